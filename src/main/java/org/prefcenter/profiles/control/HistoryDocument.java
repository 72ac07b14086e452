package org.prefcenter.profiles.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
            items.add(JSON.createObjectBuilder()
                    .add("Version", change.version())
                    .add("ETag", ProfileDocument.etag(change.version()))
                    .add("ModifiedBy", change.modifiedBy())
                    .add("ModifiedDate", DateTimeFormatter.ISO_INSTANT.format(change.modifiedDate()))
                    .add("Kind", change.kind().wireName())
                    .add("Patch", patch(change)));
        }
        return JSON.createObjectBuilder().add("ProfileId", profileId).add("Changes", items).build();
    }

    private static JsonArray patch(ProfileChange change) {
        try (JsonReader reader = JSON.createReader(new StringReader(change.patch()))) {
            return reader.readArray();
        }
    }
}
