//! Place allocation (DESIGN.md §6.1): child-proposing deferred acceptance over
//! (facility, category) capacities, with explanations and sibling groups. Pure: no I/O.
//!
//! # Method
//!
//! 1. **Validation.** Facility ids and child ids must be unique; every category (of a child
//!    and in a capacity map) must be one of `U2`, `U3`, `UE3`, `HORT`. A wish for a facility
//!    that is not in the input is kept and explained as `unknown_facility`; a repeated wish
//!    for the same facility is ignored after its first occurrence; a bonus for a facility the
//!    child did not wish is ignored.
//! 2. **Priorities.** Facility F ranks children by `score = points + bonus[F]` (higher
//!    first), ties by `lottery` (lower first), then by child id (byte order) so the ranking
//!    is strict and the result total-deterministic.
//! 3. **Deferred acceptance.** Every child proposes down its wish list to the slot
//!    (facility, own category). Each slot holds at most `capacity` children in a bounded
//!    max-heap keyed by "worst admitted first"; a proposal to a full slot either displaces
//!    the worst admitted child (who then proposes to its next wish) or is rejected. Facility
//!    ids are mapped to indices once; the loop does no allocation besides heap growth. With
//!    strict priorities the result is the child-optimal stable matching, whatever the
//!    order of proposals.
//! 4. **Sibling groups** (children with the same non-null `sibling_group`). After the
//!    run, groups are visited in id order. A group whose members are all placed in the same
//!    facility is `together`. For any other group we look for the best facility that every
//!    member wished, ordered by the sum of the members' wish positions (then by the
//!    smallest position, then by input order), that has room for the whole group in the
//!    members' categories once the group's own members have left their current places. If
//!    one exists the group moves there (only the group's own members move; nobody else is
//!    displaced, places they vacate stay free for a follow-up round). Otherwise the DA
//!    result stays and the group is reported `split` (all placed, different facilities)
//!    or `unplaced` (at least one member without a place). A split is never silent.
//!    Stability is not guaranteed once a group moved (with siblings a stable matching may
//!    not exist at all); without sibling groups step 4 changes nothing.
//! 5. **Explanations.** For every child, every wish ranked above its final place (every
//!    wish if unplaced) is listed with a reason: `unknown_facility`, `no_capacity` (0 places
//!    in the child's category), `full` with `last_admitted` = score and lottery of the
//!    lowest-ranked child the slot held at the end of the DA run (the cut-off that beat the
//!    child), or `sibling_group` for wishes a sibling-group member gave up to join its
//!    group. Children with nothing to explain do not appear in `explanations`.
//!
//! All maps of the output are [`BTreeMap`]s, so the JSON is sorted and byte-for-byte
//! reproducible (except `stats.seconds`, which the caller fills in).

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use serde::{Deserialize, Serialize};

use crate::domain::category::PlaceCategory;

#[cfg(test)]
mod tests;

pub mod priority;
pub mod report;
pub mod review;
pub mod round;
pub mod synth;

/// The input of an allocation run (DESIGN.md §6.1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instance {
    /// The facilities and their places.
    pub facilities: Vec<Facility>,
    /// The children applying.
    pub children: Vec<Child>,
}

/// A facility with its places per category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facility {
    /// Unique id.
    pub id: String,
    /// Places per category code (`U2`, `U3`, `UE3`, `HORT`); a missing category has 0 places.
    #[serde(default)]
    pub capacity: BTreeMap<String, u32>,
}

/// A child applying for a place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Child {
    /// Unique id.
    pub id: String,
    /// Category code of the place the child needs.
    pub category: String,
    /// Facility ids, most wanted first.
    #[serde(default)]
    pub wishes: Vec<String>,
    /// Priority points (same at every facility).
    #[serde(default)]
    pub points: i64,
    /// Extra points at single facilities (e.g. a sibling already there).
    #[serde(default)]
    pub bonus: BTreeMap<String, i64>,
    /// Lottery number; lower wins a tie.
    #[serde(default)]
    pub lottery: i64,
    /// Children with the same group should be placed in the same facility.
    #[serde(default)]
    pub sibling_group: Option<String>,
}

/// The result of an allocation run (DESIGN.md §6.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// Every child → its facility, or `None` when unplaced.
    pub assignments: BTreeMap<String, Option<String>>,
    /// Why a child did not get the wishes ranked above its place.
    pub explanations: BTreeMap<String, Vec<Explanation>>,
    /// Every non-null sibling group → what became of it.
    pub sibling_groups: BTreeMap<String, GroupStatus>,
    /// Counts and time.
    pub stats: Stats,
}

/// One wish a child did not get.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    /// The facility id as wished.
    pub facility: String,
    /// Why not.
    pub reason: Reason,
    /// For `full`: the lowest-ranked child admitted there in the child's category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_admitted: Option<Cutoff>,
}

