use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use proptest::prelude::*;

use super::*;

fn facility(id: &str, caps: &[(&str, u32)]) -> Facility {
    Facility {
        id: id.into(),
        capacity: caps.iter().map(|(c, n)| (c.to_string(), *n)).collect(),
    }
}

fn child(id: &str, category: &str, wishes: &[&str], points: i64, lottery: i64) -> Child {
    Child {
        id: id.into(),
        category: category.into(),
        wishes: wishes.iter().map(|w| w.to_string()).collect(),
        points,
        bonus: BTreeMap::new(),
        lottery,
        sibling_group: None,
    }
}

fn sib(mut c: Child, group: &str) -> Child {
    c.sibling_group = Some(group.into());
    c
}

fn got<'a>(o: &'a Outcome, c: &str) -> Option<&'a str> {
    o.assignments[c].as_deref()
}

/// A child's priority key at a facility (smaller is better), computed independently.
fn key<'a>(c: &'a Child, f: &str) -> (Reverse<i64>, i64, &'a str) {
    (
        Reverse(c.points + c.bonus.get(f).copied().unwrap_or(0)),
        c.lottery,
        c.id.as_str(),
    )
}

fn cap(inst: &Instance, f: &str, cat: &str) -> u32 {
    inst.facilities
        .iter()
        .find(|x| x.id == f)
        .and_then(|x| x.capacity.get(cat).copied())
        .unwrap_or(0)
}

fn rank(c: &Child, f: Option<&str>) -> usize {
    f.map_or(usize::MAX, |f| {
        c.wishes.iter().position(|w| w == f).unwrap_or(usize::MAX)
    })
}

/// Capacities respected and every child only where it wished.
fn feasible(inst: &Instance, a: &HashMap<&str, Option<&str>>) -> bool {
    let mut count: HashMap<(&str, &str), u32> = HashMap::new();
    for c in &inst.children {
        if let Some(f) = a[c.id.as_str()] {
            if !c.wishes.iter().any(|w| w == f) {
                return false;
            }
            *count.entry((f, c.category.as_str())).or_default() += 1;
        }
    }
    count.iter().all(|(&(f, cat), &n)| n <= cap(inst, f, cat))
}

/// No blocking pair: no child prefers a facility that has room in its category or admitted
/// a child of its category it ranks lower.
fn stable(inst: &Instance, a: &HashMap<&str, Option<&str>>) -> bool {
    for c in &inst.children {
        let mine = rank(c, a[c.id.as_str()]);
        for f in c.wishes.iter().take(mine.min(c.wishes.len())) {
            let capacity = cap(inst, f, &c.category);
            if capacity == 0 {
                continue;
            }
            let admitted: Vec<&Child> = inst
                .children
                .iter()
                .filter(|o| o.category == c.category && a[o.id.as_str()] == Some(f.as_str()))
                .collect();
            if (admitted.len() as u32) < capacity {
                return false;
            }
            if admitted.iter().any(|o| key(c, f) < key(o, f)) {
                return false;
            }
        }
    }
    true
}

/// All stable matchings, by brute force.
fn all_stable(inst: &Instance) -> Vec<HashMap<&str, Option<&str>>> {
    fn go<'a>(
        inst: &'a Instance,
        i: usize,
        current: &mut HashMap<&'a str, Option<&'a str>>,
        used: &mut HashMap<(&'a str, &'a str), u32>,
        out: &mut Vec<HashMap<&'a str, Option<&'a str>>>,
    ) {
        if i == inst.children.len() {
            if stable(inst, current) {
                out.push(current.clone());
            }
            return;
        }
        let c = &inst.children[i];
        current.insert(c.id.as_str(), None);
        go(inst, i + 1, current, used, out);
        for (j, f) in c.wishes.iter().enumerate() {
            if c.wishes[..j].contains(f) {
                continue;
            }
            let k = (f.as_str(), c.category.as_str());
            let n = used.get(&k).copied().unwrap_or(0);
            if n < cap(inst, f, &c.category) {
                used.insert(k, n + 1);
                current.insert(c.id.as_str(), Some(f.as_str()));
                go(inst, i + 1, current, used, out);
                used.insert(k, n);
            }
        }
        current.remove(c.id.as_str());
    }
    let mut out = Vec::new();
    go(inst, 0, &mut HashMap::new(), &mut HashMap::new(), &mut out);
    out
}

