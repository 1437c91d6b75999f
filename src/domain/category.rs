//! Place categories (Platzkategorie), derived — never typed — from the birth date, the date in
//! question and the municipality's rules: U2 (where the Land uses it) until the 2nd birthday,
//! U3 until the 3rd birthday, Ü3 until school entry, Hort from school entry on.
//!
//! Birthdays follow §§ 187(2), 188(3) BGB: a child born on 29 February completes a year at the
//! end of 28 February in common years, so its birthday then counts as 1 March.
//! School entry: a child that is six by the cut-off day (MM-DD) of a year starts school on
//! 1 August of that year (the Kita year runs 1 August – 31 July).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A place category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PlaceCategory {
    /// Under two (only where the municipality uses U2).
    U2,
    /// Under three.
    U3,
    /// Three until school entry ("Ü3").
    UE3,
    /// School children (Hort).
    Hort,
}

impl PlaceCategory {
    /// All categories in age order.
    pub const ALL: [PlaceCategory; 4] = [Self::U2, Self::U3, Self::UE3, Self::Hort];

    /// As stored and in the API (`U2`, `U3`, `UE3`, `HORT`).
    pub fn code(self) -> &'static str {
        match self {
            Self::U2 => "U2",
            Self::U3 => "U3",
            Self::UE3 => "UE3",
            Self::Hort => "HORT",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }
}

/// The day a child born on `birth` reaches `years` years of age.
pub fn birthday(birth: NaiveDate, years: i32) -> NaiveDate {
    let year = birth.year() + years;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .unwrap_or(birth)
}

/// The day a child starts school: 1 August of the first year whose cut-off day it has
/// reached its 6th birthday by.
pub fn school_entry(birth: NaiveDate, cutoff: (u32, u32)) -> NaiveDate {
    let sixth = birthday(birth, 6);
    let cutoff_in = |year: i32| {
        NaiveDate::from_ymd_opt(year, cutoff.0, cutoff.1)
            .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
            .unwrap_or(sixth)
    };
    let year = if sixth <= cutoff_in(sixth.year()) {
        sixth.year()
    } else {
        sixth.year() + 1
    };
    NaiveDate::from_ymd_opt(year, 8, 1).unwrap_or(sixth)
}

/// The category of a child born on `birth` on day `on`. `None` before birth.
pub fn category_at(
    birth: NaiveDate,
    on: NaiveDate,
    cutoff: (u32, u32),
    uses_u2: bool,
) -> Option<PlaceCategory> {
    if on < birth {
        return None;
    }
    Some(if on >= school_entry(birth, cutoff) {
        PlaceCategory::Hort
    } else if on >= birthday(birth, 3) {
        PlaceCategory::UE3
    } else if uses_u2 && on < birthday(birth, 2) {
        PlaceCategory::U2
    } else {
        PlaceCategory::U3
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const NW: (u32, u32) = (9, 30);

    #[test]
    fn the_switch_happens_on_the_third_birthday() {
        let birth = d(2023, 5, 17);
        assert_eq!(
            category_at(birth, d(2026, 5, 16), NW, false),
            Some(PlaceCategory::U3)
        );
        assert_eq!(
            category_at(birth, d(2026, 5, 17), NW, false),
            Some(PlaceCategory::UE3)
        );
        assert_eq!(category_at(birth, d(2023, 5, 16), NW, false), None);
        assert_eq!(
            category_at(birth, birth, NW, false),
            Some(PlaceCategory::U3)
        );
    }

    #[test]
    fn u2_only_where_used() {
        let birth = d(2025, 1, 10);
        assert_eq!(
            category_at(birth, d(2027, 1, 9), NW, true),
            Some(PlaceCategory::U2)
        );
        assert_eq!(
            category_at(birth, d(2027, 1, 10), NW, true),
            Some(PlaceCategory::U3)
        );
        assert_eq!(
            category_at(birth, d(2027, 1, 9), NW, false),
            Some(PlaceCategory::U3)
        );
    }

    #[test]
    fn leap_day_children_have_their_birthday_on_the_first_of_march() {
        let birth = d(2024, 2, 29);
        assert_eq!(birthday(birth, 3), d(2027, 3, 1));
        assert_eq!(birthday(birth, 4), d(2028, 2, 29));
        assert_eq!(
            category_at(birth, d(2027, 2, 28), NW, false),
            Some(PlaceCategory::U3)
        );
        assert_eq!(
            category_at(birth, d(2027, 3, 1), NW, false),
            Some(PlaceCategory::UE3)
        );
    }

    #[test]
    fn school_entry_follows_the_cut_off_day() {
        // Sixth birthday on the cut-off day: school this year.
        assert_eq!(school_entry(d(2020, 9, 30), NW), d(2026, 8, 1));
        // One day later: next year.
        assert_eq!(school_entry(d(2020, 10, 1), NW), d(2027, 8, 1));
        // Cut-off 30 June (e.g. Baden-Württemberg).
        assert_eq!(school_entry(d(2020, 6, 30), (6, 30)), d(2026, 8, 1));
        assert_eq!(school_entry(d(2020, 7, 1), (6, 30)), d(2027, 8, 1));
        let birth = d(2020, 10, 1);
        assert_eq!(
            category_at(birth, d(2027, 7, 31), NW, false),
            Some(PlaceCategory::UE3)
        );
        assert_eq!(
            category_at(birth, d(2027, 8, 1), NW, false),
            Some(PlaceCategory::Hort)
        );
    }

    #[test]
    fn codes_round_trip() {
        for c in PlaceCategory::ALL {
            assert_eq!(PlaceCategory::from_code(c.code()), Some(c));
        }
        assert_eq!(PlaceCategory::from_code("Ü3"), None);
    }

    fn date() -> impl Strategy<Value = NaiveDate> {
        (2015i32..2030, 1u32..=12, 1u32..=31)
            .prop_filter_map("real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
    }

    proptest! {
        #[test]
        fn categories_never_go_back_as_time_passes(birth in date(), a in 0i64..4000, b in 0i64..4000, cm in 1u32..=12, cd in 1u32..=28) {
            let (early, late) = (a.min(b), a.max(b));
            let on1 = birth + chrono::Duration::days(early);
            let on2 = birth + chrono::Duration::days(late);
            let c1 = category_at(birth, on1, (cm, cd), true).unwrap();
            let c2 = category_at(birth, on2, (cm, cd), true).unwrap();
            prop_assert!(c1 <= c2);
        }

        #[test]
        fn under_three_exactly_before_the_third_birthday(birth in date(), days in 0i64..2000) {
            let on = birth + chrono::Duration::days(days);
            let c = category_at(birth, on, NW, false).unwrap();
            prop_assert_eq!(c == PlaceCategory::U3, on < birthday(birth, 3));
        }
    }
}
