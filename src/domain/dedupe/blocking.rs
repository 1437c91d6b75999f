//! Candidate blocks, so that only records sharing a key are compared (not all n² pairs).
//!
//! Every record is indexed under a handful of keys; a record then probes the same keys (and,
//! for keys with a birth date, the dates one day before and after and the date with day and
//! month swapped) and is compared with what it finds there.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use chrono::{Datelike, NaiveDate};

use super::phonetic::koelner_phonetik;
use super::score::{Prepared, Word};

/// Blocks larger than this carry no information (e.g. thousands of records without names) and
/// are skipped, so that a pathological input cannot make the search quadratic.
const MAX_BLOCK: usize = 1000;

/// The keys are hashes already; hashing them again would be wasted time.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// FNV-1a over the parts of a key, with a separator between parts.
fn key(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(tag);
    for part in parts {
        for &b in part.iter().chain(&[0xff]) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The phonetic code of a word, or the word itself when it has no code.
fn sound(w: &Word) -> &[u8] {
    if w.code.is_empty() {
        w.text.as_bytes()
    } else {
        w.code.as_bytes()
    }
}

/// The surname codes of a record: every part, and the whole name if it has several parts.
fn surname_sounds(p: &Prepared) -> Vec<&[u8]> {
    let mut out: Vec<&[u8]> = p.last.iter().map(sound).collect();
    if p.last.len() > 1 {
        out.push(sound(&p.last_joined));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The first-name codes of a record: every name, and all together if there are several
/// ("Leon-Lorenz" meets "Leonlorenz").
fn first_sounds(p: &Prepared) -> Vec<&[u8]> {
    let mut out: Vec<&[u8]> = p.first.iter().map(sound).collect();
    if p.first.len() > 1 {
        out.push(sound(&p.first_joined));
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn day_bytes(d: NaiveDate) -> [u8; 4] {
    d.num_days_from_ce().to_le_bytes()
}

/// The dates a record's date may have been mistyped from: itself, a day before and after, day
/// and month swapped.
fn date_variants(d: NaiveDate) -> Vec<NaiveDate> {
    let mut out = vec![d];
    out.extend(d.pred_opt());
    out.extend(d.succ_opt());
    if d.day() <= 12 && d.day() != d.month() {
        out.extend(NaiveDate::from_ymd_opt(d.year(), d.day(), d.month()));
    }
    out
}

/// The keys of a record; with `probe`, the birth date also in its variants.
fn keys(p: &Prepared, probe: bool, out: &mut Vec<u64>) {
    out.clear();
    let last = surname_sounds(p);
    let first = first_sounds(p);
    // The street by its sound, so that "Höhe" and "Hoehe" or a typo meet; no postal code,
    // which is sometimes missing.
    let address = format!("{}|{}", koelner_phonetik(&p.street), p.house);
    let dates = match (p.birth, probe) {
        (Some(d), true) => date_variants(d),
        (Some(d), false) => vec![d],
        (None, _) => Vec::new(),
    };
    for l in &last {
        for f in &first {
            out.push(key(1, &[l, f]));
        }
        for d in &dates {
            out.push(key(2, &[l, &day_bytes(*d)]));
        }
    }
    for f in &first {
        for d in &dates {
            out.push(key(3, &[f, &day_bytes(*d)]));
        }
        if !p.street.is_empty() {
            out.push(key(4, &[address.as_bytes(), f]));
        }
    }
    if !p.street.is_empty() {
        for d in &dates {
            out.push(key(5, &[address.as_bytes(), &day_bytes(*d)]));
        }
        for l in &last {
            out.push(key(6, &[address.as_bytes(), l]));
        }
    }
    out.sort_unstable();
    out.dedup();
}

/// Records by key.
pub(crate) struct Index {
    blocks: HashMap<u64, Vec<u32>, BuildHasherDefault<KeyHasher>>,
}

impl Index {
    pub fn build(prepared: &[Prepared]) -> Self {
        let mut blocks: HashMap<u64, Vec<u32>, BuildHasherDefault<KeyHasher>> =
            HashMap::with_capacity_and_hasher(prepared.len() * 4, Default::default());
        let mut ks = Vec::new();
        for (i, p) in prepared.iter().enumerate() {
            keys(p, false, &mut ks);
            for k in &ks {
                blocks.entry(*k).or_default().push(i as u32);
            }
        }
        Self { blocks }
    }

    /// The records after `i` that share a key with record `i` (sorted, each once).
    pub fn candidates(&self, i: usize, p: &Prepared, keys_buf: &mut Vec<u64>, out: &mut Vec<u32>) {
        out.clear();
        keys(p, true, keys_buf);
        for k in keys_buf.iter() {
            if let Some(block) = self.blocks.get(k) {
                if block.len() <= MAX_BLOCK {
                    out.extend(block.iter().copied().filter(|&j| j as usize > i));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}
