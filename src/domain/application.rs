//! Care requests (Betreuungsanfrage) and needs reports (Bedarfsmeldung): kinds, states, the
//! Kita year, and the validation of a submission against the municipality's facilities and
//! rules.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::category::{birthday, category_at, PlaceCategory};

/// Kind of application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// Betreuungsanfrage: a concrete place in ranked facilities.
    Request,
    /// Bedarfsmeldung: the need for care, securing the legal entitlement (§24 SGB VIII).
    Needs,
}

impl Kind {
    /// As stored.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Request => "request",
            Kind::Needs => "needs",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "request" => Some(Kind::Request),
            "needs" => Some(Kind::Needs),
            _ => None,
        }
    }
}

/// States of an application (DESIGN.md §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// Submitted, waiting for the register check.
    Submitted,
    /// Register and duplicate check passed.
    Checked,
    /// A person must look (duplicate? out-of-town?).
    NeedsReview,
    /// Part of an allocation round.
    InAllocation,
    /// A place was offered.
    Offered,
    /// The parents accepted the offer.
    Accepted,
    /// A contract exists.
    Contracted,
    /// The parents declined the offer.
    Declined,
    /// The offer expired.
    Expired,
    /// No place this round (waiting list).
    Rejected,
    /// Withdrawn by the parents.
    Withdrawn,
    /// Closed by the office.
    Closed,
}

impl Status {
    /// All states.
    pub const ALL: [Status; 12] = [
        Status::Submitted,
        Status::Checked,
        Status::NeedsReview,
        Status::InAllocation,
        Status::Offered,
        Status::Accepted,
        Status::Contracted,
        Status::Declined,
        Status::Expired,
        Status::Rejected,
        Status::Withdrawn,
        Status::Closed,
    ];

    /// As stored.
    pub fn code(self) -> &'static str {
        match self {
            Status::Submitted => "submitted",
            Status::Checked => "checked",
            Status::NeedsReview => "needs_review",
            Status::InAllocation => "in_allocation",
            Status::Offered => "offered",
            Status::Accepted => "accepted",
            Status::Contracted => "contracted",
            Status::Declined => "declined",
            Status::Expired => "expired",
            Status::Rejected => "rejected",
            Status::Withdrawn => "withdrawn",
            Status::Closed => "closed",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Parents may still change the application (it has not entered allocation).
    pub fn editable(self) -> bool {
        matches!(
            self,
            Status::Submitted | Status::Checked | Status::NeedsReview
        )
    }

    /// Parents may withdraw.
    pub fn withdrawable(self) -> bool {
        !matches!(
            self,
            Status::Withdrawn | Status::Closed | Status::Contracted
        )
    }

    /// Counts for "one open application per child, municipality and Kita year".
    pub fn open(self) -> bool {
        !matches!(self, Status::Withdrawn | Status::Closed)
    }
}

/// The Kita year (1 August – 31 July) a day belongs to, named by its first calendar year.
pub fn kita_year(day: NaiveDate) -> i32 {
    if day.month() >= 8 {
        day.year()
    } else {
        day.year() - 1
    }
}

/// The key that makes "one open application per child, municipality and Kita year" a
/// database constraint.
pub fn open_key(child: &str, municipality: &str, year: i32) -> String {
    format!("{child}:{municipality}:{year}")
}

/// What the validation needs to know about one facility of the municipality.
#[derive(Debug, Clone)]
pub struct Offer {
    /// Facility id.
    pub id: String,
    /// Name (for messages).
    pub name: String,
    /// Categories with licensed places at the desired start date.
    pub categories: Vec<PlaceCategory>,
    /// Weekly care-hour options.
    pub care_hours: Vec<u32>,
}

/// The municipality's rules for submissions.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    /// Maximum wish facilities.
    pub max_wishes: usize,
    /// Months ahead a start date may lie.
    pub advance_months: u32,
    /// School-entry cut-off (MM, DD).
    pub cutoff: (u32, u32),
    /// The Land uses U2.
    pub uses_u2: bool,
}

impl Rules {
    /// The rules of a municipality's settings (U2 is not used yet: no Land setting for it).
    pub fn from_settings(s: &super::tenant::Settings) -> Self {
        Self {
            max_wishes: usize::try_from(s.max_wishes).unwrap_or(0),
            advance_months: u32::try_from(s.advance_months).unwrap_or(0),
            cutoff: s.school_entry_cutoff,
            uses_u2: false,
        }
    }
}

