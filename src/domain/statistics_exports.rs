//! Statistics exports (issue 7): per facility aggregates of the children under contract on a
//! reference day, in two shapes — one like the Kinder- und Jugendhilfestatistik (KJH, Teil
//! III.1: children by year and month of birth, weekly care hours and category) and one like
//! KiBiz.web in North Rhine-Westphalia (facility × group form × booking band × U3/Ü3). The
//! official import formats are not public; `docs/exports.md` documents the columns we chose.
//!
//! Privacy (§ 64 Abs. 3 SGB VIII): the input carries birth dates, the output never does — only
//! the year and month of birth, and only counts. No names enter this module.
//!
//! # Rules
//!
//! * **Who is counted.** Every placement handed in (the store passes children under a binding
//!   contract that covers the reference day) whose child is counted on that day
//!   ([`occupancy::counted_category`]: born, and not past the end of Hort age).
//! * **Category.** The category on the reference day; U2 (where the Land uses it) is reported
//!   as U3 — both shapes only know under three, three to school entry and (KJH) Hort.
//! * **KJH hours band** ([`HoursBand`]): up to 25 weekly hours, over 25 up to 35, over 35 up to
//!   45, over 45; a contract without recorded hours is "ohne Angabe".
//! * **KiBiz booking band** ([`BookingBand`]): the smallest of 25/35/45 hours that covers the
//!   contract's hours; more than 45 hours and unknown hours are booked as 45 (KiBiz pays no
//!   more than 45 hours; the KJH table shows how many are over 45).
//! * **KiBiz group form** ([`GroupForm`]), from the completed years of age on the reference
//!   day (we have no groups in the data model): under 2 → II (children under three), 2 → I
//!   (two years to school entry), 3 and older → III (three years to school entry). School
//!   children (Hort) are not part of KiBiz Kindpauschalen and are left out of that table.
//! * **Release to the district** ([`release`]): see there.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::category::{self, PlaceCategory};
use super::occupancy::{self, Rules};
use super::suppression::Cell;

/// One child counted on the reference day: what the store hands in (never handed out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// The facility id.
    pub facility: String,
    /// The child's birth date.
    pub birth: NaiveDate,
    /// Weekly care hours on the reference day (`None` when none are recorded).
    pub weekly_hours: Option<u32>,
}

/// KJH band of the weekly care hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum HoursBand {
    /// Up to 25 hours.
    UpTo25,
    /// Over 25 up to 35 hours.
    Over25To35,
    /// Over 35 up to 45 hours.
    Over35To45,
    /// Over 45 hours.
    Over45,
    /// No hours recorded.
    Unknown,
}

impl HoursBand {
    /// All bands in order.
    pub const ALL: [HoursBand; 5] = [
        Self::UpTo25,
        Self::Over25To35,
        Self::Over35To45,
        Self::Over45,
        Self::Unknown,
    ];

    /// The band of `hours` per week.
    pub fn of(hours: Option<u32>) -> Self {
        match hours {
            None => Self::Unknown,
            Some(h) if h <= 25 => Self::UpTo25,
            Some(h) if h <= 35 => Self::Over25To35,
            Some(h) if h <= 45 => Self::Over35To45,
            Some(_) => Self::Over45,
        }
    }

    /// Code (i18n key suffix).
    pub fn code(self) -> &'static str {
        match self {
            Self::UpTo25 => "bis25",
            Self::Over25To35 => "25bis35",
            Self::Over35To45 => "35bis45",
            Self::Over45 => "ueber45",
            Self::Unknown => "unbekannt",
        }
    }

    /// The value written to export files.
    pub fn label(self) -> &'static str {
        match self {
            Self::UpTo25 => "bis 25",
            Self::Over25To35 => "über 25 bis 35",
            Self::Over35To45 => "über 35 bis 45",
            Self::Over45 => "über 45",
            Self::Unknown => "ohne Angabe",
        }
    }
}

