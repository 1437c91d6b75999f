-- Texts a municipality overrides (labels, help texts, consent, page texts) per language; the
-- shipped catalogue text applies where there is none. `texts_version` grows with every change,
-- so each app instance knows when its cached copy is stale.
CREATE TABLE text_overrides (
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    lang TEXT NOT NULL,
    message_key TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    updated_by TEXT REFERENCES users(id),
    PRIMARY KEY (municipality_id, lang, message_key)
);
ALTER TABLE municipalities ADD COLUMN texts_version INTEGER NOT NULL DEFAULT 0;
