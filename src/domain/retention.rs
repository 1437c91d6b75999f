//! Retention periods (Löschfristen) and what they mean on a given day. The municipality sets
//! the periods of its own logs; the periods of data that belongs to no municipality are fixed
//! here. Documented in `docs/data-protection.md`.

use chrono::{Duration, NaiveDateTime};
use serde::Serialize;

/// Sent mails are kept this many days (delivery questions), then deleted.
pub const OUTBOX_DAYS: i64 = 90;

/// Used or expired single-use tokens (confirmation, password reset, invitation) are kept this
/// many days after they expired.
pub const TOKEN_DAYS: i64 = 30;

/// A deleted account is locked at once and purged this many days later (the soft-delete
/// period: an accidental deletion can still be undone by the operator).
pub const SOFT_DELETE_DAYS: i64 = 7;

/// A municipality's periods, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Periods {
    /// Audit log (who changed or opened what).
    pub audit_log_days: u32,
    /// Log of population-register lookups (Protokoll der Datenabrufe).
    pub register_log_days: u32,
    /// Applications that led to no contract, counted from the end of their Kita year.
    pub unsuccessful_days: u32,
    /// Withdrawn applications, counted from the withdrawal.
    pub withdrawn_days: u32,
    /// Ended contracts with their fee records, counted from the end of the contract.
    pub contract_days: u32,
}

impl Default for Periods {
    /// Three years of audit log, two years of register lookups, one year after the Kita year
    /// for unsuccessful applications, half a year for withdrawn ones, and eight years for
    /// contracts and fees (§ 147 AO: accounting records).
    fn default() -> Self {
        Periods {
            audit_log_days: 3 * 365,
            register_log_days: 2 * 365,
            unsuccessful_days: 365,
            withdrawn_days: 183,
            contract_days: 2922,
        }
    }
}

/// What an admin may choose for one period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Bounds {
    /// The form field (and column).
    pub field: &'static str,
    /// Fewest days.
    pub min: u32,
    /// Most days.
    pub max: u32,
}

/// The bounds, in the order of the form. Logs: at least a year (accountability, § 40 BMG).
/// Contracts and fees: at least a year after the end (objections, collection).
pub const BOUNDS: [Bounds; 5] = [
    Bounds {
        field: "audit_log_days",
        min: 365,
        max: 3650,
    },
    Bounds {
        field: "register_log_days",
        min: 365,
        max: 3650,
    },
    Bounds {
        field: "unsuccessful_days",
        min: 0,
        max: 3650,
    },
    Bounds {
        field: "withdrawn_days",
        min: 30,
        max: 3650,
    },
    Bounds {
        field: "contract_days",
        min: 365,
        max: 3650,
    },
];

impl Periods {
    /// The periods in the order of [`BOUNDS`].
    pub fn values(&self) -> [u32; 5] {
        [
            self.audit_log_days,
            self.register_log_days,
            self.unsuccessful_days,
            self.withdrawn_days,
            self.contract_days,
        ]
    }

    /// Periods from values in the order of [`BOUNDS`].
    pub fn from_values(v: [u32; 5]) -> Self {
        Periods {
            audit_log_days: v[0],
            register_log_days: v[1],
            unsuccessful_days: v[2],
            withdrawn_days: v[3],
            contract_days: v[4],
        }
    }
}

/// Checks periods typed into the form (in the order of [`BOUNDS`]); names the wrong fields.
pub fn periods_from_form(typed: [&str; 5]) -> Result<Periods, Vec<&'static str>> {
    let mut values = [0; 5];
    let mut wrong = Vec::new();
    for ((raw, bounds), value) in typed.iter().zip(BOUNDS).zip(values.iter_mut()) {
        match raw.trim().parse::<u32>() {
            Ok(d) if (bounds.min..=bounds.max).contains(&d) => *value = d,
            _ => wrong.push(bounds.field),
        }
    }
    if wrong.is_empty() {
        Ok(Periods::from_values(values))
    } else {
        Err(wrong)
    }
}

/// The newest Kita year whose applications are past a period of `days` after the year's end
/// (31 July) at `now`.
pub fn last_closed_kita_year(now: NaiveDateTime, days: i64) -> i32 {
    crate::domain::application::kita_year(cutoff(now, days).date()) - 1
}

/// Entries made before this moment are past a period of `days` at `now`.
pub fn cutoff(now: NaiveDateTime, days: i64) -> NaiveDateTime {
    now - Duration::days(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retention_periods_are_read_within_bounds() {
        assert_eq!(
            periods_from_form(["1095", " 730 ", "365", "183", "2922"]),
            Ok(Periods::default())
        );
        assert_eq!(
            periods_from_form(["30", "730", "0", "183", "2922"]),
            Err(vec!["audit_log_days"])
        );
        assert_eq!(
            periods_from_form(["zehn", "4000", "-1", "29", "364"]),
            Err(vec![
                "audit_log_days",
                "register_log_days",
                "unsuccessful_days",
                "withdrawn_days",
                "contract_days"
            ])
        );
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        assert_eq!(cutoff(now, 90).date().to_string(), "2026-08-25");
    }

    #[test]
    fn a_kita_year_is_closed_a_period_after_its_last_day() {
        let at = |y, m, d| {
            chrono::NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(2, 0, 0)
                .unwrap()
        };
        // Kita year 2024 ends on 31 July 2025; with a year's period it is due on 1 August 2026.
        assert_eq!(last_closed_kita_year(at(2026, 7, 31), 365), 2023);
        assert_eq!(last_closed_kita_year(at(2026, 8, 1), 365), 2024);
        // Without a period, on the first day of the next Kita year.
        assert_eq!(last_closed_kita_year(at(2025, 8, 1), 0), 2024);
        assert_eq!(last_closed_kita_year(at(2025, 7, 31), 0), 2023);
    }
}
