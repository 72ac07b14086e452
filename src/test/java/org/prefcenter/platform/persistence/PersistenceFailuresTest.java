package org.prefcenter.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Every database failure the service can meet is classified by its SQLState, as H2 and PostgreSQL report it. */
class PersistenceFailuresTest {

    /** As the JPA provider hands it over: the driver's exception a few causes deep. */
    private static PersistenceException failure(String sqlState) {
        return new PersistenceException("provider", new RuntimeException("wrapper",
                new SQLException("driver", sqlState)));
    }

    @Test
    void deadlocksAndSerializationFailuresAreAbortedTransactionsSafeToRetry() {
        for (String state : new String[] {"40001", "40P01", "90131"}) {
            assertThat(PersistenceFailures.isAborted(failure(state))).as(state).isTrue();
            assertThat(PersistenceFailures.isTimedOut(failure(state))).as(state).isFalse();
        }
    }

    @Test
    void lockWaitAndStatementTimeoutsAreTimedOut() {
        for (String state : new String[] {"55P03", "57014", "HYT00"}) {
            assertThat(PersistenceFailures.isTimedOut(failure(state))).as(state).isTrue();
            assertThat(PersistenceFailures.isAborted(failure(state))).as(state).isFalse();
        }
    }

    @Test
    void lostConnectionsAndEndedSessionsAreUnavailableAndConstraintViolationsDuplicates() {
        assertThat(PersistenceFailures.isUnavailable(failure("08006"))).isTrue();
        for (String ended : new String[] {"57P01", "57P02", "57P03", "57P04", "57P05"}) {
            assertThat(PersistenceFailures.isUnavailable(failure(ended))).as(ended).isTrue();
        }
        assertThat(PersistenceFailures.isUnavailable(failure("57014"))).as("a cancelled statement: timed out").isFalse();
        assertThat(PersistenceFailures.isUniqueViolation(failure("23505"))).isTrue();
        assertThat(PersistenceFailures.isUniqueViolation(failure("23503"))).isFalse();
    }

    @Test
    void theNextExceptionOfABatchCountsToo() {
        SQLException batch = new SQLException("batch", "XX000");
        batch.setNextException(new SQLException("deadlock", "40P01"));
        assertThat(PersistenceFailures.isAborted(new PersistenceException(batch))).isTrue();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(PersistenceFailures.isAborted(first)).isFalse();
    }
}
