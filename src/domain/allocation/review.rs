//! Manual adjustments to a run's proposal (DESIGN.md §6.1): the youth office moves a child or
//! holds back places, always with a reason. The run itself is never changed; the effective
//! proposal is the run's result with the adjustments applied in order. Pure.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::{Explanation, GroupStatus, Instance, Outcome, Reason};

/// One manual change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Adjustment {
    /// Place the child at `facility` (one of its wishes), or nowhere.
    Move {
        /// Child (application) id.
        child: String,
        /// Target facility, `None` for no place.
        facility: Option<String>,
    },
    /// Hold back `places` places of `category` at `facility` (replaces an earlier hold of
    /// the same slot; 0 releases).
    Hold {
        /// Facility id.
        facility: String,
        /// Category code.
        category: String,
        /// Places held back.
        places: u32,
    },
}

/// Why an adjustment is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AdjustError {
    /// The child is not in the run.
    #[error("child not in the run")]
    UnknownChild,
    /// The facility is not in the run.
    #[error("facility not in the run")]
    UnknownFacility,
    /// Children are only moved to a facility their parents wished.
    #[error("not one of the wishes")]
    NotWished,
    /// No free place left in the slot (after holds).
    #[error("no free place")]
    Full,
    /// Holding back that many places would take places children are already proposed for.
    #[error("{placed} children are proposed there; at most {max} places can be held back")]
    HoldTooMany {
        /// Children proposed in the slot.
        placed: u32,
        /// The most places that can be held back.
        max: u32,
    },
    /// Nothing would change.
    #[error("nothing changes")]
    NoChange,
}

/// The effective proposal: places after adjustments and the places held back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    /// Child → facility (or `None`).
    pub assignments: BTreeMap<String, Option<String>>,
    /// Facility → category → places held back.
    pub held: BTreeMap<String, BTreeMap<String, u32>>,
    /// Children whose place was changed by hand.
    pub moved: Vec<String>,
}

impl Proposal {
    /// Places held back in a slot.
    pub fn held(&self, facility: &str, category: &str) -> u32 {
        self.held
            .get(facility)
            .and_then(|m| m.get(category))
            .copied()
            .unwrap_or(0)
    }
}

fn capacity(instance: &Instance, facility: &str, category: &str) -> Option<u32> {
    instance
        .facilities
        .iter()
        .find(|f| f.id == facility)
        .map(|f| f.capacity.get(category).copied().unwrap_or(0))
}

fn placed(instance: &Instance, p: &Proposal, facility: &str, category: &str) -> u32 {
    instance
        .children
        .iter()
        .filter(|c| c.category == category)
        .filter(|c| p.assignments.get(&c.id).cloned().flatten().as_deref() == Some(facility))
        .count() as u32
}

/// Checks `adj` against the current proposal: the child and facility exist, a move goes to a
/// wished facility with a free place (capacity minus held places), a hold leaves room for
/// the children already proposed there.
pub fn check(instance: &Instance, p: &Proposal, adj: &Adjustment) -> Result<(), AdjustError> {
    match adj {
        Adjustment::Move { child, facility } => {
            let c = instance
                .children
                .iter()
                .find(|c| c.id == *child)
                .ok_or(AdjustError::UnknownChild)?;
            let now = p.assignments.get(child).cloned().flatten();
            if now == *facility {
                return Err(AdjustError::NoChange);
            }
            let Some(f) = facility else {
                return Ok(());
            };
            let cap = capacity(instance, f, &c.category).ok_or(AdjustError::UnknownFacility)?;
            if !c.wishes.contains(f) {
                return Err(AdjustError::NotWished);
            }
            let room = cap.saturating_sub(p.held(f, &c.category));
            if placed(instance, p, f, &c.category) >= room {
                return Err(AdjustError::Full);
            }
            Ok(())
        }
        Adjustment::Hold {
            facility,
            category,
            places,
        } => {
            let cap = capacity(instance, facility, category).ok_or(AdjustError::UnknownFacility)?;
            if p.held(facility, category) == *places {
                return Err(AdjustError::NoChange);
            }
            let placed = placed(instance, p, facility, category);
            let max = cap.saturating_sub(placed);
            if *places > max {
                return Err(AdjustError::HoldTooMany { placed, max });
            }
            Ok(())
        }
    }
}

