ALTER TABLE fee_assessments DROP COLUMN debit_id;
DROP TABLE sepa_debits;
DROP TABLE sepa_collections;
DROP TABLE sepa_mandates;
DROP TABLE sepa_creditors;
