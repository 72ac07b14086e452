package org.prefcenter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the figures and prints them as Markdown tables, ready for the README. */
final class Report {

    private final List<String> lines = new ArrayList<>();
    private final List<ClosedLoop.Result> runs = new ArrayList<>();
    private final Map<String, Map<Integer, ClosedLoop.Result>> growth = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<OpenRun> openRuns = new ArrayList<>();

    /** An open-loop run at a fixed offered rate, a share of the closed loop's best throughput. */
    private record OpenRun(ClosedLoop.Result result, double rate, double ofMaximum) {
    }

    void header(String database, Duration measured, Duration warmup, List<String> serverJvm) throws IOException {
        lines.add(String.format(Locale.ROOT, "Machine: %d cores (%s), %d GiB; Java %s; database %s; server JVM %s.",
                Runtime.getRuntime().availableProcessors(), cpu(), memoryGiB(), System.getProperty("java.version"),
                database, String.join(" ", serverJvm)));
        lines.add(String.format(Locale.ROOT, "Each run: closed loop, %d s measured after %d s of warm-up; latency"
                + " from request sent to response read, in ms.", measured.toSeconds(), warmup.toSeconds()));
    }

    void startup(Duration startup) {
        lines.add(String.format(Locale.ROOT, "Start-up, process start to /health/ready UP: %.1f s.",
                startup.toMillis() / 1000.0));
    }

    void note(String note) {
        notes.add(note);
        System.out.println("bench: " + note);
    }

    void warmup(ClosedLoop.Result result) {
        if (result.errors() > 0) {
            note(result.errors() + " errors during the warm-up, the first: " + result.firstError());
        }
    }

    void run(ClosedLoop.Result result) {
        runs.add(result);
        System.out.println("bench: " + row(result.name(), result.threads(), result));
    }

    /** The best closed-loop throughput of the request so far, over every concurrency. */
    double bestThroughput(String name) {
        return runs.stream().filter(run -> run.name().equals(name)).mapToDouble(ClosedLoop.Result::throughput).max()
                .orElseThrow(() -> new IllegalStateException("no closed-loop run of " + name));
    }

    void openLoop(ClosedLoop.Result result, double rate, double ofMaximum) {
        openRuns.add(new OpenRun(result, rate, ofMaximum));
        System.out.println("bench: " + result.name() + " open loop at " + Math.round(rate) + "/s: "
                + figures(result));
    }

    void growth(String dimension, int size, ClosedLoop.Result result) {
        growth.computeIfAbsent(dimension, any -> new LinkedHashMap<>()).put(size, result);
        System.out.println("bench: PATCH with " + size + " " + dimension + ": " + row(result.name(), 1, result));
    }

    void memory(long rssMiB, long peakMiB, int threads) {
        lines.add(String.format(Locale.ROOT, "Server memory: VmRSS %d MiB after PATCH at concurrency %d; peak"
                + " (VmHWM) %d MiB over the whole run.", rssMiB, threads, peakMiB));
    }

    void print() {
        StringBuilder out = new StringBuilder("\n## PrefCenter benchmark\n\n");
        lines.forEach(line -> out.append(line).append("\n"));
        out.append("\n| request | concurrency | throughput (req/s) | p50 | p95 | p99 | max | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        runs.forEach(run -> out.append(row(run.name(), run.threads(), run)).append("\n"));
        ratios(out);
        if (!openRuns.isEmpty()) {
            out.append("\nOpen loop: requests started at a fixed rate, a share of the best closed-loop throughput"
                    + " of the same request; latency from when each was due (no coordinated omission).\n");
            out.append("\n| request | offered (req/s) | share of the maximum | answered (req/s) | p50 | p95 | p99 | max | errors |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            openRuns.forEach(open -> out.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f |", open.result().name(),
                    open.rate(), open.ofMaximum())).append(figures(open.result())).append("\n"));
        }
        growth.forEach((dimension, results) -> {
            out.append("\n| PATCH, concurrency 1, ").append(dimension)
                    .append(" | throughput (req/s) | p50 | p95 | p99 | max | errors |\n|---:|---:|---:|---:|---:|---:|---:|\n");
            results.forEach((size, run) -> out.append(String.format(Locale.ROOT, "| %,d %s |", size, dimension))
                    .append(figures(run)).append("\n"));
            double smallest = results.values().iterator().next().millis(50);
            double largest = results.values().stream().reduce((a, b) -> b).orElseThrow().millis(50);
            out.append(String.format(Locale.ROOT, "\np50 ratio, largest / smallest: %.2f\n", largest / smallest));
        });
        if (!notes.isEmpty()) {
            out.append("\n");
            notes.forEach(note -> out.append("- ").append(note).append("\n"));
        }
        runs.stream().filter(run -> run.errors() > 0).forEach(run -> out.append("- ").append(run.name()).append(" at ")
                .append(run.threads()).append(": first error ").append(run.firstError()).append("\n"));
        System.out.println(out);
    }

    private void ratios(StringBuilder out) {
        StringBuilder ratios = new StringBuilder();
        for (ClosedLoop.Result patch : runs) {
            runs.stream().filter(run -> run.name().equals("raw JDBC") && run.threads() == patch.threads()
                            && patch.name().equals("PATCH"))
                    .findFirst().ifPresent(jdbc -> ratios.append(String.format(Locale.ROOT, " %d: %.2f;",
                            patch.threads(), patch.throughput() / jdbc.throughput())));
        }
        if (ratios.length() > 0) {
            out.append("\nThroughput PATCH / raw JDBC, by concurrency:").append(ratios, 0, ratios.length() - 1)
                    .append(".\n");
        }
    }

    private static String row(String name, int threads, ClosedLoop.Result run) {
        return "| " + name + " | " + threads + " |" + figures(run);
    }

    private static String figures(ClosedLoop.Result run) {
        return String.format(Locale.ROOT, " %.0f | %.2f | %.2f | %.2f | %.1f | %d |", run.throughput(), run.millis(50),
                run.millis(95), run.millis(99), run.maxMillis(), run.errors());
    }

    private static String cpu() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
    }

    private static long memoryGiB() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                .findFirst().map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024).orElse(0L);
    }
}