/// The run's result with `adjustments` applied in order (each was checked when it was made).
pub fn apply(outcome: &Outcome, adjustments: &[Adjustment]) -> Proposal {
    let mut p = Proposal {
        assignments: outcome.assignments.clone(),
        ..Proposal::default()
    };
    for adj in adjustments {
        match adj {
            Adjustment::Move { child, facility } => {
                p.assignments.insert(child.clone(), facility.clone());
                if !p.moved.contains(child) {
                    p.moved.push(child.clone());
                }
            }
            Adjustment::Hold {
                facility,
                category,
                places,
            } => {
                p.held
                    .entry(facility.clone())
                    .or_default()
                    .insert(category.clone(), *places);
            }
        }
    }
    p.moved
        .retain(|c| p.assignments.get(c) != outcome.assignments.get(c));
    p
}

/// The instance with held places taken out of the capacities: what the stability check and
/// the office's report use after adjustments.
pub fn effective_instance(instance: &Instance, p: &Proposal) -> Instance {
    let mut out = instance.clone();
    for f in &mut out.facilities {
        for (cat, n) in f.capacity.iter_mut() {
            *n = n.saturating_sub(p.held(&f.id, cat));
        }
    }
    out
}

/// The run's outcome as the proposal changes it: new assignments, sibling groups re-checked,
/// and for moved children every wish above their new place explained — by the engine's
/// reason where it had one, otherwise as a manual decision.
pub fn effective_outcome(instance: &Instance, outcome: &Outcome, p: &Proposal) -> Outcome {
    let mut out = outcome.clone();
    out.assignments = p.assignments.clone();
    out.stats.placed = p.assignments.values().filter(|f| f.is_some()).count();
    for child in &p.moved {
        let Some(c) = instance.children.iter().find(|c| c.id == *child) else {
            continue;
        };
        let place = p.assignments.get(child).cloned().flatten();
        let before: HashMap<&str, &Explanation> = outcome
            .explanations
            .get(child)
            .map(|es| es.iter().map(|e| (e.facility.as_str(), e)).collect())
            .unwrap_or_default();
        let lines: Vec<Explanation> = c
            .wishes
            .iter()
            .take_while(|w| Some(w.as_str()) != place.as_deref())
            .map(|w| {
                before
                    .get(w.as_str())
                    .map(|e| (*e).clone())
                    .unwrap_or(Explanation {
                        facility: w.clone(),
                        reason: Reason::Manual,
                        last_admitted: None,
                    })
            })
            .collect();
        if lines.is_empty() {
            out.explanations.remove(child);
        } else {
            out.explanations.insert(child.clone(), lines);
        }
    }
    out.sibling_groups = sibling_groups(instance, &p.assignments);
    out
}

