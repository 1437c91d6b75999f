ALTER TABLE outbox DROP COLUMN letter_id;
DROP TABLE letters;
DROP TABLE letter_templates;
