//! Monthly fee assessment (Beitragsfestsetzung) over contracts, and retroactive recalculation.
//!
//! A month's fee of a contract is computed afresh from what is known now ([`fresh_month`]);
//! [`plan`] compares it with what has been booked for that month (the sum of the original
//! assessment and earlier corrections) and books only the difference. Booked rows are never
//! changed, so original plus corrections always equal a fresh calculation.
//!
//! What a month is computed from: the schedule version valid on its first day; the category
//! and the weekly hours on the first day in care that month; the household's verified income
//! declaration valid on that day; the child's rank among the household's children in care that
//! month (oldest first); fee-free years counted by the Kita years left before school entry; the
//! share of the month in care (entry or exit inside it).

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::category::{category_at, school_entry, PlaceCategory};
use super::contract::hours_on;
use super::fees::{income_band, monthly_fee, share_of_month, FeeError, Schedule};

/// A binding contract, as far as its fee is concerned.
#[derive(Debug, Clone, PartialEq)]
pub struct FeeContract {
    /// Contract id.
    pub id: String,
    /// The child's household.
    pub household: String,
    /// The child.
    pub child: String,
    /// Birth date.
    pub birth: NaiveDate,
    /// First day in care.
    pub start: NaiveDate,
    /// Last day, if fixed.
    pub end: Option<NaiveDate>,
    /// Weekly hours from a day on.
    pub hours: Vec<(NaiveDate, u32)>,
}

/// A verified income declaration: the annual income (none: no declaration) from a day on.
#[derive(Debug, Clone, PartialEq)]
pub struct Declaration {
    /// Valid from.
    pub valid_from: NaiveDate,
    /// Annual income.
    pub income: Option<Decimal>,
}

/// Everything a municipality's assessment needs.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// Schedule versions (number, schedule).
    pub schedules: Vec<(i32, Schedule)>,
    /// Binding contracts.
    pub contracts: Vec<FeeContract>,
    /// Verified declarations per household.
    pub incomes: HashMap<String, Vec<Declaration>>,
    /// School-entry cut-off (month, day).
    pub cutoff: (u32, u32),
}

/// How a month's fee came about (kept with the booking, shown to parents).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Detail {
    /// Category code.
    pub category: String,
    /// Weekly hours.
    pub hours: u32,
    /// Income band (0 = lowest).
    pub band: usize,
    /// Rank among the household's children in care.
    pub rank: u32,
    /// Fee-free year.
    pub exempt: bool,
    /// Share of the month in care.
    pub share: Decimal,
}

/// A month's fee of one contract computed now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fresh {
    /// Contract id.
    pub contract: String,
    /// Household id.
    pub household: String,
    /// First day of the month.
    pub month: NaiveDate,
    /// Care fee.
    pub care: Decimal,
    /// Meal money.
    pub meals: Decimal,
    /// Schedule version used.
    pub schedule_version: i32,
    /// How it came about.
    pub detail: Detail,
}

/// Why a month cannot be assessed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentError {
    /// Contract id.
    pub contract: String,
    /// Month.
    pub month: NaiveDate,
    /// Category code.
    pub category: String,
    /// Weekly hours.
    pub hours: u32,
    /// Income band.
    pub band: usize,
    /// Schedule version.
    pub schedule_version: i32,
}

/// The first day of the month of `day`.
pub fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// First days of the months from `from` through `through` (both months included).
pub fn months(from: NaiveDate, through: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut m = month_of(from);
    while m <= month_of(through) {
        out.push(m);
        match m.checked_add_months(Months::new(1)) {
            Some(next) => m = next,
            None => break,
        }
    }
    out
}

/// The Kita years left before school entry, counting the one `day` is in (1 = the last).
fn years_before_school(birth: NaiveDate, day: NaiveDate, cutoff: (u32, u32)) -> Option<u32> {
    let school = school_entry(birth, cutoff).year();
    let kita_year = if day.month() >= 8 {
        day.year()
    } else {
        day.year() - 1
    };
    u32::try_from(school - kita_year).ok().filter(|y| *y >= 1)
}

