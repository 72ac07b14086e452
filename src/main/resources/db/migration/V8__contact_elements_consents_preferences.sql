-- PrefCenter schema, version 8: a profile's contact elements (emails, phones, postal addresses),
-- the consents given for each (and the profile's own, of channel-less consent types), and the
-- topics the person wants to hear about. Profiles stored before this version have none.
--
-- value_key is the folded email address or the E.164 phone number: its index serves the look-ups
-- by email and phone (GET /{clientId}/Profiles?email=, ConsentStatus), per client.
CREATE TABLE pc_contact_element (
    id           BIGINT        NOT NULL PRIMARY KEY,
    profile_ref  BIGINT        NOT NULL REFERENCES pc_profile (id),
    client_ref   BIGINT        NOT NULL REFERENCES pc_client (id),
    channel      VARCHAR(16)   NOT NULL,
    list_index   INTEGER       NOT NULL,
    contact_type VARCHAR(100)  NOT NULL,
    is_default   BOOLEAN       NOT NULL,
    is_active    BOOLEAN       NOT NULL,
    address      VARCHAR(254),
    value_key    VARCHAR(1024),
    is_mobile    BOOLEAN,
    line1        VARCHAR(100),
    line2        VARCHAR(100),
    line3        VARCHAR(100),
    line4        VARCHAR(100),
    city         VARCHAR(100),
    region       VARCHAR(100),
    postal_code  VARCHAR(100),
    country_code VARCHAR(2)
);
CREATE INDEX pc_contact_element_profile_ix ON pc_contact_element (profile_ref);
CREATE INDEX pc_contact_element_value_ix ON pc_contact_element (client_ref, channel, value_key);

-- A consent belongs to a contact element, or (channel-less types) to the profile itself.
CREATE TABLE pc_consent (
    id                BIGINT        NOT NULL PRIMARY KEY,
    element_ref       BIGINT        REFERENCES pc_contact_element (id),
    profile_ref       BIGINT        REFERENCES pc_profile (id),
    list_index        INTEGER       NOT NULL,
    consent_type      VARCHAR(100)  NOT NULL,
    type_version      INTEGER       NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    locale            VARCHAR(15),
    consent_date      TIMESTAMP     NOT NULL,
    expiration_date   TIMESTAMP,
    collection_point  VARCHAR(200),
    source_url        VARCHAR(2000),
    user_agent        VARCHAR(1000),
    ip_address        VARCHAR(64),
    is_active         BOOLEAN       NOT NULL,
    created_by        VARCHAR(256)  NOT NULL,
    created_date      TIMESTAMP     NOT NULL,
    modified_by       VARCHAR(256)  NOT NULL,
    modified_date     TIMESTAMP     NOT NULL,
    CONSTRAINT pc_consent_holder_ck CHECK ((element_ref IS NULL) <> (profile_ref IS NULL))
);
CREATE INDEX pc_consent_element_ix ON pc_consent (element_ref);
CREATE INDEX pc_consent_profile_ix ON pc_consent (profile_ref);

CREATE TABLE pc_preference (
    id              BIGINT        NOT NULL PRIMARY KEY,
    profile_ref     BIGINT        NOT NULL REFERENCES pc_profile (id),
    list_index      INTEGER       NOT NULL,
    topic           VARCHAR(100)  NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    element_id      BIGINT,
    opt_in          BOOLEAN       NOT NULL,
    frequency       VARCHAR(50),
    is_active       BOOLEAN       NOT NULL,
    created_by      VARCHAR(256)  NOT NULL,
    created_date    TIMESTAMP     NOT NULL,
    modified_by     VARCHAR(256)  NOT NULL,
    modified_date   TIMESTAMP     NOT NULL
);
CREATE INDEX pc_preference_profile_ix ON pc_preference (profile_ref);
