package org.prefcenter.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One event of the change feed, written in the transaction of the change it reports (an outbox).
 * Its body is the event as the feed and the webhooks send it, without its EventId (the row's id).
 * The feed reads a client's events in (position, id) order. Read only: {@code FeedPositions} writes
 * the rows, so that the database fills in the position as it inserts one.
 */
@Entity
@Table(name = "pc_event")
@NamedQuery(name = ChangeEvent.AFTER, query = "select e from ChangeEvent e where e.clientRef = :client"
        + " and e.position < :below and (e.position > :position or (e.position = :position and e.id > :id))"
        + " order by e.position, e.id")
public class ChangeEvent {

    public static final String AFTER = "ChangeEvent.after";

    /** From pc_event_seq, as the row is inserted. */
    @Id
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

    public long id() {
        return id;
    }

    public long profileRef() {
        return profileRef;
    }

    public long position() {
        return position;
    }

    public EventType type() {
        return type;
    }

    /** The event as JSON text, without its EventId. */
    public String body() {
        return body;
    }
}
