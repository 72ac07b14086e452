package org.prefcenter.profiles.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * What a change did, as an auditor reads it: one entry {@code {Path, Item?, Old, New}} per changed
 * value of the document. Items of an array are matched by their natural key, never by position, so
 * that appending a custom field reads as one addition rather than a rename of the first one; a
 * changed member of a matched item names the item by its key (the innermost one: a consent of an
 * element by its ConsentType). {@code Edited} is left out, at every level: every change moves it,
 * and the history entry carries who and when already.
 */
public final class ChangeList {

    /** Looked up once: each static Json.createXxx() call looks the provider up again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The members that name an item of each array property (compared case-insensitively, like the document does). */
    private static final Map<String, List<String>> NATURAL_KEYS = Map.of(
            "AlternateIds", List.of("AlternateIdType", "AlternateId"),
            "CustomFields", List.of("Name"),
            "Emails", List.of("ContactElementId"),
            "Phones", List.of("ContactElementId"),
            "Addresses", List.of("ContactElementId"),
            "Consents", List.of("ConsentType"),
            "Preferences", List.of("Topic", "Channel", "ContactElementId"));

    private static final Set<String> LEFT_OUT = Set.of("Edited");

    private ChangeList() {
    }

    public static JsonArray between(JsonObject before, JsonObject after) {
        JsonArrayBuilder changes = JSON.createArrayBuilder();
        for (String name : union(before, after)) {
            if (!LEFT_OUT.contains(name)) {
                compare(changes, "/" + name, NATURAL_KEYS.get(name), null, before.get(name), after.get(name));
            }
        }
        return changes.build();
    }

    private static void compare(JsonArrayBuilder changes, String path, List<String> key, JsonObject item,
            JsonValue old, JsonValue now) {
        if (Objects.equals(old, now)) {
            return;
        }
        if (old instanceof JsonObject left && now instanceof JsonObject right) {
            for (String name : union(left, right)) {
                if (!LEFT_OUT.contains(name)) {
                    compare(changes, path + "/" + name, NATURAL_KEYS.get(name), item, left.get(name), right.get(name));
                }
            }
        } else if (key != null && old instanceof JsonArray left && now instanceof JsonArray right) {
            compareItems(changes, path, key, left, right);
        } else {
            changes.add(entry(path, item, old, now));
        }
    }

    private static void compareItems(JsonArrayBuilder changes, String path, List<String> key, JsonArray old,
            JsonArray now) {
        Map<String, Integer> oldIndex = new LinkedHashMap<>();
        for (int i = 0; i < old.size(); i++) {
            oldIndex.putIfAbsent(keyOf(old.get(i), key), i);
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < now.size(); i++) {
            String itemKey = keyOf(now.get(i), key);
            Integer was = oldIndex.get(itemKey);
            JsonObject named = naming(now.get(i), key);
            if (was == null || !kept.add(itemKey)) {
                changes.add(entry(path + "/" + i, named, JsonValue.NULL, now.get(i)));
            } else {
                compare(changes, path + "/" + i, null, named, old.get(was), now.get(i));
            }
        }
        oldIndex.forEach((itemKey, i) -> {
            if (!kept.contains(itemKey)) {
                changes.add(entry(path + "/" + i, naming(old.get(i), key), old.get(i), JsonValue.NULL));
            }
        });
    }

    private static JsonObject entry(String path, JsonObject item, JsonValue old, JsonValue now) {
        JsonObjectBuilder entry = JSON.createObjectBuilder().add("Path", path);
        if (item != null) {
            entry.add("Item", item);
        }
        return entry.add("Old", old == null ? JsonValue.NULL : old).add("New", now == null ? JsonValue.NULL : now)
                .build();
    }

    private static String keyOf(JsonValue item, List<String> key) {
        StringBuilder text = new StringBuilder();
        for (String member : key) {
            JsonValue value = item instanceof JsonObject object ? object.get(member) : null;
            text.append(value == null ? "" : CaseInsensitive.key(value.toString())).append('\u0000');
        }
        return text.toString();
    }

    private static JsonObject naming(JsonValue item, List<String> key) {
        JsonObjectBuilder named = JSON.createObjectBuilder();
        if (item instanceof JsonObject object) {
            for (String member : key) {
                if (object.containsKey(member)) {
                    named.add(member, object.get(member));
                }
            }
        }
        return named.build();
    }

    private static Set<String> union(JsonObject left, JsonObject right) {
        Set<String> names = new LinkedHashSet<>(right.keySet());
        names.addAll(left.keySet());
        return names;
    }
}
