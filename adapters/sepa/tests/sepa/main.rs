//! Tests of the public API: pain.008 documents (checked against the official XSD with
//! xmllint), the errors, returned debits from CSV.

mod common;
mod pain008;
mod properties;
mod returns;
