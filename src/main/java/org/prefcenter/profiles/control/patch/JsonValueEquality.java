package org.prefcenter.profiles.control.patch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * JSON value equality as RFC 6902 {@code test} defines it: numbers equal by numeric value
 * ({@code 1}, {@code 1.0} and {@code 1e0} are one number), objects by member set whatever the
 * order, arrays element by element. {@link JsonValue#equals} compares numbers by scale instead.
 */
final class JsonValueEquality {

    private JsonValueEquality() {
    }

    static boolean equal(JsonValue expected, JsonValue actual) {
        // An explicit work list rather than recursion: nesting depth is client-controlled.
        Deque<JsonValue[]> pending = new ArrayDeque<>();
        pending.push(new JsonValue[] {expected, actual});
        while (!pending.isEmpty()) {
            JsonValue[] pair = pending.pop();
            if (!shallowEqual(pair[0], pair[1], pending)) {
                return false;
            }
        }
        return true;
    }

    /** Compares scalars, or checks container shapes and queues their children for comparison. */
    private static boolean shallowEqual(JsonValue left, JsonValue right, Deque<JsonValue[]> pending) {
        if (left.getValueType() != right.getValueType()) {
            return false;
        }
        return switch (left.getValueType()) {
            case NUMBER -> ((JsonNumber) left).bigDecimalValue().compareTo(((JsonNumber) right).bigDecimalValue()) == 0;
            case STRING -> ((JsonString) left).getString().equals(((JsonString) right).getString());
            case ARRAY -> queueElements((JsonArray) left, (JsonArray) right, pending);
            case OBJECT -> queueMembers((JsonObject) left, (JsonObject) right, pending);
            default -> true; // true, false and null carry nothing beyond their type
        };
    }

    private static boolean queueElements(JsonArray left, JsonArray right, Deque<JsonValue[]> pending) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            pending.push(new JsonValue[] {left.get(i), right.get(i)});
        }
        return true;
    }

    private static boolean queueMembers(JsonObject left, JsonObject right, Deque<JsonValue[]> pending) {
        if (left.size() != right.size()) {
            return false;
        }
        for (Map.Entry<String, JsonValue> member : left.entrySet()) {
            JsonValue other = right.get(member.getKey());
            if (other == null) {
                return false;
            }
            pending.push(new JsonValue[] {member.getValue(), other});
        }
        return true;
    }
}
