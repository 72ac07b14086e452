package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The races of {@code RacingWritersIT}, on any server: PATCHes racing on one profile are applied one
 * after another, each to the latest committed state. Exact outcomes only: a read-test-replace counter
 * loses no increment (and the race really was one: stale tests were refused and retried), blind
 * appends are all answered 200 and all stored.
 */
public final class Races {

    /** 16 writers of 25 increments: the version guard alone lost about one increment in 200 on H2. */
    public static final int WRITERS = 16;
    public static final int INCREMENTS = 25;

    private final Api api;
    private final ClientFixture client;
    private final String label;
    private int sequence;

    public Races(Api api, ClientFixture client, String label) {
        this.api = api;
        this.client = client;
        this.label = label;
    }

    private synchronized String newProfile(String prefix) {
        String crm = prefix + "-" + (++sequence);
        client.profile(api, crm);
        return client.clientId + "/Profile?alternateIdType=crm&alternateId=" + crm;
    }

    /** One race of read-test-replace increments of one counter; answers the stale tests refused. */
    public int readTestReplaceCounter(int run) throws Exception {
        String path = newProfile("COUNTER");
        Api.Reply start = api.patch(path, client.editor,
                "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":{\"Name\":\"Score\",\"Value\":\"0\"}}]");
        assertThat(start.status()).as(start.toString()).isEqualTo(200);
        long versionBefore = version(start);

        AtomicInteger refusedTests = new AtomicInteger();
        List<Integer> acknowledged = race(WRITERS, writer -> {
            int done = 0;
            while (done < INCREMENTS) {
                Api.Reply read = api.get(path, client.reader);
                assertThat(read.status()).as(read.toString()).isEqualTo(200);
                int value = score(read.json());
                Api.Reply write = api.patch(path, client.editor,
                        "[{\"op\":\"test\",\"path\":\"/CustomFields/1/Value\",\"value\":\"" + value + "\"},"
                                + "{\"op\":\"replace\",\"path\":\"/CustomFields/1/Value\",\"value\":\"" + (value + 1)
                                + "\"}]");
                // 409 only for the test that saw a value another writer has moved on since
                if (write.status() == 409 && write.body().contains("test-failed")) {
                    refusedTests.incrementAndGet();
                    continue;
                }
                assertThat(write.status()).as(write.toString()).isEqualTo(200);
                assertThat(score(write.json())).isEqualTo(value + 1);
                done++;
            }
            return done;
        });

        int expected = acknowledged.stream().mapToInt(Integer::intValue).sum();
        Api.Reply stored = api.get(path, client.reader);
        System.out.printf("%s race %d: %d increments acknowledged, %d stale tests refused and retried, counter %d%n",
                label, run, expected, refusedTests.get(), score(stored.json()));
        assertThat(expected).isEqualTo(WRITERS * INCREMENTS);
        assertThat(score(stored.json())).as("%s: the counter after %d acknowledged increments (run %d)", label,
                expected, run).isEqualTo(expected);
        // and each acknowledged increment moved the version by exactly one: none was written twice
        assertThat(version(stored)).isEqualTo(versionBefore + expected);
        // a race it was: writers read values that others had moved on before their PATCH ran
        assertThat(refusedTests.get()).as("%s: stale tests refused in run %d (no contention, no race)", label, run)
                .isPositive();
        return refusedTests.get();
    }

    /** One race of blind appends to one profile: every one answered 200, every one stored. */
    public void blindAppends(int run) throws Exception {
        String path = newProfile("APPEND");
        long versionBefore = version(api.get(path, client.reader));
        race(WRITERS, writer -> {
            Api.Reply reply = api.patch(path, client.editor, "[{\"op\":\"add\",\"path\":\"/AlternateIds/-\","
                    + "\"value\":{\"AlternateIdType\":\"Loyalty\",\"AlternateId\":\"L-" + run + "-" + writer + "\"}}]");
            assertThat(reply.status()).as("%s: writer %d: %s", label, writer, reply).isEqualTo(200);
            return reply.status();
        });

        Api.Reply read = api.get(path, client.reader);
        JsonArray ids = read.json().getJsonArray("AlternateIds");
        Set<String> stored = new HashSet<>();
        ids.getValuesAs(JsonObject.class).forEach(id -> stored.add(id.getString("AlternateId")));
        assertThat(ids).hasSize(WRITERS + 1);
        for (int writer = 0; writer < WRITERS; writer++) {
            assertThat(stored).contains("L-" + run + "-" + writer);
        }
        assertThat(version(read)).isEqualTo(versionBefore + WRITERS);
    }

    /**
     * GETs racing PATCHes show the profile as of one commit: each PATCH sets Score to the next integer
     * and moves the version by exactly one, so in every answer version minus Score is the same number;
     * and no answer is older than the last PATCH answered before the GET was sent (nothing kept in
     * memory outlives a change). A reader that sees anything else (another status, a version and a
     * score that do not belong together, an older version) fails with what it read. Answers the
     * number of reads.
     */
    public int readsDuringWrites(int writes, int readers) throws Exception {
        String path = newProfile("READS");
        Api.Reply first = api.patch(path, client.editor,
                "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":{\"Name\":\"Score\",\"Value\":\"0\"}}]");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        long offset = version(first);

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong(offset);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<Integer>> reading = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                reading.add(pool.submit(() -> {
                    int reads = 0;
                    while (writing.get()) {
                        long atLeast = answered.get();
                        Api.Reply read = api.get(path, client.reader);
                        String seen = label + ": read #" + reads + ": " + read.status() + ", ETag "
                                + read.header("ETag").orElse("(none)") + ", " + read.body();
                        assertThat(read.status()).as(seen).isEqualTo(200);
                        assertThat(version(read) - score(read.json())).as(seen).isEqualTo(offset);
                        assertThat(version(read)).as(seen + ": older than the PATCH answered before it")
                                .isGreaterThanOrEqualTo(atLeast);
                        reads++;
                    }
                    return reads;
                }));
            }
            for (int score = 1; score <= writes; score++) {
                Api.Reply write = api.patch(path, client.editor,
                        "[{\"op\":\"replace\",\"path\":\"/CustomFields/1/Value\",\"value\":\"" + score + "\"}]");
                assertThat(write.status()).as(write.toString()).isEqualTo(200);
                assertThat(version(write)).isEqualTo(offset + score);
                answered.set(offset + score);
            }
            writing.set(false);
            int reads = 0;
            for (Future<Integer> reader : reading) {
                reads += result(reader);
            }
            System.out.printf("%s consistent reads: %d GETs during %d PATCHes%n", label, reads, writes);
            assertThat(reads).isGreaterThan(readers);
            return reads;
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    /** What a thread answered; its failed assertion fails the caller as it is, with what it saw. */
    private static int result(Future<Integer> thread) throws Exception {
        try {
            return thread.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw failed;
        }
    }

    private static int score(JsonObject profile) {
        JsonObject field = profile.getJsonArray("CustomFields").getJsonObject(1);
        assertThat(field.getString("Name")).isEqualTo("Score");
        return Integer.parseInt(field.getString("Value"));
    }

    private static long version(Api.Reply reply) {
        return Long.parseLong(reply.header("ETag").orElseThrow().replace("\"", ""));
    }

    interface Writer {
        int run(int writer) throws Exception;
    }

    /** Starts every writer at once (a barrier) and answers what each returned; a writer's failure fails it. */
    private static List<Integer> race(int writers, Writer body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CyclicBarrier start = new CyclicBarrier(writers);
            List<Future<Integer>> results = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int id = writer;
                results.add(pool.submit(() -> {
                    start.await();
                    return body.run(id);
                }));
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> result : results) {
                answers.add(result(result));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
