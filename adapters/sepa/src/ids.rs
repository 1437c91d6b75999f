//! Account and party identifiers: IBAN, BIC, creditor identifier.

use iban::{Iban, IbanLike, ParseBaseIbanError, ParseIbanError};

use crate::error::{CreditorIdProblem, IbanProblem, SepaError};

/// Removes all white space and upper-cases.
fn compact_upper(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Normalises and validates an IBAN: removes spaces, upper-cases, then checks format,
/// check digits, country and the country's account format (with `iban_validate`).
/// Returns the IBAN in electronic form, e.g. `DE89370400440532013000`.
pub fn normalise_iban(s: &str) -> Result<String, SepaError> {
    let compact = compact_upper(s);
    if compact.is_empty() {
        return Err(SepaError::Iban(IbanProblem::Empty));
    }
    match compact.parse::<Iban>() {
        Ok(iban) => Ok(iban.electronic_str().to_owned()),
        Err(e) => Err(SepaError::Iban(match e {
            ParseIbanError::InvalidBaseIban {
                source: ParseBaseIbanError::InvalidChecksum,
            } => IbanProblem::Checksum,
            ParseIbanError::InvalidBaseIban { .. } => IbanProblem::Format,
            ParseIbanError::UnknownCountry(base) => {
                IbanProblem::UnknownCountry(base.country_code().to_owned())
            }
            ParseIbanError::InvalidBban(base) => IbanProblem::Bban(base.country_code().to_owned()),
        })),
    }
}

/// Normalises and checks a BIC: removes spaces, upper-cases, and checks the ISO 9362 form
/// (4 letters or digits for the institution, 2 letters for the country, 2 letters or digits
/// for the location, optionally 3 for the branch). A blank BIC is `None`.
pub fn normalise_bic(s: &str) -> Result<Option<String>, SepaError> {
    let bic = compact_upper(s);
    if bic.is_empty() {
        return Ok(None);
    }
    let b = bic.as_bytes();
    let ok = (b.len() == 8 || b.len() == 11)
        && b.iter().all(u8::is_ascii_alphanumeric)
        && b[4..6].iter().all(u8::is_ascii_alphabetic);
    if ok {
        Ok(Some(bic))
    } else {
        Err(SepaError::Bic(s.trim().to_owned()))
    }
}

/// Checks a creditor identifier (Gläubiger-Identifikationsnummer) and returns it without
/// spaces, upper-cased.
///
/// Structure: 2-letter country code, 2 check digits, 3-character business code (`ZZZ` unless
/// the creditor chose another), national identifier (letters and digits; in Germany 11
/// digits, so 18 characters in all). The check digits are ISO 7064 MOD 97-10, computed over
/// the national identifier followed by the country code and `00` — the business code is
/// not part of the check, so it can be changed freely.
///
/// ```
/// assert_eq!(kitaplatz_sepa::validate_creditor_id("de98 zzz0 9999 9999 99").unwrap(),
///            "DE98ZZZ09999999999");
/// ```
pub fn validate_creditor_id(s: &str) -> Result<String, SepaError> {
    let err = |p| Err(SepaError::CreditorId(p));
    let id = compact_upper(s);
    if id.is_empty() {
        return err(CreditorIdProblem::Empty);
    }
    let b = id.as_bytes();
    let well_formed = (8..=35).contains(&b.len())
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..4].iter().all(u8::is_ascii_digit)
        && b[4..]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if !well_formed {
        return err(CreditorIdProblem::Format);
    }
    if &id[..2] == "DE" && (b.len() != 18 || !b[7..].iter().all(u8::is_ascii_digit)) {
        return err(CreditorIdProblem::GermanFormat);
    }
    let check: u32 = id[2..4].parse().expect("two ASCII digits");
    let checked = format!("{}{}00", &id[7..], &id[..2]);
    if 98 - mod97(&checked) != check {
        return err(CreditorIdProblem::Checksum);
    }
    Ok(id)
}

