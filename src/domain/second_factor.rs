//! The second factor: time-based one-time passwords (TOTP, RFC 6238, from `totp-rs`: SHA-1,
//! six digits, 30-second steps, one step of clock skew either way) and one-time recovery
//! codes. A code is accepted only once: the step it matched must be later than the last
//! accepted one (RFC 6238 §5.2).

use totp_rs::{Builder, Totp};

/// The issuer shown in authenticator apps.
pub const ISSUER: &str = "kitaplatz";
/// Bytes of a new TOTP secret (160 bit, as RFC 4226 recommends).
pub const SECRET_BYTES: usize = 20;
/// Recovery codes issued at enrolment.
pub const RECOVERY_CODES: usize = 10;
/// Characters of a recovery code (without dashes): 16 of 31 characters, about 79 bit.
pub const RECOVERY_LENGTH: usize = 16;
/// How long a password-only (pending) login waits for its second factor.
pub const PENDING_MINUTES: i64 = 10;

/// Recovery codes use the claim-code alphabet: no 0/O, 1/I/L.
pub use crate::domain::household::CLAIM_ALPHABET as RECOVERY_ALPHABET;

/// The TOTP generator for a secret; `account` labels it in the authenticator app.
pub fn totp(secret: &[u8], account: &str) -> Option<Totp> {
    let account: String = account.chars().filter(|c| *c != ':').collect();
    Builder::new()
        .with_secret(secret.to_vec())
        .with_issuer(Some(ISSUER))
        .with_account_name(account)
        .build()
        .ok()
}

/// The 30-second step a typed code matches at `unix_seconds`, if it is valid and newer than
/// `last_step` (a replayed code is refused). Spaces in the typed code are ignored.
pub fn accept_code(
    totp: &Totp,
    typed: &str,
    unix_seconds: i64,
    last_step: Option<i64>,
) -> Option<i64> {
    let code: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let now = u64::try_from(unix_seconds).ok()?;
    let step = i64::try_from(totp.check(&code, now)?).ok()?;
    match last_step {
        Some(last) if step <= last => None,
        _ => Some(step),
    }
}

/// A recovery code as shown: four groups of four (`ABCD-EFGH-JKMN-PQRS`).
pub fn format_recovery(raw: &str) -> String {
    raw.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A typed recovery code in its stored form (upper case, no dashes or spaces), or `None` when
/// it cannot be one.
pub fn normalize_recovery(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == RECOVERY_LENGTH && code.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)))
        .then_some(code)
}

/// Six digits (a TOTP code) or something else (perhaps a recovery code)?
pub fn looks_like_totp(typed: &str) -> bool {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The secret in groups of four base32 characters, for typing it into an app by hand.
pub fn grouped_base32(totp: &Totp) -> String {
    format_recovery(&totp.secret().to_base32()).replace('-', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B: SHA-1 secret "12345678901234567890", T = 59 → 94287082 (8
    // digits); six digits are its last six.
    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn codes_follow_rfc_6238_and_are_accepted_once() {
        let t = totp(RFC_SECRET, "a@example.org").unwrap();
        assert_eq!(t.generate(59).to_string(), "287082");
        assert_eq!(t.generate(1_111_111_109).to_string(), "081804");
        // 59 s is step 1.
        assert_eq!(accept_code(&t, "287082", 59, None), Some(1));
        assert_eq!(accept_code(&t, "287 082", 59, Some(0)), Some(1));
        // Replay of the same step, and of an older one, is refused.
        assert_eq!(accept_code(&t, "287082", 59, Some(1)), None);
        assert_eq!(accept_code(&t, "287082", 70, Some(2)), None);
        // One step of skew either way, not two.
        assert_eq!(accept_code(&t, "287082", 75, None), Some(1));
        assert_eq!(accept_code(&t, "287082", 95, None), None);
        assert_eq!(accept_code(&t, "000000", 59, None), None);
        assert_eq!(accept_code(&t, "28708", 59, None), None);
        assert_eq!(accept_code(&t, "abcdef", 59, None), None);
    }

    #[test]
    fn short_secrets_are_refused_and_colons_leave_the_label() {
        assert!(totp(b"short", "a@example.org").is_none());
        let t = totp(RFC_SECRET, "a:b@example.org").unwrap();
        assert!(t.to_url().unwrap().contains("ab%40example.org"));
        assert!(t.to_url().unwrap().starts_with("otpauth://totp/kitaplatz:"));
    }

    #[test]
    fn recovery_codes_are_typed_loosely_but_checked_strictly() {
        let raw = "ABCDEFGHJKMNPQRS";
        assert_eq!(format_recovery(raw), "ABCD-EFGH-JKMN-PQRS");
        assert_eq!(
            normalize_recovery(" abcd-efgh jkmn-pqrs ").as_deref(),
            Some(raw)
        );
        assert_eq!(normalize_recovery("ABCD-EFGH-JKMN-PQR"), None);
        assert_eq!(normalize_recovery("ABCD-EFGH-JKMN-PQR0"), None);
        assert!(looks_like_totp("123 456"));
        assert!(!looks_like_totp("ABCD-EFGH-JKMN-PQRS"));
    }
}
