//! Credentials: argon2id password hashes, random one-time tokens (stored only as SHA-256),
//! constant-time comparison. All primitives come from audited crates.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::AppError;

/// argon2id with the crate's defaults (OWASP: m=19 MiB, t=2, p=1).
fn hasher() -> Argon2<'static> {
    Argon2::default()
}

/// Hashes a password into a PHC string.
pub fn hash_password(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Internal(format!("password hash: {e}")))
}

/// Verifies a password against a stored PHC string.
pub fn verify_password(password: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Spends the same time as a real verification, so an unknown e-mail cannot be told apart
/// from a wrong password by timing.
pub fn dummy_verify(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let phc = DUMMY.get_or_init(|| hash_password("dummy password for timing").unwrap_or_default());
    let _ = verify_password(password, phc);
}

/// A fresh random token (256 bit, hex) for links and sessions.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// How a token is stored: SHA-256, hex. A leaked table does not give working links.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Compares two secrets in constant time.
pub fn secrets_equal(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_and_verify() {
        let phc = hash_password("Apfelbaum im Winter 7").unwrap();
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify_password("Apfelbaum im Winter 7", &phc));
        assert!(!verify_password("Apfelbaum im Winter 8", &phc));
        assert!(!verify_password("x", "not a phc string"));
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_ne!(token_hash(&a), a);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert!(secrets_equal(&a, &a.clone()));
        assert!(!secrets_equal(&a, &b));
        assert!(!secrets_equal("abc", "abcd"));
    }
}

/// A fresh activation code for a paper application (see `domain::household`).
pub fn new_claim_code() -> String {
    use crate::domain::household::{CLAIM_ALPHABET, CLAIM_LENGTH};
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    (0..CLAIM_LENGTH)
        .map(|_| CLAIM_ALPHABET[rng.gen_range(0..CLAIM_ALPHABET.len())] as char)
        .collect()
}

#[cfg(test)]
mod claim_tests {
    #[test]
    fn claim_codes_are_valid_and_differ() {
        let a = super::new_claim_code();
        assert_eq!(
            crate::domain::household::normalize_claim_code(&a),
            Some(a.clone())
        );
        assert_ne!(a, super::new_claim_code());
    }
}
