package org.prefcenter.webhooks.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.prefcenter.events.control.EventDocument;
import org.prefcenter.events.control.FeedCursor;
import org.prefcenter.events.control.FeedPositions;
import org.prefcenter.webhooks.control.Backoff;
import org.prefcenter.webhooks.control.WebhookSettings;
import org.prefcenter.webhooks.entity.DeliveryAttempt;
import org.prefcenter.webhooks.entity.Subscription;
import org.prefcenter.webhooks.entity.SubscriptionState;

/**
 * The dispatcher's short transactions: claim due subscriptions, read a claimed one's next events,
 * record how sending them went. None is held while anything is sent.
 */
@Stateless
@PermitAll
public class DeliveryLedger {

    /** One instance's hold on one subscription, until its lease runs out or it is finished. */
    public record Claim(long subscription, String token) {
    }

    /** An event to send: its id, its profile, where it stands in the feed, its type and the exact body. */
    public record Pending(long id, long profile, long position, String type, String document) {
        FeedCursor cursor() {
            return new FeedCursor(position, id);
        }
    }

    /**
     * A claimed subscription's next events after its cursor, and which of them were acknowledged
     * already (sent beside an event that failed: the cursor stops before that one).
     */
    public record Batch(String url, String secret, List<String> types, FeedCursor cursor, List<Pending> events,
            Set<Long> acknowledged) {
        /** Whether the event is still to be sent: of a type subscribed to, not acknowledged yet. */
        boolean toSend(Pending event) {
            return (types.isEmpty() || types.contains(event.type())) && !acknowledged.contains(event.id());
        }
    }

    public record Attempt(long eventId, LocalDateTime at, Integer statusCode, String error, long millis,
            boolean acknowledged) {
    }

    /**
     * Due ACTIVE subscriptions with events after their cursor, at most {@code max}, locked with
     * SKIP LOCKED so that instances polling at once take different ones, each then leased to this
     * instance: no other takes it until the lease runs out, or this one finishes it.
     */
    private static final String DUE = "SELECT s.id FROM pc_subscription s WHERE s.state = 'ACTIVE'"
            + " AND s.next_attempt_at <= ?1 AND EXISTS (SELECT 1 FROM pc_event e WHERE e.client_ref = s.client_ref"
            // the first condition alone bounds the index range (client_ref, feed_position, id) scanned
            + " AND e.feed_position >= s.cursor_position"
            + " AND (e.feed_position > s.cursor_position OR e.id > s.cursor_id))"
            + " ORDER BY s.next_attempt_at FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookSettings webhooks;

    @Inject
    FeedPositions positions;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claim> claimDue(int max) {
        LocalDateTime now = now();
        List<?> ids = em.createNativeQuery(String.format(DUE, max)).setParameter(1, Timestamp.valueOf(now))
                .getResultList();
        LocalDateTime leaseUntil = now.plus(webhooks.lease());
        List<Claim> claims = new ArrayList<>(ids.size());
        for (Object id : ids) {
            Subscription subscription = em.find(Subscription.class, ((Number) id).longValue());
            String token = UUID.randomUUID().toString();
            subscription.claim(token, leaseUntil);
            claims.add(new Claim(subscription.id(), token));
        }
        return claims;
    }

    /** The claimed subscription's next events, or null when the claim is no longer this instance's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch batch(Claim claim) {
        Subscription subscription = em.find(Subscription.class, claim.subscription());
        if (subscription == null || subscription.state() != SubscriptionState.ACTIVE
                || !claim.token().equals(subscription.claimToken())) {
            return null;
        }
        FeedCursor cursor = subscription.cursor();
        List<Pending> events = positions.readableAfter(subscription.clientRef(), cursor, webhooks.batchSize())
                .stream()
                .map(event -> new Pending(event.id(), event.profileRef(), event.position(), event.type().wireName(),
                        EventDocument.of(event).toString()))
                .toList();
        return new Batch(subscription.url(), subscription.secret(), subscription.types(), cursor, events,
                acknowledged(subscription, events));
    }

    private Set<Long> acknowledged(Subscription subscription, List<Pending> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createNamedQuery(DeliveryAttempt.ACKNOWLEDGED, Long.class)
                .setParameter("subscription", subscription.id())
                .setParameter("events", events.stream().map(Pending::id).toList())
                .getResultList());
    }

    /**
     * Records the attempts and moves the cursor to {@code reached}, the claim kept for the next
     * batch; answers false, recording nothing, when the claim is no longer this instance's.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean progress(Claim claim, FeedCursor reached, List<Attempt> attempts) {
        Subscription subscription = claimed(claim);
        if (subscription == null) {
            return false;
        }
        record(subscription, attempts);
        subscription.progressed(reached);
        return true;
    }

    /**
     * Records the attempts and moves the cursor to {@code reached}; after a failure schedules the
     * next try, and pauses a subscription failing for longer than the pause setting. Nothing when
     * the claim is no longer this instance's (ended, or its lease ran out and another took it).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(Claim claim, FeedCursor reached, List<Attempt> attempts, boolean failed) {
        Subscription subscription = claimed(claim);
        if (subscription == null) {
            return;
        }
        record(subscription, attempts);
        LocalDateTime now = now();
        if (failed) {
            subscription.failed(reached, now, now.plus(Backoff.after(subscription.failures() + 1,
                    webhooks.backoffBase(), webhooks.backoffMax())));
            if (!subscription.failingSince().plus(webhooks.pauseAfter()).isAfter(now)) {
                subscription.pause();
            }
        } else {
            subscription.delivered(reached, now);
        }
    }

    /** Gives a claim up unused (the subscription was paused meanwhile), if it is still this instance's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(Claim claim) {
        Subscription subscription = claimed(claim);
        if (subscription != null) {
            subscription.release(now());
        }
    }

    /** The subscription, locked, while the claim is still this instance's; otherwise null. */
    private Subscription claimed(Claim claim) {
        Subscription subscription = em.find(Subscription.class, claim.subscription(), LockModeType.PESSIMISTIC_WRITE);
        return subscription == null || !claim.token().equals(subscription.claimToken()) ? null : subscription;
    }

    private void record(Subscription subscription, List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        for (Attempt attempt : attempts) {
            em.persist(new DeliveryAttempt(subscription.id(), attempt.eventId(), attempt.at(), attempt.statusCode(),
                    attempt.error(), attempt.millis()));
        }
        em.flush();
        keepTheLastAttempts(subscription.id());
    }

    private void keepTheLastAttempts(long subscription) {
        List<DeliveryAttempt> oldestKept = em.createNamedQuery(DeliveryAttempt.NEWEST, DeliveryAttempt.class)
                .setParameter("subscription", subscription)
                .setFirstResult(webhooks.attemptsKept() - 1)
                .setMaxResults(1)
                .getResultList();
        if (!oldestKept.isEmpty()) {
            em.createNamedQuery(DeliveryAttempt.DELETE_BEFORE).setParameter("subscription", subscription)
                    .setParameter("id", oldestKept.get(0).id()).executeUpdate();
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
