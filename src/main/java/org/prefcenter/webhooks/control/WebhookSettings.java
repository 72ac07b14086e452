package org.prefcenter.webhooks.control;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The {@code prefcenter.webhooks.*} settings (microprofile-config.properties documents each). */
public final class WebhookSettings {

    public static final String ALLOWED_HOSTS = "prefcenter.webhooks.allowed-hosts";
    public static final String POLL_MILLIS = "prefcenter.webhooks.poll-millis";
    public static final String CONCURRENCY = "prefcenter.webhooks.concurrency";
    public static final String BATCH_SIZE = "prefcenter.webhooks.batch-size";
    public static final String BATCH_SECONDS = "prefcenter.webhooks.batch-seconds";
    public static final String LEASE_SECONDS = "prefcenter.webhooks.lease-seconds";
    public static final String BACKOFF_BASE_MILLIS = "prefcenter.webhooks.backoff-base-millis";
    public static final String BACKOFF_MAX_SECONDS = "prefcenter.webhooks.backoff-max-seconds";
    public static final String PAUSE_AFTER_HOURS = "prefcenter.webhooks.pause-after-hours";
    public static final String ATTEMPTS_KEPT = "prefcenter.webhooks.attempts-kept";
    public static final String MAX_PER_CLIENT = "prefcenter.limits.subscriptions-per-client";

    /** The contract's: a 2xx within 10 s acknowledges an event. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private WebhookSettings() {
    }

    /** Host names and IP literals, lower case, that are exempt from the https and address rules. */
    public static Set<String> allowedHosts() {
        String list = config().getOptionalValue(ALLOWED_HOSTS, String.class).orElse("");
        return Arrays.stream(list.split(",")).map(String::strip).filter(host -> !host.isEmpty())
                .map(WebhookSettings::hostKey).collect(Collectors.toUnmodifiableSet());
    }

    /** A host as compared: lower case, an IPv6 literal without its brackets. */
    public static String hostKey(String host) {
        String key = host.toLowerCase(Locale.ROOT);
        return key.startsWith("[") && key.endsWith("]") ? key.substring(1, key.length() - 1) : key;
    }

    public static long pollMillis() {
        return positive(POLL_MILLIS, 200L);
    }

    public static int concurrency() {
        return (int) positive(CONCURRENCY, 4L);
    }

    public static int batchSize() {
        return (int) positive(BATCH_SIZE, 50L);
    }

    public static Duration batchTime() {
        return Duration.ofSeconds(positive(BATCH_SECONDS, 5L));
    }

    /** How long a claim holds a subscription: more than a batch's time and one request's timeout. */
    public static Duration lease() {
        long least = batchTime().plus(REQUEST_TIMEOUT).plus(CONNECT_TIMEOUT).toSeconds() + 1;
        return Duration.ofSeconds(Math.max(least, positive(LEASE_SECONDS, 60L)));
    }

    public static Duration backoffBase() {
        return Duration.ofMillis(positive(BACKOFF_BASE_MILLIS, 1000L));
    }

    public static Duration backoffMax() {
        return Duration.ofSeconds(positive(BACKOFF_MAX_SECONDS, 3600L));
    }

    public static Duration pauseAfter() {
        double hours = config().getOptionalValue(PAUSE_AFTER_HOURS, Double.class).orElse(24.0);
        return Duration.ofMillis((long) (Math.max(hours, 0.0) * 3_600_000));
    }

    public static int attemptsKept() {
        return (int) positive(ATTEMPTS_KEPT, 100L);
    }

    /** The most subscriptions one client may have; more is a 409. */
    public static int maxPerClient() {
        return (int) positive(MAX_PER_CLIENT, 10L);
    }

    private static long positive(String property, long byDefault) {
        long value = config().getOptionalValue(property, Long.class).orElse(byDefault);
        return value > 0 ? value : byDefault;
    }

    private static Config config() {
        return ConfigProvider.getConfig(WebhookSettings.class.getClassLoader());
    }
}