/// Every contract's fee for `month` (contracts not in care that month, or before the first
/// schedule, have none).
pub fn fresh_month(inputs: &Inputs, month: NaiveDate) -> Result<Vec<Fresh>, AssessmentError> {
    let Some((version, schedule)) = inputs
        .schedules
        .iter()
        .filter(|(_, s)| s.valid_from <= month)
        .max_by_key(|(_, s)| s.valid_from)
    else {
        return Ok(Vec::new());
    };
    let uses_u2 = schedule
        .rates
        .iter()
        .any(|r| r.category == PlaceCategory::U2);
    let in_care: Vec<(&FeeContract, Decimal)> = inputs
        .contracts
        .iter()
        .map(|c| (c, share_of_month(schedule.proration, month, c.start, c.end)))
        .filter(|(_, share)| *share > Decimal::ZERO)
        .collect();
    // Rank of each child among its household's children in care this month, oldest first.
    let mut by_household: BTreeMap<&str, Vec<(NaiveDate, &str)>> = BTreeMap::new();
    for (c, _) in &in_care {
        let children = by_household.entry(c.household.as_str()).or_default();
        if !children.iter().any(|(_, child)| *child == c.child) {
            children.push((c.birth, c.child.as_str()));
        }
    }
    for children in by_household.values_mut() {
        children.sort();
    }
    let mut out = Vec::new();
    for (c, share) in in_care {
        let day = c.start.max(month);
        let Some(category) = category_at(c.birth, day, inputs.cutoff, uses_u2) else {
            continue;
        };
        let hours = hours_on(&c.hours, day).unwrap_or(0);
        let income = inputs
            .incomes
            .get(&c.household)
            .and_then(|ds| {
                ds.iter()
                    .filter(|d| d.valid_from <= day)
                    .max_by_key(|d| d.valid_from)
            })
            .and_then(|d| d.income);
        let rank = by_household
            .get(c.household.as_str())
            .and_then(|cs| cs.iter().position(|(_, child)| *child == c.child))
            .map_or(1, |i| u32::try_from(i + 1).unwrap_or(u32::MAX));
        let case = super::fees::Case {
            category,
            weekly_hours: hours,
            income,
            sibling_rank: rank,
            years_before_school: years_before_school(c.birth, day, inputs.cutoff),
        };
        let band = income_band(schedule, income);
        let fee =
            monthly_fee(schedule, &case, share).map_err(|FeeError::NoRate| AssessmentError {
                contract: c.id.clone(),
                month,
                category: category.code().to_string(),
                hours,
                band,
                schedule_version: *version,
            })?;
        out.push(Fresh {
            contract: c.id.clone(),
            household: c.household.clone(),
            month,
            care: fee.care,
            meals: fee.meals,
            schedule_version: *version,
            detail: Detail {
                category: category.code().to_string(),
                hours,
                band,
                rank,
                exempt: fee.exempt,
                share,
            },
        });
    }
    Ok(out)
}

/// What has been booked for a contract and month so far (sums).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booked {
    /// Household id.
    pub household: String,
    /// Care fee booked.
    pub care: Decimal,
    /// Meal money booked.
    pub meals: Decimal,
}

/// Original assessment or correction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingKind {
    /// The first booking of the month.
    Original,
    /// A difference to what was booked.
    Correction,
}

impl BookingKind {
    /// As stored.
    pub fn code(self) -> &'static str {
        match self {
            BookingKind::Original => "original",
            BookingKind::Correction => "correction",
        }
    }
}

/// A row to book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    /// Contract id.
    pub contract: String,
    /// Household id.
    pub household: String,
    /// Month.
    pub month: NaiveDate,
    /// Original or correction.
    pub kind: BookingKind,
    /// Care fee (a difference for corrections).
    pub care: Decimal,
    /// Meal money (a difference for corrections).
    pub meals: Decimal,
    /// Schedule version of the fresh calculation (none: the month has no fee any more).
    pub schedule_version: Option<i32>,
    /// How the fresh calculation came about.
    pub detail: Option<Detail>,
}

