//! What an allocation run means for people: the office's summary (placed per facility and
//! category, fill rates, which wish children got, who stayed unplaced and why), the stability
//! check (justified envy), and the lines of a parent's explanation. Pure.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::{Child, Explanation, Instance, Outcome, Reason};

/// One (facility, category) slot after a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotReport {
    /// Facility id.
    pub facility: String,
    /// Category code.
    pub category: String,
    /// Places in the run.
    pub capacity: u32,
    /// Children placed.
    pub placed: u32,
    /// Children who wished this slot first.
    pub first_wishes: u32,
}

/// The office's summary of a run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Children in the run.
    pub children: usize,
    /// Children placed.
    pub placed: usize,
    /// `by_wish[k]` = children placed at their (k+1)-th wish.
    pub by_wish: Vec<usize>,
    /// Slots with places or wishes, in facility order then category order.
    pub slots: Vec<SlotReport>,
    /// Unplaced children (ids) in id order.
    pub unplaced: Vec<String>,
}

fn slot_key(facility: &str, category: &str) -> (String, String) {
    (facility.to_string(), category.to_string())
}

/// Summarises a run.
pub fn report(instance: &Instance, outcome: &Outcome) -> Report {
    let mut slots: BTreeMap<(String, String), SlotReport> = BTreeMap::new();
    let order: HashMap<&str, usize> = instance
        .facilities
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.as_str(), i))
        .collect();
    for f in &instance.facilities {
        for (cat, &cap) in &f.capacity {
            if cap > 0 {
                slots.insert(
                    slot_key(&f.id, cat),
                    SlotReport {
                        facility: f.id.clone(),
                        category: cat.clone(),
                        capacity: cap,
                        placed: 0,
                        first_wishes: 0,
                    },
                );
            }
        }
    }
    let mut by_wish: Vec<usize> = Vec::new();
    let mut unplaced = Vec::new();
    let mut placed = 0;
    for c in &instance.children {
        if let Some(first) = c.wishes.first() {
            if let Some(s) = slots.get_mut(&slot_key(first, &c.category)) {
                s.first_wishes += 1;
            }
        }
        match outcome.assignments.get(&c.id).cloned().flatten() {
            Some(f) => {
                placed += 1;
                let k = c.wishes.iter().position(|w| *w == f).unwrap_or(0);
                if by_wish.len() <= k {
                    by_wish.resize(k + 1, 0);
                }
                by_wish[k] += 1;
                if let Some(s) = slots.get_mut(&slot_key(&f, &c.category)) {
                    s.placed += 1;
                }
            }
            None => unplaced.push(c.id.clone()),
        }
    }
    unplaced.sort();
    let mut slots: Vec<SlotReport> = slots.into_values().collect();
    slots.sort_by_key(|s| {
        (
            order
                .get(s.facility.as_str())
                .copied()
                .unwrap_or(usize::MAX),
            s.category.clone(),
        )
    });
    Report {
        children: instance.children.len(),
        placed,
        by_wish,
        slots,
        unplaced,
    }
}

/// A case of justified envy: `child` prefers `facility` to its place, and there either a
/// place is free (`instead_of` = `None`) or a child with lower priority got one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envy {
    /// The child who has a claim.
    pub child: String,
    /// The facility it prefers.
    pub facility: String,
    /// The lower-priority child placed there instead, if any.
    pub instead_of: Option<String>,
}

type Key<'a> = (Reverse<i64>, i64, &'a str);

fn key<'a>(c: &'a Child, facility: &str) -> Key<'a> {
    let bonus = c.bonus.get(facility).copied().unwrap_or(0);
    (
        Reverse(c.points.saturating_add(bonus)),
        c.lottery,
        c.id.as_str(),
    )
}

/// Every case of justified envy in `assignments` (child id → facility id). A plain
/// deferred-acceptance result has none; after manual changes each case is listed.
pub fn envy(instance: &Instance, assignments: &BTreeMap<String, Option<String>>) -> Vec<Envy> {
    let capacity: HashMap<(&str, &str), u32> = instance
        .facilities
        .iter()
        .flat_map(|f| {
            f.capacity
                .iter()
                .map(move |(cat, &n)| ((f.id.as_str(), cat.as_str()), n))
        })
        .collect();
    // Per slot: the worst-ranked child placed there, and how many are placed.
    let mut worst: HashMap<(&str, &str), Key<'_>> = HashMap::new();
    let mut count: HashMap<(&str, &str), u32> = HashMap::new();
    for c in &instance.children {
        if let Some(Some(f)) = assignments.get(&c.id) {
            let slot = (f.as_str(), c.category.as_str());
            *count.entry(slot).or_default() += 1;
            let k = key(c, f);
            let entry = worst.entry(slot).or_insert(k);
            if k > *entry {
                *entry = k;
            }
        }
    }
    let mut cases = Vec::new();
    for c in &instance.children {
        let assigned = assignments.get(&c.id).cloned().flatten();
        for w in &c.wishes {
            if assigned.as_deref() == Some(w.as_str()) {
                break;
            }
            let slot = (w.as_str(), c.category.as_str());
            let cap = capacity.get(&slot).copied().unwrap_or(0);
            if cap == 0 {
                continue;
            }
            if count.get(&slot).copied().unwrap_or(0) < cap {
                cases.push(Envy {
                    child: c.id.clone(),
                    facility: w.clone(),
                    instead_of: None,
                });
            } else if let Some(worst_key) = worst.get(&slot) {
                if key(c, w) < *worst_key {
                    cases.push(Envy {
                        child: c.id.clone(),
                        facility: w.clone(),
                        instead_of: Some(worst_key.2.to_string()),
                    });
                }
            }
        }
    }
    cases
}

