//! Pairwise comparison: feature classes for first names, surname, birth date and address, a
//! weighted score, and the decision rules (including the twins rule).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use chrono::{Datelike, NaiveDate};
use strsim::{jaro_winkler, osa_distance};

use super::blocking::{fnv, KeyHasher};
use super::normalise::{house_key, name_tokens, postal_key, skeleton, street_key, surname_parts};
use super::phonetic::koelner_phonetik;
use super::{Decision, Record};

/// Weight of the first-name similarity in the score.
pub const W_FIRST: f64 = 0.30;
/// Weight of the surname similarity in the score.
pub const W_LAST: f64 = 0.30;
/// Weight of the birth-date similarity in the score.
pub const W_BIRTH: f64 = 0.25;
/// Weight of the address similarity in the score.
pub const W_ADDRESS: f64 = 0.15;
/// From this score on a pair is a `duplicate` (unless a rule caps it at `review`).
pub const DUPLICATE_AT: f64 = 0.80;
/// From this score on a pair is worth a `review`.
pub const REVIEW_AT: f64 = 0.70;

/// A folded word, with hashes of itself and of its Kölner Phonetik code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Word {
    pub text: String,
    /// Hash of the text.
    pub id: u64,
    /// Hash of the Kölner Phonetik code (of the text if it has no code).
    pub sound: u64,
    /// Length in characters.
    pub len: usize,
}

impl Word {
    pub fn new(text: String) -> Self {
        let code = koelner_phonetik(&text);
        let sound = if code.is_empty() {
            fnv(&[b"t", text.as_bytes()])
        } else {
            fnv(&[b"k", code.as_bytes()])
        };
        Self {
            id: fnv(&[text.as_bytes()]),
            sound,
            len: text.chars().count(),
            text,
        }
    }

    fn len(&self) -> usize {
        self.len
    }

    /// The same word (the hashes first, which is quicker).
    fn same(&self, other: &Word) -> bool {
        self.id == other.id && self.text == other.text
    }

    /// The spelling skeleton (see [`skeleton`]).
    fn skeleton(&self) -> String {
        skeleton(&self.text)
    }
}

/// Words of a name beyond this many are ignored (names have a handful).
const MAX_WORDS: usize = 16;

/// A record folded for comparison, computed once per record.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
pub(crate) struct Prepared {
    /// First names, word by word ("Anna-Lena Marie" → anna, lena, marie).
    pub first: Vec<Word>,
    /// All first names in one word ("annalenamarie").
    pub first_joined: Word,
    /// Surname parts without particles ("von Müller-Schmidt" → mueller, schmidt).
    pub last: Vec<Word>,
    /// The whole surname in one word ("vonmuellerschmidt").
    pub last_joined: Word,
    pub birth: Option<NaiveDate>,
    pub street: String,
    /// Hash of the Kölner Phonetik code of the street (for blocking).
    pub street_sound: u64,
    pub house: String,
    pub postal: String,
    pub city: String,
    /// How many namesakes (same first names and surname) the batch holds by chance; 0
    /// outside a batch. See [`NameCounts::expected`].
    pub namesakes: f64,
}

impl Prepared {
    pub fn new(r: &Record) -> Self {
        let mut first_tokens = name_tokens(&r.first_names);
        let mut last_tokens = name_tokens(&r.last_name);
        first_tokens.truncate(MAX_WORDS);
        last_tokens.truncate(MAX_WORDS);
        Self {
            first_joined: Word::new(first_tokens.concat()),
            first: first_tokens.into_iter().map(Word::new).collect(),
            last_joined: Word::new(last_tokens.concat()),
            last: surname_parts(&last_tokens)
                .into_iter()
                .map(Word::new)
                .collect(),
            birth: r.birth_date,
            street_sound: fnv(&[koelner_phonetik(&street_key(&r.street)).as_bytes()]),
            street: street_key(&r.street),
            house: house_key(&r.house_number),
            postal: postal_key(&r.postal_code),
            city: street_key(&r.city),
            namesakes: 0.0,
        }
    }

    pub fn has_address(&self) -> bool {
        !self.street.is_empty() || !self.postal.is_empty()
    }
}

/// Counts by word hash.
type Counts = HashMap<u64, u32, BuildHasherDefault<KeyHasher>>;

