//! Returned debits (Rücklastschriften) from a CSV file, and what their reason codes mean.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::error::{IdField, SepaError};
use crate::pain008::check_amount;
use crate::text::validate_id;

/// One returned debit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Return {
    /// End-to-end id of the original debit.
    pub end_to_end_id: String,
    /// ISO reason code, upper-case (e.g. `AM04`); see [`reason_text`].
    pub reason_code: String,
    /// Amount returned, positive, two decimals.
    pub amount: Decimal,
    /// Date of the return (booking date).
    pub date: NaiveDate,
}

/// The columns the file must have (in any order; more columns are ignored).
const COLUMNS: [&str; 4] = ["end_to_end_id", "reason_code", "amount", "date"];

/// Reads returned debits from a CSV file as German Excel writes it.
///
/// * separator `;`, a header row naming the columns `end_to_end_id`, `reason_code`, `amount`,
///   `date` (any order, case ignored, further columns ignored), a UTF-8 byte order mark
///   ignored; cells that are not UTF-8 are read as Windows-1252/Latin-1;
/// * amounts with decimal comma or point, thousands separators allowed (`1.234,56`,
///   `1,234.56`), an optional `€` or `EUR`; a minus sign is ignored, since bank exports
///   often show returns as negative bookings;
/// * dates as `dd.mm.yyyy` (also `d.m.yyyy` and `dd.mm.yy`, meaning 20yy) or `yyyy-mm-dd`;
/// * empty rows are skipped.
///
/// Errors name the line (the header is line 1) in [`SepaError::Row`].
pub fn parse_returns(bytes: &[u8]) -> Result<Vec<Return>, SepaError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers: Vec<String> = reader
        .byte_headers()
        .map_err(|e| SepaError::ReturnsFile(format!("Kopfzeile nicht lesbar ({e})")))?
        .iter()
        .map(|h| decode(h).trim().to_lowercase())
        .collect();
    let mut index = [0usize; 4];
    for (slot, column) in index.iter_mut().zip(COLUMNS) {
        *slot = headers.iter().position(|h| h == column).ok_or_else(|| {
            let hint = if headers.len() == 1 && headers[0].contains(',') {
                "; die Spalten müssen durch Semikolon (;) getrennt sein"
            } else {
                ""
            };
            SepaError::ReturnsFile(format!(
                "Spalte „{column}“ fehlt in der Kopfzeile (erwartet: {}){hint}",
                COLUMNS.join(";")
            ))
        })?;
    }

    let mut returns = Vec::new();
    let mut record = csv::ByteRecord::new();
    loop {
        let before = reader.position().byte();
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map_or(before, csv::Position::byte);
                return Err(SepaError::Row {
                    row: line_at(bytes, at),
                    error: Box::new(SepaError::ReturnsFile(format!("nicht lesbar ({e})"))),
                });
            }
        }
        let row = line_at(bytes, record.position().map_or(before, csv::Position::byte));
        if record.iter().all(<[u8]>::is_empty) {
            continue;
        }
        let cell = |i: usize| record.get(index[i]).map(decode).unwrap_or_default();
        let parsed = parse_row(&cell(0), &cell(1), &cell(2), &cell(3));
        returns.push(parsed.map_err(|e| SepaError::Row {
            row,
            error: Box::new(e),
        })?);
    }
    Ok(returns)
}

/// The line (from 1) of the record the reader started reading at byte `offset`.
///
/// The csv crate's own line numbers (and byte offsets) point to where it started reading, that
/// is before the empty lines it skips, so those are skipped here before counting.
fn line_at(bytes: &[u8], offset: u64) -> u64 {
    let mut start = usize::try_from(offset)
        .unwrap_or(usize::MAX)
        .min(bytes.len());
    while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
        start += 1;
    }
    let head = &bytes[..start];
    let breaks = head
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && head.get(i + 1) != Some(&b'\n')))
        .count();
    1 + breaks as u64
}

fn parse_row(e2e: &str, reason: &str, amount: &str, date: &str) -> Result<Return, SepaError> {
    validate_id(IdField::EndToEndId, e2e)?;
    Ok(Return {
        end_to_end_id: e2e.to_owned(),
        reason_code: parse_reason(reason)?,
        amount: parse_amount(amount)?,
        date: parse_date(date)?,
    })
}

