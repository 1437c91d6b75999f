-- Central allocation (Zentrale Vergabe): lottery numbers, facility bonuses, rounds, the
-- append-only run log, offers and the seats that accepted offers hold.

-- Drawn once per application with a cryptographically secure generator; never re-drawn.
ALTER TABLE applications ADD COLUMN lottery BIGINT;
-- The facility the child attends now (set by the office): a change keeps it as last wish,
-- a Krippe child moving to Ü3 gets the facility's own-Krippe bonus there.
ALTER TABLE applications ADD COLUMN current_facility_id TEXT;
-- A parent works at this facility (set by the office): the staff-child bonus there.
ALTER TABLE applications ADD COLUMN staff_facility_id TEXT;
-- The facility's catchment area: postal codes and street names, one per line.
ALTER TABLE facilities ADD COLUMN catchment TEXT NOT NULL DEFAULT '';

-- Facility-specific bonus points and the offer rules of a municipality.
CREATE TABLE allocation_settings (
    municipality_id TEXT NOT NULL PRIMARY KEY REFERENCES municipalities(id),
    bonus_sibling INTEGER NOT NULL,
    bonus_own_krippe INTEGER NOT NULL,
    bonus_catchment INTEGER NOT NULL,
    bonus_staff INTEGER NOT NULL,
    offer_days INTEGER NOT NULL,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL
);

-- A round: which applications take part and for which start date places are counted.
CREATE TABLE allocation_rounds (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    name TEXT NOT NULL,
    start_date DATE NOT NULL,
    categories TEXT NOT NULL,
    kinds TEXT NOT NULL,
    month_from DATE NOT NULL,
    month_to DATE NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by TEXT REFERENCES users(id),
    published_run_id TEXT,
    published_at TIMESTAMP WITHOUT TIME ZONE,
    published_by TEXT REFERENCES users(id)
);
CREATE INDEX allocation_rounds_municipality ON allocation_rounds (municipality_id, created_at);

-- The run log, append-only: every run (what-if or published) with everything needed to
-- reproduce and audit it. Rows are never updated or deleted.
CREATE TABLE allocation_runs (
    id TEXT NOT NULL PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES allocation_rounds(id),
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    seq INTEGER NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by TEXT REFERENCES users(id),
    input_hash TEXT NOT NULL,
    criteria_version TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    lottery_digest TEXT NOT NULL,
    capacity_snapshot TEXT NOT NULL,
    instance TEXT NOT NULL,
    outcome TEXT NOT NULL,
    stability TEXT NOT NULL,
    UNIQUE (round_id, seq)
);

-- Offers (Zusagen) made by publishing a round. One per application and round, so a second
-- publish cannot send anything twice.
CREATE TABLE offers (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    application_id TEXT NOT NULL REFERENCES applications(id),
    round_id TEXT NOT NULL REFERENCES allocation_rounds(id),
    run_id TEXT NOT NULL REFERENCES allocation_runs(id),
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    category TEXT NOT NULL,
    weekly_hours INTEGER,
    kita_year INTEGER NOT NULL,
    start_date DATE NOT NULL,
    status TEXT NOT NULL,
    deadline DATE NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    responded_at TIMESTAMP WITHOUT TIME ZONE,
    reminded_at TIMESTAMP WITHOUT TIME ZONE,
    UNIQUE (round_id, application_id)
);
CREATE INDEX offers_application ON offers (application_id);
CREATE INDEX offers_slot ON offers (facility_id, category, kita_year, status);
CREATE INDEX offers_due ON offers (status, deadline);

-- Places held by accepted offers: seat numbers 1..capacity per facility, category and Kita
-- year. The primary key is what makes two parents unable to take the same last place.
CREATE TABLE place_seats (
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    category TEXT NOT NULL,
    kita_year INTEGER NOT NULL,
    seat INTEGER NOT NULL,
    offer_id TEXT NOT NULL UNIQUE REFERENCES offers(id),
    taken_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (facility_id, category, kita_year, seat)
);
