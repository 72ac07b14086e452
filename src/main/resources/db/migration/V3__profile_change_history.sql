-- PrefCenter schema, version 3: the change history of every profile. One row per stored change
-- (its creation, each patch that changed something), written in the transaction of the change.
-- The primary key (profile, version) makes the versions of a profile unique and serves the history
-- read (newest first, paged by version); the date index serves the retention clean-up.
-- TEXT is PostgreSQL's unbounded string and, in H2 2.x, a VARCHAR of up to 10^9 characters.
CREATE TABLE pc_profile_change (
    profile_ref     BIGINT       NOT NULL REFERENCES pc_profile (id),
    profile_version BIGINT       NOT NULL,
    modified_by     VARCHAR(256) NOT NULL,
    modified_date   TIMESTAMP    NOT NULL,
    change_kind     VARCHAR(16)  NOT NULL,
    change_patch    TEXT         NOT NULL,
    CONSTRAINT pc_profile_change_pk PRIMARY KEY (profile_ref, profile_version)
);
CREATE INDEX pc_profile_change_date_ix ON pc_profile_change (modified_date);
