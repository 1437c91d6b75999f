//! Helpers: sample data, reading values back from a document, XSD validation with xmllint.

use std::io::ErrorKind;
use std::path::Path;
use std::process::Command;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime};
use kitaplatz_sepa::{Collection, Creditor, Debit, Sequence};
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::Reader;
use rust_decimal::Decimal;

pub fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn creditor() -> Creditor {
    Creditor {
        name: "Stadt Musterhausen – Jugendamt".into(),
        iban: "DE02 1203 0000 0000 2020 51".into(),
        bic: Some("BYLADEM1001".into()),
        creditor_id: "DE98ZZZ09999999999".into(),
    }
}

pub fn debit(e2e: &str, amount: &str, sequence: Sequence) -> Debit {
    Debit {
        end_to_end_id: e2e.into(),
        amount: dec(amount),
        mandate_id: format!("KITA-{e2e}"),
        mandate_signed: date(2024, 8, 1),
        sequence,
        debtor_name: "Jörg Müller".into(),
        debtor_iban: "DE89 3704 0044 0532 0130 00".into(),
        debtor_bic: Some("COBADEFF370".into()),
        remittance: "Elternbeitrag März 2025, Kita Sonnenschein".into(),
    }
}

pub fn collection(debits: Vec<Debit>) -> Collection {
    Collection {
        message_id: "KP-2025-03-0001".into(),
        created_at: NaiveDateTime::new(
            date(2025, 2, 20),
            chrono::NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
        ),
        collection_date: date(2025, 3, 3),
        creditor: creditor(),
        debits,
    }
}

/// The texts of all elements whose path ends with `path` (element names joined by `/`), in
/// document order.
pub fn texts(xml: &str, path: &str) -> Vec<String> {
    let want: Vec<&str> = path.split('/').collect();
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(true);
    let mut stack: Vec<(String, String)> = Vec::new();
    let mut found = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => stack.push((
                String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
                String::new(),
            )),
            Event::Text(t) => stack.last_mut().unwrap().1.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) => {
                let name = r.decode().unwrap();
                let resolved = resolve_predefined_entity(&name).expect("predefined entity");
                stack.last_mut().unwrap().1.push_str(resolved);
            }
            Event::End(_) => {
                let names: Vec<&str> = stack.iter().map(|(n, _)| n.as_str()).collect();
                if names.ends_with(&want) {
                    found.push(stack.last().unwrap().1.clone());
                }
                stack.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    found
}

/// The single text at `path`.
pub fn text(xml: &str, path: &str) -> String {
    let all = texts(xml, path);
    assert_eq!(all.len(), 1, "{path}: {all:?}");
    all.into_iter().next().unwrap()
}

fn schema() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pain.008.001.08.xsd"
    ))
}

/// Validates `xml` against the official pain.008.001.08 schema with xmllint; `Err` carries
/// xmllint's output. Panics when xmllint is missing: that is a broken test set-up, not a pass.
pub fn xmllint(xml: &str) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pain.008.xml");
    std::fs::write(&file, xml).unwrap();
    let output = match Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema())
        .arg(&file)
        .output()
    {
        Ok(output) => output,
        Err(e) if e.kind() == ErrorKind::NotFound => panic!(
            "xmllint is not installed, so pain.008 documents cannot be validated against the \
             XSD. Install Debian's libxml2-utils (apt-get install libxml2-utils)."
        ),
        Err(e) => panic!("cannot run xmllint: {e}"),
    };
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// Fails the test with xmllint's output and the document when `xml` is not schema-valid.
pub fn assert_schema_valid(xml: &str) {
    if let Err(out) = xmllint(xml) {
        panic!("xmllint rejects the document:\n{out}\n--- document ---\n{xml}");
    }
}
