//! Care contracts (Betreuungsverträge): states, terms and their validation, the weekly hours
//! over time, and the rule "one child, one signed contract at any date" (the database enforces
//! it; this module states it for messages and the import's dry run).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// State of a contract: draft → signed → ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContractStatus {
    /// Prepared by the facility, not yet in force.
    Draft,
    /// Signed: the child holds the place from start to end.
    Signed,
    /// Terminated: the end date is fixed.
    Ended,
}

impl ContractStatus {
    /// All states.
    pub const ALL: [ContractStatus; 3] = [Self::Draft, Self::Signed, Self::Ended];

    /// As stored.
    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Signed => "signed",
            Self::Ended => "ended",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Does a contract in this state hold a place (and count for the one-contract rule)?
    pub fn binding(self) -> bool {
        self != Self::Draft
    }
}

/// Where a contract came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// From an accepted offer of the allocation.
    Offer,
    /// Entered by the facility for a child already there.
    Direct,
    /// From a Bestandskinder file.
    Import,
    /// Kept in sync by the facility's software through the API.
    Api,
}

impl Origin {
    /// As stored.
    pub fn code(self) -> &'static str {
        match self {
            Self::Offer => "offer",
            Self::Direct => "direct",
            Self::Import => "import",
            Self::Api => "api",
        }
    }
}

/// Start, optional end (last day) and weekly hours of a contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Terms {
    /// First day of care.
    pub start: NaiveDate,
    /// Last day of care, if fixed.
    pub end: Option<NaiveDate>,
    /// Booked hours per week.
    pub weekly_hours: u32,
}

/// Parses a date as `YYYY-MM-DD` (form fields, ISO) or `DD.MM.YYYY` (German spreadsheets),
/// always with a four-digit year between 1900 and 2200 (`01.08.24` is refused, not read as the
/// year 24).
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    let four_digits = |y: &str| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit());
    let date = if raw.split('-').next().is_some_and(four_digits) {
        NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok()?
    } else if raw.rsplit('.').next().is_some_and(four_digits) {
        NaiveDate::parse_from_str(raw, "%d.%m.%Y").ok()?
    } else {
        return None;
    };
    (1900..=2200).contains(&date.year()).then_some(date)
}

/// Parses weekly hours: a whole number 1–60.
pub fn parse_hours(raw: &str) -> Option<u32> {
    raw.trim()
        .parse::<u32>()
        .ok()
        .filter(|h| (1..=60).contains(h))
}

/// Validates the terms from a form or an import row; the error lists the bad fields
/// (`start_date`, `end_date`, `weekly_hours`).
pub fn validate_terms(start: &str, end: &str, hours: &str) -> Result<Terms, Vec<&'static str>> {
    let mut bad = Vec::new();
    let start = parse_date(start);
    if start.is_none() {
        bad.push("start_date");
    }
    let end = match end.trim() {
        "" => Some(None),
        e => parse_date(e).map(Some),
    };
    match (start, end) {
        (_, None) => bad.push("end_date"),
        (Some(s), Some(Some(e))) if e < s => bad.push("end_date"),
        _ => {}
    }
    let hours = parse_hours(hours);
    if hours.is_none() {
        bad.push("weekly_hours");
    }
    match (start, end, hours, bad.is_empty()) {
        (Some(start), Some(end), Some(weekly_hours), true) => Ok(Terms {
            start,
            end,
            weekly_hours,
        }),
        _ => Err(bad),
    }
}

/// A contract for a child already in care as typed into the office form, sent through the API
/// or read from an import row (all fields as text).
#[derive(Debug, Clone, Copy, Default)]
pub struct DirectInput<'a> {
    /// Child's first names.
    pub first_names: &'a str,
    /// Child's last name.
    pub last_name: &'a str,
    /// Birth date (`YYYY-MM-DD` or `DD.MM.YYYY`).
    pub birth_date: &'a str,
    /// Street.
    pub street: &'a str,
    /// House number.
    pub house_number: &'a str,
    /// Postal code.
    pub postal_code: &'a str,
    /// City.
    pub city: &'a str,
    /// Guardian's first names.
    pub guardian_first_names: &'a str,
    /// Guardian's last name.
    pub guardian_last_name: &'a str,
    /// First day of care.
    pub start_date: &'a str,
    /// Last day of care (empty: open).
    pub end_date: &'a str,
    /// Weekly hours.
    pub weekly_hours: &'a str,
}

/// A checked direct contract: child, guardian (first names, last name), terms.
#[derive(Debug, Clone)]
pub struct Direct {
    /// The child.
    pub child: super::household::ChildDraft,
    /// The guardian's first names and last name.
    pub guardian: (String, String),
    /// The terms.
    pub terms: Terms,
}

