package org.prefcenter.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.prefcenter.events.control.FeedCursor;

/**
 * A client's webhook: where its change events are POSTed, which types, and how far delivery got
 * (the cursor: the last event acknowledged or skipped). Times are UTC.
 */
@Entity
@Table(name = "pc_subscription")
@NamedQuery(name = Subscription.OF_CLIENT,
        query = "select s from Subscription s where s.clientRef = :client order by s.id")
@NamedQuery(name = Subscription.COUNT_OF_CLIENT, query = "select count(s) from Subscription s where s.clientRef = :client")
public class Subscription {

    public static final String OF_CLIENT = "Subscription.ofClient";
    public static final String COUNT_OF_CLIENT = "Subscription.countOfClient";

    @Id
    @SequenceGenerator(name = "subscription_seq", sequenceName = "pc_subscription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
    private Long id;

    @Column(name = "client_ref", nullable = false)
    private Long clientRef;

    @Column(name = "url", nullable = false, length = 2000)
    private String url;

    @Column(name = "event_types", nullable = false, length = 400)
    private String types;

    @Column(name = "secret", nullable = false, length = 64)
    private String secret;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private SubscriptionState state;

    @Column(name = "cursor_position", nullable = false)
    private Long cursorPosition;

    @Column(name = "cursor_id", nullable = false)
    private Long cursorId;

    @Column(name = "failures", nullable = false)
    private Integer failures;

    @Column(name = "failing_since")
    private LocalDateTime failingSince;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claim_token", length = 40)
    private String claimToken;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Subscription() {
    }

    public Subscription(long clientRef, String url, List<String> types, String secret, FeedCursor start,
            LocalDateTime now) {
        this.clientRef = clientRef;
        this.url = url;
        this.types = String.join(",", types);
        this.secret = secret;
        this.state = SubscriptionState.ACTIVE;
        this.cursorPosition = start.position();
        this.cursorId = start.id();
        this.failures = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long clientRef() {
        return clientRef;
    }

    public String url() {
        return url;
    }

    /** Empty: every type. */
    public List<String> types() {
        return types.isEmpty() ? List.of() : Arrays.asList(types.split(","));
    }

    public boolean wants(String wireName) {
        return types.isEmpty() || types().contains(wireName);
    }

    public String secret() {
        return secret;
    }

    public SubscriptionState state() {
        return state;
    }

    public FeedCursor cursor() {
        return new FeedCursor(cursorPosition, cursorId);
    }

    public int failures() {
        return failures;
    }

    public LocalDateTime failingSince() {
        return failingSince;
    }

    public LocalDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public String claimToken() {
        return claimToken;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public void changeTypes(List<String> types) {
        this.types = String.join(",", types);
    }

    /**
     * Active again: from where it stopped, at once, its failures forgotten. A claim still under way
     * (paused while sending) keeps its lease: its end says when the next attempt is due.
     */
    public void activate(LocalDateTime now) {
        if (state != SubscriptionState.ACTIVE) {
            state = SubscriptionState.ACTIVE;
            failures = 0;
            failingSince = null;
            if (claimToken == null) {
                nextAttemptAt = now;
            }
        }
    }

    /** A new Url is a new receiver: a retry waiting for the old one is made at once instead. */
    public void changeUrl(String url, LocalDateTime now) {
        if (!url.equals(this.url) && claimToken == null && failures > 0) {
            failures = 0;
            failingSince = null;
            nextAttemptAt = now;
        }
        this.url = url;
    }

    public void pause() {
        state = SubscriptionState.PAUSED;
    }

    /** Claimed by one instance until {@code leaseUntil}. */
    public void claim(String token, LocalDateTime leaseUntil) {
        claimToken = token;
        nextAttemptAt = leaseUntil;
    }

    /** The claim given up with nothing done: due again at once. */
    public void release(LocalDateTime now) {
        claimToken = null;
        nextAttemptAt = now;
    }

    /** Delivered up to {@code cursor}; due again at {@code next}. */
    public void delivered(FeedCursor cursor, LocalDateTime next) {
        progressed(cursor);
        nextAttemptAt = next;
        claimToken = null;
    }

    /** Delivered up to {@code cursor}, the claim kept: its holder goes on with the next events. */
    public void progressed(FeedCursor cursor) {
        cursorPosition = cursor.position();
        cursorId = cursor.id();
        failures = 0;
        failingSince = null;
    }

    /** An attempt failed at {@code now}, after what {@code cursor} says was delivered before it. */
    public void failed(FeedCursor cursor, LocalDateTime now, LocalDateTime retryAt) {
        cursorPosition = cursor.position();
        cursorId = cursor.id();
        failures = failures + 1;
        if (failingSince == null) {
            failingSince = now;
        }
        nextAttemptAt = retryAt;
        claimToken = null;
    }
}
