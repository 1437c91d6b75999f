//! Priorities of one application in an allocation round: the criteria points (same at every
//! facility) plus facility-specific bonuses, and the automatic last wish of a child that
//! changes facility. Pure: the store gathers the facts, this decides.
//!
//! Bonuses at facility F (each configured per municipality, see [`Bonuses`]):
//! - `sibling`: a sibling (same household) holds a place at F (accepted offer or contract);
//! - `own_krippe`: the child attends F's Krippe now (U2/U3) and applies for Ü3;
//! - `catchment`: the child's postal code or street is in F's catchment area;
//! - `staff`: a parent works at F.
//!
//! A child that changes facility within its category keeps its current place as the last
//! wish, with [`KEEP_CURRENT`] extra points there so nobody can displace it from its own place.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::domain::category::PlaceCategory;

/// Bonus that makes the current place of a child changing facility safe.
pub const KEEP_CURRENT: i64 = 1_000_000;

/// Facility-specific bonus points of a municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bonuses {
    /// A sibling already has a place at the facility.
    pub sibling: i64,
    /// The facility's own Krippe child moving to Ü3 (a follow-on place).
    pub own_krippe: i64,
    /// Lives in the facility's catchment area.
    pub catchment: i64,
    /// Child of the facility's staff.
    pub staff: i64,
}

impl Default for Bonuses {
    /// The published schemes' orders of magnitude: a follow-on place and staff children are
    /// hard tiers, siblings and catchment soft ones.
    fn default() -> Self {
        Self {
            sibling: 50,
            own_krippe: 220,
            catchment: 20,
            staff: 350,
        }
    }
}

/// What the round knows about one application.
#[derive(Debug, Clone, Default)]
pub struct Applicant {
    /// Sum of the points of the criteria answered "yes".
    pub criteria_points: i64,
    /// The category the child needs at the start date.
    pub category: Option<PlaceCategory>,
    /// Wished facility ids, best first.
    pub wishes: Vec<String>,
    /// The facility the child attends now, and the category it has there today.
    pub current: Option<(String, PlaceCategory)>,
    /// A parent works at this facility.
    pub staff_facility: Option<String>,
    /// Facilities where a sibling holds a place.
    pub sibling_facilities: Vec<String>,
    /// The child's postal code.
    pub postal_code: String,
    /// The child's street.
    pub street: String,
}

/// Points, bonuses and the final wish list of an applicant.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Priority {
    /// Points at every facility.
    pub points: i64,
    /// Extra points per facility (only facilities with a bonus).
    pub bonus: BTreeMap<String, i64>,
    /// Wishes, with the current place appended for a change of facility.
    pub wishes: Vec<String>,
}

/// Normalises a street name or postal code for the catchment comparison: lower case, no
/// dots or spaces, "straße"/"strasse" → "str".
fn normalise(s: &str) -> String {
    let lower: String = s
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
        .collect();
    lower.replace("straße", "str").replace("strasse", "str")
}

/// Parses a catchment text (one postal code or street per line) into normalised entries.
pub fn parse_catchment(text: &str) -> Vec<String> {
    text.lines()
        .map(normalise)
        .filter(|l| !l.is_empty())
        .collect()
}

/// Cleans a catchment text from the form: trimmed lines, empty lines dropped; `None` when
/// there are more than 2,000 entries or an entry is longer than 100 characters.
pub fn clean_catchment(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    (lines.len() <= 2_000 && lines.iter().all(|l| l.chars().count() <= 100))
        .then(|| lines.join("\n"))
}

/// Whether an address lies in a catchment (normalised entries from [`parse_catchment`]).
pub fn in_catchment(entries: &[String], postal_code: &str, street: &str) -> bool {
    let (plz, street) = (normalise(postal_code), normalise(street));
    entries
        .iter()
        .any(|e| (!plz.is_empty() && *e == plz) || (!street.is_empty() && *e == street))
}

