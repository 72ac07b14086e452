package org.prefcenter.webhooks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.prefcenter.platform.http.PublicUris;
import org.prefcenter.platform.security.Roles;

/** {@code /{clientId}/Subscriptions}: the client's webhooks (docs/WEBHOOKS.md). */
@Path("{clientId}/Subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLIENT_ADMIN)
public class SubscriptionsResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    PublicUris uris;

    @Inject
    Subscriptions subscriptions;

    @PathParam("clientId")
    String clientId;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonObject created = subscriptions.create(clientId, body);
        return uris.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getJsonNumber("Id")))
                .build()).entity(created).build();
    }

    @GET
    public JsonArray list() {
        return subscriptions.list(clientId);
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") String id) {
        return subscriptions.one(clientId, id);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    public JsonObject change(@PathParam("id") String id, JsonObject patch) {
        return subscriptions.change(clientId, id, patch);
    }

    @DELETE
    @Path("{id}")
    public Response end(@PathParam("id") String id) {
        subscriptions.end(clientId, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/Deliveries")
    public JsonArray deliveries(@PathParam("id") String id) {
        return subscriptions.deliveries(clientId, id);
    }
}
