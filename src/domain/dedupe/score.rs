//! Pairwise comparison: feature classes for first names, surname, birth date and address, a
//! weighted score, and the decision rules (including the twins rule).

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use strsim::{jaro_winkler, osa_distance};

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

/// A folded word with its Kölner Phonetik code and spelling skeleton.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Word {
    pub text: String,
    pub code: String,
    pub skeleton: String,
}

impl Word {
    pub fn new(text: String) -> Self {
        let code = koelner_phonetik(&text);
        let skeleton = skeleton(&text);
        Self {
            text,
            code,
            skeleton,
        }
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }
}

/// A record folded for comparison, computed once per record.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
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
    pub house: String,
    pub postal: String,
    pub city: String,
}

impl Prepared {
    pub fn new(r: &Record) -> Self {
        let first_tokens = name_tokens(&r.first_names);
        let last_tokens = name_tokens(&r.last_name);
        Self {
            first_joined: Word::new(first_tokens.concat()),
            first: first_tokens.into_iter().map(Word::new).collect(),
            last_joined: Word::new(last_tokens.concat()),
            last: surname_parts(&last_tokens)
                .into_iter()
                .map(Word::new)
                .collect(),
            birth: r.birth_date,
            street: street_key(&r.street),
            house: house_key(&r.house_number),
            postal: postal_key(&r.postal_code),
            city: street_key(&r.city),
        }
    }

    pub fn has_address(&self) -> bool {
        !self.street.is_empty() || !self.postal.is_empty()
    }
}

/// How many records of a batch carry each first name and surname.
///
/// A first-name spelling that is ten times rarer than a spelling one typing error away is
/// taken for a typo of it ("Ema" next to "Emma"); two spellings that are both common are two
/// names (Mia / Mila, Paul / Paula; Meier / Meyer). And a name that is common in the batch
/// ("Ben Müller") is weaker evidence than a rare one.
#[derive(Debug, Default)]
pub(crate) struct NameCounts {
    first: HashMap<String, u32>,
    /// All first names together ("anna maria" as "annamaria").
    full: HashMap<String, u32>,
    last: HashMap<String, u32>,
    records: usize,
}

impl NameCounts {
    pub fn new(prepared: &[Prepared]) -> Self {
        let mut first: HashMap<String, u32> = HashMap::with_capacity(prepared.len() / 4);
        let mut full: HashMap<String, u32> = HashMap::with_capacity(prepared.len() / 4);
        let mut last: HashMap<String, u32> = HashMap::with_capacity(prepared.len() / 2);
        for p in prepared {
            for (i, w) in p.first.iter().enumerate() {
                if p.first[..i].iter().all(|v| v.text != w.text) {
                    *first.entry(w.text.clone()).or_default() += 1;
                }
            }
            *full.entry(p.first_joined.text.clone()).or_default() += 1;
            *last.entry(p.last_joined.text.clone()).or_default() += 1;
        }
        Self {
            first,
            full,
            last,
            records: prepared.len(),
        }
    }

    fn get(&self, w: &Word) -> u32 {
        self.first.get(&w.text).copied().unwrap_or(0)
    }

    /// How many records with the first names and the surname of `p` a batch of this size holds
    /// by chance (names assumed independent).
    fn expected(&self, p: &Prepared) -> f64 {
        let cf = f64::from(self.full.get(&p.first_joined.text).copied().unwrap_or(0));
        let cl = f64::from(self.last.get(&p.last_joined.text).copied().unwrap_or(0));
        cf * cl / self.records.max(1) as f64
    }

    /// Whether two surnames are both established spellings (at least 3 records each, neither
    /// ten times rarer) and not said alike: two families, not a typo.
    fn two_surnames(&self, x: &Word, y: &Word) -> bool {
        if x.skeleton == y.skeleton {
            return false;
        }
        let count = |w: &Word| self.last.get(&w.text).copied().unwrap_or(0);
        let (cx, cy) = (count(x), count(y));
        cx.min(cy) >= 3 && 10 * cx.min(cy) > cx.max(cy)
    }
}

/// From this many expected chance namesakes in the batch on, a name is common: a namesake
/// at another address with a birth date one day off is then only worth a review.
const COMMON_NAME: f64 = 0.5;

