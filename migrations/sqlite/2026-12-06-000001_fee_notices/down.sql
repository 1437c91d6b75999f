ALTER TABLE outbox DROP COLUMN fee_notice_id;
ALTER TABLE fee_assessments DROP COLUMN notice_id;
DROP TABLE fee_notices;
