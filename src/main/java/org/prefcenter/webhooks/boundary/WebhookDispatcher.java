package org.prefcenter.webhooks.boundary;

import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.prefcenter.events.control.EventDocument;
import org.prefcenter.events.control.FeedCursor;
import org.prefcenter.webhooks.boundary.DeliveryLedger.Attempt;
import org.prefcenter.webhooks.boundary.DeliveryLedger.Batch;
import org.prefcenter.webhooks.boundary.DeliveryLedger.Claim;
import org.prefcenter.webhooks.boundary.DeliveryLedger.Pending;
import org.prefcenter.webhooks.control.Sender;
import org.prefcenter.webhooks.control.WebhookSettings;

/**
 * Delivers webhooks on every instance. Every {@code prefcenter.webhooks.poll-millis} the server's
 * managed scheduled executor claims due subscriptions ({@link DeliveryLedger#claimDue}), at most as
 * many as there are free senders ({@code prefcenter.webhooks.concurrency}); each claimed one is sent
 * on the managed executor: its next events in batches of {@code prefcenter.webhooks.batch-size}, on
 * {@code prefcenter.webhooks.lanes} lanes side by side (each profile's events on one lane, in feed
 * order; the lanes' threads come from the managed thread factory), for at most
 * {@code prefcenter.webhooks.batch-seconds}, stopping at the first failure. The API's request threads
 * never send. Not an EJB timer: Payara Micro's timer service needs Hazelcast.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService senders;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    WebhookSettings webhooks;

    @EJB
    DeliveryLedger ledger;

    private Semaphore free;
    private Sender sender;
    /** Each sender's lanes but its first: {@code concurrency} times {@code lanes - 1} threads. */
    private ExecutorService laneThreads;
    private ScheduledFuture<?> schedule;
    private volatile boolean stopping;
    private volatile long lastWarning;

    @PostConstruct
    void start() {
        free = new Semaphore(webhooks.concurrency());
        sender = new Sender();
        laneThreads = Executors.newFixedThreadPool(Math.max(1, webhooks.concurrency() * (webhooks.lanes() - 1)),
                threads);
        long poll = webhooks.pollMillis();
        schedule = scheduler.scheduleWithFixedDelay(this::pollOrLog, poll, poll, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        schedule.cancel(false);
        laneThreads.shutdown();
    }

    private void pollOrLog() {
        try {
            poll();
        } catch (RuntimeException failed) {
            warn("webhook dispatch failed, tried again at the next poll", failed);
        }
    }

    void poll() {
        int available = free.availablePermits();
        if (stopping || available == 0) {
            return;
        }
        for (Claim claim : ledger.claimDue(available)) {
            free.acquireUninterruptibly(); // only this thread takes permits: one is there for each claim
            try {
                senders.execute(() -> {
                    try {
                        deliver(claim);
                    } catch (RuntimeException failed) {
                        warn("webhook delivery of subscription " + claim.subscription() + " failed; its lease"
                                + " runs out and it is tried again", failed);
                    } finally {
                        free.release();
                    }
                });
            } catch (RejectedExecutionException full) {
                free.release(); // its lease runs out, and a later poll takes it again
            }
        }
    }

    /**
     * Sends the claimed subscription's events, batch after batch while each batch came full, every
     * event was acknowledged and time is left; each batch's progress recorded before the next is
     * read. Letting go after every batch would leave a busy subscription waiting a poll interval
     * for each {@code batch-size} events: fewer than 200 a second reached the receiver.
     */
    void deliver(Claim claim) {
        long deadline = System.nanoTime() + webhooks.batchTime().toNanos();
        while (true) {
            Batch batch = ledger.batch(claim);
            if (batch == null) {
                ledger.release(claim);
                return;
            }
            Sent sent = send(batch, deadline);
            boolean more = sent.all() && !sent.failed() && batch.events().size() == webhooks.batchSize()
                    && !stopping && System.nanoTime() < deadline;
            if (!more) {
                ledger.finish(claim, sent.reached(), sent.attempts(), sent.failed());
                return;
            }
            if (!ledger.progress(claim, sent.reached(), sent.attempts())) {
                return;
            }
        }
    }

    /** How far one batch went: the cursor reached, whether every event of it was, whether one failed. */
    private record Sent(FeedCursor reached, List<Attempt> attempts, boolean all, boolean failed) {
    }

    /**
     * Sends the batch's events on {@code lanes} lanes side by side, each profile's events on one
     * lane in feed order; a lane stops at its first failure, every lane once one failed, the server
     * stops or time runs out. The cursor then moves past every event, in feed order, up to the
     * first one not acknowledged; those acknowledged beyond it are skipped when it is tried again.
     * The first lane runs on this thread, the others on the lane threads.
     */
    private Sent send(Batch batch, long deadline) {
        Map<Integer, List<Pending>> lanes = new TreeMap<>();
        for (Pending event : batch.events()) {
            if (batch.toSend(event)) {
                lanes.computeIfAbsent(Math.floorMod(Long.hashCode(event.profile()), webhooks.lanes()),
                        lane -> new ArrayList<>()).add(event);
            }
        }
        Map<Long, Attempt> attempts = new ConcurrentHashMap<>();
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<?>> others = new ArrayList<>();
        List<Pending> first = List.of();
        for (List<Pending> lane : lanes.values()) {
            if (first.isEmpty()) {
                first = lane;
            } else {
                others.add(laneThreads.submit(() -> sendInOrder(batch, lane, attempts, failed, deadline)));
            }
        }
        sendInOrder(batch, first, attempts, failed, deadline);
        for (Future<?> lane : others) {
            awaitLane(lane);
        }
        FeedCursor reached = batch.cursor();
        List<Attempt> made = new ArrayList<>();
        boolean all = true;
        for (Pending event : batch.events()) {
            Attempt attempt = attempts.get(event.id());
            if (attempt != null) {
                made.add(attempt);
            }
            boolean done = !batch.toSend(event) || attempt != null && attempt.acknowledged();
            all = all && done;
            if (all) {
                reached = event.cursor();
            }
        }
        return new Sent(reached, made, all, failed.get());
    }

    private void sendInOrder(Batch batch, List<Pending> lane, Map<Long, Attempt> attempts, AtomicBoolean failed,
            long deadline) {
        Set<String> allowedHosts = webhooks.allowedHosts();
        for (Pending event : lane) {
            if (stopping || failed.get() || System.nanoTime() > deadline) {
                return;
            }
            LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            Sender.Outcome outcome = sender.send(batch.url(), batch.secret(), EventDocument.eventId(event.id()),
                    event.document(), allowedHosts);
            attempts.put(event.id(), new Attempt(event.id(), at, outcome.statusCode(), outcome.error(),
                    outcome.millis(), outcome.acknowledged()));
            if (!outcome.acknowledged()) {
                failed.set(true);
                return;
            }
        }
    }

    /** Waits for a lane; one that broke down counts as not sent (its events come again). */
    private void awaitLane(Future<?> lane) {
        try {
            lane.get();
        } catch (ExecutionException broken) {
            warn("a webhook lane failed; its events are sent again", new IllegalStateException(broken.getCause()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** At most one warning a minute: a database away would otherwise log five times a second. */
    private void warn(String what, RuntimeException failed) {
        long now = System.currentTimeMillis();
        if (now - lastWarning > 60_000) {
            lastWarning = now;
            LOG.log(Level.WARNING, what + ": " + failed, failed);
        }
    }
}
