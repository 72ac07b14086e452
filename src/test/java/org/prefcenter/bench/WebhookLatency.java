package org.prefcenter.bench;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.prefcenter.it.Tokens;
import org.prefcenter.webhooks.control.WebhookSettings;

/**
 * How soon a webhook delivery reaches a healthy local receiver after its change, at a fixed offered
 * rate of changes (open loop: one PATCH started every 1/rate seconds, whatever the answers take).
 * Boots the built WAR on Payara Micro on the tests' in-memory H2, or with the production settings on
 * a PostgreSQL database of its own when {@code PREFCENTER_DB_URL} names a server (as the benchmark
 * does; the receiver's address allowed by a system property), subscribes a receiver in this
 * process (the JDK's HTTP server, answering 204 at once) to Profile.Changed, PATCHes random profiles
 * for {@code bench.seconds} at {@code bench.rate} per second, and prints the PATCH latency and the
 * delivery latency (arrival minus the event's OccurredAt, the change's time in its transaction) as
 * percentiles. Then the sending rate alone: the subscription paused, {@code bench.backlog} changes
 * made, the subscription resumed, and the time until the receiver had them all.
 * {@code mvn -Pbench verify -Dbench.main=org.prefcenter.bench.WebhookLatency}.
 */
public final class WebhookLatency {

