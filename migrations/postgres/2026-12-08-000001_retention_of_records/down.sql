DELETE FROM register_lookups WHERE application_id NOT IN (SELECT id FROM applications);
ALTER TABLE register_lookups ADD CONSTRAINT register_lookups_application_id_fkey
    FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE users DROP COLUMN purged_at;
ALTER TABLE users DROP COLUMN deleted_at;
ALTER TABLE retention_settings DROP COLUMN contract_days;
ALTER TABLE retention_settings DROP COLUMN withdrawn_days;
ALTER TABLE retention_settings DROP COLUMN unsuccessful_days;
