package org.prefcenter.platform.security;

/** The Jakarta Security roles, named exactly as the JWT {@code groups} that grant them. */
public final class Roles {

    public static final String PROFILE_READER = "ProfileReader";
    public static final String PROFILE_EDITOR = "ProfileEditor";
    public static final String CLIENT_ADMIN = "ClientAdmin";
    public static final String SYSTEM_ADMIN = "SystemAdmin";

    private Roles() {
    }
}
