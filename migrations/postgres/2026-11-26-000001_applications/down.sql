DROP TABLE claim_codes;
DROP TABLE application_events;
DROP TABLE application_answers;
DROP TABLE application_wishes;
DROP TABLE applications;
DROP TABLE registration_deadlines;
DROP TABLE consent_texts;
DROP TABLE priority_criteria;
