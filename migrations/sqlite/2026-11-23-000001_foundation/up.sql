-- Foundation: tenants, accounts, roles, sessions, tokens, audit log, mail outbox.
-- Keep in step with migrations/postgres (same tables, columns and unique constraints;
-- tests/app/schema.rs compares both against tests/fixtures/schema.txt).

CREATE TABLE districts (
    id TEXT NOT NULL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE municipalities (
    id TEXT NOT NULL PRIMARY KEY,
    district_id TEXT NOT NULL REFERENCES districts(id),
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    ags TEXT NOT NULL UNIQUE,
    bundesland TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE municipality_settings (
    municipality_id TEXT NOT NULL PRIMARY KEY REFERENCES municipalities(id),
    max_wishes INTEGER NOT NULL,
    advance_months INTEGER NOT NULL,
    school_entry_cutoff TEXT NOT NULL,
    small_cell_threshold INTEGER NOT NULL,
    modules TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    email_confirmed_at TIMESTAMP,
    preferred_lang TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    disabled_at TIMESTAMP
);

CREATE TABLE memberships (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    municipality_id TEXT REFERENCES municipalities(id),
    district_id TEXT REFERENCES districts(id),
    facility_id TEXT,
    scope_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    disabled_at TIMESTAMP,
    UNIQUE (user_id, role, scope_key)
);
CREATE INDEX memberships_municipality ON memberships (municipality_id);

CREATE TABLE user_tokens (
    token_hash TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    purpose TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);

CREATE TABLE sessions (
    id_hash TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE audit_log (
    id TEXT NOT NULL PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor_user_id TEXT,
    municipality_id TEXT REFERENCES municipalities(id),
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT,
    changed_fields TEXT NOT NULL,
    request_id TEXT NOT NULL
);
CREATE INDEX audit_log_municipality_at ON audit_log (municipality_id, at);

CREATE TABLE outbox (
    id TEXT NOT NULL PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    sent_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (sent_at, next_attempt_at);
