package org.prefcenter.events.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.prefcenter.events.entity.ChangeEvent;
import org.prefcenter.events.entity.EventType;

/** An event as the feed and the webhooks send it. */
public final class EventDocument {

    private static final JsonProvider JSON = JsonProvider.provider();

    private EventDocument() {
    }

    /** What is stored: everything but the EventId. {@code previous} and {@code changes} may be null. */
    static JsonObject body(EventType type, String clientId, long profileId, JsonValue alternateIds, long version,
            Instant occurredAt, String actor, JsonObject data, JsonObject previous, JsonValue changes) {
        JsonObjectBuilder event = JSON.createObjectBuilder()
                .add("Type", type.wireName())
                .add("ClientId", clientId)
                .add("ProfileId", profileId)
                .add("AlternateIds", alternateIds == null ? JsonValue.EMPTY_JSON_ARRAY : alternateIds)
                .add("Version", version)
                .add("OccurredAt", DateTimeFormatter.ISO_INSTANT.format(occurredAt))
                .add("Actor", actor)
                .add("Data", data == null ? JsonValue.NULL : data)
                .add("PreviousData", previous == null ? JsonValue.NULL : previous);
        if (changes != null) {
            event.add("Changes", changes);
        }
        return event.build();
    }

    /** The stored event with its EventId first. */
    public static JsonObject of(ChangeEvent event) {
        JsonObjectBuilder document = JSON.createObjectBuilder().add("EventId", eventId(event.id()));
        try (JsonReader reader = JSON.createReader(new StringReader(event.body()))) {
            reader.readObject().forEach(document::add);
        }
        return document.build();
    }

    /** Fixed width, so that ids also sort as text. */
    public static String eventId(long id) {
        return String.format("%016d", id);
    }
}
