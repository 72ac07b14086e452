package org.prefcenter.profiles.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.prefcenter.platform.json.JsonInput;
import org.prefcenter.platform.rules.Violation;

/**
 * Reads the members of a document's objects as typed values, adding a violation for each wrong
 * JSON type, length or name; what a value is absent or null becomes depends on the member and on
 * whether a create body or a whole patched document is read. {@link ProfileJson} and
 * {@link ContactJson} read the profile's members with it.
 */
final class DocumentReader {

    /** Which document is read: a create body, or a whole document after a patch. */
    enum Mode {
        /** Absent members take their defaults; the client's defaults are left to the validator (null). */
        CREATE,
        /** Every writable member is present; an absent one is a member a merge patch set to null. */
        PATCHED
    }

    /** What an absent or null string becomes. */
    enum Absent {
        REQUIRED, NULLABLE,
        /** At create, the client's default (filled in by the validator); otherwise required. */
        CLIENT_DEFAULT
    }

    private final Mode mode;
    private final List<Violation> errors;

    DocumentReader(Mode mode, List<Violation> errors) {
        this.mode = mode;
        this.errors = errors;
    }

    Mode mode() {
        return mode;
    }

    /** The members of an object, by the shape's names. */
    JsonInput input(JsonObject object, String path, DocumentShape shape) {
        return JsonInput.of(object, path, shape.names(), errors);
    }

    /** A top-level boolean: its default at create, required in a patched document. */
    boolean bool(JsonInput in, String name, boolean byDefault) {
        JsonValue value = in.value(name);
        if (value == null && mode == Mode.CREATE) {
            return byDefault;
        }
        if (value == null) {
            missing(in, name);
            return byDefault;
        }
        return booleanValue(in, name, value, byDefault);
    }

    /** An item's boolean: its default whenever absent (an item added by a patch is new, like a create's). */
    boolean itemBool(JsonInput in, String name, boolean byDefault) {
        JsonValue value = in.value(name);
        return value == null ? byDefault : booleanValue(in, name, value, byDefault);
    }

    /** A boolean that may be null (absent or null: null). */
    Boolean nullableBool(JsonInput in, String name) {
        JsonValue value = in.value(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return booleanValue(in, name, value, false);
    }

    private boolean booleanValue(JsonInput in, String name, JsonValue value, boolean fallback) {
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() != JsonValue.ValueType.FALSE) {
            invalid(in.pathOf(name), "must be a JSON boolean (true or false)");
            return fallback;
        }
        return false;
    }

    String string(JsonInput in, String name, int minLength, int maxLength, Absent absent) {
        JsonValue value = in.value(name);
        if (!isAbsent(value)) {
            return JsonInput.checkedString(value, in.pathOf(name), minLength, maxLength, errors);
        }
        if (absent == Absent.REQUIRED || absent == Absent.CLIENT_DEFAULT && mode == Mode.PATCHED) {
            missing(in, name);
        }
        return null;
    }

    /** An integer that may be null, from {@code min} to {@code max}. */
    Long integer(JsonInput in, String name, long min, long max) {
        JsonValue value = in.value(name);
        if (isAbsent(value)) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                long exact = number.longValueExact();
                if (exact >= min && exact <= max) {
                    return exact;
                }
            } catch (ArithmeticException tooLarge) {
                // reported below
            }
        }
        invalid(in.pathOf(name), "must be an integer from " + min + " to " + max);
        return null;
    }

    /** A date-time with its offset (2026-12-01T09:00:00Z), or null. */
    Instant instant(JsonInput in, String name) {
        JsonValue value = in.value(name);
        if (isAbsent(value)) {
            return null;
        }
        if (value instanceof JsonString text && text.getString().length() <= 64) {
            try {
                return OffsetDateTime.parse(text.getString()).toInstant();
            } catch (DateTimeParseException malformed) {
                // reported below
            }
        }
        invalid(in.pathOf(name), "must be a date-time with its offset, such as 2026-12-01T09:00:00Z");
        return null;
    }

    /** An object member's members, or null (reported unless absent or null) when it is not an object. */
    JsonInput object(JsonInput in, String name, DocumentShape shape) {
        JsonValue value = in.value(name);
        if (isAbsent(value)) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            invalid(in.pathOf(name), "must be an object");
            return null;
        }
        return input(object, in.pathOf(name), shape);
    }

    /**
     * The items, one for each item sent (a malformed one as {@code placeholder}, so that the
     * validator's paths keep their indices); at most {@code max}, named {@code what} in the error.
     * Absent or null: none at create and in an item; at the top of a patched document, an error.
     */
    <T> List<T> items(JsonInput in, String name, DocumentShape shape, int max, String what, T placeholder,
            Function<JsonInput, T> item) {
        JsonValue value = in.value(name);
        String path = in.pathOf(name);
        if (!(value instanceof JsonArray array)) {
            absentArray(in, name, value);
            return List.of();
        }
        if (array.size() > max) {
            invalid(path, "a profile holds at most " + max + " " + what);
            return List.of();
        }
        DocumentShape items = shape.items();
        List<T> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path + "/" + i;
            if (array.get(i) instanceof JsonObject object) {
                result.add(item.apply(input(object, itemPath, items)));
            } else {
                invalid(itemPath, "must be an object {" + String.join(", ", items.memberNames()) + "}");
                result.add(placeholder);
            }
        }
        return result;
    }

    /** An array of strings, each of {@code minLength} to {@code maxLength} characters, at most {@code max}. */
    List<String> strings(JsonInput in, String name, int max, int minLength, int maxLength) {
        JsonValue value = in.value(name);
        String path = in.pathOf(name);
        if (!(value instanceof JsonArray array)) {
            absentArray(in, name, value);
            return List.of();
        }
        if (array.size() > max) {
            invalid(path, "holds at most " + max + " items");
            return List.of();
        }
        List<String> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String item = JsonInput.checkedString(array.get(i), path + "/" + i, minLength, maxLength, errors);
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    private void absentArray(JsonInput in, String name, JsonValue value) {
        boolean topLevel = in.path().isEmpty();
        if (value == null && mode == Mode.PATCHED && topLevel) {
            missing(in, name);
        } else if (value != null && (value.getValueType() != JsonValue.ValueType.NULL
                || mode == Mode.PATCHED && topLevel)) {
            invalid(in.pathOf(name), "must be an array");
        }
    }

    /** Absent from a whole document, a top-level member is one a merge patch set to null. */
    void missing(JsonInput in, String name) {
        boolean nulledByMerge = mode == Mode.PATCHED && in.path().isEmpty() && in.value(name) == null;
        invalid(in.pathOf(name), nulledByMerge ? "is required and cannot be null" : "is required");
    }

    void invalid(String path, String message) {
        errors.add(Violation.at(path, message));
    }

    private static boolean isAbsent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
