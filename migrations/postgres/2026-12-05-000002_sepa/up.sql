-- SEPA direct debit (Lastschrift) of parent fees. Amounts in cents.
-- The municipality as creditor (Gläubiger): account and creditor identifier.
CREATE TABLE sepa_creditors (
    municipality_id TEXT NOT NULL PRIMARY KEY REFERENCES municipalities(id),
    name TEXT NOT NULL,
    iban TEXT NOT NULL,
    bic TEXT,
    creditor_id TEXT NOT NULL,
    pre_notice_days INTEGER NOT NULL,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL
);
-- Mandates given by households; a mandate without a collection for 36 months expires.
CREATE TABLE sepa_mandates (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    household_id TEXT NOT NULL REFERENCES households(id),
    reference TEXT NOT NULL,
    signed_on DATE NOT NULL,
    debtor_name TEXT NOT NULL,
    iban TEXT NOT NULL,
    bic TEXT,
    last_collected_on DATE,
    revoked_at TIMESTAMP WITHOUT TIME ZONE,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by TEXT REFERENCES users(id),
    UNIQUE (municipality_id, reference)
);
CREATE INDEX sepa_mandates_household ON sepa_mandates (municipality_id, household_id);
-- A collection (one pain.008 file) and its debits; the fee bookings a debit collects point to it.
CREATE TABLE sepa_collections (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    collection_date DATE NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    debits INTEGER NOT NULL,
    total_cents BIGINT NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by TEXT REFERENCES users(id)
);
CREATE TABLE sepa_debits (
    id TEXT NOT NULL PRIMARY KEY,
    collection_id TEXT NOT NULL REFERENCES sepa_collections(id),
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    mandate_id TEXT NOT NULL REFERENCES sepa_mandates(id),
    household_id TEXT NOT NULL REFERENCES households(id),
    end_to_end_id TEXT NOT NULL UNIQUE,
    sequence TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    returned_at TIMESTAMP WITHOUT TIME ZONE,
    return_reason TEXT
);
ALTER TABLE fee_assessments ADD COLUMN debit_id TEXT REFERENCES sepa_debits(id);
