//! Integration tests: the real router against a real database (SQLite by default, PostgreSQL
//! when `KITAPLATZ_TEST_DATABASE_URL` is set). One test binary for the whole app.

mod accounts;
mod admin;
mod allocation;
mod api;
mod applications;
mod audit;
mod checks;
mod cli;
mod common;
mod contracts;
mod erasure;
mod facilities;
mod family;
mod fees;
mod group_commit;
mod journey;
mod kreis;
mod mail;
mod office_applications;
mod paper;
mod planning;
mod schema;
mod second_factor;
mod security;
mod sepa;
mod statistics_exports;
mod tenancy;
