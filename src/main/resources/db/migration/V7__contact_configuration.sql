-- PrefCenter schema, version 7: the client configuration of contact elements, consents and
-- preferences (issue 22): contact types, consent types with their versions and texts, preference
-- topics. Names are unique per client through their folded *_key, as in version 1. Channels are
-- stored by their Java names (EMAIL, PHONE, ADDRESS).

CREATE TABLE pc_contact_type (
    id         BIGINT       NOT NULL PRIMARY KEY,
    client_ref BIGINT       NOT NULL REFERENCES pc_client (id),
    name       VARCHAR(100) NOT NULL,
    name_key   VARCHAR(400) NOT NULL,
    channel    VARCHAR(16)  NOT NULL,
    CONSTRAINT pc_contact_type_uq UNIQUE (client_ref, name_key)
);

CREATE TABLE pc_consent_type (
    id          BIGINT        NOT NULL PRIMARY KEY,
    client_ref  BIGINT        NOT NULL REFERENCES pc_client (id),
    name        VARCHAR(100)  NOT NULL,
    name_key    VARCHAR(400)  NOT NULL,
    channel     VARCHAR(16),
    description VARCHAR(1000),
    CONSTRAINT pc_consent_type_uq UNIQUE (client_ref, name_key)
);

-- A version is never updated: consents name it by (type, number) for ever.
CREATE TABLE pc_consent_version (
    id               BIGINT    NOT NULL PRIMARY KEY,
    consent_type_ref BIGINT    NOT NULL REFERENCES pc_consent_type (id),
    version_number   INTEGER   NOT NULL,
    effective_date   TIMESTAMP NOT NULL,
    expiration_days  INTEGER,
    CONSTRAINT pc_consent_version_uq UNIQUE (consent_type_ref, version_number)
);

-- 10000 characters (code points) of text: the column counts UTF-16 units on H2, so twice that.
CREATE TABLE pc_consent_text (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version_ref  BIGINT         NOT NULL REFERENCES pc_consent_version (id),
    locale       VARCHAR(15)    NOT NULL,
    consent_text VARCHAR(20000) NOT NULL,
    CONSTRAINT pc_consent_text_uq UNIQUE (version_ref, locale)
);

CREATE TABLE pc_preference_topic (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    client_ref           BIGINT       NOT NULL REFERENCES pc_client (id),
    name                 VARCHAR(100) NOT NULL,
    name_key             VARCHAR(400) NOT NULL,
    by_email             BOOLEAN      NOT NULL,
    by_phone             BOOLEAN      NOT NULL,
    by_address           BOOLEAN      NOT NULL,
    frequencies          VARCHAR(2200),
    requires_consent_ref BIGINT       REFERENCES pc_consent_type (id),
    sms_only             BOOLEAN      NOT NULL,
    default_opt_in       BOOLEAN      NOT NULL,
    CONSTRAINT pc_preference_topic_uq UNIQUE (client_ref, name_key)
);
CREATE INDEX pc_preference_topic_consent_ix ON pc_preference_topic (requires_consent_ref);
