-- Letters (Bescheide) of the allocation: templates the municipality admin edits (versioned:
-- every save adds a version, the newest is used), and every letter made, kept with the child's
-- application. A mail carrying a letter points at it; the PDF is made once and kept.

CREATE TABLE letter_templates (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT REFERENCES users(id),
    UNIQUE (municipality_id, kind, version)
);

CREATE TABLE letters (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    application_id TEXT NOT NULL REFERENCES applications(id),
    kind TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    pdf BLOB,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX letters_application ON letters (application_id, created_at);

ALTER TABLE outbox ADD COLUMN letter_id TEXT REFERENCES letters(id);
