//! Parent fees (Elternbeiträge): the monthly fee of one child under a fee schedule
//! (Beitragssatzung). Pure functions; amounts are [`Decimal`] and are rounded in one place
//! only, [`round_cents`] (commercial rounding to the cent: half a cent rounds away from zero).
//!
//! The steps, in this order: the base rate (category × weekly-hours band × income band; no
//! declaration counts as the highest band), hours above a fee-free basic allowance only (as in
//! Hamburg), the sibling discount by the child's rank among the family's children in care, an
//! exemption (fee-free years before school entry) makes the care part zero, the cap, then meal
//! money, then proration for a month the contract starts or ends in.

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

use super::category::PlaceCategory;

/// The one rounding rule: commercial rounding to the cent.
pub fn round_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// A rate of the schedule: the monthly fee for a category, up to `max_hours` a week, in the
/// income band `band` (0 = lowest).
#[derive(Debug, Clone, PartialEq)]
pub struct Rate {
    /// Place category.
    pub category: PlaceCategory,
    /// The hours band: up to this many hours a week.
    pub max_hours: u32,
    /// Income band index.
    pub band: usize,
    /// Monthly fee.
    pub monthly: Decimal,
}

/// How a month with entry or exit inside it is charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proration {
    /// By calendar days in care.
    PerDay,
    /// By half months: a half month started counts whole (1st–15th, 16th–end).
    HalfMonth,
}

/// A fee schedule (one version, valid from a day).
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    /// Valid from this day on.
    pub valid_from: NaiveDate,
    /// Upper limits of the annual income bands in ascending order; incomes above the last
    /// limit (and no declaration) are in the highest band, `limits.len()`.
    pub income_limits: Vec<Decimal>,
    /// The rates.
    pub rates: Vec<Rate>,
    /// Discount in percent by sibling rank: index 0 the first child in care (usually 0), 1 the
    /// second (e.g. 50), 2 the third and later (e.g. 100).
    pub sibling_discount_percent: Vec<Decimal>,
    /// Weekly hours that are fee-free for everybody (0: none); the fee follows the remaining
    /// hours.
    pub free_hours: u32,
    /// Kita years before school entry that are fee-free (0: none).
    pub free_years_before_school: u32,
    /// Meal money per month (not discounted, not capped).
    pub meal_money: Decimal,
    /// Highest care fee per month (none: no cap).
    pub cap: Option<Decimal>,
    /// Proration rule.
    pub proration: Proration,
}

/// What a child's fee depends on in one month.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    /// Place category in that month.
    pub category: PlaceCategory,
    /// Weekly hours booked.
    pub weekly_hours: u32,
    /// Declared annual household income; `None`: no declaration.
    pub income: Option<Decimal>,
    /// Rank among the family's children in care (1 = first).
    pub sibling_rank: u32,
    /// Kita years left before school entry, counting the current one (1 = the last year).
    pub years_before_school: Option<u32>,
}

/// Why a fee cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeeError {
    /// The schedule has no rate for this category, hours and band.
    NoRate,
}

/// The fee of one month, with its parts (for the notice and the breakdown parents see).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthlyFee {
    /// Rate from the table.
    pub base: Decimal,
    /// Sibling discount (≥ 0).
    pub sibling_discount: Decimal,
    /// Exempt (fee-free year).
    pub exempt: bool,
    /// Care fee after discount, exemption, cap and proration.
    pub care: Decimal,
    /// Meal money after proration.
    pub meals: Decimal,
    /// What is charged: care plus meals.
    pub total: Decimal,
}

/// The income band of a declared income (no declaration: the highest).
pub fn income_band(schedule: &Schedule, income: Option<Decimal>) -> usize {
    match income {
        None => schedule.income_limits.len(),
        Some(income) => schedule
            .income_limits
            .iter()
            .position(|limit| income <= *limit)
            .unwrap_or(schedule.income_limits.len()),
    }
}

