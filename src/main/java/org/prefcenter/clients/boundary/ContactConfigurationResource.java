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
import org.prefcenter.clients.boundary.ClientViews.ConsentTypeView;
import org.prefcenter.clients.boundary.ClientViews.ConsentVersionView;
import org.prefcenter.clients.boundary.ClientViews.ContactTypeView;
import org.prefcenter.clients.boundary.ClientViews.PreferenceTopicView;
import org.prefcenter.platform.http.PublicUris;
import org.prefcenter.platform.security.Roles;

/** {@code /{clientId}/ContactTypes}, {@code /ConsentTypes} (and their {@code Versions}), {@code /PreferenceTopics}. */
@Path("{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR, Roles.CLIENT_ADMIN})
public class ContactConfigurationResource {

    @Inject
    PublicUris uris;

    @Inject
    ContactConfiguration configuration;

    @PathParam("clientId")
    String clientId;

    @Context
    UriInfo uri;

    @GET
    @Path("ContactTypes")
    public List<ContactTypeView> contactTypes() {
        return configuration.contactTypes(clientId);
    }

    @GET
    @Path("ContactTypes/{name}")
    public ContactTypeView contactType(@PathParam("name") String name) {
        return configuration.contactType(clientId, name);
    }

    @POST
    @RolesAllowed(Roles.CLIENT_ADMIN)
    @Path("ContactTypes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addContactType(JsonObject body) {
        ContactTypeView created = configuration.addContactType(clientId, body);
        return created(created.name(), created);
    }

    @GET
    @Path("ConsentTypes")
    public List<ConsentTypeView> consentTypes() {
        return configuration.consentTypes(clientId);
    }

    @GET
    @Path("ConsentTypes/{name}")
    public ConsentTypeView consentType(@PathParam("name") String name) {
        return configuration.consentType(clientId, name);
    }

    @POST
    @RolesAllowed(Roles.CLIENT_ADMIN)
    @Path("ConsentTypes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addConsentType(JsonObject body) {
        ConsentTypeView created = configuration.addConsentType(clientId, body);
        return created(created.name(), created);
    }

    @GET
    @Path("ConsentTypes/{name}/Versions")
    public List<ConsentVersionView> consentVersions(@PathParam("name") String name) {
        return configuration.consentVersions(clientId, name);
    }

    @GET
    @Path("ConsentTypes/{name}/Versions/{version}")
    public ConsentVersionView consentVersion(@PathParam("name") String name, @PathParam("version") String version) {
        return configuration.consentVersion(clientId, name, version);
    }

    @POST
    @RolesAllowed(Roles.CLIENT_ADMIN)
    @Path("ConsentTypes/{name}/Versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addConsentVersion(@PathParam("name") String name, JsonObject body) {
        ConsentVersionView created = configuration.addConsentVersion(clientId, name, body);
        return created(String.valueOf(created.version()), created);
    }

    @GET
    @Path("PreferenceTopics")
    public List<PreferenceTopicView> preferenceTopics() {
        return configuration.preferenceTopics(clientId);
    }

    @GET
    @Path("PreferenceTopics/{name}")
    public PreferenceTopicView preferenceTopic(@PathParam("name") String name) {
        return configuration.preferenceTopic(clientId, name);
    }

    @POST
    @RolesAllowed(Roles.CLIENT_ADMIN)
    @Path("PreferenceTopics")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addPreferenceTopic(JsonObject body) {
        PreferenceTopicView created = configuration.addPreferenceTopic(clientId, body);
        return created(created.name(), created);
    }

    /** The name is a value, never a URI template: "{x}" or "a/b" are encoded, not expanded. */
    private Response created(String name, Object entity) {
        return uris.created(uri.getAbsolutePathBuilder().path("{name}").build(name)).entity(entity).build();
    }
}
