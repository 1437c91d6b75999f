//! Encryption of special-category fields (Art. 9 GDPR, e.g. notes on integration assistance)
//! in the application, with XChaCha20-Poly1305 (an AEAD from the maintained RustCrypto crate
//! `chacha20poly1305`): a random 24-byte nonce per value, and the table, column and row id as
//! associated data, so a value moved to another row or column does not decrypt.
//!
//! Keys live in a key file (`KITAPLATZ_FIELD_KEYS_FILE`, mode 0600), one `id base64-key` per
//! line; the last line is the current key. A stored value names its key id
//! (`kp1:<id>:<base64(nonce ‖ ciphertext)>`), so old values stay readable after a rotation
//! (`kitaplatz rotate-key` appends a key and re-encrypts every value). Keys and plain values
//! are never logged: [`KeyRing`]'s `Debug` shows the key ids only.

use std::path::Path;

use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, OsRng, Payload};
use chacha20poly1305::{AeadCore, XChaCha20Poly1305, XNonce};

const PREFIX: &str = "kp1";
const NONCE: usize = 24;

/// Why a value or the key file cannot be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CryptoError {
    /// The key file is missing, unreadable or malformed.
    #[error("field key file: {0}")]
    KeyFile(String),
    /// The value names a key id that is not in the key file.
    #[error("field key {0} is not in the key file")]
    UnknownKey(String),
    /// Not a sealed value, or it was changed or moved (authentication failed).
    #[error("a sealed field could not be decrypted")]
    Invalid,
}

/// The field keys: every key ever used, the last one current.
pub struct KeyRing {
    keys: Vec<(String, XChaCha20Poly1305)>,
}

impl std::fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.keys.iter().map(|(id, _)| id.as_str()).collect();
        f.debug_struct("KeyRing").field("ids", &ids).finish()
    }
}

fn engine() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

/// A new key line: `id base64-key` (id: `k` + creation time, unique enough for rotations).
fn new_key_line(id: &str) -> String {
    let key = XChaCha20Poly1305::generate_key(&mut OsRng);
    format!("{id} {}\n", engine().encode(key))
}

impl KeyRing {
    /// Parses a key file's text.
    pub fn parse(text: &str) -> Result<KeyRing, CryptoError> {
        let mut keys = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (id, key) = line.split_once(' ').ok_or_else(|| {
                CryptoError::KeyFile(format!("line {}: expected 'id key'", n + 1))
            })?;
            let bytes = engine()
                .decode(key.trim())
                .map_err(|_| CryptoError::KeyFile(format!("line {}: key is not base64", n + 1)))?;
            let cipher = XChaCha20Poly1305::new_from_slice(&bytes).map_err(|_| {
                CryptoError::KeyFile(format!("line {}: key must be 32 bytes", n + 1))
            })?;
            if id.contains(':') || keys.iter().any(|(k, _)| k == id) {
                return Err(CryptoError::KeyFile(format!(
                    "line {}: bad or repeated id",
                    n + 1
                )));
            }
            keys.push((id.to_string(), cipher));
        }
        if keys.is_empty() {
            return Err(CryptoError::KeyFile("no key".into()));
        }
        Ok(KeyRing { keys })
    }

    /// Reads the key file, creating it with a first key (mode 0600) if it does not exist.
    pub fn load_or_create(path: &Path, now: chrono::NaiveDateTime) -> Result<KeyRing, CryptoError> {
        if !path.exists() {
            crate::config::write_private_file(path, &new_key_line(&key_id(now)))
                .map_err(|e| CryptoError::KeyFile(format!("{}: {e}", path.display())))?;
        }
        let text = std::fs::read_to_string(path)
            .map_err(|e| CryptoError::KeyFile(format!("{}: {e}", path.display())))?;
        KeyRing::parse(&text)
    }

    /// Appends a new current key to the key file; returns its id.
    pub fn append_key(path: &Path, now: chrono::NaiveDateTime) -> Result<String, CryptoError> {
        use std::io::Write;
        let ring = KeyRing::load_or_create(path, now)?;
        let mut id = key_id(now);
        while ring.keys.iter().any(|(k, _)| *k == id) {
            id.push('x');
        }
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(path)
            .map_err(|e| CryptoError::KeyFile(format!("{}: {e}", path.display())))?;
        f.write_all(new_key_line(&id).as_bytes())
            .map_err(|e| CryptoError::KeyFile(format!("{}: {e}", path.display())))?;
        Ok(id)
    }

    /// The id of the current key.
    pub fn current_id(&self) -> &str {
        self.keys.last().map_or("", |(id, _)| id.as_str())
    }

    /// Encrypts `plain` for the field named by `aad` (`table.column.row-id`) with the
    /// current key.
    pub fn seal(&self, aad: &str, plain: &str) -> String {
        let Some((id, cipher)) = self.keys.last() else {
            return String::new();
        };
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let payload = Payload {
            msg: plain.as_bytes(),
            aad: aad.as_bytes(),
        };
        // Encryption with a valid key and nonce only fails for messages beyond 256 GiB.
        let sealed = cipher.encrypt(&nonce, payload).unwrap_or_default();
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        format!("{PREFIX}:{id}:{}", engine().encode(bytes))
    }

    /// Decrypts a value sealed for `aad`.
    pub fn open(&self, aad: &str, sealed: &str) -> Result<String, CryptoError> {
        let mut parts = sealed.splitn(3, ':');
        let (Some(PREFIX), Some(id), Some(data)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(CryptoError::Invalid);
        };
        let (_, cipher) = self
            .keys
            .iter()
            .find(|(k, _)| k == id)
            .ok_or_else(|| CryptoError::UnknownKey(id.to_string()))?;
        let bytes = engine().decode(data).map_err(|_| CryptoError::Invalid)?;
        if bytes.len() < NONCE {
            return Err(CryptoError::Invalid);
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE);
        let plain = cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| CryptoError::Invalid)?;
        String::from_utf8(plain).map_err(|_| CryptoError::Invalid)
    }

    /// Whether a sealed value uses an older key than the current one.
    pub fn is_stale(&self, sealed: &str) -> bool {
        sealed.split(':').nth(1) != Some(self.current_id())
    }
}

