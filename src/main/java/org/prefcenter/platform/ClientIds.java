package org.prefcenter.platform;

import java.util.regex.Pattern;

/**
 * The one definition of a ClientId: 1 to 64 ASCII letters, digits, '-' or '_', compared ASCII
 * case-insensitively. ASCII only, so that no Unicode case folding can turn one ClientId into
 * another (KELVIN SIGN "\u212A" upper-cases and lower-cases to a plain "k").
 */
public final class ClientIds {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private ClientIds() {
    }

    public static boolean isValid(String clientId) {
        return clientId != null && SYNTAX.matcher(clientId).matches();
    }

    /** Whether two ClientIds name the same client; false when either is not a valid ClientId. */
    public static boolean same(String one, String other) {
        return isValid(one) && isValid(other) && one.equalsIgnoreCase(other);
    }
}
