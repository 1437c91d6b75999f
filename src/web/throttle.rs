//! Login throttling with `governor`: per account and per client address.

use std::num::NonZeroU32;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Attempts per minute for one account.
pub const PER_ACCOUNT_PER_MINUTE: u32 = 5;
/// Attempts per minute from one address (an office may sit behind one NAT).
pub const PER_ADDRESS_PER_MINUTE: u32 = 30;

/// The two keyed limiters.
pub struct LoginLimits {
    account: DefaultKeyedRateLimiter<String>,
    address: DefaultKeyedRateLimiter<String>,
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
            account: RateLimiter::keyed(per(PER_ACCOUNT_PER_MINUTE)),
            address: RateLimiter::keyed(per(PER_ADDRESS_PER_MINUTE)),
        }
    }

    /// Counts one attempt; `false` when either limit is exceeded.
    pub fn allow(&self, account: &str, address: &str) -> bool {
        let by_account = self.account.check_key(&account.to_string()).is_ok();
        let by_address = self.address.check_key(&address.to_string()).is_ok();
        self.account.retain_recent();
        self.address.retain_recent();
        by_account && by_address
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixth_attempt_for_one_account_is_refused() {
        let l = LoginLimits::new();
        for _ in 0..5 {
            assert!(l.allow("a@example.org", "10.0.0.1"));
        }
        assert!(!l.allow("a@example.org", "10.0.0.2"));
        assert!(l.allow("b@example.org", "10.0.0.1"));
    }
}
