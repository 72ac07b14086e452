package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.it.PlatformIT.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The change feed: one event per stored change, written with it, and a reader that follows Next
 * sees each one exactly once, in version order per profile, even while writers commit out of the
 * order they began in.
 */
class EventFeedIT extends ApiTest {

    private static final int ROUNDS = Integer.getInteger("race.repetitions", 5);

    private ClientFixture client() {
        return sharedClient("FEED");
    }

    @Test
    void eachStoredChangeIsOneEventWithTheDocumentsBeforeAndAfter() {
        ClientFixture client = ClientFixture.create(api(), "FEED1");
        long id = client.profile(api(), "E-1");
        String path = client.clientId + "/Profile/" + id;
        JsonObject created = api().get(path, client.reader).json();
        Api.Reply patched = api().patch(path, client.editor,
                "[{\"op\":\"replace\",\"path\":\"/CustomFields/0/Value\",\"value\":\"Silver\"}]");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        // refused (a failed test) and empty (changes nothing): no event for either
        assertThat(api().patch(path, client.editor, "[{\"op\":\"test\",\"path\":\"/IsActive\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}]").status()).isEqualTo(409);
        assertThat(api().patch(path, client.editor,
                "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":true}]").status()).isEqualTo(200);

        List<JsonObject> events = Feed.all(api(), client.clientId, client.reader);
        assertThat(events).extracting(event -> event.getString("Type"))
                .containsExactly("Profile.Created", "Profile.Changed");
        JsonObject creation = events.get(0);
        assertThat(creation.getString("ClientId")).isEqualTo(client.clientId);
        assertThat(creation.getJsonNumber("ProfileId").longValue()).isEqualTo(id);
        assertThat(creation.getJsonNumber("Version").longValue()).isEqualTo(1);
        assertThat(creation.getString("Actor")).isEqualTo("editor");
        assertThat(creation.get("Data")).isEqualTo(created);
        assertThat(creation.get("PreviousData")).isEqualTo(JsonValue.NULL);
        assertThat(creation.get("AlternateIds")).isEqualTo(created.get("AlternateIds"));

        JsonObject change = events.get(1);
        assertThat(change.get("Data")).isEqualTo(patched.json());
        assertThat(change.get("PreviousData")).isEqualTo(created);
        assertThat(change.getJsonNumber("Version").longValue()).isEqualTo(version(patched));
        assertThat(change.getString("OccurredAt"))
                .isEqualTo(patched.json().getJsonObject("Edited").getString("ModifiedDate"));
        assertThat(change.getJsonArray("Changes").getValuesAs(JsonObject.class))
                .anySatisfy(changed -> {
                    assertThat(changed.getString("Path")).isEqualTo("/CustomFields/0/Value");
                    assertThat(changed.getString("Old")).isEqualTo("Gold");
                    assertThat(changed.getString("New")).isEqualTo("Silver");
                });
        assertThat(events).extracting(event -> event.getString("EventId")).doesNotHaveDuplicates();

        // read on from the last cursor: nothing new, and the same cursor back
        Feed feed = new Feed(api(), client.clientId, client.reader);
        feed.drain();
        String end = feed.next();
        assertThat(feed.poll(10)).isEmpty();
        assertThat(feed.next()).isEqualTo(end);
        // pages of one: the same events, one at a time
        Feed single = new Feed(api(), client.clientId, client.reader);
        assertThat(single.poll(1)).containsExactly(events.get(0));
        assertThat(single.poll(1)).containsExactly(events.get(1));
    }

