package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A transaction that fails after its first write leaves nothing behind. Two requests race for the
 * same alternate id; whichever loses (to the service's own check, or to the database's unique
 * constraint after it has already written its other changes) answers 409 and changes nothing, its
 * history included. On PostgreSQL the second case must happen in every run (it does in most rounds:
 * both start together, and both pass the service's check before either commits), or the test fails.
 * On H2 it cannot: write transactions run one at a time there (the change feed's clock,
 * {@code FeedPositions}), so every loser is refused by the service's check; the rounds still run and
 * are checked, and the test is then reported skipped with that reason.
 */
class FailedTransactionIT extends ApiTest {

    private static final int ROUNDS = 20;

    @Test
    void theLoserOfARaceForAnAlternateIdKeepsNoneOfItsOtherChanges() throws Exception {
        ClientFixture c = ClientFixture.create(api(), "TX");
        String[] crm = {"TX-A", "TX-B"};
        long[] versions = new long[2];
        for (int p = 0; p < 2; p++) {
            c.profile(api(), crm[p]);
            versions[p] = version(api().get(path(c, crm[p]), c.reader));
        }
        int[] wins = new int[2];
        int[] lastWon = new int[2];
        int constraintConflicts = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                String body = "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"r" + round + "\"},"
                        + "{\"op\":\"add\",\"path\":\"/AlternateIds/-\",\"value\":{\"AlternateIdType\":\"Loyalty\","
                        + "\"AlternateId\":\"SHARED-" + round + "\"}}]";
                List<Future<Api.Reply>> replies = List.of(
                        pool.submit(() -> { start.await(); return api().patch(path(c, crm[0]), c.editor, body); }),
                        pool.submit(() -> { start.await(); return api().patch(path(c, crm[1]), c.editor, body); }));
                int winners = 0;
                for (int p = 0; p < 2; p++) {
                    Api.Reply reply = replies.get(p).get();
                    assertThat(reply.status()).as(reply.toString()).isIn(200, 409);
                    if (reply.status() == 200) {
                        winners++;
                        wins[p]++;
                        lastWon[p] = round;
                    } else if (reply.json().getString("detail").contains("concurrent request")) {
                        constraintConflicts++;
                    }
                }
                assertThat(winners).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }

        for (int p = 0; p < 2; p++) {
            Api.Reply read = api().get(path(c, crm[p]), c.reader);
            JsonObject profile = read.json();
            // only the rounds it won: their names, their ids, one version each
            assertThat(profile.getJsonObject("CustomerName").getString("FirstName"))
                    .isEqualTo(lastWon[p] == 0 ? "Ada" : "r" + lastWon[p]);
            List<String> shared = profile.getJsonArray("AlternateIds").getValuesAs(JsonObject.class).stream()
                    .map(id -> id.getString("AlternateId")).filter(id -> id.startsWith("SHARED-"))
                    .collect(Collectors.toList());
            assertThat(shared).hasSize(wins[p]);
            assertThat(version(read)).isEqualTo(versions[p] + wins[p]);
            // and the history holds its creation and the rounds it won, nothing of those it lost
            List<JsonObject> changes = History.changes(api(), path(c, crm[p]), c.reader);
            assertThat(changes).hasSize(1 + wins[p]);
            assertThat(History.replay(changes)).isEqualTo(profile);
        }
        System.out.printf("failed transactions: %d races, %d lost to the unique constraint after writing%n",
                ROUNDS, constraintConflicts);
        // the case this test is named for: a loser that had passed the service's own check and written
        // before the database refused it; without one, the checks above proved nothing about it
        assumeTrue(System.getenv("PREFCENTER_DB_URL") != null, "on H2 writes run one at a time: no loser passes"
                + " the service's check, so none reaches the unique constraint (" + constraintConflicts + " did)");
        assertThat(constraintConflicts).as("rounds lost to the unique constraint after writing, of %d", ROUNDS)
                .isPositive();
    }

    private static String path(ClientFixture c, String crm) {
        return c.clientId + "/Profile?alternateIdType=CRM&alternateId=" + crm;
    }

    private static long version(Api.Reply reply) {
        return Long.parseLong(reply.header("ETag").orElseThrow().replace("\"", ""));
    }
}
