//! Occupancy (Belegung) of a facility on one day: licensed and bookable places per category
//! against the children counted in them.
//!
//! # Rules
//!
//! * **Category.** A child is counted in the category it has on the day in question
//!   ([`category::category_at`]): the category follows the age, not the contract. A child is
//!   no longer counted from [`hort_end`] on — 1 August after `primary_school_years` school
//!   years (4 in most Länder, 6 in Berlin and Brandenburg) — nor before its birth.
//! * **Active placements.** A placement counts from its `start` to its `end` day inclusive
//!   (open-ended without `end`).
//! * **Two views.** *Confirmed* counts contracts ([`Basis::Contract`]); *planned* counts
//!   contracts and accepted offers that have no contract yet ([`Basis::Offer`]).
//! * **Weighting.** Each child occupies [`weight`] places: 1 ([`Weighting::Plain`]), 2 for
//!   children under three ([`Weighting::U3Double`], e.g. in mixed groups), or its weekly care
//!   hours over the full-time hours ([`Weighting::Hours`], unknown hours count as full time).
//! * **Places.** The licence in force on the day ([`facility::licence_at`]); no licence means
//!   0 places. Bookable = licensed − reserved (never below 0); free = bookable − occupied,
//!   negative when the facility is overbooked.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::category::{self, PlaceCategory};
use super::facility::{self, Licence};

/// How many places one child occupies.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Weighting {
    /// Every child occupies one place.
    Plain,
    /// Children under three (U2, U3) occupy two places, all others one.
    U3Double,
    /// A child occupies its weekly care hours divided by `full_time` places (a 35-hour child
    /// at 45 full-time hours occupies 0.78 places); unknown hours count as full time.
    Hours {
        /// Weekly hours of a full-time place.
        full_time: u32,
    },
}

/// The municipality's counting rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rules {
    /// School cut-off day (month, day): a child that is six by then starts school on
    /// 1 August of that year (NRW: (9, 30)).
    pub cutoff: (u32, u32),
    /// Whether the Land distinguishes under-twos (U2).
    pub uses_u2: bool,
    /// Years of primary school during which a child may attend Hort (usually 4).
    pub primary_school_years: i32,
    /// How many places a child occupies.
    pub weighting: Weighting,
}

impl Rules {
    /// Rules with the given school cut-off day, plain weighting, no U2 and 4 primary-school
    /// years.
    pub fn new(cutoff: (u32, u32)) -> Self {
        Self {
            cutoff,
            uses_u2: false,
            primary_school_years: 4,
            weighting: Weighting::Plain,
        }
    }
}

/// The first day a child born on `birth` is no longer counted: 1 August of the year of
/// school entry plus `primary_school_years`.
pub fn hort_end(birth: NaiveDate, rules: &Rules) -> NaiveDate {
    let entry = category::school_entry(birth, rules.cutoff);
    NaiveDate::from_ymd_opt(entry.year() + rules.primary_school_years, 8, 1).unwrap_or(entry)
}

/// The category a child born on `birth` is counted in on day `on`: [`category::category_at`],
/// but `None` before birth and from [`hort_end`] on.
pub fn counted_category(birth: NaiveDate, on: NaiveDate, rules: &Rules) -> Option<PlaceCategory> {
    if on >= hort_end(birth, rules) {
        return None;
    }
    category::category_at(birth, on, rules.cutoff, rules.uses_u2)
}

/// The days a child changes category, computed once so that a child's category on many days
/// is a handful of date comparisons ([`CategoryDates::category_on`] agrees with
/// [`counted_category`] on every day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryDates {
    /// Birth: not counted before.
    pub birth: NaiveDate,
    /// First day not U2 (the 2nd birthday where U2 is used, else the birth).
    pub u3_from: NaiveDate,
    /// First day Ü3 (3rd birthday).
    pub ue3_from: NaiveDate,
    /// First day Hort (school entry).
    pub hort_from: NaiveDate,
    /// First day no longer counted ([`hort_end`]).
    pub counted_until: NaiveDate,
}

impl CategoryDates {
    /// The switch days of a child born on `birth`.
    pub fn new(birth: NaiveDate, rules: &Rules) -> Self {
        let hort_from = category::school_entry(birth, rules.cutoff);
        Self {
            birth,
            u3_from: if rules.uses_u2 {
                category::birthday(birth, 2)
            } else {
                birth
            },
            ue3_from: category::birthday(birth, 3),
            hort_from,
            counted_until: NaiveDate::from_ymd_opt(
                hort_from.year() + rules.primary_school_years,
                8,
                1,
            )
            .unwrap_or(hort_from),
        }
    }

