-- API writes: the token that acted (audit_log.actor_user_id stays NULL for tokens).
ALTER TABLE audit_log ADD COLUMN actor_token_id TEXT;
