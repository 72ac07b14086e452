package org.prefcenter.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * The {@code prefcenter.webhooks.*} settings, read like {@code platform/config/Settings}; what each
 * means: docs/WEBHOOKS.md. A count or duration of 0 or less is taken as its default, written once
 * here as a constant that the annotation names too.
 */
@ApplicationScoped
public class WebhookSettings {

    public static final String ALLOWED_HOSTS = "prefcenter.webhooks.allowed-hosts";

    /** The contract's: a 2xx within 10 s acknowledges an event. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private static final String POLL_MILLIS = "200";
    private static final String CONCURRENCY = "4";
    private static final String LANES = "4";
    private static final String BATCH_SIZE = "50";
    private static final String BATCH_SECONDS = "5";
    private static final String LEASE_SECONDS = "60";
    private static final String BACKOFF_BASE_MILLIS = "1000";
    private static final String BACKOFF_MAX_SECONDS = "3600";
    private static final String ATTEMPTS_KEPT = "100";
    private static final String MAX_PER_CLIENT = "10";

    @Inject
    @ConfigProperty(name = ALLOWED_HOSTS)
    Optional<String> allowedHosts;

    @Inject
    @ConfigProperty(name = "prefcenter.webhooks.poll-millis", defaultValue = POLL_MILLIS)
    long pollMillis;

    @Inject
    @ConfigProperty(name = "prefcenter.webhooks.concurrency", defaultValue = CONCURRENCY)
    long concurrency;

    @Inject
    @ConfigProperty(name = "prefcenter.webhooks.lanes", defaultValue = LANES)
    long lanes;

    @Inject
    @ConfigProperty(name = "prefcenter.webhooks.batch-size", defaultValue = BATCH_SIZE)
    long batchSize;

    @Inject
    @ConfigProperty(name = "prefcenter.webhooks.batch-seconds", defaultValue = BATCH_SECONDS)
    long batchSeconds;

    @Inject
    @ConfigProperty(name = "prefcenter.webhooks.lease-seconds", defaultValue = LEASE_SECONDS)
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "prefcenter.webhooks.backoff-base-millis", defaultValue = BACKOFF_BASE_MILLIS)
    long backoffBaseMillis;

    @Inject
    @ConfigProperty(name = "prefcenter.webhooks.backoff-max-seconds", defaultValue = BACKOFF_MAX_SECONDS)
    long backoffMaxSeconds;

    /** Not a count: 0 pauses a failing subscription at once. */
    @Inject
    @ConfigProperty(name = "prefcenter.webhooks.pause-after-hours", defaultValue = "24")
    double pauseAfterHours;

    @Inject
    @ConfigProperty(name = "prefcenter.webhooks.attempts-kept", defaultValue = ATTEMPTS_KEPT)
    long attemptsKept;

    @Inject
    @ConfigProperty(name = "prefcenter.limits.subscriptions-per-client", defaultValue = MAX_PER_CLIENT)
    long maxPerClient;

    /** Host names and IP literals, lower case, that are exempt from the https and address rules. */
    public Set<String> allowedHosts() {
        return Arrays.stream(allowedHosts.orElse("").split(",")).map(String::strip).filter(host -> !host.isEmpty())
                .map(WebhookSettings::hostKey).collect(Collectors.toUnmodifiableSet());
    }

    /** A host as compared: ASCII case folded (host names are ASCII), an IPv6 literal without its brackets. */
    public static String hostKey(String host) {
        String key = CaseInsensitive.asciiKey(host);
        return key.startsWith("[") && key.endsWith("]") ? key.substring(1, key.length() - 1) : key;
    }

    public long pollMillis() {
        return positive(pollMillis, POLL_MILLIS);
    }

    public int concurrency() {
        return (int) positive(concurrency, CONCURRENCY);
    }

    /** Sends under way side by side for one subscription, each profile's events on one of them. */
    public int lanes() {
        return (int) positive(lanes, LANES);
    }

    public int batchSize() {
        return (int) positive(batchSize, BATCH_SIZE);
    }

    public Duration batchTime() {
        return Duration.ofSeconds(positive(batchSeconds, BATCH_SECONDS));
    }

    /** How long a claim holds a subscription: more than a batch's time and one request's timeout. */
    public Duration lease() {
        long least = batchTime().plus(REQUEST_TIMEOUT).plus(CONNECT_TIMEOUT).toSeconds() + 1;
        return Duration.ofSeconds(Math.max(least, positive(leaseSeconds, LEASE_SECONDS)));
    }

    public Duration backoffBase() {
        return Duration.ofMillis(positive(backoffBaseMillis, BACKOFF_BASE_MILLIS));
    }

    public Duration backoffMax() {
        return Duration.ofSeconds(positive(backoffMaxSeconds, BACKOFF_MAX_SECONDS));
    }

    public Duration pauseAfter() {
        return Duration.ofMillis((long) (Math.max(pauseAfterHours, 0.0) * 3_600_000));
    }

    public int attemptsKept() {
        return (int) positive(attemptsKept, ATTEMPTS_KEPT);
    }

    /** The most subscriptions one client may have; more is a 409. */
    public int maxPerClient() {
        return (int) positive(maxPerClient, MAX_PER_CLIENT);
    }

    private static long positive(long value, String byDefault) {
        return value > 0 ? value : Long.parseLong(byDefault);
    }
}
