-- PrefCenter schema, version 2: a client's configuration version, moved by every change of its
-- alternate id types, customer types or custom fields, so that each instance can keep the
-- configuration in memory and still see a change made through another instance at once.
ALTER TABLE pc_client ADD COLUMN config_version BIGINT DEFAULT 0 NOT NULL;
