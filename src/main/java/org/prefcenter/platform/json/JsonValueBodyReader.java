package org.prefcenter.platform.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/** Reads JSON Patch documents (any JSON value, so that a non-array is a precise 400); see {@link JsonBodyReader}. */
@Provider
@Consumes({"application/json", "application/json-patch+json", "application/*+json"})
@Priority(Priorities.ENTITY_CODER)
public class JsonValueBodyReader extends JsonBodyReader<JsonValue> {

    public JsonValueBodyReader() {
        super(JsonValue.class);
    }
}
