package org.prefcenter.events.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.prefcenter.events.control.FeedCursor;
import org.prefcenter.platform.http.PageLimit;
import org.prefcenter.platform.security.Roles;

/** {@code GET /{clientId}/Events?after=CURSOR&limit=N}: the client's change feed. */
@ApplicationScoped
@Path("{clientId}/Events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
public class EventsResource {

    @Inject
    EventFeed feed;

    @GET
    public JsonObject read(@PathParam("clientId") String clientId, @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        return feed.after(clientId, FeedCursor.parse(after),
                PageLimit.parse(limit, EventFeed.DEFAULT_LIMIT, EventFeed.MAX_LIMIT));
    }
}
