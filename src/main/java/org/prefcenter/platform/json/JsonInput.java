package org.prefcenter.platform.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;

/**
 * Reads the members of a request object by their documented names, matched case-insensitively,
 * collecting every problem (wrong type, length, unknown member) instead of stopping at the first.
 */
public final class JsonInput {

    private final String path;
    private final Map<String, JsonValue> members = new HashMap<>();
    private final List<Violation> errors;

    private JsonInput(String path, List<Violation> errors) {
        this.path = path;
        this.errors = errors;
    }

    public static JsonInput of(JsonObject object, String path, PropertyNames names, List<Violation> errors) {
        JsonInput input = new JsonInput(path, errors);
        input.members.putAll(names.read(object, path, (at, message) -> errors.add(Violation.at(at, message))));
        return input;
    }

    /** The object's own path, "" for a whole document. */
    public String path() {
        return path;
    }

    public String pathOf(String name) {
        return path + "/" + name;
    }

    public boolean has(String name) {
        return members.containsKey(name);
    }

    public JsonValue value(String name) {
        return members.get(name);
    }

    /** A string of minLength..maxLength characters, or null (with an error when required). */
    public String string(String name, boolean required, int minLength, int maxLength) {
        JsonValue value = members.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                errors.add(Violation.at(pathOf(name), "is required"));
            }
            return null;
        }
        return checkedString(value, pathOf(name), minLength, maxLength, errors);
    }

    public Boolean bool(String name) {
        JsonValue value = members.get(name);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE
                || value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        errors.add(Violation.at(pathOf(name), "must be a JSON boolean (true or false)"));
        return null;
    }

    public Integer integer(String name, int min, int max) {
        JsonValue value = members.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            var big = number.bigDecimalValue();
            if (big.compareTo(BigDecimal.valueOf(min)) >= 0
                    && big.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return big.intValueExact();
            }
        }
        errors.add(Violation.at(pathOf(name), "must be an integer from " + min + " to " + max));
        return null;
    }

    public List<String> strings(String name, int maxLength) {
        JsonValue value = members.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            errors.add(Violation.at(pathOf(name), "must be an array of strings"));
            return List.of();
        }
        List<String> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String item = checkedString(array.get(i), pathOf(name) + "/" + i, 1, maxLength, errors);
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    /** The shared string rule: a JSON string, clean Unicode, within the length bounds. */
    public static String checkedString(JsonValue value, String path, int minLength, int maxLength,
            List<Violation> errors) {
        if (!(value instanceof JsonString string)) {
            errors.add(Violation.at(path, "must be a JSON string"));
            return null;
        }
        String problem = Text.problemWith(string.getString(), minLength, maxLength);
        if (problem != null) {
            errors.add(Violation.at(path, problem));
            return null;
        }
        return string.getString();
    }

    /** Refuses as invalid, naming every problem collected so far, if there is any. */
    public static void failOnErrors(String what, List<Violation> errors) {
        if (!errors.isEmpty()) {
            throw Refusal.of(Refusal.Kind.INVALID, what + " is invalid: " + errors.get(0).path() + " "
                    + errors.get(0).message(), errors);
        }
    }
}
