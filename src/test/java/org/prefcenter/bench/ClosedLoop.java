package org.prefcenter.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: N threads, each sending its next request as soon as the previous one is
 * answered. Latencies are recorded (in microseconds) only for requests that start and end inside the
 * measured window, after a warm-up; errors are counted over the whole run, warm-up included.
 */
final class ClosedLoop {

    /** One kind of request, as one thread sends it. */
    @FunctionalInterface
    interface Call {
        /** Sends one request; answers null when it succeeded, else what went wrong. */
        String send() throws Exception;
    }

    /**
     * Makes each thread's {@link Call} (a JDBC connection per thread, for example). Thread {@code t} of
     * {@code threads} should touch only its own profiles ({@code n % threads == t}): no two requests
     * in flight ever race for one profile, so a conflict is an error of the service, not of the load.
     */
    @FunctionalInterface
    interface Caller {
        Call open(int thread, int threads) throws Exception;
    }

    record Result(String name, int threads, long requests, long errors, String firstError, double seconds,
            Histogram latency) {

        double throughput() {
            return requests / seconds;
        }

        /** Latency at a percentile, in milliseconds. */
        double millis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return latency.getMaxValue() / 1000.0;
        }
    }

    private ClosedLoop() {
    }

    /**
     * One thread sending the calls in turn, one request each, recording each call's latency apart:
     * the figures of the calls are then compared under the same conditions, even on a noisy machine.
     */
    static List<Result> alternating(String name, Duration warmup, Duration measured, List<Call> calls)
            throws Exception {
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureTo = measureFrom + measured.toNanos();
        List<Histogram> histograms = new ArrayList<>();
        long[] errors = new long[calls.size()];
        String[] firstErrors = new String[calls.size()];
        calls.forEach(call -> histograms.add(new Histogram(Duration.ofMinutes(1).toNanos() / 1000, 3)));
        for (long sent = System.nanoTime(); sent < measureTo; sent = System.nanoTime()) {
            for (int i = 0; i < calls.size(); i++) {
                long start = System.nanoTime();
                String error = calls.get(i).send();
                long answered = System.nanoTime();
                if (error != null) {
                    errors[i]++;
                    firstErrors[i] = firstErrors[i] == null ? error : firstErrors[i];
                } else if (start >= measureFrom && answered <= measureTo) {
                    histograms.get(i).recordValue((answered - start) / 1000);
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            results.add(new Result(name, 1, histograms.get(i).getTotalCount(), errors[i], firstErrors[i],
                    measured.toNanos() / 1e9, histograms.get(i)));
        }
        return results;
    }

    static Result run(String name, int threads, Duration warmup, Duration measured, Caller caller)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureTo = measureFrom + measured.toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Histogram histogram = new Histogram(Duration.ofMinutes(1).toNanos() / 1000, 3);
            histograms.add(histogram);
            Thread worker = new Thread(() -> {
                try {
                    Call call = caller.open(thread, threads);
                    for (long sent = System.nanoTime(); sent < measureTo; sent = System.nanoTime()) {
                        String error = call.send();
                        long answered = System.nanoTime();
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        } else if (sent >= measureFrom && answered <= measureTo) {
                            histogram.recordValue((answered - sent) / 1000);
                        }
                    }
                    if (call instanceof AutoCloseable closeable) {
                        closeable.close();
                    }
                } catch (Exception failed) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, failed.toString());
                }
            }, name + "-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        Histogram all = new Histogram(Duration.ofMinutes(1).toNanos() / 1000, 3);
        histograms.forEach(all::add);
        return new Result(name, threads, all.getTotalCount(), errors.get(), firstError.get(),
                measured.toNanos() / 1e9, all);
    }
}
