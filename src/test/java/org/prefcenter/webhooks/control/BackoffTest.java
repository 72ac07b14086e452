package org.prefcenter.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void theDelayDoublesFromTheBaseWithinAFifthEitherWay() {
        for (int failures = 1; failures <= 6; failures++) {
            long nominal = 1000L << (failures - 1);
            assertThat(Backoff.after(failures, SECOND, HOUR).toMillis()).as("after %d failures", failures)
                    .isBetween(nominal * 8 / 10, nominal * 12 / 10);
        }
    }

    @Test
    void theFirstRetriesComeWithinAMinuteAndNoneLaterThanTheMaximum() {
        long firstSix = 0;
        for (int failures = 1; failures <= 6; failures++) {
            firstSix += Backoff.after(failures, SECOND, HOUR).toMillis();
        }
        assertThat(firstSix).isLessThan(60_000 * 12 / 10 + 16_000);
        assertThat(Backoff.after(1, SECOND, HOUR)).isLessThan(Duration.ofMinutes(1));
        for (int failures : new int[] {13, 30, 31, 64, Integer.MAX_VALUE}) {
            assertThat(Backoff.after(failures, SECOND, HOUR)).isLessThanOrEqualTo(HOUR.multipliedBy(12).dividedBy(10))
                    .isGreaterThanOrEqualTo(HOUR.multipliedBy(8).dividedBy(10));
        }
    }
}
