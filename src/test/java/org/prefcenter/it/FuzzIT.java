package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of requests made by mutating valid ones (bodies, content types, headers, framing, methods,
 * query strings, path segments, tokens and their claims), each checked against the contract: never a
 * 5xx, every 4xx an application/problem+json, an answer the contract allows where it says which, and
 * nothing stored by a refused write (the profile byte-for-byte, ETag included; a list unchanged).
 *
 * <p>Seeded ({@code -Dfuzz.seed}, printed at the start and in every failure) and bounded
 * ({@code -Dfuzz.seconds}, default 60, and {@code -Dfuzz.requests}, whichever comes first). See docs/FUZZ.md.
 */
class FuzzIT extends ApiTest {

    /** Each dimension of a request and how often it is the one mutated; "valid" leaves the request alone. */
    private static final Map<String, Integer> DIMENSION_WEIGHTS = Map.of("body", 4, "token", 2, "path", 1, "query", 1,
            "header", 1, "content-type", 1, "framing", 1, "method", 1, "valid", 1);

    @Test
    void noMutatedRequestAnswers5xxOrStoresWhatWasRefused() {
        long seed = Long.getLong("fuzz.seed", Instant.now().toEpochMilli());
        Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 60));
        long maxRequests = Long.getLong("fuzz.requests", 1_000_000);
        System.out.printf("FuzzIT: seed %d (replay with -Dfuzz.seed=%d), at most %d s or %d requests%n", seed, seed,
                budget.toSeconds(), maxRequests);

        Random random = new Random(seed);
        FuzzWorld world = new FuzzWorld(api());
        FuzzSender sender = new FuzzSender(deployment);
        FuzzRoutes routes = new FuzzRoutes();
        Map<String, List<FuzzMutation>> dimensions = dimensions();
        FuzzReport report = new FuzzReport(seed);
        Instant end = Instant.now().plus(budget);
        FuzzCase previous = null;
        for (int number = 1; number <= maxRequests && Instant.now().isBefore(end); number++) {
            world.renewTargetIfWorn();
            FuzzCase request = mutated(random, world, routes.any(random, world), dimensions);
            report.previous(previous);
            long started = System.nanoTime();
            try {
                Api.Reply reply = sender.send(request);
                report.answered(request, reply.status(), System.nanoTime() - started);
                check(number, request, reply, world, report);
            } catch (IOException noAnswer) {
                report.answered(request, FuzzReport.NO_ANSWER, System.nanoTime() - started);
                report.breach(number, request, "no answer", noAnswer.toString(), true);
            }
            previous = request;
        }
        System.out.println(report.table());
        if (!report.clean()) {
            System.out.println(report.breaches());
        }
        assertThat(report.clean()).as("seed %d: %s", seed, report.breaches()).isTrue();
    }

    private static Map<String, List<FuzzMutation>> dimensions() {
        List<FuzzMutation> all = new ArrayList<>();
        all.addAll(BodyMutations.all());
        all.addAll(RequestMutations.all());
        all.addAll(TokenMutations.all());
        Map<String, List<FuzzMutation>> dimensions = new LinkedHashMap<>();
        for (FuzzMutation mutation : all) {
            String dimension = mutation.inputClass().substring(0, mutation.inputClass().indexOf('/'));
            dimensions.computeIfAbsent(dimension, d -> new ArrayList<>()).add(mutation);
        }
        return dimensions;
    }

    /** The valid request with one dimension mutated, that dimension chosen by weight among those that apply. */
    private static FuzzCase mutated(Random random, FuzzWorld world, FuzzCase valid,
            Map<String, List<FuzzMutation>> dimensions) {
        Map<String, List<FuzzMutation>> applicable = new LinkedHashMap<>();
        int total = DIMENSION_WEIGHTS.get("valid");
        for (Map.Entry<String, List<FuzzMutation>> dimension : dimensions.entrySet()) {
            List<FuzzMutation> mutations = dimension.getValue().stream().filter(m -> m.appliesTo().test(valid)).toList();
            if (!mutations.isEmpty()) {
                applicable.put(dimension.getKey(), mutations);
                total += DIMENSION_WEIGHTS.get(dimension.getKey());
            }
        }
        int pick = random.nextInt(total);
        for (Map.Entry<String, List<FuzzMutation>> dimension : applicable.entrySet()) {
            pick -= DIMENSION_WEIGHTS.get(dimension.getKey());
            if (pick < 0) {
                List<FuzzMutation> mutations = dimension.getValue();
                return mutations.get(random.nextInt(mutations.size())).applyTo(random, world, valid);
            }
        }
        return valid;
    }

    private static void check(int number, FuzzCase request, Api.Reply reply, FuzzWorld world, FuzzReport report) {
        int status = reply.status();
        boolean bare = reply.contentType().isEmpty();
        if (status >= 500) {
            report.breach(number, request, "answered " + status, answer(reply), bare);
        } else if (!request.expect().allows(status)) {
            report.breach(number, request, "answered " + status + " where the contract says "
                    + request.expect().name().toLowerCase().replace('_', ' '), answer(reply), bare);
        }
        if (ServerRefusal.isOne(request, reply)) {
            report.refusedByServer(request);
        } else if (status >= 400) {
            problemDetails(reply).ifPresent(wrong -> report.breach(number, request, "error not problem+json", wrong, bare));
        }
        boolean accepted = status >= 200 && status < 300;
        if (request.effect() instanceof FuzzCase.PatchesTarget) {
            Optional<String> change = accepted ? world.targetAccepted(reply) : world.targetChange();
            change.ifPresent(found -> report.breach(number, request,
                    accepted ? "ETag of the answer is not the stored one" : "refused but stored", found, bare));
        } else if (request.effect() instanceof FuzzCase.CreatesProfile creates) {
            if (!accepted && world.profileWithCrmExists(creates.crm())) {
                report.breach(number, request, "refused but stored", "a profile with CRM id " + creates.crm()
                        + " exists after " + answer(reply), bare);
            }
        } else if (request.effect() instanceof FuzzCase.AddsTo adds) {
            if (accepted) {
                world.listAccepted(adds.list());
            } else {
                world.listChange(adds.list()).ifPresent(found -> report.breach(number, request,
                        "refused but stored", found + "\n  answer: " + answer(reply), bare));
            }
        }
    }

    /** What is wrong with an error answer's body, if it is not RFC 9457 problem details for its status. */
    private static Optional<String> problemDetails(Api.Reply reply) {
        if (!reply.contentType().startsWith("application/problem+json")) {
            return Optional.of("Content-Type '" + reply.contentType() + "': " + answer(reply));
        }
        try {
            JsonObject problem = reply.json();
            if (problem.getInt("status", -1) != reply.status() || !problem.containsKey("title")
                    || !problem.containsKey("detail")) {
                return Optional.of("problem without its status, title or detail: " + answer(reply));
            }
        } catch (RuntimeException unreadable) {
            return Optional.of("problem body not a JSON object: " + answer(reply));
        }
        return Optional.empty();
    }

    private static String answer(Api.Reply reply) {
        return reply.status() + " " + reply.contentType() + " " + Printable.cut(reply.body(), 300);
    }
}