/// Checks a direct contract (form, API and import use this one rule set); the error lists the
/// bad fields: the child's (`first_names`, `last_name`, `birth_date`, address fields),
/// `guardian_first_names`, `guardian_last_name`, and those of [`validate_terms`] —
/// `start_date` also when care would start before the birth.
pub fn validate_direct(
    input: &DirectInput<'_>,
    today: NaiveDate,
) -> Result<Direct, Vec<&'static str>> {
    let birth = parse_date(input.birth_date)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let child = super::household::validate_child(
        input.first_names,
        input.last_name,
        &birth,
        input.street,
        input.house_number,
        input.postal_code,
        input.city,
        today,
    );
    let mut bad: Vec<&'static str> = Vec::new();
    if let Err(e) = &child {
        bad.extend(e.iter().copied());
    }
    let guardian = (
        super::household::valid_name(input.guardian_first_names),
        super::household::valid_name(input.guardian_last_name),
    );
    if guardian.0.is_none() {
        bad.push("guardian_first_names");
    }
    if guardian.1.is_none() {
        bad.push("guardian_last_name");
    }
    let terms = validate_terms(input.start_date, input.end_date, input.weekly_hours);
    if let Err(e) = &terms {
        bad.extend(e.iter().copied());
    }
    if let (Ok(c), Ok(t)) = (&child, &terms) {
        if t.start < c.birth_date {
            bad.push("start_date");
        }
    }
    match (child, guardian, terms, bad.is_empty()) {
        (Ok(child), (Some(g1), Some(g2)), Ok(terms), true) => Ok(Direct {
            child,
            guardian: (g1, g2),
            terms,
        }),
        _ => Err(bad),
    }
}

/// Do two periods (inclusive, open-ended when `None`) share a day?
pub fn overlaps(
    a_start: NaiveDate,
    a_end: Option<NaiveDate>,
    b_start: NaiveDate,
    b_end: Option<NaiveDate>,
) -> bool {
    a_start <= b_end.unwrap_or(NaiveDate::MAX) && b_start <= a_end.unwrap_or(NaiveDate::MAX)
}

/// One recorded hours change: from `valid_from` on, `weekly_hours`; `seq` orders records
/// (later records win for the same day).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HoursRecord {
    /// From this day on.
    pub valid_from: NaiveDate,
    /// Hours per week.
    pub weekly_hours: u32,
}

/// The hours schedule from the records in the order they were recorded: a later record for a
/// day replaces an earlier one for the same day; the result is sorted by day.
pub fn hours_schedule(records: &[HoursRecord]) -> Vec<(NaiveDate, u32)> {
    let mut out: Vec<(NaiveDate, u32)> = Vec::new();
    for r in records {
        match out.iter_mut().find(|(d, _)| *d == r.valid_from) {
            Some(slot) => slot.1 = r.weekly_hours,
            None => out.push((r.valid_from, r.weekly_hours)),
        }
    }
    out.sort_by_key(|(d, _)| *d);
    out
}

/// The hours in force on `day` from a schedule (before its first entry: the first entry's).
pub fn hours_on(schedule: &[(NaiveDate, u32)], day: NaiveDate) -> Option<u32> {
    schedule
        .iter()
        .rev()
        .find(|(d, _)| *d <= day)
        .or(schedule.first())
        .map(|(_, h)| *h)
}

/// Why a change to a contract is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeProblem {
    /// Only drafts can be signed; ended contracts cannot change.
    WrongState,
    /// A date outside the contract (before the start, after a fixed end).
    OutsideContract,
    /// The end lies before the start.
    EndBeforeStart,
}

/// Checks an hours change from `from` on against the contract.
pub fn check_hours_change(
    status: ContractStatus,
    start: NaiveDate,
    end: Option<NaiveDate>,
    from: NaiveDate,
) -> Result<(), ChangeProblem> {
    if status == ContractStatus::Ended {
        return Err(ChangeProblem::WrongState);
    }
    if from < start || end.is_some_and(|e| from > e) {
        return Err(ChangeProblem::OutsideContract);
    }
    Ok(())
}

