//! Candidate blocks, so that only records sharing a key are compared (not all n² pairs).
//!
//! Every record is indexed under a handful of keys; a record then probes the same keys (and,
//! for keys with a birth date, the dates one day before and after and the date with day and
//! month swapped) and is compared with what it finds there. Names enter as Kölner Phonetik
//! codes, streets too (with the house number, without the postal code, which is sometimes
//! missing):
//!
//! | key | finds despite |
//! |---|---|
//! | surname part × birth date | first-name typos, other first names left out, moves |
//! | first name × birth date | surname typos and parts, moves |
//! | street × house number × birth date | typos in both names |
//! | street × house number × first name | date errors, surname typos |
//! | street × house number × surname part | date errors, first-name typos, missing dates |
//! | surname part × first name (records without a birth date only) | missing dates after a move |

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use chrono::{Datelike, NaiveDate};

use super::score::Prepared;

/// In blocks larger than this (thousands of records with the same name and birthday, which
/// real data does not have) a record is only compared with the next [`WINDOW`] records of
/// the block, so that a pathological input cannot make the search quadratic.
const MAX_BLOCK: usize = 1000;
const WINDOW: usize = 20;

/// The keys are hashes already; hashing them again would be wasted time.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(&[bytes]);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// FNV-1a over the parts, with a separator after each part.
pub(crate) fn fnv(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.iter().chain(&[0xff]) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A block key: the tag and two hashes, mixed.
fn key(tag: u64, a: u64, b: u64) -> u64 {
    let mut h = tag.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a;
    h = h.rotate_left(29).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ b;
    h ^ (h >> 31)
}

/// The dates a date may have been mistyped from: itself, a day before and after, day and month
/// swapped.
fn date_variants(d: NaiveDate) -> [Option<NaiveDate>; 4] {
    let swapped = if d.day() <= 12 && d.day() != d.month() {
        NaiveDate::from_ymd_opt(d.year(), d.day(), d.month())
    } else {
        None
    };
    [Some(d), d.pred_opt(), d.succ_opt(), swapped]
}

/// The keys of a record; with `probe`, the birth date also in its variants.
fn keys(p: &Prepared, probe: bool, out: &mut Vec<u64>) {
    out.clear();
    // Surname codes: every part, and the whole name if it has several parts; first-name codes:
    // every name, and all together if there are several ("Leon-Lorenz" meets "Leonlorenz").
    let joined_last = (p.last.len() > 1).then_some(p.last_joined.sound);
    let last = p.last.iter().map(|w| w.sound).chain(joined_last);
    let joined_first = (p.first.len() > 1).then_some(p.first_joined.sound);
    let first = p.first.iter().map(|w| w.sound).chain(joined_first);
    let dates: [Option<NaiveDate>; 4] = match (p.birth, probe) {
        (Some(d), true) => date_variants(d),
        (d, _) => [d, None, None, None],
    };
    let days = dates
        .iter()
        .flatten()
        .map(|d| u64::from(d.num_days_from_ce().unsigned_abs()));
    // The street by its sound, so that "Höhe" and "Hoehe" or a typo meet; no postal code,
    // which is sometimes missing.
    let address =
        (!p.street.is_empty()).then(|| fnv(&[&p.street_sound.to_le_bytes(), p.house.as_bytes()]));
    for l in last.clone() {
        // Surname × first name, for records without a birth date only: they are indexed
        // under tag 1 and tag 7 and probe tag 7, where everyone is indexed; records with a
        // date probe tag 1 only. (Two records with dates meet through the keys with dates.)
        for f in first.clone() {
            match (probe, p.birth.is_none()) {
                (false, true) => {
                    out.push(key(1, l, f));
                    out.push(key(7, l, f));
                }
                (false, false) | (true, true) => out.push(key(7, l, f)),
                (true, false) => out.push(key(1, l, f)),
            }
        }
        for d in days.clone() {
            out.push(key(2, l, d));
        }
        if let Some(a) = address {
            out.push(key(6, a, l));
        }
    }
    for f in first {
        for d in days.clone() {
            out.push(key(3, f, d));
        }
        if let Some(a) = address {
            out.push(key(4, a, f));
        }
    }
    if let Some(a) = address {
        for d in days {
            out.push(key(5, a, d));
        }
    }
    out.sort_unstable();
    out.dedup();
}

/// Records by key: all (key, record) entries sorted by key, and where each key's run starts.
pub(crate) struct Index {
    entries: Vec<(u64, u32)>,
    runs: HashMap<u64, (u32, u32), BuildHasherDefault<KeyHasher>>,
}

impl Index {
    pub fn build(prepared: &[Prepared]) -> Self {
        let mut entries = Vec::with_capacity(prepared.len() * 6);
        let mut ks = Vec::new();
        for (i, p) in prepared.iter().enumerate() {
            keys(p, false, &mut ks);
            entries.extend(ks.iter().map(|&k| (k, i as u32)));
        }
        entries.sort_unstable();
        let mut runs: HashMap<u64, (u32, u32), BuildHasherDefault<KeyHasher>> =
            HashMap::with_capacity_and_hasher(entries.len(), Default::default());
        let mut start = 0;
        while start < entries.len() {
            let k = entries[start].0;
            let end = start + entries[start..].partition_point(|e| e.0 == k);
            runs.insert(k, (start as u32, end as u32));
            start = end;
        }
        Self { entries, runs }
    }

    /// The records after `i` that share a key with record `i` (sorted, each once).
    pub fn candidates(&self, i: usize, p: &Prepared, keys_buf: &mut Vec<u64>, out: &mut Vec<u32>) {
        out.clear();
        keys(p, true, keys_buf);
        for k in keys_buf.iter() {
            if let Some(&(start, end)) = self.runs.get(k) {
                let block = &self.entries[start as usize..end as usize];
                // The block is sorted by record: the records after `i` follow its position.
                let after = &block[block.partition_point(|e| e.1 as usize <= i)..];
                let take = if block.len() <= MAX_BLOCK {
                    after.len()
                } else {
                    WINDOW.min(after.len())
                };
                out.extend(after[..take].iter().map(|e| e.1));
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}