/// Why a wish was not granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// All places of the category went to children ranked higher.
    Full,
    /// The facility has no places in the child's category.
    NoCapacity,
    /// The facility id is not in the input.
    UnknownFacility,
    /// Given up so that the child's sibling group could be placed together.
    SiblingGroup,
    /// The youth office changed the proposal by hand (see `review`).
    Manual,
}

/// The cut-off at a slot: the lowest-ranked admitted child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cutoff {
    /// `points + bonus` of that child at the facility.
    pub score: i64,
    /// Its lottery number.
    pub lottery: i64,
}

/// What became of a sibling group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupStatus {
    /// All members placed in one facility.
    Together,
    /// All members placed, in different facilities.
    Split,
    /// At least one member without a place.
    Unplaced,
}

/// Run statistics.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Number of children.
    pub children: usize,
    /// Number placed.
    pub placed: usize,
    /// Wall time in seconds (filled in by the caller; 0 from [`allocate`]).
    pub seconds: f64,
}

/// Why an instance cannot be allocated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstanceError {
    /// Two facilities share an id.
    #[error("duplicate facility id '{0}'")]
    DuplicateFacility(String),
    /// Two children share an id.
    #[error("duplicate child id '{0}'")]
    DuplicateChild(String),
    /// A child's category is not a known code.
    #[error("child '{child}': unknown category '{category}' (expected U2, U3, UE3 or HORT)")]
    UnknownChildCategory {
        /// The child.
        child: String,
        /// The category as given.
        category: String,
    },
    /// A capacity key is not a known code.
    #[error("facility '{facility}': unknown category '{category}' in capacity (expected U2, U3, UE3 or HORT)")]
    UnknownCapacityCategory {
        /// The facility.
        facility: String,
        /// The category as given.
        category: String,
    },
}

const CATEGORIES: usize = PlaceCategory::ALL.len();
const NONE: u32 = u32::MAX;

fn category_index(code: &str) -> Option<usize> {
    PlaceCategory::from_code(code).and_then(|c| PlaceCategory::ALL.iter().position(|&x| x == c))
}

/// FNV-1a: facility ids are short and not attacker-controlled in a batch run, so a cheap
/// hash is enough for the id → index map (half a million look-ups at full scale).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A wish, resolved to indices.
#[derive(Debug, Clone, Copy)]
struct Wish {
    /// Slot index (`facility * CATEGORIES + category`), or [`NONE`] for an unknown facility.
    slot: u32,
    /// `points + bonus` at that facility.
    score: i64,
    /// Index of the wish in the child's original list.
    position: u32,
}

/// Priority key: smaller is better (higher score, lower lottery, smaller id).
type Key = (Reverse<i64>, i64, u32);

/// The instance resolved to indices: what the engine works on.
struct Prepared {
    /// Capacity per slot.
    capacity: Vec<u32>,
    /// All wishes, child by child (see `wish_start`).
    wishes: Vec<Wish>,
    /// Child c's wishes are `wishes[wish_start[c]..wish_start[c + 1]]`.
    wish_start: Vec<u32>,
    /// Rank of each child's id in byte order (the last tie-break).
    id_rank: Vec<u32>,
    /// Children in id order.
    by_id: Vec<u32>,
}

impl Prepared {
    fn wishes_of(&self, child: usize) -> &[Wish] {
        &self.wishes[self.wish_start[child] as usize..self.wish_start[child + 1] as usize]
    }
}

