package org.prefcenter.profiles.control;

import jakarta.json.JsonObject;
import org.prefcenter.profiles.entity.Profile;

/** A profile as the API returns it: the whole document, its id and its strong ETag. */
public record ProfileSnapshot(long profileId, JsonObject document, String etag) {

    public static ProfileSnapshot of(Profile profile) {
        return new ProfileSnapshot(profile.id(), ProfileJson.write(profile), ProfileTag.of(profile));
    }
}