/// UTF-8, or else Windows-1252/Latin-1 read byte by byte (close enough for ids and codes).
fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

fn missing_or(field: &'static str, value: &str, problem: &'static str) -> SepaError {
    if value.is_empty() {
        SepaError::CellMissing(field)
    } else {
        SepaError::Cell {
            field,
            value: value.to_owned(),
            problem,
        }
    }
}

fn parse_reason(s: &str) -> Result<String, SepaError> {
    let code = s.to_ascii_uppercase();
    if code.len() == 4 && code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(code)
    } else {
        Err(missing_or(
            "Rückgabegrund",
            s,
            "ist kein vierstelliger Code wie AC01 oder MD06",
        ))
    }
}

fn parse_amount(s: &str) -> Result<Decimal, SepaError> {
    let not_a_number = || missing_or("Betrag", s, "ist keine Zahl (z. B. 45,50)");
    let mut t = s.trim();
    for unit in ["€", "EUR", "eur"] {
        t = t.strip_suffix(unit).unwrap_or(t).trim_end();
        t = t.strip_prefix(unit).unwrap_or(t).trim_start();
    }
    let t = t.strip_prefix(['-', '+']).unwrap_or(t).trim_start();
    // The later of ',' and '.' is the decimal separator; the other one separates thousands.
    let decimal = match (t.rfind(','), t.rfind('.')) {
        (Some(c), Some(p)) if c > p => ',',
        (Some(_), Some(_)) => '.',
        (Some(_), None) => ',',
        _ => '.',
    };
    let thousands = if decimal == ',' { '.' } else { ',' };
    let plain: String = t
        .chars()
        .filter(|&c| c != thousands && c != ' ' && c != '\u{a0}' && c != '\'')
        .map(|c| if c == decimal { '.' } else { c })
        .collect();
    if plain.is_empty() || !plain.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(not_a_number());
    }
    let amount = Decimal::from_str(&plain).map_err(|_| not_a_number())?;
    check_amount(amount)
}

fn parse_date(s: &str) -> Result<NaiveDate, SepaError> {
    let bad = || missing_or("Datum", s, "nicht erkannt (TT.MM.JJJJ oder JJJJ-MM-TT)");
    let num = |p: &str, lens: &[usize]| -> Option<u32> {
        (lens.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())?
    };
    let parts: Vec<&str> = s.split('.').collect();
    let ymd = if let [d, m, y] = parts[..] {
        let year = match y.len() {
            2 => num(y, &[2]).map(|y| 2000 + y),
            _ => num(y, &[4]),
        };
        (year, num(m, &[1, 2]), num(d, &[1, 2]))
    } else if let [y, m, d] = s.split('-').collect::<Vec<_>>()[..] {
        (num(y, &[4]), num(m, &[2]), num(d, &[2]))
    } else {
        return Err(bad());
    };
    match ymd {
        (Some(y), Some(m), Some(d)) => {
            NaiveDate::from_ymd_opt(i32::try_from(y).map_err(|_| bad())?, m, d).ok_or_else(bad)
        }
        _ => Err(bad()),
    }
}