fn prepare(instance: &Instance) -> Result<Prepared, InstanceError> {
    let mut facility_index: HashMap<&str, u32, BuildHasherDefault<Fnv>> =
        HashMap::with_capacity_and_hasher(instance.facilities.len(), BuildHasherDefault::default());
    let mut capacity = vec![0u32; instance.facilities.len() * CATEGORIES];
    for (f, facility) in instance.facilities.iter().enumerate() {
        if facility_index
            .insert(facility.id.as_str(), f as u32)
            .is_some()
        {
            return Err(InstanceError::DuplicateFacility(facility.id.clone()));
        }
        for (code, &places) in &facility.capacity {
            let Some(cat) = category_index(code) else {
                return Err(InstanceError::UnknownCapacityCategory {
                    facility: facility.id.clone(),
                    category: code.clone(),
                });
            };
            capacity[f * CATEGORIES + cat] = places;
        }
    }
    let n = instance.children.len();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_unstable_by(|&a, &b| {
        instance.children[a as usize]
            .id
            .cmp(&instance.children[b as usize].id)
    });
    let mut id_rank = vec![0u32; n];
    for (rank, pair) in order.windows(2).enumerate() {
        if instance.children[pair[0] as usize].id == instance.children[pair[1] as usize].id {
            return Err(InstanceError::DuplicateChild(
                instance.children[pair[0] as usize].id.clone(),
            ));
        }
        id_rank[pair[1] as usize] = rank as u32 + 1;
    }
    let total: usize = instance.children.iter().map(|c| c.wishes.len()).sum();
    let mut wishes = Vec::with_capacity(total);
    let mut wish_start = Vec::with_capacity(n + 1);
    wish_start.push(0u32);
    let mut seen: Vec<u32> = Vec::new();
    for child in &instance.children {
        let Some(cat) = category_index(&child.category) else {
            return Err(InstanceError::UnknownChildCategory {
                child: child.id.clone(),
                category: child.category.clone(),
            });
        };
        seen.clear();
        for (position, id) in child.wishes.iter().enumerate() {
            let slot = match facility_index.get(id.as_str()) {
                Some(&f) => {
                    if seen.contains(&f) {
                        continue;
                    }
                    seen.push(f);
                    f * CATEGORIES as u32 + cat as u32
                }
                None => {
                    if child.wishes[..position].contains(id) {
                        continue;
                    }
                    NONE
                }
            };
            let bonus = if child.bonus.is_empty() {
                0
            } else {
                child.bonus.get(id).copied().unwrap_or(0)
            };
            wishes.push(Wish {
                slot,
                score: child.points.saturating_add(bonus),
                position: position as u32,
            });
        }
        wish_start.push(wishes.len() as u32);
    }
    Ok(Prepared {
        capacity,
        wishes,
        wish_start,
        id_rank,
        by_id: order,
    })
}

/// Result of the deferred-acceptance run, by index.
struct Matching {
    /// Per child: index into its own wish list of the place it holds, or [`NONE`].
    held: Vec<u32>,
    /// Per slot: the lowest-ranked admitted child's key, if the slot holds anyone.
    worst: Vec<Option<(Key, u32)>>,
    /// Per slot: number of children held.
    count: Vec<u32>,
}

fn deferred_acceptance(p: &Prepared, instance: &Instance) -> Matching {
    let n = instance.children.len();
    let slots = p.capacity.len();
    let mut heaps: Vec<BinaryHeap<(Key, u32)>> = (0..slots).map(|_| BinaryHeap::new()).collect();
    let mut next = vec![0u32; n];
    let mut held = vec![NONE; n];
    let mut free: Vec<u32> = (0..n as u32).rev().collect();
    while let Some(c) = free.pop() {
        let child = c as usize;
        let ws = p.wishes_of(child);
        let lottery = instance.children[child].lottery;
        let rank = p.id_rank[child];
        let mut i = next[child] as usize;
        while i < ws.len() {
            let w = ws[i];
            i += 1;
            if w.slot == NONE {
                continue;
            }
            let s = w.slot as usize;
            let cap = p.capacity[s] as usize;
            if cap == 0 {
                continue;
            }
            let key: Key = (Reverse(w.score), lottery, rank);
            let heap = &mut heaps[s];
            if heap.len() < cap {
                heap.push((key, c));
                held[child] = (i - 1) as u32;
                break;
            }
            let Some(&(worst_key, worst)) = heap.peek() else {
                continue;
            };
            if key < worst_key {
                heap.pop();
                heap.push((key, c));
                held[child] = (i - 1) as u32;
                held[worst as usize] = NONE;
                free.push(worst);
                break;
            }
        }
        next[child] = i as u32;
    }
    let worst = heaps.iter().map(|h| h.peek().copied()).collect();
    let count = heaps.iter().map(|h| h.len() as u32).collect();
    Matching { held, worst, count }
}

