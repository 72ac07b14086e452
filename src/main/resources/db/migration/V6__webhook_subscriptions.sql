-- PrefCenter schema, version 6: webhook subscriptions (docs/WEBHOOKS.md). Each subscription follows
-- its client's change feed (pc_event) with a cursor of its own, the (feed_position, id) of the last
-- event it acknowledged or skipped, and POSTs what follows to its Url.
--
-- Claims: an instance takes a due subscription (state ACTIVE, next_attempt_at passed) with
-- SELECT ... FOR UPDATE SKIP LOCKED, and in the same short transaction moves next_attempt_at a lease
-- ahead and writes a claim token of its own; it then sends without holding a transaction (a held
-- row lock would hold back PostgreSQL's snapshot xmin, and with it every reader of the feed), and
-- finishes with an update that only applies while the claim token is still its own. An instance
-- that dies leaves a lease that runs out: another instance then takes the subscription over.
-- The same SQL runs on H2 2.x and PostgreSQL.
CREATE SEQUENCE pc_subscription_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE pc_subscription (
    id              BIGINT        NOT NULL PRIMARY KEY,
    client_ref      BIGINT        NOT NULL REFERENCES pc_client (id),
    url             VARCHAR(2000) NOT NULL,
    -- the event types' wire names, comma-separated; empty: every type
    event_types     VARCHAR(400)  NOT NULL,
    -- 32 random bytes, hex: kept as is, it signs every delivery
    secret          VARCHAR(64)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    cursor_position BIGINT        NOT NULL,
    cursor_id       BIGINT        NOT NULL,
    failures        INT           NOT NULL,
    failing_since   TIMESTAMP,
    next_attempt_at TIMESTAMP     NOT NULL,
    claim_token     VARCHAR(40),
    created_at      TIMESTAMP     NOT NULL
);
CREATE INDEX pc_subscription_client_ix ON pc_subscription (client_ref);
-- serves the dispatcher's poll: the due ACTIVE subscriptions
CREATE INDEX pc_subscription_due_ix ON pc_subscription (state, next_attempt_at);

CREATE SEQUENCE pc_delivery_attempt_seq START WITH 1000 INCREMENT BY 50;

-- the last attempts of each subscription (a bounded number is kept), newest first by id
CREATE TABLE pc_delivery_attempt (
    id               BIGINT        NOT NULL PRIMARY KEY,
    subscription_ref BIGINT        NOT NULL REFERENCES pc_subscription (id) ON DELETE CASCADE,
    event_ref        BIGINT        NOT NULL,
    attempted_at     TIMESTAMP     NOT NULL,
    status_code      INT,
    error            VARCHAR(1000),
    millis           BIGINT        NOT NULL
);
CREATE INDEX pc_delivery_attempt_sub_ix ON pc_delivery_attempt (subscription_ref, id);
