//! Pure domain logic: no I/O, no Diesel, no Rocket. Everything here is unit-tested.

pub mod access;
pub mod account;
pub mod allocation;
pub mod application;
pub mod category;
pub mod checks;
pub mod collection;
pub mod contract;
pub mod contract_import;
pub mod dedupe;
pub mod district_figures;
pub mod facility;
pub mod fee_assessment;
pub mod fees;
pub mod forecast;
pub mod household;
pub mod occupancy;
pub mod planning;
pub mod retention;
pub mod roles;
pub mod second_factor;
pub mod staffing;
pub mod statistics_exports;
pub mod suppression;
pub mod tenant;