fn as_map(o: &Outcome) -> HashMap<&str, Option<&str>> {
    o.assignments
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_deref()))
        .collect()
}

#[test]
fn allocation_higher_score_wins_and_explains() {
    let mut b = child("B", "U3", &["F1", "F2"], 10, 1);
    b.bonus.insert("F2".into(), 5);
    let inst = Instance {
        facilities: vec![facility("F1", &[("U3", 1)]), facility("F2", &[("U3", 1)])],
        children: vec![
            child("A", "U3", &["F1", "F2"], 12, 9),
            b,
            child("C", "U3", &["F2", "F1"], 14, 0),
        ],
    };
    let o = allocate(&inst).unwrap();
    // B has 10 + 5 = 15 at F2 and beats C (14); C then displaces A (12) at F1.
    let full = |facility: &str, score, lottery| Explanation {
        facility: facility.into(),
        reason: Reason::Full,
        last_admitted: Some(Cutoff { score, lottery }),
    };
    assert_eq!(got(&o, "A"), None);
    assert_eq!(got(&o, "B"), Some("F2"));
    assert_eq!(got(&o, "C"), Some("F1"));
    assert_eq!(
        o.explanations["A"],
        vec![full("F1", 14, 0), full("F2", 15, 1)]
    );
    assert_eq!(o.explanations["B"], vec![full("F1", 14, 0)]);
    assert_eq!(o.explanations["C"], vec![full("F2", 15, 1)]);
    assert_eq!(
        o.stats,
        Stats {
            children: 3,
            placed: 2,
            seconds: 0.0
        }
    );
}

#[test]
fn allocation_reasons_no_capacity_and_unknown_facility() {
    let inst = Instance {
        facilities: vec![
            facility("F1", &[("UE3", 0), ("U3", 5)]),
            facility("F2", &[("UE3", 2)]),
        ],
        children: vec![
            child("A", "UE3", &["FX", "F1", "F2"], 0, 0),
            child("B", "HORT", &["F2", "FX", "F2"], 0, 0),
        ],
    };
    let o = allocate(&inst).unwrap();
    assert_eq!(got(&o, "A"), Some("F2"));
    let reasons: Vec<_> = o.explanations["A"]
        .iter()
        .map(|e| (e.facility.as_str(), e.reason, e.last_admitted))
        .collect();
    assert_eq!(
        reasons,
        vec![
            ("FX", Reason::UnknownFacility, None),
            ("F1", Reason::NoCapacity, None)
        ]
    );
    // A repeated wish is explained once.
    assert_eq!(got(&o, "B"), None);
    let reasons: Vec<_> = o.explanations["B"].iter().map(|e| e.reason).collect();
    assert_eq!(reasons, vec![Reason::NoCapacity, Reason::UnknownFacility]);
    let json = serde_json::to_value(&o).unwrap();
    assert_eq!(
        json["explanations"]["A"][0],
        serde_json::json!({"facility": "FX", "reason": "unknown_facility"})
    );
    assert_eq!(json["explanations"]["A"][1]["reason"], "no_capacity");
}

#[test]
fn allocation_ties_by_lottery_then_id() {
    let inst = Instance {
        facilities: vec![facility("F1", &[("U3", 1)]), facility("F2", &[("U3", 1)])],
        children: vec![
            child("B", "U3", &["F1"], 5, 3),
            child("A", "U3", &["F1", "F2"], 5, 3),
            child("C", "U3", &["F2"], 5, 7),
        ],
    };
    let o = allocate(&inst).unwrap();
    // Same score and lottery: id "A" < "B" wins F1.
    assert_eq!(got(&o, "A"), Some("F1"));
    assert_eq!(got(&o, "B"), None);
    assert_eq!(got(&o, "C"), Some("F2"));
    let mut inst2 = inst.clone();
    inst2.children[0].lottery = 2;
    let o = allocate(&inst2).unwrap();
    assert_eq!(got(&o, "B"), Some("F1"));
    assert_eq!(got(&o, "A"), Some("F2"));
    assert_eq!(got(&o, "C"), None);
}

