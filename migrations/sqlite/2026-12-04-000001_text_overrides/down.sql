ALTER TABLE municipalities DROP COLUMN texts_version;
DROP TABLE text_overrides;
