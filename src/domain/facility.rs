//! Facilities (Einrichtungen), providers (Träger) and operating licences (Betriebserlaubnis).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::category::PlaceCategory;

/// Kind of facility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FacilityKind {
    /// Under three.
    Krippe,
    /// Three to school.
    Kindergarten,
    /// Mixed ages.
    Kita,
    /// School children.
    Hort,
    /// Childminder.
    Kindertagespflege,
}

impl FacilityKind {
    /// All kinds.
    pub const ALL: [FacilityKind; 5] = [
        Self::Krippe,
        Self::Kindergarten,
        Self::Kita,
        Self::Hort,
        Self::Kindertagespflege,
    ];

    /// As stored (`krippe`, …).
    pub fn code(self) -> &'static str {
        match self {
            Self::Krippe => "krippe",
            Self::Kindergarten => "kindergarten",
            Self::Kita => "kita",
            Self::Hort => "hort",
            Self::Kindertagespflege => "kindertagespflege",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Kind of provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProviderKind {
    /// The municipality itself.
    Public,
    /// A church.
    Church,
    /// An association (Verein, Wohlfahrtsverband).
    Association,
    /// A company (Betriebskita).
    Company,
}

impl ProviderKind {
    /// All kinds.
    pub const ALL: [ProviderKind; 4] =
        [Self::Public, Self::Church, Self::Association, Self::Company];

    /// As stored.
    pub fn code(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Church => "church",
            Self::Association => "association",
            Self::Company => "company",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Parses care-hour options such as `25, 35,45`: whole hours 1–60 a week, sorted, unique.
pub fn parse_care_hours(raw: &str) -> Option<Vec<u32>> {
    let mut hours = Vec::new();
    for part in raw.split([',', ';', ' ']).filter(|p| !p.trim().is_empty()) {
        let h: u32 = part.trim().parse().ok()?;
        if !(1..=60).contains(&h) {
            return None;
        }
        hours.push(h);
    }
    hours.sort_unstable();
    hours.dedup();
    (!hours.is_empty()).then_some(hours)
}

/// Parses profile tags (comma-separated): lower-case, letters, digits, hyphens; at most 20 tags
/// of at most 40 characters.
pub fn parse_tags(raw: &str) -> Option<Vec<String>> {
    let mut tags: Vec<String> = Vec::new();
    for part in raw
        .split(',')
        .map(|p| p.trim().to_lowercase())
        .filter(|p| !p.is_empty())
    {
        let ok = part.chars().count() <= 40
            && part
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == ' ');
        if !ok {
            return None;
        }
        if !tags.contains(&part) {
            tags.push(part);
        }
    }
    (tags.len() <= 20).then_some(tags)
}

/// Places per category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Places {
    /// U2.
    pub u2: i32,
    /// U3.
    pub u3: i32,
    /// Ü3.
    pub ue3: i32,
    /// Hort.
    pub hort: i32,
}

impl Places {
    /// Places of one category.
    pub fn of(&self, c: PlaceCategory) -> i32 {
        match c {
            PlaceCategory::U2 => self.u2,
            PlaceCategory::U3 => self.u3,
            PlaceCategory::UE3 => self.ue3,
            PlaceCategory::Hort => self.hort,
        }
    }
}

/// One operating licence period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Licence {
    /// First day.
    pub valid_from: NaiveDate,
    /// Last day (open-ended when `None`).
    pub valid_to: Option<NaiveDate>,
    /// Licensed places.
    pub places: Places,
    /// Of those, reserved (e.g. company places).
    pub reserved: Places,
}

impl Licence {
    /// Does the period include `day`?
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.valid_from <= day && self.valid_to.is_none_or(|to| day <= to)
    }
}

/// Do two periods share a day?
pub fn overlaps(a: &Licence, b: &Licence) -> bool {
    let a_ends_before_b = a.valid_to.is_some_and(|to| to < b.valid_from);
    let b_ends_before_a = b.valid_to.is_some_and(|to| to < a.valid_from);
    !(a_ends_before_b || b_ends_before_a)
}

/// Why a licence was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LicenceProblem {
    /// `valid_to` before `valid_from`.
    EndsBeforeStart,
    /// A negative number of places.
    Negative,
    /// More reserved than licensed places in a category.
    ReservedAboveLicensed,
    /// No places at all.
    Empty,
    /// Overlaps an existing period of the same facility.
    Overlap,
}

/// Checks a new licence against the facility's existing periods.
pub fn check_licence(new: &Licence, existing: &[Licence]) -> Result<(), LicenceProblem> {
    if new.valid_to.is_some_and(|to| to < new.valid_from) {
        return Err(LicenceProblem::EndsBeforeStart);
    }
    let all = PlaceCategory::ALL;
    if all
        .iter()
        .any(|c| new.places.of(*c) < 0 || new.reserved.of(*c) < 0)
    {
        return Err(LicenceProblem::Negative);
    }
    if all.iter().any(|c| new.reserved.of(*c) > new.places.of(*c)) {
        return Err(LicenceProblem::ReservedAboveLicensed);
    }
    if all.iter().all(|c| new.places.of(*c) == 0) {
        return Err(LicenceProblem::Empty);
    }
    if existing.iter().any(|e| overlaps(e, new)) {
        return Err(LicenceProblem::Overlap);
    }
    Ok(())
}

