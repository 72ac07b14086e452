package org.prefcenter.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One POST of an event to a subscription's Url (or one refused before sending), as its log shows it. */
@Entity
@Table(name = "pc_delivery_attempt")
@NamedQuery(name = DeliveryAttempt.NEWEST,
        query = "select a from DeliveryAttempt a where a.subscriptionRef = :subscription order by a.id desc")
@NamedQuery(name = DeliveryAttempt.ACKNOWLEDGED, query = "select a.eventRef from DeliveryAttempt a"
        + " where a.subscriptionRef = :subscription and a.statusCode between 200 and 299 and a.eventRef in :events")
@NamedQuery(name = DeliveryAttempt.DELETE_BEFORE,
        query = "delete from DeliveryAttempt a where a.subscriptionRef = :subscription and a.id < :id")
public class DeliveryAttempt {

    public static final String NEWEST = "DeliveryAttempt.newest";
    public static final String DELETE_BEFORE = "DeliveryAttempt.deleteBefore";
    /** Which of some events the subscription's kept attempts show acknowledged. */
    public static final String ACKNOWLEDGED = "DeliveryAttempt.acknowledged";

    public static final int MAX_ERROR = 1000;

    @Id
    @SequenceGenerator(name = "delivery_attempt_seq", sequenceName = "pc_delivery_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_attempt_seq")
    private Long id;

    @Column(name = "subscription_ref", nullable = false)
    private Long subscriptionRef;

    @Column(name = "event_ref", nullable = false)
    private Long eventRef;

    @Column(name = "attempted_at", nullable = false)
    private LocalDateTime attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "error", length = MAX_ERROR)
    private String error;

    @Column(name = "millis", nullable = false)
    private Long millis;

    protected DeliveryAttempt() {
    }

    public DeliveryAttempt(long subscriptionRef, long eventRef, LocalDateTime attemptedAt, Integer statusCode,
            String error, long millis) {
        this.subscriptionRef = subscriptionRef;
        this.eventRef = eventRef;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        this.millis = millis;
    }

    public long id() {
        return id;
    }

    public long eventRef() {
        return eventRef;
    }

    public LocalDateTime attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String error() {
        return error;
    }

    public long millis() {
        return millis;
    }
}
