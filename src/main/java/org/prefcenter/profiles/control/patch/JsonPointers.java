package org.prefcenter.profiles.control.patch;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6901 JSON Pointer syntax, checked by hand: JSON-P's own parser accepts stray {@code ~}
 * escapes, and a hand-written scan costs no regex on the hot path.
 */
final class JsonPointers {

    private JsonPointers() {
    }

    /** Explains why {@code pointer} is not a JSON Pointer, or returns {@code null} when it is one. */
    static String syntaxProblem(String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        if (pointer.charAt(0) != '/') {
            return "it must be empty or start with '/'";
        }
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '~' && !isEscapeDigit(pointer, i + 1)) {
                return "'~' at position " + i + " must be followed by '0' or '1'";
            }
        }
        return null;
    }

    /**
     * The reference tokens of a pointer that passed {@link #syntaxProblem}. Decoding in a single
     * left-to-right pass gives the order RFC 6901 requires: {@code "~01"} is {@code "~1"}.
     */
    static List<String> decode(String pointer) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 1; i < pointer.length(); i++) {
            char c = pointer.charAt(i);
            if (c == '/') {
                tokens.add(token.toString());
                token.setLength(0);
            } else if (c == '~') {
                i++;
                token.append(pointer.charAt(i) == '0' ? '~' : '/');
            } else {
                token.append(c);
            }
        }
        if (!pointer.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** The pointer for these tokens: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}. */
    static String encode(List<String> tokens) {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/');
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c == '~') {
                    pointer.append("~0");
                } else if (c == '/') {
                    pointer.append("~1");
                } else {
                    pointer.append(c);
                }
            }
        }
        return pointer.toString();
    }

    private static boolean isEscapeDigit(String pointer, int position) {
        return position < pointer.length()
                && (pointer.charAt(position) == '0' || pointer.charAt(position) == '1');
    }
}
