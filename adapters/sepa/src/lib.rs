//! SEPA direct debit (SEPA-Lastschrift, CORE scheme) for the parent fees.
//!
//! Everything here is pure: no file, network or database access.
//!
//! * [`pain008`] turns a [`Collection`] into a pain.008.001.08 XML document for the bank,
//!   after checking every input (IBAN, BIC, Gläubiger-ID, mandate reference, amounts);
//! * [`normalise_iban`], [`validate_creditor_id`], [`validate_mandate_reference`] and
//!   [`sepa_text`] are the single checks, usable on their own (e.g. when a parent enters a
//!   mandate);
//! * [`parse_returns`] reads returned debits (Rücklastschriften) from a CSV file and
//!   [`reason_text`] explains their ISO reason codes in German.
//!
//! All errors are [`SepaError`]s whose messages are German and name the field (and, for a
//! collection, the debit) that is wrong.
#![warn(missing_docs)]

mod error;
mod ids;
mod pain008;
mod returns;
mod text;

pub use error::{CreditorIdProblem, IbanProblem, IdField, IdProblem, NameField, SepaError};
pub use ids::{normalise_bic, normalise_iban, validate_creditor_id};
pub use pain008::pain008;
pub use returns::{parse_returns, reason_text, Return};
pub use text::{sepa_text, validate_mandate_reference};

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;

/// Most characters of a name (creditor, debtor) in the file; longer names are cut.
pub const MAX_NAME: usize = 70;
/// Most characters of the remittance text (Verwendungszweck); longer texts are cut.
pub const MAX_REMITTANCE: usize = 140;
/// Most characters of an identifier (message id, end-to-end id, mandate reference).
pub const MAX_ID: usize = 35;

/// The creditor (Zahlungsempfänger): the municipality or the Kita's provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Creditor {
    /// Account holder's name; transliterated with [`sepa_text`] and cut to 70 characters.
    pub name: String,
    /// IBAN of the account the money goes to (spaces and lower case allowed).
    pub iban: String,
    /// BIC of the creditor's bank, if known; `None` (or blank) writes `NOTPROVIDED`.
    pub bic: Option<String>,
    /// Gläubiger-Identifikationsnummer (creditor identifier), e.g. `DE98ZZZ09999999999`.
    pub creditor_id: String,
}

/// Sequence type of a debit under its mandate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sequence {
    /// First debit under a mandate (`FRST`).
    First,
    /// Any later debit under the same mandate (`RCUR`).
    Recurring,
}

impl Sequence {
    /// The code written in `SeqTp`: `FRST` or `RCUR`.
    pub fn code(self) -> &'static str {
        match self {
            Sequence::First => "FRST",
            Sequence::Recurring => "RCUR",
        }
    }
}

/// One debit: one amount from one debtor's account under one mandate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debit {
    /// End-to-end id, at most 35 characters of the SEPA character set; unique in the file.
    pub end_to_end_id: String,
    /// Amount in euros, greater than 0, at most two decimals, at most 999 999 999.99.
    pub amount: Decimal,
    /// Mandate reference (Mandatsreferenz), see [`validate_mandate_reference`].
    pub mandate_id: String,
    /// Date the mandate was signed; not after the file's creation date.
    pub mandate_signed: NaiveDate,
    /// First or recurring debit under the mandate.
    pub sequence: Sequence,
    /// Account holder's name (Kontoinhaber); transliterated and cut to 70 characters.
    pub debtor_name: String,
    /// Debtor's IBAN (spaces and lower case allowed).
    pub debtor_iban: String,
    /// BIC of the debtor's bank, if known; `None` (or blank) writes `NOTPROVIDED`.
    pub debtor_bic: Option<String>,
    /// Unstructured remittance text (Verwendungszweck); transliterated and cut to 140
    /// characters, left out of the file when nothing remains.
    pub remittance: String,
}

/// A file of debits for one collection date and one creditor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collection {
    /// Message id (`MsgId`), unique per file, at most 35 characters of the SEPA character set.
    pub message_id: String,
    /// When the file was created (local time, written without time zone).
    pub created_at: NaiveDateTime,
    /// Requested collection date (Fälligkeitsdatum); not before the creation date.
    pub collection_date: NaiveDate,
    /// The creditor.
    pub creditor: Creditor,
    /// The debits; at least one.
    pub debits: Vec<Debit>,
}
