package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.it.PlatformIT.assertProblem;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Webhooks over HTTP to a real receiver in this JVM (on 127.0.0.1, which the test server allows over
 * http): subscriptions managed by a ClientAdmin, the SSRF guard, signed deliveries in order per profile,
 * retried after failures and time-outs, paused and resumed.
 */
class WebhooksIT extends ApiTest {

    static final String MERGE_PATCH = "application/merge-patch+json";

    /** Creates a subscription for the receiver and hands it the secret; answers the 201's body. */
    static JsonObject subscribe(Api api, ClientFixture client, Receiver receiver, String types) {
        Api.Reply created = api.post(client.clientId + "/Subscriptions", client.admin,
                "{\"Url\":\"" + receiver.url() + "\"" + (types == null ? "" : ",\"Types\":" + types) + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        receiver.secret(created.json().getString("Secret"));
        return created.json();
    }

    static String path(ClientFixture client, JsonObject subscription) {
        return client.clientId + "/Subscriptions/" + subscription.getJsonNumber("Id").longValue();
    }

    /** The subscription's attempts, once at least {@code count} are recorded (or after 10 s). */
    static List<JsonObject> deliveries(Api api, ClientFixture client, JsonObject subscription, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<JsonObject> attempts = List.of();
        do {
            attempts = api.get(path(client, subscription) + "/Deliveries", client.admin).array()
                    .getValuesAs(JsonObject.class);
            if (attempts.size() < count) {
                Thread.sleep(100);
            }
        } while (attempts.size() < count && System.nanoTime() < deadline);
        return attempts;
    }

    static Api.Reply rename(Api api, ClientFixture client, long profile, String name) {
        Api.Reply patched = api.patch(client.clientId + "/Profile/" + profile, client.editor,
                "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"" + name + "\"}]");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        return patched;
    }

    @Test
    void aClientAdminCreatesReadsChangesAndEndsSubscriptionsAndTheSecretIsShownOnce() {
        ClientFixture client = sharedClient("HOOKS");
        String base = client.clientId + "/Subscriptions";
        Api.Reply created = api().post(base, client.admin,
                "{\"Url\":\"https://hooks.example.com/prefcenter\",\"Types\":[\"Profile.Created\",\"Consent.Changed\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject subscription = created.json();
        long id = subscription.getJsonNumber("Id").longValue();
        assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(base + "/" + id));
        assertThat(subscription.getString("Url")).isEqualTo("https://hooks.example.com/prefcenter");
        assertThat(subscription.getJsonArray("Types").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Profile.Created", "Consent.Changed");
        assertThat(subscription.getString("State")).isEqualTo("Active");
        assertThat(subscription.getString("Secret")).matches("[0-9a-f]{64}");

        Api.Reply read = api().get(base + "/" + id, client.admin);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).doesNotContainKey("Secret");
        assertThat(read.json().getString("Url")).isEqualTo("https://hooks.example.com/prefcenter");
        Api.Reply list = api().get(base, client.admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.array().getValuesAs(JsonObject.class)).anySatisfy(one -> {
            assertThat(one.getJsonNumber("Id").longValue()).isEqualTo(id);
            assertThat(one).doesNotContainKey("Secret");
        });
        assertThat(list.body()).doesNotContain(subscription.getString("Secret"));

        Api.Reply changed = api().patch(base + "/" + id, client.admin,
                "{\"Types\":null,\"State\":\"Paused\",\"Url\":\"https://other.example.com/x\"}", MERGE_PATCH, null);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getJsonArray("Types")).isEmpty();
        assertThat(changed.json().getString("State")).isEqualTo("Paused");
        assertThat(changed.json().getString("Url")).isEqualTo("https://other.example.com/x");
        assertThat(changed.json()).doesNotContainKey("Secret");
        assertThat(api().get(base + "/" + id, client.admin).json().getString("State")).isEqualTo("Paused");
        assertThat(api().get(base + "/" + id + "/Deliveries", client.admin).array()).isEmpty();

        assertThat(api().send("DELETE", base + "/" + id, client.admin, null, null).status()).isEqualTo(204);
        assertProblem(api().get(base + "/" + id, client.admin), 404);
        assertProblem(api().send("DELETE", base + "/" + id, client.admin, null, null), 404);
    }

