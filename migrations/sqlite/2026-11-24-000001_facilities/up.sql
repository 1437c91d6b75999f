-- Facilities: providers (Träger), facilities (Einrichtungen) and operating licence periods
-- (Betriebserlaubnis). Lists (care-hour options, profile tags) are stored as comma-separated
-- text so both dialects share one schema; they are parsed and validated in Rust.

CREATE TABLE providers (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (municipality_id, name)
);

CREATE TABLE facilities (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    provider_id TEXT NOT NULL REFERENCES providers(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    street TEXT NOT NULL,
    house_number TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    latitude_e6 INTEGER,
    longitude_e6 INTEGER,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    website TEXT NOT NULL,
    opening_hours TEXT NOT NULL,
    care_hours TEXT NOT NULL,
    tags TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (municipality_id, name)
);
CREATE INDEX facilities_municipality ON facilities (municipality_id);

CREATE TABLE licences (
    id TEXT NOT NULL PRIMARY KEY,
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    valid_from DATE NOT NULL,
    valid_to DATE,
    places_u2 INTEGER NOT NULL,
    places_u3 INTEGER NOT NULL,
    places_ue3 INTEGER NOT NULL,
    places_hort INTEGER NOT NULL,
    reserved_u2 INTEGER NOT NULL,
    reserved_u3 INTEGER NOT NULL,
    reserved_ue3 INTEGER NOT NULL,
    reserved_hort INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (facility_id, valid_from)
);
CREATE INDEX licences_facility ON licences (facility_id);

ALTER TABLE memberships ADD COLUMN provider_id TEXT REFERENCES providers(id);
