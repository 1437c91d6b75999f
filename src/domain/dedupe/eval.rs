//! Quality of found pairs against the truth of synthetic data.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::synth::SynthData;
use super::{Decision, Pair};

/// How one variant fared: of the true pairs showing it, how many were not `duplicate`, and how
/// many not reported at all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VariantQuality {
    /// True pairs with this variant.
    pub pairs: usize,
    /// Of these, reported as `review` or not at all.
    pub not_duplicate: usize,
    /// Of these, not reported.
    pub missed: usize,
}

/// Precision and recall of a run on synthetic data.
#[derive(Debug, Clone, Default)]
pub struct Quality {
    /// True duplicate pairs.
    pub truth: usize,
    /// Pairs reported as `duplicate`.
    pub duplicate: usize,
    /// Of these, true.
    pub duplicate_true: usize,
    /// Pairs reported as `review`.
    pub review: usize,
    /// Of these, true.
    pub review_true: usize,
    /// Twin pairs in the data / reported as duplicate / as review.
    pub twins: (usize, usize, usize),
    /// Sibling pairs in the data / reported as duplicate / as review.
    pub siblings: (usize, usize, usize),
    /// By variant (a pair counts for each of its variants; `none` for pairs without).
    pub by_variant: BTreeMap<String, VariantQuality>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl Quality {
    /// Share of `duplicate` pairs that are true.
    pub fn precision_duplicate(&self) -> f64 {
        ratio(self.duplicate_true, self.duplicate)
    }
    /// Share of true pairs reported as `duplicate`.
    pub fn recall_duplicate(&self) -> f64 {
        ratio(self.duplicate_true, self.truth)
    }
    /// Share of reported pairs (`duplicate` or `review`) that are true.
    pub fn precision_any(&self) -> f64 {
        ratio(
            self.duplicate_true + self.review_true,
            self.duplicate + self.review,
        )
    }
    /// Share of true pairs reported as `duplicate` or `review`.
    pub fn recall_any(&self) -> f64 {
        ratio(self.duplicate_true + self.review_true, self.truth)
    }
}

/// Compares `pairs` with the truth of `data`.
pub fn evaluate(data: &SynthData, pairs: &[Pair]) -> Quality {
    let found: HashMap<(&str, &str), Decision> = pairs
        .iter()
        .map(|p| ((p.id_a.as_str(), p.id_b.as_str()), p.decision))
        .collect();
    let truth: HashSet<(&str, &str)> = data
        .truth
        .iter()
        .map(|t| (t.id_a.as_str(), t.id_b.as_str()))
        .collect();
    let mut q = Quality {
        truth: truth.len(),
        ..Quality::default()
    };
    for p in pairs {
        let is_true = truth.contains(&(p.id_a.as_str(), p.id_b.as_str()));
        match p.decision {
            Decision::Duplicate => {
                q.duplicate += 1;
                q.duplicate_true += usize::from(is_true);
            }
            Decision::Review => {
                q.review += 1;
                q.review_true += usize::from(is_true);
            }
        }
    }
    let count = |list: &[(String, String)]| {
        let mut dup = 0;
        let mut review = 0;
        for (a, b) in list {
            match found.get(&(a.as_str(), b.as_str())) {
                Some(Decision::Duplicate) => dup += 1,
                Some(Decision::Review) => review += 1,
                None => {}
            }
        }
        (list.len(), dup, review)
    };
    q.twins = count(&data.twins);
    q.siblings = count(&data.siblings);
    for t in &data.truth {
        let decision = found.get(&(t.id_a.as_str(), t.id_b.as_str()));
        let variants = if t.variants.is_empty() {
            "none"
        } else {
            &t.variants
        };
        for v in variants.split('+') {
            let e = q.by_variant.entry(v.to_string()).or_default();
            e.pairs += 1;
            e.not_duplicate += usize::from(decision != Some(&Decision::Duplicate));
            e.missed += usize::from(decision.is_none());
        }
    }
    q
}

/// The simple method the engine is measured against: records blocked by the Kölner Phonetik
/// code of the folded surname with the birth year, and of the first given name with the birth
/// date; a pair is a `duplicate` if the folded first names and surnames both have a
/// Jaro-Winkler similarity of at least 0.9 and the birth dates are equal.
pub fn baseline_pairs(records: &[super::Record]) -> Vec<Pair> {
    use super::normalise::fold;
    use super::phonetic::koelner_phonetik;
    use chrono::Datelike;

    let folded: Vec<(String, String)> = records
        .iter()
        .map(|r| (fold(&r.first_names), fold(&r.last_name)))
        .collect();
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, r) in records.iter().enumerate() {
        let (first, last) = &folded[i];
        let given = first.split(' ').next().unwrap_or("");
        if let Some(d) = r.birth_date {
            let surname = koelner_phonetik(last);
            blocks
                .entry(format!("l{surname}|{}", d.year()))
                .or_default()
                .push(i);
            blocks
                .entry(format!("f{}|{d}", koelner_phonetik(given)))
                .or_default()
                .push(i);
        }
    }
    let mut seen = HashSet::new();
    let mut pairs = Vec::new();
    for block in blocks.values() {
        for (k, &i) in block.iter().enumerate() {
            for &j in &block[k + 1..] {
                if !seen.insert((i.min(j), i.max(j))) {
                    continue;
                }
                let (a, b) = (&records[i], &records[j]);
                let first = strsim::jaro_winkler(&folded[i].0, &folded[j].0);
                let last = strsim::jaro_winkler(&folded[i].1, &folded[j].1);
                if first >= 0.9 && last >= 0.9 && a.birth_date == b.birth_date {
                    let (x, y) = if a.id < b.id { (a, b) } else { (b, a) };
                    pairs.push(Pair {
                        id_a: x.id.clone(),
                        id_b: y.id.clone(),
                        score: (first + last) / 2.0,
                        decision: Decision::Duplicate,
                    });
                }
            }
        }
    }
    pairs.sort_by(|x, y| (&x.id_a, &x.id_b).cmp(&(&y.id_a, &y.id_b)));
    pairs
}
