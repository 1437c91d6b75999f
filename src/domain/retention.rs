//! Retention periods (Löschfristen) and what they mean on a given day. The municipality sets
//! the periods of its own logs; the periods of data that belongs to no municipality are fixed
//! here. Documented in `docs/data-protection.md`.

use chrono::{Duration, NaiveDateTime};

/// Sent mails are kept this many days (delivery questions), then deleted.
pub const OUTBOX_DAYS: i64 = 90;

/// Used or expired single-use tokens (confirmation, password reset, invitation) are kept this
/// many days after they expired.
pub const TOKEN_DAYS: i64 = 30;

/// A municipality's periods, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Periods {
    /// Audit log (who changed or opened what).
    pub audit_log_days: u32,
    /// Log of population-register lookups (Protokoll der Datenabrufe).
    pub register_log_days: u32,
}

impl Default for Periods {
    /// Three years of audit log, two years of register lookups.
    fn default() -> Self {
        Periods {
            audit_log_days: 3 * 365,
            register_log_days: 2 * 365,
        }
    }
}

/// The bounds an admin may choose: at least a year (accountability, § 40 BMG), at most ten.
pub const MIN_DAYS: u32 = 365;
/// See [`MIN_DAYS`].
pub const MAX_DAYS: u32 = 3650;

/// Checks periods typed into the form; names the wrong fields.
pub fn periods_from_form(audit: &str, register: &str) -> Result<Periods, Vec<&'static str>> {
    let read = |s: &str| {
        s.trim()
            .parse::<u32>()
            .ok()
            .filter(|d| (MIN_DAYS..=MAX_DAYS).contains(d))
    };
    match (read(audit), read(register)) {
        (Some(audit_log_days), Some(register_log_days)) => Ok(Periods {
            audit_log_days,
            register_log_days,
        }),
        (a, r) => Err([
            ("audit_log_days", a.is_none()),
            ("register_log_days", r.is_none()),
        ]
        .into_iter()
        .filter(|(_, wrong)| *wrong)
        .map(|(f, _)| f)
        .collect()),
    }
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
            periods_from_form("1095", " 730 "),
            Ok(Periods {
                audit_log_days: 1095,
                register_log_days: 730
            })
        );
        assert_eq!(periods_from_form("30", "730"), Err(vec!["audit_log_days"]));
        assert_eq!(
            periods_from_form("zehn", "4000"),
            Err(vec!["audit_log_days", "register_log_days"])
        );
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        assert_eq!(cutoff(now, 90).date().to_string(), "2026-08-25");
    }
}
