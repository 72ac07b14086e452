package org.prefcenter.webhooks.control;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** When a failed subscription is tried again: base * 2^(failures-1), at most the maximum, give or take a fifth. */
public final class Backoff {

    private Backoff() {
    }

    public static Duration after(int failures, Duration base, Duration max) {
        int exponent = Math.min(Math.max(failures - 1, 0), 30);
        long millis = Math.min(base.toMillis() << exponent, max.toMillis());
        if (base.toMillis() << exponent < 0) {
            millis = max.toMillis();
        }
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (millis * jitter)));
    }
}
