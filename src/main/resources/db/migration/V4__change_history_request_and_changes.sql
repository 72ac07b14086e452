-- PrefCenter schema, version 4: what a history entry says to an auditor. Each entry keeps the
-- request as sent (canonical names) and its changes (old and new value of each, array items by
-- their natural key) beside the replayable patch; once retention has removed older entries, the
-- oldest one kept holds the whole document before it (its base). Entries written before version 4
-- have neither request nor changes, and stay readable as they are.
ALTER TABLE pc_profile_change ADD COLUMN change_request TEXT;
ALTER TABLE pc_profile_change ADD COLUMN change_list TEXT;
ALTER TABLE pc_profile_change ADD COLUMN base_document TEXT;
