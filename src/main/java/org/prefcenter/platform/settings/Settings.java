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

    public static int maxPatchOperations() {
        return config().getOptionalValue("prefcenter.patch.max-operations", Integer.class)
                .orElse(DEFAULT_MAX_PATCH_OPERATIONS);
    }

    public static boolean demoData() {
        return config().getOptionalValue("prefcenter.demo-data", Boolean.class).orElse(false);
    }

    private static Config config() {
        return ConfigProvider.getConfig(Settings.class.getClassLoader());
    }
}
