package org.prefcenter.profiles.control.patch;

import java.util.List;
import java.util.Locale;

import jakarta.json.JsonValue;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;

/** Wording shared by the error messages. */
final class ErrorText {

    // Paths and op names come from the client and may be megabytes long; messages echo only a
    // bounded prefix (Violation.path keeps the full path for callers that need it).
    private static final int MAX_ECHOED_LENGTH = 100;

    private ErrorText() {
    }

    /** {@code text} in single quotes, shortened when long. */
    static String quote(String text) {
        return "'" + abbreviate(text) + "'";
    }

    /** {@code text} as is, or its first characters followed by {@code ...} when long. */
    static String abbreviate(String text) {
        return Text.excerpt(text, MAX_ECHOED_LENGTH);
    }

    /** The JSON type of a value as a client would name it, e.g. "a number". */
    static String typeName(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
            default -> "a " + value.getValueType().name().toLowerCase(Locale.ROOT);
        };
    }

    static Refusal refusal(Refusal.Kind kind, Violation violation) {
        return refusal(kind, List.of(violation));
    }

    /** A refusal of a patch whose detail names the first violation and how many more there are. */
    static Refusal refusal(Refusal.Kind kind, List<Violation> violations) {
        Violation first = violations.get(0);
        String location = first.operation() == null ? "" : "operation " + first.operation() + ": ";
        String more = violations.size() == 1 ? "" : " (and " + (violations.size() - 1) + " more)";
        return Refusal.ofPatch(kind, location + first.message() + more, violations);
    }
}
