DROP TABLE fee_assessments;
DROP TABLE income_declarations;
DROP TABLE fee_rates;
DROP TABLE fee_schedules;
