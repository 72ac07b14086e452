package org.prefcenter.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.prefcenter.events.entity.EventType;
import org.prefcenter.profiles.entity.Profile;

/**
 * Writes a stored change's events in the caller's transaction, so that they commit or roll back with
 * it. The transaction must have called {@link FeedPositions#beforeCreating()} or
 * {@link FeedPositions#beforeChanging} before its first write.
 */
@ApplicationScoped
public class EventWriter {

    @Inject
    FeedPositions positions;

    /** {@code before} is null for a creation; {@code changes} the history's list of changed values. */
    public void changed(String clientId, Profile profile, JsonObject before, JsonObject after, JsonValue changes) {
        EventType type = before == null ? EventType.PROFILE_CREATED : EventType.PROFILE_CHANGED;
        JsonObject body = EventDocument.body(type, clientId, profile.id(), profile.version(),
                profile.edited().modifiedDate(), profile.edited().modifiedBy(), after, before,
                before == null ? null : changes);
        positions.insert(profile.clientRef(), profile.id(), profile.version(), type, profile.edited().modifiedDate(),
                body.toString());
    }
}
