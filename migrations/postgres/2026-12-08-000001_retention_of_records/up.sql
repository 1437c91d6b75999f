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
ALTER TABLE users ADD COLUMN deleted_at TIMESTAMP WITHOUT TIME ZONE;
ALTER TABLE users ADD COLUMN purged_at TIMESTAMP WITHOUT TIME ZONE;
-- The log of register lookups outlives the application it was made for: it has its own period
-- (accountability for the lookup), so it no longer references the application row.
ALTER TABLE register_lookups DROP CONSTRAINT IF EXISTS register_lookups_application_id_fkey;