    @Test
    void onlyTheClientsAdminMayAndRefusalsComeInTheOrder403Then404Then400() {
        ClientFixture client = sharedClient("HOOKS");
        String base = client.clientId + "/Subscriptions";
        String good = "{\"Url\":\"https://hooks.example.com/a\"}";
        assertThat(api().post(base, null, good).status()).isEqualTo(401);
        assertProblem(api().post(base, client.editor, good), 403);
        assertProblem(api().get(base, client.reader), 403);
        assertProblem(api().post(base, Tokens.of("cadmin", "ClientAdmin", "SOMEONE-ELSE"), good), 403);
        assertProblem(api().post("NOPE-" + client.clientId + "/Subscriptions",
                Tokens.of("cadmin", "ClientAdmin", "NOPE-" + client.clientId), "{\"Url\":\"http://x\"}"), 404);
        assertProblem(api().get(base + "/999999999", client.admin), 404);
        assertProblem(api().get(base + "/not-a-number", client.admin), 404);
        assertProblem(api().patch(base + "/999999999", client.admin, "{\"State\":\"Nope\"}", MERGE_PATCH, null), 404);
        assertProblem(api().get(base + "/999999999/Deliveries", client.admin), 404);

        assertProblem(api().post(base, client.admin, "{}"), 400);
        assertProblem(api().post(base, client.admin, "{\"Url\":\"https://hooks.example.com/a\",\"Types\":[\"Profile.Deleted\"]}"), 400);
        assertProblem(api().post(base, client.admin, "{\"Url\":\"https://hooks.example.com/a\",\"Types\":\"Profile.Created\"}"), 400);
        assertProblem(api().post(base, client.admin, "{\"Url\":\"https://hooks.example.com/a\",\"Secret\":\"mine\"}"), 400);
        assertProblem(api().post(base, client.admin, "{\"Url\":42}"), 400);
        assertProblem(api().post(base, client.admin, "[{\"Url\":\"https://hooks.example.com/a\"}]"), 400);
        assertProblem(api().post(base, client.admin, "{\"Url\":\"https://hooks.example.com/a\",\"Types\":[1]}"), 400);
        assertProblem(api().post(base, client.admin, "{\"Url\":\"https://hooks.example.com/a\",\"Types\":["
                + "\"Profile.Changed\",".repeat(16) + "\"Profile.Created\"]}"), 400);
        assertProblem(api().send("POST", base, client.admin, "text/plain",
                "{\"Url\":\"https://hooks.example.com/a\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 415);
        JsonObject made = api().post(base, client.admin, "{\"Url\":\"https://hooks.example.com/a\",\"Types\":[]}").json();
        String one = base + "/" + made.getJsonNumber("Id").longValue();
        assertProblem(api().patch(one, client.admin, "{\"State\":\"Nope\"}", MERGE_PATCH, null), 400);
        assertProblem(api().patch(one, client.admin, "{\"Url\":null}", MERGE_PATCH, null), 400);
        assertProblem(api().patch(one, client.admin, "[]", MERGE_PATCH, null), 400);
        assertProblem(api().patch(one, client.admin, "{\"Id\":5}", MERGE_PATCH, null), 400);
        assertProblem(api().patch(one, client.admin, "{\"Secret\":\"mine\"}", MERGE_PATCH, null), 400);
        assertProblem(api().patch(one, client.editor, "{\"State\":\"Paused\"}", MERGE_PATCH, null), 403);
        assertThat(api().get(one, client.admin).json().getString("State")).isEqualTo("Active");
    }

    @Test
    void aClientHasAtMostTenSubscriptions() {
        ClientFixture client = ClientFixture.create(api(), "HOOKSCAP");
        String base = client.clientId + "/Subscriptions";
        for (int i = 0; i < 10; i++) {
            assertThat(api().post(base, client.admin, "{\"Url\":\"https://hooks.example.com/" + i + "\"}").status())
                    .isEqualTo(201);
        }
        assertProblem(api().post(base, client.admin, "{\"Url\":\"https://hooks.example.com/10\"}"), 409);
        long first = api().get(base, client.admin).array().getJsonObject(0).getJsonNumber("Id").longValue();
        assertThat(api().send("DELETE", base + "/" + first, client.admin, null, null).status()).isEqualTo(204);
        assertThat(api().post(base, client.admin, "{\"Url\":\"https://hooks.example.com/10\"}").status()).isEqualTo(201);
        assertThat(api().get(base, client.admin).array()).hasSize(10);
    }

    @Test
    void urlsThatCouldReachInsideTheNetworkAreRefusedWhenGiven() {
        ClientFixture client = sharedClient("HOOKS");
        String base = client.clientId + "/Subscriptions";
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("https://127.0.0.2/", "loopback");
        refused.put("https://10.0.0.1/", "private");
        refused.put("https://172.16.5.4/", "private");
        refused.put("https://192.168.1.1/", "private");
        refused.put("https://169.254.169.254/latest/meta-data/", "link-local");
        refused.put("https://100.64.0.1/", "CGNAT");
        refused.put("https://0.0.0.0/", "unspecified");
        refused.put("https://224.0.0.1/", "multicast");
        refused.put("https://[::1]/", "loopback");
        refused.put("https://[fe80::1]/", "link-local");
        refused.put("https://[fd00::1]/", "private");
        refused.put("https://[::]/", "unspecified");
        refused.put("https://[::ffff:10.0.0.1]/", "private");
        refused.put("http://example.com/", "https");
        refused.put("ftp://example.com/", "https");
        refused.put("https://user:pw@localhost/hook", "user information");
        refused.put("https://user@example.com/hook", "user information");
        refused.put("https://example.com/hook#part", "fragment");
        refused.put("https://example.com/" + "a".repeat(2000), "2000");
        refused.put("/relative", "https");
        refused.put("https:///nohost", "host");
        for (Map.Entry<String, String> url : refused.entrySet()) {
            Api.Reply reply = api().post(base, client.admin, "{\"Url\":\"" + url.getKey() + "\"}");
            assertProblem(reply, 400);
            assertThat(reply.json().getString("detail")).as(url.getKey()).contains(url.getValue());
        }
        JsonObject made = api().post(base, client.admin, "{\"Url\":\"https://hooks.example.com/b\"}").json();
        Api.Reply patched = api().patch(base + "/" + made.getJsonNumber("Id").longValue(), client.admin,
                "{\"Url\":\"https://169.254.169.254/\"}", MERGE_PATCH, null);
        assertProblem(patched, 400);
        assertThat(patched.json().getString("detail")).contains("link-local");
        // the test server allows localhost and 127.0.0.1 (server-config/payara-micro/test.properties)
        assertThat(api().post(base, client.admin, "{\"Url\":\"http://localhost:9/x\"}").status()).isEqualTo(201);
    }

    /**
     * The receiver fails the first three requests: each event still arrives, each profile's in the
     * order of its versions, acknowledged exactly once (an event acknowledged beside one that failed
     * is not sent again), each signed with the secret, its body the event as the feed shows it. A
     * subscription for Profile.Changed alone gets only those.
     */
    @Test
    void eventsArriveSignedInOrderAfterFailuresAndOnlyOfTheTypesSubscribed() throws Exception {
        ClientFixture client = ClientFixture.create(api(), "HOOKS1");
        try (Receiver all = Receiver.on("127.0.0.1"); Receiver changes = Receiver.on("127.0.0.1")) {
            JsonObject subscription = subscribe(api(), client, all, null);
            subscribe(api(), client, changes, "[\"Profile.Changed\"]");
            all.failNext(3);
            long first = client.profile(api(), "H-1");
            long second = client.profile(api(), "H-2");
            for (int i = 1; i <= 3; i++) {
                rename(api(), client, first, "First" + i);
                rename(api(), client, second, "Second" + i);
            }
            List<JsonObject> feed = Feed.all(api(), client.clientId, client.reader);
            assertThat(feed).hasSize(8);
            Map<String, JsonObject> byId = new HashMap<>();
            feed.forEach(event -> byId.put(event.getString("EventId"), event));

            List<Receiver.Delivery> acknowledged = all.awaitAcknowledged(8, Duration.ofSeconds(30));
            assertThat(Receiver.eventIds(acknowledged)).containsExactlyInAnyOrderElementsOf(byId.keySet());
            assertInOrderPerProfile(acknowledged, feed);
            for (Receiver.Delivery delivery : acknowledged) {
                assertThat(delivery.json()).isEqualTo(byId.get(delivery.eventId()));
            }
            assertThat(all.requests()).hasSize(11).allSatisfy(delivery -> {
                assertThat(delivery.signatureValid()).as(delivery.signature()).isTrue();
                assertThat(delivery.eventId()).isEqualTo(delivery.json().getString("EventId"));
            });

            List<Receiver.Delivery> changed = changes.awaitAcknowledged(6, Duration.ofSeconds(30));
            assertThat(changed).extracting(delivery -> delivery.json().getString("Type")).containsOnly("Profile.Changed");
            assertThat(Receiver.eventIds(changed)).containsExactlyInAnyOrderElementsOf(feed.stream()
                    .filter(event -> event.getString("Type").equals("Profile.Changed"))
                    .map(event -> event.getString("EventId")).toList());
            assertInOrderPerProfile(changed, feed);

            // recorded once the batch is done, which may be a moment after the receiver got its last event
            List<JsonObject> attempts = deliveries(api(), client, subscription, 11);
            assertThat(attempts).hasSize(11);
            assertThat(attempts).filteredOn(attempt -> attempt.getInt("StatusCode") == 200)
                    .extracting(attempt -> attempt.getString("EventId"))
                    .containsExactlyInAnyOrderElementsOf(byId.keySet());
            assertThat(attempts).filteredOn(attempt -> attempt.getInt("StatusCode") == 500).hasSize(3)
                    .allSatisfy(attempt -> assertThat(attempt.getString("Error")).contains("500"));
            assertThat(api().get(path(client, subscription), client.admin).json().getString("State")).isEqualTo("Active");
        }
    }

    /** Each profile's deliveries come in the order of that profile's events in the feed. */
    private static void assertInOrderPerProfile(List<Receiver.Delivery> deliveries, List<JsonObject> feed) {
        Map<Long, List<String>> expected = new HashMap<>();
        Map<Long, List<String>> received = new HashMap<>();
        for (JsonObject event : feed) {
            expected.computeIfAbsent(event.getJsonNumber("ProfileId").longValue(), p -> new ArrayList<>())
                    .add(event.getString("EventId"));
        }
        for (Receiver.Delivery delivery : deliveries) {
            List<String> ofProfile = expected.get(delivery.json().getJsonNumber("ProfileId").longValue());
            received.computeIfAbsent(delivery.json().getJsonNumber("ProfileId").longValue(), p -> new ArrayList<>())
                    .add(delivery.eventId());
            assertThat(ofProfile).contains(delivery.eventId());
        }
        received.forEach((profile, ids) -> assertThat(ids).as("profile " + profile)
                .isEqualTo(expected.get(profile).stream().filter(ids::contains).toList()));
    }

    /**
     * A receiver slow to answer one event does not hold up the other profiles' events: with seven
     * profiles' events waiting (the subscription paused meanwhile), the first request is answered
     * after 5 s, and the others' arrive while it waits (the test server's four lanes).
     */
    @Test
    void aSlowAnswerForOneProfileDoesNotHoldUpTheOthers() throws Exception {
        ClientFixture client = ClientFixture.create(api(), "HOOKS6");
        try (Receiver receiver = Receiver.on("127.0.0.1")) {
            JsonObject subscription = subscribe(api(), client, receiver, null);
            assertThat(api().patch(path(client, subscription), client.admin, "{\"State\":\"Paused\"}", MERGE_PATCH,
                    null).status()).isEqualTo(200);
            for (int p = 0; p < 7; p++) {
                client.profile(api(), "S-" + p);
            }
            receiver.slowNext(1, Duration.ofSeconds(5));
            assertThat(api().patch(path(client, subscription), client.admin, "{\"State\":\"Active\"}", MERGE_PATCH,
                    null).status()).isEqualTo(200);
            // the slow answer is recorded when it is given, at 5 s: by 4 s the others must be there
            List<Receiver.Delivery> whileWaiting = receiver.await(got -> got.size() >= 3, Duration.ofSeconds(4));
            assertThat(whileWaiting).as("acknowledged while the first request waited").hasSizeGreaterThanOrEqualTo(3);
            List<Receiver.Delivery> all = receiver.awaitAcknowledged(7, Duration.ofSeconds(20));
            assertThat(Receiver.eventIds(all)).hasSize(7).doesNotHaveDuplicates();
            assertThat(receiver.requests()).hasSize(7);
        }
    }

    /** An answer that takes longer than 10 s is a failure: the event comes again, and then arrives. */
    @Test
    void aReceiverThatAnswersAfterTheTimeoutGetsTheEventAgain() throws Exception {
        ClientFixture client = ClientFixture.create(api(), "HOOKS2");
        try (Receiver receiver = Receiver.on("127.0.0.1")) {
            JsonObject subscription = subscribe(api(), client, receiver, null);
            receiver.sleepNext(1, Duration.ofSeconds(12));
            client.profile(api(), "T-1");
            List<Receiver.Delivery> acknowledged = receiver.awaitAcknowledged(1, Duration.ofSeconds(30));
            assertThat(acknowledged).hasSize(1);
            // the first request is recorded once its handler wakes up, at 12 s
            assertThat(receiver.await(all -> all.size() >= 2, Duration.ofSeconds(15))).hasSize(2);
            List<JsonObject> attempts = deliveries(api(), client, subscription, 2);
            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(1).isNull("StatusCode")).isTrue();
            assertThat(attempts.get(1).getString("Error")).contains("within 10 s");
            assertThat(attempts.get(1).getJsonNumber("DurationMillis").longValue()).isBetween(9_900L, 12_000L);
            assertThat(attempts.get(0).getInt("StatusCode")).isEqualTo(200);
        }
    }

    /**
     * Paused by its admin, a subscription gets nothing; Active again, it resumes from where it
     * stopped. One that keeps failing is paused by the server (after 3.6 s on the test server).
     */
    @Test
    void aPausedSubscriptionResumesWhereItStoppedAndOneThatKeepsFailingIsPaused() throws Exception {
        ClientFixture client = ClientFixture.create(api(), "HOOKS3");
        try (Receiver receiver = Receiver.on("127.0.0.1")) {
            JsonObject subscription = subscribe(api(), client, receiver, null);
            long profile = client.profile(api(), "P-1");
            assertThat(receiver.awaitAcknowledged(1, Duration.ofSeconds(20))).hasSize(1);

            assertThat(api().patch(path(client, subscription), client.admin, "{\"State\":\"Paused\"}", MERGE_PATCH,
                    null).status()).isEqualTo(200);
            rename(api(), client, profile, "Paused1");
            rename(api(), client, profile, "Paused2");
            Thread.sleep(1000);
            assertThat(receiver.requests()).hasSize(1);
            assertThat(api().patch(path(client, subscription), client.admin, "{\"State\":\"Active\"}", MERGE_PATCH,
                    null).status()).isEqualTo(200);
            List<Receiver.Delivery> resumed = receiver.awaitAcknowledged(3, Duration.ofSeconds(20));
            assertThat(resumed).extracting(delivery -> delivery.json().getJsonObject("Data")
                    .getJsonObject("CustomerName").getString("FirstName")).containsExactly("Ada", "Paused1", "Paused2");

            receiver.failAll(true);
            rename(api(), client, profile, "Failing");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String state = "Active";
            while (!state.equals("Paused") && System.nanoTime() < deadline) {
                Thread.sleep(250);
                state = api().get(path(client, subscription), client.admin).json().getString("State");
            }
            assertThat(state).isEqualTo("Paused");
            JsonObject paused = api().get(path(client, subscription), client.admin).json();
            assertThat(paused.isNull("FailingSince")).isFalse();
            int attemptsWhenPaused = receiver.requests().size();
            assertThat(attemptsWhenPaused).isGreaterThan(4);
            Thread.sleep(1500);
            assertThat(receiver.requests()).hasSize(attemptsWhenPaused);

            receiver.failAll(false);
            assertThat(api().patch(path(client, subscription), client.admin, "{\"State\":\"Active\"}", MERGE_PATCH,
                    null).status()).isEqualTo(200);
            assertThat(receiver.awaitAcknowledged(4, Duration.ofSeconds(20))).extracting(delivery -> delivery.json()
                    .getJsonObject("Data").getJsonObject("CustomerName").getString("FirstName"))
                    .containsExactly("Ada", "Paused1", "Paused2", "Failing");
            long recorded = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!api().get(path(client, subscription), client.admin).json().isNull("FailingSince")
                    && System.nanoTime() < recorded) {
                Thread.sleep(100);
            }
            assertThat(api().get(path(client, subscription), client.admin).json().isNull("FailingSince")).isTrue();
        }
    }

