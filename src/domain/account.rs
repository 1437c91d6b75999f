//! Account rules: e-mail addresses, the password policy, token lifetimes, session timeouts.

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::Duration;

/// Minimum password length (characters, not bytes).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Maximum password length; argon2 would take more, but nobody types more.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Shipped list of common passwords (see `src/auth/common-passwords.SOURCE.md`).
const COMMON_PASSWORDS: &str = include_str!("../auth/common-passwords.txt");

fn common_passwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON_PASSWORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// Number of entries in the shipped common-password list.
pub fn common_password_count() -> usize {
    common_passwords().len()
}

/// Why a password was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    /// Fewer than [`MIN_PASSWORD_CHARS`] characters.
    TooShort,
    /// More than [`MAX_PASSWORD_CHARS`] characters.
    TooLong,
    /// In the list of common passwords (case-insensitive).
    Common,
    /// The two entries differ.
    Mismatch,
}

/// Checks a new password (no composition rules, no forced rotation: NIST SP 800-63B).
pub fn check_new_password(password: &str, repeated: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    if common_passwords().contains(password.to_lowercase().as_str()) {
        return Err(PasswordProblem::Common);
    }
    if password != repeated {
        return Err(PasswordProblem::Mismatch);
    }
    Ok(())
}

/// Normalises and checks an e-mail address: trimmed, lower-cased, one `@`, a dot in the
/// domain, no spaces or control characters, at most 254 characters.
pub fn normalize_email(raw: &str) -> Option<String> {
    let email = raw.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let ok = email.len() <= 254
        && !local.is_empty()
        && local.len() <= 64
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ','));
    ok.then_some(email)
}

/// What a one-time link token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Confirm the e-mail address after registration.
    Confirm,
    /// Reset a forgotten password.
    Reset,
    /// Staff invitation: set the first password.
    Invite,
}

impl TokenPurpose {
    /// As stored.
    pub fn code(self) -> &'static str {
        match self {
            TokenPurpose::Confirm => "confirm",
            TokenPurpose::Reset => "reset",
            TokenPurpose::Invite => "invite",
        }
    }

    /// How long a link stays valid.
    pub fn validity(self) -> Duration {
        match self {
            TokenPurpose::Confirm => Duration::days(3),
            TokenPurpose::Reset => Duration::hours(12),
            TokenPurpose::Invite => Duration::days(7),
        }
    }
}

/// Idle timeout of a session of a user with any staff role.
pub fn staff_idle_timeout() -> Duration {
    Duration::minutes(30)
}

/// Idle timeout of a parent session.
pub fn parent_idle_timeout() -> Duration {
    Duration::hours(24)
}

/// Absolute lifetime of any session.
pub fn session_lifetime() -> Duration {
    Duration::days(14)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_shipped_list_is_large_enough() {
        assert!(
            common_password_count() >= 10_000,
            "{}",
            common_password_count()
        );
    }

    #[test]
    fn password_policy() {
        assert_eq!(
            check_new_password("kurz", "kurz"),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new_password("elf-zeichen", "elf-zeichen"),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new_password("123456654321", "123456654321"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_new_password("Qwerty123456", "Qwerty123456"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_new_password("Apfelbaum im Winter 7", "Apfelbaum im Winter 8"),
            Err(PasswordProblem::Mismatch)
        );
        assert_eq!(
            check_new_password("Apfelbaum im Winter 7", "Apfelbaum im Winter 7"),
            Ok(())
        );
        // Umlauts count as one character each.
        assert_eq!(
            check_new_password("äöüäöüäöüäö", "äöüäöüäöüäö"),
            Err(PasswordProblem::TooShort)
        );
    }

    #[test]
    fn emails() {
        assert_eq!(
            normalize_email("  Eltern@Example.ORG "),
            Some("eltern@example.org".into())
        );
        assert_eq!(normalize_email("no-at.example.org"), None);
        assert_eq!(normalize_email("a@b"), None);
        assert_eq!(normalize_email("a b@example.org"), None);
        assert_eq!(normalize_email("a@@example.org"), None);
        assert_eq!(normalize_email("@example.org"), None);
    }

    #[test]
    fn reset_links_live_twelve_hours() {
        assert_eq!(TokenPurpose::Reset.validity(), Duration::hours(12));
        assert_eq!(staff_idle_timeout(), Duration::minutes(30));
    }

    proptest! {
        #[test]
        fn normalised_emails_are_stable(s in "[a-zA-Z0-9._%+-]{1,20}@[a-zA-Z0-9-]{1,20}\\.[a-z]{2,6}") {
            let once = normalize_email(&s).unwrap();
            prop_assert_eq!(normalize_email(&once), Some(once.clone()));
            prop_assert_eq!(once.clone(), once.to_lowercase());
        }
    }
}
