package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A GET racing PATCHes shows the profile as of one commit: its ETag (the version) and its items
 * belong together. Each PATCH sets the custom field Score to the next integer and moves the version
 * by exactly one, so in every answer version minus Score is the same number. On H2 the GET's row
 * lock guarantees it; on PostgreSQL the version read again after the items (see ConsistentReads).
 */
class ConsistentReadsIT extends ApiTest {

    private static final int WRITES = 150;
    private static final int READERS = 6;

    @Test
    void everyReadShowsTheItemsOfItsEtag() throws Exception {
        ClientFixture client = sharedClient("READS");
        String crm = "R-" + System.nanoTime();
        client.profile(api(), crm);
        String path = client.clientId + "/Profile?alternateIdType=crm&alternateId=" + crm;
        Api.Reply first = api().patch(path, client.editor,
                "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":{\"Name\":\"Score\",\"Value\":\"0\"}}]");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        long offset = version(first);

        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    while (writing.get()) {
                        Api.Reply read = api().get(path, client.reader);
                        assertThat(read.status()).as(read.toString()).isEqualTo(200);
                        assertThat(version(read) - score(read.json())).as(read.toString()).isEqualTo(offset);
                        reads++;
                    }
                    return reads;
                }));
            }
            for (int score = 1; score <= WRITES; score++) {
                Api.Reply write = api().patch(path, client.editor,
                        "[{\"op\":\"replace\",\"path\":\"/CustomFields/1/Value\",\"value\":\"" + score + "\"}]");
                assertThat(write.status()).as(write.toString()).isEqualTo(200);
                assertThat(version(write)).isEqualTo(offset + score);
            }
            writing.set(false);
            int reads = 0;
            for (Future<Integer> reader : readers) {
                reads += reader.get();
            }
            System.out.printf("consistent reads: %d GETs during %d PATCHes%n", reads, WRITES);
            assertThat(reads).isGreaterThan(READERS);
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    private static long version(Api.Reply reply) {
        return Long.parseLong(reply.header("ETag").orElseThrow().replace("\"", ""));
    }

    private static long score(JsonObject profile) {
        JsonObject field = profile.getJsonArray("CustomFields").getJsonObject(1);
        assertThat(field.getString("Name")).isEqualTo("Score");
        return Long.parseLong(field.getString("Value"));
    }
}
