package org.prefcenter.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.prefcenter.events.entity.EventType;
import org.prefcenter.profiles.control.ContactChanges;
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

    /**
     * The change's {@code Profile.*} event, then one {@code Consent.Changed} or
     * {@code Preference.Changed} per item it touched. {@code before} is null for a creation;
     * {@code changes} the history's list of changed values.
     */
    public void changed(String clientId, Profile profile, JsonObject before, JsonObject after, JsonValue changes) {
        EventType type = before == null ? EventType.PROFILE_CREATED : EventType.PROFILE_CHANGED;
        insert(clientId, profile, type, after, before, before == null ? null : changes, after);
        for (ContactChanges.Change item : ContactChanges.between(before, after)) {
            insert(clientId, profile, item.kind() == ContactChanges.Kind.CONSENT ? EventType.CONSENT_CHANGED
                    : EventType.PREFERENCE_CHANGED, item.data(), item.previous(), null, after);
        }
    }

    private void insert(String clientId, Profile profile, EventType type, JsonObject data, JsonObject previous,
            JsonValue changes, JsonObject document) {
        JsonObject body = EventDocument.body(type, clientId, profile.id(), document.get("AlternateIds"),
                profile.version(), profile.edited().modifiedDate(), profile.edited().modifiedBy(), data, previous,
                changes);
        positions.insert(profile.clientRef(), profile.id(), profile.version(), type, profile.edited().modifiedDate(),
                body.toString());
    }
}
