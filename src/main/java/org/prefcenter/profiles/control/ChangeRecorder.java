package org.prefcenter.profiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.events.control.EventWriter;
import org.prefcenter.profiles.entity.ChangeKind;
import org.prefcenter.profiles.entity.Profile;
import org.prefcenter.profiles.entity.ProfileChange;

/**
 * Records a stored change of a profile, in the caller's transaction: its history entry and its
 * events. The entry keeps the request as sent (canonical names), what it changed ({@link ChangeList}:
 * old and new value of each, array items by their natural key), and the RFC 6902 patch from the
 * document before to the document as it now reads (JSON-P's diff), so that applying every recorded
 * patch in order gives the current document, read-only members included. Call it after the change
 * was flushed (the profile's version and Edited are then those of the new state), as the last
 * write of the transaction ({@link EventWriter}).
 */
@ApplicationScoped
public class ChangeRecorder {

    /** Looked up once: each static Json.createXxx() call looks the provider up again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    EntityManager em;

    @Inject
    EventWriter events;

    /** {@code body}: the create request as sent. */
    public void created(Client client, Profile profile, JsonObject body) {
        record(client, profile, null, ChangeKind.CREATE, ProfileJson.canonicalNames(body));
    }

    /** {@code request}: the patch as sent, in canonical names ({@link ProfilePatcher.PatchResult#request()}). */
    public void changed(Client client, Profile profile, JsonObject before, ChangeKind kind, JsonValue request) {
        record(client, profile, before, kind, request);
    }

    private void record(Client client, Profile profile, JsonObject before, ChangeKind kind, JsonValue request) {
        JsonObject after = ProfileJson.write(profile);
        JsonObject from = before == null ? JsonValue.EMPTY_JSON_OBJECT : before;
        String patch = JSON.createDiff(from, after).toJsonArray().toString();
        JsonArray changes = ChangeList.between(from, after);
        em.persist(new ProfileChange(profile, kind, request.toString(), changes.toString(), patch));
        events.changed(client.clientId(), profile, before, after, changes);
    }
}