    /// The counted category on `day` (same as [`counted_category`]).
    #[inline]
    pub fn category_on(&self, day: NaiveDate) -> Option<PlaceCategory> {
        if day < self.birth || day >= self.counted_until {
            None
        } else if day >= self.hort_from {
            Some(PlaceCategory::Hort)
        } else if day >= self.ue3_from {
            Some(PlaceCategory::UE3)
        } else if day < self.u3_from {
            Some(PlaceCategory::U2)
        } else {
            Some(PlaceCategory::U3)
        }
    }
}

/// On what a placement rests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Basis {
    /// A care contract: counted in the confirmed and the planned view.
    Contract,
    /// An accepted offer without a contract yet: counted in the planned view only.
    Offer,
}

/// A child's place in a facility.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    /// The child's birth date.
    pub birth: NaiveDate,
    /// First day.
    pub start: NaiveDate,
    /// Last day, inclusive (open-ended when `None`).
    pub end: Option<NaiveDate>,
    /// Weekly care hours as (valid from, hours), sorted by date; before the first entry the
    /// first entry's hours apply. Empty when unknown.
    pub hours: Vec<(NaiveDate, u32)>,
    /// Contract or accepted offer.
    pub basis: Basis,
}

impl Placement {
    /// Does the placement include `day`?
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.start <= day && self.end.is_none_or(|end| day <= end)
    }

    /// Weekly care hours on `day` (`None` when unknown).
    pub fn hours_on(&self, day: NaiveDate) -> Option<u32> {
        let first = self.hours.first()?;
        let after = self.hours.partition_point(|(from, _)| *from <= day);
        Some(if after == 0 {
            first.1
        } else {
            self.hours[after - 1].1
        })
    }
}

/// The places a child of `category` with weekly `hours` occupies (see [`Weighting`]). A
/// `full_time` of 0 is treated as unknown: every child then occupies one place.
pub fn weight(category: PlaceCategory, hours: Option<u32>, weighting: Weighting) -> f64 {
    match weighting {
        Weighting::Plain => 1.0,
        Weighting::U3Double => match category {
            PlaceCategory::U2 | PlaceCategory::U3 => 2.0,
            PlaceCategory::UE3 | PlaceCategory::Hort => 1.0,
        },
        Weighting::Hours { full_time } => match hours {
            Some(h) if full_time > 0 => f64::from(h) / f64::from(full_time),
            _ => 1.0,
        },
    }
}

/// Occupancy of one category on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryOccupancy {
    /// The category.
    pub category: PlaceCategory,
    /// Licensed places (0 without a licence in force).
    pub licensed: i32,
    /// Of those, reserved (e.g. company places).
    pub reserved: i32,
    /// Places occupied by contracts (weighted).
    pub confirmed: f64,
    /// Places occupied by contracts and accepted offers (weighted).
    pub planned: f64,
    /// Children with a contract.
    pub confirmed_children: u32,
    /// Children with a contract or an accepted offer.
    pub planned_children: u32,
}

impl CategoryOccupancy {
    /// Places that can be given: licensed − reserved, at least 0.
    pub fn bookable(&self) -> i32 {
        (self.licensed - self.reserved).max(0)
    }

    /// Bookable places not taken by contracts; negative when overbooked.
    pub fn free_confirmed(&self) -> f64 {
        f64::from(self.bookable()) - self.confirmed
    }

    /// Bookable places not taken by contracts or accepted offers; negative when overbooked.
    pub fn free_planned(&self) -> f64 {
        f64::from(self.bookable()) - self.planned
    }
}

/// Index of a category in [`PlaceCategory::ALL`].
pub(crate) fn category_index(c: PlaceCategory) -> usize {
    match c {
        PlaceCategory::U2 => 0,
        PlaceCategory::U3 => 1,
        PlaceCategory::UE3 => 2,
        PlaceCategory::Hort => 3,
    }
}

