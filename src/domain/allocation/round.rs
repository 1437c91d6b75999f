//! The office's form for a new allocation round, validated. Pure.

use chrono::{Duration, Months, NaiveDate};

use crate::domain::application::Kind;
use crate::domain::category::PlaceCategory;

/// A valid new round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRound {
    /// Name.
    pub name: String,
    /// Places are counted at this date.
    pub start_date: NaiveDate,
    /// Category codes.
    pub categories: Vec<String>,
    /// Kind codes.
    pub kinds: Vec<String>,
    /// Start-month range: first day of the first month, last day of the last month.
    pub months: (NaiveDate, NaiveDate),
}

fn month(raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&format!("{}-01", raw.trim()), "%Y-%m-%d").ok()
}

/// Validates the form; errors are (field, message key).
pub fn validate(
    name: &str,
    start_date: &str,
    categories: &[String],
    kinds: &[String],
    month_from: &str,
    month_to: &str,
) -> Result<NewRound, Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        errors.push(("name", "err-round-name"));
    }
    let start = NaiveDate::parse_from_str(start_date.trim(), "%Y-%m-%d").ok();
    if start.is_none() {
        errors.push(("start_date", "err-round-start"));
    }
    let categories: Vec<String> = PlaceCategory::ALL
        .iter()
        .map(|c| c.code().to_string())
        .filter(|c| categories.contains(c))
        .collect();
    if categories.is_empty() {
        errors.push(("categories", "err-round-categories"));
    }
    let kinds: Vec<String> = [Kind::Request, Kind::Needs]
        .iter()
        .map(|k| k.code().to_string())
        .filter(|k| kinds.contains(k))
        .collect();
    if kinds.is_empty() {
        errors.push(("kinds", "err-round-kinds"));
    }
    let range = match (month(month_from), month(month_to)) {
        (Some(a), Some(b)) if a <= b => b
            .checked_add_months(Months::new(1))
            .map(|next| (a, next - Duration::days(1))),
        _ => None,
    };
    if range.is_none() {
        errors.push(("month_from", "err-round-months"));
    }
    match (start, range, errors.is_empty()) {
        (Some(start_date), Some(months), true) => Ok(NewRound {
            name: name.to_string(),
            start_date,
            categories,
            kinds,
            months,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn round_form_valid() {
        let r = validate(
            " Hauptvergabe 2027 ",
            "2027-08-01",
            &s(&["UE3", "U3", "XX"]),
            &s(&["request"]),
            "2027-08",
            "2027-12",
        )
        .unwrap();
        assert_eq!(r.name, "Hauptvergabe 2027");
        assert_eq!(r.categories, s(&["U3", "UE3"]));
        assert_eq!(r.kinds, s(&["request"]));
        assert_eq!(
            r.months,
            (
                NaiveDate::from_ymd_opt(2027, 8, 1).unwrap(),
                NaiveDate::from_ymd_opt(2027, 12, 31).unwrap()
            )
        );
    }

    #[test]
    fn round_form_errors_name_each_field() {
        let e = validate("", "01.08.2027", &[], &s(&["x"]), "2027-12", "2027-08").unwrap_err();
        let fields: Vec<&str> = e.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            vec!["name", "start_date", "categories", "kinds", "month_from"]
        );
    }
}
