package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * PATCHes racing on one profile are applied one after another, each to the latest committed state:
 * a read-test-replace counter never loses an increment, and blind appends never fail because another
 * one ran. Repeated ({@code -Drace.repetitions}, default 5), since a lost update shows in some runs only.
 */
class RacingWritersIT extends ApiTest {

    private static final int WRITERS = 16;
    private static final int INCREMENTS = 25;
    private static final int REPETITIONS = Integer.getInteger("race.repetitions", 5);

    private static int sequence;

    private ClientFixture client() {
        return sharedClient("RACE");
    }

    private String newProfile(String prefix) {
        String crm;
        synchronized (RacingWritersIT.class) {
            crm = prefix + "-" + (++sequence);
        }
        client().profile(api(), crm);
        return client().clientId + "/Profile?alternateIdType=crm&alternateId=" + crm;
    }

    @Test
    void readTestReplaceIncrementsAreNeverLost() throws Exception {
        for (int run = 1; run <= REPETITIONS; run++) {
            String path = newProfile("COUNTER");
            Api.Reply start = api().patch(path, client().editor,
                    "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":{\"Name\":\"Score\",\"Value\":\"0\"}}]");
            assertThat(start.status()).as(start.toString()).isEqualTo(200);

            AtomicInteger refusedTests = new AtomicInteger();
            List<Integer> acknowledged = race(WRITERS, writer -> {
                int done = 0;
                while (done < INCREMENTS) {
                    Api.Reply read = api().get(path, client().reader);
                    assertThat(read.status()).as(read.toString()).isEqualTo(200);
                    int value = score(read.json());
                    Api.Reply write = api().patch(path, client().editor,
                            "[{\"op\":\"test\",\"path\":\"/CustomFields/1/Value\",\"value\":\"" + value + "\"},"
                                    + "{\"op\":\"replace\",\"path\":\"/CustomFields/1/Value\",\"value\":\""
                                    + (value + 1) + "\"}]");
                    assertThat(write.status()).as(write.toString()).isIn(200, 409);
                    if (write.status() == 200) {
                        assertThat(score(write.json())).isEqualTo(value + 1);
                        done++;
                    } else {
                        assertThat(write.body()).contains("test-failed");
                        refusedTests.incrementAndGet();
                    }
                }
                return done;
            });

            int expected = acknowledged.stream().mapToInt(Integer::intValue).sum();
            JsonObject stored = api().get(path, client().reader).json();
            System.out.printf("race %d: %d increments acknowledged, %d stale tests refused, counter %d%n", run,
                    expected, refusedTests.get(), score(stored));
            assertThat(expected).isEqualTo(WRITERS * INCREMENTS);
            assertThat(score(stored)).as("run %d of %d", run, REPETITIONS).isEqualTo(expected);
        }
    }

    @Test
    void blindAppendsAreAllAppliedAndNoneRefused() throws Exception {
        for (int run = 1; run <= REPETITIONS; run++) {
            String path = newProfile("APPEND");
            int round = run;
            List<Integer> statuses = race(WRITERS, writer -> {
                Api.Reply reply = api().patch(path, client().editor, "[{\"op\":\"add\",\"path\":\"/AlternateIds/-\","
                        + "\"value\":{\"AlternateIdType\":\"Loyalty\",\"AlternateId\":\"L-" + round + "-" + writer
                        + "\"}}]");
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                return reply.status();
            });
            assertThat(statuses).hasSize(WRITERS).containsOnly(200);

            JsonArray ids = api().get(path, client().reader).json().getJsonArray("AlternateIds");
            Set<String> stored = new HashSet<>();
            ids.getValuesAs(JsonObject.class).forEach(id -> stored.add(id.getString("AlternateId")));
            assertThat(ids).hasSize(WRITERS + 1);
            for (int writer = 0; writer < WRITERS; writer++) {
                assertThat(stored).contains("L-" + round + "-" + writer);
            }
        }
    }

    private static int score(JsonObject profile) {
        JsonObject field = profile.getJsonArray("CustomFields").getJsonObject(1);
        assertThat(field.getString("Name")).isEqualTo("Score");
        return Integer.parseInt(field.getString("Value"));
    }

    interface Writer {
        int run(int writer) throws Exception;
    }

    /** Starts every writer at once and answers what each returned; any writer's failure fails the test. */
    private static List<Integer> race(int writers, Writer body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int id = writer;
                results.add(pool.submit(() -> {
                    start.await();
                    return body.run(id);
                }));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> result : results) {
                answers.add(result.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