/// Allocates places. Returns an error only for an invalid instance (see [`InstanceError`]).
pub fn allocate(instance: &Instance) -> Result<Outcome, InstanceError> {
    let p = prepare(instance)?;
    let da = deferred_acceptance(&p, instance);
    let n = instance.children.len();

    // Final places: index into the child's wish list, or NONE.
    let mut place = da.held.clone();
    let mut count = da.count.clone();
    let mut moved = vec![false; n];

    // Sibling groups, in id order.
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (c, child) in instance.children.iter().enumerate() {
        if let Some(g) = &child.sibling_group {
            groups.entry(g.as_str()).or_default().push(c);
        }
    }
    let slot_of = |c: usize, place: &[u32]| -> Option<usize> {
        (place[c] != NONE).then(|| p.wishes_of(c)[place[c] as usize].slot as usize)
    };
    let facility_of_slot = |s: usize| s / CATEGORIES;
    let mut sibling_groups = BTreeMap::new();
    for (&name, members) in &groups {
        let status = group_status(members, &place, &p);
        if status == GroupStatus::Together {
            sibling_groups.insert(name.to_string(), status);
            continue;
        }
        // Candidate facilities wished by every member, scored by the sum of positions.
        let first = members[0];
        let mut candidates: Vec<(u64, u32, usize)> = Vec::new();
        'facility: for w in p.wishes_of(first) {
            if w.slot == NONE {
                continue;
            }
            let f = facility_of_slot(w.slot as usize);
            let mut sum = u64::from(w.position);
            let mut min = w.position;
            for &m in &members[1..] {
                match p
                    .wishes_of(m)
                    .iter()
                    .find(|x| x.slot != NONE && facility_of_slot(x.slot as usize) == f)
                {
                    Some(x) => {
                        sum += u64::from(x.position);
                        min = min.min(x.position);
                    }
                    None => continue 'facility,
                }
            }
            candidates.push((sum, min, f));
        }
        candidates.sort_unstable();
        let mut chosen = None;
        for &(_, _, f) in &candidates {
            // Places needed per slot at f, net of members already there.
            let mut fits = true;
            for cat in 0..CATEGORIES {
                let s = f * CATEGORIES + cat;
                let wanted = members
                    .iter()
                    .filter(|&&m| {
                        p.wishes_of(m)
                            .iter()
                            .any(|x| x.slot as usize == s && x.slot != NONE)
                    })
                    .count() as u32;
                if wanted == 0 {
                    continue;
                }
                let already = members
                    .iter()
                    .filter(|&&m| slot_of(m, &place) == Some(s))
                    .count() as u32;
                if count[s] - already + wanted > p.capacity[s] {
                    fits = false;
                    break;
                }
            }
            if fits {
                chosen = Some(f);
                break;
            }
        }
        if let Some(f) = chosen {
            for &m in members {
                let target = p
                    .wishes_of(m)
                    .iter()
                    .position(|x| x.slot != NONE && facility_of_slot(x.slot as usize) == f)
                    .map_or(NONE, |i| i as u32);
                if place[m] == target {
                    continue;
                }
                if let Some(s) = slot_of(m, &place) {
                    count[s] -= 1;
                }
                place[m] = target;
                if let Some(s) = slot_of(m, &place) {
                    count[s] += 1;
                }
                moved[m] = true;
            }
        }
        sibling_groups.insert(name.to_string(), group_status(members, &place, &p));
    }

    // Output, built in id order (BTreeMap::from_iter bulk-builds sorted input).
    let mut assignments = Vec::with_capacity(n);
    let mut explanations = Vec::new();
    let mut placed = 0;
    for &c in &p.by_id {
        let c = c as usize;
        let child = &instance.children[c];
        let ws = p.wishes_of(c);
        let upto = if place[c] == NONE {
            ws.len()
        } else {
            placed += 1;
            place[c] as usize
        };
        let facility = (place[c] != NONE)
            .then(|| child.wishes[ws[place[c] as usize].position as usize].clone());
        assignments.push((child.id.clone(), facility));
        if upto == 0 {
            continue;
        }
        // Wishes the DA run rejected this child from (all before its DA place).
        let da_upto = if da.held[c] == NONE {
            ws.len()
        } else {
            da.held[c] as usize
        };
        let list: Vec<Explanation> = ws[..upto]
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let facility = child.wishes[w.position as usize].clone();
                let (reason, last_admitted) = if w.slot == NONE {
                    (Reason::UnknownFacility, None)
                } else if p.capacity[w.slot as usize] == 0 {
                    (Reason::NoCapacity, None)
                } else if moved[c] && i >= da_upto {
                    (Reason::SiblingGroup, None)
                } else {
                    let cutoff = da.worst[w.slot as usize]
                        .map(|((Reverse(score), lottery, _), _)| Cutoff { score, lottery });
                    (Reason::Full, cutoff)
                };
                Explanation {
                    facility,
                    reason,
                    last_admitted,
                }
            })
            .collect();
        explanations.push((child.id.clone(), list));
    }
    let assignments: BTreeMap<_, _> = assignments.into_iter().collect();
    let explanations: BTreeMap<_, _> = explanations.into_iter().collect();
    Ok(Outcome {
        assignments,
        explanations,
        sibling_groups,
        stats: Stats {
            children: n,
            placed,
            seconds: 0.0,
        },
    })
}

fn group_status(members: &[usize], place: &[u32], p: &Prepared) -> GroupStatus {
    let mut facility = None;
    let mut split = false;
    for &m in members {
        if place[m] == NONE {
            return GroupStatus::Unplaced;
        }
        let f = p.wishes_of(m)[place[m] as usize].slot as usize / CATEGORIES;
        match facility {
            None => facility = Some(f),
            Some(g) if g != f => split = true,
            Some(_) => {}
        }
    }
    if split {
        GroupStatus::Split
    } else {
        GroupStatus::Together
    }
}
