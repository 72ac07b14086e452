package org.prefcenter.platform.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads JSON Patch and JSON Merge Patch documents (any JSON value, so that a non-array is a precise
 * 400); see {@link JsonBodyReader}. Each patch type is named: Payara's Jersey preferred its own
 * reader for {@code application/merge-patch+json} over the wildcard, which lost the limits (a merge
 * patch nested 1000 deep was a 500) and the duplicate-name check.
 */
@Provider
@Consumes({"application/json", "application/json-patch+json", "application/merge-patch+json", "application/*+json"})
@Priority(Priorities.ENTITY_CODER)
public class JsonValueBodyReader extends JsonBodyReader<JsonValue> {

    public JsonValueBodyReader() {
        super(JsonValue.class);
    }
}