/// The licence in force on `day`, if any.
pub fn licence_at(licences: &[Licence], day: NaiveDate) -> Option<&Licence> {
    licences.iter().find(|l| l.covers(day))
}

/// German postal code: five digits.
pub fn valid_postal_code(raw: &str) -> bool {
    raw.len() == 5 && raw.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn lic(from: NaiveDate, to: Option<NaiveDate>) -> Licence {
        Licence {
            valid_from: from,
            valid_to: to,
            places: Places {
                u2: 0,
                u3: 10,
                ue3: 25,
                hort: 0,
            },
            reserved: Places {
                u2: 0,
                u3: 2,
                ue3: 0,
                hort: 0,
            },
        }
    }

    #[test]
    fn periods_must_not_overlap() {
        let existing = vec![lic(d(2024, 8, 1), Some(d(2026, 7, 31)))];
        assert_eq!(check_licence(&lic(d(2026, 8, 1), None), &existing), Ok(()));
        assert_eq!(
            check_licence(&lic(d(2026, 7, 31), None), &existing),
            Err(LicenceProblem::Overlap)
        );
        assert_eq!(
            check_licence(&lic(d(2020, 1, 1), None), &existing),
            Err(LicenceProblem::Overlap)
        );
        assert_eq!(
            check_licence(&lic(d(2020, 1, 1), Some(d(2024, 7, 31))), &existing),
            Ok(())
        );
        let open = vec![lic(d(2024, 8, 1), None)];
        assert_eq!(
            check_licence(&lic(d(2030, 1, 1), None), &open),
            Err(LicenceProblem::Overlap)
        );
    }

    #[test]
    fn licence_numbers_are_checked() {
        let mut l = lic(d(2026, 8, 1), Some(d(2026, 7, 1)));
        assert_eq!(check_licence(&l, &[]), Err(LicenceProblem::EndsBeforeStart));
        l.valid_to = None;
        l.reserved.u3 = 11;
        assert_eq!(
            check_licence(&l, &[]),
            Err(LicenceProblem::ReservedAboveLicensed)
        );
        l.reserved.u3 = 0;
        l.places.hort = -1;
        assert_eq!(check_licence(&l, &[]), Err(LicenceProblem::Negative));
        l.places = Places::default();
        assert_eq!(check_licence(&l, &[]), Err(LicenceProblem::Empty));
    }

    #[test]
    fn licence_in_force() {
        let ls = vec![
            lic(d(2024, 8, 1), Some(d(2026, 7, 31))),
            lic(d(2026, 8, 1), None),
        ];
        assert_eq!(
            licence_at(&ls, d(2026, 7, 31)).unwrap().valid_from,
            d(2024, 8, 1)
        );
        assert_eq!(
            licence_at(&ls, d(2026, 8, 1)).unwrap().valid_from,
            d(2026, 8, 1)
        );
        assert!(licence_at(&ls, d(2024, 7, 31)).is_none());
    }

    #[test]
    fn care_hours_and_tags() {
        assert_eq!(parse_care_hours("45, 25,35 25"), Some(vec![25, 35, 45]));
        assert_eq!(parse_care_hours("25, 70"), None);
        assert_eq!(parse_care_hours("viel"), None);
        assert_eq!(parse_care_hours(""), None);
        assert_eq!(
            parse_tags("Montessori, bilingual, montessori"),
            Some(vec!["montessori".into(), "bilingual".into()])
        );
        assert_eq!(parse_tags("<script>"), None);
        assert_eq!(parse_tags(""), Some(vec![]));
        assert!(
            valid_postal_code("12345") && !valid_postal_code("1234") && !valid_postal_code("1234a")
        );
    }
}

/// A facility as entered in the office form, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacilityDraft {
    /// Provider id (checked against the tenant by the store).
    pub provider_id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: FacilityKind,
    /// Street.
    pub street: String,
    /// House number.
    pub house_number: String,
    /// Postal code.
    pub postal_code: String,
    /// City.
    pub city: String,
    /// Latitude and longitude in millionths of a degree.
    pub coordinates: Option<(i32, i32)>,
    /// Phone.
    pub phone: String,
    /// Contact e-mail.
    pub email: String,
    /// Website.
    pub website: String,
    /// Opening hours, free text (e.g. "Mo–Fr 7:00–17:00").
    pub opening_hours: String,
    /// Weekly care-hour options.
    pub care_hours: Vec<u32>,
    /// Profile tags.
    pub tags: Vec<String>,
}

