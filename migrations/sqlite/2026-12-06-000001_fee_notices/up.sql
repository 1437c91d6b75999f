-- Fee notices (Beitragsbescheide): one per household and assessment run that booked something
-- for it; the letter text is kept as made, the PDF on first use. The bookings a notice covers
-- point to it.
CREATE TABLE fee_notices (
    id TEXT NOT NULL PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    household_id TEXT NOT NULL REFERENCES households(id),
    template_version INTEGER NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    total_cents BIGINT NOT NULL,
    pdf BLOB,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX fee_notices_household ON fee_notices (municipality_id, household_id, created_at);
ALTER TABLE fee_assessments ADD COLUMN notice_id TEXT REFERENCES fee_notices(id);
ALTER TABLE outbox ADD COLUMN fee_notice_id TEXT REFERENCES fee_notices(id);
