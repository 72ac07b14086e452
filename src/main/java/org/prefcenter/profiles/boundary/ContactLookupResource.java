package org.prefcenter.profiles.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.prefcenter.platform.security.Roles;

/**
 * {@code /{clientId}/Profiles?email=|phone=} and {@code /{clientId}/ConsentStatus}: HTTP in, HTTP
 * out; the rest happens in {@link ContactLookups}, which checks the parameters after the client
 * scope (403 before 400).
 */
@ApplicationScoped
@Path("{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
public class ContactLookupResource {

    /** Set (to true) when more profiles hold the address than one answer returns. */
    public static final String TRUNCATED = "PrefCenter-Truncated";

    @Inject
    ContactLookups lookups;

    @GET
    @Path("Profiles")
    public Response profiles(@PathParam("clientId") String clientId, @QueryParam("email") String email,
            @QueryParam("phone") String phone) {
        ContactLookups.Found found = lookups.profiles(clientId, email, phone);
        JsonArrayBuilder documents = Json.createArrayBuilder();
        found.profiles().forEach(profile -> documents.add(profile.document()));
        Response.ResponseBuilder answer = Response.ok(documents.build());
        return (found.truncated() ? answer.header(TRUNCATED, "true") : answer).build();
    }

    @GET
    @Path("ConsentStatus")
    public JsonObject consentStatus(@PathParam("clientId") String clientId,
            @QueryParam("consentType") String consentType, @QueryParam("email") String email,
            @QueryParam("phone") String phone) {
        return lookups.consentStatus(clientId, consentType, email, phone).json();
    }
}