/// The priority of an applicant. `catchments` maps facility id → normalised entries.
pub fn priority(
    a: &Applicant,
    catchments: &HashMap<String, Vec<String>>,
    bonuses: &Bonuses,
) -> Priority {
    let mut wishes = a.wishes.clone();
    let change = match (&a.current, a.category) {
        (Some((facility, now)), Some(needed)) if *now == needed => Some(facility.clone()),
        _ => None,
    };
    if let Some(current) = &change {
        if !wishes.contains(current) {
            wishes.push(current.clone());
        }
    }
    let mut bonus = BTreeMap::new();
    for f in &wishes {
        let mut b = 0i64;
        if a.sibling_facilities.contains(f) {
            b += bonuses.sibling;
        }
        if let (Some((current, now)), Some(PlaceCategory::UE3)) = (&a.current, a.category) {
            if current == f && matches!(now, PlaceCategory::U2 | PlaceCategory::U3) {
                b += bonuses.own_krippe;
            }
        }
        if catchments
            .get(f)
            .is_some_and(|c| in_catchment(c, &a.postal_code, &a.street))
        {
            b += bonuses.catchment;
        }
        if a.staff_facility.as_deref() == Some(f.as_str()) {
            b += bonuses.staff;
        }
        if change.as_deref() == Some(f.as_str()) {
            b += KEEP_CURRENT;
        }
        if b != 0 {
            bonus.insert(f.clone(), b);
        }
    }
    Priority {
        points: a.criteria_points,
        bonus,
        wishes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applicant() -> Applicant {
        Applicant {
            criteria_points: 12,
            category: Some(PlaceCategory::UE3),
            wishes: vec!["A".into(), "B".into()],
            postal_code: "59999".into(),
            street: "Lindenallee".into(),
            ..Default::default()
        }
    }

    #[test]
    fn priority_without_facts_is_just_the_points() {
        let p = priority(&applicant(), &HashMap::new(), &Bonuses::default());
        assert_eq!(p.points, 12);
        assert!(p.bonus.is_empty());
        assert_eq!(p.wishes, vec!["A", "B"]);
    }

    #[test]
    fn priority_bonuses_add_up_per_facility() {
        let mut a = applicant();
        a.sibling_facilities = vec!["B".into()];
        a.staff_facility = Some("B".into());
        a.current = Some(("A".into(), PlaceCategory::U3));
        let catchments = HashMap::from([
            ("A".to_string(), parse_catchment("59998\nLinden-Allee ")),
            ("B".to_string(), parse_catchment("12345")),
        ]);
        let b = Bonuses::default();
        let p = priority(&a, &catchments, &b);
        assert_eq!(p.bonus["A"], b.own_krippe + b.catchment);
        assert_eq!(p.bonus["B"], b.sibling + b.staff);
        // Krippe → Ü3 is not a change of facility: no automatic wish, no keep bonus.
        assert_eq!(p.wishes, vec!["A", "B"]);
    }

    #[test]
    fn priority_change_keeps_current_place_as_last_wish() {
        let mut a = applicant();
        a.current = Some(("C".into(), PlaceCategory::UE3));
        let p = priority(&a, &HashMap::new(), &Bonuses::default());
        assert_eq!(p.wishes, vec!["A", "B", "C"]);
        assert_eq!(p.bonus["C"], KEEP_CURRENT);
        // Already wished: not repeated, still safe.
        a.wishes = vec!["C".into(), "A".into()];
        let p = priority(&a, &HashMap::new(), &Bonuses::default());
        assert_eq!(p.wishes, vec!["C", "A"]);
        assert_eq!(p.bonus["C"], KEEP_CURRENT);
    }

    #[test]
    fn catchment_matches_postal_codes_and_streets() {
        let c = parse_catchment("59999\nHauptstraße\n\n  Am Markt ");
        assert!(in_catchment(&c, "59999", "Irgendwo"));
        assert!(in_catchment(&c, "11111", "Hauptstr."));
        assert!(in_catchment(&c, "11111", "Hauptstrasse"));
        assert!(in_catchment(&c, "11111", "am markt"));
        assert!(!in_catchment(&c, "59998", "Nebenstraße"));
        assert!(!in_catchment(&c, "", ""));
    }

    #[test]
    fn catchment_text_is_cleaned_and_bounded() {
        assert_eq!(
            clean_catchment(" 59999 \r\n\n Hauptstraße\n").as_deref(),
            Some("59999\nHauptstraße")
        );
        assert_eq!(clean_catchment(&"x".repeat(101)), None);
        assert_eq!(clean_catchment(&"1\n".repeat(2_001)), None);
    }
}

/// Validates the admin's allocation settings: bonus points 0…100,000 and 3…60 days to answer
/// an offer. Errors are (field, message key).
pub fn validate_settings(
    sibling: &str,
    own_krippe: &str,
    catchment: &str,
    staff: &str,
    offer_days: &str,
) -> Result<(Bonuses, i32), Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    let mut points = |field: &'static str, raw: &str| -> i64 {
        match raw.trim().parse::<i64>() {
            Ok(v) if (0..=100_000).contains(&v) => v,
            _ => {
                errors.push((field, "err-bonus-points"));
                0
            }
        }
    };
    let bonuses = Bonuses {
        sibling: points("bonus_sibling", sibling),
        own_krippe: points("bonus_own_krippe", own_krippe),
        catchment: points("bonus_catchment", catchment),
        staff: points("bonus_staff", staff),
    };
    let days = match offer_days.trim().parse::<i32>() {
        Ok(d) if (3..=60).contains(&d) => d,
        _ => {
            errors.push(("offer_days", "err-offer-days"));
            0
        }
    };
    if errors.is_empty() {
        Ok((bonuses, days))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod settings_tests {
    use super::*;

    #[test]
    fn settings_are_bounded_and_each_error_names_its_field() {
        assert_eq!(
            validate_settings("50", " 220", "20", "350", "14"),
            Ok((Bonuses::default(), 14))
        );
        let e = validate_settings("-1", "x", "100001", "0", "2").unwrap_err();
        let fields: Vec<&str> = e.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            vec![
                "bonus_sibling",
                "bonus_own_krippe",
                "bonus_catchment",
                "offer_days"
            ]
        );
    }
}
