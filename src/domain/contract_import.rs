//! The Bestandskinder import: children already in care and their contracts, from a CSV or XLSX
//! table with the columns of [`COLUMNS`] (documented in `docs/contracts.md`). Checking a table is
//! pure: it yields the valid rows and one error per bad field of a row. Rows about the same child
//! (same names and birth date) must not overlap in time.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::contract::{overlaps, validate_direct, DirectInput, Terms};
use super::dedupe::normalise::fold;
use super::household::ChildDraft;

/// Columns of the import table: (header, required).
pub const COLUMNS: [(&str, bool); 14] = [
    ("einrichtung", true),
    ("vorname", true),
    ("nachname", true),
    ("geburtsdatum", true),
    ("strasse", true),
    ("hausnummer", true),
    ("plz", true),
    ("ort", true),
    ("sorgeberechtigt_vorname", true),
    ("sorgeberechtigt_nachname", true),
    ("beginn", true),
    ("ende", false),
    ("wochenstunden", true),
    ("externe_id", false),
];

/// A valid row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    /// Line in the file (header = 1).
    pub line: usize,
    /// Facility id (resolved from the name).
    pub facility_id: String,
    /// The child.
    pub child: ChildDraft,
    /// One guardian: first names, last name.
    pub guardian: (String, String),
    /// Contract terms.
    pub terms: Terms,
    /// The facility software's id of the contract, if given.
    pub external_id: Option<String>,
}

impl ImportRow {
    /// Same child as another row or record: normalised names and birth date.
    pub fn child_key(&self) -> (String, String, NaiveDate) {
        child_key(
            &self.child.first_names,
            &self.child.last_name,
            self.child.birth_date,
        )
    }
}

/// The key by which the import recognises a child it already knows.
pub fn child_key(
    first_names: &str,
    last_name: &str,
    birth: NaiveDate,
) -> (String, String, NaiveDate) {
    (fold(first_names), fold(last_name), birth)
}

/// One problem of one row: `field` is a column name of [`COLUMNS`] or `overlap` / `unknown_facility`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    /// Line in the file (header = 1).
    pub line: usize,
    /// What is wrong (a column, or `overlap`, `facility`, `duplicate_external_id`).
    pub field: &'static str,
}

/// The header does not fit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeaderProblem {
    /// Required columns that are missing.
    pub missing: Vec<&'static str>,
    /// Columns we do not know.
    pub unknown: Vec<String>,
}

/// The result of checking a table.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    /// Valid rows.
    pub rows: Vec<ImportRow>,
    /// Problems, in line order.
    pub errors: Vec<RowError>,
}

fn header_key(h: &str) -> String {
    fold(h).replace(' ', "_")
}

