//! Keyed fingerprints for comparing children across municipalities without exchanging names.
//!
//! Each fingerprint is HMAC-SHA256(key, combination of normalised fields), hex-encoded. Every
//! combination contains the first-name key (the Kölner Phonetik code, the first two and the
//! last letter of the first given name: Sophie/Sofie meet, Paul/Paula and Lina/Lena do not),
//! so twins and siblings — who differ exactly there — share none,
//! and two of: a birth-date key, a surname-part code, the address. The date keys are the date
//! with day and month sorted (day/month swaps meet) and two two-day buckets (dates one day
//! apart always share one bucket).

use chrono::Datelike;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::score::Prepared;
use super::Record;

fn hmac_hex(key: &[u8], parts: &[&str]) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(b"kitaplatz-dedupe-v1");
    for part in parts {
        mac.update(&[0x1f]);
        mac.update(part.as_bytes());
    }
    hex::encode(mac.finalize().into_bytes())
}

/// The fingerprints of a record (sorted, each once); empty without a first name.
pub fn fingerprints(r: &Record, key: &[u8]) -> Vec<String> {
    let p = Prepared::new(r);
    let Some(first) = p.first.first() else {
        return Vec::new();
    };
    let prefix: String = first.text.chars().take(2).collect();
    let end = first.text.chars().last().unwrap_or(' ');
    let first_key = format!("f:{}:{prefix}:{end}", first.code);
    let mut dates = Vec::new();
    if let Some(d) = p.birth {
        let n = d.num_days_from_ce();
        let (lo, hi) = (d.day().min(d.month()), d.day().max(d.month()));
        dates.push(format!("s:{}-{lo}-{hi}", d.year()));
        dates.push(format!("b:{}", n.div_euclid(2)));
        dates.push(format!("b:{}", (n + 1).div_euclid(2)));
    }
    let mut surnames: Vec<String> = p.last.iter().map(|w| format!("l:{}", w.code)).collect();
    if p.last.len() > 1 {
        surnames.push(format!("l:{}", p.last_joined.code));
    }
    let address = p
        .has_address()
        .then(|| format!("a:{}|{}|{}", p.postal, p.street, p.house));

    let mut out = Vec::new();
    for d in &dates {
        for l in &surnames {
            out.push(hmac_hex(key, &[&first_key, d, l]));
        }
        if let Some(a) = &address {
            out.push(hmac_hex(key, &[&first_key, d, a]));
        }
    }
    if let Some(a) = &address {
        for l in &surnames {
            out.push(hmac_hex(key, &[&first_key, l, a]));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
