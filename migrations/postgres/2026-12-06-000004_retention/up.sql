-- Retention (Löschfristen): periods per municipality for its logs, and the daily runs of the
-- deletion (one row per day: the instance that inserts it runs that day's deletion).
CREATE TABLE retention_settings (
    municipality_id TEXT NOT NULL PRIMARY KEY REFERENCES municipalities(id),
    audit_log_days INTEGER NOT NULL,
    register_log_days INTEGER NOT NULL,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL
);
CREATE TABLE retention_runs (
    day DATE NOT NULL PRIMARY KEY,
    started_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITHOUT TIME ZONE,
    deleted TEXT
);
