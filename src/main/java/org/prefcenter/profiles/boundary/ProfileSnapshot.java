package org.prefcenter.profiles.boundary;

import jakarta.json.JsonObject;

/** A profile as the API returns it: the whole document, its id and its strong ETag. */
public record ProfileSnapshot(long profileId, JsonObject document, String etag) {
}
