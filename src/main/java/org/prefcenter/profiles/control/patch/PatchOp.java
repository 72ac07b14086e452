package org.prefcenter.profiles.control.patch;

import java.util.Locale;
import java.util.Optional;

/** The RFC 6902 operations this engine accepts; move and copy are deliberately left out. */
public enum PatchOp {
    ADD, REPLACE, REMOVE, TEST;

    private final String jsonName = name().toLowerCase(Locale.ROOT);

    /** The name as written in a patch document, e.g. {@code "add"}. */
    public String jsonName() {
        return jsonName;
    }

    /**
     * Looks up an operation by name, ignoring ASCII case ({@code "Add"}, {@code "REPLACE"}).
     * Only ASCII letters fold: {@link String#equalsIgnoreCase} would also accept look-alikes
     * such as {@code "teſt"} (long s), which no client means.
     */
    public static Optional<PatchOp> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (PatchOp candidate : values()) {
            if (asciiEqualsIgnoreCase(name, candidate.jsonName)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean asciiEqualsIgnoreCase(String text, String lowerCaseAscii) {
        if (text.length() != lowerCaseAscii.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (folded != lowerCaseAscii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
