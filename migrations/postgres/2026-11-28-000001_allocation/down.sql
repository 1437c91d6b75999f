DROP TABLE place_seats;
DROP TABLE offers;
DROP TABLE allocation_runs;
DROP TABLE allocation_rounds;
DROP TABLE allocation_settings;
ALTER TABLE facilities DROP COLUMN catchment;
ALTER TABLE applications DROP COLUMN staff_facility_id;
ALTER TABLE applications DROP COLUMN current_facility_id;
ALTER TABLE applications DROP COLUMN lottery;
