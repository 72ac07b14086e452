package org.prefcenter.platform.rules;

import java.util.Locale;

/**
 * The one definition of "matched case-insensitively": names and ids are stored beside a folded key,
 * which unique constraints and indexes use. Upper then lower case folds "ß" with "SS" and the Greek
 * final sigma with sigma, independent of the server's locale.
 */
public final class CaseInsensitive {

    private CaseInsensitive() {
    }

    public static String key(String value) {
        return value.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