/// A submission as entered.
#[derive(Debug, Clone)]
pub struct Submission {
    /// Kind.
    pub kind: Kind,
    /// The child's birth date.
    pub birth_date: NaiveDate,
    /// Desired start.
    pub start_date: NaiveDate,
    /// Weekly hours (required for a request).
    pub hours: Option<u32>,
    /// Wished facility ids, best first (blank entries already removed).
    pub wishes: Vec<String>,
}

/// A problem with a submission, naming the form field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The start date is in the past.
    StartInPast,
    /// The start date lies beyond the advance window.
    StartTooFarAhead,
    /// The child is not born yet at the start date, or too old for any place.
    NoCategory,
    /// More wishes than allowed.
    TooManyWishes,
    /// The same facility twice.
    RepeatedWish,
    /// A care request needs at least one wish.
    NoWish,
    /// Not a facility of this municipality.
    UnknownFacility,
    /// The facility has no places of the child's category at the start date.
    NoPlacesOfCategory(String),
    /// Hours missing for a request.
    HoursMissing,
    /// The facility does not offer these hours.
    HoursNotOffered(String),
}

impl Problem {
    /// The form field the message belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            Problem::StartInPast | Problem::StartTooFarAhead | Problem::NoCategory => "start_date",
            Problem::HoursMissing | Problem::HoursNotOffered(_) => "hours",
            _ => "wishes",
        }
    }
}

/// The result of a valid submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// Derived category at the start date.
    pub category: PlaceCategory,
    /// Kita year of the start date.
    pub kita_year: i32,
    /// Legal entitlement date: the first birthday (§24 Abs. 2 SGB VIII).
    pub entitlement_date: NaiveDate,
}

/// Validates a submission.
pub fn validate(
    s: &Submission,
    offers: &[Offer],
    rules: &Rules,
    today: NaiveDate,
) -> Result<Accepted, Vec<Problem>> {
    let mut problems = Vec::new();
    if s.start_date < today {
        problems.push(Problem::StartInPast);
    }
    let limit = today
        .checked_add_months(Months::new(rules.advance_months))
        .unwrap_or(today);
    if s.start_date > limit {
        problems.push(Problem::StartTooFarAhead);
    }
    let category = category_at(s.birth_date, s.start_date, rules.cutoff, rules.uses_u2);
    if category.is_none() {
        problems.push(Problem::NoCategory);
    }
    if s.wishes.len() > rules.max_wishes {
        problems.push(Problem::TooManyWishes);
    }
    let mut seen: Vec<&str> = Vec::new();
    for w in &s.wishes {
        if seen.contains(&w.as_str()) {
            problems.push(Problem::RepeatedWish);
            break;
        }
        seen.push(w);
    }
    if s.kind == Kind::Request && s.wishes.is_empty() {
        problems.push(Problem::NoWish);
    }
    if s.kind == Kind::Request && s.hours.is_none() {
        problems.push(Problem::HoursMissing);
    }
    for w in &s.wishes {
        match offers.iter().find(|o| o.id == *w) {
            None => {
                problems.push(Problem::UnknownFacility);
            }
            Some(o) => {
                if let Some(c) = category {
                    if !o.categories.contains(&c) {
                        problems.push(Problem::NoPlacesOfCategory(o.name.clone()));
                    }
                }
                if let Some(h) = s.hours {
                    if !o.care_hours.contains(&h) {
                        problems.push(Problem::HoursNotOffered(o.name.clone()));
                    }
                }
            }
        }
    }
    match (category, problems.is_empty()) {
        (Some(category), true) => Ok(Accepted {
            category,
            kita_year: kita_year(s.start_date),
            entitlement_date: birthday(s.birth_date, 1),
        }),
        _ => Err(problems),
    }
}

