ALTER TABLE audit_log DROP COLUMN actor_token_id;
