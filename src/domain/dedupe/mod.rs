//! Duplicate detection of child applications without a population register.
//!
//! Parents apply at several Kitas, on paper and online; the office types paper forms. The
//! same child then appears several times with variants: case and spaces, umlauts written
//! `ae`/`oe`/`ue` or without dots, `ß` as `ss`, other diacritics missing, a second first name
//! left out ("Anna Maria" / "Anna"), one part of a double surname ("Müller-Schmidt" /
//! "Schmidt" / "Mueller Schmidt"), typing errors, day and month of birth swapped, the birth
//! date one day off, another address because the family moved. Twins (same surname, birth date
//! and address, another first name) and siblings (same surname and address, another birth
//! date) are different children.
//!
//! **Normalisation** ([`normalise`]): lower case; ä→ae, ö→oe, ü→ue, ß→ss, other diacritics
//! dropped (also in decomposed form); hyphens, dots and spaces separate words ("AnnaLena" too).
//! Names become word lists (particles such as "von" are no surname part of their own); streets
//! lose spaces and punctuation and write every "Straße/Str./strasse" as `str`. A *spelling
//! skeleton* writes alike what sounds alike (ph→f, ck→k, y→i, h after vowels, double letters).
//!
//! **Blocking** ([`blocking`]): records are indexed under Kölner Phonetik codes ([`phonetic`])
//! of surname parts × birth date, first name × birth date, street × house number × birth
//! date / first name / surname part, and (for records without a birth date) surname ×
//! first name. A record probes these keys with its birth date, the day before and after and
//! day/month swapped, and is compared only with the records it meets there: on 100,000
//! applications about 350,000 comparisons instead of five billion. (In blocks of more than 1,000
//! records, which real data does not have, only the next 20 records are compared.)
//!
//! **Features** ([`score`]), each a class and a similarity in 0..1:
//! - first names: same; subset (a name left out); one typing/spelling error apart — one edit
//!   (`strsim` OSA distance), two in names of six letters or more, or one edit between the
//!   skeletons (similarity: `strsim` Jaro-Winkler, at least 0.85); different;
//! - surname: same; one part of a double name shared; one typing error apart; different;
//! - birth date: exact 1.0; swapped or one day off 0.8; missing 0.5; different 0;
//! - address: same 1.0; same street 0.7; missing 0.5; different 0.3 (families move).
//!
//! The score is 0.30·first names + 0.30·surname + 0.25·birth date + 0.15·address;
//! **score ≥ 0.80 → `duplicate`, ≥ 0.70 → `review`**, below → distinct, with rules on top:
//! - **Twins rule**: another first name → distinct, whatever else agrees. Names one letter apart
//!   count as one name with a typo — except Paul/Paula, Jan/Jana, Lena/Leni (another form) —
//!   and if both spellings may be names of their own (Mia/Mila: short names, or spellings
//!   both common in the batch) the pair is at most `review`.
//! - Siblings: another birth date → distinct; only the same first names, surname and address
//!   (siblings never share a first name: a mistyped date) → `review`.
//! - Another surname → `review` if first names, birth date and street agree, else distinct.
//! - At most `review`: no birth date unless the address is the same; another address with two
//!   surnames that are both common in the batch (Meier / Meyer); another address with a name so
//!   common in the batch that a namesake born on that date (or one of three dates, for a
//!   date one day off or swapped) has a chance of 1 in 1,000 or more.
//!
//! `find_pairs` counts first names and surnames over the batch for these rules (a spelling
//! ten times rarer than a neighbour is a typo of it: "Ema" next to "Emma"); `compare` of two
//! records alone has no counts and is more careful: short names one letter apart are a review.
//!
//! **Fingerprints** ([`fingerprint`]): HMAC-SHA256 over combinations of normalised fields,
//! each with a key of the first given name (so twins and siblings share none), for
//! comparing across municipalities without exchanging names.
//!
//! **Synthetic data and evaluation** ([`synth`], [`eval`]): the generator behind
//! `kitaplatz dedupe-synth` and `kitaplatz bench dedupe`; results in `docs/benchmarks.md`.

pub mod blocking;
pub mod eval;
pub mod fingerprint;
pub mod normalise;
pub mod phonetic;
pub mod score;
pub mod synth;

