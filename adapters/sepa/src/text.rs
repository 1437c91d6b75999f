//! The SEPA character set: transliterating free text, checking identifiers.

use crate::error::{IdField, IdProblem, SepaError};
use crate::MAX_ID;

/// Whether `c` belongs to the basic SEPA Latin character set:
/// `A–Z a–z 0–9 / - ? : ( ) . , ' +` and space.
pub(crate) fn is_sepa_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            '/' | '-' | '?' | ':' | '(' | ')' | '.' | ',' | '\'' | '+' | ' '
        )
}

/// Transliterates free text (names, remittance) to the SEPA Latin character set, collapses
/// runs of spaces, trims and cuts the result to at most `max` characters.
///
/// * German letters: `ä → ae`, `ö → oe`, `ü → ue`, `ß → ss`, `Ä → Ae` (`AE` inside an
///   upper-case word), also when the umlaut is written as a letter plus a combining diaeresis;
/// * other Latin letters with diacritics become their base letters (`é → e`, `ł → l`,
///   `ş → s`, `ø → o`, `æ → ae`), letters of other scripts their usual Latin transliteration
///   (`Іван → Ivan`);
/// * typographic look-alikes become the allowed character (`’ → '`, `– → -`, `& → +`);
/// * everything else (`@`, `_`, `;`, line breaks …) becomes a space.
///
/// The result may be empty.
pub fn sepa_text(s: &str, max: usize) -> String {
    let chars = compose_umlauts(s);
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            c if is_sepa_char(c) => out.push(c),
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'ẞ' => out.push_str("SS"),
            'Ä' | 'Ö' | 'Ü' => {
                out.push(match c {
                    'Ä' => 'A',
                    'Ö' => 'O',
                    _ => 'U',
                });
                let upper_word = |n: Option<&char>| n.is_some_and(|n| n.is_uppercase());
                let shouting = upper_word(chars.get(i + 1))
                    || (i > 0 && upper_word(chars.get(i - 1)) && !next_is_lower(&chars, i));
                out.push(if shouting { 'E' } else { 'e' });
            }
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' | '\u{B4}' => out.push('\''),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
            '&' => out.push('+'),
            // Combining marks (a letter written as base + accent): the base letter is already
            // there.
            '\u{300}'..='\u{36F}' => {}
            // Other letters (accents, Cyrillic, Arabic, …) as their usual Latin transliteration,
            // so a Ukrainian parent's name reaches the bank readable.
            c if c.is_alphabetic() => match deunicode::deunicode_char(c) {
                Some(base) if !base.is_empty() && base.chars().all(|b| b.is_ascii_alphabetic()) => {
                    out.push_str(base)
                }
                _ => out.push(' '),
            },
            _ => out.push(' '),
        }
    }
    let collapsed = out
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    // Only ASCII is left, so characters are bytes.
    let mut cut = collapsed;
    cut.truncate(max);
    cut.trim_end().to_owned()
}

fn next_is_lower(chars: &[char], i: usize) -> bool {
    chars.get(i + 1).is_some_and(|c| c.is_lowercase())
}