/// The rate for a category, hours and band: the smallest hours band that covers the hours.
fn rate(schedule: &Schedule, category: PlaceCategory, hours: u32, band: usize) -> Option<Decimal> {
    schedule
        .rates
        .iter()
        .filter(|r| r.category == category && r.band == band && r.max_hours >= hours)
        .min_by_key(|r| r.max_hours)
        .map(|r| r.monthly)
}

/// The share of `month` (its first day) in care from `start` to `end` (inclusive; `None`:
/// open), under the schedule's rule: 1 for a whole month, 0 for none.
pub fn share_of_month(
    rule: Proration,
    month: NaiveDate,
    start: NaiveDate,
    end: Option<NaiveDate>,
) -> Decimal {
    let first = month.with_day(1).unwrap_or(month);
    let last = first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first);
    let from = start.max(first);
    let to = end.map_or(last, |e| e.min(last));
    if to < from {
        return Decimal::ZERO;
    }
    match rule {
        Proration::PerDay => {
            let days = Decimal::from((to - from).num_days() + 1);
            let in_month = Decimal::from(last.day());
            days / in_month
        }
        Proration::HalfMonth => {
            let first_half = from.day() <= 15;
            let second_half = to.day() >= 16;
            let halves = u32::from(first_half) + u32::from(second_half);
            Decimal::from(halves) / Decimal::from(2)
        }
    }
}