    /**
     * Deliveries shows the last attempts, 20 on the test server (prefcenter.webhooks.attempts-kept),
     * newest first (that older ones are deleted, WebhooksOnPostgresIT counts in the database).
     */
    @Test
    void onlyTheLastAttemptsAreKept() throws Exception {
        ClientFixture client = ClientFixture.create(api(), "HOOKS5");
        try (Receiver receiver = Receiver.on("127.0.0.1")) {
            JsonObject subscription = subscribe(api(), client, receiver, null);
            long profile = client.profile(api(), "K-1");
            for (int i = 1; i <= 24; i++) {
                rename(api(), client, profile, "K" + i);
            }
            List<Receiver.Delivery> received = receiver.awaitAcknowledged(25, Duration.ofSeconds(30));
            assertThat(received).hasSize(25);
            List<JsonObject> attempts = List.of();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            String newest = received.get(24).eventId();
            while (System.nanoTime() < deadline && (attempts.isEmpty()
                    || !attempts.get(0).getString("EventId").equals(newest))) {
                Thread.sleep(100);
                attempts = api().get(path(client, subscription) + "/Deliveries", client.admin).array()
                        .getValuesAs(JsonObject.class);
            }
            List<String> lastTwenty = new java.util.ArrayList<>(Receiver.eventIds(received.subList(5, 25)));
            java.util.Collections.reverse(lastTwenty);
            assertThat(attempts).extracting(attempt -> attempt.getString("EventId")).containsExactlyElementsOf(lastTwenty);
        }
    }

    /** From the PATCH's 200 to the receiver: median and p99 at about 10 changes a second. */
    @Test
    void deliveryLatencyFromCommitToReceipt() throws Exception {
        ClientFixture client = ClientFixture.create(api(), "HOOKS4");
        try (Receiver receiver = Receiver.on("127.0.0.1")) {
            subscribe(api(), client, receiver, "[\"Profile.Changed\"]");
            long profile = client.profile(api(), "L-1");
            List<Long> latencies = Latency.measure(receiver, 40, version -> rename(api(), client, profile, "L" + version));
            System.out.println("webhook delivery latency (suite server): " + Latency.summary(latencies));
        }
    }
}
