-- Bearer tokens for integrations (JSON API): issued by a municipality admin, scoped to one
-- municipality, a role and read or read/write; stored as SHA-256 only; revocable; the last use
-- is recorded.
CREATE TABLE api_tokens (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    can_write BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT REFERENCES users(id),
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_municipality ON api_tokens (municipality_id);
