package org.prefcenter.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-loop load: requests started at a fixed rate whatever the answers take, as users arrive at a
 * service. Request {@code i} is due at {@code start + i / rate}, and its latency counts from then,
 * not from when a thread got round to sending it: a stall of the server delays every request due
 * during it, and each of them counts the wait (no coordinated omission, which a closed loop commits by
 * sending less while the server is slow). Errors are counted over the whole run, warm-up included.
 */
final class OpenLoop {

    /** At most this many requests in flight; beyond it, requests wait for a sender, and that counts too. */
    private static final int SENDERS = 256;

    private OpenLoop() {
    }

    /** {@code call.apply(i)} sends request {@code i}; answers null when it succeeded, else what went wrong. */
    static ClosedLoop.Result run(String name, double rate, Duration warmup, Duration measured,
            LongFunction<ClosedLoop.Call> call) throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        Recorder latency = new Recorder(Duration.ofMinutes(1).toNanos() / 1000, 3);
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureTo = measureFrom + measured.toNanos();
        long sent = 0;
        for (long due = start; due < measureTo; due = start + sent * interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long number = sent++;
            long dueAt = due;
            senders.execute(() -> {
                String error;
                try {
                    error = call.apply(number).send();
                } catch (Exception failed) {
                    error = failed.toString();
                }
                if (error != null) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, error);
                } else if (dueAt >= measureFrom) {
                    latency.recordValue((System.nanoTime() - dueAt) / 1000);
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        Histogram all = latency.getIntervalHistogram();
        return new ClosedLoop.Result(name, 0, all.getTotalCount(), errors.get(), firstError.get(),
                measured.toNanos() / 1e9, all);
    }
}
