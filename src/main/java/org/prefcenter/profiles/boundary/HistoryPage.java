package org.prefcenter.profiles.boundary;

import jakarta.json.JsonObject;

/** A page of a profile's history and, while older changes remain, the version to read on from. */
public record HistoryPage(JsonObject document, Long nextBefore) {
}