/// How many records of a batch carry each first name and surname.
///
/// A first-name spelling that is ten times rarer than a spelling one typing error away is
/// taken for a typo of it ("Ema" next to "Emma"); two spellings that are both common are two
/// names (Mia / Mila, Paul / Paula; Meier / Meyer). And a name that is common in the batch
/// ("Ben Müller") is weaker evidence than a rare one.
#[derive(Debug, Default)]
pub(crate) struct NameCounts {
    first: Counts,
    /// All first names together ("anna maria" as "annamaria").
    full: Counts,
    last: Counts,
    records: usize,
    /// Days between the earliest and the latest birth date of the batch (at least 365).
    span_days: f64,
}

impl NameCounts {
    pub fn new(prepared: &[Prepared]) -> Self {
        let mut first = Counts::default();
        let mut full = Counts::default();
        let mut last = Counts::default();
        for p in prepared {
            for (i, w) in p.first.iter().enumerate() {
                if p.first[..i].iter().all(|v| v.id != w.id) {
                    *first.entry(w.id).or_default() += 1;
                }
            }
            *full.entry(p.first_joined.id).or_default() += 1;
            *last.entry(p.last_joined.id).or_default() += 1;
        }
        let births = prepared.iter().filter_map(|p| p.birth);
        let span = match (births.clone().min(), births.max()) {
            (Some(lo), Some(hi)) => (hi - lo).num_days() + 1,
            _ => 0,
        };
        Self {
            first,
            full,
            last,
            records: prepared.len(),
            span_days: span.max(365) as f64,
        }
    }

    fn get(&self, w: &Word) -> u32 {
        self.first.get(&w.id).copied().unwrap_or(0)
    }

    /// How many records with the first names and the surname of `p` a batch of this size holds
    /// by chance (names assumed independent).
    pub fn expected(&self, p: &Prepared) -> f64 {
        let cf = f64::from(self.full.get(&p.first_joined.id).copied().unwrap_or(0));
        let cl = f64::from(self.last.get(&p.last_joined.id).copied().unwrap_or(0));
        cf * cl / self.records.max(1) as f64
    }

    /// Whether two surnames are both established spellings (at least 3 records each, neither
    /// ten times rarer) and not said alike: two families, not a typo.
    fn two_surnames(&self, x: &Word, y: &Word) -> bool {
        let count = |w: &Word| self.last.get(&w.id).copied().unwrap_or(0);
        let (cx, cy) = (count(x), count(y));
        cx.min(cy) >= 3 && 10 * cx.min(cy) > cx.max(cy) && x.skeleton() != y.skeleton()
    }
}

/// From this many expected namesakes in the batch on, a record without a birth date at
/// another address is not even worth a review.
pub const NAMESAKES_WITHOUT_DATE: f64 = 1.0;

/// From this chance on that a record has a namesake (same first names and surname) born on
/// the date in question (or, for a date one day off or swapped, on one of three dates), a
/// match at another address is only worth a review: the address no longer vouches for it.
pub const NAMESAKE_RISK: f64 = 1e-3;

/// Whether two first names one typing error apart may be two names rather than a name and its
/// typo. Never if they are said alike (same skeleton: Carl / Karl, Hanna / Hannah) or the
/// counts show one spelling to be at least ten times rarer than the other ("Ema" next to
/// "Emma"); otherwise if one is short (≤ 4 letters: Mia / Mila, Tim / Tom), another form of
/// the other (Paul / Paula), or both are established (at least 3 records each: Jonas / Jonah).
fn two_names(x: &Word, y: &Word, counts: Option<&NameCounts>) -> bool {
    if x.skeleton() == y.skeleton() {
        return false;
    }
    if x.len().min(y.len()) <= 4 || other_form(&x.text, &y.text) {
        return counts.is_none_or(|c| {
            let (cx, cy) = (c.get(x), c.get(y));
            10 * cx.min(cy) > cx.max(cy)
        });
    }
    counts.is_some_and(|c| {
        let (cx, cy) = (c.get(x), c.get(y));
        10 * cx.min(cy) > cx.max(cy) && cx.min(cy) >= 3
    })
}

/// How two names relate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NameMatch {
    /// The same words (order, hyphens and spaces aside).
    Same,
    /// The words of one are among the words of the other: a second first name left out, one
    /// part of a double surname.
    Subset,
    /// Equal but for a typing or spelling error. `weak`: the differing words may just as well be
    /// two different names (Mia / Mila), see [`two_names`].
    Typo { sim: f64, weak: bool },
    /// Different names; `sim` is their Jaro-Winkler similarity.
    Different { sim: f64 },
}

