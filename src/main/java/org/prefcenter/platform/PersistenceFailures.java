package org.prefcenter.platform;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Classifies database failures by SQLState (H2's and PostgreSQL's), so that every one of them has a
 * status: a constraint violation or an aborted transaction is a 409, a database that does not answer
 * (lost connection, lock wait or statement timeout) a 503, never a 500.
 */
public final class PersistenceFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * The database aborted the transaction for another one: serialization failure (both; H2 also
     * reports deadlocks so), PostgreSQL's deadlock, H2's concurrent update of a row.
     */
    private static final Set<String> ABORTED = Set.of("40001", "40P01", "90131");
    /** Lock wait or statement timed out or was cancelled: PostgreSQL's 55P03 and 57014, H2's HYT00. */
    private static final Set<String> TIMED_OUT = Set.of("55P03", "57014", "HYT00");
    private static final String CONNECTION_CLASS = "08";
    private static final int MAX_DEPTH = 32;

    private PersistenceFailures() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, Set.of(UNIQUE_VIOLATION));
    }

    public static boolean isOptimisticLock(Throwable failure) {
        for (Throwable current : causes(failure)) {
            if (current instanceof OptimisticLockException
                    || current.getClass().getName().endsWith(".OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** A deadlock or serialization failure: nothing was written, and the same request may succeed now. */
    public static boolean isAborted(Throwable failure) {
        return hasSqlState(failure, ABORTED);
    }

    public static boolean isTimedOut(Throwable failure) {
        return hasSqlState(failure, TIMED_OUT);
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable current : causes(failure)) {
            if (current instanceof SQLTransientConnectionException) {
                return true;
            }
            if (current instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_CLASS)) {
                return true;
            }
            if (current.getClass().getName().endsWith("PoolingException")) {
                return true;
            }
        }
        return false;
    }

    public static ProblemException concurrentUpdate() {
        return ProblemException.conflict("the profile was changed by another request at the same time; read it and retry");
    }

    public static ProblemException aborted() {
        return ProblemException.conflict("the database aborted this request's transaction because of a concurrent one"
                + " (deadlock or serialization failure); nothing was changed and it is safe to retry");
    }

    public static ProblemException duplicate() {
        return ProblemException.conflict("an item with the same identity already exists");
    }

    private static boolean hasSqlState(Throwable failure, Set<String> states) {
        for (Throwable current : causes(failure)) {
            if (current instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && states.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The failure and its causes, bounded: a cause chain may loop. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable current = failure; current != null && chain.size() < MAX_DEPTH; current = current.getCause()) {
            chain.add(current);
        }
        return chain;
    }
}
