//! Per-account access restrictions (as Ki·ON offers them): the networks an account may log in
//! from, and a weekly time window (German local time). Both are optional; an account without
//! them is not restricted. They are checked at login and on every request of a session, so a
//! session opened at 18:59 ends at 19:00 and a copied cookie does not work from elsewhere.

use std::net::IpAddr;

use chrono::{Datelike, NaiveDateTime, NaiveTime, TimeZone};
use ipnet::IpNet;

/// Allowed networks, e.g. `10.1.0.0/16, 192.0.2.7`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Networks(pub Vec<IpNet>);

impl Networks {
    /// Parses a comma-, space- or line-separated list of addresses and CIDR networks; `None`
    /// names the first entry that is neither. An empty text is no restriction (`Ok(None)`).
    pub fn parse(text: &str) -> Result<Option<Networks>, String> {
        let mut nets = Vec::new();
        for part in text
            .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
            .filter(|p| !p.is_empty())
        {
            let net = part
                .parse::<IpNet>()
                .or_else(|_| part.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| part.to_string())?;
            nets.push(net.trunc());
        }
        Ok((!nets.is_empty()).then_some(Networks(nets)))
    }

    /// Does the list allow `ip`? An IPv4 address that arrives as IPv6-mapped counts as IPv4.
    pub fn allows(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
            v4 => v4,
        };
        self.0.iter().any(|n| n.contains(&ip))
    }
}

impl std::fmt::Display for Networks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&parts.join(", "))
    }
}

/// A weekly window: on which weekdays (Monday = 1 … Sunday = 7), from when until when.
/// Stored as `12345 07:00-19:00`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// Allowed weekdays, Monday first.
    pub days: [bool; 7],
    /// Start (inclusive).
    pub from: NaiveTime,
    /// End (exclusive); after `from`.
    pub until: NaiveTime,
}

/// Why a window cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowProblem {
    /// No weekday chosen.
    NoDays,
    /// A time is not `HH:MM`.
    BadTime,
    /// The end is not after the start.
    EndBeforeStart,
}

impl Window {
    /// Builds a window from the admin form: chosen weekdays (1–7) and two `HH:MM` times.
    /// Nothing chosen and both times empty is no restriction (`Ok(None)`).
    pub fn from_form(
        days: &[u8],
        from: &str,
        until: &str,
    ) -> Result<Option<Window>, WindowProblem> {
        let (from, until) = (from.trim(), until.trim());
        if days.is_empty() && from.is_empty() && until.is_empty() {
            return Ok(None);
        }
        let mut set = [false; 7];
        for d in days.iter().filter(|d| (1..=7).contains(*d)) {
            set[usize::from(*d) - 1] = true;
        }
        if !set.contains(&true) {
            return Err(WindowProblem::NoDays);
        }
        let time =
            |t: &str| NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| WindowProblem::BadTime);
        let (from, until) = (time(from)?, time(until)?);
        if until <= from {
            return Err(WindowProblem::EndBeforeStart);
        }
        Ok(Some(Window {
            days: set,
            from,
            until,
        }))
    }

    /// Reads the stored form; `None` for anything unreadable.
    pub fn parse(stored: &str) -> Option<Window> {
        let (days, times) = stored.trim().split_once(' ')?;
        let (from, until) = times.split_once('-')?;
        let days: Vec<u8> = days
            .chars()
            .map(|c| c.to_digit(10).and_then(|d| u8::try_from(d).ok()))
            .collect::<Option<_>>()?;
        Window::from_form(&days, from, until).ok().flatten()
    }

    /// The weekdays chosen, Monday = 1.
    pub fn day_numbers(&self) -> Vec<u8> {
        (1u8..=7)
            .filter(|d| self.days[usize::from(*d) - 1])
            .collect()
    }

    /// Does the window include this UTC moment (taken as German local time)?
    pub fn allows(&self, utc: NaiveDateTime) -> bool {
        let local = chrono_tz::Europe::Berlin.from_utc_datetime(&utc);
        let day = local.weekday().number_from_monday() as usize;
        let time = local.time();
        self.days[day - 1] && time >= self.from && time < self.until
    }
}

impl std::fmt::Display for Window {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let days: String = self.day_numbers().iter().map(|d| d.to_string()).collect();
        write!(
            f,
            "{days} {}-{}",
            self.from.format("%H:%M"),
            self.until.format("%H:%M")
        )
    }
}