/// KiBiz booking band (Buchungszeit) in weekly hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum BookingBand {
    /// 25 hours.
    H25,
    /// 35 hours.
    H35,
    /// 45 hours.
    H45,
}

impl BookingBand {
    /// The smallest band covering `hours`; above 45 and unknown hours book 45.
    pub fn of(hours: Option<u32>) -> Self {
        match hours {
            Some(h) if h <= 25 => Self::H25,
            Some(h) if h <= 35 => Self::H35,
            _ => Self::H45,
        }
    }

    /// Code and file value: "25", "35" or "45".
    pub fn code(self) -> &'static str {
        match self {
            Self::H25 => "25",
            Self::H35 => "35",
            Self::H45 => "45",
        }
    }
}

/// KiBiz group form (Gruppenform), derived from the age on the reference day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum GroupForm {
    /// I: two years to school entry.
    I,
    /// II: under three (here: under two).
    II,
    /// III: three years to school entry.
    III,
}

impl GroupForm {
    /// The group form of a child born on `birth` on `day`: under 2 → II, 2 → I, 3+ → III.
    pub fn of(birth: NaiveDate, day: NaiveDate) -> Self {
        if day >= category::birthday(birth, 3) {
            Self::III
        } else if day >= category::birthday(birth, 2) {
            Self::I
        } else {
            Self::II
        }
    }

    /// Code and file value: "I", "II" or "III".
    pub fn code(self) -> &'static str {
        match self {
            Self::I => "I",
            Self::II => "II",
            Self::III => "III",
        }
    }
}

/// The category as reported: U3 (U2 included), Ü3 or Hort.
fn reported(c: PlaceCategory) -> PlaceCategory {
    match c {
        PlaceCategory::U2 => PlaceCategory::U3,
        other => other,
    }
}

/// The value written to export files for a reported category.
pub fn category_label(c: PlaceCategory) -> &'static str {
    match reported(c) {
        PlaceCategory::U2 | PlaceCategory::U3 => "U3",
        PlaceCategory::UE3 => "Ü3",
        PlaceCategory::Hort => "Hort",
    }
}

/// A KJH row: how many children of a facility were born in a month, have hours in a band and
/// are in a category.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct KjhRow {
    /// Facility id.
    pub facility: String,
    /// Year of birth.
    pub birth_year: i32,
    /// Month of birth (1–12).
    pub birth_month: u32,
    /// Weekly hours band.
    pub band: HoursBand,
    /// Category on the reference day (U3, UE3 or Hort).
    pub category: PlaceCategory,
    /// Number of children.
    pub count: u64,
}

/// A KiBiz row: how many children of a facility are in a group form, booking band and
/// category (U3 or Ü3).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct KibizRow {
    /// Facility id.
    pub facility: String,
    /// Group form.
    pub group_form: GroupForm,
    /// Booking band.
    pub band: BookingBand,
    /// U3 or UE3.
    pub category: PlaceCategory,
    /// Number of children.
    pub count: u64,
}

/// Both tables of one reference day, and which KJH rows feed which KiBiz rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Statistics {
    /// KJH rows, sorted by facility, birth year, month, band, category.
    pub kjh: Vec<KjhRow>,
    /// KiBiz rows, sorted by facility, group form, band, category.
    pub kibiz: Vec<KibizRow>,
    /// (KJH row index, KiBiz row index): some child is counted in both.
    links: BTreeSet<(usize, usize)>,
}

type KjhKey = (String, i32, u32, HoursBand, PlaceCategory);
type KibizKey = (String, GroupForm, BookingBand, PlaceCategory);

