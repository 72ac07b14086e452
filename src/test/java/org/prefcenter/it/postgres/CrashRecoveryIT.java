package org.prefcenter.it.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.prefcenter.it.Api;
import org.prefcenter.it.ClientFixture;

/**
 * The server is killed with SIGKILL in the middle of a PATCH load. After a restart, every PATCH that
 * was answered 200 is in the database, and no profile is half-updated: each PATCH renames the profile
 * and adds an alternate id (two tables), and the database holds either both or neither.
 */
class CrashRecoveryIT {

    private static final int PROFILES = 16;
    private static final int WRITERS = 8;

    @Test
    void everyAcknowledgedPatchSurvivesAKillAndNoneIsHalfApplied() throws Exception {
        PayaraInstance first = PayaraInstance.start("crash-before").awaitReady(Duration.ofMinutes(3));
        ClientFixture client = ClientFixture.create(first.api(), "CRASH");
        List<Tracked> profiles = new ArrayList<>();
        for (int i = 0; i < PROFILES; i++) {
            client.profile(first.api(), "K-" + i);
            profiles.add(new Tracked("K-" + i));
        }

        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                List<Tracked> mine = IntStream.range(0, PROFILES).filter(i -> i % WRITERS == writer)
                        .mapToObj(profiles::get).collect(Collectors.toList());
                for (int round = 1; !killed.get(); round++) {
                    for (Tracked profile : mine) {
                        profile.inFlight = round;
                        sent.incrementAndGet();
                        try {
                            Api.Reply reply = first.api().patch(profile.path(client), client.editor,
                                    patch(round, profile.crm));
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                            profile.acknowledged = round;
                        } catch (RuntimeException connectionLost) {
                            if (!killed.get()) {
                                throw connectionLost;
                            }
                            return null; // the server died under this request: its outcome is unknown
                        }
                    }
                }
                return null;
            }));
        }
        Thread.sleep(5_000);
        killed.set(true);
        first.kill();
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        int acknowledged = profiles.stream().mapToInt(p -> p.acknowledged).sum();
        int rowsChecked = 0;
        int lost = 0;
        try (PayaraInstance second = PayaraInstance.start("crash-after").awaitReady(Duration.ofMinutes(3));
             Connection database = PostgresDatabase.connect()) {
            for (Tracked profile : profiles) {
                JsonObject stored = second.api().get(profile.path(client), client.reader).json();
                String firstName = stored.getJsonObject("CustomerName").getString("FirstName");
                int applied = firstName.equals("Ada") ? 0 : Integer.parseInt(firstName.substring(1));
                // at least every acknowledged PATCH; at most the one in flight when the server died
                if (applied < profile.acknowledged) {
                    lost += profile.acknowledged - applied;
                }
                assertThat(applied).as(profile.crm).isBetween(profile.acknowledged, profile.inFlight);
                // both tables moved together, through the API and in the rows themselves
                assertThat(stored.getJsonObject("CustomerName").getString("LastName"))
                        .isEqualTo(applied == 0 ? "Lovelace" : "v" + applied);
                Set<String> loyalty = loyaltyIds(database, client.clientId, profile.crm);
                rowsChecked += loyalty.size() + 1;
                assertThat(loyalty).as(profile.crm).isEqualTo(IntStream.rangeClosed(1, applied)
                        .mapToObj(n -> "L" + n + "-" + profile.crm).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        System.out.printf("kill -9 under load: %d PATCHes sent, %d answered 200, %d profiles and %d rows checked,"
                + " lost: %d%n", sent.get(), acknowledged, PROFILES, rowsChecked, lost);
        assertThat(lost).isZero();
        assertThat(acknowledged).isPositive();
    }

    private static String patch(int round, String crm) {
        return "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"v" + round + "\"},"
                + "{\"op\":\"replace\",\"path\":\"/CustomerName/LastName\",\"value\":\"v" + round + "\"},"
                + "{\"op\":\"add\",\"path\":\"/AlternateIds/-\",\"value\":{\"AlternateIdType\":\"Loyalty\","
                + "\"AlternateId\":\"L" + round + "-" + crm + "\"}}]";
    }

    /** The profile's Loyalty ids as the database holds them, read without the server. */
    private static Set<String> loyaltyIds(Connection database, String clientId, String crm) throws Exception {
        String sql = "SELECT l.id_value FROM pc_profile_alternate_id l"
                + " JOIN pc_profile_alternate_id k ON k.profile_ref = l.profile_ref"
                + " JOIN pc_client c ON c.id = k.client_ref"
                + " WHERE c.client_id = ? AND k.type_key = 'crm' AND k.id_value = ? AND l.id_type = 'Loyalty'";
        try (PreparedStatement query = database.prepareStatement(sql)) {
            query.setString(1, clientId);
            query.setString(2, crm);
            Set<String> ids = new TreeSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    /** One profile's PATCH rounds: the last one answered 200, and the one sent last. */
    private static final class Tracked {
        final String crm;
        volatile int acknowledged;
        volatile int inFlight;

        Tracked(String crm) {
            this.crm = crm;
        }

        String path(ClientFixture client) {
            return client.clientId + "/Profile?alternateIdType=CRM&alternateId=" + crm;
        }
    }
}