/// Whether two first names one typing error apart may be two names rather than a name and its
/// typo. Never if they are said alike (same skeleton) or the counts show one spelling to be at
/// least ten times rarer than the other
/// ("Ema" next to "Emma"); otherwise if one is short (≤ 4 letters: Mia / Mila, Tim / Tom),
/// another form of the other (Paul / Paula), or both are established (at least 3 records each)
/// and spelt differently (Jonas / Jonah, but not Hanna / Hannah).
fn two_names(x: &Word, y: &Word, counts: Option<&NameCounts>) -> bool {
    if x.skeleton == y.skeleton {
        // Spelt differently, said alike (Carl / Karl, Hanna / Hannah): one name.
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
        10 * cx.min(cy) > cx.max(cy) && cx.min(cy) >= 3 && x.skeleton != y.skeleton
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
/// delete, substitute, swap neighbours), two edits in long words (≥ 6 letters), or one edit
/// between their spelling skeletons (Sophie / Sofie, Jördis / Jordix, Finn / Phinn).
pub(crate) fn near(x: &Word, y: &Word) -> bool {
    let (lx, ly) = (x.len(), y.len());
    if lx.abs_diff(ly) > 3 || lx.min(ly) < 2 {
        return false;
    }
    let d = osa_distance(&x.text, &y.text);
    d <= 1
        || (d == 2 && lx.min(ly) >= 6)
        || (x.skeleton.len().min(y.skeleton.len()) >= 2
            && osa_distance(&x.skeleton, &y.skeleton) <= 1)
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
    let (s, l) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    if l.len() == s.len() + 1 && l.starts_with(s) {
        return l.ends_with('a') || (l.ends_with('e') && !s.ends_with(vowel));
    }
    if s.len() == l.len() && s.len() >= 3 {
        let (sp, sl) = s.split_at(s.len() - 1);
        let (lp, ll) = l.split_at(l.len() - 1);
        return sp == lp && sl != ll && sl.chars().all(vowel) && ll.chars().all(vowel);
    }
    false
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
    if a.first_joined.text == b.first_joined.text {
        return NameMatch::Same;
    }
    let (s, l) = if a.first.len() <= b.first.len() {
        (&a.first, &b.first)
    } else {
        (&b.first, &a.first)
    };
    let mut used = vec![false; l.len()];
    let mut pending = Vec::new();
    for w in s {
        match (0..l.len()).find(|&j| !used[j] && l[j].text == w.text) {
            Some(j) => used[j] = true,
            None => pending.push(w),
        }
    }
    let mut sim: f64 = 1.0;
    let mut weak = pending.len() > 1;
    for w in &pending {
        let best = (0..l.len())
            .filter(|&j| !used[j] && near_first_name(w, &l[j], counts))
            .map(|j| (j, jw(w, &l[j])))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        let Some((j, s)) = best else {
            return joined_first_names(a, b, counts);
        };
        used[j] = true;
        sim = sim.min(s);
        weak |= two_names(w, &l[j], counts);
    }
    match (pending.is_empty(), s.len() == l.len()) {
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
    if a.last_joined.text == b.last_joined.text {
        return NameMatch::Same;
    }
    let shared = a.last.iter().filter(|x| b.last.contains(x)).count();
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
    /// The name is common in the batch (see [`COMMON_NAME`]).
    pub common_name: bool,
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
            common_name,
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
        if let NameMatch::Different { .. } = last {
            // A changed surname (marriage of the parents) or a coincidence: look only if
            // the rest is exact.
            let close = first.agrees()
                && birth == DateMatch::Exact
                && matches!(address, AddressMatch::Same | AddressMatch::Near);
            return close.then_some(Decision::Review);
        }
        let moved = address == AddressMatch::Different;
        let review_only =
            // Twins rule: first names one letter apart that may be two names (Mia / Mila)
            // may be twins.
            matches!(first, NameMatch::Typo { weak: true, .. })
            // Without a birth date only the same address is enough.
            || (birth == DateMatch::Missing && address != AddressMatch::Same)
            // Another address and two established surnames (Meier / Meyer): two families.
            || (moved && matches!(last, NameMatch::Typo { weak: true, .. }))
            // Another address, another date, a common name: a namesake as likely as not.
            || (moved && birth != DateMatch::Exact && common_name);
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
    Some(Features {
        first,
        last: surnames(a, b, counts),
        birth: birth_dates(a.birth, b.birth),
        address: addresses(a, b),
        common_name: counts.is_some_and(|c| c.expected(a).max(c.expected(b)) >= COMMON_NAME),
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
        assert_eq!(l("von Bülow", "Bülow"), NameMatch::Subset);
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
