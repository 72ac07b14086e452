package org.prefcenter.profiles.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.prefcenter.profiles.entity.Profile;

/**
 * The profile document of the contract, written from the entity as {@link ProfileSchema} declares
 * it, with every property present and {@code null} where unset: it is what clients read and what
 * their patch paths point into.
 */
public final class ProfileDocument {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ProfileDocument() {
    }

    public static JsonObject of(Profile profile) {
        return object(ProfileSchema.DOCUMENT, profile).build();
    }

    /** A strong tag (never weak: JAX-RS treats a weak If-Match as a mismatch). */
    public static String etag(Profile profile) {
        return etag(profile.version());
    }

    /** The tag of a profile's version, as its responses and its history name it. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static JsonObjectBuilder object(Property property, Object owner) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        for (Property member : property.members()) {
            object.add(member.name(), json(member, member.valueOf(owner)));
        }
        return object;
    }

    private static JsonValue json(Property property, Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        return switch (property.type()) {
            case BOOLEAN -> (Boolean) value ? JsonValue.TRUE : JsonValue.FALSE;
            case STRING -> JSON.createValue((String) value);
            case INTEGER -> JSON.createValue(((Number) value).longValue());
            case TIMESTAMP -> JSON.createValue(DateTimeFormatter.ISO_INSTANT.format((Instant) value));
            case OBJECT -> object(property, value).build();
            case ARRAY -> array(property, (List<?>) value);
        };
    }

    private static JsonValue array(Property property, List<?> items) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        items.forEach(item -> array.add(object(property, item)));
        return array.build();
    }
}