impl NameMatch {
    fn sim(self) -> f64 {
        match self {
            NameMatch::Same => 1.0,
            NameMatch::Subset => 0.96,
            // A typo is a near miss whatever Jaro-Winkler makes of short names ("Mxa").
            NameMatch::Typo { sim, .. } => sim.max(0.85),
            NameMatch::Different { sim } => sim,
        }
    }

    fn agrees(self) -> bool {
        matches!(self, NameMatch::Same | NameMatch::Subset)
    }
}

/// How two birth dates relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateMatch {
    Exact,
    /// Day and month swapped (2021-03-05 / 2021-05-03).
    Swapped,
    /// One day apart.
    OffByOne,
    /// At least one date is missing.
    Missing,
    Different,
}

impl DateMatch {
    fn sim(self) -> f64 {
        match self {
            DateMatch::Exact => 1.0,
            DateMatch::Swapped | DateMatch::OffByOne => 0.8,
            DateMatch::Missing => 0.5,
            DateMatch::Different => 0.0,
        }
    }
}

/// How two addresses relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AddressMatch {
    Same,
    /// Same street but another house number, or the same street and number in another place.
    Near,
    /// At least one address is missing.
    Missing,
    /// Another address (e.g. the family moved).
    Different,
}

impl AddressMatch {
    fn sim(self) -> f64 {
        match self {
            AddressMatch::Same => 1.0,
            AddressMatch::Near => 0.7,
            AddressMatch::Missing => 0.5,
            AddressMatch::Different => 0.3,
        }
    }
}

/// Whether two different words are one typing or spelling error apart: one edit (insert,
/// delete, substitute, swap neighbours), two edits in long words (≥ 6 letters), the same
/// spelling skeleton (Sophie / Sofie, Finn / Phinn), or, in words of 5 letters or more, one
/// edit between the skeletons (Jördis / Jordix).
pub(crate) fn near(x: &Word, y: &Word) -> bool {
    let (lx, ly) = (x.len(), y.len());
    if lx.abs_diff(ly) > 3 || lx.min(ly) < 2 || bag_distance(&x.text, &y.text) > 3 {
        return false;
    }
    let d = osa_distance(&x.text, &y.text);
    if d <= 1 || (d == 2 && lx.min(ly) >= 6) {
        return true;
    }
    let (sx, sy) = (x.skeleton(), y.skeleton());
    sx == sy || (lx.min(ly) >= 5 && osa_distance(&sx, &sy) <= 1)
}

/// How many letters one word has that the other lacks (as multisets, the larger side): a
/// quick lower bound of the edit distance.
fn bag_distance(x: &str, y: &str) -> u32 {
    let mut counts = [0i32; 27];
    let slot = |c: char| {
        if c.is_ascii_lowercase() {
            (c as u8 - b'a') as usize
        } else {
            26
        }
    };
    for c in x.chars() {
        counts[slot(c)] += 1;
    }
    for c in y.chars() {
        counts[slot(c)] -= 1;
    }
    let surplus: i32 = counts.iter().filter(|&&n| n > 0).sum();
    let deficit: i32 = -counts.iter().filter(|&&n| n < 0).sum::<i32>();
    surplus.max(deficit).unsigned_abs()
}

/// Jaro-Winkler similarity, the same whichever word comes first.
fn jw(x: &Word, y: &Word) -> f64 {
    if x.text <= y.text {
        jaro_winkler(&x.text, &y.text)
    } else {
        jaro_winkler(&y.text, &x.text)
    }
}

/// Paul / Paula, Christian / Christiane, Lena / Leni, Mario / Maria: the male and female (or
/// another) form of a name, which twins get — unless the counts show one of them to be a
/// typo ("Luc" next to a common "Luca").
fn other_form(x: &str, y: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let (s, l) = if x.chars().count() <= y.chars().count() {
        (x, y)
    } else {
        (y, x)
    };
    if let Some(suffix) = l.strip_prefix(s) {
        // One letter more at the end: Paul / Paula, Christian / Christiane.
        let mut rest = suffix.chars();
        return match (rest.next(), rest.next()) {
            (Some('a'), None) => true,
            (Some('e'), None) => !s.ends_with(vowel),
            _ => false,
        };
    }
    // Another vowel at the end: Lena / Leni, Mario / Maria.
    let (mut sc, mut lc) = (s.chars(), l.chars());
    match (sc.next_back(), lc.next_back()) {
        (Some(a), Some(b)) => {
            a != b && vowel(a) && vowel(b) && sc.as_str() == lc.as_str() && sc.count() >= 2
        }
        _ => false,
    }
}