#[test]
fn allocation_categories_are_separate() {
    let inst = Instance {
        facilities: vec![facility("F1", &[("U2", 1), ("U3", 1), ("HORT", 1)])],
        children: vec![
            child("A", "U2", &["F1"], 0, 0),
            child("B", "U3", &["F1"], 0, 0),
            child("C", "hort", &["F1"], 0, 0),
            child("D", "U3", &["F1"], 9, 0),
        ],
    };
    let o = allocate(&inst).unwrap();
    assert_eq!(got(&o, "A"), Some("F1"));
    assert_eq!(got(&o, "B"), None);
    assert_eq!(got(&o, "C"), Some("F1"));
    assert_eq!(got(&o, "D"), Some("F1"));
}

#[test]
fn allocation_rejection_chain() {
    // D displaces A at F1, A displaces B at F2, B goes to F3.
    let inst = Instance {
        facilities: vec![
            facility("F1", &[("U3", 1)]),
            facility("F2", &[("U3", 1)]),
            facility("F3", &[("U3", 1)]),
        ],
        children: vec![
            child("A", "U3", &["F1", "F2"], 5, 0),
            child("B", "U3", &["F2", "F3"], 1, 0),
            child("D", "U3", &["F1"], 9, 0),
        ],
    };
    let o = allocate(&inst).unwrap();
    assert_eq!(got(&o, "D"), Some("F1"));
    assert_eq!(got(&o, "A"), Some("F2"));
    assert_eq!(got(&o, "B"), Some("F3"));
    assert!(stable(&inst, &as_map(&o)));
}

#[test]
fn allocation_invalid_instances() {
    let ok = Instance {
        facilities: vec![facility("F1", &[("U3", 1)])],
        children: vec![child("A", "U3", &["F1"], 0, 0)],
    };
    assert!(allocate(&ok).is_ok());
    let mut bad = ok.clone();
    bad.facilities.push(facility("F1", &[]));
    assert_eq!(
        allocate(&bad),
        Err(InstanceError::DuplicateFacility("F1".into()))
    );
    let mut bad = ok.clone();
    bad.children.push(child("A", "U3", &[], 0, 0));
    assert_eq!(
        allocate(&bad),
        Err(InstanceError::DuplicateChild("A".into()))
    );
    let mut bad = ok.clone();
    bad.children[0].category = "Krippe".into();
    assert!(matches!(
        allocate(&bad),
        Err(InstanceError::UnknownChildCategory { .. })
    ));
    let mut bad = ok;
    bad.facilities[0].capacity.insert("U4".into(), 1);
    assert!(matches!(
        allocate(&bad),
        Err(InstanceError::UnknownCapacityCategory { .. })
    ));
    assert_eq!(allocate(&Instance::default()).unwrap().stats.children, 0);
}

#[test]
fn allocation_siblings_together_already() {
    let inst = Instance {
        facilities: vec![facility("F1", &[("U3", 1), ("UE3", 1)])],
        children: vec![
            sib(child("A", "U3", &["F1"], 0, 0), "G1"),
            sib(child("B", "UE3", &["F1"], 0, 0), "G1"),
        ],
    };
    let o = allocate(&inst).unwrap();
    assert_eq!(o.sibling_groups["G1"], GroupStatus::Together);
    assert_eq!(o.stats.placed, 2);
}

