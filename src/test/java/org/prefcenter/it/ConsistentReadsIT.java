package org.prefcenter.it;

import org.junit.jupiter.api.Test;

/**
 * A GET racing PATCHes shows the profile as of one commit, never older than a PATCH already answered
 * (each instance keeps the documents it read, by version): its ETag (the version) and its items
 * belong together ({@link Races#readsDuringWrites}). Every read checks the version again after the
 * items (Profiles.read): on PostgreSQL without a lock, elsewhere under the row lock. The run
 * command's H2 file is raced alike by {@code devserver.RacingWritersOnTheH2FileIT}.
 */
class ConsistentReadsIT extends ApiTest {

    private static final int WRITES = Integer.getInteger("reads.writes", 150);
    private static final int READERS = Integer.getInteger("reads.readers", 6);

    @Test
    void everyReadShowsTheItemsOfItsEtag() throws Exception {
        new Races(api(), sharedClient("READS"), "test server").readsDuringWrites(WRITES, READERS);
    }
}
