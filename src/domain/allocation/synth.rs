//! Synthetic allocation instances for benchmarks: the same seed gives the same instance.
//!
//! Facilities `F00001…` have places in all four categories (U2 0–5, U3 5–20, UE3 20–60,
//! HORT 0–30, so roughly 70 places per facility). Children `C000001…` are U2 10 %, U3 30 %,
//! UE3 45 %, HORT 15 %; each wishes `wishes` distinct facilities, mostly near a random home
//! facility (locality, hence competition), sometimes one of the 5 % most popular ones.
//! Points come in steps of 10 (many ties, broken by the lottery); 5 % of children get a
//! bonus of 50 at their first wish; about 3 % of children are pairs of siblings with the
//! same wishes.

use std::collections::BTreeMap;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::{Child, Facility, Instance};

/// Generates an instance.
pub fn generate(children: usize, facilities: usize, wishes: usize, seed: u64) -> Instance {
    let mut rng = StdRng::seed_from_u64(seed);
    let facilities = facilities.max(1);
    let wishes = wishes.min(facilities);
    let facility_list: Vec<Facility> = (0..facilities)
        .map(|f| {
            let mut capacity = BTreeMap::new();
            capacity.insert("U2".to_string(), rng.gen_range(0..=5));
            capacity.insert("U3".to_string(), rng.gen_range(5..=20));
            capacity.insert("UE3".to_string(), rng.gen_range(20..=60));
            capacity.insert("HORT".to_string(), rng.gen_range(0..=30));
            Facility {
                id: format!("F{:05}", f + 1),
                capacity,
            }
        })
        .collect();
    let popular = (facilities / 20).max(1);
    let mut list: Vec<Child> = Vec::with_capacity(children);
    let mut c = 0;
    while c < children {
        let category = match rng.gen_range(0..100) {
            0..=9 => "U2",
            10..=39 => "U3",
            40..=84 => "UE3",
            _ => "HORT",
        };
        let home = rng.gen_range(0..facilities);
        let mut chosen: Vec<usize> = Vec::with_capacity(wishes);
        while chosen.len() < wishes {
            let f = if rng.gen_bool(0.25) {
                rng.gen_range(0..popular)
            } else {
                let spread = 20.min(facilities as i64);
                (home as i64 + rng.gen_range(-spread..=spread)).rem_euclid(facilities as i64)
                    as usize
            };
            if !chosen.contains(&f) {
                chosen.push(f);
            }
        }
        let wish_ids: Vec<String> = chosen
            .iter()
            .map(|&f| facility_list[f].id.clone())
            .collect();
        let mut bonus = BTreeMap::new();
        if rng.gen_bool(0.05) {
            if let Some(first) = wish_ids.first() {
                bonus.insert(first.clone(), 50);
            }
        }
        let siblings = c + 1 < children && rng.gen_bool(0.015);
        let group = siblings.then(|| format!("G{:06}", c + 1));
        let members = if siblings { 2 } else { 1 };
        for _ in 0..members {
            c += 1;
            list.push(Child {
                id: format!("C{c:06}"),
                category: category.to_string(),
                wishes: wish_ids.clone(),
                points: 10 * rng.gen_range(0..=6),
                bonus: bonus.clone(),
                lottery: rng.gen_range(0..1_000_000_000),
                sibling_group: group.clone(),
            });
        }
    }
    Instance {
        facilities: facility_list,
        children: list,
    }
}
