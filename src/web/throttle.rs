//! Login throttling with `governor`: failed attempts per account, all attempts per client
//! address. More than [`FAILURES_PER_MINUTE`] failures for one account lock it for a minute
//! (429, even with the right password); successful logins do not count against the account.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Failed attempts a minute for one account before it is locked for a minute.
pub const FAILURES_PER_MINUTE: u32 = 5;
/// Attempts per minute from one address (an office may sit behind one NAT).
pub const PER_ADDRESS_PER_MINUTE: u32 = 30;
const LOCK: Duration = Duration::from_secs(60);
/// What [`crate::web::guards::ClientAddr`] says when Rocket cannot tell the address.
pub const UNKNOWN_ADDRESS: &str = "unknown";

/// The limiters.
pub struct LoginLimits {
    failures: DefaultKeyedRateLimiter<String>,
    address: DefaultKeyedRateLimiter<String>,
    locked: Mutex<HashMap<String, Instant>>,
}

impl Default for LoginLimits {
    fn default() -> Self {
        Self::new()
    }
}

impl LoginLimits {
    /// Fresh limiters.
    pub fn new() -> Self {
        let per = |n: u32| Quota::per_minute(NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN));
        Self {
            failures: RateLimiter::keyed(per(FAILURES_PER_MINUTE)),
            address: RateLimiter::keyed(per(PER_ADDRESS_PER_MINUTE)),
            locked: Mutex::new(HashMap::new()),
        }
    }

    /// Before checking a password: `false` when the account is locked or the address has made
    /// too many attempts (counts one attempt for the address).
    pub fn allow(&self, account: &str, address: &str) -> bool {
        let now = Instant::now();
        let mut locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        locked.retain(|_, until| *until > now);
        if locked.contains_key(account) {
            return false;
        }
        drop(locked);
        if address == UNKNOWN_ADDRESS {
            // No address to tell clients apart (never behind nginx or on a socket); one shared
            // bucket would let anybody lock everybody out.
            return true;
        }
        let ok = self.address.check_key(&address.to_string()).is_ok();
        self.address.retain_recent();
        ok
    }

    /// After a failed attempt: `true` when this failure locks the account.
    pub fn failed(&self, account: &str) -> bool {
        let over = self.failures.check_key(&account.to_string()).is_err();
        self.failures.retain_recent();
        if over {
            let mut locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
            locked.insert(account.to_string(), Instant::now() + LOCK);
        }
        over
    }
}

/// Requests per minute one API caller (token or user) may make.
pub const API_PER_MINUTE: u32 = 120;

/// Rate limits of the JSON API, per caller.
pub struct ApiLimits {
    callers: DefaultKeyedRateLimiter<String>,
}

impl Default for ApiLimits {
    fn default() -> Self {
        Self::new(API_PER_MINUTE)
    }
}

impl ApiLimits {
    /// `per_minute` requests per caller and minute (bursts up to that many).
    pub fn new(per_minute: u32) -> Self {
        let n = NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN);
        Self {
            callers: RateLimiter::keyed(Quota::per_minute(n)),
        }
    }

    /// One request of `caller`: `Err(seconds to wait)` when over the limit.
    pub fn check(&self, caller: &str) -> Result<(), u64> {
        use governor::clock::{Clock, DefaultClock};
        let result = self.callers.check_key(&caller.to_string());
        self.callers.retain_recent();
        result.map_err(|not_until| {
            not_until
                .wait_time_from(DefaultClock::default().now())
                .as_secs()
                .max(1)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_callers_are_limited_one_by_one() {
        let l = ApiLimits::new(3);
        for _ in 0..3 {
            assert!(l.check("token:a").is_ok());
        }
        let wait = l.check("token:a").unwrap_err();
        assert!((1..=60).contains(&wait));
        assert!(l.check("token:b").is_ok());
    }

    #[test]
    fn the_sixth_failure_locks_the_account_but_not_others() {
        let l = LoginLimits::new();
        for _ in 0..5 {
            assert!(l.allow("a@example.org", "10.0.0.1"));
            assert!(!l.failed("a@example.org"));
        }
        assert!(l.allow("a@example.org", "10.0.0.1"));
        assert!(l.failed("a@example.org"), "sixth failure locks");
        assert!(!l.allow("a@example.org", "10.0.0.2"));
        assert!(l.allow("b@example.org", "10.0.0.1"));
    }

    #[test]
    fn successful_logins_do_not_lock() {
        let l = LoginLimits::new();
        for _ in 0..20 {
            assert!(l.allow("a@example.org", &format!("10.0.0.{}", 1)));
        }
    }

    #[test]
    fn one_address_is_limited_across_accounts() {
        let l = LoginLimits::new();
        for i in 0..PER_ADDRESS_PER_MINUTE {
            assert!(l.allow(&format!("u{i}@example.org"), "10.9.9.9"));
        }
        assert!(!l.allow("x@example.org", "10.9.9.9"));
    }
}
