-- Second factor (TOTP, RFC 6238) and per-account access restrictions.
-- totp_secret is sealed with the field key ring (kp1:<key id>:...), never stored in clear.
-- A secret without totp_enabled_at is an enrolment not yet confirmed with a code.
-- totp_last_step is the last accepted 30-second step: a code is accepted only once.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at TIMESTAMP;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;
-- Optional: networks (CIDR, comma-separated) and a weekly time window ("12345 07:00-19:00",
-- Europe/Berlin) outside which the account cannot log in and its sessions stop working.
ALTER TABLE users ADD COLUMN access_networks TEXT;
ALTER TABLE users ADD COLUMN access_window TEXT;
-- One-time recovery codes, stored as SHA-256 only.
CREATE TABLE recovery_codes (
    code_hash TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_user ON recovery_codes(user_id);
-- A session is usable only once verified_at is set: at once for accounts without a second
-- factor, after the code for the others. Existing sessions end, so staff log in again with it.
DELETE FROM sessions;
ALTER TABLE sessions ADD COLUMN verified_at TIMESTAMP;