/// The fee of one month for a child in care for `share` of it (see [`share_of_month`]).
pub fn monthly_fee(
    schedule: &Schedule,
    case: &Case,
    share: Decimal,
) -> Result<MonthlyFee, FeeError> {
    let band = income_band(schedule, case.income);
    let hours = case.weekly_hours.saturating_sub(schedule.free_hours);
    let base = if hours == 0 {
        Decimal::ZERO
    } else {
        rate(schedule, case.category, hours, band).ok_or(FeeError::NoRate)?
    };
    let rank = usize::try_from(case.sibling_rank.max(1) - 1).unwrap_or(usize::MAX);
    let percent = schedule
        .sibling_discount_percent
        .get(rank)
        .or(schedule.sibling_discount_percent.last())
        .copied()
        .unwrap_or(Decimal::ZERO)
        .clamp(Decimal::ZERO, Decimal::ONE_HUNDRED);
    let sibling_discount = base * percent / Decimal::ONE_HUNDRED;
    let exempt = schedule.free_years_before_school > 0
        && case
            .years_before_school
            .is_some_and(|y| y >= 1 && y <= schedule.free_years_before_school);
    let mut care = if exempt {
        Decimal::ZERO
    } else {
        base - sibling_discount
    };
    if let Some(cap) = schedule.cap {
        care = care.min(cap);
    }
    let care = round_cents(care * share);
    let meals = round_cents(schedule.meal_money * share);
    Ok(MonthlyFee {
        base: round_cents(base),
        sibling_discount: round_cents(sibling_discount),
        exempt,
        care,
        meals,
        total: care + meals,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn eur(cents: i64) -> Decimal {
        Decimal::new(cents, 2)
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Two income bands (≤ 30,000 €, ≤ 60,000 €, above), U3 and Ü3, 25 and 45 hours.
    fn schedule() -> Schedule {
        let mut rates = Vec::new();
        for (category, factor) in [(PlaceCategory::U3, 2), (PlaceCategory::UE3, 1)] {
            for (max_hours, per_band) in [(25, [5000, 10000, 15000]), (45, [8000, 16000, 24000])] {
                for (band, cents) in per_band.into_iter().enumerate() {
                    rates.push(Rate {
                        category,
                        max_hours,
                        band,
                        monthly: eur(cents * factor),
                    });
                }
            }
        }
        Schedule {
            valid_from: day(2026, 8, 1),
            income_limits: vec![eur(3_000_000), eur(6_000_000)],
            rates,
            sibling_discount_percent: vec![Decimal::ZERO, Decimal::from(50), Decimal::ONE_HUNDRED],
            free_hours: 0,
            free_years_before_school: 1,
            meal_money: eur(6050),
            cap: Some(eur(40000)),
            proration: Proration::PerDay,
        }
    }

    fn case(income: Option<i64>, rank: u32) -> Case {
        Case {
            category: PlaceCategory::UE3,
            weekly_hours: 35,
            income: income.map(Decimal::from),
            sibling_rank: rank,
            years_before_school: Some(3),
        }
    }

    #[test]
    fn commercial_rounding_to_the_cent() {
        assert_eq!(round_cents(Decimal::new(12345, 3)), eur(1235));
        assert_eq!(round_cents(Decimal::new(-12345, 3)), eur(-1235));
        assert_eq!(round_cents(Decimal::new(12344, 3)), eur(1234));
    }

    #[test]
    fn the_band_follows_the_income_and_no_declaration_is_the_highest() {
        let s = schedule();
        assert_eq!(income_band(&s, Some(Decimal::from(30_000))), 0);
        assert_eq!(income_band(&s, Some(Decimal::from(30_001))), 1);
        assert_eq!(income_band(&s, Some(Decimal::from(90_000))), 2);
        assert_eq!(income_band(&s, None), 2);
        let fee = monthly_fee(&s, &case(Some(45_000), 1), Decimal::ONE).unwrap();
        // 35 hours fall in the 45-hour band: 160 € plus 60.50 € meals.
        assert_eq!(
            (fee.care, fee.meals, fee.total),
            (eur(16000), eur(6050), eur(22050))
        );
    }

    #[test]
    fn siblings_exemption_allowance_and_cap() {
        let s = schedule();
        let second = monthly_fee(&s, &case(None, 2), Decimal::ONE).unwrap();
        assert_eq!(
            (second.base, second.sibling_discount, second.care),
            (eur(24000), eur(12000), eur(12000))
        );
        let fourth = monthly_fee(&s, &case(None, 4), Decimal::ONE).unwrap();
        assert_eq!(fourth.care, Decimal::ZERO);
        assert_eq!(fourth.total, eur(6050), "meal money stays");
        let mut last_year = case(None, 1);
        last_year.years_before_school = Some(1);
        let fee = monthly_fee(&s, &last_year, Decimal::ONE).unwrap();
        assert!(fee.exempt && fee.care == Decimal::ZERO);
        let mut u3 = case(None, 1);
        u3.category = PlaceCategory::U3;
        assert_eq!(
            monthly_fee(&s, &u3, Decimal::ONE).unwrap().care,
            eur(40000),
            "capped from 480 €"
        );
        // Hamburg-style allowance: 5 free hours, 30 booked → charged as 25.
        let mut free = schedule();
        free.free_hours = 5;
        let mut thirty = case(Some(20_000), 1);
        thirty.weekly_hours = 30;
        assert_eq!(
            monthly_fee(&free, &thirty, Decimal::ONE).unwrap().care,
            eur(5000)
        );
        thirty.weekly_hours = 5;
        assert_eq!(
            monthly_fee(&free, &thirty, Decimal::ONE).unwrap().care,
            Decimal::ZERO
        );
        let mut hort = case(None, 1);
        hort.category = PlaceCategory::Hort;
        assert_eq!(monthly_fee(&s, &hort, Decimal::ONE), Err(FeeError::NoRate));
    }

    #[test]
    fn entry_and_exit_inside_a_month_are_prorated() {
        let march = day(2027, 3, 1);
        let whole = share_of_month(Proration::PerDay, march, day(2027, 1, 1), None);
        assert_eq!(whole, Decimal::ONE);
        let from_16th = share_of_month(Proration::PerDay, march, day(2027, 3, 16), None);
        assert_eq!(from_16th, Decimal::from(16) / Decimal::from(31));
        assert_eq!(
            share_of_month(Proration::HalfMonth, march, day(2027, 3, 16), None),
            Decimal::new(5, 1)
        );
        assert_eq!(
            share_of_month(Proration::HalfMonth, march, day(2027, 3, 15), None),
            Decimal::ONE
        );
        assert_eq!(
            share_of_month(
                Proration::PerDay,
                march,
                day(2027, 1, 1),
                Some(day(2027, 2, 28))
            ),
            Decimal::ZERO
        );
        let s = schedule();
        let fee = monthly_fee(&s, &case(None, 1), from_16th).unwrap();
        // 240 € × 16/31 = 123.870… → 123.87; meals 60.50 × 16/31 = 31.225… → 31.23.
        assert_eq!((fee.care, fee.meals), (eur(12387), eur(3123)));
    }

    proptest! {
        #[test]
        fn the_fee_never_rises_with_a_lower_income_or_more_siblings(
            income in 0i64..150_000,
            lower in 0i64..150_000,
            rank in 1u32..5,
            hours in 1u32..46,
        ) {
            let s = schedule();
            let mut high = case(Some(income.max(lower)), rank);
            high.weekly_hours = hours;
            let mut low = high.clone();
            low.income = Some(Decimal::from(income.min(lower)));
            let fee_high = monthly_fee(&s, &high, Decimal::ONE).unwrap().total;
            let fee_low = monthly_fee(&s, &low, Decimal::ONE).unwrap().total;
            prop_assert!(fee_low <= fee_high);
            let mut more = high.clone();
            more.sibling_rank = rank + 1;
            prop_assert!(monthly_fee(&s, &more, Decimal::ONE).unwrap().total <= fee_high);
        }
    }
}

/// An amount as people type it: `60,50`, `60.50`, `1.234,56`, `1234`, with or without `€`;
/// at most two decimals, not negative.
pub fn parse_amount(text: &str) -> Option<Decimal> {
    let t: String = text
        .trim()
        .trim_end_matches('€')
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if t.is_empty() {
        return None;
    }
    // German writing: a comma is the decimal mark, dots group thousands ("30.000").
    let groups: Vec<&str> = t.split('.').collect();
    let thousands = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    let normal = if t.contains(',') || thousands {
        t.replace('.', "").replace(',', ".")
    } else {
        t
    };
    let d: Decimal = normal.parse().ok()?;
    (d.scale() <= 2 && d >= Decimal::ZERO).then_some(d)
}

/// A field of the schedule form that is wrong: (field, message key, line number or 0).
pub type FormProblem = (&'static str, &'static str, usize);

/// The schedule form as typed by the municipality admin.
#[derive(Debug, Clone, Default)]
pub struct ScheduleForm<'a> {
    /// `YYYY-MM-DD`, the first of a month.
    pub valid_from: &'a str,
    /// Income band limits in euros, comma-separated ascending (`30000; 60000`).
    pub income_limits: &'a str,
    /// Sibling discounts in percent, separated by `;` or spaces (`0; 50; 100`).
    pub sibling_discounts: &'a str,
    /// Fee-free weekly hours.
    pub free_hours: &'a str,
    /// Fee-free Kita years before school.
    pub free_years: &'a str,
    /// Meal money per month.
    pub meal_money: &'a str,
    /// Cap (empty: none).
    pub cap: &'a str,
    /// `per_day` or `half_month`.
    pub proration: &'a str,
    /// One line per category and hours band: `Ü3; 35; 120,00; 180,00; 240,00` (an amount per
    /// income band, lowest first).
    pub rates: &'a str,
}

fn list(text: &str) -> Vec<&str> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Checks the form and builds the schedule, or names every wrong field.
pub fn schedule_from_form(f: &ScheduleForm<'_>) -> Result<Schedule, Vec<FormProblem>> {
    let mut problems: Vec<FormProblem> = Vec::new();
    let valid_from = NaiveDate::parse_from_str(f.valid_from.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| d.day() == 1);
    if valid_from.is_none() {
        problems.push(("valid_from", "fees-err-valid-from", 0));
    }
    let limits: Option<Vec<Decimal>> = list(f.income_limits)
        .iter()
        .map(|v| parse_amount(v))
        .collect();
    let limits = limits.filter(|l| l.windows(2).all(|w| w[0] < w[1]));
    if limits.is_none() {
        problems.push(("income_limits", "fees-err-limits", 0));
    }
    let discounts: Option<Vec<Decimal>> = list(f.sibling_discounts)
        .iter()
        .map(|v| {
            v.trim_end_matches('%')
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|p| *p <= 100)
                .map(Decimal::from)
        })
        .collect();
    if discounts.is_none() {
        problems.push(("sibling_discounts", "fees-err-discounts", 0));
    }
    let small = |v: &str, max: u32| {
        let v = v.trim();
        if v.is_empty() {
            Some(0)
        } else {
            v.parse::<u32>().ok().filter(|n| *n <= max)
        }
    };
    let free_hours = small(f.free_hours, 60);
    if free_hours.is_none() {
        problems.push(("free_hours", "fees-err-free-hours", 0));
    }
    let free_years = small(f.free_years, 6);
    if free_years.is_none() {
        problems.push(("free_years", "fees-err-free-years", 0));
    }
    let meal_money = if f.meal_money.trim().is_empty() {
        Some(Decimal::ZERO)
    } else {
        parse_amount(f.meal_money)
    };
    if meal_money.is_none() {
        problems.push(("meal_money", "fees-err-amount", 0));
    }
    let cap = if f.cap.trim().is_empty() {
        Some(None)
    } else {
        parse_amount(f.cap).map(Some)
    };
    if cap.is_none() {
        problems.push(("cap", "fees-err-amount", 0));
    }
    let proration = match f.proration {
        "per_day" => Some(Proration::PerDay),
        "half_month" => Some(Proration::HalfMonth),
        _ => None,
    };
    if proration.is_none() {
        problems.push(("proration", "fees-err-proration", 0));
    }
    let bands = limits.as_ref().map_or(0, |l| l.len() + 1);
    let mut rates = Vec::new();
    for (i, line) in f
        .rates
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let cells: Vec<&str> = line.split(';').map(str::trim).collect();
        let category = cells.first().and_then(|c| category_from_text(c));
        let max_hours = cells
            .get(1)
            .and_then(|h| h.parse::<u32>().ok())
            .filter(|h| (1..=60).contains(h));
        let amounts: Option<Vec<Decimal>> = cells.iter().skip(2).map(|a| parse_amount(a)).collect();
        match (category, max_hours, amounts) {
            (Some(category), Some(max_hours), Some(amounts))
                if limits.is_none() || amounts.len() == bands =>
            {
                for (band, monthly) in amounts.into_iter().enumerate() {
                    rates.push(Rate {
                        category,
                        max_hours,
                        band,
                        monthly,
                    });
                }
            }
            _ => problems.push(("rates", "fees-err-rate-line", i + 1)),
        }
    }
    if rates.is_empty() && !problems.iter().any(|p| p.0 == "rates") {
        problems.push(("rates", "fees-err-no-rates", 0));
    }
    match (
        valid_from, limits, discounts, free_hours, free_years, meal_money, cap, proration,
    ) {
        (
            Some(valid_from),
            Some(income_limits),
            Some(sibling_discount_percent),
            Some(free_hours),
            Some(free_years_before_school),
            Some(meal_money),
            Some(cap),
            Some(proration),
        ) if problems.is_empty() => Ok(Schedule {
            valid_from,
            income_limits,
            rates,
            sibling_discount_percent,
            free_hours,
            free_years_before_school,
            meal_money,
            cap,
            proration,
        }),
        _ => Err(problems),
    }
}

