use kitaplatz_sepa::{
    pain008, CreditorIdProblem, IbanProblem, IdField, IdProblem, NameField, SepaError, Sequence,
};

use crate::common::*;

fn mixed() -> kitaplatz_sepa::Collection {
    let mut d2 = debit("E2E-0002", "120.5", Sequence::Recurring);
    d2.debtor_name = "Ayşe Öztürk-Straßburger".into();
    d2.debtor_iban = "DE44 5001 0517 5407 3249 31".into();
    d2.debtor_bic = None;
    let mut d3 = debit("E2E-0003", "33.33", Sequence::Recurring);
    d3.debtor_name = "O’Brien & Søren".into();
    d3.remittance = "Essensgeld <Februar> & März".into();
    collection(vec![debit("E2E-0001", "45.00", Sequence::First), d2, d3])
}

#[test]
fn frst_and_rcur_validate_against_the_xsd_with_right_sums() {
    let xml = pain008(&mixed()).unwrap();
    assert_schema_valid(&xml);

    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert!(xml.contains("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.08\">"));
    assert_eq!(text(&xml, "GrpHdr/MsgId"), "KP-2025-03-0001");
    assert_eq!(text(&xml, "GrpHdr/CreDtTm"), "2025-02-20T09:30:00");
    assert_eq!(text(&xml, "GrpHdr/NbOfTxs"), "3");
    assert_eq!(text(&xml, "GrpHdr/CtrlSum"), "198.83");
    assert_eq!(text(&xml, "InitgPty/Nm"), "Stadt Musterhausen - Jugendamt");

    assert_eq!(
        texts(&xml, "PmtInf/PmtInfId"),
        ["KP-2025-03-0001-FRST", "KP-2025-03-0001-RCUR"]
    );
    assert_eq!(texts(&xml, "PmtTpInf/SeqTp"), ["FRST", "RCUR"]);
    assert_eq!(texts(&xml, "PmtInf/NbOfTxs"), ["1", "2"]);
    assert_eq!(texts(&xml, "PmtInf/CtrlSum"), ["45.00", "153.83"]);
    assert_eq!(texts(&xml, "PmtInf/PmtMtd"), ["DD", "DD"]);
    assert_eq!(texts(&xml, "PmtInf/BtchBookg"), ["true", "true"]);
    assert_eq!(texts(&xml, "SvcLvl/Cd"), ["SEPA", "SEPA"]);
    assert_eq!(texts(&xml, "LclInstrm/Cd"), ["CORE", "CORE"]);
    assert_eq!(
        texts(&xml, "PmtInf/ReqdColltnDt"),
        ["2025-03-03", "2025-03-03"]
    );
    assert_eq!(texts(&xml, "PmtInf/ChrgBr"), ["SLEV", "SLEV"]);
    assert_eq!(
        texts(&xml, "CdtrAcct/Id/IBAN"),
        ["DE02120300000000202051"; 2]
    );
    assert_eq!(texts(&xml, "CdtrAgt/FinInstnId/BICFI"), ["BYLADEM1001"; 2]);
    assert_eq!(
        texts(&xml, "CdtrSchmeId/Id/PrvtId/Othr/Id"),
        ["DE98ZZZ09999999999"; 2]
    );
    assert_eq!(
        texts(&xml, "CdtrSchmeId/Id/PrvtId/Othr/SchmeNm/Prtry"),
        ["SEPA"; 2]
    );

    assert_eq!(
        texts(&xml, "PmtId/EndToEndId"),
        ["E2E-0001", "E2E-0002", "E2E-0003"]
    );
    assert_eq!(
        texts(&xml, "DrctDbtTxInf/InstdAmt"),
        ["45.00", "120.50", "33.33"]
    );
    assert_eq!(xml.matches("<InstdAmt Ccy=\"EUR\">").count(), 3);
    assert_eq!(
        texts(&xml, "MndtRltdInf/MndtId"),
        ["KITA-E2E-0001", "KITA-E2E-0002", "KITA-E2E-0003"]
    );
    assert_eq!(texts(&xml, "MndtRltdInf/DtOfSgntr"), ["2024-08-01"; 3]);
    assert_eq!(texts(&xml, "DbtrAcct/Id/IBAN")[1], "DE44500105175407324931");
    assert_eq!(
        texts(&xml, "RmtInf/Ustrd"),
        [
            "Elternbeitrag Maerz 2025, Kita Sonnenschein",
            "Elternbeitrag Maerz 2025, Kita Sonnenschein",
            "Essensgeld Februar + Maerz"
        ]
    );
}