/// A short German explanation of an ISO 20022 return reason code (case ignored), for the
/// staff who call the parents. Unknown codes get a general text.
pub fn reason_text(code: &str) -> &'static str {
    match code.trim().to_ascii_uppercase().as_str() {
        "AC01" => "IBAN falsch oder unbekannt",
        "AC04" => "Konto aufgelöst",
        "AC06" => "Konto gesperrt",
        "AC13" => "Kontoart lässt keine Lastschrift zu",
        "AG01" => "Lastschrift auf diesem Konto nicht erlaubt",
        "AG02" => "Ungültiger Auftragsschlüssel",
        "AM04" => "Deckung ungenügend",
        "AM05" => "Doppelt eingereicht",
        "BE05" => "Einreicher bei der Bank nicht bekannt",
        "CNOR" => "Bank des Gläubigers nicht erreichbar",
        "DNOR" => "Bank des Zahlungspflichtigen nicht erreichbar",
        "FF01" => "Ungültiges Dateiformat",
        "MD01" => "Kein gültiges Mandat",
        "MD02" => "Mandatsangaben fehlen oder sind falsch",
        "MD06" => "Erstattung auf Wunsch des Kontoinhabers (Widerspruch)",
        "MD07" => "Kontoinhaber verstorben",
        "MS02" => "Widerspruch des Kontoinhabers (ohne Angabe von Gründen)",
        "MS03" => "Grund von der Bank nicht angegeben",
        "RC01" => "BIC falsch",
        "RR01" => "Konto- oder Personenangaben des Zahlungspflichtigen fehlen",
        "RR02" => "Name oder Anschrift des Zahlungspflichtigen fehlt",
        "RR03" => "Name oder Anschrift des Gläubigers fehlt",
        "RR04" => "Aufsichtsrechtliche Gründe",
        "SL01" => "Lastschriftsperre oder -begrenzung des Kontoinhabers bei seiner Bank",
        "TM01" => "Nach Annahmeschluss eingegangen",
        _ => "Sonstiger Grund (bei der Bank erfragen)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts() {
        for (input, want) in [
            ("45,50", "45.50"),
            ("45.5", "45.50"),
            ("1.234,56", "1234.56"),
            ("1,234.56", "1234.56"),
            ("-12,00 €", "12.00"),
            ("EUR 7", "7.00"),
            ("1 234,56", "1234.56"),
        ] {
            assert_eq!(parse_amount(input).unwrap(), dec(want), "{input}");
        }
        assert_eq!(parse_amount("0,00"), Err(SepaError::AmountNotPositive));
        assert_eq!(
            parse_amount("1,005"),
            Err(SepaError::AmountTooPrecise("1,005".into()))
        );
        assert!(matches!(
            parse_amount("zwölf"),
            Err(SepaError::Cell {
                field: "Betrag",
                ..
            })
        ));
        assert!(matches!(parse_amount("1e3"), Err(SepaError::Cell { .. })));
        assert_eq!(parse_amount(""), Err(SepaError::CellMissing("Betrag")));
    }

    #[test]
    fn dates() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 5).unwrap();
        for input in ["05.03.2025", "5.3.2025", "05.03.25", "2025-03-05"] {
            assert_eq!(parse_date(input).unwrap(), d, "{input}");
        }
        for input in [
            "31.02.2025",
            "2025-3-5",
            "05/03/2025",
            "05.03.025",
            "x",
            "5.3.2025.1",
        ] {
            assert!(parse_date(input).is_err(), "{input}");
        }
    }

    #[test]
    fn line_numbers_count_skipped_empty_lines() {
        let rows = |csv: &str| -> Vec<u64> {
            let head = "end_to_end_id;reason_code;amount;date";
            let bad = format!("{head}{csv}");
            match parse_returns(bad.as_bytes()) {
                Err(SepaError::Row { row, .. }) => vec![row],
                other => panic!("{csv:?}: {other:?}"),
            }
        };
        assert_eq!(rows("\nA;AM04;0;01.01.2025\n"), [2]);
        assert_eq!(rows("\n\n\nA;AM04;0;01.01.2025\n"), [4]);
        assert_eq!(rows("\r\n\r\nA;AM04;0;01.01.2025\r\n"), [3]);
        assert_eq!(rows("\r\rA;AM04;0;01.01.2025\r"), [3]);
        assert_eq!(
            rows("\nA;AM04;1;01.01.2025;\"x\ny\"\n\nC;AM04;0;01.01.2025\n"),
            [5]
        );
        assert_eq!(rows("\nA;AM04;1;01.01.2025\n;;;\nC;AM04;0;01.01.2025"), [4]);
    }

    #[test]
    fn reason_codes() {
        assert_eq!(parse_reason("am04").unwrap(), "AM04");
        assert!(parse_reason("AM4").is_err());
        assert_eq!(reason_text("am04"), "Deckung ungenügend");
        assert_eq!(
            reason_text("ZZ99"),
            "Sonstiger Grund (bei der Bank erfragen)"
        );
    }
}
