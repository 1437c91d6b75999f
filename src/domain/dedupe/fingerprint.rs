//! Keyed fingerprints for comparing children across municipalities without exchanging names.
//!
//! Each fingerprint is HMAC-SHA256(key, combination of normalised fields), hex-encoded. Every
//! combination contains a key of the first given name (see [`first_name_keys`]: its sound, the
//! name, and the name with one inner letter deleted — Sophie/Sofie and Johanna/Johana meet,
//! Paul/Paula, Lina/Lena and Anna/Hanna do not), so twins and siblings — who differ exactly
//! there — share none,
//! and two of: a birth-date key, a surname-part code, the address. The date keys are the date
//! with day and month sorted (day/month swaps meet) and two two-day buckets (dates one day
//! apart always share one bucket).

use chrono::Datelike;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::phonetic::koelner_phonetik;
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

/// The first-name keys: the sound key (Kölner Phonetik code, first two and last letter) for
/// spelling variants, the folded name itself, and — in names of five letters or more — the
/// name with one inner letter deleted, so that names one keyboard typo apart (not in the first
/// or last letter) share a key. The first and last letters are kept because that is where
/// other names differ (Anna / Hanna, Paul / Paula, Emilia / Emilie).
fn first_name_keys(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let (Some(first), Some(last)) = (chars.first(), chars.last()) else {
        return Vec::new();
    };
    let second = chars.get(1).copied().unwrap_or(' ');
    let mut keys = vec![
        format!("p:{}:{first}{second}:{last}", koelner_phonetik(name)),
        format!("d:{name}"),
    ];
    if chars.len() >= 5 {
        for i in 1..chars.len() - 1 {
            let deleted: String = chars[..i].iter().chain(&chars[i + 1..]).collect();
            keys.push(format!("d:{deleted}"));
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The fingerprints of a record (sorted, each once); empty without a first name.
pub fn fingerprints(r: &Record, key: &[u8]) -> Vec<String> {
    let p = Prepared::new(r);
    let Some(first) = p.first.first() else {
        return Vec::new();
    };
    let first_keys = first_name_keys(&first.text);
    let mut dates = Vec::new();
    if let Some(d) = p.birth {
        let n = d.num_days_from_ce();
        let (lo, hi) = (d.day().min(d.month()), d.day().max(d.month()));
        dates.push(format!("s:{}-{lo}-{hi}", d.year()));
        dates.push(format!("b:{}", n.div_euclid(2)));
        dates.push(format!("b:{}", (n + 1).div_euclid(2)));
    }
    let code = |w: &super::score::Word| format!("l:{}", koelner_phonetik(&w.text));
    let mut surnames: Vec<String> = p.last.iter().map(code).collect();
    if p.last.len() > 1 {
        surnames.push(code(&p.last_joined));
    }
    // The street by its sound and the house number; not the postal code, sometimes missing.
    let address =
        (!p.street.is_empty()).then(|| format!("a:{}|{}", koelner_phonetik(&p.street), p.house));

    let mut out = Vec::new();
    for f in &first_keys {
        for d in &dates {
            for l in &surnames {
                out.push(hmac_hex(key, &[f, d, l]));
            }
            if let Some(a) = &address {
                out.push(hmac_hex(key, &[f, d, a]));
            }
        }
        if let Some(a) = &address {
            for l in &surnames {
                out.push(hmac_hex(key, &[f, l, a]));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