fn near_first_name(x: &Word, y: &Word, counts: Option<&NameCounts>) -> bool {
    near(x, y) && !(other_form(&x.text, &y.text) && two_names(x, y, counts))
}

/// Compares first names word by word: every word of the shorter list must meet a word of the
/// longer list, equal or (for at most the differing ones) one typing error apart.
fn first_names(a: &Prepared, b: &Prepared, counts: Option<&NameCounts>) -> NameMatch {
    if a.first.is_empty() || b.first.is_empty() {
        return NameMatch::Different { sim: 0.0 };
    }
    if a.first_joined.same(&b.first_joined) {
        return NameMatch::Same;
    }
    let (s, l) = if a.first.len() <= b.first.len() {
        (&a.first, &b.first)
    } else {
        (&b.first, &a.first)
    };
    // Bit j of `used`: word j of the longer list is taken; bit i of `pending`: word i of the
    // shorter list has no equal (at most MAX_WORDS words, see `Prepared::new`).
    let mut used: u32 = 0;
    let mut pending: u32 = 0;
    for (i, w) in s.iter().enumerate() {
        match (0..l.len()).find(|&j| used & (1 << j) == 0 && l[j].same(w)) {
            Some(j) => used |= 1 << j,
            None => pending |= 1 << i,
        }
    }
    let mut sim: f64 = 1.0;
    let mut weak = pending.count_ones() > 1;
    for (i, w) in s.iter().enumerate() {
        if pending & (1 << i) == 0 {
            continue;
        }
        let best = (0..l.len())
            .filter(|&j| used & (1 << j) == 0 && near_first_name(w, &l[j], counts))
            .map(|j| (j, jw(w, &l[j])))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        let Some((j, s)) = best else {
            return joined_first_names(a, b, counts);
        };
        used |= 1 << j;
        sim = sim.min(s);
        weak |= two_names(w, &l[j], counts);
    }
    match (pending == 0, s.len() == l.len()) {
        (true, true) => NameMatch::Same,
        (true, false) => NameMatch::Subset,
        (false, true) => NameMatch::Typo { sim, weak },
        (false, false) => NameMatch::Typo {
            sim: sim * 0.96,
            weak,
        },
    }
}

/// First names compared as one word ("Annalena" / "Anna-Lena", "Marie-Luise" / "Marieluisa").
fn joined_first_names(a: &Prepared, b: &Prepared, counts: Option<&NameCounts>) -> NameMatch {
    let (x, y) = (&a.first_joined, &b.first_joined);
    if near_first_name(x, y, counts) {
        NameMatch::Typo {
            sim: jw(x, y),
            weak: two_names(x, y, counts),
        }
    } else {
        NameMatch::Different { sim: 0.0 }
    }
}

/// Compares surnames: the whole name, then the parts of double names.
fn surnames(a: &Prepared, b: &Prepared, counts: Option<&NameCounts>) -> NameMatch {
    if a.last.is_empty() || b.last.is_empty() {
        return NameMatch::Different { sim: 0.0 };
    }
    if a.last_joined.same(&b.last_joined) {
        return NameMatch::Same;
    }
    let shared = a
        .last
        .iter()
        .filter(|x| b.last.iter().any(|y| y.same(x)))
        .count();
    if shared > 0 {
        return if shared == a.last.len() && shared == b.last.len() {
            NameMatch::Same
        } else {
            NameMatch::Subset
        };
    }
    let mut best: Option<f64> = None;
    if near(&a.last_joined, &b.last_joined) {
        best = Some(jw(&a.last_joined, &b.last_joined));
    }
    if a.last.len() > 1 || b.last.len() > 1 {
        for x in &a.last {
            for y in &b.last {
                if near(x, y) {
                    let s = jw(x, y) * 0.96;
                    best = Some(best.map_or(s, |b| b.max(s)));
                }
            }
        }
    }
    match best {
        Some(sim) => NameMatch::Typo {
            sim,
            weak: counts.is_some_and(|c| c.two_surnames(&a.last_joined, &b.last_joined)),
        },
        None => NameMatch::Different {
            sim: jw(&a.last_joined, &b.last_joined),
        },
    }
}

