-- PrefCenter schema, version 1. Applied by Flyway at deployment (platform/SchemaMigration); the
-- same SQL runs on PostgreSQL (production) and H2 (the embedded default).
--
-- *_key columns hold the case-folded form of a name or an id: unique constraints on them make
-- case-insensitive uniqueness hold under races, and the indexes behind them serve every lookup.

CREATE SEQUENCE pc_id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE pc_client (
    id             BIGINT       NOT NULL PRIMARY KEY,
    client_id      VARCHAR(64)  NOT NULL,
    client_key     VARCHAR(256) NOT NULL,
    default_locale VARCHAR(15)  NOT NULL,
    CONSTRAINT pc_client_key_uq UNIQUE (client_key)
);

CREATE TABLE pc_alternate_id_type (
    id          BIGINT        NOT NULL PRIMARY KEY,
    client_ref  BIGINT        NOT NULL REFERENCES pc_client (id),
    name        VARCHAR(64)   NOT NULL,
    name_key    VARCHAR(256)  NOT NULL,
    description VARCHAR(1000),
    CONSTRAINT pc_alternate_id_type_uq UNIQUE (client_ref, name_key)
);

CREATE TABLE pc_customer_type (
    id         BIGINT       NOT NULL PRIMARY KEY,
    client_ref BIGINT       NOT NULL REFERENCES pc_client (id),
    name       VARCHAR(100) NOT NULL,
    name_key   VARCHAR(400) NOT NULL,
    is_default BOOLEAN      NOT NULL,
    CONSTRAINT pc_customer_type_uq UNIQUE (client_ref, name_key)
);

CREATE TABLE pc_custom_field_definition (
    id             BIGINT        NOT NULL PRIMARY KEY,
    client_ref     BIGINT        NOT NULL REFERENCES pc_client (id),
    name           VARCHAR(94)   NOT NULL,
    name_key       VARCHAR(400)  NOT NULL,
    data_type      VARCHAR(16)   NOT NULL,
    select_options VARCHAR(4000),
    max_length     INTEGER       NOT NULL,
    CONSTRAINT pc_custom_field_definition_uq UNIQUE (client_ref, name_key)
);

CREATE TABLE pc_profile (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    client_ref             BIGINT       NOT NULL REFERENCES pc_client (id),
    row_version            BIGINT       NOT NULL,
    is_active              BOOLEAN      NOT NULL,
    registration_confirmed BOOLEAN      NOT NULL,
    customer_type          VARCHAR(100) NOT NULL,
    preserve_consents      BOOLEAN      NOT NULL,
    preserve_preferences   BOOLEAN      NOT NULL,
    name_prefix            VARCHAR(100),
    first_name             VARCHAR(100),
    middle_name            VARCHAR(100),
    last_name              VARCHAR(100),
    name_suffix            VARCHAR(100),
    default_locale         VARCHAR(15)  NOT NULL,
    created_by             VARCHAR(256) NOT NULL,
    created_date           TIMESTAMP    NOT NULL,
    modified_by            VARCHAR(256) NOT NULL,
    modified_date          TIMESTAMP    NOT NULL
);
CREATE INDEX pc_profile_client_ix ON pc_profile (client_ref);

-- The lookup at the heart of the service (client, type, value, all folded) is served by the
-- unique constraint's index.
CREATE TABLE pc_profile_alternate_id (
    id          BIGINT        NOT NULL PRIMARY KEY,
    profile_ref BIGINT        NOT NULL REFERENCES pc_profile (id),
    client_ref  BIGINT        NOT NULL REFERENCES pc_client (id),
    list_index  INTEGER       NOT NULL,
    id_type     VARCHAR(64)   NOT NULL,
    id_value    VARCHAR(256)  NOT NULL,
    type_key    VARCHAR(256)  NOT NULL,
    value_key   VARCHAR(1024) NOT NULL,
    CONSTRAINT pc_profile_alternate_id_uq UNIQUE (client_ref, type_key, value_key)
);
CREATE INDEX pc_profile_alternate_id_profile_ix ON pc_profile_alternate_id (profile_ref);

CREATE TABLE pc_profile_custom_field (
    id          BIGINT        NOT NULL PRIMARY KEY,
    profile_ref BIGINT        NOT NULL REFERENCES pc_profile (id),
    list_index  INTEGER       NOT NULL,
    name        VARCHAR(94)   NOT NULL,
    name_key    VARCHAR(400)  NOT NULL,
    field_value VARCHAR(4000),
    CONSTRAINT pc_profile_custom_field_uq UNIQUE (profile_ref, name_key)
);
