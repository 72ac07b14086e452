package org.prefcenter.profiles.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.prefcenter.profiles.entity.ProfileChange;

/** A page of a profile's change history as the API returns it: {@code {ProfileId, Changes: [...]}}. */
public final class HistoryDocument {

    private static final JsonProvider JSON = JsonProvider.provider();

    private HistoryDocument() {
    }

    public static JsonObject of(long profileId, List<ProfileChange> changes) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (ProfileChange change : changes) {
            JsonObjectBuilder item = JSON.createObjectBuilder()
                    .add("Version", change.version())
                    .add("ETag", ProfileTag.of(change.version()))
                    .add("ModifiedBy", change.modifiedBy())
                    .add("ModifiedDate", DateTimeFormatter.ISO_INSTANT.format(change.modifiedDate()))
                    .add("Kind", change.kind().wireName());
            change.request().ifPresent(request -> item.add("Request", parse(request)));
            change.changes().ifPresent(changed -> item.add("Changes", parse(changed)));
            item.add("Patch", parse(change.patch()));
            change.base().ifPresent(base -> item.add("Base", parse(base)));
            items.add(item);
        }
        return JSON.createObjectBuilder().add("ProfileId", profileId).add("Changes", items).build();
    }

    /**
     * The document after {@code entries} (oldest first, gap-free): each one's patch applied in order,
     * from the first one's base, or from an empty object where it has none.
     */
    public static JsonValue replay(List<ProfileChange> entries) {
        JsonValue document = entries.get(0).base().map(HistoryDocument::parse).orElse(JsonValue.EMPTY_JSON_OBJECT);
        for (ProfileChange entry : entries) {
            document = JSON.createPatch(parse(entry.patch()).asJsonArray()).apply(document.asJsonObject());
        }
        return document;
    }

    /** Stored text the recorder wrote, never a client's: read as it is. */
    private static JsonValue parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