pub(crate) fn birth_dates(a: Option<NaiveDate>, b: Option<NaiveDate>) -> DateMatch {
    let (Some(a), Some(b)) = (a, b) else {
        return DateMatch::Missing;
    };
    if a == b {
        DateMatch::Exact
    } else if (a - b).num_days().abs() == 1 {
        DateMatch::OffByOne
    } else if a.year() == b.year() && a.day() == b.month() && a.month() == b.day() {
        DateMatch::Swapped
    } else {
        DateMatch::Different
    }
}

fn addresses(a: &Prepared, b: &Prepared) -> AddressMatch {
    if !a.has_address() || !b.has_address() {
        return AddressMatch::Missing;
    }
    let street = !a.street.is_empty()
        && (a.street == b.street
            || (a.street.len().abs_diff(b.street.len()) <= 1
                && osa_distance(&a.street, &b.street) <= 1));
    let house = a.house == b.house;
    let place = a.postal == b.postal
        || ((a.postal.is_empty() || b.postal.is_empty())
            && (a.city == b.city || a.city.is_empty() || b.city.is_empty()));
    match (street, house, place) {
        (true, true, true) => AddressMatch::Same,
        (true, _, true) | (true, true, _) => AddressMatch::Near,
        _ => AddressMatch::Different,
    }
}

/// The feature classes of a pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Features {
    pub first: NameMatch,
    pub last: NameMatch,
    pub birth: DateMatch,
    pub address: AddressMatch,
    /// The chance of a namesake with such a birth date in the batch (see [`NAMESAKE_RISK`]).
    pub namesake_risk: f64,
}

impl Features {
    /// The weighted similarity in 0..=1.
    pub fn score(&self) -> f64 {
        let score = W_FIRST * self.first.sim()
            + W_LAST * self.last.sim()
            + W_BIRTH * self.birth.sim()
            + W_ADDRESS * self.address.sim();
        score.clamp(0.0, 1.0)
    }

    /// The decision; `None` means distinct.
    pub fn decide(&self) -> Option<Decision> {
        let Features {
            first,
            last,
            birth,
            address,
            namesake_risk,
        } = *self;
        if matches!(first, NameMatch::Different { .. }) {
            // Twins and siblings: another first name is another child.
            return None;
        }
        let names_agree = first.agrees() && last.agrees();
        if birth == DateMatch::Different {
            // Siblings never share a first name: the same name at the same address with
            // another birth date is a mistyped date, for a person to check.
            return (names_agree && address == AddressMatch::Same).then_some(Decision::Review);
        }
        let moved = address == AddressMatch::Different;
        if birth == DateMatch::Missing && moved && namesake_risk >= NAMESAKES_WITHOUT_DATE {
            // No date, another address and a name others in the batch are likely to share:
            // nothing to go on.
            return None;
        }
        if let NameMatch::Different { .. } = last {
            // A changed surname (marriage of the parents) or a coincidence: look only if
            // the rest is exact.
            let close = first.agrees()
                && birth == DateMatch::Exact
                && matches!(address, AddressMatch::Same | AddressMatch::Near);
            return close.then_some(Decision::Review);
        }
        let review_only =
            // Twins rule: first names one letter apart that may be two names (Mia / Mila)
            // may be twins.
            matches!(first, NameMatch::Typo { weak: true, .. })
            // Without a birth date only the same address is enough.
            || (birth == DateMatch::Missing && address != AddressMatch::Same)
            // Another address and two established surnames (Meier / Meyer): two families.
            || (moved && matches!(last, NameMatch::Typo { weak: true, .. }))
            // Another address and a name common enough for a namesake.
            || (moved && namesake_risk >= NAMESAKE_RISK);
        let score = self.score();
        if score >= DUPLICATE_AT && !review_only {
            Some(Decision::Duplicate)
        } else if score >= REVIEW_AT {
            Some(Decision::Review)
        } else {
            None
        }
    }
}