/// The bookings that make what is booked equal the fresh calculation, for the months in
/// `months`: an original where nothing was booked (and the fee is not zero), a correction where
/// the fresh amounts differ (also down to zero for a month no longer in care).
pub fn plan(
    fresh: &[Fresh],
    booked: &HashMap<(String, NaiveDate), Booked>,
    months: &[NaiveDate],
) -> Vec<Booking> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for f in fresh {
        seen.insert((f.contract.clone(), f.month));
        match booked.get(&(f.contract.clone(), f.month)) {
            None if f.care.is_zero() && f.meals.is_zero() => {}
            None => out.push(Booking {
                contract: f.contract.clone(),
                household: f.household.clone(),
                month: f.month,
                kind: BookingKind::Original,
                care: f.care,
                meals: f.meals,
                schedule_version: Some(f.schedule_version),
                detail: Some(f.detail.clone()),
            }),
            Some(b) if b.care == f.care && b.meals == f.meals => {}
            Some(b) => out.push(Booking {
                contract: f.contract.clone(),
                household: f.household.clone(),
                month: f.month,
                kind: BookingKind::Correction,
                care: f.care - b.care,
                meals: f.meals - b.meals,
                schedule_version: Some(f.schedule_version),
                detail: Some(f.detail.clone()),
            }),
        }
    }
    let mut gone: Vec<(&(String, NaiveDate), &Booked)> = booked
        .iter()
        .filter(|(key, b)| {
            months.contains(&key.1)
                && !seen.contains(*key)
                && !(b.care.is_zero() && b.meals.is_zero())
        })
        .collect();
    gone.sort_by(|a, b| a.0.cmp(b.0));
    for ((contract, month), b) in gone {
        out.push(Booking {
            contract: contract.clone(),
            household: b.household.clone(),
            month: *month,
            kind: BookingKind::Correction,
            care: -b.care,
            meals: -b.meals,
            schedule_version: None,
            detail: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fees::{Proration, Rate};
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn eur(e: i64) -> Decimal {
        Decimal::from(e)
    }

    fn schedule(valid_from: NaiveDate, ue3: i64) -> Schedule {
        let mut rates = Vec::new();
        for (category, base) in [
            (PlaceCategory::U3, 2 * ue3),
            (PlaceCategory::UE3, ue3),
            (PlaceCategory::Hort, ue3 / 2),
        ] {
            for band in 0..2 {
                rates.push(Rate {
                    category,
                    max_hours: 45,
                    band,
                    monthly: eur(base * (band as i64 + 1)),
                });
            }
        }
        Schedule {
            valid_from,
            income_limits: vec![eur(40_000)],
            rates,
            sibling_discount_percent: vec![Decimal::ZERO, Decimal::from(50), Decimal::ONE_HUNDRED],
            free_hours: 0,
            free_years_before_school: 1,
            meal_money: eur(50),
            cap: None,
            proration: Proration::PerDay,
        }
    }

    fn contract(id: &str, household: &str, birth: NaiveDate, start: NaiveDate) -> FeeContract {
        FeeContract {
            id: id.into(),
            household: household.into(),
            child: format!("child-{id}"),
            birth,
            start,
            end: None,
            hours: vec![(start, 35)],
        }
    }

    fn inputs() -> Inputs {
        Inputs {
            schedules: vec![(1, schedule(day(2026, 8, 1), 100))],
            contracts: vec![
                contract("a", "h1", day(2022, 5, 10), day(2026, 8, 1)),
                contract("b", "h1", day(2024, 9, 3), day(2026, 9, 16)),
            ],
            incomes: HashMap::new(),
            cutoff: (9, 30),
        }
    }

    fn book(rows: &[Booking], booked: &mut HashMap<(String, NaiveDate), Booked>) {
        for r in rows {
            let e = booked
                .entry((r.contract.clone(), r.month))
                .or_insert(Booked {
                    household: r.household.clone(),
                    care: Decimal::ZERO,
                    meals: Decimal::ZERO,
                });
            e.care += r.care;
            e.meals += r.meals;
        }
    }

    #[test]
    fn siblings_entry_category_switch_and_schedule_versions() {
        let i = inputs();
        let aug = fresh_month(&i, day(2026, 8, 1)).unwrap();
        assert_eq!(aug.len(), 1, "b starts in September");
        assert_eq!(
            (aug[0].care, aug[0].meals),
            (eur(200), eur(50)),
            "Ü3, highest band"
        );
        let sep = fresh_month(&i, day(2026, 9, 1)).unwrap();
        let b = sep.iter().find(|f| f.contract == "b").unwrap();
        // U3 (born 2024), second child: 400 € − 50 %, 15 of 30 days.
        assert_eq!(b.detail.rank, 2);
        assert_eq!(b.care, eur(100));
        assert_eq!(b.meals, eur(25));
        // Child b turns 3 on 3 Sep 2027: Ü3 from October 2027.
        let oct = fresh_month(&i, day(2027, 10, 1)).unwrap();
        let b = oct.iter().find(|f| f.contract == "b").unwrap();
        assert_eq!(b.detail.category, "UE3");
        // Child a (born May 2022, school 2028): the Kita year 2027/28 is fee-free.
        let a = oct.iter().find(|f| f.contract == "a").unwrap();
        assert!(a.detail.exempt && a.care.is_zero() && a.meals == eur(50));
        // A new version from January 2027 applies from then on only.
        let mut i2 = i.clone();
        i2.schedules.push((2, schedule(day(2027, 1, 1), 150)));
        assert_eq!(
            fresh_month(&i2, day(2026, 12, 1)).unwrap()[0].schedule_version,
            1
        );
        assert_eq!(
            fresh_month(&i2, day(2027, 1, 1)).unwrap()[0].schedule_version,
            2
        );
        // Before the first schedule there is no fee.
        assert!(fresh_month(&i, day(2026, 7, 1)).unwrap().is_empty());
    }

    #[test]
    fn a_lower_income_declared_for_past_months_is_corrected_not_rewritten() {
        let mut i = inputs();
        let ms = months(day(2026, 8, 1), day(2026, 10, 1));
        let mut booked = HashMap::new();
        let mut fresh = Vec::new();
        for m in &ms {
            fresh.extend(fresh_month(&i, *m).unwrap());
        }
        let first = plan(&fresh, &booked, &ms);
        assert!(first.iter().all(|b| b.kind == BookingKind::Original));
        book(&first, &mut booked);
        // Nothing changed: nothing to book.
        assert!(plan(&fresh, &booked, &ms).is_empty());
        // A verified declaration of a low income from September on.
        i.incomes.insert(
            "h1".into(),
            vec![Declaration {
                valid_from: day(2026, 9, 1),
                income: Some(eur(30_000)),
            }],
        );
        let fresh: Vec<Fresh> = ms
            .iter()
            .flat_map(|m| fresh_month(&i, *m).unwrap())
            .collect();
        let corrections = plan(&fresh, &booked, &ms);
        assert!(corrections
            .iter()
            .all(|b| b.kind == BookingKind::Correction));
        assert!(corrections.iter().all(|b| b.month >= day(2026, 9, 1)));
        assert!(corrections.iter().all(|b| b.care < Decimal::ZERO));
        // The contract ends on 31 August after all: September and October go back to zero.
        i.contracts[0].end = Some(day(2026, 8, 31));
        book(&corrections, &mut booked);
        let fresh: Vec<Fresh> = ms
            .iter()
            .flat_map(|m| fresh_month(&i, *m).unwrap())
            .collect();
        let more = plan(&fresh, &booked, &ms);
        book(&more, &mut booked);
        for m in &ms[1..] {
            let a = &booked[&("a".to_string(), *m)];
            assert!(a.care.is_zero() && a.meals.is_zero());
        }
    }

    #[test]
    fn an_hours_change_inside_a_month_counts_from_the_next_month() {
        let mut i = inputs();
        // 35 hours with a band up to 30 hours at half the rate.
        let mut s = schedule(day(2026, 8, 1), 100);
        for band in 0..2 {
            s.rates.push(Rate {
                category: PlaceCategory::UE3,
                max_hours: 30,
                band,
                monthly: eur(50 * (band as i64 + 1)),
            });
        }
        i.schedules = vec![(1, s)];
        i.contracts.truncate(1);
        i.contracts[0].hours.push((day(2026, 10, 15), 25));
        let fee = |m| fresh_month(&i, m).unwrap()[0].clone();
        let oct = fee(day(2026, 10, 1));
        assert_eq!((oct.detail.hours, oct.care), (35, eur(200)));
        let nov = fee(day(2026, 11, 1));
        assert_eq!((nov.detail.hours, nov.care), (25, eur(100)));
    }

    #[test]
    fn a_missing_rate_names_contract_month_and_band() {
        let mut i = inputs();
        i.schedules[0]
            .1
            .rates
            .retain(|r| r.category != PlaceCategory::U3);
        let err = fresh_month(&i, day(2026, 9, 1)).unwrap_err();
        assert_eq!(
            (err.contract.as_str(), err.category.as_str(), err.band),
            ("b", "U3", 1)
        );
    }

    proptest! {
        /// Whatever happened in between, original plus corrections equal a fresh calculation.
        #[test]
        fn original_plus_corrections_equal_a_fresh_calculation(
            steps in proptest::collection::vec((0i64..80_000, 0u32..4, 1u32..46, 0u32..3), 1..5),
        ) {
            let ms = months(day(2026, 8, 1), day(2027, 7, 1));
            let mut booked = HashMap::new();
            let mut i = inputs();
            for (income, end_month, hours, free) in steps {
                i.incomes.insert("h1".into(), vec![Declaration { valid_from: day(2026, 8, 1), income: Some(eur(income)) }]);
                i.contracts[1].end = (end_month > 0).then(|| day(2026, 9 + end_month, 10));
                i.contracts[0].hours = vec![(day(2026, 8, 1), hours)];
                i.schedules[0].1.free_years_before_school = free;
                let fresh: Vec<Fresh> = ms.iter().flat_map(|m| fresh_month(&i, *m).unwrap()).collect();
                let rows = plan(&fresh, &booked, &ms);
                book(&rows, &mut booked);
                for f in &fresh {
                    let b = &booked[&(f.contract.clone(), f.month)];
                    prop_assert_eq!((b.care, b.meals), (f.care, f.meals));
                }
                for (key, b) in &booked {
                    if !fresh.iter().any(|f| (&f.contract, f.month) == (&key.0, key.1)) {
                        prop_assert!(b.care.is_zero() && b.meals.is_zero());
                    }
                }
            }
        }
    }
}
