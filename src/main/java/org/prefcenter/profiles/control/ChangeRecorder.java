package org.prefcenter.profiles.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import org.prefcenter.profiles.entity.ChangeKind;
import org.prefcenter.profiles.entity.Profile;
import org.prefcenter.profiles.entity.ProfileChange;

/**
 * Records a stored change of a profile in its history, in the caller's transaction: the request as
 * sent (canonical names), what it changed ({@link ChangeList}: old and new value of each, array
 * items by their natural key), and the RFC 6902 patch from the document before to the document as
 * it now reads (JSON-P's diff), so that applying every recorded patch in order gives the current
 * document, read-only members included. Call it after the change was flushed: the profile's version
 * and Edited are then those of the new state.
 */
public final class ChangeRecorder {

    /** Looked up once: each static Json.createXxx() call looks the provider up again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ChangeRecorder() {
    }

    /** {@code body}: the create request as sent. */
    public static void created(EntityManager em, Profile profile, JsonObject body) {
        record(em, profile, JsonValue.EMPTY_JSON_OBJECT, ChangeKind.CREATE, ProfilePaths.canonicalNames(body));
    }

    /** {@code request}: the patch as sent, in canonical names ({@link ProfilePatcher.PatchResult#request()}). */
    public static void changed(EntityManager em, Profile profile, JsonObject before, ChangeKind kind,
            JsonValue request) {
        record(em, profile, before, kind, request);
    }

    private static void record(EntityManager em, Profile profile, JsonObject before, ChangeKind kind,
            JsonValue request) {
        JsonObject after = ProfileDocument.of(profile);
        String patch = JSON.createDiff(before, after).toJsonArray().toString();
        String changes = ChangeList.between(before, after).toString();
        em.persist(new ProfileChange(profile, kind, request.toString(), changes, patch));
    }
}