/// What became of every sibling group under `assignments`.
pub fn sibling_groups(
    instance: &Instance,
    assignments: &BTreeMap<String, Option<String>>,
) -> BTreeMap<String, GroupStatus> {
    let mut places: BTreeMap<&str, Vec<Option<&str>>> = BTreeMap::new();
    for c in &instance.children {
        if let Some(g) = &c.sibling_group {
            let place = assignments.get(&c.id).and_then(|f| f.as_deref());
            places.entry(g.as_str()).or_default().push(place);
        }
    }
    places
        .into_iter()
        .map(|(g, ps)| {
            let status = if ps.iter().any(Option::is_none) {
                GroupStatus::Unplaced
            } else if ps.windows(2).all(|w| w[0] == w[1]) {
                GroupStatus::Together
            } else {
                GroupStatus::Split
            };
            (g.to_string(), status)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{allocate, report, Child, Facility};
    use super::*;

    fn inst() -> Instance {
        let f = |id: &str, n: u32| Facility {
            id: id.into(),
            capacity: BTreeMap::from([("UE3".to_string(), n)]),
        };
        let c = |id: &str, wishes: &[&str], points: i64, group: Option<&str>| Child {
            id: id.into(),
            category: "UE3".into(),
            wishes: wishes.iter().map(|w| w.to_string()).collect(),
            points,
            lottery: 1,
            sibling_group: group.map(str::to_string),
            ..Default::default()
        };
        Instance {
            facilities: vec![f("A", 1), f("B", 2)],
            children: vec![
                c("c1", &["A", "B"], 30, None),
                c("c2", &["A", "B"], 20, Some("g")),
                c("c3", &["B"], 10, Some("g")),
            ],
        }
    }

    fn mv(child: &str, facility: Option<&str>) -> Adjustment {
        Adjustment::Move {
            child: child.into(),
            facility: facility.map(str::to_string),
        }
    }

    fn hold(facility: &str, places: u32) -> Adjustment {
        Adjustment::Hold {
            facility: facility.into(),
            category: "UE3".into(),
            places,
        }
    }

    #[test]
    fn review_moves_are_checked_against_wishes_and_free_places() {
        let i = inst();
        let o = allocate(&i).unwrap();
        let p = apply(&o, &[]);
        assert_eq!(p.assignments["c1"].as_deref(), Some("A"));
        // A is full (c1), c3 did not wish A, nobody is called c9.
        assert_eq!(check(&i, &p, &mv("c2", Some("A"))), Err(AdjustError::Full));
        assert_eq!(
            check(&i, &p, &mv("c3", Some("A"))),
            Err(AdjustError::NotWished)
        );
        assert_eq!(
            check(&i, &p, &mv("c9", None)),
            Err(AdjustError::UnknownChild)
        );
        assert_eq!(
            check(&i, &p, &mv("c1", Some("Z"))),
            Err(AdjustError::UnknownFacility)
        );
        assert_eq!(
            check(&i, &p, &mv("c1", Some("A"))),
            Err(AdjustError::NoChange)
        );
        // Taking c1 out frees A for c2.
        let p = apply(&o, &[mv("c1", None)]);
        assert_eq!(check(&i, &p, &mv("c2", Some("A"))), Ok(()));
    }

    #[test]
    fn review_holds_leave_room_for_proposed_children() {
        let i = inst();
        let o = allocate(&i).unwrap();
        let p = apply(&o, &[]);
        // B holds c2 and c3: nothing can be held back there.
        assert_eq!(
            check(&i, &p, &hold("B", 1)),
            Err(AdjustError::HoldTooMany { placed: 2, max: 0 })
        );
        let p = apply(&o, &[mv("c3", None)]);
        assert_eq!(check(&i, &p, &hold("B", 1)), Ok(()));
        let p = apply(&o, &[mv("c3", None), hold("B", 1)]);
        assert_eq!(p.held("B", "UE3"), 1);
        // With the held place gone, c3 cannot come back; releasing the hold lets it.
        assert_eq!(check(&i, &p, &mv("c3", Some("B"))), Err(AdjustError::Full));
        assert_eq!(check(&i, &p, &hold("B", 1)), Err(AdjustError::NoChange));
        let p = apply(&o, &[mv("c3", None), hold("B", 1), hold("B", 0)]);
        assert_eq!(check(&i, &p, &mv("c3", Some("B"))), Ok(()));
        let e = effective_instance(&i, &apply(&o, &[mv("c3", None), hold("B", 1)]));
        assert_eq!(e.facilities[1].capacity["UE3"], 1);
    }

    #[test]
    fn review_overrides_show_envy_split_siblings_and_manual_reasons() {
        let i = inst();
        let o = allocate(&i).unwrap();
        assert!(report::envy(&i, &o.assignments).is_empty());
        // c1 out of A by hand, c2 in: c1 (30 points) envies c2 at A; the siblings are split.
        let p = apply(&o, &[mv("c1", Some("B")), mv("c2", Some("A"))]);
        assert_eq!(p.moved, vec!["c1".to_string(), "c2".to_string()]);
        let cases = report::envy(&effective_instance(&i, &p), &p.assignments);
        assert!(cases
            .iter()
            .any(|e| e.child == "c1" && e.instead_of.as_deref() == Some("c2")));
        let out = effective_outcome(&i, &o, &p);
        assert_eq!(out.sibling_groups["g"], GroupStatus::Split);
        assert_eq!(out.explanations["c1"][0].reason, Reason::Manual);
        assert!(!out.explanations.contains_key("c2"));
        // Moving back and forth is no change at all.
        let p = apply(&o, &[mv("c1", None), mv("c1", Some("A"))]);
        assert!(p.moved.is_empty());
        assert_eq!(effective_outcome(&i, &o, &p), o);
    }
}
