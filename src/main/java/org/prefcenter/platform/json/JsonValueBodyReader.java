package org.prefcenter.platform.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads JSON Patch and JSON Merge Patch documents (any JSON value, so that a wrong type is a precise
 * 400); see {@link JsonBodyReader}. The merge patch type is named: matched only by
 * {@code application/*+json}, its bodies went to the server's JSON-B reader instead, which let
 * duplicate members through and answered deep nesting with a 500 (found by FuzzIT).
 */
@Provider
@Consumes({"application/json", "application/json-patch+json", "application/merge-patch+json", "application/*+json"})
@Priority(Priorities.ENTITY_CODER)
public class JsonValueBodyReader extends JsonBodyReader<JsonValue> {

    public JsonValueBodyReader() {
        super(JsonValue.class);
    }
}