fn key_id(now: chrono::NaiveDateTime) -> String {
    now.format("k%Y%m%d%H%M%S").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(lines: &[&str]) -> KeyRing {
        KeyRing::parse(&lines.join("\n")).unwrap()
    }

    fn key() -> String {
        new_key_line("x")
            .trim()
            .split_once(' ')
            .unwrap()
            .1
            .to_string()
    }

    #[test]
    fn field_crypto_seals_and_opens_only_in_its_place() {
        let k = key();
        let r = ring(&[&format!("a {k}")]);
        let sealed = r.seal(
            "contracts.integration_note.c1",
            "Autismus-Spektrum, I-Kraft 20 h",
        );
        assert!(sealed.starts_with("kp1:a:"));
        assert!(!sealed.contains("Autismus"));
        assert_ne!(
            sealed,
            r.seal(
                "contracts.integration_note.c1",
                "Autismus-Spektrum, I-Kraft 20 h"
            )
        );
        assert_eq!(
            r.open("contracts.integration_note.c1", &sealed).unwrap(),
            "Autismus-Spektrum, I-Kraft 20 h"
        );
        // Moved to another row, or changed: refused.
        assert_eq!(
            r.open("contracts.integration_note.c2", &sealed),
            Err(CryptoError::Invalid)
        );
        let mut changed = sealed.clone();
        changed.pop();
        changed.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert_eq!(
            r.open("contracts.integration_note.c1", &changed),
            Err(CryptoError::Invalid)
        );
        assert_eq!(r.open("x", "plain text"), Err(CryptoError::Invalid));
        // Debug output names ids only.
        assert_eq!(format!("{r:?}"), "KeyRing { ids: [\"a\"] }");
    }

    #[test]
    fn field_crypto_old_keys_stay_readable_after_a_rotation() {
        let (k1, k2) = (key(), key());
        let old = ring(&[&format!("a {k1}")]);
        let sealed = old.seal("t.c.1", "x");
        let both = ring(&[&format!("a {k1}"), &format!("b {k2}")]);
        assert_eq!(both.current_id(), "b");
        assert!(both.is_stale(&sealed));
        assert_eq!(both.open("t.c.1", &sealed).unwrap(), "x");
        assert!(!both.is_stale(&both.seal("t.c.1", "x")));
        let only_new = ring(&[&format!("b {k2}")]);
        assert_eq!(
            only_new.open("t.c.1", &sealed),
            Err(CryptoError::UnknownKey("a".into()))
        );
    }

    #[test]
    fn field_crypto_rejects_bad_key_files() {
        for bad in [
            "",
            "a",
            "a notbase64!",
            "a AAAA",
            &format!("a {}\na {}", key(), key()),
        ] {
            assert!(KeyRing::parse(bad).is_err(), "{bad}");
        }
    }
}
