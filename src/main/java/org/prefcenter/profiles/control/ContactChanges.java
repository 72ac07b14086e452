package org.prefcenter.profiles.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * The consents and preferences a change touched, between the document before and after it (null
 * before a create), for their own events: a consent whose {@code Status} or {@code EffectiveStatus}
 * changed, or that came or went, with the element it belongs to; a preference that came, went or
 * changed. Each names its item as {@code Data} and {@code PreviousData} do: null where there is none.
 */
public final class ContactChanges {

    /** What an item's event says: of which kind, the item now and the item before. */
    public record Change(Kind kind, JsonObject data, JsonObject previous) {
    }

    public enum Kind {
        CONSENT, PREFERENCE
    }

    private static final JsonProvider JSON = JsonProvider.provider();
    /** The document's element arrays and their channels' names. */
    private static final Map<String, String> ELEMENT_ARRAYS = Map.of(ContactJson.EMAILS, Channel.EMAIL.wireName(),
            ContactJson.PHONES, Channel.PHONE.wireName(), ContactJson.ADDRESSES, Channel.ADDRESS.wireName());

    private ContactChanges() {
    }

    public static List<Change> between(JsonObject before, JsonObject after) {
        List<Change> changes = new ArrayList<>();
        Map<String, JsonObject> was = consents(before);
        Map<String, JsonObject> is = consents(after);
        is.forEach((key, consent) -> {
            JsonObject previous = was.remove(key);
            if (previous == null || !sameStatus(previous, consent)) {
                changes.add(new Change(Kind.CONSENT, consent, previous));
            }
        });
        was.values().forEach(gone -> changes.add(new Change(Kind.CONSENT, null, gone)));
        Map<String, JsonObject> preferred = preferences(before);
        preferences(after).forEach((key, preference) -> {
            JsonObject previous = preferred.remove(key);
            if (!Objects.equals(withoutEdited(previous), withoutEdited(preference))) {
                changes.add(new Change(Kind.PREFERENCE, preference, previous));
            }
        });
        preferred.values().forEach(gone -> changes.add(new Change(Kind.PREFERENCE, null, gone)));
        return changes;
    }

    private static boolean sameStatus(JsonObject before, JsonObject after) {
        JsonObject left = before.getJsonObject("Consent");
        JsonObject right = after.getJsonObject("Consent");
        return left.get(ContactJson.STATUS).equals(right.get(ContactJson.STATUS))
                && left.get(ContactJson.EFFECTIVE_STATUS).equals(right.get(ContactJson.EFFECTIVE_STATUS));
    }

    /** Every consent by its holder and type: {@code {Element, Consent}}, the element without its consents (null: the profile's). */
    private static Map<String, JsonObject> consents(JsonObject document) {
        Map<String, JsonObject> consents = new LinkedHashMap<>();
        if (document == null) {
            return consents;
        }
        for (Map.Entry<String, String> array : ELEMENT_ARRAYS.entrySet()) {
            for (JsonObject element : items(document, array.getKey())) {
                JsonObject named = JSON.createObjectBuilder(element).remove(ContactJson.CONSENTS)
                        .add(ContactJson.CHANNEL, array.getValue()).build();
                for (JsonObject consent : items(element, ContactJson.CONSENTS)) {
                    consents.put(element.get(ContactJson.CONTACT_ELEMENT_ID) + "\u0000" + type(consent),
                            JSON.createObjectBuilder().add("Element", named).add("Consent", consent).build());
                }
            }
        }
        for (JsonObject consent : items(document, ContactJson.CONSENTS)) {
            consents.put("profile\u0000" + type(consent),
                    JSON.createObjectBuilder().add("Element", JsonValue.NULL).add("Consent", consent).build());
        }
        return consents;
    }

    private static Map<String, JsonObject> preferences(JsonObject document) {
        Map<String, JsonObject> preferences = new LinkedHashMap<>();
        if (document != null) {
            for (JsonObject preference : items(document, ContactJson.PREFERENCES)) {
                preferences.putIfAbsent(CaseInsensitive.key(preference.getString(ContactJson.TOPIC)) + '\u0000'
                        + preference.get(ContactJson.CHANNEL) + '\u0000' + preference.get(ContactJson.CONTACT_ELEMENT_ID),
                        preference);
            }
        }
        return preferences;
    }

    private static String type(JsonObject consent) {
        return CaseInsensitive.key(consent.getString(ContactJson.CONSENT_TYPE));
    }

    private static List<JsonObject> items(JsonObject holder, String name) {
        JsonArray array = holder.getJsonArray(name);
        return array == null ? List.of() : array.getValuesAs(JsonObject.class);
    }

    private static JsonObject withoutEdited(JsonObject item) {
        return item == null ? null : JSON.createObjectBuilder(item).remove(ProfileJson.EDITED).build();
    }
}
