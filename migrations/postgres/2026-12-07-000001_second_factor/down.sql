ALTER TABLE sessions DROP COLUMN verified_at;
DROP TABLE recovery_codes;
ALTER TABLE users DROP COLUMN access_window;
ALTER TABLE users DROP COLUMN access_networks;
ALTER TABLE users DROP COLUMN totp_last_step;
ALTER TABLE users DROP COLUMN totp_enabled_at;
ALTER TABLE users DROP COLUMN totp_secret;
