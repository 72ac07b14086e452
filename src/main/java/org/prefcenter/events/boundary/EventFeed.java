package org.prefcenter.events.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.events.control.EventDocument;
import org.prefcenter.events.control.FeedCursor;
import org.prefcenter.events.control.FeedPositions;
import org.prefcenter.events.entity.ChangeEvent;
import org.prefcenter.platform.security.ClientScope;
import org.prefcenter.platform.security.Roles;

/**
 * A client's change feed, oldest first, a page at a time: {@code {Events: [...], Next: cursor}}. A
 * reader that keeps asking for what follows {@code Next} sees each event once, and none later
 * appears before {@code Next} ({@link FeedPositions}).
 */
@Stateless
public class EventFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private static final JsonProvider JSON = JsonProvider.provider();

    @Resource
    SessionContext session;

    @Inject
    ClientDirectory clients;

    @Inject
    FeedPositions positions;

    @RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
    public JsonObject after(String clientId, FeedCursor after, int limit) {
        ClientScope.of(session).actorFor(clientId); // 403 before 404
        Client client = clients.require(clientId);
        List<ChangeEvent> events = positions.readableAfter(client.id(), after, limit);
        JsonArrayBuilder page = JSON.createArrayBuilder();
        events.forEach(event -> page.add(EventDocument.of(event)));
        FeedCursor next = events.isEmpty() ? after : FeedCursor.after(events.get(events.size() - 1));
        return JSON.createObjectBuilder().add("Events", page).add("Next", next.toString()).build();
    }
}
