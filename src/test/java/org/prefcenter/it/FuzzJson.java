package org.prefcenter.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON for the fuzz bodies: a writer that can say what JSON-P's cannot (an unpaired surrogate as its
 * {@code \\u} escape, every character escaped, a member twice, a raw token spliced in), and edits of a
 * tree at a path of member names and indexes.
 */
final class FuzzJson {

    /** A string value that the writer replaces by its text after this prefix, unquoted. */
    static final String RAW = "\u0000raw:";

    private FuzzJson() {
    }

    static JsonValue parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    static String write(JsonValue value) {
        return write(value, false, null);
    }

    /**
     * @param escapeAll every character of every string as a {@code \\u} escape
     * @param duplicate the object (by identity) whose first member is written twice, or null
     */
    static String write(JsonValue value, boolean escapeAll, JsonObject duplicate) {
        StringBuilder text = new StringBuilder();
        write(value, escapeAll, duplicate, text);
        return text.toString();
    }

    private static void write(JsonValue value, boolean escapeAll, JsonObject duplicate, StringBuilder text) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                text.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                    first = member(member.getKey(), member.getValue(), first, escapeAll, duplicate, text);
                }
                if (object == duplicate && !object.isEmpty()) {
                    String key = object.keySet().iterator().next();
                    member(key, Json.createValue("duplicate"), first, escapeAll, duplicate, text);
                }
                text.append('}');
            }
            case ARRAY -> {
                text.append('[');
                boolean first = true;
                for (JsonValue item : value.asJsonArray()) {
                    if (!first) {
                        text.append(',');
                    }
                    first = false;
                    write(item, escapeAll, duplicate, text);
                }
                text.append(']');
            }
            case STRING -> {
                String string = ((JsonString) value).getString();
                if (string.startsWith(RAW)) {
                    text.append(string.substring(RAW.length()));
                } else {
                    string(string, escapeAll, text);
                }
            }
            default -> text.append(value);
        }
    }

    private static boolean member(String key, JsonValue value, boolean first, boolean escapeAll, JsonObject duplicate,
            StringBuilder text) {
        if (!first) {
            text.append(',');
        }
        string(key, escapeAll, text);
        text.append(':');
        write(value, escapeAll, duplicate, text);
        return false;
    }

    /** Control characters and unpaired surrogates as escapes (the latter have no UTF-8 form). */
    private static void string(String string, boolean escapeAll, StringBuilder text) {
        text.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < string.length()
                    && Character.isLowSurrogate(string.charAt(i + 1));
            if (escapeAll) {
                text.append(String.format("\\u%04x", (int) c));
            } else if (paired) {
                text.append(c).append(string.charAt(++i));
            } else if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                text.append(String.format("\\u%04X", (int) c));
            } else {
                text.append(c);
            }
        }
        text.append('"');
    }

    /** Every node's path from the root (the root's is empty), depth first. */
    static List<List<Object>> paths(JsonValue root) {
        List<List<Object>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(JsonValue node, List<Object> path, List<List<Object>> paths) {
        paths.add(List.copyOf(path));
        if (node.getValueType() == JsonValue.ValueType.OBJECT) {
            for (Map.Entry<String, JsonValue> member : node.asJsonObject().entrySet()) {
                path.add(member.getKey());
                collect(member.getValue(), path, paths);
                path.remove(path.size() - 1);
            }
        } else if (node.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = node.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                path.add(i);
                collect(array.get(i), path, paths);
                path.remove(path.size() - 1);
            }
        }
    }

    static JsonValue at(JsonValue root, List<Object> path) {
        JsonValue node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.asJsonArray().get(index) : node.asJsonObject().get(step);
        }
        return node;
    }

    /** The tree with the node at {@code path} replaced by {@code value}, or removed when value is null. */
    static JsonValue replace(JsonValue root, List<Object> path, JsonValue value) {
        if (path.isEmpty()) {
            return value == null ? JsonValue.EMPTY_JSON_OBJECT : value;
        }
        Object step = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (step instanceof Integer index) {
            JsonArray array = root.asJsonArray();
            JsonArrayBuilder copy = Json.createArrayBuilder();
            for (int i = 0; i < array.size(); i++) {
                if (i != index) {
                    copy.add(array.get(i));
                } else if (!rest.isEmpty() || value != null) {
                    copy.add(replace(array.get(i), rest, value));
                }
            }
            return copy.build();
        }
        JsonObject object = root.asJsonObject();
        JsonObjectBuilder copy = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            if (!member.getKey().equals(step)) {
                copy.add(member.getKey(), member.getValue());
            } else if (!rest.isEmpty() || value != null) {
                copy.add(member.getKey(), replace(member.getValue(), rest, value));
            }
        }
        return copy.build();
    }

    /** The object at {@code path} with one more member (or a member renamed, when {@code from} is given). */
    static JsonValue withMember(JsonValue root, List<Object> path, String from, String name, JsonValue value) {
        JsonObject object = at(root, path).asJsonObject();
        JsonObjectBuilder copy = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            if (!member.getKey().equals(from)) {
                copy.add(member.getKey(), member.getValue());
            }
        }
        copy.add(name, value);
        return replace(root, path, copy.build());
    }
}
