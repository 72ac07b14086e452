package org.prefcenter.platform.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.prefcenter.platform.problems.ProblemException;

/**
 * Classifies database failures by SQLState, which H2 and PostgreSQL share, so that a constraint
 * violation becomes a 409 and a lost connection a 503 instead of a 500.
 */
public final class PersistenceFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String CONNECTION_CLASS = "08";
    private static final int MAX_DEPTH = 32;

    private PersistenceFailures() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, UNIQUE_VIOLATION);
    }

    public static boolean isOptimisticLock(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            if (current instanceof OptimisticLockException
                    || current.getClass().getName().endsWith(".OptimisticLockException")) {
                return true;
            }
            if (current instanceof SQLException sql && SERIALIZATION_FAILURE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isUnavailable(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
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

    public static ProblemException duplicate() {
        return ProblemException.conflict("an item with the same identity already exists");
    }

    private static boolean hasSqlState(Throwable failure, String state) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            if (current instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (state.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
