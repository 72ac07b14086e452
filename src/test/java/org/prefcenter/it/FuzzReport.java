package org.prefcenter.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a fuzz run tried and found: requests and answers counted by input class and by route, and
 * each distinct breach of the contract with the first request that showed it, replayable by seed.
 */
final class FuzzReport {

    /** No HTTP answer at all (connection closed or reset). */
    static final int NO_ANSWER = -1;

    private record Breach(String signature, int caseNumber, String request, String found, String previous,
            Set<String> routes) {
    }

    private final long seed;
    private final Map<String, Map<Integer, Integer>> byClass = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> byRoute = new TreeMap<>();
    private final Map<String, Breach> breaches = new LinkedHashMap<>();
    private final Map<String, Integer> breachCounts = new LinkedHashMap<>();
    private final Map<String, Integer> breachesByClass = new TreeMap<>();
    private final Map<String, Integer> serverRefusals = new TreeMap<>();
    private final Map<String, Long> nanosByClass = new TreeMap<>();
    private FuzzCase previous;

    FuzzReport(long seed) {
        this.seed = seed;
    }

    /**
     * The request sent before the next one on the same connections: an answer that no application
     * wrote (a bare status) can be that request's leftover bytes, read as a new request.
     */
    void previous(FuzzCase request) {
        previous = request;
    }

    void answered(FuzzCase request, int status, long nanos) {
        nanosByClass.merge(request.inputClass(), nanos, Long::sum);
        byClass.computeIfAbsent(request.inputClass(), c -> new TreeMap<>()).merge(status, 1, Integer::sum);
        byRoute.computeIfAbsent(request.route(), r -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    /** A 4xx without a body from the HTTP server itself (see {@link ServerRefusal}). */
    void refusedByServer(FuzzCase request) {
        serverRefusals.merge(request.inputClass(), 1, Integer::sum);
    }

    /**
     * A breach, counted under its kind and input class; the first of each is kept whole, with the
     * request before it when the answer was {@code bare} (no Content-Type: not the application's).
     */
    void breach(int caseNumber, FuzzCase request, String kind, String found, boolean bare) {
        String signature = kind + " | " + request.inputClass();
        String before = !bare ? null : previous == null ? "none" : previous.inputClass() + ": " + previous.reproducer();
        breaches.computeIfAbsent(signature, s -> new Breach(s, caseNumber, request.reproducer(), found, before,
                new TreeSet<>())).routes().add(request.route());
        breachCounts.merge(signature, 1, Integer::sum);
        breachesByClass.merge(request.inputClass(), 1, Integer::sum);
    }

    boolean clean() {
        return breaches.isEmpty();
    }

    int requests() {
        return byClass.values().stream().flatMap(statuses -> statuses.values().stream()).mapToInt(n -> n).sum();
    }

    String table() {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-40s %8s %8s %8s %8s  %s%n", "input class", "requests", "mean ms", "breaches",
                "server", "answers (status x count)"));
        rows(table, byClass, nanosByClass, breachesByClass, serverRefusals);
        table.append(String.format("%n%-40s %8s %8s %8s %8s  %s%n", "route", "requests", "", "", "",
                "answers (status x count)"));
        rows(table, byRoute, Map.of(), Map.of(), Map.of());
        table.append("(server: 4xx without a body from the HTTP server itself, before the application; see ServerRefusal)\n");
        table.append(String.format("%n%d requests, %d distinct breaches, seed %d%n", requests(), breaches.size(), seed));
        return table.toString();
    }

    private static void rows(StringBuilder table, Map<String, Map<Integer, Integer>> counts,
            Map<String, Long> nanos, Map<String, Integer> breachCounts, Map<String, Integer> serverCounts) {
        for (Map.Entry<String, Map<Integer, Integer>> row : counts.entrySet()) {
            List<String> answers = new ArrayList<>();
            row.getValue().forEach((status, n) -> answers.add((status == NO_ANSWER ? "none" : status) + "x" + n));
            int total = row.getValue().values().stream().mapToInt(n -> n).sum();
            table.append(String.format("%-40s %8d %8s %8s %8s  %s%n", row.getKey(), total,
                    nanos.containsKey(row.getKey()) ? String.valueOf(nanos.get(row.getKey()) / total / 1_000_000) : "",
                    breachCounts.containsKey(row.getKey()) ? String.valueOf(breachCounts.get(row.getKey())) : "",
                    serverCounts.containsKey(row.getKey()) ? String.valueOf(serverCounts.get(row.getKey())) : "",
                    String.join(" ", answers)));
        }
    }

    /** Every distinct breach with the first request that showed it, and how to replay the run. */
    String breaches() {
        StringBuilder text = new StringBuilder();
        text.append(breaches.size()).append(" distinct contract breaches (replay: -Dfuzz.seed=").append(seed)
                .append("; case numbers count from 1 in that run)\n");
        for (Breach breach : breaches.values()) {
            text.append("\n* ").append(breach.signature()).append(" (").append(breachCounts.get(breach.signature()))
                    .append(" times; first: seed ").append(seed).append(" case #").append(breach.caseNumber())
                    .append(")\n  routes: ").append(String.join(", ", breach.routes()))
                    .append("\n  ").append(breach.request());
            if (breach.previous() != null) {
                text.append("\n  previous request (its leftover bytes may be what this bare status answers): ")
                        .append(breach.previous());
            }
            text.append("\n  found: ").append(breach.found()).append('\n');
        }
        return text.toString();
    }
}