/// The features of two prepared records, with the name counts of the batch if there is one;
/// `None` if the first names differ (distinct, whatever else agrees).
pub(crate) fn features(
    a: &Prepared,
    b: &Prepared,
    counts: Option<&NameCounts>,
) -> Option<Features> {
    // The same answer whichever record comes first.
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    let first = first_names(a, b, counts);
    if let NameMatch::Different { .. } = first {
        return None;
    }
    let birth = birth_dates(a.birth, b.birth);
    let namesake_risk = counts.map_or(0.0, |c| {
        // The share of namesakes born on a date that would match: one date, three (a day
        // off or swapped), or any (no date).
        let share = match birth {
            DateMatch::Exact => 1.0 / c.span_days,
            DateMatch::Missing => 1.0,
            _ => 3.0 / c.span_days,
        };
        a.namesakes.max(b.namesakes) * share
    });
    Some(Features {
        first,
        last: surnames(a, b, counts),
        birth,
        address: addresses(a, b),
        namesake_risk,
    })
}

/// Compares two prepared records; `None` means distinct.
pub(crate) fn compare_prepared(
    a: &Prepared,
    b: &Prepared,
    counts: Option<&NameCounts>,
) -> Option<(f64, Decision)> {
    let f = features(a, b, counts)?;
    f.decide().map(|d| (f.score(), d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prep(first: &str, last: &str) -> Prepared {
        Prepared::new(&Record {
            id: "x".into(),
            first_names: first.into(),
            last_name: last.into(),
            birth_date: None,
            street: String::new(),
            house_number: String::new(),
            postal_code: String::new(),
            city: String::new(),
        })
    }

    #[test]
    fn first_name_classes() {
        let f = |a: &str, b: &str| first_names(&prep(a, "X"), &prep(b, "X"), None);
        assert_eq!(f("Anna-Lena", "Anna Lena"), NameMatch::Same);
        assert_eq!(f("Annalena", "Anna-Lena"), NameMatch::Same);
        assert_eq!(f("Maria Anna", "Anna Maria"), NameMatch::Same);
        assert_eq!(f("Anna Maria", "Anna"), NameMatch::Subset);
        assert_eq!(f("Anna Maria", "Maria"), NameMatch::Subset);
        assert!(matches!(
            f("Johanna", "Johana"),
            NameMatch::Typo { weak: false, .. }
        ));
        assert!(matches!(
            f("Sophie", "Sofie"),
            NameMatch::Typo { weak: false, .. }
        ));
        assert!(matches!(
            f("Mia", "Mila"),
            NameMatch::Typo { weak: true, .. }
        ));
        assert!(matches!(f("Paul", "Paula"), NameMatch::Different { .. }));
        assert!(matches!(
            f("Christian", "Christiane"),
            NameMatch::Different { .. }
        ));
        assert!(matches!(f("Lena", "Leni"), NameMatch::Different { .. }));
        assert!(matches!(
            f("Anna-Lena", "Anna-Sophie"),
            NameMatch::Different { .. }
        ));
        assert!(matches!(f("Max", "Moritz"), NameMatch::Different { .. }));
        assert!(matches!(f("Sophie", "Sophi"), NameMatch::Typo { .. }));
    }

    #[test]
    fn surname_classes() {
        let l = |a: &str, b: &str| surnames(&prep("A", a), &prep("A", b), None);
        assert_eq!(l("Müller", "MUELLER"), NameMatch::Same);
        assert_eq!(l("Müller-Schmidt", "Mueller Schmidt"), NameMatch::Same);
        assert_eq!(l("Müller-Schmidt", "Schmidt-Müller"), NameMatch::Same);
        assert_eq!(l("Müller-Schmidt", "Schmidt"), NameMatch::Subset);
        assert_eq!(l("von Bülow", "Bülow"), NameMatch::Same);
        assert!(matches!(l("Müller", "Muller"), NameMatch::Typo { .. }));
        assert!(matches!(
            l("Schneider", "Schnieder"),
            NameMatch::Typo { .. }
        ));
        assert!(matches!(
            l("Müller-Schmidt", "Schmitt"),
            NameMatch::Typo { .. }
        ));
        assert!(matches!(
            l("Müller", "Schmidt"),
            NameMatch::Different { .. }
        ));
    }

    #[test]
    fn date_classes() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(
            birth_dates(d("2021-03-05"), d("2021-03-05")),
            DateMatch::Exact
        );
        assert_eq!(
            birth_dates(d("2021-03-05"), d("2021-05-03")),
            DateMatch::Swapped
        );
        assert_eq!(
            birth_dates(d("2021-12-31"), d("2022-01-01")),
            DateMatch::OffByOne
        );
        assert_eq!(birth_dates(None, d("2022-01-01")), DateMatch::Missing);
        assert_eq!(
            birth_dates(d("2019-03-05"), d("2021-03-05")),
            DateMatch::Different
        );
    }
}
