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
import org.prefcenter.clients.boundary.ClientViews.AlternateIdTypeView;
import org.prefcenter.clients.boundary.ClientViews.CustomFieldView;
import org.prefcenter.clients.boundary.ClientViews.CustomerTypeView;
import org.prefcenter.platform.http.PublicUris;
import org.prefcenter.platform.security.Roles;

/** {@code /{clientId}/AlternateIdTypes}, {@code /CustomerTypes}, {@code /CustomFields}. */
@Path("{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR, Roles.CLIENT_ADMIN})
public class ClientConfigurationResource {

    @Inject
    PublicUris uris;

    @Inject
    ClientConfiguration configuration;

    @PathParam("clientId")
    String clientId;

    @Context
    UriInfo uri;

    @GET
    @Path("AlternateIdTypes")
    public List<AlternateIdTypeView> alternateIdTypes() {
        return configuration.alternateIdTypes(clientId);
    }

    @GET
    @Path("AlternateIdTypes/{name}")
    public AlternateIdTypeView alternateIdType(@PathParam("name") String name) {
        return configuration.alternateIdType(clientId, name);
    }

    @POST
    @RolesAllowed(Roles.CLIENT_ADMIN)
    @Path("AlternateIdTypes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAlternateIdType(JsonObject body) {
        AlternateIdTypeView created = configuration.addAlternateIdType(clientId, body);
        return created(created.name(), created);
    }

    @GET
    @Path("CustomerTypes")
    public List<CustomerTypeView> customerTypes() {
        return configuration.customerTypes(clientId);
    }

    @GET
    @Path("CustomerTypes/{name}")
    public CustomerTypeView customerType(@PathParam("name") String name) {
        return configuration.customerType(clientId, name);
    }

    @POST
    @RolesAllowed(Roles.CLIENT_ADMIN)
    @Path("CustomerTypes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addCustomerType(JsonObject body) {
        CustomerTypeView created = configuration.addCustomerType(clientId, body);
        return created(created.name(), created);
    }

    @GET
    @Path("CustomFields")
    public List<CustomFieldView> customFields() {
        return configuration.customFields(clientId);
    }

    @GET
    @Path("CustomFields/{name}")
    public CustomFieldView customField(@PathParam("name") String name) {
        return configuration.customField(clientId, name);
    }

    @POST
    @RolesAllowed(Roles.CLIENT_ADMIN)
    @Path("CustomFields")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addCustomField(JsonObject body) {
        CustomFieldView created = configuration.addCustomField(clientId, body);
        return created(created.name(), created);
    }

    /** The name is a value, never a URI template: "{x}" or "a/b" are encoded, not expanded. */
    private Response created(String name, Object entity) {
        return uris.created(uri.getAbsolutePathBuilder().path("{name}").build(name)).entity(entity).build();
    }
}