/// One line of a parent's explanation: a wish the child did not get.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParentLine {
    /// Facility id.
    pub facility: String,
    /// Why not.
    pub reason: Reason,
    /// Places of the child's category there in the run.
    pub capacity: u32,
    /// The lowest score admitted there (for `full`).
    pub cutoff: Option<i64>,
    /// The child's own score there.
    pub own_score: i64,
    /// Same score as the cut-off: the lottery decided.
    pub tie: bool,
}

/// The explanation of one child's outcome, without any other child's data (only the
/// cut-off score of a slot, which is an aggregate).
pub fn parent_lines(instance: &Instance, outcome: &Outcome, child: &str) -> Vec<ParentLine> {
    let Some(c) = instance.children.iter().find(|c| c.id == child) else {
        return Vec::new();
    };
    let explanations: &[Explanation] = outcome
        .explanations
        .get(child)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    explanations
        .iter()
        .map(|e| {
            let capacity = instance
                .facilities
                .iter()
                .find(|f| f.id == e.facility)
                .and_then(|f| f.capacity.get(&c.category).copied())
                .unwrap_or(0);
            let own_score = c
                .points
                .saturating_add(c.bonus.get(&e.facility).copied().unwrap_or(0));
            let cutoff = e.last_admitted.map(|l| l.score);
            ParentLine {
                facility: e.facility.clone(),
                reason: e.reason,
                capacity,
                cutoff,
                own_score,
                tie: cutoff == Some(own_score),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{allocate, Facility};
    use super::*;

    fn inst() -> Instance {
        let f = |id: &str, n: u32| Facility {
            id: id.into(),
            capacity: BTreeMap::from([("UE3".to_string(), n)]),
        };
        let c = |id: &str, wishes: &[&str], points: i64, lottery: i64| Child {
            id: id.into(),
            category: "UE3".into(),
            wishes: wishes.iter().map(|w| w.to_string()).collect(),
            points,
            lottery,
            ..Default::default()
        };
        Instance {
            facilities: vec![f("A", 1), f("B", 2)],
            children: vec![
                c("c1", &["A", "B"], 25, 5),
                c("c2", &["A", "B"], 20, 1),
                c("c3", &["A"], 20, 2),
                c("c4", &["B"], 0, 3),
            ],
        }
    }

    #[test]
    fn report_counts_wishes_slots_and_unplaced() {
        let i = inst();
        let o = allocate(&i).unwrap();
        let r = report(&i, &o);
        assert_eq!(r.children, 4);
        assert_eq!(r.placed, 3);
        assert_eq!(r.by_wish, vec![2, 1]);
        assert_eq!(r.unplaced, vec!["c3"]);
        assert_eq!(r.slots[0].facility, "A");
        assert_eq!((r.slots[0].capacity, r.slots[0].placed), (1, 1));
        assert_eq!(r.slots[0].first_wishes, 3);
        assert_eq!((r.slots[1].capacity, r.slots[1].placed), (2, 2));
    }

    #[test]
    fn envy_is_empty_after_a_plain_run_and_lists_manual_changes() {
        let i = inst();
        let o = allocate(&i).unwrap();
        assert!(envy(&i, &o.assignments).is_empty());
        // Give c1's place at A to c3 by hand: c1 (25 points) now envies c3 at A.
        let mut a = o.assignments.clone();
        a.insert("c1".into(), Some("B".into()));
        a.insert("c3".into(), Some("A".into()));
        a.insert("c2".into(), None);
        let cases = envy(&i, &a);
        assert!(cases.contains(&Envy {
            child: "c1".into(),
            facility: "A".into(),
            instead_of: Some("c3".into())
        }));
        // c2 is unplaced while B has room after the change? B holds c1 and c4: full, and
        // c2 (20) outranks c4 (0) at B.
        assert!(cases.contains(&Envy {
            child: "c2".into(),
            facility: "B".into(),
            instead_of: Some("c4".into())
        }));
        // A free place someone wished is envy too.
        a.insert("c4".into(), None);
        assert!(envy(&i, &a).contains(&Envy {
            child: "c4".into(),
            facility: "B".into(),
            instead_of: None
        }));
    }

    #[test]
    fn parent_lines_show_capacity_cutoff_and_own_score() {
        let i = inst();
        let o = allocate(&i).unwrap();
        let lines = parent_lines(&i, &o, "c3");
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].facility, "A");
        assert_eq!(lines[0].reason, Reason::Full);
        assert_eq!(
            (lines[0].capacity, lines[0].cutoff, lines[0].own_score),
            (1, Some(25), 20)
        );
        assert!(!lines[0].tie);
        assert!(parent_lines(&i, &o, "c1").is_empty());
        assert!(parent_lines(&i, &o, "nobody").is_empty());
    }
}