/// Replaces `a`, `o`, `u` (and upper case) followed by a combining diaeresis (U+0308) by the
/// precomposed umlaut, so decomposed input (as macOS often sends it) becomes `ae`, not `a`.
fn compose_umlauts(s: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c == '\u{308}' {
            let composed = match out.last() {
                Some('a') => Some('ä'),
                Some('o') => Some('ö'),
                Some('u') => Some('ü'),
                Some('A') => Some('Ä'),
                Some('O') => Some('Ö'),
                Some('U') => Some('Ü'),
                _ => None,
            };
            if let Some(u) = composed {
                out.pop();
                out.push(u);
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Checks a mandate reference (Mandatsreferenz): 1 to 35 characters of the SEPA set
/// (`A–Z a–z 0–9 / - ? : ( ) . , ' +` and space), not starting or ending with `/` and without
/// `//`.
pub fn validate_mandate_reference(s: &str) -> Result<(), SepaError> {
    validate_id(IdField::MandateReference, s)
}

/// Checks an identifier by the rules of [`validate_mandate_reference`].
pub(crate) fn validate_id(field: IdField, s: &str) -> Result<(), SepaError> {
    let err = |problem| Err(SepaError::Id { field, problem });
    if s.is_empty() {
        return err(IdProblem::Empty);
    }
    if s.chars().count() > MAX_ID {
        return err(IdProblem::TooLong);
    }
    let mut bad: Vec<char> = Vec::new();
    for c in s.chars().filter(|&c| !is_sepa_char(c)) {
        if !bad.contains(&c) {
            bad.push(c);
        }
    }
    if !bad.is_empty() {
        let list = bad
            .iter()
            .map(|c| match c {
                c if c.is_control() || c.is_whitespace() => format!("U+{:04X}", u32::from(*c)),
                c => format!("„{c}“"),
            })
            .collect::<Vec<_>>()
            .join(", ");
        return err(IdProblem::Characters(list));
    }
    if s.starts_with('/') || s.ends_with('/') || s.contains("//") {
        return err(IdProblem::Slash);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_letters() {
        assert_eq!(sepa_text("Jörg Müller-Weiß", 70), "Joerg Mueller-Weiss");
        assert_eq!(sepa_text("Ärger Öl Übel", 70), "Aerger Oel Uebel");
        assert_eq!(sepa_text("MÜLLER ÄRGER", 70), "MUELLER AERGER");
        assert_eq!(sepa_text("Ü", 70), "Ue");
        assert_eq!(sepa_text("STRAẞE", 70), "STRASSE");
    }

    #[test]
    fn decomposed_umlauts() {
        assert_eq!(sepa_text("Mu\u{308}ller", 70), "Mueller");
        assert_eq!(sepa_text("Jose\u{301}", 70), "Jose");
    }

    #[test]
    fn other_diacritics_become_base_letters() {
        assert_eq!(
            sepa_text("Zoë Çelik Łukasz Søren Ærø", 70),
            "Zoe Celik Lukasz Soren AEro"
        );
        assert_eq!(
            sepa_text("Şahin Öztürk-Yılmaz", 70),
            "Sahin Oeztuerk-Yilmaz"
        );
        assert_eq!(sepa_text("Nguyễn Thị", 70), "Nguyen Thi");
        assert_eq!(sepa_text("Ștefan Țurcanu", 70), "Stefan Turcanu");
    }

    #[test]
    fn other_characters() {
        assert_eq!(
            sepa_text("  Kita  „Sonnenschein“ & Co_KG; ", 70),
            "Kita Sonnenschein + Co KG"
        );
        assert_eq!(sepa_text("O’Brien – Smith", 70), "O'Brien - Smith");
        assert_eq!(sepa_text("Іван Петренко", 70), "Ivan Petrenko");
        assert_eq!(sepa_text("Ivan Petrov", 70), "Ivan Petrov");
        assert_eq!(sepa_text("Beitrag\r\nMärz", 70), "Beitrag Maerz");
        assert_eq!(sepa_text("@€#", 70), "");
    }

    #[test]
    fn cut_and_trim() {
        assert_eq!(sepa_text("Müller", 3), "Mue");
        assert_eq!(sepa_text("ab cd", 3), "ab");
        assert_eq!(sepa_text(&"ä".repeat(100), 140).len(), 140);
    }

    #[test]
    fn output_is_always_sepa_and_bounded() {
        let input = "Ñandú ÿ ĳ ǅ ﬁ ½ Å ₂ 𝔸 ❤ \u{0} \t x";
        let out = sepa_text(input, 20);
        assert!(out.chars().all(is_sepa_char), "{out}");
        assert!(out.len() <= 20);
    }

    #[test]
    fn mandate_references() {
        assert_eq!(validate_mandate_reference("KITA-2025/0001 (A.B.)"), Ok(()));
        assert_eq!(validate_mandate_reference(&"A".repeat(35)), Ok(()));
        let problem = |s: &str| match validate_mandate_reference(s) {
            Err(SepaError::Id {
                field: IdField::MandateReference,
                problem,
            }) => problem,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(problem(""), IdProblem::Empty);
        assert_eq!(problem(&"A".repeat(36)), IdProblem::TooLong);
        assert_eq!(
            problem("Müller&Co_"),
            IdProblem::Characters("„ü“, „&“, „_“".into())
        );
        assert_eq!(problem("/ABC"), IdProblem::Slash);
        assert_eq!(problem("ABC/"), IdProblem::Slash);
        assert_eq!(problem("A//B"), IdProblem::Slash);
        assert_eq!(
            validate_mandate_reference(&"A".repeat(36))
                .unwrap_err()
                .to_string(),
            "Mandatsreferenz zu lang (höchstens 35 Zeichen)"
        );
    }
}
