-- Care requests (Betreuungsanfrage) and needs reports (Bedarfsmeldung), their wishes,
-- answers to the municipality's priority criteria, status history, consent texts and
-- registration deadlines.

CREATE TABLE priority_criteria (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    label TEXT NOT NULL,
    help_text TEXT NOT NULL,
    points INTEGER NOT NULL,
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX priority_criteria_municipality ON priority_criteria (municipality_id);

CREATE TABLE consent_texts (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (municipality_id, version)
);

CREATE TABLE registration_deadlines (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    kita_year INTEGER NOT NULL,
    deadline DATE NOT NULL,
    UNIQUE (municipality_id, kita_year)
);

CREATE TABLE applications (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    household_id TEXT NOT NULL REFERENCES households(id),
    child_id TEXT NOT NULL REFERENCES children(id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    start_date DATE NOT NULL,
    kita_year INTEGER NOT NULL,
    category TEXT NOT NULL,
    weekly_hours INTEGER,
    entitlement_date DATE NOT NULL,
    late BOOLEAN NOT NULL,
    origin TEXT NOT NULL,
    consent_version INTEGER,
    consent_at TIMESTAMP,
    submitted_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    -- child:municipality:kita_year while the application is open, NULL once withdrawn or
    -- closed: at most one open application per child, municipality and Kita year.
    open_key TEXT UNIQUE
);
CREATE INDEX applications_municipality_status ON applications (municipality_id, status);
CREATE INDEX applications_household ON applications (household_id);

CREATE TABLE application_wishes (
    application_id TEXT NOT NULL REFERENCES applications(id),
    rank INTEGER NOT NULL,
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    PRIMARY KEY (application_id, rank),
    UNIQUE (application_id, facility_id)
);

CREATE TABLE application_answers (
    application_id TEXT NOT NULL REFERENCES applications(id),
    criterion_id TEXT NOT NULL REFERENCES priority_criteria(id),
    PRIMARY KEY (application_id, criterion_id)
);

CREATE TABLE application_events (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id),
    at TIMESTAMP NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    actor_user_id TEXT REFERENCES users(id),
    reason TEXT NOT NULL
);
CREATE INDEX application_events_application ON application_events (application_id, at);

-- Single-use activation codes for paper applications: the parent claims the household
-- (children, guardians, applications) with the code the office handed out.
CREATE TABLE claim_codes (
    code_hash TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    household_id TEXT NOT NULL REFERENCES households(id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
