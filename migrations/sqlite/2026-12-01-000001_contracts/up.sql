-- Contracts (Betreuungsverträge), the import of existing children (Bestandskinder), and the
-- planning data: planning areas, birth cohorts, coverage rates, staffing keys and actual FTE.
--
-- A contract's current start, end and status live on `contracts` (what the one-signed-contract
-- rule checks); every change of weekly hours or end date is a new row in `contract_hours` /
-- `contract_end_dates`, never an update.

CREATE TABLE contracts (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    child_id TEXT NOT NULL REFERENCES children(id),
    -- The accepted offer it was made from (NULL for existing children).
    offer_id TEXT UNIQUE REFERENCES offers(id),
    application_id TEXT REFERENCES applications(id),
    origin TEXT NOT NULL,
    external_id TEXT,
    status TEXT NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT REFERENCES users(id),
    signed_at TIMESTAMP,
    signed_by TEXT REFERENCES users(id),
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (municipality_id, external_id)
);
CREATE INDEX contracts_facility ON contracts (facility_id, status);
CREATE INDEX contracts_child ON contracts (child_id, status);
CREATE INDEX contracts_municipality ON contracts (municipality_id, status);

CREATE TABLE contract_hours (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES contracts(id),
    valid_from DATE NOT NULL,
    weekly_hours INTEGER NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by TEXT REFERENCES users(id)
);
CREATE INDEX contract_hours_contract ON contract_hours (contract_id, valid_from);

CREATE TABLE contract_end_dates (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES contracts(id),
    end_date DATE,
    reason TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by TEXT REFERENCES users(id)
);
CREATE INDEX contract_end_dates_contract ON contract_end_dates (contract_id, recorded_at);

-- An uploaded Bestandskinder file: kept until the import finishes (all rows in one
-- transaction); then the content is emptied.
CREATE TABLE contract_imports (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    rows_total INTEGER NOT NULL,
    status TEXT NOT NULL,
    imported INTEGER NOT NULL,
    error TEXT,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT REFERENCES users(id),
    finished_at TIMESTAMP
);

CREATE TABLE planning_areas (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (municipality_id, name)
);

CREATE TABLE planning_area_facilities (
    area_id TEXT NOT NULL REFERENCES planning_areas(id),
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    PRIMARY KEY (area_id, facility_id)
);

-- The birth-cohort table as last uploaded (each upload replaces the previous one).
CREATE TABLE birth_cohorts (
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    birth_year INTEGER NOT NULL,
    area_name TEXT NOT NULL,
    children INTEGER NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (municipality_id, birth_year, area_name)
);

