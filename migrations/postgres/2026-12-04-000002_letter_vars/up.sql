-- The values a letter was made with (JSON), so parents can read it translated into their language.
ALTER TABLE letters ADD COLUMN vars TEXT;