/// The remainder modulo 97 of the number spelt by `s`, letters counting as two digits
/// (`A` = 10 … `Z` = 35), as in ISO 7064 MOD 97-10. `s` holds only `0-9A-Z`.
fn mod97(s: &str) -> u32 {
    s.chars().fold(0, |rem, c| {
        let v = c.to_digit(36).expect("0-9 or A-Z");
        if v < 10 {
            (rem * 10 + v) % 97
        } else {
            (rem * 100 + v) % 97
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iban_is_normalised() {
        assert_eq!(
            normalise_iban(" de89 3704 0044 0532 0130 00 ").unwrap(),
            "DE89370400440532013000"
        );
        assert_eq!(
            normalise_iban("AT61 1904 3002 3457 3201").unwrap(),
            "AT611904300234573201"
        );
    }

    #[test]
    fn iban_problems() {
        let problem = |s: &str| match normalise_iban(s) {
            Err(SepaError::Iban(p)) => p,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(problem("  "), IbanProblem::Empty);
        assert_eq!(problem("DE88370400440532013000"), IbanProblem::Checksum);
        assert_eq!(problem("12345"), IbanProblem::Format);
        assert_eq!(problem("DE89-3704-0044"), IbanProblem::Format);
        // A German IBAN is 22 characters; this one has a matching checksum but 23.
        assert_eq!(
            problem("DE6537040044053201300012"),
            IbanProblem::Bban("DE".into())
        );
        // Check digits right, but no country "XX".
        assert_eq!(
            problem("XX0837040044053201300"),
            IbanProblem::UnknownCountry("XX".into())
        );
        assert_eq!(
            normalise_iban("DE88370400440532013000")
                .unwrap_err()
                .to_string(),
            "IBAN ungültig: Prüfziffer stimmt nicht"
        );
    }

    #[test]
    fn bic() {
        assert_eq!(
            normalise_bic("cobadeff370").unwrap().as_deref(),
            Some("COBADEFF370")
        );
        assert_eq!(
            normalise_bic("MARK DEF1 100").unwrap().as_deref(),
            Some("MARKDEF1100")
        );
        assert_eq!(normalise_bic(" ").unwrap(), None);
        assert!(normalise_bic("COBADEF").is_err());
        assert!(normalise_bic("COBA12FF").is_err());
        assert!(normalise_bic("COBADEFFXX").is_err());
    }

    #[test]
    fn creditor_ids() {
        assert_eq!(
            validate_creditor_id("DE98ZZZ09999999999").unwrap(),
            "DE98ZZZ09999999999"
        );
        // The business code is not part of the check.
        assert_eq!(
            validate_creditor_id("DE98ABC09999999999").unwrap(),
            "DE98ABC09999999999"
        );
        assert_eq!(
            validate_creditor_id("DE97ZZZ09999999999"),
            Err(SepaError::CreditorId(CreditorIdProblem::Checksum))
        );
        assert_eq!(
            validate_creditor_id("DE98ZZZ0999999999"),
            Err(SepaError::CreditorId(CreditorIdProblem::GermanFormat))
        );
        assert_eq!(
            validate_creditor_id("D198ZZZ09999999999"),
            Err(SepaError::CreditorId(CreditorIdProblem::Format))
        );
        assert_eq!(
            validate_creditor_id(""),
            Err(SepaError::CreditorId(CreditorIdProblem::Empty))
        );
        assert_eq!(
            validate_creditor_id("DE97ZZZ09999999999")
                .unwrap_err()
                .to_string(),
            "Gläubiger-ID ungültig: Prüfziffer stimmt nicht"
        );
    }

    #[test]
    fn mod97_matches_iban_rule() {
        // An IBAN is valid when BBAN + country + check digits is 1 modulo 97.
        assert_eq!(mod97("370400440532013000DE89"), 1);
    }
}
