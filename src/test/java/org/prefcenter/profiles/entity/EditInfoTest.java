package org.prefcenter.profiles.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every change moves ModifiedDate forward, so that the profile's row (and its version) changes too. */
class EditInfoTest {

    private static final Instant CREATED = Instant.parse("2026-11-29T10:15:30.123456Z");

    @Test
    void aChangeRecordsItsActorAndTimeToTheMillisecond() {
        EditInfo edited = EditInfo.createdBy("ann", CREATED);
        edited.modifiedBy("jdoe", CREATED.plusSeconds(60));
        assertThat(edited.createdBy()).isEqualTo("ann");
        assertThat(edited.createdDate()).isEqualTo(Instant.parse("2026-11-29T10:15:30.123Z"));
        assertThat(edited.modifiedBy()).isEqualTo("jdoe");
        assertThat(edited.modifiedDate()).isEqualTo(Instant.parse("2026-11-29T10:16:30.123Z"));
    }

    @Test
    void aChangeInTheSameMillisecondIsRecordedOneMillisecondLater() {
        EditInfo edited = EditInfo.createdBy("ann", CREATED);
        edited.modifiedBy("jdoe", CREATED.plusNanos(1000));
        assertThat(edited.modifiedDate()).isEqualTo(Instant.parse("2026-11-29T10:15:30.124Z"));
        edited.modifiedBy("jdoe", CREATED);
        assertThat(edited.modifiedDate()).isEqualTo(Instant.parse("2026-11-29T10:15:30.125Z"));
    }

    @Test
    void aClockThatWentBackNeverMovesModifiedDateBack() {
        EditInfo edited = EditInfo.createdBy("ann", CREATED);
        edited.modifiedBy("jdoe", CREATED.minusSeconds(5));
        assertThat(edited.modifiedDate()).isAfter(edited.createdDate());
    }
}