#[test]
fn allocation_siblings_moved_together() {
    // After DA, A is at F1 and B at F2 (F1 UE3 is taken by X); F2 has room for both.
    let inst = Instance {
        facilities: vec![
            facility("F1", &[("U3", 1), ("UE3", 1)]),
            facility("F2", &[("U3", 1), ("UE3", 1)]),
        ],
        children: vec![
            sib(child("A", "U3", &["F1", "F2"], 0, 0), "G1"),
            sib(child("B", "UE3", &["F1", "F2"], 0, 5), "G1"),
            child("X", "UE3", &["F1"], 9, 0),
        ],
    };
    let o = allocate(&inst).unwrap();
    assert_eq!(got(&o, "A"), Some("F2"));
    assert_eq!(got(&o, "B"), Some("F2"));
    assert_eq!(got(&o, "X"), Some("F1"));
    assert_eq!(o.sibling_groups["G1"], GroupStatus::Together);
    // A gave up F1 for the group; B was beaten at F1 by X.
    assert_eq!(o.explanations["A"][0].reason, Reason::SiblingGroup);
    assert_eq!(
        o.explanations["B"][0].last_admitted,
        Some(Cutoff {
            score: 9,
            lottery: 0
        })
    );
}

#[test]
fn allocation_siblings_split_is_reported() {
    // No facility has room for both: the split stays and is reported.
    let inst = Instance {
        facilities: vec![
            facility("F1", &[("U3", 1), ("UE3", 1)]),
            facility("F2", &[("U3", 1), ("UE3", 1)]),
        ],
        children: vec![
            sib(child("A", "U3", &["F1", "F2"], 0, 0), "G1"),
            sib(child("B", "UE3", &["F1", "F2"], 0, 5), "G1"),
            child("X", "UE3", &["F1"], 9, 0),
            child("Y", "U3", &["F2"], 9, 0),
        ],
    };
    let o = allocate(&inst).unwrap();
    assert_eq!(got(&o, "A"), Some("F1"));
    assert_eq!(got(&o, "B"), Some("F2"));
    assert_eq!(o.sibling_groups["G1"], GroupStatus::Split);
    let json = serde_json::to_value(&o).unwrap();
    assert_eq!(json["sibling_groups"]["G1"], "split");
}

#[test]
fn allocation_siblings_unplaced_is_reported() {
    let inst = Instance {
        facilities: vec![facility("F1", &[("U3", 1)])],
        children: vec![
            sib(child("A", "U3", &["F1"], 5, 0), "G1"),
            sib(child("B", "U3", &["F1"], 0, 0), "G1"),
            sib(child("C", "U3", &["F9"], 0, 0), "G2"),
            child("D", "U3", &[], 0, 0),
        ],
    };
    let o = allocate(&inst).unwrap();
    assert_eq!(got(&o, "A"), Some("F1"));
    assert_eq!(got(&o, "B"), None);
    assert_eq!(o.sibling_groups["G1"], GroupStatus::Unplaced);
    assert_eq!(o.sibling_groups["G2"], GroupStatus::Unplaced);
    assert_eq!(o.sibling_groups.len(), 2);
    assert_eq!(got(&o, "D"), None);
    assert!(!o.explanations.contains_key("D"));
}

#[test]
fn allocation_siblings_unplaced_group_gets_placed_together() {
    // DA places A at F1 and leaves B out (F1 U3 is full); F2 has room for both.
    let inst = Instance {
        facilities: vec![facility("F1", &[("U3", 1)]), facility("F2", &[("U3", 2)])],
        children: vec![
            sib(child("A", "U3", &["F1", "F2"], 5, 0), "G1"),
            sib(child("B", "U3", &["F1", "F2", "F3"], 0, 0), "G1"),
            child("Y", "U3", &["F2", "F3"], 0, 9),
        ],
    };
    // F2 holds B and Y after DA, so there is no room for A and B: unplaced? No — B is
    // already at F2, so only A needs a place, and Y fills the second one.
    let o = allocate(&inst).unwrap();
    assert_eq!(got(&o, "B"), Some("F2"));
    assert_eq!(got(&o, "Y"), Some("F2"));
    assert_eq!(o.sibling_groups["G1"], GroupStatus::Split);

    let mut inst = inst;
    inst.children.pop();
    let o = allocate(&inst).unwrap();
    assert_eq!(got(&o, "A"), Some("F2"));
    assert_eq!(got(&o, "B"), Some("F2"));
    assert_eq!(o.sibling_groups["G1"], GroupStatus::Together);
}

