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

    /**
     * The key of a name the API defines (a property name in a body or a patch path): only ASCII
     * letters fold, since every such name is ASCII; Unicode folding would read "Cu\u017FtomerName"
     * (long s) as CustomerName and "Ed\u0131ted" (dotless i) as Edited.
     */
    public static String asciiKey(String value) {
        StringBuilder key = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (key == null) {
                    key = new StringBuilder(value);
                }
                key.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return key == null ? value : key.toString();
    }
}
