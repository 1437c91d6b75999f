//! Duplicate detection of child applications without a population register.
//!
//! Parents apply at several Kitas, on paper and online; the office types paper forms. The
//! same child then appears several times with variants: case and spaces, umlauts written
//! `ae`/`oe`/`ue` or dropped, `ß` as `ss`, other diacritics missing, a second first name left
//! out ("Anna Maria" / "Anna"), one part of a double surname ("Müller-Schmidt" / "Schmidt" /
//! "Mueller Schmidt"), typing errors, day and month of birth swapped, the birth date one day
//! off, another address because the family moved. Twins (same surname, birth date and address,
//! another first name) and siblings (same surname and address, another birth date) are
//! different children.
//!
//! **Normalisation** ([`normalise`]): lower case; ä→ae, ö→oe, ü→ue, ß→ss, other diacritics
//! dropped (also in decomposed form); hyphens, dots and spaces separate words. Names become
//! word lists (surname particles such as "von" are not surname parts of their own); streets
//! lose spaces and punctuation and write every "Straße/Str./strasse" as `str`.
//!
//! **Blocking** ([`blocking`]): each record is indexed under the Kölner Phonetik code
//! ([`phonetic`]) of each surname part × each first name, surname part × birth date, first
//! name × birth date, and address × first name. A record probes these keys with its birth
//! date, the day before and after and day/month swapped, and is only compared with the
//! records it meets there. On 100,000 applications that is a few hundred thousand
//! comparisons instead of five billion.
//!
//! **Scoring** ([`score`]): four features, each a class plus a similarity in 0..1:
//! first names (same; subset, i.e. a name left out; one typing/spelling error apart — one edit,
//! two in long names, or the same phonetic code, Jaro-Winkler from `strsim` as similarity;
//! different), surname (same; one part of a double name; typo; different), birth date (exact
//! 1.0; swapped or one day off 0.8; missing 0.5; different 0) and address (same 1.0; same street
//! 0.7; missing 0.5; different 0.3 — families move). The score is
//! 0.30·first + 0.30·surname + 0.25·birth date + 0.15·address.
//!
//! **Decision**: score ≥ 0.80 → `duplicate`, ≥ 0.70 → `review`, below → distinct, with rules
//! on top:
//! - another first name (not one typing error away; Paul/Paula, Lena/Leni are other names)
//!   → distinct. This is the **twins rule**: twins share everything else. Siblings are also
//!   excluded by the birth date.
//! - another birth date → distinct, except the same first names, surname and address
//!   (siblings never share a first name, so the date is mistyped) → `review`;
//! - another surname → `review` only if first names, birth date and street agree;
//! - a missing birth date, or first names one letter apart in short names (Mia/Mila) at the
//!   same birth date and address (possibly twins) → at most `review`.
//!
//! **Fingerprints** ([`fingerprint`]): HMAC-SHA256 over combinations of normalised fields,
//! for comparing across municipalities without revealing names.

pub mod blocking;
pub mod eval;
pub mod fingerprint;
pub mod normalise;
pub mod phonetic;
pub mod score;
pub mod synth;

use chrono::NaiveDate;

pub use fingerprint::fingerprints;
pub use phonetic::{koelner_phonetik, koelner_phonetik_raw};

use score::Prepared;

/// One application's child as the duplicate check sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Record {
    /// Caller's id of the application (unique).
    pub id: String,
    /// All first names, as typed.
    pub first_names: String,
    /// Surname, as typed.
    pub last_name: String,
    /// Birth date; `None` if missing or unreadable.
    pub birth_date: Option<NaiveDate>,
    /// Street.
    pub street: String,
    /// House number.
    pub house_number: String,
    /// Postal code.
    pub postal_code: String,
    /// City.
    pub city: String,
}

/// What to do with a pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// The same child: merge.
    Duplicate,
    /// Maybe the same child: a person must look.
    Review,
}

impl Decision {
    /// `duplicate` or `review`.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Duplicate => "duplicate",
            Decision::Review => "review",
        }
    }
}

/// A pair worth reporting.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    /// The smaller id (string order).
    pub id_a: String,
    /// The larger id.
    pub id_b: String,
    /// Similarity in 0..=1.
    pub score: f64,
    /// Duplicate or review.
    pub decision: Decision,
}

impl Pair {
    fn new(x: &str, y: &str, score: f64, decision: Decision) -> Self {
        let (a, b) = if x < y { (x, y) } else { (y, x) };
        Self {
            id_a: a.to_string(),
            id_b: b.to_string(),
            score,
            decision,
        }
    }
}

/// All pairs worth reporting, `id_a < id_b` (string order), sorted by `(id_a, id_b)`; pairs not
/// listed are distinct. Records sharing an id are taken to be one record and not paired.
pub fn find_pairs(records: &[Record]) -> Vec<Pair> {
    let prepared: Vec<Prepared> = records.iter().map(Prepared::new).collect();
    let index = blocking::Index::build(&prepared);
    let counts = score::NameCounts::new(&prepared);
    let mut pairs = Vec::new();
    let mut keys = Vec::new();
    let mut candidates = Vec::new();
    for (i, p) in prepared.iter().enumerate() {
        index.candidates(i, p, &mut keys, &mut candidates);
        for &j in &candidates {
            let j = j as usize;
            if records[i].id == records[j].id {
                continue;
            }
            if let Some((score, decision)) = score::compare_prepared(p, &prepared[j], Some(&counts))
            {
                pairs.push(Pair::new(&records[i].id, &records[j].id, score, decision));
            }
        }
    }
    pairs.sort_by(|x, y| (&x.id_a, &x.id_b).cmp(&(&y.id_a, &y.id_b)));
    pairs.dedup_by(|x, y| x.id_a == y.id_a && x.id_b == y.id_b);
    pairs
}

/// Compares two records directly (for small candidate sets): `None` means distinct.
pub fn compare(a: &Record, b: &Record) -> Option<(f64, Decision)> {
    score::compare_prepared(&Prepared::new(a), &Prepared::new(b), None)
}