/// A category as admins write it: `U2`, `U3`, `Ü3`/`UE3`, `Hort` (any case).
fn category_from_text(text: &str) -> Option<PlaceCategory> {
    match text.trim().to_uppercase().as_str() {
        "U2" => Some(PlaceCategory::U2),
        "U3" => Some(PlaceCategory::U3),
        "Ü3" | "UE3" => Some(PlaceCategory::UE3),
        "HORT" => Some(PlaceCategory::Hort),
        _ => None,
    }
}

/// The schedule as the form shows it (to start a new version from the current one).
pub fn schedule_to_form(s: &Schedule) -> Vec<(&'static str, String)> {
    let amount = |d: &Decimal| format!("{:.2}", round_cents(*d)).replace('.', ",");
    let mut lines: Vec<String> = Vec::new();
    let mut keys: Vec<(PlaceCategory, u32)> =
        s.rates.iter().map(|r| (r.category, r.max_hours)).collect();
    keys.sort_by_key(|(c, h)| (c.code(), *h));
    keys.dedup();
    for (category, hours) in keys {
        let mut band_rates: Vec<&Rate> = s
            .rates
            .iter()
            .filter(|r| r.category == category && r.max_hours == hours)
            .collect();
        band_rates.sort_by_key(|r| r.band);
        let label = match category {
            PlaceCategory::UE3 => "Ü3".to_string(),
            PlaceCategory::Hort => "Hort".to_string(),
            other => other.code().to_string(),
        };
        let amounts: Vec<String> = band_rates.iter().map(|r| amount(&r.monthly)).collect();
        lines.push(format!("{label}; {hours}; {}", amounts.join("; ")));
    }
    vec![
        (
            "income_limits",
            s.income_limits
                .iter()
                .map(amount)
                .collect::<Vec<_>>()
                .join("; "),
        ),
        (
            "sibling_discounts",
            s.sibling_discount_percent
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        ),
        ("free_hours", s.free_hours.to_string()),
        ("free_years", s.free_years_before_school.to_string()),
        ("meal_money", amount(&s.meal_money)),
        ("cap", s.cap.as_ref().map(amount).unwrap_or_default()),
        (
            "proration",
            match s.proration {
                Proration::PerDay => "per_day",
                Proration::HalfMonth => "half_month",
            }
            .to_string(),
        ),
        ("rates", lines.join("\n")),
    ]
}

