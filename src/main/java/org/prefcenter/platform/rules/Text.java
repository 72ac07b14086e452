package org.prefcenter.platform.rules;

/** Rules every stored string obeys, whatever the database would accept. */
public final class Text {

    private Text() {
    }

    /** Valid Unicode (no unpaired surrogate) without NUL: PostgreSQL refuses NUL, H2 stores it. */
    public static String problemWith(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must be valid Unicode (unpaired surrogate)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode (unpaired surrogate)";
            }
        }
        return null;
    }

    /** What is wrong with a string value (Unicode, then length in code points), or null. */
    public static String problemWith(String value, int minLength, int maxLength) {
        String problem = problemWith(value);
        if (problem != null) {
            return problem;
        }
        int length = length(value);
        if (length < minLength || length > maxLength) {
            return minLength > 0 ? "must be " + minLength + " to " + maxLength + " characters long"
                    : "must be at most " + maxLength + " characters long";
        }
        return null;
    }

    /** At most this many characters of a caller's value are quoted back in an error detail. */
    public static final int MAX_EXCERPT = 64;

    /** A caller's value as error details quote it: at most {@link #MAX_EXCERPT} characters. */
    public static String excerpt(String value) {
        return excerpt(value, MAX_EXCERPT);
    }

    /**
     * The one truncation of a caller's value for a message: its first {@code max} characters (code
     * points: a surrogate pair is never split) and "...", or the value itself when it is no longer.
     */
    public static String excerpt(String value, int max) {
        if (value == null || value.length() <= max || length(value) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max)) + "...";
    }

    /** Length in characters as users count them (code points), not UTF-16 units. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
