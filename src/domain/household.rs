//! Households: guardians and children, with the minimum data the office needs (§62 SGB VIII).

use chrono::NaiveDate;

/// Oldest child we accept (Hort ends with primary school; 14 leaves room for special cases).
pub const MAX_CHILD_AGE_YEARS: i32 = 14;

/// A validated child.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildDraft {
    /// First names (all of them, as registered).
    pub first_names: String,
    /// Last name.
    pub last_name: String,
    /// Birth date.
    pub birth_date: NaiveDate,
    /// Registered address.
    pub street: String,
    /// House number.
    pub house_number: String,
    /// Postal code.
    pub postal_code: String,
    /// City.
    pub city: String,
}

/// A name as typed: trimmed, 1–100 characters, no control characters. Markup is allowed and
/// stored as typed (it is escaped on output).
pub fn valid_name(raw: &str) -> Option<String> {
    let t = raw.trim();
    let n = t.chars().count();
    ((1..=100).contains(&n) && !t.chars().any(char::is_control)).then(|| t.to_string())
}

/// A birth date from a form (`YYYY-MM-DD`): a real day, not in the future, at most
/// [`MAX_CHILD_AGE_YEARS`] years ago.
pub fn valid_birth_date(raw: &str, today: NaiveDate) -> Option<NaiveDate> {
    let d = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok()?;
    let oldest = super::category::birthday(d, MAX_CHILD_AGE_YEARS);
    (d <= today && oldest > today).then_some(d)
}

/// Validates the child form; errors name the fields.
#[expect(clippy::too_many_arguments, reason = "one argument per form field")]
pub fn validate_child(
    first_names: &str,
    last_name: &str,
    birth_date: &str,
    street: &str,
    house_number: &str,
    postal_code: &str,
    city: &str,
    today: NaiveDate,
) -> Result<ChildDraft, Vec<&'static str>> {
    let mut errors = Vec::new();
    let first = valid_name(first_names);
    if first.is_none() {
        errors.push("first_names");
    }
    let last = valid_name(last_name);
    if last.is_none() {
        errors.push("last_name");
    }
    let birth = valid_birth_date(birth_date, today);
    if birth.is_none() {
        errors.push("birth_date");
    }
    let street = valid_name(street);
    let house = valid_name(house_number).filter(|h| h.chars().count() <= 20);
    let city = valid_name(city);
    if street.is_none() || house.is_none() || city.is_none() {
        errors.push("street");
    }
    let postal = postal_code.trim();
    if !super::facility::valid_postal_code(postal) {
        errors.push("postal_code");
    }
    match (first, last, birth, street, house, city, errors.is_empty()) {
        (
            Some(first_names),
            Some(last_name),
            Some(birth_date),
            Some(street),
            Some(house_number),
            Some(city),
            true,
        ) => Ok(ChildDraft {
            first_names,
            last_name,
            birth_date,
            street,
            house_number,
            postal_code: postal.to_string(),
            city,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn birth_dates() {
        let today = d(2026, 11, 23);
        assert_eq!(valid_birth_date("2024-02-29", today), Some(d(2024, 2, 29)));
        assert_eq!(valid_birth_date("2025-02-29", today), None, "no such day");
        assert_eq!(valid_birth_date("2026-11-24", today), None, "future");
        assert_eq!(
            valid_birth_date("2026-11-23", today),
            Some(today),
            "born today"
        );
        assert_eq!(valid_birth_date("2012-11-23", today), None, "14 today");
        assert_eq!(valid_birth_date("2012-11-24", today), Some(d(2012, 11, 24)));
        assert_eq!(valid_birth_date("23.11.2024", today), None);
    }

    #[test]
    fn names_are_kept_as_typed() {
        assert_eq!(valid_name("  Zoë-Émilie  "), Some("Zoë-Émilie".into()));
        assert_eq!(
            valid_name("<script>x</script>"),
            Some("<script>x</script>".into())
        );
        assert_eq!(valid_name(""), None);
        assert_eq!(valid_name(&"a".repeat(101)), None);
        assert_eq!(valid_name("a\u{0}b"), None);
    }

    #[test]
    fn child_form_names_every_bad_field() {
        let today = d(2026, 11, 23);
        let err = validate_child(
            "",
            "Muster",
            "2030-01-01",
            "Weg",
            "1",
            "123",
            "Stadt",
            today,
        )
        .unwrap_err();
        assert_eq!(err, vec!["first_names", "birth_date", "postal_code"]);
        let ok = validate_child(
            "Lena Marie",
            "Muster",
            "2024-05-01",
            "Weg",
            "1",
            "59999",
            "Stadt",
            today,
        )
        .unwrap();
        assert_eq!(ok.birth_date, d(2024, 5, 1));
    }
}

/// Alphabet of activation codes: no 0/O, 1/I/L, so they can be read aloud and typed from paper.
pub const CLAIM_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Length of an activation code.
pub const CLAIM_LENGTH: usize = 10;
/// How long a code is valid.
pub fn claim_validity() -> chrono::Duration {
    chrono::Duration::days(60)
}

/// Normalises a typed code (case, spaces and hyphens do not matter); `None` when it cannot be
/// a code.
pub fn normalize_claim_code(raw: &str) -> Option<String> {
    let code: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == CLAIM_LENGTH && code.bytes().all(|b| CLAIM_ALPHABET.contains(&b)))
        .then_some(code)
}

#[cfg(test)]
mod claim_tests {
    use super::*;

    #[test]
    fn codes_are_forgiving_to_type() {
        assert_eq!(
            normalize_claim_code("abcd-efgh 23"),
            Some("ABCDEFGH23".into())
        );
        assert_eq!(normalize_claim_code("ABCDEFGH2"), None, "too short");
        assert_eq!(
            normalize_claim_code("ABCDEFGH20"),
            None,
            "0 is not in the alphabet"
        );
    }
}
