-- PrefCenter schema, version 9: whether a consent's expiry has been recorded. A consent's
-- EffectiveStatus turns Expired in its profile's documents, history and events when the expiry is
-- recorded: by the change that stores it already expired, or by the expiry job soon after the
-- moment (one change of the profile, one Consent.Changed event). The index serves that job.
ALTER TABLE pc_consent ADD COLUMN expiry_recorded BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX pc_consent_expiry_ix ON pc_consent (expiry_recorded, expiration_date);