    private static final int PROFILES = 200;

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("bench.rate", 200);
        Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
        Path target = Path.of(System.getProperty("bench.target", "target")).toAbsolutePath();
        List<String> jvm = new ArrayList<>(List.of(System.getProperty("bench.server.jvm", "-Xmx512m").split("\\s+")));
        String url = System.getenv("PREFCENTER_DB_URL");
        BenchDatabase database = url == null ? null : BenchDatabase.recreate(url, System.getenv("PREFCENTER_DB_USER"),
                System.getenv().getOrDefault("PREFCENTER_DB_PASSWORD", ""),
                System.getProperty("bench.database", "prefcenter_bench"));
        if (database != null) {
            jvm.add("-D" + WebhookSettings.ALLOWED_HOSTS + "=127.0.0.1");
        }
        Recorder deliveries = new Recorder(3);
        AtomicLong delivered = new AtomicLong();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService receiving = Executors.newFixedThreadPool(8);
        receiver.setExecutor(receiving);
        receiver.createContext("/", exchange -> {
            long arrived = System.currentTimeMillis();
            try (InputStream body = exchange.getRequestBody()) {
                JsonObject event = Json.createReader(new StringReader(new String(body.readAllBytes(),
                        StandardCharsets.UTF_8))).readObject();
                long occurred = Instant.parse(event.getString("OccurredAt")).toEpochMilli();
                deliveries.recordValue(Math.max(0, arrived - occurred));
                delivered.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (Server server = Server.start(target, jvm, database)) {
            Service service = new Service(server);
            service.register(Service.CLIENT);
            service.defineBenchFields();
            for (long n = 0; n < PROFILES; n++) {
                String failed = service.create(n);
                if (failed != null) {
                    throw new IllegalStateException("profile " + n + ": " + failed);
                }
            }
            String admin = Tokens.of("admin", "ClientAdmin", Service.CLIENT);
            HttpResponse<String> subscribed = service.post("/Profiles/v4/" + Service.CLIENT + "/Subscriptions", admin,
                    "{\"Url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\","
                            + "\"Types\":[\"Profile.Changed\"]}");
            if (subscribed.statusCode() != 201) {
                throw new IllegalStateException("subscription: " + subscribed.statusCode() + " " + subscribed.body());
            }
            // warm-up, then every delivery it caused in: measured deliveries queue behind none of them
            long warmed = run(service, rate, Duration.ofSeconds(10), new Recorder(3), new AtomicLong());
            awaitDeliveries(delivered, warmed);
            deliveries.getIntervalHistogram();
            long before = delivered.get();
            Recorder patches = new Recorder(3);
            AtomicLong refused = new AtomicLong();
            long sent = run(service, rate, measured, patches, refused);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (delivered.get() - before < sent - refused.get() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Histogram patch = patches.getIntervalHistogram();
            Histogram delivery = deliveries.getIntervalHistogram();
            System.out.println(database == null ? "embedded H2 (in memory)" : database.version());
            System.out.printf("offered %d PATCH/s for %d s: %d sent, %d refused, %d deliveries received%n", rate,
                    measured.toSeconds(), sent, refused.get(), delivered.get() - before);
            System.out.printf("PATCH latency ms: median %d, p99 %d, max %d%n", patch.getValueAtPercentile(50),
                    patch.getValueAtPercentile(99), patch.getMaxValue());
            System.out.printf("delivery latency ms (arrival - OccurredAt): median %d, p99 %d, max %d%n",
                    delivery.getValueAtPercentile(50), delivery.getValueAtPercentile(99), delivery.getMaxValue());
            drain(service, admin, "/Profiles/v4/" + Service.CLIENT + "/Subscriptions/"
                    + Json.createReader(new StringReader(subscribed.body())).readObject().getJsonNumber("Id"), delivered);
        } finally {
            receiver.stop(0);
            receiving.shutdownNow();
        }
    }

    /** Pauses the subscription, makes a backlog, resumes it and prints how fast the backlog reaches the receiver. */
    private static void drain(Service service, String admin, String subscription, AtomicLong delivered)
            throws Exception {
        int backlog = Integer.getInteger("bench.backlog", 2000);
        expect(service.mergePatch(subscription, admin, "{\"State\":\"Paused\"}"));
        Thread.sleep(1000); // a batch under way when it was paused ends first
        long before = delivered.get();
        ExecutorService writers = Executors.newFixedThreadPool(16);
        AtomicLong refused = new AtomicLong();
        for (int n = 0; n < backlog; n++) {
            writers.execute(() -> patchOne(service, refused));
        }
        writers.shutdown();
        writers.awaitTermination(5, TimeUnit.MINUTES);
        long expected = backlog - refused.get();
        long resumed = System.nanoTime();
        expect(service.mergePatch(subscription, admin, "{\"State\":\"Active\"}"));
        long deadline = resumed + Duration.ofMinutes(3).toNanos();
        while (delivered.get() - before < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - resumed) / 1e9;
        System.out.printf("backlog of %d changes (%d refused) resumed: %d delivered in %.1f s, %.0f deliveries/s%n",
                backlog, refused.get(), delivered.get() - before, seconds, (delivered.get() - before) / seconds);
    }

    /** PATCHes a random profile; a refusal or a failure counts in {@code refused}. */
    private static void patchOne(Service service, AtomicLong refused) {
        try {
            if (service.patch(ThreadLocalRandom.current().nextLong(PROFILES)) != null) {
                refused.incrementAndGet();
            }
        } catch (Exception failed) {
            refused.incrementAndGet();
        }
    }

    private static void expect(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.uri() + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private static void awaitDeliveries(AtomicLong delivered, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (delivered.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Starts one PATCH every 1/rate s for {@code duration}; answers how many were started. */
    private static long run(Service service, int rate, Duration duration, Recorder latency, AtomicLong refused)
            throws InterruptedException {
        ExecutorService callers = Executors.newFixedThreadPool(64);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicLong started = new AtomicLong();
        long total = duration.toSeconds() * rate;
        clock.scheduleAtFixedRate(() -> {
            if (started.getAndIncrement() >= total) {
                return;
            }
            long intended = System.nanoTime();
            callers.execute(() -> {
                patchOne(service, refused);
                // from when it should have started: a queue behind a slow answer counts (coordinated omission)
                latency.recordValue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - intended));
            });
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        Thread.sleep(duration.toMillis());
        clock.shutdown();
        callers.shutdown();
        callers.awaitTermination(60, TimeUnit.SECONDS);
        return Math.min(started.get(), total);
    }
}
