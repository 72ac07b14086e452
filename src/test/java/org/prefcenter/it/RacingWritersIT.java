package org.prefcenter.it;

import org.junit.jupiter.api.Test;

/**
 * PATCHes racing on one profile are applied one after another, each to the latest committed state
 * ({@link Races}), on the test server's database (H2 in memory, or PostgreSQL). Repeated
 * ({@code -Drace.repetitions}, default 5); each run is 400 increments by 16 writers, where the version
 * guard alone lost about two. The run command's own database, the H2 file, is raced by
 * {@code devserver.RacingWritersOnTheH2FileIT}.
 */
class RacingWritersIT extends ApiTest {

    private static final int REPETITIONS = Integer.getInteger("race.repetitions", 5);

    private Races races() {
        return new Races(api(), sharedClient("RACE"), "test server");
    }

    @Test
    void readTestReplaceIncrementsAreNeverLost() throws Exception {
        Races races = races();
        for (int run = 1; run <= REPETITIONS; run++) {
            races.readTestReplaceCounter(run);
        }
    }

    @Test
    void blindAppendsAreAllAppliedAndNoneRefused() throws Exception {
        Races races = races();
        for (int run = 1; run <= REPETITIONS; run++) {
            races.blindAppends(run);
        }
    }
}
