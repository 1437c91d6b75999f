-- Review of a proposal before it is published: manual adjustments by the youth office,
-- confirmations by facility leads, and background jobs for long work (allocation runs).

-- Whether every proposed place must be confirmed by the facility's lead before publishing.
ALTER TABLE allocation_settings ADD COLUMN confirmation_required BOOLEAN NOT NULL DEFAULT FALSE;
-- The run the youth office sent to the facility leads for confirmation.
ALTER TABLE allocation_rounds ADD COLUMN review_run_id TEXT;

-- Manual changes to a run's proposal, append-only: the effective proposal is the run's result
-- with every adjustment applied in order. `move`: the child (application) to a facility, or to
-- no place when facility_id is NULL. `hold`: hold back `places` places of a category at a
-- facility (the latest hold for a slot counts; 0 releases them).
CREATE TABLE allocation_adjustments (
    id TEXT NOT NULL PRIMARY KEY,
    run_id TEXT NOT NULL REFERENCES allocation_runs(id),
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    application_id TEXT REFERENCES applications(id),
    facility_id TEXT REFERENCES facilities(id),
    category TEXT,
    places INTEGER NOT NULL,
    reason TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT REFERENCES users(id),
    UNIQUE (run_id, seq)
);

-- Facility leads' answers to proposed places: one per run, application and facility (a changed
-- answer replaces the earlier one; the audit log keeps every answer).
CREATE TABLE allocation_confirmations (
    id TEXT NOT NULL PRIMARY KEY,
    run_id TEXT NOT NULL REFERENCES allocation_runs(id),
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    application_id TEXT NOT NULL REFERENCES applications(id),
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    confirmed BOOLEAN NOT NULL,
    reason TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT REFERENCES users(id),
    UNIQUE (run_id, application_id, facility_id)
);

-- Long work done in the background (allocation runs), with progress for the waiting page.
-- status: queued, running, done, failed.
CREATE TABLE jobs (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    status TEXT NOT NULL,
    steps_done INTEGER NOT NULL,
    steps_total INTEGER NOT NULL,
    result_id TEXT,
    error TEXT,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT REFERENCES users(id),
    started_at TIMESTAMP,
    finished_at TIMESTAMP
);
CREATE INDEX jobs_status ON jobs (status, created_at);