    @Test
    void aClientsFeedHoldsOnlyItsOwnEventsAndItsCursorsAreChecked() {
        ClientFixture other = ClientFixture.create(api(), "FEED2");
        other.profile(api(), "E-OTHER");
        String feed = client().clientId + "/Events";
        client().profile(api(), "E-MINE");
        assertThat(Feed.all(api(), client().clientId, client().reader))
                .allSatisfy(event -> assertThat(event.getString("ClientId")).isEqualTo(client().clientId));
        assertProblem(api().get(feed, other.reader), 403);
        assertProblem(api().get(feed + "?after=x-1", client().reader), 400);
        assertProblem(api().get(feed + "?after=-1-0", client().reader), 400);
        assertProblem(api().get(feed + "?limit=0", client().reader), 400);
        assertProblem(api().get(feed + "?limit=1001", client().reader), 400);
        assertThat(api().get(feed + "?limit=1000", client().reader).status()).isEqualTo(200);
        assertProblem(api().get("NOPE-" + client().clientId + "/Events",
                Tokens.of("reader", "ProfileReader", "NOPE-" + client().clientId)), 404);
        assertProblem(api().get(feed, Tokens.of("admin", "ClientAdmin", client().clientId)), 403);
    }

    /**
     * Writers on two profiles commit in whatever order the database finishes them, while a reader
     * follows Next. Afterwards the whole feed, read again from its start, must be exactly what the
     * reader saw as it went (an event that showed up later before the reader's cursor would be in the
     * one and not the other), every change once, each profile's versions in order.
     */
    @Test
    void aReaderFollowingNextWhileEightWritersCommitSeesEveryEventOnceInOrder() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            ClientFixture client = ClientFixture.create(api(), "FEEDRACE");
            int writers = 8;
            int patchesEach = 15;
            List<Long> profiles = new ArrayList<>();
            for (int p = 0; p < writers / 4; p++) {
                profiles.add(client.profile(api(), "R-" + p));
            }
            Feed reader = new Feed(api(), client.clientId, client.reader);
            List<JsonObject> seen = new ArrayList<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
            try {
                Future<?> reading = pool.submit(() -> {
                    while (writing.get()) {
                        seen.addAll(reader.poll(7));
                    }
                    return null;
                });
                CyclicBarrier start = new CyclicBarrier(writers);
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    // four writers on each profile: its changes queue for it (three may wait at
                    // once, and must get it in an order the feed can follow), those of the other
                    // profile run beside them and commit in any order
                    long profile = profiles.get(w % profiles.size());
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int n = 0; n < patchesEach; n++) {
                            Api.Reply reply = api().patch(client.clientId + "/Profile/" + profile, client.editor,
                                    "[{\"op\":\"add\",\"path\":\"/CustomerName/MiddleName\",\"value\":\"w"
                                            + writer + "n" + n + "\"}]");
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                        }
                        return null;
                    }));
                }
                for (Future<?> writer : done) {
                    writer.get();
                }
                writing.set(false);
                reading.get();
            } finally {
                pool.shutdownNow();
            }
            seen.addAll(reader.drain());

            List<JsonObject> all = Feed.all(api(), client.clientId, client.reader);
            int expected = profiles.size() + writers * patchesEach;
            System.out.printf("feed race %d: %d events read while %d writers committed, %d in the feed%n",
                    round, seen.size(), writers, all.size());
            assertThat(ids(seen)).as("what the racing reader saw, in order").isEqualTo(ids(all));
            assertThat(all).hasSize(expected);
            assertThat(ids(all)).doesNotHaveDuplicates();
            Map<Long, Long> lastVersion = new HashMap<>();
            for (JsonObject event : all) {
                long profile = event.getJsonNumber("ProfileId").longValue();
                long version = event.getJsonNumber("Version").longValue();
                assertThat(version).as("profile " + profile + " after version " + lastVersion.get(profile))
                        .isEqualTo(lastVersion.getOrDefault(profile, 0L) + 1);
                lastVersion.put(profile, version);
            }
            for (long profile : profiles) {
                JsonObject current = api().get(client.clientId + "/Profile/" + profile, client.reader).json();
                JsonObject last = all.stream().filter(e -> e.getJsonNumber("ProfileId").longValue() == profile)
                        .reduce((first, second) -> second).orElseThrow();
                assertThat(last.get("Data")).isEqualTo(current);
            }
        }
    }

    private static List<String> ids(List<JsonObject> events) {
        return events.stream().map(event -> event.getString("EventId")).collect(Collectors.toList());
    }

    private static long version(Api.Reply reply) {
        return Long.parseLong(reply.header("ETag").orElseThrow().replace("\"", ""));
    }
}
