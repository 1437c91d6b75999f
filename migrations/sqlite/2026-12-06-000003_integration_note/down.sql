ALTER TABLE contracts DROP COLUMN integration_note;
