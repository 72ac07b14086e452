package org.prefcenter.platform.settings;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The service's own settings, from MicroProfile Config (system properties, environment variables
 * such as {@code PREFCENTER_PATCH_MAX_OPERATIONS}, or {@code META-INF/microprofile-config.properties}).
 */
public final class Settings {

    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_PATCH_OPERATIONS = 1000;

    private Settings() {
    }

    public static long maxRequestBytes() {
        return config().getOptionalValue("prefcenter.request.max-bytes", Long.class).orElse(DEFAULT_MAX_REQUEST_BYTES);
    }

    /** How long a request body may take to arrive, from the first read of it; later is a 408. */
    public static long requestBodySeconds() {
        return config().getOptionalValue("prefcenter.request.body-seconds", Long.class).orElse(10L);
    }

    public static int maxPatchOperations() {
        return config().getOptionalValue("prefcenter.patch.max-operations", Integer.class)
                .orElse(DEFAULT_MAX_PATCH_OPERATIONS);
    }

    /** How many items a client's configuration, or a profile, may hold; more is refused (documented caps). */
    public enum Cap {
        ALTERNATE_IDS_PER_PROFILE("prefcenter.limits.alternate-ids-per-profile", 100),
        ALTERNATE_ID_TYPES_PER_CLIENT("prefcenter.limits.alternate-id-types-per-client", 100),
        CUSTOMER_TYPES_PER_CLIENT("prefcenter.limits.customer-types-per-client", 100),
        CUSTOM_FIELDS_PER_CLIENT("prefcenter.limits.custom-fields-per-client", 1000);

        private final String property;
        private final int byDefault;
        private volatile Integer value;

        Cap(String property, int byDefault) {
            this.property = property;
            this.byDefault = byDefault;
        }

        /** Read once per application: a cap is a deployment setting, not a per-request one. */
        public int value() {
            Integer known = value;
            if (known == null) {
                known = config().getOptionalValue(property, Integer.class).orElse(byDefault);
                value = known;
            }
            return known;
        }
    }

    /**
     * The scheme and authority that Location and Link headers start with (https://api.example), or
     * "" (unset, the default): the headers then hold references relative to the host the client asked.
     */
    public static String publicBaseUrl() {
        String base = config().getOptionalValue("prefcenter.public-base-url", String.class).orElse("").strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static boolean demoData() {
        return config().getOptionalValue("prefcenter.demo-data", Boolean.class).orElse(false);
    }

    private static Config config() {
        return ConfigProvider.getConfig(Settings.class.getClassLoader());
    }
}