/// Checks the header and every row. `facilities` maps facility names (as shown in the portal,
/// compared case-insensitively) to ids; `today` bounds birth dates.
pub fn check(
    headers: &[String],
    rows: &[Vec<String>],
    facilities: &[(String, String)],
    today: NaiveDate,
) -> Result<Checked, HeaderProblem> {
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    let missing: Vec<&'static str> = COLUMNS
        .iter()
        .filter(|(c, required)| *required && !keys.iter().any(|k| k == c))
        .map(|(c, _)| *c)
        .collect();
    let unknown: Vec<String> = headers
        .iter()
        .zip(&keys)
        .filter(|(_, k)| !k.is_empty() && !COLUMNS.iter().any(|(c, _)| c == k))
        .map(|(h, _)| h.clone())
        .collect();
    if !missing.is_empty() || !unknown.is_empty() {
        return Err(HeaderProblem { missing, unknown });
    }
    let index: HashMap<&str, usize> = COLUMNS
        .iter()
        .filter_map(|(c, _)| keys.iter().position(|k| k == c).map(|i| (*c, i)))
        .collect();
    let by_name: HashMap<String, &str> = facilities
        .iter()
        .map(|(id, name)| (name.trim().to_lowercase(), id.as_str()))
        .collect();
    let mut out = Checked::default();
    for (i, row) in rows.iter().enumerate() {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = i + 2;
        let cell = |c: &str| -> &str {
            index
                .get(c)
                .and_then(|&i| row.get(i))
                .map_or("", |s| s.trim())
        };
        let mut errors: Vec<&'static str> = Vec::new();
        let facility = by_name.get(&cell("einrichtung").to_lowercase()).copied();
        if facility.is_none() {
            errors.push("einrichtung");
        }
        // A spreadsheet's number format drops the leading zero of 01067 (Dresden).
        let plz = match cell("plz") {
            p if p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()) => format!("0{p}"),
            p => p.to_string(),
        };
        let checked = validate_direct(
            &DirectInput {
                first_names: cell("vorname"),
                last_name: cell("nachname"),
                birth_date: cell("geburtsdatum"),
                street: cell("strasse"),
                house_number: cell("hausnummer"),
                postal_code: &plz,
                city: cell("ort"),
                guardian_first_names: cell("sorgeberechtigt_vorname"),
                guardian_last_name: cell("sorgeberechtigt_nachname"),
                start_date: cell("beginn"),
                end_date: cell("ende"),
                weekly_hours: cell("wochenstunden"),
            },
            today,
        );
        if let Err(fields) = &checked {
            errors.extend(fields.iter().map(|f| match *f {
                "first_names" => "vorname",
                "last_name" => "nachname",
                "birth_date" => "geburtsdatum",
                "postal_code" => "plz",
                "guardian_first_names" => "sorgeberechtigt_vorname",
                "guardian_last_name" => "sorgeberechtigt_nachname",
                "start_date" => "beginn",
                "end_date" => "ende",
                "weekly_hours" => "wochenstunden",
                _ => "strasse",
            }));
        }
        let external = cell("externe_id");
        if external.chars().count() > 100 || external.chars().any(char::is_control) {
            errors.push("externe_id");
        }
        match (facility, checked, errors.is_empty()) {
            (Some(f), Ok(direct), true) => out.rows.push(ImportRow {
                line,
                facility_id: f.to_string(),
                child: direct.child,
                guardian: direct.guardian,
                terms: direct.terms,
                external_id: (!external.is_empty()).then(|| external.to_string()),
            }),
            _ => out
                .errors
                .extend(errors.into_iter().map(|field| RowError { line, field })),
        }
    }
    // Within the file: the same child twice at the same time, or an external id twice.
    let mut later: Vec<RowError> = Vec::new();
    for (i, a) in out.rows.iter().enumerate() {
        let clash = out.rows[..i].iter().any(|b| {
            a.child_key() == b.child_key()
                && overlaps(a.terms.start, a.terms.end, b.terms.start, b.terms.end)
        });
        if clash {
            later.push(RowError {
                line: a.line,
                field: "overlap",
            });
        }
        if a.external_id.is_some() && out.rows[..i].iter().any(|b| b.external_id == a.external_id) {
            later.push(RowError {
                line: a.line,
                field: "externe_id",
            });
        }
    }
    let bad: Vec<usize> = later.iter().map(|e| e.line).collect();
    out.rows.retain(|r| !bad.contains(&r.line));
    out.errors.extend(later);
    out.errors.sort_by_key(|e| e.line);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn header() -> Vec<String> {
        COLUMNS.iter().map(|(c, _)| c.to_string()).collect()
    }

    fn row(first: &str, birth: &str, start: &str, end: &str, hours: &str) -> Vec<String> {
        [
            "Kita Sonnenschein",
            first,
            "Beispiel",
            birth,
            "Hauptstr.",
            "1",
            "12345",
            "Musterstadt",
            "Eva",
            "Beispiel",
            start,
            end,
            hours,
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    fn facilities() -> Vec<(String, String)> {
        vec![("f1".into(), "Kita Sonnenschein".into())]
    }

    #[test]
    fn header_names_are_matched_loosely_and_problems_listed() {
        let mut h = header();
        h[1] = " Vorname ".into();
        h[8] = "Sorgeberechtigt Vorname".into();
        assert!(check(&h, &[], &facilities(), d(2026, 11, 30)).is_ok());
        let h: Vec<String> = vec!["Einrichtung".into(), "Farbe".into()];
        let p = check(&h, &[], &facilities(), d(2026, 11, 30)).unwrap_err();
        assert!(p.missing.contains(&"vorname") && !p.missing.contains(&"ende"));
        assert_eq!(p.unknown, vec!["Farbe".to_string()]);
    }

    #[test]
    fn every_bad_field_of_a_row_is_reported_with_its_line() {
        let mut bad = row("", "2030-01-01", "01.08.2026", "2026-07-01", "70");
        bad[0] = "Kita Unbekannt".into();
        let rows = vec![
            row("Mia", "17.05.2023", "01.08.2024", "", "35"),
            vec![String::new(); 3],
            bad,
        ];
        let c = check(&header(), &rows, &facilities(), d(2026, 11, 30)).unwrap();
        assert_eq!(c.rows.len(), 1);
        assert_eq!(c.rows[0].line, 2);
        assert_eq!(c.rows[0].child.birth_date, d(2023, 5, 17));
        assert_eq!(c.rows[0].terms.weekly_hours, 35);
        let fields: Vec<(usize, &str)> = c.errors.iter().map(|e| (e.line, e.field)).collect();
        assert_eq!(
            fields,
            vec![
                (4, "einrichtung"),
                (4, "vorname"),
                (4, "geburtsdatum"),
                (4, "ende"),
                (4, "wochenstunden")
            ]
        );
    }

    #[test]
    fn spreadsheet_postcodes_get_their_zero_back_and_care_starts_after_birth() {
        let mut r = row("Mia", "2023-05-17", "2024-08-01", "", "35");
        r[6] = "1067".into();
        let early = row("Tom", "2023-05-17", "2023-05-16", "", "35");
        let c = check(&header(), &[r, early], &facilities(), d(2026, 11, 30)).unwrap();
        assert_eq!(c.rows[0].child.postal_code, "01067");
        assert_eq!(
            c.errors,
            vec![RowError {
                line: 3,
                field: "beginn"
            }]
        );
    }

    #[test]
    fn the_same_child_twice_at_the_same_time_is_refused_but_one_after_the_other_is_fine() {
        let rows = vec![
            row("Mia", "2023-05-17", "2024-08-01", "2025-07-31", "35"),
            row("MIA", "2023-05-17", "2025-08-01", "", "45"),
            row("Mia ", "2023-05-17", "2026-01-01", "", "25"),
        ];
        let c = check(&header(), &rows, &facilities(), d(2026, 11, 30)).unwrap();
        assert_eq!(c.rows.len(), 2);
        assert_eq!(
            c.errors,
            vec![RowError {
                line: 4,
                field: "overlap"
            }]
        );
    }
}
