package org.prefcenter.profiles.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import org.prefcenter.profiles.entity.ChangeKind;
import org.prefcenter.profiles.entity.Profile;
import org.prefcenter.profiles.entity.ProfileChange;

/**
 * Records a stored change of a profile in its history, in the caller's transaction: the change is
 * the RFC 6902 patch from the document before to the document as it now reads (JSON-P's diff, in
 * canonical names), so that applying every recorded patch in order to an empty object gives the
 * current document, read-only members included. Call it after the change was flushed: the profile's
 * version and Edited are then those of the new state.
 */
public final class ChangeRecorder {

    /** Looked up once: each static Json.createXxx() call looks the provider up again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ChangeRecorder() {
    }

    public static void created(EntityManager em, Profile profile) {
        record(em, profile, JsonValue.EMPTY_JSON_OBJECT, ChangeKind.CREATE);
    }

    public static void changed(EntityManager em, Profile profile, JsonObject before, ChangeKind kind) {
        record(em, profile, before, kind);
    }

    private static void record(EntityManager em, Profile profile, JsonObject before, ChangeKind kind) {
        String patch = JSON.createDiff(before, ProfileDocument.of(profile)).toJsonArray().toString();
        em.persist(new ProfileChange(profile, kind, patch));
    }
}
