package org.prefcenter.profiles.control.patch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * Changed copies of immutable JSON containers.
 *
 * <p>Copies go through a plain map or list rather than a builder seeded with the original:
 * with Parsson's {@code rejectDuplicateKeys} setting on, such a builder refuses to overwrite
 * an existing member. Member order is kept.
 */
final class JsonCopies {

    // JsonProvider.provider(), and every static Json factory method, runs a ServiceLoader lookup
    // on each call; one lookup per class load is enough.
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonCopies() {
    }

    /** Adds the member, or replaces its value in place when it exists. */
    static JsonObject withMember(JsonObject object, String name, JsonValue value) {
        Map<String, JsonValue> members = new LinkedHashMap<>(object);
        members.put(name, value);
        return JSON.createObjectBuilder(members).build();
    }

    static JsonObject withoutMember(JsonObject object, String name) {
        Map<String, JsonValue> members = new LinkedHashMap<>(object);
        members.remove(name);
        return JSON.createObjectBuilder(members).build();
    }

    /** Inserts at {@code index}, shifting later elements; {@code index == size} appends. */
    static JsonArray withInserted(JsonArray array, int index, JsonValue value) {
        List<JsonValue> elements = new ArrayList<>(array.size() + 1);
        elements.addAll(array);
        elements.add(index, value);
        return JSON.createArrayBuilder(elements).build();
    }

    static JsonArray withReplaced(JsonArray array, int index, JsonValue value) {
        List<JsonValue> elements = new ArrayList<>(array);
        elements.set(index, value);
        return JSON.createArrayBuilder(elements).build();
    }

    /** Removes the element at {@code index}, shifting later elements down. */
    static JsonArray withRemoved(JsonArray array, int index) {
        List<JsonValue> elements = new ArrayList<>(array);
        elements.remove(index);
        return JSON.createArrayBuilder(elements).build();
    }
}
