package org.prefcenter.profiles.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;
import org.prefcenter.platform.http.IfMatch;
import org.prefcenter.platform.http.PublicUris;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.security.Roles;
import org.prefcenter.profiles.control.ProfileKey;
import org.prefcenter.profiles.control.ProfilePatch;
import org.prefcenter.profiles.control.ProfileSnapshot;

/**
 * {@code /{clientId}/Profile}: HTTP in, HTTP out; everything else happens in {@link Profiles}. One
 * instance serves every request (the path's clientId is a method parameter, not a field): no resource
 * is created and injected per request on the service's busiest path.
 */
@ApplicationScoped
@Path("{clientId}/Profile")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    public static final String JSON_PATCH = "application/json-patch+json";
    public static final String MERGE_PATCH = "application/merge-patch+json";

    /** At most 18 digits, so that every value fits a long. */
    private static final Pattern PROFILE_ID = Pattern.compile("[0-9]{1,18}");

    @Inject
    PublicUris uris;

    @Inject
    Profiles profiles;

    @POST
    @RolesAllowed(Roles.PROFILE_EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("clientId") String clientId, JsonObject body, @Context UriInfo uri) {
        ProfileSnapshot created = profiles.create(clientId, body);
        return uris.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.profileId())).build())
                .tag(tag(created)).entity(created.document()).build();
    }

    @GET
    @RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
    public Response byAlternateId(@PathParam("clientId") String clientId, @QueryParam("alternateIdType") String type,
            @QueryParam("alternateId") String id) {
        return ok(profiles.read(clientId, ProfileKey.of(required("alternateIdType", type), required("alternateId", id))));
    }

    @GET
    @RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
    @Path("{profileId}")
    public Response byId(@PathParam("clientId") String clientId, @PathParam("profileId") String profileId) {
        return ok(profiles.read(clientId, ProfileKey.of(profileId(profileId))));
    }

    @PATCH
    @RolesAllowed(Roles.PROFILE_EDITOR)
    @Consumes({JSON_PATCH, MediaType.APPLICATION_JSON})
    public Response patchByAlternateId(@PathParam("clientId") String clientId,
            @QueryParam("alternateIdType") String type, @QueryParam("alternateId") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonValue patch) {
        return patched(clientId, type, id, ifMatch, ProfilePatch.jsonPatch(patch));
    }

    @PATCH
    @RolesAllowed(Roles.PROFILE_EDITOR)
    @Consumes(MERGE_PATCH)
    public Response mergePatchByAlternateId(@PathParam("clientId") String clientId,
            @QueryParam("alternateIdType") String type, @QueryParam("alternateId") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonValue patch) {
        return patched(clientId, type, id, ifMatch, ProfilePatch.mergePatch(patch));
    }

    @PATCH
    @RolesAllowed(Roles.PROFILE_EDITOR)
    @Path("{profileId}")
    @Consumes({JSON_PATCH, MediaType.APPLICATION_JSON})
    public Response patchById(@PathParam("clientId") String clientId, @PathParam("profileId") String profileId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonValue patch) {
        return patched(clientId, profileId, ifMatch, ProfilePatch.jsonPatch(patch));
    }

    @PATCH
    @RolesAllowed(Roles.PROFILE_EDITOR)
    @Path("{profileId}")
    @Consumes(MERGE_PATCH)
    public Response mergePatchById(@PathParam("clientId") String clientId, @PathParam("profileId") String profileId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonValue patch) {
        return patched(clientId, profileId, ifMatch, ProfilePatch.mergePatch(patch));
    }

    private Response patched(String clientId, String type, String id, String ifMatch, ProfilePatch patch) {
        String idType = required("alternateIdType", type);
        String idValue = required("alternateId", id);
        return ok(profiles.patch(clientId, ProfileKey.of(idType, idValue), patch, IfMatch.parse(ifMatch)));
    }

    private Response patched(String clientId, String profileId, String ifMatch, ProfilePatch patch) {
        long id = profileId(profileId);
        return ok(profiles.patch(clientId, ProfileKey.of(id), patch, IfMatch.parse(ifMatch)));
    }

    private static Response ok(ProfileSnapshot snapshot) {
        return Response.ok(snapshot.document()).tag(tag(snapshot)).build();
    }

    private static EntityTag tag(ProfileSnapshot snapshot) {
        return EntityTag.valueOf(snapshot.etag());
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw Refusal.of(Refusal.Kind.INVALID, "the query parameter " + name + " is required and must not be blank");
        }
        return value;
    }

    /** ASCII digits only: Long.parseLong would also read other scripts' digits ("٩٦١" as 961). */
    static long profileId(String value) {
        if (!PROFILE_ID.matcher(value).matches()) {
            throw Refusal.of(Refusal.Kind.UNKNOWN_REFERENCE, "no profile '" + Text.excerpt(value) + "': a ProfileId is an integer");
        }
        return Long.parseLong(value);
    }
}
