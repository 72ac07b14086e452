package org.prefcenter.it.devserver;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prefcenter.it.ClientFixture;
import org.prefcenter.it.Races;

/**
 * The races of RacingWritersIT and ConsistentReadsIT on the run command's own database, the H2 file
 * (where a locked row was seen to come back as it was before the commit it waited for), through the
 * run command's configuration ({@link DevelopmentServer}).
 */
class RacingWritersOnTheH2FileIT {

    /**
     * Three runs of the counter (1,200 increments; before the locked read was checked again, the third
     * run of one such class failed), two of the appends: about a minute, in the default run only.
     */
    private static final int REPETITIONS = Integer.getInteger("race.h2file.repetitions", 3);
    private static Races races;

    @BeforeAll
    static void client() throws Exception {
        var server = DevelopmentServer.get();
        races = new Races(server.api(), ClientFixture.create(server.api(), "H2FILE"), "H2 file");
    }

    @Test
    void readTestReplaceIncrementsAreNeverLost() throws Exception {
        for (int run = 1; run <= REPETITIONS; run++) {
            races.readTestReplaceCounter(run);
        }
    }

    @Test
    void blindAppendsAreAllAppliedAndNoneRefused() throws Exception {
        for (int run = 1; run <= Math.min(2, REPETITIONS); run++) {
            races.blindAppends(run);
        }
    }

    @Test
    void everyReadShowsTheItemsOfItsEtag() throws Exception {
        races.readsDuringWrites(150, 6);
    }
}
