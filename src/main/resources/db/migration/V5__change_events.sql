-- PrefCenter schema, version 5: the change feed (an outbox). Each stored change of a profile writes
-- its events in the transaction of the change, so an event exists exactly when its change does.
--
-- feed_position orders the feed: events are read in (feed_position, id) order. On PostgreSQL it is
-- the writing transaction's id (pg_current_xact_id()), and a reader only returns events of
-- transactions older than the oldest one still running (the xmin of its snapshot): no event can
-- later appear before one already read. On H2 it is a counter (pc_event_clock) that a writer
-- increments as its first statement and holds locked until it commits, so positions follow commit
-- order. docs/DECISIONS.md says why, and what each costs a write. The rows are inserted with SQL of
-- their own (events/control/FeedPositions), the position filled in by the database.
CREATE SEQUENCE pc_event_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE pc_event (
    id              BIGINT      NOT NULL PRIMARY KEY,
    client_ref      BIGINT      NOT NULL REFERENCES pc_client (id),
    profile_ref     BIGINT      NOT NULL,
    profile_version BIGINT      NOT NULL,
    feed_position   BIGINT      NOT NULL,
    event_type      VARCHAR(32) NOT NULL,
    occurred_at     TIMESTAMP   NOT NULL,
    event_body      TEXT        NOT NULL
);
-- serves the feed (one client's events after a cursor, in order)
CREATE INDEX pc_event_feed_ix ON pc_event (client_ref, feed_position, id);

-- H2 only (PostgreSQL never touches it): the one row whose lock orders writers' commits
CREATE TABLE pc_event_clock (
    id   INT    NOT NULL PRIMARY KEY,
    tick BIGINT NOT NULL
);
INSERT INTO pc_event_clock (id, tick) VALUES (1, 0);
