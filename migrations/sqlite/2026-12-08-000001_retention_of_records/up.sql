-- Retention of applications and contracts, and deletion of accounts (Art. 17 DSGVO).
-- Periods in days, per municipality (docs/data-protection.md gives the defaults and reasons):
-- unsuccessful applications after their Kita year closed, withdrawn applications after the
-- withdrawal, ended contracts with their fee records after the end.
ALTER TABLE retention_settings ADD COLUMN unsuccessful_days INTEGER NOT NULL DEFAULT 365;
ALTER TABLE retention_settings ADD COLUMN withdrawn_days INTEGER NOT NULL DEFAULT 183;
ALTER TABLE retention_settings ADD COLUMN contract_days INTEGER NOT NULL DEFAULT 2922;
-- An account deleted by its owner: locked at once (deleted_at), its personal data purged by the
-- nightly run seven days later (purged_at). The row stays with a pseudonymous e-mail so that
-- audit entries keep a pseudonymous id.
ALTER TABLE users ADD COLUMN deleted_at TIMESTAMP;
ALTER TABLE users ADD COLUMN purged_at TIMESTAMP;
-- The log of register lookups outlives the application it was made for: it has its own period
-- (accountability for the lookup), so it no longer references the application row.
-- (SQLite cannot drop a constraint: the table is rebuilt without it.)
ALTER TABLE register_lookups RENAME TO register_lookups_old;
CREATE TABLE register_lookups (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    application_id TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    procedure_name TEXT NOT NULL,
    actor_user_id TEXT REFERENCES users(id),
    reason TEXT NOT NULL,
    adapter TEXT NOT NULL,
    result TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    detail TEXT
);
INSERT INTO register_lookups SELECT id, municipality_id, application_id, at, procedure_name, actor_user_id, reason, adapter, result, duration_ms, detail FROM register_lookups_old;
DROP TABLE register_lookups_old;
CREATE INDEX register_lookups_municipality ON register_lookups (municipality_id, at);
