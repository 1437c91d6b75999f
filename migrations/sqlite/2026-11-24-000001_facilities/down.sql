ALTER TABLE memberships DROP COLUMN provider_id;
DROP TABLE licences;
DROP TABLE facilities;
DROP TABLE providers;
