package org.prefcenter.events.entity;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One event of the change feed, written in the transaction of the change it reports (an outbox).
 * Its body is the event as the feed and the webhooks send it, without its EventId (the row's id,
 * known once it is persisted). The feed reads a client's events in (position, id) order; see
 * {@code FeedPositions} for what a position is.
 */
@Entity
@Table(name = "pc_event")
@NamedQuery(name = ChangeEvent.AFTER, query = "select e from ChangeEvent e where e.clientRef = :client"
        + " and e.position < :below and (e.position > :position or (e.position = :position and e.id > :id))"
        + " order by e.position, e.id")
public class ChangeEvent {

    public static final String AFTER = "ChangeEvent.after";

    @Id
    @SequenceGenerator(name = "event_seq", sequenceName = "pc_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    private Long id;

    @Column(name = "client_ref", nullable = false)
    private Long clientRef;

    @Column(name = "profile_ref", nullable = false)
    private Long profileRef;

    @Column(name = "profile_version", nullable = false)
    private Long version;

    @Column(name = "feed_position", nullable = false)
    private Long position;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    private EventType type;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "event_body", nullable = false)
    private String body;

    protected ChangeEvent() {
    }

    public ChangeEvent(long clientRef, long profileRef, long version, long position, EventType type,
            Instant occurredAt, String body) {
        this.clientRef = clientRef;
        this.profileRef = profileRef;
        this.version = version;
        this.position = position;
        this.type = type;
        this.occurredAt = LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        this.body = body;
    }

    public long id() {
        return id;
    }

    public long position() {
        return position;
    }

    public long profileRef() {
        return profileRef;
    }

    public EventType type() {
        return type;
    }

    /** The event as JSON text, without its EventId. */
    public String body() {
        return body;
    }
}