#[test]
fn allocation_synthetic_instance_is_stable_and_feasible() {
    let mut inst = synth::generate(600, 12, 4, 3);
    for c in &mut inst.children {
        c.sibling_group = None;
    }
    let o = allocate(&inst).unwrap();
    let a = as_map(&o);
    assert!(feasible(&inst, &a));
    assert!(stable(&inst, &a));
    assert_eq!(o.assignments.len(), 600);
    let placed = a.values().filter(|v| v.is_some()).count();
    assert_eq!(o.stats.placed, placed);
    // Every unplaced child explains every wish; "full" always carries a cut-off that beat it.
    for c in &inst.children {
        let mine = rank(c, a[c.id.as_str()]);
        let expected = mine.min(c.wishes.len());
        let list = o.explanations.get(&c.id).map_or(&[][..], |v| &v[..]);
        assert_eq!(list.len(), expected, "{}", c.id);
        for e in list {
            if e.reason == Reason::Full {
                let cut = e.last_admitted.unwrap();
                let own = key(c, &e.facility);
                assert!((Reverse(cut.score), cut.lottery) <= (own.0, own.1));
            }
        }
    }
    // With siblings the result is still feasible and every group is reported.
    let inst = synth::generate(600, 12, 4, 3);
    let o = allocate(&inst).unwrap();
    assert!(feasible(&inst, &as_map(&o)));
    let groups: std::collections::BTreeSet<_> = inst
        .children
        .iter()
        .filter_map(|c| c.sibling_group.clone())
        .collect();
    assert!(!groups.is_empty());
    assert_eq!(
        o.sibling_groups
            .keys()
            .cloned()
            .collect::<std::collections::BTreeSet<_>>(),
        groups
    );
}

