package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Webhook delivery latency: from a change's 200 (its commit) to its receipt by a receiver. */
public final class Latency {

    private Latency() {
    }

    /**
     * Makes {@code count} changes, ~100 ms apart (each answering the profile with its version in the
     * ETag), and answers each one's latency in ms once the receiver got them all.
     */
    public static List<Long> measure(Receiver receiver, int count, IntFunction<Api.Reply> change)
            throws InterruptedException {
        int before = receiver.acknowledged().size();
        Map<Long, Long> committed = new HashMap<>();
        for (int i = 1; i <= count; i++) {
            Api.Reply reply = change.apply(i);
            committed.put(Long.parseLong(reply.header("ETag").orElseThrow().replace("\"", "")), System.nanoTime());
            Thread.sleep(100);
        }
        List<Receiver.Delivery> received = receiver.awaitAcknowledged(before + count, Duration.ofSeconds(30));
        List<Receiver.Delivery> measured = received.subList(before, received.size());
        assertThat(measured).hasSize(count);
        List<Long> latencies = new ArrayList<>();
        for (Receiver.Delivery delivery : measured) {
            long sent = committed.get(delivery.json().getJsonNumber("Version").longValue());
            latencies.add((delivery.receivedNanos() - sent) / 1_000_000);
        }
        return latencies;
    }

    public static String summary(List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        return "n=" + sorted.size() + " median=" + median + " ms p99=" + p99 + " ms max=" + sorted.get(sorted.size() - 1)
                + " ms";
    }
}
