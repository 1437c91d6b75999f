DROP TABLE jobs;
DROP TABLE allocation_confirmations;
DROP TABLE allocation_adjustments;
ALTER TABLE allocation_rounds DROP COLUMN review_run_id;
ALTER TABLE allocation_settings DROP COLUMN confirmation_required;