/// Counts the placements on `day` under `rules` into both tables.
pub fn aggregate(placements: &[Counted], day: NaiveDate, rules: &Rules) -> Statistics {
    let mut kjh: BTreeMap<KjhKey, u64> = BTreeMap::new();
    let mut kibiz: BTreeMap<KibizKey, u64> = BTreeMap::new();
    let mut pairs: BTreeSet<(KjhKey, KibizKey)> = BTreeSet::new();
    for p in placements {
        let Some(category) = occupancy::counted_category(p.birth, day, rules).map(reported) else {
            continue;
        };
        let kjh_key = (
            p.facility.clone(),
            p.birth.year(),
            p.birth.month(),
            HoursBand::of(p.weekly_hours),
            category,
        );
        *kjh.entry(kjh_key.clone()).or_default() += 1;
        if category == PlaceCategory::Hort {
            continue;
        }
        let kibiz_key = (
            p.facility.clone(),
            GroupForm::of(p.birth, day),
            BookingBand::of(p.weekly_hours),
            category,
        );
        *kibiz.entry(kibiz_key.clone()).or_default() += 1;
        pairs.insert((kjh_key, kibiz_key));
    }
    let kjh_index: BTreeMap<&KjhKey, usize> = kjh.keys().enumerate().map(|(i, k)| (k, i)).collect();
    let kibiz_index: BTreeMap<&KibizKey, usize> =
        kibiz.keys().enumerate().map(|(i, k)| (k, i)).collect();
    let links = pairs
        .iter()
        .map(|(a, b)| (kjh_index[a], kibiz_index[b]))
        .collect();
    Statistics {
        kjh: kjh
            .iter()
            .map(|((facility, year, month, band, category), n)| KjhRow {
                facility: facility.clone(),
                birth_year: *year,
                birth_month: *month,
                band: *band,
                category: *category,
                count: *n,
            })
            .collect(),
        kibiz: kibiz
            .iter()
            .map(|((facility, form, band, category), n)| KibizRow {
                facility: facility.clone(),
                group_form: *form,
                band: *band,
                category: *category,
                count: *n,
            })
            .collect(),
        links,
    }
}

impl Statistics {
    /// Appends the tables of another set of facilities (e.g. another municipality with its own
    /// rules); the facilities must be disjoint.
    pub fn extend(&mut self, other: Statistics) {
        let (k0, b0) = (self.kjh.len(), self.kibiz.len());
        self.kjh.extend(other.kjh);
        self.kibiz.extend(other.kibiz);
        self.links
            .extend(other.links.into_iter().map(|(a, b)| (a + k0, b + b0)));
    }

    /// Children per facility (the KJH table counts everyone).
    pub fn per_facility(&self) -> BTreeMap<String, u64> {
        let mut out: BTreeMap<String, u64> = BTreeMap::new();
        for r in &self.kjh {
            *out.entry(r.facility.clone()).or_default() += r.count;
        }
        out
    }
}

/// The tables as released to the district: each row with its count or [`Cell::Suppressed`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleasedStatistics {
    /// KJH rows with their released count (`count` of the row must not be shown).
    pub kjh: Vec<(KjhRow, Cell)>,
    /// KiBiz rows with their released count.
    pub kibiz: Vec<(KibizRow, Cell)>,
}

