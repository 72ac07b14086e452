package org.prefcenter.profiles.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.prefcenter.profiles.control.ProfileKey;
import org.prefcenter.platform.http.PageLimit;
import org.prefcenter.platform.http.PublicUris;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.security.Roles;

/**
 * {@code /{clientId}/Profile/History} and {@code /{clientId}/Profile/{profileId}/History}. It shares
 * its root path with {@link ProfileResource}: JAX-RS matches the methods of both classes together
 * and prefers the literal {@code History} to the template {@code {profileId}}, so the history by
 * alternate id is never read as the profile "History".
 */
@ApplicationScoped
@Path("{clientId}/Profile")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
public class ProfileHistoryResource {

    @Inject
    PublicUris uris;

    @Inject
    ProfileHistory history;

    @GET
    @Path("History")
    public Response byAlternateId(@PathParam("clientId") String clientId, @QueryParam("alternateIdType") String type,
            @QueryParam("alternateId") String id, @QueryParam("limit") String limit,
            @QueryParam("before") String before, @Context UriInfo uri) {
        int pageSize = PageLimit.parse(limit, ProfileHistory.DEFAULT_LIMIT, ProfileHistory.MAX_LIMIT);
        ProfileKey key = ProfileKey.of(ProfileResource.required("alternateIdType", type),
                ProfileResource.required("alternateId", id));
        return page(history.page(clientId, key, pageSize, before(before)), pageSize, uri);
    }

    @GET
    @Path("{profileId}/History")
    public Response byId(@PathParam("clientId") String clientId, @PathParam("profileId") String profileId,
            @QueryParam("limit") String limit, @QueryParam("before") String before, @Context UriInfo uri) {
        int pageSize = PageLimit.parse(limit, ProfileHistory.DEFAULT_LIMIT, ProfileHistory.MAX_LIMIT);
        ProfileKey key = ProfileKey.of(ProfileResource.profileId(profileId));
        return page(history.page(clientId, key, pageSize, before(before)), pageSize, uri);
    }

    /** The page, with a link to the next one (this request, read on from the oldest version shown). */
    private Response page(HistoryPage page, int limit, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page.document());
        if (page.nextBefore() != null) {
            response.link(URI.create(uris.of(uri.getRequestUriBuilder()
                    .replaceQueryParam("before", page.nextBefore()).replaceQueryParam("limit", limit).build())), "next");
        }
        return response.build();
    }

    private static Long before(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            throw Refusal.of(Refusal.Kind.INVALID, "the query parameter before must be a Version (an integer)");
        }
    }
}
