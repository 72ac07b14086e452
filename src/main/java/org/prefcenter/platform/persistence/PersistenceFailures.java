package org.prefcenter.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Refusal.Kind;

/**
 * The one translation of database failures into refusals, by SQLState (H2's and PostgreSQL's): a
 * unique violation or a concurrent update is a CONFLICT, an aborted transaction ABORTED, a database
 * that does not answer (lost connection, a session the server ended, lock wait or statement timeout)
 * UNAVAILABLE; never a 500.
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
    /**
     * PostgreSQL ended the session: an administrator's command or a shutdown (57P01), a crash of
     * another backend (57P02), a server not yet accepting connections (57P03), the database dropped
     * (57P04), the idle session timeout (57P05). The transaction is gone with it, nothing written.
     */
    private static final String SESSION_ENDED = "57P0";
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
            if (current instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState()
                    .startsWith(CONNECTION_CLASS) || sql.getSQLState().startsWith(SESSION_ENDED))) {
                return true;
            }
            if (current.getClass().getName().endsWith("PoolingException")) {
                return true;
            }
        }
        return false;
    }

    /** The refusal a database failure is answered with, or null for a failure that is none of these. */
    public static Refusal refusalFor(Throwable failure) {
        if (isOptimisticLock(failure)) {
            return concurrentUpdate();
        }
        if (isUniqueViolation(failure)) {
            return duplicate();
        }
        if (isAborted(failure)) {
            return Refusal.of(Kind.ABORTED, "the database aborted this request's transaction because of a concurrent"
                    + " one (deadlock or serialization failure); nothing was changed and it is safe to retry");
        }
        if (isUnavailable(failure)) {
            return Refusal.of(Kind.UNAVAILABLE, "the database is unavailable; retry later");
        }
        if (isTimedOut(failure)) {
            return Refusal.of(Kind.UNAVAILABLE, "the database did not answer in time (a lock wait or statement"
                    + " timed out); nothing was changed; retry later");
        }
        return null;
    }

    /**
     * Writes now, so that a unique violation from a concurrent request surfaces here, refused as the
     * caller words it, rather than at commit as a wrapped rollback.
     */
    public static void flush(EntityManager em, Supplier<Refusal> onDuplicate) {
        try {
            em.flush();
        } catch (PersistenceException failed) {
            if (isUniqueViolation(failed)) {
                throw onDuplicate.get();
            }
            throw failed;
        }
    }

    public static Refusal concurrentUpdate() {
        return Refusal.of(Kind.CONFLICT, "the profile was changed by another request at the same time; read it and retry");
    }

    private static Refusal duplicate() {
        return Refusal.of(Kind.CONFLICT, "an item with the same identity already exists");
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
