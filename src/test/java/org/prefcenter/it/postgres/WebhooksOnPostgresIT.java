package org.prefcenter.it.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.prefcenter.it.Api;
import org.prefcenter.it.ClientFixture;
import org.prefcenter.it.Latency;
import org.prefcenter.it.PayaraMicroCommand;
import org.prefcenter.it.Receiver;

/**
 * Webhooks as production runs them: two instances on one PostgreSQL share the deliveries (each
 * claimed with SELECT ... FOR UPDATE SKIP LOCKED), a subscription another transaction holds is
 * skipped rather than waited for, the guard is applied again at delivery, and pending deliveries
 * survive a restart. The last test stops both instances and starts one again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhooksOnPostgresIT {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static PayaraInstance a;
    private static PayaraInstance b;
    private static String database;
    private static ClientFixture client;

    @BeforeAll
    static void startTwo() throws Exception {
        database = PostgresDatabase.createEmpty("hooks");
        a = start("hooks-a");
        b = start("hooks-b");
        a.awaitReady(Duration.ofMinutes(3));
        b.awaitReady(Duration.ofMinutes(3));
        client = ClientFixture.create(a.api(), "PGHOOKS");
    }

    private static PayaraInstance start(String name) throws Exception {
        return start(name, Map.of());
    }

    private static PayaraInstance start(String name, Map<String, String> settings) throws Exception {
        Map<String, String> environment = new HashMap<>(PayaraMicroCommand.developmentTrust());
        environment.put("PREFCENTER_DB_URL", database);
        environment.put("PREFCENTER_DB_USER", PostgresDatabase.USER);
        environment.put("PREFCENTER_DB_PASSWORD", PostgresDatabase.PASSWORD);
        environment.put("PREFCENTER_WEBHOOKS_ALLOWED_HOSTS", "localhost,127.0.0.1");
        environment.put("PREFCENTER_WEBHOOKS_BACKOFF_BASE_MILLIS", "200");
        environment.put("PREFCENTER_WEBHOOKS_BACKOFF_MAX_SECONDS", "1");
        // the shortest lease there is (batch-seconds + 16 = 21 s): a dead instance's claim runs out sooner
        environment.put("PREFCENTER_WEBHOOKS_LEASE_SECONDS", "1");
        environment.put("PREFCENTER_WEBHOOKS_ATTEMPTS_KEPT", "20");
        environment.putAll(settings);
        return PayaraInstance.start(name, "postboot-postgres.asadmin", environment);
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        PostgresDatabase.drop(database);
    }

    private static JsonObject subscribe(Receiver receiver) {
        Api.Reply created = a.api().post(client.clientId + "/Subscriptions", client.admin,
                "{\"Url\":\"" + receiver.url() + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        receiver.secret(created.json().getString("Secret"));
        return created.json();
    }

    private static String path(JsonObject subscription) {
        return client.clientId + "/Subscriptions/" + subscription.getJsonNumber("Id").longValue();
    }

    private static Api.Reply rename(PayaraInstance instance, long profile, String name) {
        Api.Reply patched = instance.api().patch(client.clientId + "/Profile/" + profile, client.editor,
                "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"" + name + "\"}]");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        return patched;
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    private static void end(JsonObject subscription) {
        assertThat(a.api().send("DELETE", path(subscription), client.admin, null, null).status()).isEqualTo(204);
    }

    /** Both instances poll every 200 ms: every event arrives, none twice (no receiver failed), in order per profile. */
    @Test
    @Order(1)
    void twoInstancesDeliverEveryEventOnceAndEachProfilesInOrder() throws Exception {
        try (Receiver receiver = Receiver.on("127.0.0.1")) {
            JsonObject subscription = subscribe(receiver);
            long[] profiles = new long[4];
            for (int p = 0; p < profiles.length; p++) {
                profiles[p] = client.profile(p % 2 == 0 ? a.api() : b.api(), "PG-" + p);
            }
            for (int i = 1; i <= 40; i++) {
                rename(i % 2 == 0 ? a : b, profiles[i % profiles.length], "N" + i);
                if (i % 8 == 0) {
                    Thread.sleep(150); // deliveries and writes interleave, so that both instances claim
                }
            }
            List<Receiver.Delivery> received = receiver.awaitAcknowledged(44, Duration.ofSeconds(30));
            assertThat(receiver.requests()).hasSize(44).allSatisfy(delivery ->
                    assertThat(delivery.signatureValid()).isTrue());
            assertThat(Receiver.eventIds(received)).doesNotHaveDuplicates();
            Map<Long, Long> lastVersion = new HashMap<>();
            for (Receiver.Delivery delivery : received) {
                long profile = delivery.json().getJsonNumber("ProfileId").longValue();
                long version = delivery.json().getJsonNumber("Version").longValue();
                assertThat(version).as("profile " + profile).isGreaterThan(lastVersion.getOrDefault(profile, 0L));
                lastVersion.put(profile, version);
            }
            List<Long> latencies = Latency.measure(receiver, 30,
                    i -> rename(i % 2 == 0 ? a : b, profiles[0], "L" + i));
            System.out.println("webhook delivery latency (PostgreSQL, two instances): "
                    + Latency.summary(latencies));
            // 74 attempts made, the last 20 kept (PREFCENTER_WEBHOOKS_ATTEMPTS_KEPT), older ones deleted
            try (Connection db = java.sql.DriverManager.getConnection(database, PostgresDatabase.USER,
                    PostgresDatabase.PASSWORD); PreparedStatement count = db.prepareStatement(
                            "SELECT count(*) FROM pc_delivery_attempt WHERE subscription_ref = ?")) {
                count.setLong(1, subscription.getJsonNumber("Id").longValue());
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                long kept;
                do {
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        kept = rows.getLong(1);
                    }
                } while (kept != 20 && System.nanoTime() < deadline && sleep(100));
                assertThat(kept).isEqualTo(20);
            }
            end(subscription);
        }
    }

    /**
     * While another transaction holds one subscription's row, the instances skip it (SKIP LOCKED) and
     * go on delivering to the others; once it is let go, it gets its event too. Both receivers fail
     * first, so that the event is older than the lock (PostgreSQL's feed reads only below the oldest
     * open transaction, which the lock's is) and both subscriptions are due again and again while the
     * row is held.
     */
    @Test
    @Order(2)
    void aSubscriptionLockedElsewhereIsSkippedAndTheOthersAreNotHeldUp() throws Exception {
        try (Receiver held = Receiver.on("127.0.0.1"); Receiver free = Receiver.on("127.0.0.1");
                Connection db = java.sql.DriverManager.getConnection(database, PostgresDatabase.USER,
                        PostgresDatabase.PASSWORD)) {
            JsonObject heldSubscription = subscribe(held);
            JsonObject freeSubscription = subscribe(free);
            held.failAll(true);
            free.failAll(true);
            client.profile(a.api(), "PG-LOCK");
            held.await(all -> all.size() >= 2, Duration.ofSeconds(20));
            free.await(all -> all.size() >= 2, Duration.ofSeconds(20));

            db.setAutoCommit(false);
            // taken between two attempts (no claim under way, which would keep its lease), and held
            // past the subscription's next retry: from then on it is due, and every poll meets it
            boolean locked = false;
            try (PreparedStatement lock = db.prepareStatement(
                    "SELECT id FROM pc_subscription WHERE id = ? AND claim_token IS NULL FOR UPDATE")) {
                lock.setLong(1, heldSubscription.getJsonNumber("Id").longValue());
                for (int tries = 0; tries < 100 && !locked; tries++) {
                    try (ResultSet row = lock.executeQuery()) {
                        locked = row.next();
                    }
                    if (!locked) {
                        db.rollback();
                        Thread.sleep(20);
                    }
                }
            }
            assertThat(locked).isTrue();
            Thread.sleep(1500); // its backoff is at most 1 s (+20 %): it is due now, and skipped
            int heldAttempts = held.requests().size();
            free.failAll(false);
            assertThat(free.awaitAcknowledged(1, Duration.ofSeconds(10))).hasSize(1);
            assertThat(held.requests()).hasSize(heldAttempts);
            held.failAll(false);
            db.rollback();
            assertThat(held.awaitAcknowledged(1, Duration.ofSeconds(10))).hasSize(1);
            end(heldSubscription);
            end(freeSubscription);
        }
    }

    /**
     * The guard is applied at each delivery, not only when the Url is given: a Url that now points at
     * 127.0.0.2 (as a changed DNS answer would; written here straight into the database) gets nothing,
     * and the attempt is logged as failed with the reason.
     */
    @Test
    @Order(3)
    void aDeliveryTheGuardRefusesSendsNothingAndIsAFailedAttempt() throws Exception {
        try (Receiver allowed = Receiver.on("127.0.0.1"); Receiver inside = Receiver.on("127.0.0.2");
                Connection db = java.sql.DriverManager.getConnection(database, PostgresDatabase.USER,
                        PostgresDatabase.PASSWORD)) {
            assertThat(a.api().post(client.clientId + "/Subscriptions", client.admin,
                    "{\"Url\":\"" + inside.url() + "\"}").status()).isEqualTo(400);
            JsonObject subscription = subscribe(allowed);
            inside.secret(subscription.getString("Secret"));
            try (PreparedStatement moved = db.prepareStatement("UPDATE pc_subscription SET url = ? WHERE id = ?")) {
                moved.setString(1, inside.url());
                moved.setLong(2, subscription.getJsonNumber("Id").longValue());
                assertThat(moved.executeUpdate()).isEqualTo(1);
            }
            client.profile(a.api(), "PG-SSRF");
            List<JsonObject> attempts = List.of();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (attempts.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                attempts = a.api().get(path(subscription) + "/Deliveries", client.admin).array()
                        .getValuesAs(JsonObject.class);
            }
            assertThat(attempts).hasSizeGreaterThanOrEqualTo(2).allSatisfy(attempt -> {
                assertThat(attempt.isNull("StatusCode")).isTrue();
                assertThat(attempt.getString("Error")).startsWith("not sent").contains("https");
            });
            assertThat(inside.requests()).isEmpty();
            assertThat(allowed.requests()).isEmpty();
            end(subscription);
        }
    }

    /**
     * Deliveries pending when the instances go (one stopped, one killed with SIGKILL while it waits
     * for the receiver's answer, its claim still held) are made once one starts again: after the
     * dead instance's lease ran out, from the last acknowledgement, in order. The instance started
     * again reads one event a batch and polls every 4 s: the three pending events come in one
     * claim, batch after batch, not one per poll (a subscription with a backlog keeps its sender).
     */
    @Test
    @Order(4)
    void pendingDeliveriesSurviveAStopAndACrash() throws Exception {
        try (Receiver receiver = Receiver.on("127.0.0.1")) {
            subscribe(receiver);
            receiver.failAll(true);
            long profile = client.profile(a.api(), "PG-RESTART");
            rename(b, profile, "Before1");
            rename(a, profile, "Before2");
            receiver.await(all -> all.size() >= 2, Duration.ofSeconds(20));
            receiver.failAll(false);
            receiver.sleepNext(1, Duration.ofSeconds(8)); // the next attempt is under way when they go
            receiver.await(all -> false, Duration.ofMillis(1500));
            a.kill();
            b.close();
            int triedBeforeTheStop = receiver.requests().size();
            assertThat(receiver.acknowledged()).isEmpty();
            b = null;
            a = start("hooks-a-again", Map.of("PREFCENTER_WEBHOOKS_BATCH_SIZE", "1",
                    "PREFCENTER_WEBHOOKS_POLL_MILLIS", "4000"));
            a.awaitReady(Duration.ofMinutes(3));
            List<Receiver.Delivery> received = receiver.awaitAcknowledged(3, Duration.ofSeconds(60));
            assertThat(received).extracting(delivery -> delivery.json().getJsonObject("Data")
                    .getJsonObject("CustomerName").getString("FirstName")).containsExactly("Ada", "Before1", "Before2");
            assertThat(Duration.ofNanos(received.get(2).receivedNanos() - received.get(0).receivedNanos()))
                    .as("the three pending events, one a batch, in one claim").isLessThan(Duration.ofSeconds(2));
            assertThat(triedBeforeTheStop).isGreaterThanOrEqualTo(2);
            assertThat(receiver.requests()).extracting(Receiver.Delivery::signatureValid).containsOnly(true);
        }
    }
}
