package org.prefcenter.it.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prefcenter.it.Api;
import org.prefcenter.it.ClientFixture;

/**
 * PostgreSQL goes away under a running instance and comes back: requests are answered 503 with
 * Retry-After within a bounded time, readiness says DOWN, and the instance serves again by itself.
 */
class DatabaseOutageIT {

    /** Connect and login timeouts are 5 s, a request waits at most 5 s for a connection. */
    private static final Duration BOUND = Duration.ofSeconds(12);

    private static TcpProxy database;
    private static PayaraInstance instance;
    private static ClientFixture client;

    @BeforeAll
    static void start() throws Exception {
        URI address = PostgresDatabase.address();
        database = new TcpProxy(address.getHost(), address.getPort() < 0 ? 5432 : address.getPort());
        instance = PayaraInstance.start("outage", PostgresDatabase.urlThrough(database.port()))
                .awaitReady(Duration.ofMinutes(3));
        client = ClientFixture.create(instance.api(), "OUT");
        client.profile(instance.api(), "O-1");
    }

    @AfterAll
    static void stop() throws Exception {
        if (instance != null) {
            instance.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndResumesByItself() throws Exception {
        String path = client.clientId + "/Profile?alternateIdType=CRM&alternateId=O-1";
        String patch = "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"During\"}]";
        assertThat(instance.api().get(path, client.reader).status()).isEqualTo(200);

        database.cut();

        for (int i = 0; i < 3; i++) {
            assertUnavailable(() -> instance.api().get(path, client.reader));
            assertUnavailable(() -> instance.api().patch(path, client.editor, patch));
        }
        long started = System.nanoTime();
        assertThat(instance.readiness()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);

        database.restore();

        long restored = System.nanoTime();
        Api.Reply reply;
        do {
            Thread.sleep(200);
            reply = instance.api().get(path, client.reader);
        } while (reply.status() != 200 && System.nanoTime() - restored < Duration.ofSeconds(30).toNanos());
        System.out.printf("database outage: service back %d ms after the database%n",
                Duration.ofNanos(System.nanoTime() - restored).toMillis());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        // nothing of the PATCHes refused during the outage was applied
        assertThat(reply.json().getJsonObject("CustomerName").getString("FirstName")).isEqualTo("Ada");
        assertThat(instance.readiness()).isEqualTo(200);
        Api.Reply patched = instance.api().patch(path, client.editor, patch);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    }

    /**
     * PostgreSQL ends the instance's sessions (an administrator's pg_terminate_backend, as in a
     * failover or a restart): a request on such a pooled connection is answered 503 with Retry-After,
     * never 500, and the pool's next connections serve again.
     */
    @Test
    void sessionsThatPostgreSqlEndsAreAnswered503AndReplaced() throws Exception {
        String path = client.clientId + "/Profile?alternateIdType=CRM&alternateId=O-1";
        assertThat(instance.api().get(path, client.reader).status()).isEqualTo(200);
        assertThat(endSessions()).as("sessions of the instance ended").isPositive();

        Api.Reply last = null;
        for (int i = 0; i < 4; i++) {
            for (Api.Reply reply : List.of(
                    instance.api().patch(path, client.editor,
                            "[{\"op\":\"replace\",\"path\":\"/CustomerName/MiddleName\",\"value\":\"E" + i + "\"}]"),
                    instance.api().get(path, client.reader))) {
                System.out.printf("ended sessions: %d%n", reply.status());
                assertThat(reply.status()).as(reply.toString()).isIn(200, 503);
                if (reply.status() == 503) {
                    assertThat(reply.header("Retry-After")).isPresent();
                }
                last = reply;
            }
        }
        assertThat(last.status()).as("served again: " + last).isEqualTo(200);
    }

    /** Ends the instance's sessions in PostgreSQL (found by the proxy's ports), answers how many. */
    private static int endSessions() throws Exception {
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement end = db.prepareStatement(
                        "select count(pg_terminate_backend(pid)) from pg_stat_activity where client_port = any(?)")) {
            end.setArray(1, db.createArrayOf("integer", database.databaseSidePorts().toArray()));
            try (ResultSet ended = end.executeQuery()) {
                ended.next();
                return ended.getInt(1);
            }
        }
    }

    private static void assertUnavailable(Supplier<Api.Reply> request) {
        long started = System.nanoTime();
        Api.Reply reply = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("database outage: %d in %d ms%n", reply.status(), took.toMillis());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("Retry-After")).isPresent();
        assertThat(took).isLessThan(BOUND);
    }
}
