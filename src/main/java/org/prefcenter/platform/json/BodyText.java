package org.prefcenter.platform.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;

/**
 * Every string of a request body, member names included, must be valid Unicode without NUL (the
 * contract's rule for strings): checked once for the whole body, so that a value a later patch
 * operation would overwrite, or a member a rule never reads, is refused all the same.
 */
final class BodyText {

    private BodyText() {
    }

    /** The first string that breaks the rule, named by its JSON Pointer into the body; null if none. */
    static Violation firstInvalid(JsonValue body) {
        return firstInvalid(body, "", null);
    }

    private static Violation firstInvalid(JsonValue value, String pointer, Integer operation) {
        if (value instanceof JsonString string) {
            return violation(string.getString(), pointer, operation);
        }
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                String name = member.getKey();
                String at = pointer + "/" + escaped(name);
                Violation found = violation(name, at, operation);
                if (found == null) {
                    found = firstInvalid(member.getValue(), at, operation);
                }
                if (found != null) {
                    return found;
                }
            }
        }
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                // the items of a top-level array are a JSON Patch's operations: name the index too
                Violation found = firstInvalid(array.get(i), pointer + "/" + i,
                        pointer.isEmpty() ? Integer.valueOf(i) : operation);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Violation violation(String text, String pointer, Integer operation) {
        String problem = Text.problemWith(text);
        return problem == null ? null
                : new Violation(operation, Text.excerpt(printable(pointer)), "the string here " + problem);
    }

    /** The pointer fit to quote back: NUL and every surrogate (paired or not) as U+FFFD. */
    private static String printable(String pointer) {
        StringBuilder result = new StringBuilder(pointer.length());
        pointer.chars().forEach(c -> result.append(c == 0 || Character.isSurrogate((char) c) ? '\uFFFD' : (char) c));
        return result.toString();
    }

    private static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