/// Checks a new end date (`None` = open-ended again) for a signed or draft contract.
pub fn check_end_change(
    status: ContractStatus,
    start: NaiveDate,
    end: Option<NaiveDate>,
) -> Result<(), ChangeProblem> {
    if status == ContractStatus::Ended {
        return Err(ChangeProblem::WrongState);
    }
    if end.is_some_and(|e| e < start) {
        return Err(ChangeProblem::EndBeforeStart);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn direct<'a>(birth: &'a str, start: &'a str) -> DirectInput<'a> {
        DirectInput {
            first_names: "Mia",
            last_name: "Beispiel",
            birth_date: birth,
            street: "Ring",
            house_number: "1",
            postal_code: "12345",
            city: "Musterstadt",
            guardian_first_names: "Eva",
            guardian_last_name: "Beispiel",
            start_date: start,
            end_date: "",
            weekly_hours: "35",
        }
    }

    #[test]
    fn direct_contracts_are_checked_by_one_rule_set() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let ok = validate_direct(&direct("17.05.2023", "2026-08-01"), today).unwrap();
        assert_eq!(
            ok.child.birth_date,
            NaiveDate::from_ymd_opt(2023, 5, 17).unwrap()
        );
        assert_eq!(ok.guardian, ("Eva".to_string(), "Beispiel".to_string()));
        assert_eq!(ok.terms.weekly_hours, 35);
        assert_eq!(
            validate_direct(&direct("2026-05-17", "2026-05-01"), today).unwrap_err(),
            vec!["start_date"]
        );
        let mut bad = direct("2023-05-17", "2026-08-01");
        bad.guardian_last_name = " ";
        bad.weekly_hours = "99";
        assert_eq!(
            validate_direct(&bad, today).unwrap_err(),
            vec!["guardian_last_name", "weekly_hours"]
        );
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn terms_accept_both_date_styles_and_report_every_bad_field() {
        let t = validate_terms("2027-08-01", "31.07.2028", "35").unwrap();
        assert_eq!(t.start, d(2027, 8, 1));
        assert_eq!(t.end, Some(d(2028, 7, 31)));
        assert_eq!(t.weekly_hours, 35);
        assert_eq!(validate_terms("2027-08-01", "", "45").unwrap().end, None);
        assert_eq!(
            validate_terms("1.8.27x", "2027-01-01", "0"),
            Err(vec!["start_date", "weekly_hours"])
        );
        assert_eq!(
            validate_terms("2027-08-01", "2027-07-31", "61"),
            Err(vec!["end_date", "weekly_hours"])
        );
        assert!(validate_terms("2027-08-01", "2027-08-01", "1").is_ok());
        assert_eq!(parse_date("01.08.24"), None);
        assert_eq!(parse_date("+10000-01-01"), None);
        assert_eq!(parse_date("1.8.2027"), Some(d(2027, 8, 1)));
        assert_eq!(parse_date("24-08-01"), None);
        assert_eq!(parse_date("1850-01-01"), None);
    }

    #[test]
    fn periods_overlap_on_a_shared_day_only() {
        let a = (d(2027, 1, 1), Some(d(2027, 6, 30)));
        assert!(overlaps(a.0, a.1, d(2027, 6, 30), None));
        assert!(!overlaps(a.0, a.1, d(2027, 7, 1), None));
        assert!(overlaps(
            d(2020, 1, 1),
            None,
            d(2030, 1, 1),
            Some(d(2030, 1, 1))
        ));
        assert!(!overlaps(d(2027, 7, 1), None, a.0, a.1));
    }

    #[test]
    fn later_hour_records_replace_earlier_ones_for_the_same_day() {
        let r = |m, h| HoursRecord {
            valid_from: d(2027, m, 1),
            weekly_hours: h,
        };
        assert_eq!(
            hours_schedule(&[r(8, 35), r(1, 25), r(8, 45)]),
            vec![(d(2027, 1, 1), 25), (d(2027, 8, 1), 45)]
        );
        let s = hours_schedule(&[r(8, 35), r(1, 25)]);
        assert_eq!(hours_on(&s, d(2026, 1, 1)), Some(25));
        assert_eq!(hours_on(&s, d(2027, 7, 31)), Some(25));
        assert_eq!(hours_on(&s, d(2027, 8, 1)), Some(35));
        assert_eq!(hours_on(&[], d(2027, 8, 1)), None);
    }

    #[test]
    fn changes_stay_inside_the_contract() {
        let (s, e) = (d(2027, 8, 1), Some(d(2028, 7, 31)));
        assert_eq!(
            check_hours_change(ContractStatus::Signed, s, e, d(2027, 7, 31)),
            Err(ChangeProblem::OutsideContract)
        );
        assert!(check_hours_change(ContractStatus::Signed, s, e, d(2028, 1, 1)).is_ok());
        assert_eq!(
            check_end_change(ContractStatus::Signed, s, Some(d(2027, 7, 1))),
            Err(ChangeProblem::EndBeforeStart)
        );
        assert_eq!(
            check_end_change(ContractStatus::Ended, s, None),
            Err(ChangeProblem::WrongState)
        );
        assert!(ContractStatus::Ended.binding() && !ContractStatus::Draft.binding());
    }
}