#[test]
fn bic_present_and_absent() {
    let xml = pain008(&mixed()).unwrap();
    // Debit 1 and 3 with BIC, debit 2 without.
    assert_eq!(
        texts(&xml, "DbtrAgt/FinInstnId/BICFI"),
        ["COBADEFF370", "COBADEFF370"]
    );
    assert_eq!(texts(&xml, "DbtrAgt/FinInstnId/Othr/Id"), ["NOTPROVIDED"]);

    let mut c = mixed();
    c.creditor.bic = None;
    for d in &mut c.debits {
        d.debtor_bic = Some("  ".into()); // blank counts as absent
    }
    let xml = pain008(&c).unwrap();
    assert_schema_valid(&xml);
    assert!(!xml.contains("<BICFI>"));
    assert_eq!(
        texts(&xml, "CdtrAgt/FinInstnId/Othr/Id"),
        ["NOTPROVIDED"; 2]
    );
    assert_eq!(
        texts(&xml, "DbtrAgt/FinInstnId/Othr/Id"),
        ["NOTPROVIDED"; 3]
    );
}

#[test]
fn only_one_sequence_gives_one_payment_information() {
    let c = collection(vec![
        debit("A1", "10", Sequence::Recurring),
        debit("A2", "0.01", Sequence::Recurring),
    ]);
    let xml = pain008(&c).unwrap();
    assert_schema_valid(&xml);
    assert_eq!(texts(&xml, "PmtTpInf/SeqTp"), ["RCUR"]);
    assert_eq!(text(&xml, "GrpHdr/CtrlSum"), "10.01");
}

#[test]
fn names_are_transliterated_and_cut() {
    let xml = pain008(&mixed()).unwrap();
    assert_eq!(
        texts(&xml, "Dbtr/Nm"),
        [
            "Joerg Mueller",
            "Ayse Oeztuerk-Strassburger",
            "O'Brien + Soren"
        ]
    );
    // The apostrophe stays literal (quick-xml escapes only <, > and &).
    assert!(xml.contains("<Nm>O'Brien + Soren</Nm>"));

    let mut c = mixed();
    c.debits[0].debtor_name = "Ä".repeat(50);
    c.creditor.name = "Gemeinde ".repeat(20);
    c.debits[0].remittance = "Ü".repeat(100);
    let xml = pain008(&c).unwrap();
    assert_schema_valid(&xml);
    assert_eq!(texts(&xml, "Dbtr/Nm")[0].len(), 70);
    assert_eq!(texts(&xml, "Cdtr/Nm")[0].len(), 70);
    assert_eq!(text(&xml, "InitgPty/Nm").len(), 70);
    assert_eq!(texts(&xml, "RmtInf/Ustrd")[0].len(), 140);
}

#[test]
fn empty_remittance_leaves_out_rmtinf() {
    let mut c = collection(vec![debit("A1", "10", Sequence::First)]);
    c.debits[0].remittance = "€€".into();
    let xml = pain008(&c).unwrap();
    assert_schema_valid(&xml);
    assert!(!xml.contains("RmtInf"));
}

#[test]
fn long_message_id_keeps_payment_information_ids_within_35() {
    let mut c = mixed();
    c.message_id = "M".repeat(35);
    let xml = pain008(&c).unwrap();
    assert_schema_valid(&xml);
    assert_eq!(
        texts(&xml, "PmtInf/PmtInfId"),
        [
            format!("{}-FRST", "M".repeat(30)),
            format!("{}-RCUR", "M".repeat(30))
        ]
    );
}

#[test]
fn the_validator_does_reject() {
    // Guards the helper: a broken document must fail xmllint.
    let xml = pain008(&mixed())
        .unwrap()
        .replace("<SeqTp>FRST</SeqTp>", "<SeqTp>WEEK</SeqTp>");
    let out = xmllint(&xml).unwrap_err();
    assert!(out.contains("SeqTp"), "{out}");
}

/// The error about debit `number` of the collection, unwrapped.
fn debit_error(c: &kitaplatz_sepa::Collection, number: usize) -> SepaError {
    match pain008(c) {
        Err(SepaError::Debit {
            number: n, error, ..
        }) if n == number => *error,
        other => panic!("expected an error about debit {number}, got {other:?}"),
    }
}

fn creditor_error(c: &kitaplatz_sepa::Collection) -> SepaError {
    match pain008(c) {
        Err(SepaError::Creditor(error)) => *error,
        other => panic!("expected an error about the creditor, got {other:?}"),
    }
}

#[test]
fn wrong_iban_check_digit() {
    let mut c = mixed();
    c.debits[1].debtor_iban = "DE45 5001 0517 5407 3249 31".into();
    assert_eq!(debit_error(&c, 2), SepaError::Iban(IbanProblem::Checksum));
    let message = pain008(&c).unwrap_err().to_string();
    assert_eq!(
        message,
        "Lastschrift 2 (End-to-End-ID „E2E-0002“, Ayşe Öztürk-Straßburger): \
         IBAN ungültig: Prüfziffer stimmt nicht"
    );

    let mut c = mixed();
    c.creditor.iban = "DE03 1203 0000 0000 2020 51".into();
    assert_eq!(creditor_error(&c), SepaError::Iban(IbanProblem::Checksum));
    assert_eq!(
        pain008(&c).unwrap_err().to_string(),
        "Gläubiger: IBAN ungültig: Prüfziffer stimmt nicht"
    );
}

