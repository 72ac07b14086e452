package org.prefcenter.it.production;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prefcenter.it.Api;
import org.prefcenter.it.ClientFixture;
import org.prefcenter.it.History;
import org.prefcenter.it.PayaraMicroCommand;
import org.prefcenter.it.postgres.PayaraInstance;

/**
 * History retention, by its own timer: a server that keeps history for 0 days and prunes every
 * second keeps each profile's newest entry only, and that entry's Base and Patch still rebuild the
 * current document.
 */
class HistoryRetentionIT {

    private static PayaraInstance server;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> environment = new HashMap<>(PayaraMicroCommand.developmentTrust());
        environment.put("PREFCENTER_HISTORY_MAX_AGE_DAYS", "0");
        environment.put("PREFCENTER_HISTORY_RETENTION_INTERVAL_SECONDS", "1");
        server = PayaraInstance.start("history-retention", "postboot-test.asadmin", environment)
                .awaitReady(Duration.ofMinutes(8));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theTimerKeepsTheNewestEntryWithTheDocumentBeforeItAndTheReplayStillHolds() throws Exception {
        Api api = server.api();
        ClientFixture client = ClientFixture.create(api, "RET");
        client.profile(api, "R-1");
        String path = client.clientId + "/Profile?alternateIdType=CRM&alternateId=R-1";
        for (String name : new String[] {"Augusta", "Ada", "Byron"}) {
            Api.Reply patched = api.patch(path, client.editor,
                    "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"" + name + "\"}]");
            assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        }
        List<JsonObject> kept = prunedHistory(api, path, client.reader);
        JsonObject current = api.get(path, client.reader).json();
        JsonObject newest = kept.get(0);
        assertThat(newest.getString("Kind")).isEqualTo("Patch");
        assertThat(newest.getJsonObject("Base").getJsonObject("CustomerName").getString("FirstName")).isEqualTo("Ada");
        assertThat(History.replay(kept)).isEqualTo(current);

        // pruned again: the base moves on with the entries it replaces
        Api.Reply patched = api.patch(path, client.editor, "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}]");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        kept = prunedHistory(api, path, client.reader);
        assertThat(kept.get(0).getJsonObject("Base").getJsonObject("CustomerName").getString("FirstName"))
                .isEqualTo("Byron");
        assertThat(History.replay(kept)).isEqualTo(api.get(path, client.reader).json());
        assertThat(server.log()).contains("history entries older than 0 days");
    }

    /** The history once the timer has left one entry of it: the newest, kept whatever its age. */
    private static List<JsonObject> prunedHistory(Api api, String path, String token) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<JsonObject> changes = History.changes(api, path, token);
        while (changes.size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            changes = History.changes(api, path, token);
        }
        assertThat(changes).as("entries left after the timer ran").hasSize(1);
        return changes;
    }
}
