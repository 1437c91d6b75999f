-- Population-register checks (EWO: MESO, OK.EWO) and duplicate detection.

-- How a municipality's register is reached. The password is never shown again after saving.
CREATE TABLE register_settings (
    municipality_id TEXT NOT NULL PRIMARY KEY REFERENCES municipalities(id),
    kind TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    username TEXT,
    password TEXT,
    timeout_ms INTEGER NOT NULL,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL
);

-- The queue of checks: one row per submitted application; the worker performs the register
-- lookup (retried with backoff while the register is unavailable) and the duplicate search.
CREATE TABLE register_checks (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id),
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    last_error TEXT,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITHOUT TIME ZONE
);
CREATE INDEX register_checks_due ON register_checks (state, next_attempt_at);
CREATE INDEX register_checks_application ON register_checks (application_id);

-- Every lookup (§11 BMeldDAV): who or which procedure, when, Aktenzeichen, reason, result
-- class. No personal data from the register.
CREATE TABLE register_lookups (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    application_id TEXT NOT NULL REFERENCES applications(id),
    at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    procedure_name TEXT NOT NULL,
    actor_user_id TEXT REFERENCES users(id),
    reason TEXT NOT NULL,
    adapter TEXT NOT NULL,
    result TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    detail TEXT
);
CREATE INDEX register_lookups_municipality ON register_lookups (municipality_id, at);

-- Register outcome on the application: pending, resident, not_found, ambiguous, unchecked (no
-- register configured), out_of_town_approved, out_of_town_rejected.
ALTER TABLE applications ADD COLUMN register_status TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE applications ADD COLUMN register_person_id TEXT;
-- Office decision on an out-of-town child: reason, and a planned moving-in date (Zuzug).
ALTER TABLE applications ADD COLUMN register_note TEXT;
ALTER TABLE applications ADD COLUMN move_in_date DATE;
-- Set when the office merged this application into another one (same child).
ALTER TABLE applications ADD COLUMN merged_into TEXT REFERENCES applications(id);

-- Possible duplicates within one municipality, keyed by municipality and the two children
-- (child_a < child_b)
-- so that "not the same child" is remembered and never asked again.
CREATE TABLE duplicate_pairs (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    child_a TEXT NOT NULL REFERENCES children(id),
    child_b TEXT NOT NULL REFERENCES children(id),
    application_a TEXT NOT NULL REFERENCES applications(id),
    application_b TEXT NOT NULL REFERENCES applications(id),
    score_permille INTEGER NOT NULL,
    decision TEXT NOT NULL,
    source TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    resolved_at TIMESTAMP WITHOUT TIME ZONE,
    resolved_by TEXT REFERENCES users(id),
    UNIQUE (municipality_id, child_a, child_b)
);
CREATE INDEX duplicate_pairs_municipality ON duplicate_pairs (municipality_id, state);

-- Keyed hashes (HMAC, one key per district) of an application's normalised child data, for
-- finding multiple registrations across municipalities without sharing the data itself.
CREATE TABLE application_fingerprints (
    application_id TEXT NOT NULL REFERENCES applications(id),
    district_id TEXT NOT NULL REFERENCES districts(id),
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (application_id, fingerprint)
);
CREATE INDEX application_fingerprints_lookup ON application_fingerprints (district_id, fingerprint);

-- "Possible duplicate in municipality X": one row per side, each office sees only its own
-- application and the other municipality's name.
CREATE TABLE cross_duplicates (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    application_id TEXT NOT NULL REFERENCES applications(id),
    other_municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    state TEXT NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    resolved_at TIMESTAMP WITHOUT TIME ZONE,
    resolved_by TEXT REFERENCES users(id),
    UNIQUE (application_id, other_municipality_id)
);
CREATE INDEX cross_duplicates_municipality ON cross_duplicates (municipality_id, state);

-- Applications submitted before this migration get their check queued.
INSERT INTO register_checks (id, application_id, municipality_id, state, attempts, next_attempt_at, created_at)
SELECT md5(random()::text || id), id, municipality_id, 'pending', 0, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
FROM applications WHERE open_key IS NOT NULL;
