package org.prefcenter.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.prefcenter.events.entity.ChangeEvent;
import org.prefcenter.events.entity.EventType;
import org.prefcenter.platform.persistence.DatabaseProduct;
import org.prefcenter.platform.rules.Refusal;

/**
 * Positions in the change feed, chosen so that a reader following the feed never sees a gap that
 * fills in later (an event is only read once no event can still commit before it), and sees the
 * events of one profile in the order of its versions.
 * <ul>
 * <li>PostgreSQL: an event's position is its transaction's id, and a reader reads only positions
 * below the xmin of a snapshot taken now, the oldest transaction still running: every transaction
 * below it has committed or rolled back, so nothing can commit there any more. A transaction gets
 * its id at its first write; one that changes a profile first takes an advisory lock on the
 * profile's id ({@link #beforeChanging}), which needs no transaction id, so that it gets its id only
 * once the profile's previous change has committed: the ids of one profile's changes follow its
 * versions. (The row lock alone would not do: a transaction that waits for it has its id already,
 * and waiters are not granted the lock in the order of their ids; TwoInstancesIT saw version 12
 * before version 7.) A write pays one statement for the lock, and its event's INSERT fills in the
 * id; a reader lags behind the oldest write transaction running on the whole server.</li>
 * <li>H2 (the embedded database): a counter in one row, incremented as each write transaction's
 * first statement and locked until it commits, so write transactions run one after another and
 * positions follow commit order. This also keeps writers from waiting on a profile's row lock,
 * which H2's file database was seen to answer with the row as it was before the commit waited for
 * (RacingWritersOnTheH2FileIT: a blind patch refused after ten stale reads). One writer at a time:
 * fine for development, one reason production runs PostgreSQL.</li>
 * </ul>
 */
@ApplicationScoped
public class FeedPositions {

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseProduct database;

    /** Called by a transaction that creates a profile, before its first write. */
    public void beforeCreating() {
        if (!onPostgreSql()) {
            tick();
        }
    }

    /** Called by a transaction that may change the profile, before it locks the profile's row. */
    public void beforeChanging(long profileId) {
        if (onPostgreSql()) {
            em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?)").setParameter(1, profileId)
                    .getSingleResult();
        } else {
            tick();
        }
    }

    private void tick() {
        em.createNativeQuery("UPDATE pc_event_clock SET tick = tick + 1 WHERE id = 1").executeUpdate();
    }

    /**
     * Writes an event at this transaction's position, which the database fills in as it inserts the
     * row (one statement: no round trip to ask for the position first). The transaction has called
     * {@link #beforeCreating()} or {@link #beforeChanging} before its first write.
     */
    public void insert(long clientRef, long profileRef, long version, EventType type, Instant occurredAt, String body) {
        if (!onPostgreSql()) {
            tick(); // the clock's lock is held already, unless the caller did not take it first
        }
        String sql = onPostgreSql()
                ? "INSERT INTO pc_event (id, client_ref, profile_ref, profile_version, feed_position, event_type,"
                        + " occurred_at, event_body) VALUES (nextval('pc_event_seq'), ?, ?, ?,"
                        + " CAST(CAST(pg_current_xact_id() AS TEXT) AS BIGINT), ?, ?, ?)"
                : "INSERT INTO pc_event (id, client_ref, profile_ref, profile_version, feed_position, event_type,"
                        + " occurred_at, event_body) VALUES (NEXT VALUE FOR pc_event_seq, ?, ?, ?,"
                        + " (SELECT tick FROM pc_event_clock WHERE id = 1), ?, ?, ?)";
        em.createNativeQuery(sql)
                .setParameter(1, clientRef)
                .setParameter(2, profileRef)
                .setParameter(3, version)
                .setParameter(4, type.name())
                .setParameter(5, LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC))
                .setParameter(6, body)
                .executeUpdate();
    }

    /**
     * A client's events after {@code cursor} in feed order, at most {@code limit}, only those no
     * event can still commit before: what the feed and the webhooks read.
     */
    public List<ChangeEvent> readableAfter(long clientRef, FeedCursor cursor, int limit) {
        return em.createNamedQuery(ChangeEvent.AFTER, ChangeEvent.class)
                .setParameter("client", clientRef)
                .setParameter("below", readableBelow())
                .setParameter("position", cursor.position())
                .setParameter("id", cursor.id())
                .setMaxResults(limit)
                .getResultList();
    }

    /** Positions below this one can no longer gain an event: what a reader may read now. */
    public long readableBelow() {
        if (onPostgreSql()) {
            return number(em.createNativeQuery(
                    "SELECT CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS TEXT) AS BIGINT)").getSingleResult());
        }
        return Long.MAX_VALUE;
    }

    /** Unknown only while the database does not answer: the request is refused as unavailable. */
    private boolean onPostgreSql() {
        return database.isPostgreSql().orElseThrow(
                () -> Refusal.of(Refusal.Kind.UNAVAILABLE, "the database is unavailable; retry later"));
    }

    /** A native query's single BIGINT, as each JDBC driver and JPA provider hands it over. */
    private static long number(Object column) {
        return ((Number) column).longValue();
    }
}