fn small_instance() -> impl Strategy<Value = Instance> {
    let facilities = prop::collection::vec((0u32..=2, 0u32..=2), 1..=4);
    let children = prop::collection::vec(
        (
            any::<bool>(),
            prop::collection::vec(0usize..5, 0..=3),
            0i64..3,
            0i64..3,
            prop::option::of((0usize..4, 0i64..3)),
        ),
        1..=8,
    );
    (facilities, children).prop_map(|(fs, cs)| {
        let nf = fs.len();
        let facilities = fs
            .iter()
            .enumerate()
            .map(|(i, &(u3, ue3))| facility(&format!("F{i}"), &[("U3", u3), ("UE3", ue3)]))
            .collect();
        let children = cs
            .into_iter()
            .enumerate()
            .map(|(i, (u3, wishes, points, lottery, bonus))| {
                // Index nf.. is a facility missing from the input.
                let wishes: Vec<String> = wishes
                    .into_iter()
                    .map(|w| {
                        if w >= nf {
                            "FX".to_string()
                        } else {
                            format!("F{w}")
                        }
                    })
                    .collect();
                let mut c = Child {
                    id: format!("C{i}"),
                    category: if u3 { "U3" } else { "UE3" }.into(),
                    wishes,
                    points,
                    lottery,
                    ..Child::default()
                };
                if let Some((f, b)) = bonus {
                    c.bonus.insert(format!("F{}", f % nf), b);
                }
                c
            })
            .collect();
        Instance {
            facilities,
            children,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn allocation_is_the_child_optimal_stable_matching(inst in small_instance()) {
        let o = allocate(&inst).unwrap();
        let a = as_map(&o);
        // (a) capacities respected
        prop_assert!(feasible(&inst, &a));
        // (b) stable
        prop_assert!(stable(&inst, &a));
        // (c) equals the stable matching every child likes best
        let all = all_stable(&inst);
        prop_assert!(!all.is_empty());
        let best: HashMap<&str, usize> = inst
            .children
            .iter()
            .map(|c| {
                let r = all.iter().map(|m| rank(c, m[c.id.as_str()])).min().unwrap();
                (c.id.as_str(), r)
            })
            .collect();
        let optimal: Vec<_> = all
            .iter()
            .filter(|m| inst.children.iter().all(|c| rank(c, m[c.id.as_str()]) == best[c.id.as_str()]))
            .collect();
        prop_assert_eq!(optimal.len(), 1);
        prop_assert_eq!(optimal[0], &a);
        // (d) deterministic, also when the input order changes
        prop_assert_eq!(&allocate(&inst).unwrap(), &o);
        let mut reversed = inst.clone();
        reversed.children.reverse();
        reversed.facilities.reverse();
        prop_assert_eq!(&allocate(&reversed).unwrap(), &o);
        // explanations: one per wish above the place, "full" with a cut-off that beat the child
        for c in &inst.children {
            let mine = rank(c, a[c.id.as_str()]);
            let mut distinct: Vec<&String> = Vec::new();
            for w in c.wishes.iter().take(mine.min(c.wishes.len())) {
                if !distinct.contains(&w) {
                    distinct.push(w);
                }
            }
            let list = o.explanations.get(&c.id).map_or(&[][..], |v| &v[..]);
            prop_assert_eq!(list.len(), distinct.len());
            for (e, w) in list.iter().zip(distinct) {
                prop_assert_eq!(&e.facility, w);
                let expected = if w == "FX" {
                    Reason::UnknownFacility
                } else if cap(&inst, w, &c.category) == 0 {
                    Reason::NoCapacity
                } else {
                    Reason::Full
                };
                prop_assert_eq!(e.reason, expected);
                prop_assert_eq!(e.last_admitted.is_some(), expected == Reason::Full);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn allocation_with_sibling_groups_is_feasible_and_reported(
        inst in small_instance(),
        groups in prop::collection::vec(prop::option::of(0u8..3), 8),
    ) {
        let mut inst = inst;
        for (c, g) in inst.children.iter_mut().zip(groups) {
            c.sibling_group = g.map(|g| format!("G{g}"));
        }
        let o = allocate(&inst).unwrap();
        let a = as_map(&o);
        prop_assert!(feasible(&inst, &a));
        prop_assert_eq!(o.assignments.len(), inst.children.len());
        prop_assert_eq!(&allocate(&inst).unwrap(), &o);
        let mut members: BTreeMap<&str, Vec<Option<&str>>> = BTreeMap::new();
        for c in &inst.children {
            if let Some(g) = &c.sibling_group {
                members.entry(g.as_str()).or_default().push(a[c.id.as_str()]);
            }
        }
        prop_assert_eq!(o.sibling_groups.len(), members.len());
        for (g, places) in members {
            let expected = if places.iter().any(Option::is_none) {
                GroupStatus::Unplaced
            } else if places.windows(2).all(|w| w[0] == w[1]) {
                GroupStatus::Together
            } else {
                GroupStatus::Split
            };
            prop_assert_eq!(o.sibling_groups[g], expected);
        }
        // Every wish above the final place is explained, and only those.
        for c in &inst.children {
            let mine = rank(c, a[c.id.as_str()]);
            let mut distinct: Vec<&String> = Vec::new();
            for w in c.wishes.iter().take(mine.min(c.wishes.len())) {
                if !distinct.contains(&w) {
                    distinct.push(w);
                }
            }
            let list = o.explanations.get(&c.id).map_or(&[][..], |v| &v[..]);
            prop_assert_eq!(list.len(), distinct.len());
            for (e, w) in list.iter().zip(distinct) {
                prop_assert_eq!(&e.facility, w);
                prop_assert_eq!(e.last_admitted.is_some(), e.reason == Reason::Full);
            }
        }
    }
}