-- Planning rules of a municipality: coverage rates per age year 0..9 in per mille
-- ("20,400,650,930,930,930,0,0,0,0"), occupancy weighting (plain | u3double | hours:45),
-- years of primary school (Hort ends after them).
CREATE TABLE planning_settings (
    municipality_id TEXT NOT NULL PRIMARY KEY REFERENCES municipalities(id),
    coverage_rates TEXT NOT NULL,
    weighting TEXT NOT NULL,
    primary_school_years INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Staffing keys (Betreuungsschlüssel): children per full-time equivalent at reference weekly
-- hours, with a weight; scope is `land:XX` (shipped) or `municipality:<id>` (an override).
-- Numbers in hundredths.
CREATE TABLE staffing_keys (
    scope TEXT NOT NULL,
    category TEXT NOT NULL,
    children_per_fte_centi INTEGER NOT NULL,
    reference_hours INTEGER NOT NULL,
    weight_centi INTEGER NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (scope, category)
);

-- Actual staff (Ist-VzÄ) of a facility from a date on, in hundredths; newest valid row applies.
CREATE TABLE facility_fte (
    id TEXT NOT NULL PRIMARY KEY,
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    valid_from DATE NOT NULL,
    fte_centi INTEGER NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by TEXT REFERENCES users(id)
);
CREATE INDEX facility_fte_facility ON facility_fte (facility_id, valid_from);

INSERT INTO staffing_keys VALUES
 ('land:SN', 'U3', 500, 45, 100, 'SächsKitaG § 12: Krippe 1:5 bei 9 h täglicher Betreuung (kita.sachsen.de, Personalschlüssel)'),
 ('land:SN', 'UE3', 1200, 45, 100, 'SächsKitaG § 12: Kindergarten 1:12 bei 9 h täglicher Betreuung (kita.sachsen.de, Personalschlüssel)'),
 ('land:SN', 'HORT', 2222, 30, 100, 'SächsKitaG § 12: Hort 0,9:20 bei 6 h täglicher Betreuung (kita.sachsen.de, Personalschlüssel)'),
 ('land:BY', 'U3', 1100, 39, 200, 'BayKiBiG/AVBayKiBiG § 17: Mindest-Anstellungsschlüssel 1:11 in gewichteten Buchungszeiten (empfohlen 1:10); Gewicht U3 = 2,0 ungeprüft'),
 ('land:BY', 'UE3', 1100, 39, 100, 'BayKiBiG/AVBayKiBiG § 17: Mindest-Anstellungsschlüssel 1:11 in gewichteten Buchungszeiten (empfohlen 1:10)'),
 ('land:BY', 'HORT', 1100, 39, 120, 'BayKiBiG/AVBayKiBiG § 17: Mindest-Anstellungsschlüssel 1:11 in gewichteten Buchungszeiten; Gewicht Schulkinder 1,2 (Art. 21 BayKiBiG, ungeprüft)'),
 ('land:BB', 'U3', 400, 40, 100, 'KitaG Brandenburg § 10: Krippe 1:4 ab 1.8.2024 (zuvor 1:4,25); Bezugsstunden ungeprüft'),
 ('land:BB', 'UE3', 1000, 40, 100, 'KitaG Brandenburg § 10: Kindergarten 1:10 (ungeprüft, bitte mit dem Landesrecht abgleichen)'),
 ('land:BB', 'HORT', 1500, 30, 100, 'KitaG Brandenburg § 10: Hort 1:15 (ungeprüft, bitte mit dem Landesrecht abgleichen)'),
 ('land:NW', 'U3', 400, 45, 100, 'KiBiz NRW Anlage zu § 33: Gruppenform II (10 Kinder unter 3, 45 h) — Näherung 1:4 (ungeprüft)'),
 ('land:NW', 'UE3', 1000, 45, 100, 'KiBiz NRW Anlage zu § 33: Gruppenform III (20–25 Kinder ab 3, 45 h) — Näherung 1:10 (ungeprüft)'),
 ('land:NW', 'HORT', 1500, 30, 100, 'Näherung 1:15 für Hortgruppen (ungeprüft)');

-- One child, one signed contract at any date. SQLite runs one writer at a time, so the check
-- in these triggers sees every committed contract (the test signs in parallel).
CREATE TRIGGER contracts_one_signed_insert BEFORE INSERT ON contracts
WHEN NEW.status IN ('signed', 'ended')
BEGIN
    SELECT RAISE(ABORT, 'contract_overlap') WHERE EXISTS (
        SELECT 1 FROM contracts c
        WHERE c.child_id = NEW.child_id AND c.id <> NEW.id AND c.status IN ('signed', 'ended')
          AND c.start_date <= COALESCE(NEW.end_date, '9999-12-31')
          AND NEW.start_date <= COALESCE(c.end_date, '9999-12-31'));
END;

CREATE TRIGGER contracts_one_signed_update BEFORE UPDATE OF status, start_date, end_date, child_id ON contracts
WHEN NEW.status IN ('signed', 'ended')
BEGIN
    SELECT RAISE(ABORT, 'contract_overlap') WHERE EXISTS (
        SELECT 1 FROM contracts c
        WHERE c.child_id = NEW.child_id AND c.id <> NEW.id AND c.status IN ('signed', 'ended')
          AND c.start_date <= COALESCE(NEW.end_date, '9999-12-31')
          AND NEW.start_date <= COALESCE(c.end_date, '9999-12-31'));
END;
