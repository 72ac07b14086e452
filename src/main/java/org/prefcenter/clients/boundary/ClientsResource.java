package org.prefcenter.clients.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.prefcenter.clients.boundary.ClientViews.ClientView;
import org.prefcenter.platform.http.PublicUris;
import org.prefcenter.platform.security.Roles;

/** {@code /Clients}: register and list clients (SystemAdmin). */
@Path("Clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class ClientsResource {

    @Inject
    PublicUris uris;

    @Inject
    Clients clients;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(JsonObject body, @Context UriInfo uri) {
        ClientView created = clients.register(body);
        return uris.created(uri.getAbsolutePathBuilder().path(created.clientId()).build()).entity(created).build();
    }

    @GET
    public List<ClientView> list() {
        return clients.list();
    }

    @GET
    @Path("{clientId}")
    public ClientView get(@PathParam("clientId") String clientId) {
        return clients.get(clientId);
    }
}