/// Occupancy on day `on`: one entry per category (in [`PlaceCategory::ALL`] order) that has
/// licensed places or counted children.
pub fn occupancy_at(
    licences: &[Licence],
    placements: &[Placement],
    on: NaiveDate,
    rules: &Rules,
) -> Vec<CategoryOccupancy> {
    let licence = facility::licence_at(licences, on);
    let mut all: Vec<CategoryOccupancy> = PlaceCategory::ALL
        .iter()
        .map(|&category| CategoryOccupancy {
            category,
            licensed: licence.map_or(0, |l| l.places.of(category)),
            reserved: licence.map_or(0, |l| l.reserved.of(category)),
            confirmed: 0.0,
            planned: 0.0,
            confirmed_children: 0,
            planned_children: 0,
        })
        .collect();
    for p in placements.iter().filter(|p| p.active_on(on)) {
        let Some(category) = counted_category(p.birth, on, rules) else {
            continue;
        };
        let w = weight(category, p.hours_on(on), rules.weighting);
        let entry = &mut all[category_index(category)];
        entry.planned += w;
        entry.planned_children += 1;
        if p.basis == Basis::Contract {
            entry.confirmed += w;
            entry.confirmed_children += 1;
        }
    }
    all.retain(|o| o.licensed > 0 || o.planned_children > 0);
    all
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::domain::allocation::{allocate, Child, Facility, Instance};
    use crate::domain::facility::Places;
    use proptest::prelude::*;

    pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    pub(crate) const NW: (u32, u32) = (9, 30);

    pub(crate) fn places(u3: i32, ue3: i32, hort: i32) -> Places {
        Places {
            u2: 0,
            u3,
            ue3,
            hort,
        }
    }

    pub(crate) fn licence(p: Places, reserved: Places) -> Licence {
        Licence {
            valid_from: d(2020, 8, 1),
            valid_to: None,
            places: p,
            reserved,
        }
    }

    fn contract(birth: NaiveDate, start: NaiveDate, end: Option<NaiveDate>) -> Placement {
        Placement {
            birth,
            start,
            end,
            hours: vec![],
            basis: Basis::Contract,
        }
    }

    fn get(occ: &[CategoryOccupancy], c: PlaceCategory) -> &CategoryOccupancy {
        occ.iter().find(|o| o.category == c).unwrap()
    }

    #[test]
    fn the_third_birthday_inside_a_month_switches_on_the_day() {
        let rules = Rules::new(NW);
        let birth = d(2023, 11, 15);
        assert_eq!(
            counted_category(birth, d(2026, 11, 1), &rules),
            Some(PlaceCategory::U3)
        );
        assert_eq!(
            counted_category(birth, d(2026, 11, 14), &rules),
            Some(PlaceCategory::U3)
        );
        assert_eq!(
            counted_category(birth, d(2026, 11, 15), &rules),
            Some(PlaceCategory::UE3)
        );
        assert_eq!(counted_category(birth, d(2023, 11, 14), &rules), None);
        let lic = [licence(places(10, 20, 0), Places::default())];
        let child = [contract(birth, d(2024, 8, 1), None)];
        let before = occupancy_at(&lic, &child, d(2026, 11, 14), &rules);
        assert_eq!(get(&before, PlaceCategory::U3).confirmed, 1.0);
        assert_eq!(get(&before, PlaceCategory::UE3).confirmed, 0.0);
        let on = occupancy_at(&lic, &child, d(2026, 11, 15), &rules);
        assert_eq!(get(&on, PlaceCategory::U3).confirmed, 0.0);
        assert_eq!(get(&on, PlaceCategory::UE3).confirmed, 1.0);
    }

    #[test]
    fn school_entry_at_the_cut_off_day_and_hort_end() {
        let rules = Rules::new(NW);
        // Six on 30 September 2026 (the NRW cut-off): school from 1 August 2026.
        let on_cutoff = d(2020, 9, 30);
        assert_eq!(
            counted_category(on_cutoff, d(2026, 7, 31), &rules),
            Some(PlaceCategory::UE3)
        );
        assert_eq!(
            counted_category(on_cutoff, d(2026, 8, 1), &rules),
            Some(PlaceCategory::Hort)
        );
        // Six on 1 October 2026: a year later.
        let day_after = d(2020, 10, 1);
        assert_eq!(
            counted_category(day_after, d(2026, 8, 1), &rules),
            Some(PlaceCategory::UE3)
        );
        assert_eq!(
            counted_category(day_after, d(2027, 8, 1), &rules),
            Some(PlaceCategory::Hort)
        );
        // Hort until the end of the 4th school year.
        assert_eq!(hort_end(on_cutoff, &rules), d(2030, 8, 1));
        assert_eq!(
            counted_category(on_cutoff, d(2030, 7, 31), &rules),
            Some(PlaceCategory::Hort)
        );
        assert_eq!(counted_category(on_cutoff, d(2030, 8, 1), &rules), None);
        let six_years = Rules {
            primary_school_years: 6,
            ..Rules::new(NW)
        };
        assert_eq!(hort_end(day_after, &six_years), d(2033, 8, 1));
    }

    #[test]
    fn a_contract_counts_on_its_last_day_but_not_the_day_after() {
        let rules = Rules::new(NW);
        let lic = [licence(places(10, 20, 0), Places::default())];
        let child = [contract(
            d(2022, 1, 10),
            d(2024, 8, 1),
            Some(d(2026, 3, 15)),
        )];
        let last = occupancy_at(&lic, &child, d(2026, 3, 15), &rules);
        assert_eq!(get(&last, PlaceCategory::UE3).confirmed_children, 1);
        let after = occupancy_at(&lic, &child, d(2026, 3, 16), &rules);
        assert_eq!(get(&after, PlaceCategory::UE3).confirmed_children, 0);
        assert!(!child[0].active_on(d(2024, 7, 31)));
        assert!(child[0].active_on(d(2024, 8, 1)));
    }

    #[test]
    fn reserved_places_and_offers() {
        let rules = Rules::new(NW);
        let lic = [licence(places(10, 20, 0), places(2, 0, 0))];
        let mut ps = vec![
            contract(d(2024, 5, 1), d(2025, 8, 1), None),
            contract(d(2024, 6, 1), d(2025, 8, 1), None),
        ];
        ps.push(Placement {
            basis: Basis::Offer,
            ..contract(d(2024, 7, 1), d(2026, 1, 1), None)
        });
        let occ = occupancy_at(&lic, &ps, d(2026, 1, 1), &rules);
        // No Hort places and no Hort children: no Hort entry.
        assert_eq!(
            occ.iter().map(|o| o.category).collect::<Vec<_>>(),
            vec![PlaceCategory::U3, PlaceCategory::UE3]
        );
        let u3 = get(&occ, PlaceCategory::U3);
        assert_eq!((u3.licensed, u3.reserved, u3.bookable()), (10, 2, 8));
        assert_eq!((u3.confirmed, u3.planned), (2.0, 3.0));
        assert_eq!((u3.confirmed_children, u3.planned_children), (2, 3));
        assert_eq!((u3.free_confirmed(), u3.free_planned()), (6.0, 5.0));
        // The day before the offer starts it is not counted.
        let before = occupancy_at(&lic, &ps, d(2025, 12, 31), &rules);
        assert_eq!(get(&before, PlaceCategory::U3).planned, 2.0);
        // More reserved than licensed never gives negative bookable places.
        let odd = CategoryOccupancy {
            reserved: 12,
            ..u3.clone()
        };
        assert_eq!(odd.bookable(), 0);
        assert_eq!(odd.free_planned(), -3.0);
    }

    #[test]
    fn no_licence_means_no_places_but_children_still_count() {
        let rules = Rules::new(NW);
        let lic = [Licence {
            valid_to: Some(d(2025, 7, 31)),
            ..licence(places(10, 20, 0), Places::default())
        }];
        let ps = [contract(d(2024, 5, 1), d(2025, 1, 1), None)];
        let occ = occupancy_at(&lic, &ps, d(2025, 8, 1), &rules);
        assert_eq!(occ.len(), 1);
        assert_eq!(occ[0].category, PlaceCategory::U3);
        assert_eq!((occ[0].licensed, occ[0].free_confirmed()), (0, -1.0));
    }

    #[test]
    fn weightings() {
        use PlaceCategory::*;
        assert_eq!(weight(U3, Some(25), Weighting::Plain), 1.0);
        assert_eq!(weight(U2, None, Weighting::U3Double), 2.0);
        assert_eq!(weight(U3, None, Weighting::U3Double), 2.0);
        assert_eq!(weight(UE3, None, Weighting::U3Double), 1.0);
        assert_eq!(weight(Hort, None, Weighting::U3Double), 1.0);
        let h = Weighting::Hours { full_time: 45 };
        assert_eq!(weight(UE3, Some(45), h), 1.0);
        assert_eq!(weight(UE3, Some(36), h), 0.8);
        assert_eq!(weight(UE3, None, h), 1.0);
        assert_eq!(
            weight(UE3, Some(20), Weighting::Hours { full_time: 0 }),
            1.0
        );

        let lic = [licence(places(10, 20, 0), Places::default())];
        let ps = [
            contract(d(2024, 5, 1), d(2025, 8, 1), None),
            contract(d(2022, 5, 1), d(2025, 8, 1), None),
        ];
        let on = d(2026, 1, 1);
        let double = Rules {
            weighting: Weighting::U3Double,
            ..Rules::new(NW)
        };
        let occ = occupancy_at(&lic, &ps, on, &double);
        assert_eq!(get(&occ, U3).confirmed, 2.0);
        assert_eq!(get(&occ, U3).confirmed_children, 1);
        assert_eq!(get(&occ, UE3).confirmed, 1.0);
    }

    #[test]
    fn hours_change_mid_contract() {
        let rules = Rules {
            weighting: Weighting::Hours { full_time: 45 },
            ..Rules::new(NW)
        };
        let lic = [licence(places(10, 20, 0), Places::default())];
        let ps = [Placement {
            hours: vec![(d(2025, 8, 1), 27), (d(2026, 2, 15), 36)],
            ..contract(d(2022, 5, 1), d(2025, 8, 1), None)
        }];
        assert_eq!(ps[0].hours_on(d(2025, 1, 1)), Some(27));
        assert_eq!(ps[0].hours_on(d(2026, 2, 14)), Some(27));
        assert_eq!(ps[0].hours_on(d(2026, 2, 15)), Some(36));
        assert_eq!(ps[0].hours_on(d(2030, 1, 1)), Some(36));
        let before = occupancy_at(&lic, &ps, d(2026, 2, 14), &rules);
        assert!((get(&before, PlaceCategory::UE3).confirmed - 0.6).abs() < 1e-12);
        let after = occupancy_at(&lic, &ps, d(2026, 2, 15), &rules);
        assert!((get(&after, PlaceCategory::UE3).confirmed - 0.8).abs() < 1e-12);
        let unknown = Placement {
            hours: vec![],
            ..ps[0].clone()
        };
        assert_eq!(unknown.hours_on(d(2026, 1, 1)), None);
        let occ = occupancy_at(&lic, &[unknown], d(2026, 2, 15), &rules);
        assert_eq!(get(&occ, PlaceCategory::UE3).confirmed, 1.0);
    }

    #[test]
    fn u2_where_used() {
        let rules = Rules {
            uses_u2: true,
            ..Rules::new(NW)
        };
        let birth = d(2025, 3, 10);
        assert_eq!(
            counted_category(birth, d(2027, 3, 9), &rules),
            Some(PlaceCategory::U2)
        );
        assert_eq!(
            counted_category(birth, d(2027, 3, 10), &rules),
            Some(PlaceCategory::U3)
        );
    }

    fn date() -> impl Strategy<Value = NaiveDate> {
        (2012i32..2030, 1u32..=12, 1u32..=31)
            .prop_filter_map("real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
    }

    fn birth_incl_leap_days() -> impl Strategy<Value = NaiveDate> {
        prop_oneof![
            4 => date(),
            1 => (0i32..5).prop_map(|k| NaiveDate::from_ymd_opt(2012 + 4 * k, 2, 29).unwrap()),
        ]
    }

    fn rules() -> impl Strategy<Value = Rules> {
        (
            1u32..=12,
            1u32..=28,
            any::<bool>(),
            3i32..=6,
            prop_oneof![
                Just(Weighting::Plain),
                Just(Weighting::U3Double),
                Just(Weighting::Hours { full_time: 45 })
            ],
        )
            .prop_map(|(m, d, uses_u2, years, weighting)| Rules {
                cutoff: (m, d),
                uses_u2,
                primary_school_years: years,
                weighting,
            })
    }

    proptest! {
        #[test]
        fn the_switch_happens_exactly_on_the_third_birthday(birth in birth_incl_leap_days()) {
            let rules = Rules::new(NW);
            let third = category::birthday(birth, 3);
            let before = third.pred_opt().unwrap();
            prop_assert_eq!(counted_category(birth, before, &rules), Some(PlaceCategory::U3));
            prop_assert_eq!(counted_category(birth, third, &rules), Some(PlaceCategory::UE3));
            if birth.month() == 2 && birth.day() == 29 && third.month() == 3 {
                prop_assert_eq!(before, NaiveDate::from_ymd_opt(third.year(), 2, 28).unwrap());
            }
        }

        #[test]
        fn precomputed_dates_agree_with_counted_category(
            birth in birth_incl_leap_days(), days in -30i64..4500, rules in rules()
        ) {
            let on = birth + chrono::Duration::days(days);
            prop_assert_eq!(
                CategoryDates::new(birth, &rules).category_on(on),
                counted_category(birth, on, &rules)
            );
        }

        /// Capacity for the allocation = bookable − confirmed at the start date; every
        /// assignment becomes an accepted offer: no category is overbooked in the planned view.
        #[test]
        fn occupancy_never_negative_in_the_planned_view_after_allocation(
            facilities in prop::collection::vec(
                ((0i32..6, 0i32..12, 0i32..30, 0i32..15), (0i32..3, 0i32..3)), 1..4),
            contracts in prop::collection::vec((0usize..4, 0i64..3650, 0i64..900), 0..60),
            applicants in prop::collection::vec(
                (0i64..3650, prop::collection::vec(0usize..4, 0..4), 0i64..100), 0..60),
            double in any::<bool>(),
            uses_u2 in any::<bool>(),
        ) {
            let start = d(2026, 8, 1);
            let rules = Rules {
                uses_u2,
                weighting: if double { Weighting::U3Double } else { Weighting::Plain },
                ..Rules::new(NW)
            };
            let licences: Vec<Vec<Licence>> = facilities
                .iter()
                .map(|&((u2, u3, ue3, hort), (r3, r_ue3))| {
                    vec![Licence {
                        valid_from: d(2020, 1, 1),
                        valid_to: None,
                        places: Places { u2, u3, ue3, hort },
                        reserved: Places { u2: 0, u3: r3.min(u3), ue3: r_ue3.min(ue3), hort: 0 },
                    }]
                })
                .collect();
            // Existing contracts, kept only where they fit (an overbooked facility stays
            // overbooked whatever the allocation does).
            let mut placements: Vec<Vec<Placement>> = vec![Vec::new(); facilities.len()];
            for &(f, age_days, since) in &contracts {
                let f = f % facilities.len();
                let birth = start - chrono::Duration::days(age_days);
                let p = contract(birth, start - chrono::Duration::days(since), None);
                let mut with = placements[f].clone();
                with.push(p);
                let fits = occupancy_at(&licences[f], &with, start, &rules)
                    .iter()
                    .all(|o| o.free_confirmed() >= 0.0);
                if fits {
                    placements[f] = with;
                }
            }
            let ids: Vec<String> = (0..facilities.len()).map(|f| format!("F{f}")).collect();
            let instance_facilities = (0..facilities.len())
                .map(|f| {
                    let occ = occupancy_at(&licences[f], &placements[f], start, &rules);
                    let capacity: BTreeMap<String, u32> = occ
                        .iter()
                        .map(|o| {
                            let w = weight(o.category, None, rules.weighting);
                            let children = (o.free_confirmed().max(0.0) / w).floor() as u32;
                            (o.category.code().to_string(), children)
                        })
                        .collect();
                    Facility { id: ids[f].clone(), capacity }
                })
                .collect();
            let mut births = BTreeMap::new();
            let mut children = Vec::new();
            for (i, (age_days, wishes, points)) in applicants.iter().enumerate() {
                let birth = start - chrono::Duration::days(*age_days);
                let Some(category) = counted_category(birth, start, &rules) else {
                    continue;
                };
                let id = format!("C{i}");
                births.insert(id.clone(), birth);
                children.push(Child {
                    id,
                    category: category.code().to_string(),
                    wishes: wishes.iter().map(|w| ids[w % ids.len()].clone()).collect(),
                    points: *points,
                    lottery: i as i64,
                    ..Child::default()
                });
            }
            let instance = Instance { facilities: instance_facilities, children };
            let outcome = allocate(&instance).unwrap();
            for (child, facility) in &outcome.assignments {
                let Some(facility) = facility else { continue };
                let f = ids.iter().position(|id| id == facility).unwrap();
                placements[f].push(Placement {
                    basis: Basis::Offer,
                    ..contract(births[child], start, None)
                });
            }
            for f in 0..facilities.len() {
                for o in occupancy_at(&licences[f], &placements[f], start, &rules) {
                    prop_assert!(o.free_planned() >= 0.0, "{:?}", o);
                }
            }
        }
    }
}