#[cfg(test)]
mod form_tests {
    use super::*;

    fn form() -> ScheduleForm<'static> {
        ScheduleForm {
            valid_from: "2027-01-01",
            income_limits: "30.000; 60000",
            sibling_discounts: "0; 50%; 100",
            free_hours: "",
            free_years: "1",
            meal_money: "60,50 €",
            cap: "",
            proration: "per_day",
            rates: "U3; 25; 100; 200; 300\nÜ3; 45; 80,00; 160,00; 240,00\n",
        }
    }

    #[test]
    fn amounts_are_read_as_people_type_them() {
        assert_eq!(parse_amount("60,50"), Some(Decimal::new(6050, 2)));
        assert_eq!(parse_amount("1.234,56 €"), Some(Decimal::new(123456, 2)));
        assert_eq!(parse_amount("1234.5"), Some(Decimal::new(12345, 1)));
        assert_eq!(parse_amount("30.000"), Some(Decimal::from(30_000)));
        assert_eq!(parse_amount("60.50"), Some(Decimal::new(6050, 2)));
        assert_eq!(parse_amount("0,001"), None);
        assert_eq!(parse_amount("-5"), None);
        assert_eq!(parse_amount("zehn"), None);
    }

    #[test]
    fn a_valid_form_becomes_a_schedule_and_back() {
        let s = schedule_from_form(&form()).unwrap();
        assert_eq!(
            s.income_limits,
            vec![Decimal::from(30_000), Decimal::from(60_000)]
        );
        assert_eq!(s.rates.len(), 6);
        assert_eq!(s.meal_money, Decimal::new(6050, 2));
        let fields = schedule_to_form(&s);
        let rates = &fields.iter().find(|f| f.0 == "rates").unwrap().1;
        assert_eq!(
            rates,
            "U3; 25; 100,00; 200,00; 300,00\nÜ3; 45; 80,00; 160,00; 240,00"
        );
    }

    #[test]
    fn every_wrong_field_is_named() {
        let mut f = form();
        f.valid_from = "2027-01-15";
        f.income_limits = "60000; 30000";
        f.rates = "U3; 25; 100; 200\nKrippe; 25; 1; 2; 3";
        let problems = schedule_from_form(&f).unwrap_err();
        let fields: Vec<_> = problems.iter().map(|p| (p.0, p.2)).collect();
        assert!(fields.contains(&("valid_from", 0)));
        assert!(fields.contains(&("income_limits", 0)));
        assert!(fields.contains(&("rates", 2)), "{fields:?}");
        let mut f = form();
        f.rates = "U3; 25; 100; 200";
        let problems = schedule_from_form(&f).unwrap_err();
        assert_eq!(problems, vec![("rates", "fees-err-rate-line", 1)]);
    }
}
