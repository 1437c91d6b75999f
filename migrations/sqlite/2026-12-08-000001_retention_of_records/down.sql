DELETE FROM register_lookups WHERE application_id NOT IN (SELECT id FROM applications);
ALTER TABLE register_lookups RENAME TO register_lookups_new;
CREATE TABLE register_lookups (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    application_id TEXT NOT NULL REFERENCES applications(id),
    at TIMESTAMP NOT NULL,
    procedure_name TEXT NOT NULL,
    actor_user_id TEXT REFERENCES users(id),
    reason TEXT NOT NULL,
    adapter TEXT NOT NULL,
    result TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    detail TEXT
);
INSERT INTO register_lookups SELECT * FROM register_lookups_new;
DROP TABLE register_lookups_new;
CREATE INDEX register_lookups_municipality ON register_lookups (municipality_id, at);
ALTER TABLE users DROP COLUMN purged_at;
ALTER TABLE users DROP COLUMN deleted_at;
ALTER TABLE retention_settings DROP COLUMN contract_days;
ALTER TABLE retention_settings DROP COLUMN withdrawn_days;
ALTER TABLE retention_settings DROP COLUMN unsuccessful_days;
