use kitaplatz_sepa::{parse_returns, reason_text, IdField, IdProblem, Return, SepaError};

use crate::common::*;

#[test]
fn german_excel_file() {
    let csv = "\u{feff}end_to_end_id;reason_code;amount;date\r\n\
               E2E-0001;AM04;45,00;03.03.2025\r\n\
               E2E-0002;md06;1.234,56;2025-03-04\r\n\
               ;;;\r\n\
               E2E-0003; MS02 ;-33.33 €;5.3.2025\r\n";
    let returns = parse_returns(csv.as_bytes()).unwrap();
    assert_eq!(
        returns,
        [
            Return {
                end_to_end_id: "E2E-0001".into(),
                reason_code: "AM04".into(),
                amount: dec("45.00"),
                date: date(2025, 3, 3)
            },
            Return {
                end_to_end_id: "E2E-0002".into(),
                reason_code: "MD06".into(),
                amount: dec("1234.56"),
                date: date(2025, 3, 4)
            },
            Return {
                end_to_end_id: "E2E-0003".into(),
                reason_code: "MS02".into(),
                amount: dec("33.33"),
                date: date(2025, 3, 5)
            },
        ]
    );
    assert_eq!(reason_text(&returns[0].reason_code), "Deckung ungenügend");
}

#[test]
fn columns_in_any_order_and_more_columns() {
    let csv = "Date;Amount;Name;Reason_Code;End_To_End_Id\n05.03.2025;12,5;Müller;AC04;X1\n";
    let returns = parse_returns(csv.as_bytes()).unwrap();
    assert_eq!(returns[0].end_to_end_id, "X1");
    assert_eq!(returns[0].amount, dec("12.50"));
    assert_eq!(returns[0].reason_code, "AC04");
}

#[test]
fn latin1_cells_are_read() {
    let mut csv = b"end_to_end_id;reason_code;amount;date;name\nX1;AC01;1,00;01.01.2025;M".to_vec();
    csv.push(0xFC); // ü in Latin-1
    csv.extend_from_slice(b"ller\n");
    assert_eq!(parse_returns(&csv).unwrap().len(), 1);
}

#[test]
fn errors_name_the_row() {
    let row_error = |csv: &str| match parse_returns(csv.as_bytes()) {
        Err(SepaError::Row { row, error }) => (row, *error),
        other => panic!("{csv}: {other:?}"),
    };
    let head = "end_to_end_id;reason_code;amount;date\n";

    let (row, e) = row_error(&format!(
        "{head}A;AM04;1,00;01.01.2025\nB;AM04;zwölf;01.01.2025\n"
    ));
    assert_eq!(row, 3);
    assert!(
        matches!(
            e,
            SepaError::Cell {
                field: "Betrag",
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(
        parse_returns(
            format!("{head}A;AM04;1,00;01.01.2025\nB;AM04;zwölf;01.01.2025\n").as_bytes()
        )
        .unwrap_err()
        .to_string(),
        "Rücklastschrift-Datei, Zeile 3: Betrag „zwölf“ ist keine Zahl (z. B. 45,50)"
    );

    let (row, e) = row_error(&format!("{head}A;AM04;0,00;01.01.2025\n"));
    assert_eq!((row, e), (2, SepaError::AmountNotPositive));
    let (_, e) = row_error(&format!("{head}A;AM04;1,005;01.01.2025\n"));
    assert_eq!(e, SepaError::AmountTooPrecise("1,005".into()));
    let (_, e) = row_error(&format!("{head}A;AM04;1,00;31.02.2025\n"));
    assert!(matches!(e, SepaError::Cell { field: "Datum", .. }), "{e:?}");
    let (_, e) = row_error(&format!("{head}A;AM;1,00;01.02.2025\n"));
    assert!(
        matches!(
            e,
            SepaError::Cell {
                field: "Rückgabegrund",
                ..
            }
        ),
        "{e:?}"
    );
    let (row, e) = row_error(&format!("{head}\nA;AM04;1,00\n"));
    assert_eq!((row, e), (3, SepaError::CellMissing("Datum")));
    let (_, e) = row_error(&format!("{head};AM04;1,00;01.02.2025\n"));
    assert_eq!(
        e,
        SepaError::Id {
            field: IdField::EndToEndId,
            problem: IdProblem::Empty
        }
    );
}

#[test]
fn header_problems() {
    let e = parse_returns(b"end_to_end_id,reason_code,amount,date\nA,AM04,1.00,2025-01-01\n")
        .unwrap_err();
    assert!(e.to_string().contains("Semikolon"), "{e}");
    let e = parse_returns(b"end_to_end_id;reason_code;betrag;date\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "Rücklastschrift-Datei: Spalte „amount“ fehlt in der Kopfzeile \
         (erwartet: end_to_end_id;reason_code;amount;date)"
    );
    assert!(parse_returns(b"").is_err());
    assert_eq!(
        parse_returns(b"end_to_end_id;reason_code;amount;date\n").unwrap(),
        []
    );
}

#[test]
fn reason_texts() {
    for code in [
        "AC01", "AC04", "AC06", "AM04", "MD01", "MD06", "MS02", "MS03", "SL01",
    ] {
        assert_ne!(reason_text(code), reason_text("????"), "{code}");
    }
    assert_eq!(
        reason_text(" md06 "),
        "Erstattung auf Wunsch des Kontoinhabers (Widerspruch)"
    );
}
