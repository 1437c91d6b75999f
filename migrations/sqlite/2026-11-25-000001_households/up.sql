-- Households of parent accounts: guardians and children. Data minimisation (§62 SGB VIII):
-- names, birth date and the registered address only — nothing else before a contract exists.

CREATE TABLE households (
    id TEXT NOT NULL PRIMARY KEY,
    -- NULL for a household entered on paper by staff until a parent claims it.
    owner_user_id TEXT UNIQUE REFERENCES users(id),
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE guardians (
    id TEXT NOT NULL PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id),
    first_names TEXT NOT NULL,
    last_name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX guardians_household ON guardians (household_id);

CREATE TABLE children (
    id TEXT NOT NULL PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id),
    first_names TEXT NOT NULL,
    last_name TEXT NOT NULL,
    birth_date DATE NOT NULL,
    street TEXT NOT NULL,
    house_number TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX children_household ON children (household_id);
