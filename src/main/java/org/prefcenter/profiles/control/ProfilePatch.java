package org.prefcenter.profiles.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.prefcenter.profiles.entity.ChangeKind;

/** A patch request body and its format: a JSON Patch (RFC 6902) or a JSON Merge Patch (RFC 7396). */
public record ProfilePatch(ChangeKind kind, JsonValue body) {

    public static ProfilePatch jsonPatch(JsonValue body) {
        return new ProfilePatch(ChangeKind.PATCH, body);
    }

    public static ProfilePatch mergePatch(JsonValue body) {
        return new ProfilePatch(ChangeKind.MERGE_PATCH, body);
    }

    /** The patched and validated content, or a Refusal; see the two patchers. */
    public ProfilePatcher.PatchResult applyTo(JsonObject document, int maxOperations, ProfileValidator validator) {
        if (kind == ChangeKind.MERGE_PATCH) {
            return ProfileMergePatcher.patch(document, body, validator);
        }
        return ProfilePatcher.patch(document, body, maxOperations, validator);
    }
}