use std::collections::HashMap;

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
    let mut prepared: Vec<Prepared> = parallel_map(records, 1024, Prepared::new);
    let counts = score::NameCounts::new(&prepared);
    for p in &mut prepared {
        p.namesakes = counts.expected(p);
    }
    let index = blocking::Index::build(&prepared);
    // Records sharing an id are one record: the first index with the id stands for all.
    let mut first_with_id: HashMap<&str, usize> = HashMap::with_capacity(records.len());
    let id_group: Vec<usize> = records
        .iter()
        .enumerate()
        .map(|(i, r)| *first_with_id.entry(r.id.as_str()).or_insert(i))
        .collect();
    let chunks: Vec<usize> = (0..records.len()).step_by(CHUNK).collect();
    let mut pairs: Vec<Pair> = parallel_map(&chunks, 1, |&start| {
        let mut pairs = Vec::new();
        let mut keys = Vec::new();
        let mut candidates = Vec::new();
        for i in start..(start + CHUNK).min(records.len()) {
            index.candidates(i, &prepared[i], &mut keys, &mut candidates);
            for &j in &candidates {
                let j = j as usize;
                if id_group[i] == id_group[j] {
                    continue;
                }
                if let Some((score, decision)) =
                    score::compare_prepared(&prepared[i], &prepared[j], Some(&counts))
                {
                    pairs.push(Pair::new(&records[i].id, &records[j].id, score, decision));
                }
            }
        }
        pairs
    })
    .into_iter()
    .flatten()
    .collect();
    pairs.sort_by(|x, y| (&x.id_a, &x.id_b).cmp(&(&y.id_a, &y.id_b)));
    pairs.dedup_by(|x, y| x.id_a == y.id_a && x.id_b == y.id_b);
    pairs
}

/// Records compared per unit of parallel work.
const CHUNK: usize = 512;

/// `items.iter().map(f).collect()`, on all cores if there are more than `block` items (scoped
/// threads, each taking every n-th block of items, so that early and late items are spread
/// evenly).
fn parallel_map<T: Sync, U: Send>(items: &[T], block: usize, f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads == 1 || items.len() <= block {
        return items.iter().map(f).collect();
    }
    let f = &f;
    let mut parts: Vec<Vec<(usize, U)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    (t * block..items.len())
                        .step_by(threads * block)
                        .flat_map(|start| start..(start + block).min(items.len()))
                        .map(|i| (i, f(&items[i])))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let mut out: Vec<(usize, U)> = Vec::with_capacity(items.len());
    for part in &mut parts {
        out.append(part);
    }
    out.sort_unstable_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, u)| u).collect()
}

/// Compares one record with a batch of others (a new application with the open applications of
/// its municipality) the way [`find_pairs`] does — with the name counts of the whole batch,
/// every other record compared (no blocking) — and returns, for every pair worth reporting, the
/// index in `others`, the score and the decision. Others with the subject's id are skipped.
pub fn compare_with_batch(subject: &Record, others: &[Record]) -> Vec<(usize, f64, Decision)> {
    let mut prepared: Vec<Prepared> = parallel_map(others, 1024, Prepared::new);
    // The batch counts the subject once, whether or not it is among the others.
    let listed = others.iter().position(|o| o.id == subject.id);
    let me = prepared.len();
    if listed.is_none() {
        prepared.push(Prepared::new(subject));
    }
    let counts = score::NameCounts::new(&prepared);
    for p in &mut prepared {
        p.namesakes = counts.expected(p);
    }
    let me = &prepared[listed.unwrap_or(me)];
    others
        .iter()
        .enumerate()
        .filter(|(_, o)| o.id != subject.id)
        .filter_map(|(i, _)| {
            score::compare_prepared(me, &prepared[i], Some(&counts)).map(|(score, d)| (i, score, d))
        })
        .collect()
}

/// The pairs of records (indices, `i < j`) that `find_pairs` compares: for judging the
/// blocking (how many comparisons, whether true pairs are among them).
pub fn candidate_pairs(records: &[Record]) -> Vec<(usize, usize)> {
    let prepared: Vec<Prepared> = records.iter().map(Prepared::new).collect();
    let index = blocking::Index::build(&prepared);
    let mut out = Vec::new();
    let (mut keys, mut candidates) = (Vec::new(), Vec::new());
    for (i, p) in prepared.iter().enumerate() {
        index.candidates(i, p, &mut keys, &mut candidates);
        out.extend(candidates.iter().map(|&j| (i, j as usize)));
    }
    out
}

/// Compares two records directly (for small candidate sets): `None` means distinct. Without a
/// batch there are no name counts, so it is more careful than [`find_pairs`] with short first
/// names one letter apart (always `review`) and never demotes a common name.
pub fn compare(a: &Record, b: &Record) -> Option<(f64, Decision)> {
    score::compare_prepared(&Prepared::new(a), &Prepared::new(b), None)
}

#[cfg(test)]
mod tests;