/// Is a submission on `day` late for the Kita year, given its deadline?
pub fn is_late(day: NaiveDate, deadline: Option<NaiveDate>) -> bool {
    deadline.is_some_and(|d| day > d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn offers() -> Vec<Offer> {
        vec![
            Offer {
                id: "a".into(),
                name: "Kita A".into(),
                categories: vec![PlaceCategory::U3, PlaceCategory::UE3],
                care_hours: vec![25, 35, 45],
            },
            Offer {
                id: "b".into(),
                name: "Kindergarten B".into(),
                categories: vec![PlaceCategory::UE3],
                care_hours: vec![25, 35],
            },
        ]
    }

    const RULES: Rules = Rules {
        max_wishes: 2,
        advance_months: 12,
        cutoff: (9, 30),
        uses_u2: false,
    };

    fn request(wishes: &[&str], start: NaiveDate, hours: Option<u32>) -> Submission {
        Submission {
            kind: Kind::Request,
            birth_date: d(2024, 5, 1),
            start_date: start,
            hours,
            wishes: wishes.iter().map(|w| w.to_string()).collect(),
        }
    }

    #[test]
    fn a_valid_request_derives_category_year_and_entitlement() {
        let ok = validate(
            &request(&["a"], d(2027, 4, 30), Some(35)),
            &offers(),
            &RULES,
            d(2026, 11, 23),
        )
        .unwrap();
        assert_eq!(ok.category, PlaceCategory::U3);
        assert_eq!(ok.kita_year, 2026);
        assert_eq!(ok.entitlement_date, d(2025, 5, 1));
        let ok = validate(
            &request(&["b", "a"], d(2027, 5, 1), Some(25)),
            &offers(),
            &RULES,
            d(2026, 11, 23),
        )
        .unwrap();
        assert_eq!(
            ok.category,
            PlaceCategory::UE3,
            "3rd birthday on the start date"
        );
        assert_eq!(ok.kita_year, 2026);
    }

    #[test]
    fn every_problem_is_reported() {
        let today = d(2026, 11, 23);
        let p = validate(
            &request(&["b"], d(2027, 4, 30), Some(45)),
            &offers(),
            &RULES,
            today,
        )
        .unwrap_err();
        assert_eq!(
            p,
            vec![
                Problem::NoPlacesOfCategory("Kindergarten B".into()),
                Problem::HoursNotOffered("Kindergarten B".into())
            ]
        );
        let p = validate(
            &request(&["a", "a"], d(2026, 11, 22), Some(35)),
            &offers(),
            &RULES,
            today,
        )
        .unwrap_err();
        assert!(p.contains(&Problem::StartInPast) && p.contains(&Problem::RepeatedWish));
        let p = validate(
            &request(&["a", "b", "x"], d(2028, 1, 1), None),
            &offers(),
            &RULES,
            today,
        )
        .unwrap_err();
        for expected in [
            Problem::StartTooFarAhead,
            Problem::TooManyWishes,
            Problem::HoursMissing,
            Problem::UnknownFacility,
        ] {
            assert!(p.contains(&expected), "{expected:?} in {p:?}");
        }
        let p = validate(
            &request(&[], d(2027, 1, 1), Some(35)),
            &offers(),
            &RULES,
            today,
        )
        .unwrap_err();
        assert_eq!(p, vec![Problem::NoWish]);
        let mut unborn = request(&["a"], d(2027, 1, 1), Some(35));
        unborn.birth_date = d(2027, 3, 1);
        assert!(validate(&unborn, &offers(), &RULES, today)
            .unwrap_err()
            .contains(&Problem::NoCategory));
    }

    #[test]
    fn a_needs_report_may_have_no_wish_and_no_hours() {
        let s = Submission {
            kind: Kind::Needs,
            birth_date: d(2025, 10, 1),
            start_date: d(2026, 12, 1),
            hours: None,
            wishes: vec![],
        };
        let ok = validate(&s, &offers(), &RULES, d(2026, 11, 23)).unwrap();
        assert_eq!(ok.entitlement_date, d(2026, 10, 1));
    }

    #[test]
    fn kita_years_and_states() {
        assert_eq!(kita_year(d(2026, 7, 31)), 2025);
        assert_eq!(kita_year(d(2026, 8, 1)), 2026);
        for s in Status::ALL {
            assert_eq!(Status::from_code(s.code()), Some(s));
        }
        assert!(Status::Submitted.editable() && !Status::InAllocation.editable());
        assert!(!Status::Withdrawn.open() && Status::Offered.open());
        assert!(
            is_late(d(2026, 3, 2), Some(d(2026, 3, 1)))
                && !is_late(d(2026, 3, 1), Some(d(2026, 3, 1)))
                && !is_late(d(2026, 3, 2), None)
        );
    }
}
