package org.prefcenter.it;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Renders fuzz inputs for a report: cut to a length, control and odd characters as escapes. */
final class Printable {

    private Printable() {
    }

    static String cut(String text, int max) {
        String escaped = escape(text);
        return escaped.length() <= max ? escaped
                : escaped.substring(0, max) + "...(" + text.length() + " chars in all)";
    }

    /** UTF-8 shown as text; bytes that are not UTF-8 shown as \xNN. */
    static String bytes(byte[] body, int max) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(body.length, max);
        try {
            text.append(escape(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, 0, shown)).toString()));
        } catch (CharacterCodingException notUtf8) {
            for (int i = 0; i < shown; i++) {
                int b = body[i] & 0xFF;
                text.append(b >= 0x20 && b < 0x7F && b != '\\' ? String.valueOf((char) b) : String.format("\\x%02X", b));
            }
        }
        if (body.length > shown) {
            text.append("...(").append(body.length).append(" bytes in all)");
        }
        return text.toString();
    }

    /** A bearer token with its header and claims decoded, so that a reader can mint it again. */
    static String authorization(String value) {
        String[] words = value.split(" ", 2);
        String[] parts = words.length == 2 ? words[1].split("\\.", -1) : new String[0];
        if (parts.length != 3) {
            return cut(value, 120);
        }
        return words[0] + " <" + decoded(parts[0]) + "." + decoded(parts[1]) + "." + cut(parts[2], 12) + ">";
    }

    private static String decoded(String part) {
        try {
            return cut(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8), 500);
        } catch (IllegalArgumentException notBase64) {
            return cut(part, 60);
        }
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                escaped.append(c).append(text.charAt(++i));
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || (c >= 0x80 && c < 0xA0)
                    || Character.getType(c) == Character.FORMAT || c == 0xFFFE || c == 0xFFFF) {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
