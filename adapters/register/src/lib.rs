//! Population-register adapters (Einwohnermeldewesen, EWO).
//!
//! One trait, [`Register`], searches a child in a municipality's register following XMeld
//! Personensuche. Two vendor dialects implement it — MESO (HSH) and OK.EWO (AKDB) — each keeping
//! its wire format in one module. A simulator serves both dialects from a CSV of synthetic
//! residents, for development, the demo and the contract tests.
//!
//! Every failure of the register (timeout, 5xx, malformed or hostile XML, wrong content type) is
//! an [`Outcome::Unavailable`], never a panic and never an error that loses the application.
//!
//! * [`client`] builds a [`Client`] for an [`Endpoint`] and a [`Kind`];
//! * [`xmeld`] holds the XMeld request (1330) and our answer message (1331);
//! * [`meso`] (SOAP 1.1) and [`okewo`] (OK.KOMM gateway) are the two vendor envelopes;
//! * [`xml`] is the defensive XML reader both use (size, depth, no DTD, UTF-8 only);
//! * [`sim`] is the register simulator (also the binary `kitaplatz-register-sim`).
//!
//! Assumptions about the non-public parts are written down in `adapters/README.md`.

mod http;
pub mod meso;
pub mod okewo;
pub mod sim;
pub mod xmeld;
pub mod xml;

pub use http::{client, Client};
pub use xml::{WireError, MAX_MESSAGE_BYTES};

use std::future::Future;
use std::time::Duration;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which vendor dialect a municipality's register speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Meso,
    OkEwo,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Meso, Kind::OkEwo];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Meso => "meso",
            Kind::OkEwo => "ok_ewo",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A postal address as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Address {
    pub street: String,
    pub house_number: String,
    pub postal_code: String,
    pub city: String,
}

/// §11 BMeldDAV: who asks, under which file reference, why, and by which procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestMeta {
    /// Name of the requesting authority, e.g. "Stadt Musterstadt – Jugendamt".
    pub authority: String,
    /// Aktenzeichen: our application id.
    pub file_reference: String,
    /// Anlass des Abrufs, e.g. "Prüfung Betreuungsanfrage Kindertagesbetreuung".
    pub reason: String,
    /// Kennung: the user or the automated procedure, e.g. "kitaplatz-registerpruefung".
    pub procedure: String,
}

/// A search for one child (XMeld `datenabruf.personensuche.suchanfrage`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchRequest {
    pub family_name: String,
    /// All first names, space separated, as the parents entered them.
    pub first_names: String,
    pub birth_date: NaiveDate,
    /// Address the parents gave, if any.
    pub address: Option<Address>,
    /// Amtlicher Gemeindeschlüssel (8 digits) of the municipality whose register is asked.
    pub municipality_key: String,
    pub meta: RequestMeta,
}

/// A guardian (gesetzlicher Vertreter) as the register returns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guardian {
    pub family_name: String,
    pub first_names: String,
}

/// Exactly one person found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The register's identification of the person (stable across searches).
    pub register_id: String,
    /// Current main residence (Hauptwohnung).
    pub address: Address,
    pub guardians: Vec<Guardian>,
}

/// One entry of a Trefferliste (§6 BMeldDAV) when several people match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub register_id: String,
    pub family_name: String,
    pub first_names: String,
    pub birth_date: Option<NaiveDate>,
    pub address: Option<Address>,
    /// E.g. "moved within Germany", "moved abroad", "deceased".
    pub hint: Option<String>,
}

/// The answer to a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Found(Person),
    NotFound,
    Ambiguous(Vec<Candidate>),
    /// The register answered but refused this search (XMeld Nichterstellung, e.g. too many
    /// hits or an unknown street): asking again gives the same answer, so a person must look.
    /// The text names the reason code only.
    Refused(String),
    /// The register could not answer (down, timeout, refused, malformed answer …); the reason is
    /// for the log and the office, never for parents. The check is retried later.
    Unavailable(String),
}

impl Outcome {
    /// A short class for logs and the database: `found`, `not_found`, `ambiguous`, `refused`,
    /// `unavailable`.
    pub fn class(&self) -> &'static str {
        match self {
            Outcome::Found(_) => "found",
            Outcome::NotFound => "not_found",
            Outcome::Ambiguous(_) => "ambiguous",
            Outcome::Refused(_) => "refused",
            Outcome::Unavailable(_) => "unavailable",
        }
    }
}

/// Where and how to reach a register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub url: String,
    pub username: Option<String>,
    pub password: Option<String>,
    pub timeout: Duration,
    /// PEM with the client certificate and its private key, for mutual TLS.
    pub client_identity_pem: Option<Vec<u8>>,
    /// Extra CA certificate (PEM) to trust, e.g. the municipality's own CA.
    pub ca_certificate_pem: Option<Vec<u8>>,
}

/// A configuration error found when building a client (bad URL, unreadable certificate …).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(pub String);

/// A population register that can be searched.
pub trait Register: Send + Sync {
    fn search(&self, request: &SearchRequest) -> impl Future<Output = Outcome> + Send;
}