#[test]
fn unknown_iban_country() {
    let mut c = mixed();
    // Check digits computed for country "XX", which has no IBANs.
    c.debits[0].debtor_iban = "XX0837040044053201300".into();
    assert_eq!(
        debit_error(&c, 1),
        SepaError::Iban(IbanProblem::UnknownCountry("XX".into()))
    );
    assert!(pain008(&c)
        .unwrap_err()
        .to_string()
        .ends_with("IBAN ungültig: unbekannter Ländercode „XX“"));
}

#[test]
fn bad_bic() {
    let mut c = mixed();
    c.debits[2].debtor_bic = Some("COBADE".into());
    assert_eq!(debit_error(&c, 3), SepaError::Bic("COBADE".into()));
}

#[test]
fn wrong_creditor_id_check_digit() {
    let mut c = mixed();
    c.creditor.creditor_id = "DE99ZZZ09999999999".into();
    assert_eq!(
        creditor_error(&c),
        SepaError::CreditorId(CreditorIdProblem::Checksum)
    );
    assert_eq!(
        pain008(&c).unwrap_err().to_string(),
        "Gläubiger: Gläubiger-ID ungültig: Prüfziffer stimmt nicht"
    );
}

#[test]
fn mandate_reference_too_long_or_bad_characters() {
    let mut c = mixed();
    c.debits[0].mandate_id = "M".repeat(36);
    let expected = SepaError::Id {
        field: IdField::MandateReference,
        problem: IdProblem::TooLong,
    };
    assert_eq!(debit_error(&c, 1), expected);
    assert!(pain008(&c)
        .unwrap_err()
        .to_string()
        .ends_with("Mandatsreferenz zu lang (höchstens 35 Zeichen)"));

    c.debits[0].mandate_id = "Müller_1".into();
    assert_eq!(
        debit_error(&c, 1),
        SepaError::Id {
            field: IdField::MandateReference,
            problem: IdProblem::Characters("„ü“, „_“".into())
        }
    );
    c.debits[0].mandate_id = "KITA//1".into();
    assert_eq!(
        debit_error(&c, 1),
        SepaError::Id {
            field: IdField::MandateReference,
            problem: IdProblem::Slash
        }
    );
}

#[test]
fn amount_zero_or_three_decimals() {
    let mut c = mixed();
    c.debits[2].amount = dec("0");
    assert_eq!(debit_error(&c, 3), SepaError::AmountNotPositive);
    assert!(pain008(&c)
        .unwrap_err()
        .to_string()
        .ends_with("Betrag muss größer als 0 sein"));
    c.debits[2].amount = dec("12.345");
    assert_eq!(
        debit_error(&c, 3),
        SepaError::AmountTooPrecise("12,345".into())
    );
    // Trailing zeros are not decimals that matter.
    c.debits[2].amount = dec("12.300");
    assert!(pain008(&c).is_ok());
}

#[test]
fn empty_collection() {
    let c = collection(vec![]);
    assert_eq!(pain008(&c), Err(SepaError::NoDebits));
    assert_eq!(pain008(&c).unwrap_err().to_string(), "Keine Lastschriften");
}

#[test]
fn the_first_error_is_returned() {
    let mut c = mixed();
    c.debits[1].amount = dec("0");
    c.debits[2].debtor_iban = "nonsense".into();
    assert_eq!(debit_error(&c, 2), SepaError::AmountNotPositive);
    // The creditor comes before the debits.
    c.creditor.creditor_id = String::new();
    assert_eq!(
        creditor_error(&c),
        SepaError::CreditorId(CreditorIdProblem::Empty)
    );
}

#[test]
fn other_checks() {
    let mut c = mixed();
    c.debits[2].end_to_end_id = "E2E-0001".into();
    assert_eq!(
        debit_error(&c, 3),
        SepaError::DuplicateEndToEndId("E2E-0001".into())
    );

    let mut c = mixed();
    c.debits[0].debtor_name = "@#".into();
    assert_eq!(
        debit_error(&c, 1),
        SepaError::NameMissing(NameField::Debtor)
    );

    let mut c = mixed();
    c.debits[0].end_to_end_id = "E2E 0001 ä".into();
    assert!(matches!(
        debit_error(&c, 1),
        SepaError::Id {
            field: IdField::EndToEndId,
            problem: IdProblem::Characters(_)
        }
    ));

    let mut c = mixed();
    c.message_id = String::new();
    assert_eq!(
        pain008(&c),
        Err(SepaError::Id {
            field: IdField::MessageId,
            problem: IdProblem::Empty
        })
    );

    let mut c = mixed();
    c.debits[1].mandate_signed = date(2025, 2, 21);
    assert_eq!(
        pain008(&c).unwrap_err().to_string(),
        "Lastschrift 2 (End-to-End-ID „E2E-0002“, Ayşe Öztürk-Straßburger): Unterschriftsdatum \
         des Mandats (21.02.2025) liegt nach dem Erstellungsdatum der Datei (20.02.2025)"
    );

    let mut c = mixed();
    c.collection_date = date(2025, 2, 19);
    assert!(matches!(
        pain008(&c),
        Err(SepaError::CollectionDateInPast { .. })
    ));
}