/// Releases both tables to the district with small-cell suppression.
///
/// 1. Every count with `0 < count < threshold` is withheld (zeros are not listed at all).
/// 2. Neither table has totals, so within one table nothing else can be worked out. But the
///    two tables count the same children, and every KiBiz row is the sum of the KJH rows of its
///    children (same facility and category, the KJH band and the birth month fix the booking
///    band and — but for the months of the 2nd and 3rd birthday — the group form). A released
///    KiBiz count minus released KJH parts would reveal a lone withheld KJH part. So each KiBiz
///    row and its KJH parts are treated like a list with its total ([`suppression`]'s list
///    rule 4): a withheld part needs a withheld partner that can move against it (one of the
///    two at least 2) or a withheld total; a withheld total needs a withheld part. Missing
///    partners are found by withholding the smallest released part (else the total), and
///    the lists are checked again until nothing changes.
///
/// [`suppression`]: super::suppression
pub fn release(stats: &Statistics, threshold: u64) -> ReleasedStatistics {
    let small = |v: u64| v > 0 && v < threshold;
    let mut kjh_hidden: Vec<bool> = stats.kjh.iter().map(|r| small(r.count)).collect();
    let mut kibiz_hidden: Vec<bool> = stats.kibiz.iter().map(|r| small(r.count)).collect();
    let mut parts: Vec<Vec<usize>> = vec![Vec::new(); stats.kibiz.len()];
    for &(a, b) in &stats.links {
        parts[b].push(a);
    }
    loop {
        let mut changed = false;
        for (b, items) in parts.iter().enumerate() {
            let value = |a: usize| stats.kjh[a].count;
            let hidden_items: Vec<usize> =
                items.iter().copied().filter(|&a| kjh_hidden[a]).collect();
            let exposed_item = !kibiz_hidden[b]
                && hidden_items.iter().any(|&k| {
                    !hidden_items
                        .iter()
                        .any(|&f| f != k && (value(f) >= 2 || value(k) >= 2))
                });
            let exposed_total = kibiz_hidden[b] && hidden_items.is_empty();
            if !exposed_item && !exposed_total {
                continue;
            }
            let partner = items
                .iter()
                .copied()
                .filter(|&a| !kjh_hidden[a] && value(a) > 0)
                .min_by_key(|&a| value(a));
            match partner {
                Some(a) => kjh_hidden[a] = true,
                None if !kibiz_hidden[b] => kibiz_hidden[b] = true,
                // Every part and the total are withheld: nothing left to reveal.
                None => continue,
            }
            changed = true;
        }
        if !changed {
            break;
        }
    }
    let cell = |hidden: bool, v: u64| {
        if hidden {
            Cell::Suppressed
        } else {
            Cell::Value(v)
        }
    };
    ReleasedStatistics {
        kjh: stats
            .kjh
            .iter()
            .zip(&kjh_hidden)
            .map(|(r, &h)| (r.clone(), cell(h, r.count)))
            .collect(),
        kibiz: stats
            .kibiz
            .iter()
            .zip(&kibiz_hidden)
            .map(|(r, &h)| (r.clone(), cell(h, r.count)))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const DAY: (i32, u32, u32) = (2026, 11, 23);

    fn day() -> NaiveDate {
        d(DAY.0, DAY.1, DAY.2)
    }

    fn child(f: &str, birth: NaiveDate, hours: Option<u32>) -> Counted {
        Counted {
            facility: f.into(),
            birth,
            weekly_hours: hours,
        }
    }

    #[test]
    fn hours_bands_have_inclusive_upper_bounds() {
        assert_eq!(HoursBand::of(Some(0)), HoursBand::UpTo25);
        assert_eq!(HoursBand::of(Some(25)), HoursBand::UpTo25);
        assert_eq!(HoursBand::of(Some(26)), HoursBand::Over25To35);
        assert_eq!(HoursBand::of(Some(35)), HoursBand::Over25To35);
        assert_eq!(HoursBand::of(Some(36)), HoursBand::Over35To45);
        assert_eq!(HoursBand::of(Some(45)), HoursBand::Over35To45);
        assert_eq!(HoursBand::of(Some(46)), HoursBand::Over45);
        assert_eq!(HoursBand::of(None), HoursBand::Unknown);
        assert_eq!(BookingBand::of(Some(20)), BookingBand::H25);
        assert_eq!(BookingBand::of(Some(30)), BookingBand::H35);
        assert_eq!(BookingBand::of(Some(40)), BookingBand::H45);
        assert_eq!(BookingBand::of(Some(50)), BookingBand::H45);
        assert_eq!(BookingBand::of(None), BookingBand::H45);
    }

    #[test]
    fn group_forms_follow_the_completed_years() {
        let birth = d(2024, 11, 23);
        assert_eq!(GroupForm::of(birth, d(2026, 11, 22)), GroupForm::II);
        assert_eq!(GroupForm::of(birth, d(2026, 11, 23)), GroupForm::I);
        assert_eq!(GroupForm::of(birth, d(2027, 11, 22)), GroupForm::I);
        assert_eq!(GroupForm::of(birth, d(2027, 11, 23)), GroupForm::III);
    }

    #[test]
    fn the_demo_facilities_count_as_expected() {
        let rules = Rules::new((9, 30));
        let kids = vec![
            child("krippe", d(2023, 12, 10), Some(45)),
            child("krippe", d(2024, 1, 20), Some(35)),
            child("krippe", d(2024, 11, 30), Some(25)),
            child("kiga", d(2021, 3, 15), Some(45)),
            child("kiga", d(2022, 9, 9), Some(25)),
            child("kiga", d(2022, 9, 20), Some(25)),
            child("hort", d(2018, 1, 1), Some(50)),
            // Past Hort age (school entry 2016, four school years): not counted.
            child("hort", d(2010, 1, 1), Some(25)),
            // Not yet born.
            child("krippe", d(2027, 1, 1), Some(25)),
        ];
        let s = aggregate(&kids, day(), &rules);
        assert_eq!(
            s.per_facility(),
            BTreeMap::from([
                ("hort".to_string(), 1),
                ("kiga".to_string(), 3),
                ("krippe".to_string(), 3)
            ])
        );
        let kiga_sep: Vec<_> = s
            .kjh
            .iter()
            .filter(|r| r.facility == "kiga" && r.birth_month == 9)
            .collect();
        assert_eq!(kiga_sep.len(), 1);
        assert_eq!(kiga_sep[0].count, 2);
        assert_eq!(kiga_sep[0].band, HoursBand::UpTo25);
        assert_eq!(kiga_sep[0].category, PlaceCategory::UE3);
        let hort: Vec<_> = s.kjh.iter().filter(|r| r.facility == "hort").collect();
        assert_eq!(hort[0].band, HoursBand::Over45);
        assert_eq!(hort[0].category, PlaceCategory::Hort);
        assert!(s.kibiz.iter().all(|r| r.facility != "hort"));
        let krippe: Vec<_> = s
            .kibiz
            .iter()
            .filter(|r| r.facility == "krippe")
            .map(|r| (r.group_form, r.band, r.category, r.count))
            .collect();
        assert_eq!(
            krippe,
            vec![
                (GroupForm::I, BookingBand::H35, PlaceCategory::U3, 1),
                (GroupForm::I, BookingBand::H45, PlaceCategory::U3, 1),
                (GroupForm::II, BookingBand::H25, PlaceCategory::U3, 1),
            ]
        );
        let kiga: Vec<_> = s
            .kibiz
            .iter()
            .filter(|r| r.facility == "kiga")
            .map(|r| (r.group_form, r.band, r.category, r.count))
            .collect();
        assert_eq!(
            kiga,
            vec![
                (GroupForm::III, BookingBand::H25, PlaceCategory::UE3, 2),
                (GroupForm::III, BookingBand::H45, PlaceCategory::UE3, 1),
            ]
        );
    }

    #[test]
    fn u2_is_reported_as_u3() {
        let rules = Rules {
            uses_u2: true,
            ..Rules::new((9, 30))
        };
        let s = aggregate(&[child("f", d(2025, 6, 1), Some(35))], day(), &rules);
        assert_eq!(s.kjh[0].category, PlaceCategory::U3);
        assert_eq!(s.kibiz[0].category, PlaceCategory::U3);
        assert_eq!(category_label(s.kjh[0].category), "U3");
    }

    #[test]
    fn a_lone_withheld_part_of_a_released_kibiz_row_gets_a_partner() {
        // Five Ü3 children with 35 hours in one facility: four born in March 2022, one in
        // May 2022. KiBiz releases 5; KJH would release 4 and withhold 1 — which 5 − 4
        // reveals. So the 4 is withheld too.
        let mut kids = vec![child("f", d(2022, 3, 1), Some(35)); 4];
        kids.push(child("f", d(2022, 5, 1), Some(35)));
        let s = aggregate(&kids, day(), &Rules::new((9, 30)));
        assert_eq!(s.kibiz.len(), 1);
        let r = release(&s, 3);
        assert_eq!(r.kibiz[0].1, Cell::Value(5));
        assert!(r.kjh.iter().all(|(_, c)| c.is_suppressed()));
    }

    #[test]
    fn a_withheld_total_with_released_parts_gets_a_part_withheld() {
        // Two children in one KiBiz row from two KJH rows of 1 each: everything withheld.
        let kids = vec![
            child("f", d(2022, 3, 1), Some(35)),
            child("f", d(2022, 5, 1), Some(35)),
        ];
        let s = aggregate(&kids, day(), &Rules::new((9, 30)));
        let r = release(&s, 3);
        assert!(r.kibiz.iter().all(|(_, c)| c.is_suppressed()));
        assert!(r.kjh.iter().all(|(_, c)| c.is_suppressed()));
    }

    fn arb_children() -> impl Strategy<Value = Vec<Counted>> {
        let one = (
            0..3usize,
            0..(9 * 365i64),
            prop::option::weighted(0.9, 0..60u32),
        )
            .prop_map(|(f, age_days, hours)| Counted {
                facility: ["a", "b", "c"][f].to_string(),
                birth: day() - chrono::Duration::days(age_days),
                weekly_hours: hours,
            });
        prop::collection::vec(one, 0..60)
    }

    proptest! {
        #[test]
        fn both_tables_count_every_counted_child_once(kids in arb_children()) {
            let rules = Rules::new((9, 30));
            let s = aggregate(&kids, day(), &rules);
            let counted: Vec<_> = kids
                .iter()
                .filter_map(|k| occupancy::counted_category(k.birth, day(), &rules).map(|c| (k, c)))
                .collect();
            let kjh: u64 = s.kjh.iter().map(|r| r.count).sum();
            prop_assert_eq!(kjh as usize, counted.len());
            let non_hort = counted.iter().filter(|(_, c)| *c != PlaceCategory::Hort).count();
            let kibiz: u64 = s.kibiz.iter().map(|r| r.count).sum();
            prop_assert_eq!(kibiz as usize, non_hort);
            // Each KiBiz row is the sum of the KJH rows linked to it, when no KJH row spans
            // two KiBiz rows (the birth month of a 2nd or 3rd birthday can).
            for (b, row) in s.kibiz.iter().enumerate() {
                let parts: Vec<usize> = s.links.iter().filter(|l| l.1 == b).map(|l| l.0).collect();
                let spanning = parts.iter().any(|a| s.links.iter().any(|l| l.0 == *a && l.1 != b));
                if !spanning {
                    let sum: u64 = parts.iter().map(|&a| s.kjh[a].count).sum();
                    prop_assert_eq!(sum, row.count);
                }
                prop_assert!(row.category == PlaceCategory::U3 || row.category == PlaceCategory::UE3);
            }
        }

        #[test]
        fn released_tables_withhold_small_counts_and_leave_no_lone_part(
            kids in arb_children(),
            threshold in 2u64..6,
        ) {
            let s = aggregate(&kids, day(), &Rules::new((9, 30)));
            let r = release(&s, threshold);
            for (row, cell) in r.kjh.iter().map(|(row, c)| (row.count, c)).chain(r.kibiz.iter().map(|(row, c)| (row.count, c))) {
                match cell {
                    Cell::Value(v) => {
                        prop_assert_eq!(*v, row);
                        prop_assert!(*v >= threshold);
                    }
                    Cell::Small | Cell::Suppressed => prop_assert!(row > 0),
                }
            }
            // No released KiBiz row has exactly one withheld part, and no withheld KiBiz row
            // has all its parts released.
            for (b, (_, total)) in r.kibiz.iter().enumerate() {
                let hidden = s
                    .links
                    .iter()
                    .filter(|l| l.1 == b && r.kjh[l.0].1.is_suppressed())
                    .count();
                if total.is_suppressed() {
                    prop_assert!(hidden >= 1);
                } else {
                    prop_assert!(hidden != 1);
                }
            }
        }
    }
}
