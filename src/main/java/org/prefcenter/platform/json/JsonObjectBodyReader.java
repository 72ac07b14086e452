package org.prefcenter.platform.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/** Reads JSON objects: create and configuration bodies; see {@link JsonBodyReader}. */
@Provider
@Consumes({"application/json", "application/json-patch+json", "application/*+json"})
@Priority(Priorities.ENTITY_CODER)
public class JsonObjectBodyReader extends JsonBodyReader<JsonObject> {

    public JsonObjectBodyReader() {
        super(JsonObject.class);
    }
}
