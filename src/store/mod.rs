//! Diesel queries, one module per aggregate. Functions that touch tenant data take a
//! [`crate::ids::TenantId`]; every state change takes an [`audit::AuditCtx`] and writes its
//! audit row in the caller's transaction.

pub mod allocation;
pub mod api_tokens;
pub mod applications;
pub mod audit;
pub mod checks;
pub mod contracts;
pub mod data_export;
pub mod district;
pub mod erasure;
pub mod facilities;
pub mod fee_notices;
pub mod fees;
pub mod households;
pub mod imports;
pub mod jobs;
pub mod letters;
pub mod outbox;
pub mod planning;
pub mod retention;
pub mod review;
pub mod rules;
pub mod second_factor;
pub mod sepa;
pub mod sessions;
pub mod staffing;
pub mod statistics_exports;
pub mod tenants;
pub mod texts;
pub mod tokens;
pub mod users;

pub use crate::db::DbConnection as Conn;
