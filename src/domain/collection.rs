//! Which fees a SEPA collection takes: per household everything booked and not yet collected
//! for months up to the collection's month (corrections included, so a refund is netted with
//! what is due); a household is debited when that sum is positive and it has a mandate that is
//! neither revoked nor expired (36 months without a collection).

use std::collections::{BTreeMap, HashMap};

use chrono::{Months, NaiveDate};

use super::fee_assessment::month_of;

/// A booked fee not yet collected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenItem {
    /// Booking id.
    pub booking: String,
    /// Household.
    pub household: String,
    /// Month of the fee.
    pub month: NaiveDate,
    /// Amount in cents (negative for a correction downwards).
    pub cents: i64,
}

/// A household's mandate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mandate {
    /// Id.
    pub id: String,
    /// Signed on.
    pub signed_on: NaiveDate,
    /// Last collection under it.
    pub last_collected_on: Option<NaiveDate>,
}

impl Mandate {
    /// Expired: 36 months since the last collection (or the signature) have passed by `day`.
    pub fn expired_on(&self, day: NaiveDate) -> bool {
        let last = self.last_collected_on.unwrap_or(self.signed_on);
        last.checked_add_months(Months::new(36))
            .is_some_and(|end| day > end)
    }

    /// The first collection under a mandate is `FRST`, later ones `RCUR`.
    pub fn first(&self) -> bool {
        self.last_collected_on.is_none()
    }
}

/// Why a household with open fees is not debited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// No mandate (the household pays by transfer).
    NoMandate,
    /// The mandate expired.
    Expired,
    /// Nothing positive is due (a credit is carried forward).
    NothingDue,
}

/// A debit to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedDebit {
    /// Household.
    pub household: String,
    /// Mandate.
    pub mandate: String,
    /// First debit under the mandate.
    pub first: bool,
    /// Amount in cents.
    pub cents: i64,
    /// The bookings it collects.
    pub bookings: Vec<String>,
}

/// Debits for a collection on `date`, and the households left out with the reason.
pub fn plan_debits(
    open: &[OpenItem],
    mandates: &HashMap<String, Mandate>,
    date: NaiveDate,
) -> (Vec<PlannedDebit>, Vec<(String, Skip)>) {
    let mut due: BTreeMap<&str, (i64, Vec<String>)> = BTreeMap::new();
    for item in open.iter().filter(|i| i.month <= month_of(date)) {
        let e = due.entry(item.household.as_str()).or_default();
        e.0 += item.cents;
        e.1.push(item.booking.clone());
    }
    let mut debits = Vec::new();
    let mut skipped = Vec::new();
    for (household, (cents, bookings)) in due {
        let skip = match mandates.get(household) {
            _ if cents <= 0 => Some(Skip::NothingDue),
            None => Some(Skip::NoMandate),
            Some(m) if m.expired_on(date) => Some(Skip::Expired),
            Some(_) => None,
        };
        match (skip, mandates.get(household)) {
            (None, Some(m)) => debits.push(PlannedDebit {
                household: household.to_string(),
                mandate: m.id.clone(),
                first: m.first(),
                cents,
                bookings,
            }),
            (reason, _) => skipped.push((household.to_string(), reason.unwrap_or(Skip::NoMandate))),
        }
    }
    (debits, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn item(booking: &str, household: &str, month: u32, cents: i64) -> OpenItem {
        OpenItem {
            booking: booking.into(),
            household: household.into(),
            month: day(2026, month, 1),
            cents,
        }
    }

    #[test]
    fn households_are_debited_their_net_due_with_a_valid_mandate() {
        let open = vec![
            item("a1", "h1", 9, 26000),
            item("a2", "h1", 9, -10000),
            item("a3", "h1", 10, 26000),
            item("a4", "h1", 12, 26000),
            item("b1", "h2", 10, 5000),
            item("c1", "h3", 10, 1000),
            item("c2", "h3", 10, -3000),
            item("d1", "h4", 10, 8000),
        ];
        let mut mandates = HashMap::new();
        mandates.insert(
            "h1".to_string(),
            Mandate {
                id: "m1".into(),
                signed_on: day(2026, 8, 20),
                last_collected_on: None,
            },
        );
        mandates.insert(
            "h4".to_string(),
            Mandate {
                id: "m4".into(),
                signed_on: day(2023, 1, 1),
                last_collected_on: Some(day(2023, 6, 1)),
            },
        );
        mandates.insert(
            "h3".to_string(),
            Mandate {
                id: "m3".into(),
                signed_on: day(2026, 1, 1),
                last_collected_on: None,
            },
        );
        let (debits, skipped) = plan_debits(&open, &mandates, day(2026, 11, 2));
        assert_eq!(debits.len(), 1);
        assert_eq!(
            debits[0].cents, 42000,
            "September net plus October; December not yet"
        );
        assert_eq!(debits[0].bookings, vec!["a1", "a2", "a3"]);
        assert!(debits[0].first);
        assert!(skipped.contains(&("h2".into(), Skip::NoMandate)));
        assert!(skipped.contains(&("h3".into(), Skip::NothingDue)));
        assert!(skipped.contains(&("h4".into(), Skip::Expired)));
    }

    #[test]
    fn a_mandate_expires_36_months_after_its_last_use() {
        let m = Mandate {
            id: "m".into(),
            signed_on: day(2020, 1, 1),
            last_collected_on: Some(day(2023, 11, 1)),
        };
        assert!(!m.expired_on(day(2026, 11, 1)));
        assert!(m.expired_on(day(2026, 11, 2)));
        assert!(!m.first());
    }
}
