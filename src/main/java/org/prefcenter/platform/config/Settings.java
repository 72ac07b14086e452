package org.prefcenter.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's own settings (the {@code prefcenter.*} ones but the webhooks', which
 * {@code webhooks/control/WebhookSettings} reads the same way), each with its one default, from
 * MicroProfile Config: system properties, environment variables such as
 * {@code PREFCENTER_PATCH_MAX_OPERATIONS}, or {@code META-INF/microprofile-config.properties}. What
 * each means: the README's settings table. Read once per application: a setting is a deployment's,
 * not a request's. Beans read it here and pass values on; control classes never read configuration.
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "prefcenter.request.max-bytes", defaultValue = "1048576")
    long maxRequestBytes;

    @Inject
    @ConfigProperty(name = "prefcenter.request.body-seconds", defaultValue = "10")
    long requestBodySeconds;

    @Inject
    @ConfigProperty(name = "prefcenter.patch.max-operations", defaultValue = "1000")
    int maxPatchOperations;

    @Inject
    @ConfigProperty(name = "prefcenter.limits.alternate-ids-per-profile", defaultValue = "100")
    int alternateIdsPerProfile;

    @Inject
    @ConfigProperty(name = "prefcenter.limits.alternate-id-types-per-client", defaultValue = "100")
    int alternateIdTypesPerClient;

    @Inject
    @ConfigProperty(name = "prefcenter.limits.customer-types-per-client", defaultValue = "100")
    int customerTypesPerClient;

    @Inject
    @ConfigProperty(name = "prefcenter.limits.custom-fields-per-client", defaultValue = "1000")
    int customFieldsPerClient;

    @Inject
    @ConfigProperty(name = "prefcenter.limits.contact-types-per-client", defaultValue = "100")
    int contactTypesPerClient;

    @Inject
    @ConfigProperty(name = "prefcenter.limits.consent-types-per-client", defaultValue = "100")
    int consentTypesPerClient;

    @Inject
    @ConfigProperty(name = "prefcenter.limits.versions-per-consent-type", defaultValue = "100")
    int versionsPerConsentType;

    @Inject
    @ConfigProperty(name = "prefcenter.limits.preference-topics-per-client", defaultValue = "100")
    int preferenceTopicsPerClient;

    /** Unset (the default): Location and Link hold references relative to the host the client asked. */
    @Inject
    @ConfigProperty(name = "prefcenter.public-base-url")
    Optional<String> publicBaseUrl;

    @Inject
    @ConfigProperty(name = "prefcenter.demo-data", defaultValue = "false")
    boolean demoData;

    /** Unset (the default): history is kept forever. */
    @Inject
    @ConfigProperty(name = HISTORY_MAX_AGE_DAYS)
    Optional<Integer> historyMaxAgeDays;

    @Inject
    @ConfigProperty(name = HISTORY_INTERVAL_SECONDS, defaultValue = HISTORY_INTERVAL_DEFAULT)
    long historyRetentionIntervalSeconds;

    /** How often expired consents are looked for; an expiry is recorded at most this long after its moment. */
    @Inject
    @ConfigProperty(name = "prefcenter.consents.expiry-interval-seconds", defaultValue = "10")
    long consentExpiryIntervalSeconds;

    @Inject
    @ConfigProperty(name = "prefcenter.token-cache.size", defaultValue = "10000")
    int tokenCacheSize;

    @Inject
    @ConfigProperty(name = "prefcenter.token-cache.seconds", defaultValue = "60")
    long tokenCacheSeconds;

    @Inject
    @ConfigProperty(name = "prefcenter.document-cache.size", defaultValue = "10000")
    int documentCacheSize;

    /** The server's own setting (MicroProfile JWT), which the token cache must respect too. */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.token.age")
    Optional<Long> maxTokenAgeSeconds;

    public static final String HISTORY_MAX_AGE_DAYS = "prefcenter.history.max-age-days";
    public static final String HISTORY_INTERVAL_SECONDS = "prefcenter.history.retention-interval-seconds";
    /** Also what a value of 0 or less is taken as. */
    public static final String HISTORY_INTERVAL_DEFAULT = "3600";

    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /** How long a request body may take to arrive, from the first read of it; later is a 408. */
    public long requestBodySeconds() {
        return requestBodySeconds;
    }

    public int maxPatchOperations() {
        return maxPatchOperations;
    }

    public int alternateIdsPerProfile() {
        return alternateIdsPerProfile;
    }

    public int alternateIdTypesPerClient() {
        return alternateIdTypesPerClient;
    }

    public int customerTypesPerClient() {
        return customerTypesPerClient;
    }

    public int customFieldsPerClient() {
        return customFieldsPerClient;
    }

    public int contactTypesPerClient() {
        return contactTypesPerClient;
    }

    public int consentTypesPerClient() {
        return consentTypesPerClient;
    }

    public int versionsPerConsentType() {
        return versionsPerConsentType;
    }

    public int preferenceTopicsPerClient() {
        return preferenceTopicsPerClient;
    }

    /** The scheme and authority that Location and Link headers start with (https://api.example), or "". */
    public String publicBaseUrl() {
        String base = publicBaseUrl.orElse("").strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public boolean demoData() {
        return demoData;
    }

    public Optional<Integer> historyMaxAgeDays() {
        return historyMaxAgeDays;
    }

    public long historyRetentionIntervalSeconds() {
        return historyRetentionIntervalSeconds;
    }

    public long consentExpiryIntervalSeconds() {
        return consentExpiryIntervalSeconds;
    }

    public int tokenCacheSize() {
        return tokenCacheSize;
    }

    public long tokenCacheSeconds() {
        return tokenCacheSeconds;
    }

    public int documentCacheSize() {
        return documentCacheSize;
    }

    public Optional<Long> maxTokenAgeSeconds() {
        return maxTokenAgeSeconds;
    }
}
