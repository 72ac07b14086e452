package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A reader of a client's change feed, as an integrator writes one: it follows Next, page by page. */
public final class Feed {

    private final Api api;
    private final String clientId;
    private final String token;
    private String next;

    public Feed(Api api, String clientId, String token) {
        this.api = api;
        this.clientId = clientId;
        this.token = token;
    }

    /** One page after the cursor the last page gave (the feed's start at first). */
    public List<JsonObject> poll(int limit) {
        Api.Reply page = api.get(clientId + "/Events?limit=" + limit + (next == null ? "" : "&after=" + next), token);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        next = page.json().getString("Next");
        return page.json().getJsonArray("Events").getValuesAs(JsonObject.class);
    }

    /** Every event after the cursor, up to the end of the feed as it is now. */
    public List<JsonObject> drain() {
        List<JsonObject> events = new ArrayList<>();
        for (List<JsonObject> page = poll(100); !page.isEmpty(); page = poll(100)) {
            events.addAll(page);
        }
        return events;
    }

    /** The client's whole feed, read from its start. */
    public static List<JsonObject> all(Api api, String clientId, String token) {
        return new Feed(api, clientId, token).drain();
    }

    public String next() {
        return next;
    }
}