/// The raw form values.
#[derive(Debug, Clone, Default)]
pub struct FacilityFields<'a> {
    /// See [`FacilityDraft`].
    pub provider_id: &'a str,
    /// Name.
    pub name: &'a str,
    /// Kind code.
    pub kind: &'a str,
    /// Street.
    pub street: &'a str,
    /// House number.
    pub house_number: &'a str,
    /// Postal code.
    pub postal_code: &'a str,
    /// City.
    pub city: &'a str,
    /// Latitude, decimal degrees (optional).
    pub latitude: &'a str,
    /// Longitude, decimal degrees (optional).
    pub longitude: &'a str,
    /// Phone.
    pub phone: &'a str,
    /// E-mail.
    pub email: &'a str,
    /// Website.
    pub website: &'a str,
    /// Opening hours.
    pub opening_hours: &'a str,
    /// Care hours, comma-separated.
    pub care_hours: &'a str,
    /// Tags, comma-separated.
    pub tags: &'a str,
}

fn text(raw: &str, max: usize, required: bool) -> Option<String> {
    let t = raw.trim();
    let ok = t.chars().count() <= max
        && (!required || !t.is_empty())
        && !t.chars().any(|c| c.is_control());
    ok.then(|| t.to_string())
}

fn degrees(raw: &str, limit: f64) -> Option<Option<i32>> {
    let t = raw.trim().replace(',', ".");
    if t.is_empty() {
        return Some(None);
    }
    let v: f64 = t.parse().ok()?;
    (v.is_finite() && v.abs() <= limit).then(|| Some((v * 1_000_000.0).round() as i32))
}

/// Validates the facility form; errors name the fields.
pub fn validate_facility(f: &FacilityFields<'_>) -> Result<FacilityDraft, Vec<&'static str>> {
    let mut errors = Vec::new();
    let mut need = |value: Option<String>, field: &'static str| {
        if value.is_none() {
            errors.push(field);
        }
        value.unwrap_or_default()
    };
    let name = need(text(f.name, 200, true), "name");
    let street = need(text(f.street, 200, true), "street");
    let house_number = need(text(f.house_number, 20, true), "house_number");
    let city = need(text(f.city, 100, true), "city");
    let phone = need(text(f.phone, 50, false), "phone");
    let website = need(
        text(f.website, 300, false)
            .filter(|w| w.is_empty() || w.starts_with("https://") || w.starts_with("http://")),
        "website",
    );
    let opening_hours = need(text(f.opening_hours, 300, false), "opening_hours");
    let email = need(
        text(f.email, 254, false).and_then(|e| {
            if e.is_empty() {
                Some(e)
            } else {
                super::account::normalize_email(&e)
            }
        }),
        "email",
    );
    let postal_code = f.postal_code.trim().to_string();
    if !valid_postal_code(&postal_code) {
        errors.push("postal_code");
    }
    let kind = FacilityKind::from_code(f.kind);
    if kind.is_none() {
        errors.push("kind");
    }
    let care_hours = parse_care_hours(f.care_hours);
    if care_hours.is_none() {
        errors.push("care_hours");
    }
    let tags = parse_tags(f.tags);
    if tags.is_none() {
        errors.push("tags");
    }
    let coordinates = match (degrees(f.latitude, 90.0), degrees(f.longitude, 180.0)) {
        (Some(Some(lat)), Some(Some(lon))) => Some((lat, lon)),
        (Some(None), Some(None)) => None,
        _ => {
            errors.push("latitude");
            None
        }
    };
    if f.provider_id.trim().is_empty() {
        errors.push("provider");
    }
    match (kind, care_hours, tags, errors.is_empty()) {
        (Some(kind), Some(care_hours), Some(tags), true) => Ok(FacilityDraft {
            provider_id: f.provider_id.trim().to_string(),
            name,
            kind,
            street,
            house_number,
            postal_code,
            city,
            coordinates,
            phone,
            email,
            website,
            opening_hours,
            care_hours,
            tags,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod form_tests {
    use super::*;

    fn fields() -> FacilityFields<'static> {
        FacilityFields {
            provider_id: "p1",
            name: "Kita Sonnenschein",
            kind: "kita",
            street: "Hauptstraße",
            house_number: "12a",
            postal_code: "59999",
            city: "Musterstadt",
            latitude: "51,5",
            longitude: "7.25",
            care_hours: "25,35,45",
            tags: "montessori",
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_form_is_accepted() {
        let d = validate_facility(&fields()).unwrap();
        assert_eq!(d.coordinates, Some((51_500_000, 7_250_000)));
        assert_eq!(d.care_hours, vec![25, 35, 45]);
    }

    #[test]
    fn every_bad_field_is_named() {
        let f = FacilityFields {
            name: "",
            kind: "zoo",
            postal_code: "123",
            latitude: "95",
            care_hours: "0",
            email: "kein-at",
            website: "javascript:alert(1)",
            ..fields()
        };
        let errors = validate_facility(&f).unwrap_err();
        for field in [
            "name",
            "kind",
            "postal_code",
            "latitude",
            "care_hours",
            "email",
            "website",
        ] {
            assert!(errors.contains(&field), "{field}: {errors:?}");
        }
    }

    #[test]
    fn markup_is_kept_as_typed() {
        let f = FacilityFields {
            name: "<b>Kita</b>",
            ..fields()
        };
        assert_eq!(validate_facility(&f).unwrap().name, "<b>Kita</b>");
    }
}
