//! The municipality's planning inputs as they are typed or uploaded: the occupancy weighting,
//! coverage rates per age year, planning-area names, and the birth-cohort table (CSV: year of
//! birth, planning area, count). Parsing and checking only; the forecast is in
//! [`super::forecast`].

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::contract_import::RowError;
use super::dedupe::normalise::fold;
use super::forecast::{Cohort, CoverageRates};
use super::household::valid_name;
use super::occupancy::Weighting;

/// Weighting as stored: `plain`, `u3double` or `hours:<full-time hours>`.
pub fn weighting_code(w: Weighting) -> String {
    match w {
        Weighting::Plain => "plain".into(),
        Weighting::U3Double => "u3double".into(),
        Weighting::Hours { full_time } => format!("hours:{full_time}"),
    }
}

/// Parses a stored or submitted weighting; full-time hours 10–60.
pub fn parse_weighting(raw: &str) -> Option<Weighting> {
    match raw.trim() {
        "plain" => Some(Weighting::Plain),
        "u3double" => Some(Weighting::U3Double),
        other => {
            let h: u32 = other.strip_prefix("hours:")?.trim().parse().ok()?;
            (10..=60)
                .contains(&h)
                .then_some(Weighting::Hours { full_time: h })
        }
    }
}

/// Coverage rates as stored: per mille per age year 0..9, comma-separated.
pub fn rates_code(r: &CoverageRates) -> String {
    r.0.iter()
        .map(|x| ((x * 1000.0).round() as i64).to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Parses stored rates (ten per-mille numbers 0–1000).
pub fn parse_rates_code(raw: &str) -> Option<CoverageRates> {
    let parts: Vec<u32> = raw
        .split(',')
        .map(|p| p.trim().parse::<u32>().ok().filter(|n| *n <= 1000))
        .collect::<Option<_>>()?;
    let arr: [u32; 10] = parts.try_into().ok()?;
    Some(CoverageRates(arr.map(|n| n as f64 / 1000.0)))
}

/// Parses the form: ten percentages (0–100, decimal comma or point allowed); the error lists
/// the ages that are wrong.
pub fn parse_rate_percents(raw: &[String]) -> Result<CoverageRates, Vec<usize>> {
    let mut out = [0.0; 10];
    let mut bad = Vec::new();
    for (age, slot) in out.iter_mut().enumerate() {
        let v = raw
            .get(age)
            .map(|s| s.trim().replace(',', "."))
            .and_then(|s| s.parse::<f64>().ok())
            .filter(|p| (0.0..=100.0).contains(p));
        match v {
            Some(p) => *slot = (p * 10.0).round() / 1000.0,
            None => bad.push(age),
        }
    }
    if bad.is_empty() {
        Ok(CoverageRates(out))
    } else {
        Err(bad)
    }
}

/// A planning area's name: 1–100 characters.
pub fn valid_area_name(raw: &str) -> Option<String> {
    valid_name(raw)
}

/// Columns of the birth-cohort table.
pub const COHORT_COLUMNS: [&str; 3] = ["geburtsjahr", "planungsraum", "anzahl"];

/// The cohort table does not fit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum CohortProblem {
    /// Required columns are missing.
    Header(Vec<&'static str>),
    /// Problems per row (`geburtsjahr`, `planungsraum`, `anzahl`, `duplicate`).
    Rows(Vec<RowError>),
    /// No data rows.
    Empty,
}

/// Checks an uploaded birth-cohort table: years from 15 years back to 6 years ahead of
/// `today` (projections of births are allowed), known planning areas (compared like the import
/// compares names), counts 0–100,000, each (year, area) once.
pub fn check_cohorts(
    headers: &[String],
    rows: &[Vec<String>],
    areas: &[String],
    today: NaiveDate,
) -> Result<Vec<Cohort>, CohortProblem> {
    let keys: Vec<String> = headers.iter().map(|h| fold(h).replace(' ', "_")).collect();
    let index: Vec<Option<usize>> = COHORT_COLUMNS
        .iter()
        .map(|c| keys.iter().position(|k| k == c))
        .collect();
    let missing: Vec<&'static str> = COHORT_COLUMNS
        .iter()
        .zip(&index)
        .filter(|(_, i)| i.is_none())
        .map(|(c, _)| *c)
        .collect();
    if !missing.is_empty() {
        return Err(CohortProblem::Header(missing));
    }
    let col = |row: &Vec<String>, i: usize| -> String {
        index[i]
            .and_then(|j| row.get(j))
            .map_or(String::new(), |s| s.trim().to_string())
    };
    let (first, last) = (today.year() - 15, today.year() + 6);
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for (i, row) in rows.iter().enumerate() {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = i + 2;
        let year = col(row, 0)
            .parse::<i32>()
            .ok()
            .filter(|y| (first..=last).contains(y));
        let area_raw = col(row, 1);
        let area = areas.iter().find(|a| fold(a) == fold(&area_raw));
        let count = col(row, 2)
            .replace('.', "")
            .parse::<u32>()
            .ok()
            .filter(|n| *n <= 100_000);
        let mut row_errors = Vec::new();
        if year.is_none() {
            row_errors.push("geburtsjahr");
        }
        if area.is_none() {
            row_errors.push("planungsraum");
        }
        if count.is_none() {
            row_errors.push("anzahl");
        }
        match (year, area, count) {
            (Some(y), Some(a), Some(n)) if row_errors.is_empty() => {
                if seen.insert((y, a.clone())) {
                    out.push(Cohort {
                        birth_year: y,
                        area: a.clone(),
                        count: n,
                    });
                } else {
                    errors.push(RowError {
                        line,
                        field: "duplicate",
                    });
                }
            }
            _ => errors.extend(row_errors.into_iter().map(|field| RowError { line, field })),
        }
    }
    if !errors.is_empty() {
        return Err(CohortProblem::Rows(errors));
    }
    if out.is_empty() {
        return Err(CohortProblem::Empty);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn weighting_and_rates_round_trip() {
        for w in [
            Weighting::Plain,
            Weighting::U3Double,
            Weighting::Hours { full_time: 45 },
        ] {
            assert_eq!(parse_weighting(&weighting_code(w)), Some(w));
        }
        assert_eq!(parse_weighting("hours:5"), None);
        assert_eq!(parse_weighting("double"), None);
        let r = CoverageRates::default();
        assert_eq!(
            parse_rates_code(&rates_code(&r)).map(|x| rates_code(&x)),
            Some(rates_code(&r))
        );
        assert!(parse_rates_code("1,2,3").is_none());
        let p = parse_rate_percents(&s(&[
            "2", "40,5", "65", "93", "93", "93", "0", "0", "0", "0",
        ]))
        .unwrap();
        assert!((p.0[1] - 0.405).abs() < 1e-9);
        assert_eq!(
            parse_rate_percents(&s(&["2", "140", "x", "93", "93", "93", "0", "0", "0"])),
            Err(vec![1, 2, 9])
        );
    }

    #[test]
    fn cohort_tables_are_checked_row_by_row() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let areas = s(&["Nord", "Süd"]);
        let ok = check_cohorts(
            &s(&["Geburtsjahr", "Planungsraum", "Anzahl"]),
            &[s(&["2024", "nord", "1.200"]), s(&["2025", "Süd", "80"])],
            &areas,
            today,
        )
        .unwrap();
        assert_eq!(ok[0].area, "Nord");
        assert_eq!(ok[0].count, 1200);
        let bad = check_cohorts(
            &s(&["geburtsjahr", "planungsraum", "anzahl"]),
            &[
                s(&["1990", "West", "-1"]),
                s(&["2024", "Nord", "5"]),
                s(&["2024", "Nord", "6"]),
            ],
            &areas,
            today,
        )
        .unwrap_err();
        let CohortProblem::Rows(errors) = bad else {
            panic!("{bad:?}")
        };
        let got: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.field)).collect();
        assert_eq!(
            got,
            vec![
                (2, "geburtsjahr"),
                (2, "planungsraum"),
                (2, "anzahl"),
                (4, "duplicate")
            ]
        );
        assert_eq!(
            check_cohorts(&s(&["jahr"]), &[], &areas, today),
            Err(CohortProblem::Header(vec![
                "geburtsjahr",
                "planungsraum",
                "anzahl"
            ]))
        );
        assert_eq!(
            check_cohorts(
                &s(&["geburtsjahr", "planungsraum", "anzahl"]),
                &[],
                &areas,
                today
            ),
            Err(CohortProblem::Empty)
        );
    }
}