/// Why access is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    /// The client's address is not in the allowed networks (or unknown).
    Network,
    /// Outside the time window.
    Time,
}

/// Checks an account's stored restrictions for a request from `ip` at `utc`. Unreadable
/// stored values refuse access rather than open it.
pub fn check(
    networks: Option<&str>,
    window: Option<&str>,
    ip: Option<IpAddr>,
    utc: NaiveDateTime,
) -> Result<(), Denied> {
    if let Some(stored) = networks.filter(|s| !s.trim().is_empty()) {
        let allowed = match (Networks::parse(stored), ip) {
            (Ok(Some(nets)), Some(ip)) => nets.allows(ip),
            _ => false,
        };
        if !allowed {
            return Err(Denied::Network);
        }
    }
    if let Some(stored) = window.filter(|s| !s.trim().is_empty()) {
        if !Window::parse(stored).is_some_and(|w| w.allows(utc)) {
            return Err(Denied::Time);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn networks_parse_and_match_v4_v6_and_mapped_addresses() {
        let n = Networks::parse("10.1.2.3/16, 192.0.2.7\n2001:db8::/32")
            .unwrap()
            .unwrap();
        assert_eq!(n.to_string(), "10.1.0.0/16, 192.0.2.7/32, 2001:db8::/32");
        assert!(n.allows("10.1.200.9".parse().unwrap()));
        assert!(!n.allows("10.2.0.1".parse().unwrap()));
        assert!(n.allows("192.0.2.7".parse().unwrap()));
        assert!(n.allows("::ffff:192.0.2.7".parse().unwrap()));
        assert!(n.allows("2001:db8::1".parse().unwrap()));
        assert_eq!(Networks::parse("  ").unwrap(), None);
        assert_eq!(
            Networks::parse("10.0.0.0/8, rathaus").unwrap_err(),
            "rathaus"
        );
        assert!(Networks::parse("10.0.0.0/33").is_err());
    }

    #[test]
    fn windows_round_trip_and_use_german_local_time() {
        let w = Window::from_form(&[1, 2, 3, 4, 5], "07:00", "19:00")
            .unwrap()
            .unwrap();
        assert_eq!(w.to_string(), "12345 07:00-19:00");
        assert_eq!(Window::parse("12345 07:00-19:00"), Some(w.clone()));
        // Monday 23 November 2026, 06:30 UTC = 07:30 in Berlin (winter time).
        assert!(w.allows(utc("2026-11-23 06:30")));
        assert!(!w.allows(utc("2026-11-23 05:59")));
        assert!(!w.allows(utc("2026-11-23 18:00")));
        // Saturday.
        assert!(!w.allows(utc("2026-11-28 10:00")));
        // Summer time: 05:30 UTC = 07:30 in Berlin.
        assert!(w.allows(utc("2026-06-01 05:30")));
        assert_eq!(Window::from_form(&[], "", ""), Ok(None));
        assert_eq!(
            Window::from_form(&[], "07:00", "19:00"),
            Err(WindowProblem::NoDays)
        );
        assert_eq!(
            Window::from_form(&[1], "7 Uhr", "19:00"),
            Err(WindowProblem::BadTime)
        );
        assert_eq!(
            Window::from_form(&[1], "19:00", "07:00"),
            Err(WindowProblem::EndBeforeStart)
        );
        assert_eq!(Window::parse("garbage"), None);
    }

    #[test]
    fn check_refuses_outside_and_on_unreadable_settings() {
        let at = utc("2026-11-23 09:00");
        let ip: Option<IpAddr> = Some("10.1.0.5".parse().unwrap());
        assert_eq!(check(None, None, None, at), Ok(()));
        assert_eq!(check(Some("10.1.0.0/16"), None, ip, at), Ok(()));
        assert_eq!(
            check(Some("10.2.0.0/16"), None, ip, at),
            Err(Denied::Network)
        );
        assert_eq!(
            check(Some("10.1.0.0/16"), None, None, at),
            Err(Denied::Network)
        );
        assert_eq!(check(Some("kaputt"), None, ip, at), Err(Denied::Network));
        assert_eq!(check(None, Some("12345 07:00-19:00"), ip, at), Ok(()));
        assert_eq!(
            check(None, Some("67 07:00-19:00"), ip, at),
            Err(Denied::Time)
        );
        assert_eq!(check(None, Some("kaputt"), ip, at), Err(Denied::Time));
    }
}
