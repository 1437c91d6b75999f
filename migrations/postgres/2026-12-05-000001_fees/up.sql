-- Parent fees (Elternbeiträge). Amounts are integer cents.
-- A fee schedule (Beitragssatzung) version of a municipality, valid from the first of a month;
-- versions are never changed, a new version takes effect from its own valid_from.
CREATE TABLE fee_schedules (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    version INTEGER NOT NULL,
    valid_from DATE NOT NULL,
    -- upper limits of the annual income bands in cents, ascending, comma-separated
    income_limits TEXT NOT NULL,
    -- sibling discount in percent for the 1st, 2nd, 3rd and later child in care
    sibling_discounts TEXT NOT NULL,
    free_hours INTEGER NOT NULL,
    free_years_before_school INTEGER NOT NULL,
    meal_money_cents BIGINT NOT NULL,
    cap_cents BIGINT,
    proration TEXT NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by TEXT REFERENCES users(id),
    UNIQUE (municipality_id, version)
);
CREATE TABLE fee_rates (
    schedule_id TEXT NOT NULL REFERENCES fee_schedules(id),
    category TEXT NOT NULL,
    max_hours INTEGER NOT NULL,
    band INTEGER NOT NULL,
    monthly_cents BIGINT NOT NULL,
    PRIMARY KEY (schedule_id, category, max_hours, band)
);
-- A household's declared annual income (NULL: no declaration, the highest band) from a month
-- on; append-only. Only verified declarations count for the fee.
CREATE TABLE income_declarations (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    household_id TEXT NOT NULL REFERENCES households(id),
    annual_income_cents BIGINT,
    valid_from DATE NOT NULL,
    declared_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    declared_by TEXT REFERENCES users(id),
    verified_at TIMESTAMP WITHOUT TIME ZONE,
    verified_by TEXT REFERENCES users(id)
);
CREATE INDEX income_declarations_household ON income_declarations (municipality_id, household_id);
-- Monthly fee bookings per contract: the first is the original assessment, later ones are
-- corrections (differences); rows are never changed, the month's fee is their sum.
CREATE TABLE fee_assessments (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    contract_id TEXT NOT NULL REFERENCES contracts(id),
    household_id TEXT NOT NULL REFERENCES households(id),
    month DATE NOT NULL,
    kind TEXT NOT NULL,
    care_cents BIGINT NOT NULL,
    meal_cents BIGINT NOT NULL,
    total_cents BIGINT NOT NULL,
    schedule_version INTEGER,
    detail TEXT NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by TEXT REFERENCES users(id)
);
CREATE INDEX fee_assessments_contract ON fee_assessments (municipality_id, contract_id, month);
