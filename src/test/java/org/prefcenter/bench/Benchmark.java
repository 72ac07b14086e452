package org.prefcenter.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;

/**
 * PATCH by alternate id over real HTTP: how fast, against the limit (the same transaction by raw JDBC
 * on the same database), and how its cost grows with the number of profiles and of custom fields.
 * Boots the built WAR on Payara Micro (PostgreSQL when PREFCENTER_DB_URL is set, in a database of its
 * own beside the one named; else the embedded H2), loads data, drives closed-loop load from this
 * process, and prints a Markdown table. Run it with {@code mvn -Pbench verify} (see the README).
 *
 * <p>Settings (system properties): {@code bench.seconds} measured per run, {@code bench.warmup}
 * seconds before each, {@code bench.concurrency} (1,8,32,64), {@code bench.profiles} (1000,100000,1000000),
 * {@code bench.fields} (1,100,1000), {@code bench.server.jvm} the server's JVM options,
 * {@code bench.database} (prefcenter_bench); {@code bench.open-share} (0.5), the share of each
 * request's best closed-loop throughput offered in an open loop afterwards ({@link OpenLoop}; 0: none);
 * {@code bench.compare}, the target folders of two builds to compare instead (see {@link Comparison}).
 */
public final class Benchmark {

    private final Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
    private final Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
    private final int[] concurrency = ints("bench.concurrency", "1,8,32,64");
    private final int[] scales = ints("bench.profiles", "1000,100000,1000000");
    private final int[] fieldCounts = ints("bench.fields", "1,100,1000");
    private final double openShare = Double.parseDouble(System.getProperty("bench.open-share", "0.5"));
    private final List<String> serverJvm = List.of(System.getProperty("bench.server.jvm", "-Xmx512m").split("\\s+"));
    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        new Benchmark().run(Path.of(System.getProperty("bench.target", "target")).toAbsolutePath());
    }

    private void run(Path target) throws Exception {
        String url = System.getenv("PREFCENTER_DB_URL");
        BenchDatabase database = url == null ? null : BenchDatabase.recreate(url, System.getenv("PREFCENTER_DB_USER"),
                System.getenv().getOrDefault("PREFCENTER_DB_PASSWORD", ""),
                System.getProperty("bench.database", "prefcenter_bench"));
        String compare = System.getProperty("bench.compare", "");
        if (!compare.isBlank() && database != null) {
            new Comparison(Arrays.stream(compare.split(",")).map(Path::of).toList(), serverJvm, warmup, measured)
                    .run(database, scales[0], concurrency, fieldCounts);
            return;
        }
        report.header(database == null ? "embedded H2 (in memory)" : database.version(), measured, warmup, serverJvm);
        try (Server server = Server.start(target, serverJvm, database)) {
            report.startup(server.startup);
            Service service = new Service(server);
            service.register(Service.CLIENT);
            service.defineBenchFields();
            long profiles = database == null ? createThroughApi(service, scales[0]) : growth(database, service);
            if (database != null) {
                fieldGrowth(database, service);
            }
            long client = database == null ? 0 : database.clientRef(Service.CLIENT);
            long rss = 0;
            for (int threads : concurrency) {
                report.run(ClosedLoop.run("GET", threads, warmup, measured,
                        (t, n) -> () -> service.get(Service.pick(profiles, t, n))));
                report.run(ClosedLoop.run("PATCH", threads, warmup, measured,
                        (t, n) -> () -> service.patch(Service.pick(profiles, t, n))));
                rss = server.memoryMiB("VmRSS");
                if (database != null) { // the limit: the same transaction by hand, same database, same load
                    report.run(ClosedLoop.run("raw JDBC", threads, warmup, measured,
                            (t, n) -> database.rawPatch(client, profiles, t, n)));
                }
            }
            report.memory(rss, server.memoryMiB("VmHWM"), concurrency[concurrency.length - 1]);
            if (openShare > 0) {
                openLoop("GET", n -> () -> service.get(n % profiles));
                openLoop("PATCH", n -> () -> service.patch(n % profiles));
            }
        }
        report.print();
    }

    /**
     * The request at a fixed offered rate, {@code bench.open-share} of its best closed-loop throughput:
     * the latency a service at that load gives, queueing included. Request n patches profile n (mod the
     * count): at these rates a profile comes round again only seconds later, so no two race.
     */
    private void openLoop(String name, LongFunction<ClosedLoop.Call> call) throws InterruptedException {
        double maximum = report.bestThroughput(name);
        double rate = Math.max(1, maximum * openShare);
        report.openLoop(OpenLoop.run(name, rate, warmup, measured, call), rate, openShare);
    }

    /** Cost growth with the number of profiles: bulk-loads up to each scale, then PATCH at concurrency 1. */
    private long growth(BenchDatabase database, Service service) throws Exception {
        long client = database.clientRef(Service.CLIENT);
        long loaded = 0;
        boolean first = true;
        for (int scale : scales) {
            long started = System.nanoTime();
            database.loadProfiles(client, loaded, scale);
            report.note(String.format(Locale.ROOT, "loaded profiles %,d to %,d by SQL in %.1f s", loaded, scale,
                    (System.nanoTime() - started) / 1e9));
            loaded = scale;
            long profiles = loaded;
            if (first) { // the JIT's warm-up, once, before the first measured run
                report.warmup(ClosedLoop.run("warm-up", 8, warmup.multipliedBy(8), Duration.ZERO,
                        (t, n) -> () -> service.patch(Service.pick(profiles, t, n))));
                first = false;
            }
            report.growth("profiles", scale,
                    ClosedLoop.run("PATCH", 1, warmup, measured, (t, n) -> () -> service.patch(Service.pick(profiles, t, n))));
        }
        return loaded;
    }

    /** Cost growth with the number of custom fields on the patched profile (client WIDE defines 1,000). */
    private void fieldGrowth(BenchDatabase database, Service service) throws Exception {
        service.register(Service.WIDE_CLIENT);
        long client = database.clientRef(Service.WIDE_CLIENT);
        database.defineCustomFields(client, Arrays.stream(fieldCounts).max().orElse(1));
        List<ClosedLoop.Call> calls = new ArrayList<>();
        for (int fields : fieldCounts) {
            database.loadWideProfile(client, fields);
            calls.add(() -> service.patchWide(fields));
        }
        // in turn, request by request: the ratio between them holds even while the machine's load varies
        List<ClosedLoop.Result> results = ClosedLoop.alternating("PATCH", warmup, measured.multipliedBy(2), calls);
        for (int i = 0; i < fieldCounts.length; i++) {
            report.growth("custom fields", fieldCounts[i], results.get(i));
        }
    }

    /** Without PostgreSQL there is no bulk load from outside the server: profiles are created through the API. */
    private long createThroughApi(Service service, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> created = new ArrayList<>();
        for (long n = 0; n < count; n++) {
            long number = n;
            created.add(pool.submit(() -> service.create(number)));
        }
        for (Future<String> outcome : created) {
            if (outcome.get() != null) {
                throw new IllegalStateException("create failed: " + outcome.get());
            }
        }
        pool.shutdown();
        report.note(String.format(Locale.ROOT, "created %,d profiles through the API; raw JDBC and cost growth"
                + " need PostgreSQL (PREFCENTER_DB_URL)", count));
        report.warmup(ClosedLoop.run("warm-up", 8, warmup.multipliedBy(8), Duration.ZERO,
                (t, n) -> () -> service.patch(Service.pick(count, t, n))));
        return count;
    }

    private static int[] ints(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
