package org.prefcenter.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Before and after, under the same conditions: two builds of the service (each a {@code target}
 * folder with the WAR, its server configuration and payara-micro.jar, as {@code mvn -Pbench verify}
 * leaves it) run side by side on one database, and are measured in turn, a few seconds each, round
 * after round (before-after, then after-before), so that a change of the machine's load falls on
 * both alike.
 */
final class Comparison {

    private static final int ROUNDS = 4;

    private final List<Path> targets;
    private final List<String> serverJvm;
    private final Duration warmup;
    private final Duration measured;

    Comparison(List<Path> targets, List<String> serverJvm, Duration warmup, Duration measured) {
        if (targets.size() != 2) {
            // each server's pool grows to 32 connections: a third would crowd PostgreSQL's default 100
            throw new IllegalArgumentException("bench.compare takes two target folders, before and after");
        }
        this.targets = targets;
        this.serverJvm = serverJvm;
        this.warmup = warmup;
        this.measured = measured;
    }

    void run(BenchDatabase database, long profiles, int[] concurrency, int[] fieldCounts) throws Exception {
        List<Server> servers = new ArrayList<>();
        StringBuilder out = new StringBuilder("\n## Comparison (" + database.version() + ", "
                + String.format(Locale.ROOT, "%,d", profiles) + " profiles, " + measured.toSeconds()
                + " s measured per build and load, in " + ROUNDS + " slices taken in turn)\n\n");
        try {
            for (Path target : targets) {
                servers.add(Server.start(target, serverJvm, database)); // the first one migrates the schema
            }
            List<Service> services = servers.stream().map(Service::new).toList();
            Service first = services.get(0);
            first.register(Service.CLIENT);
            first.defineBenchFields();
            database.loadProfiles(database.clientRef(Service.CLIENT), 0, profiles);
            first.register(Service.WIDE_CLIENT);
            long wide = database.clientRef(Service.WIDE_CLIENT);
            database.defineCustomFields(wide, fieldCounts[fieldCounts.length - 1]);
            for (int fields : fieldCounts) {
                database.loadWideProfile(wide, fields);
            }
            for (Service service : services) {
                ClosedLoop.run("warm-up", 8, warmup.multipliedBy(4), Duration.ZERO,
                        (t, n) -> () -> service.patch(Service.pick(profiles, t, n)));
            }
            out.append("| build | request | concurrency | throughput (req/s) | p50 | p95 | p99 | max | errors |\n")
                    .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (String request : new String[] {"PATCH", "GET"}) {
                for (int threads : concurrency) {
                    compare(services, request, threads, profiles, out);
                }
            }
            fields(services, fieldCounts, out);
        } finally {
            for (Server server : servers) {
                server.close();
            }
        }
        System.out.println(out);
    }

    /** One request at one concurrency, each build in turn, {@link #ROUNDS} slices each. */
    private void compare(List<Service> services, String request, int threads, long profiles, StringBuilder out)
            throws Exception {
        List<List<ClosedLoop.Result>> slices = new ArrayList<>();
        services.forEach(service -> slices.add(new ArrayList<>()));
        for (int round = 0; round < ROUNDS; round++) {
            for (int turn = 0; turn < services.size(); turn++) {
                // before, after; then after, before: the one measured second is not always the same
                int i = round % 2 == 0 ? turn : services.size() - 1 - turn;
                Service service = services.get(i);
                ClosedLoop.Caller caller = "GET".equals(request)
                        ? (t, n) -> () -> service.get(Service.pick(profiles, t, n))
                        : (t, n) -> () -> service.patch(Service.pick(profiles, t, n));
                slices.get(i).add(ClosedLoop.run(request, threads, Duration.ofSeconds(1), measured.dividedBy(ROUNDS),
                        caller));
            }
        }
        for (int i = 0; i < services.size(); i++) {
            ClosedLoop.Result all = merged(slices.get(i));
            out.append("| ").append(name(i)).append(" | ").append(request).append(" | ").append(threads).append(" |")
                    .append(figures(all)).append("\n");
            System.out.println("bench: " + name(i) + " " + request + " at " + threads + ":" + figures(all));
        }
    }

    /** The custom-field profiles of every build, request by request in turn. */
    private void fields(List<Service> services, int[] fieldCounts, StringBuilder out) throws Exception {
        List<ClosedLoop.Call> calls = new ArrayList<>();
        for (Service service : services) {
            for (int fields : fieldCounts) {
                calls.add(() -> service.patchWide(fields));
            }
        }
        List<ClosedLoop.Result> results = ClosedLoop.alternating("PATCH", warmup, measured, calls);
        out.append("\n| build | PATCH, concurrency 1, custom fields | p50 | p95 | p99 | max | errors |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < results.size(); i++) {
            ClosedLoop.Result result = results.get(i);
            out.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.1f | %d |\n",
                    name(i / fieldCounts.length), fieldCounts[i % fieldCounts.length], result.millis(50),
                    result.millis(95), result.millis(99), result.maxMillis(), result.errors()));
        }
    }

    private String name(int build) {
        return targets.get(build).getParent().getFileName().toString();
    }

    private static ClosedLoop.Result merged(List<ClosedLoop.Result> slices) {
        Histogram latency = new Histogram(Duration.ofMinutes(1).toNanos() / 1000, 3);
        long requests = 0;
        long errors = 0;
        double seconds = 0;
        String firstError = null;
        for (ClosedLoop.Result slice : slices) {
            latency.add(slice.latency());
            requests += slice.requests();
            errors += slice.errors();
            seconds += slice.seconds();
            firstError = firstError == null ? slice.firstError() : firstError;
        }
        return new ClosedLoop.Result(slices.get(0).name(), slices.get(0).threads(), requests, errors, firstError, seconds, latency);
    }

    private static String figures(ClosedLoop.Result run) {
        return String.format(Locale.ROOT, " %.0f | %.2f | %.2f | %.2f | %.1f | %d |", run.throughput(), run.millis(50),
                run.millis(95), run.millis(99), run.maxMillis(), run.errors());
    }
}
