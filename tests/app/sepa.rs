//! SEPA direct debit: creditor data, a parent's mandate, a collection with its pre-notification
//! and pain.008 file (validated against the ISO 20022 schema), returned debits, the CLI export.

use diesel::prelude::*;
use kitaplatz::db::schema::{fee_assessments, sepa_debits};
use rocket::http::Status;

use crate::common::*;

const XSD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/adapters/sepa/tests/fixtures/pain.008.001.08.xsd"
);

/// Validates a pain.008 document with xmllint against the official schema.
fn assert_valid(xml: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pain008.xml");
    std::fs::write(&file, xml).unwrap();
    let out = std::process::Command::new("xmllint")
        .args(["--noout", "--schema", XSD])
        .arg(&file)
        .output()
        .expect("xmllint (Debian package libxml2-utils) must be installed");
    assert!(
        out.status.success(),
        "{}\n{xml}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_parent_gives_a_mandate_and_the_office_collects_with_a_valid_pain008_file() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let office = t.login("jugendamt.musterstadt@example.org");

    // The demo has creditor data; wrong ones are refused with clear messages.
    let res = admin.post_form(
        "/musterstadt/admin/sepa",
        &[
            ("name", "Stadt Musterstadt"),
            ("iban", "DE89 3704 0044 0532 0130 01"),
            ("bic", ""),
            ("creditor_id", "DE99ZZZ09999999999"),
            ("pre_notice_days", "14"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let page = res.into_string().unwrap();
    assert!(page.contains("Diese IBAN ist nicht gültig"));
    assert!(page.contains("Diese Gläubiger-ID ist nicht gültig"));

    let (parent, _) = crate::fees::child_in_care(&t, &office, "lastschrift@example.org", "Lina");
    let (_, page) = parent.page("/musterstadt/family/fees");
    assert!(
        page.contains("Sie haben noch kein Mandat erteilt.") && page.contains("DE98ZZZ09999999999")
    );
    let res = parent.post_form(
        "/musterstadt/family/fees/mandate",
        &[
            ("holder", "Eva Beispiel"),
            ("iban", "DE89 3704 0044 0532 0130 00"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity, "consent missing");
    assert!(res
        .into_string()
        .unwrap()
        .contains("Bitte bestätigen Sie das Mandat."));
    let res = parent.post_form(
        "/musterstadt/family/fees/mandate",
        &[
            ("holder", "Eva Beispiel"),
            ("iban", "DE89 3704 0044 0532 0130 00"),
            ("bic", ""),
            ("consent", "yes"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = parent.page("/musterstadt/family/fees");
    assert!(page.contains("DE89 … 3000"), "masked IBAN: {page}");

    // Too early for the 14-day pre-notification (the demo clock says 23 November 2026).
    let res = office.post_form(
        "/musterstadt/office/fees/collections",
        &[("date", "2026-11-30")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert!(kitaplatz::jobs::run_pending(&t.app).unwrap() == 0);
    t.deliver_mail();
    let res = office.post_form(
        "/musterstadt/office/fees/collections",
        &[("date", "2026-12-15")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert!(res
        .headers()
        .get_one("Location")
        .unwrap()
        .contains("/office/jobs/"));
    assert_eq!(kitaplatz::jobs::run_pending(&t.app).unwrap(), 1);

    // Lina: Ü3, 35 hours, no income stated (the highest band): 280 € + 65 € meals a month,
    // September to December.
    let mails = t.deliver_mail();
    let mine = mails
        .iter()
        .find(|m| m.contains("lastschrift@example.org") && m.contains("15.12.2026"))
        .expect("pre-notification");
    assert!(
        mails
            .iter()
            .any(|m| m.contains("lastschrift@example.org") && m.contains("Beitragsbescheid.pdf")),
        "the fee notice of the assessment before the collection"
    );
    assert!(
        mine.contains("1380,00") && mine.contains("15.12.2026"),
        "{mine}"
    );
    let (_, page) = office.page("/musterstadt/office/fees");
    let i = page.find("/musterstadt/office/fees/collections/").unwrap();
    let href = &page[i..i + "/musterstadt/office/fees/collections/".len() + 36];
    let res = office.get(href);
    assert_eq!(res.status(), Status::Ok);
    let xml = res.into_string().unwrap();
    assert_valid(&xml);
    assert!(xml.contains("<Nm>Eva Beispiel</Nm>") && xml.contains(">1380.00</InstdAmt>"));
    assert!(xml.contains("<SeqTp>FRST</SeqTp>") && xml.contains("DE98ZZZ09999999999"));
    // Another municipality cannot download it.
    let other = t.login("jugendamt.beispieldorf@example.org");
    assert_eq!(
        other
            .get(&href.replace("/musterstadt/", "/beispieldorf/"))
            .status(),
        Status::NotFound
    );

    // The bank returns Lina's debit: her fees are open again.
    let e2e = {
        let mut c = t.app.db.get().unwrap();
        sepa_debits::table
            .filter(sepa_debits::amount_cents.eq(138_000))
            .select(sepa_debits::end_to_end_id)
            .first::<String>(&mut c)
            .unwrap()
    };
    let csv = format!("end_to_end_id;reason_code;amount;date\n{e2e};AM04;1380,00;20.12.2026\n");
    let res = office.upload(
        "/musterstadt/office/fees/returns",
        "returns.csv",
        csv.as_bytes(),
    );
    assert_eq!(res.status(), Status::SeeOther);
    let open: i64 = {
        let mut c = t.app.db.get().unwrap();
        fee_assessments::table
            .filter(fee_assessments::debit_id.is_null())
            .filter(fee_assessments::total_cents.eq(34_500))
            .count()
            .get_result(&mut c)
            .unwrap()
    };
    assert_eq!(open, 4, "September to December open again");
    // The youth office is told by mail.
    let mails = t.deliver_mail();
    let told: Vec<&String> = mails
        .iter()
        .filter(|m| m.contains("/musterstadt/office/fees"))
        .collect();
    assert_eq!(told.len(), 1, "{mails:?}");
    assert!(
        told[0].contains("To: jugendamt.musterstadt@example.org"),
        "{}",
        told[0]
    );
    let (_, page) = office.page("/musterstadt/office/fees");
    assert!(page.contains("AM04") && page.contains("Eva Beispiel"));
    let res = office.upload("/musterstadt/office/fees/returns", "bad.csv", b"nonsense");
    assert_eq!(res.status(), Status::SeeOther);
}

#[test]
fn the_office_enters_a_paper_income_and_a_paper_mandate_for_a_household_in_care() {
    let t = TestApp::demo();
    let office = t.login("jugendamt.musterstadt@example.org");
    let (parent, _) = crate::fees::child_in_care(&t, &office, "papier@example.org", "Mila");
    let (_, page) = office.page("/musterstadt/office/fees");
    let i = page.find("Mila Beispiel").expect("household listed");
    let start = page[..i].rfind("<option value=\"").unwrap() + "<option value=\"".len();
    let household = page[start..start + 36].to_string();
    let res = office.post_form(
        "/musterstadt/office/fees/income",
        &[
            ("household", &household),
            ("income", "31.500"),
            ("valid_from", "2026-09"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = parent.page("/musterstadt/family/fees");
    assert!(
        page.contains("31500,00 €") && page.contains("geprüft"),
        "{page}"
    );
    let res = office.post_form(
        "/musterstadt/office/fees/mandate",
        &[
            ("household", &household),
            ("holder", "Eva Beispiel"),
            ("iban", "DE89 3704 0044 0532 0130 00"),
            ("signed_on", "2030-01-01"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = parent.page("/musterstadt/family/fees");
    assert!(
        page.contains("Sie haben noch kein Mandat erteilt."),
        "future date refused"
    );
    let res = office.post_form(
        "/musterstadt/office/fees/mandate",
        &[
            ("household", &household),
            ("holder", "Eva Beispiel"),
            ("iban", "DE89 3704 0044 0532 0130 00"),
            ("signed_on", "2026-11-20"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = parent.page("/musterstadt/family/fees");
    assert!(page.contains("DE89 … 3000"));
    // A household without a child in care here is not the office's to change.
    let other = crate::allocation::family(&t, "fremd@example.org");
    crate::family::add_child(&other, "Ohne", "2023-01-01");
    let res = office.post_form(
        "/musterstadt/office/fees/income",
        &[
            ("household", "00000000-0000-0000-0000-000000000000"),
            ("income", "1"),
            ("valid_from", "2026-09"),
        ],
    );
    assert_eq!(res.status(), Status::NotFound);
}

#[test]
fn the_cli_writes_the_demo_collection_as_a_valid_pain008_file() {
    let t = TestApp::demo();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("demo.xml");
    let err = kitaplatz::cli::sepa_export(
        &t.app.db,
        &t.clock,
        &t.app.config,
        "musterstadt",
        "2026-11-24",
        &out,
    )
    .unwrap_err();
    assert!(err.to_string().contains("at the earliest"), "{err}");
    let err = kitaplatz::cli::sepa_export(
        &t.app.db,
        &t.clock,
        &t.app.config,
        "beispieldorf",
        "2026-12-15",
        &out,
    )
    .unwrap_err();
    assert!(err.to_string().contains("no creditor data"), "{err}");
    let export = || {
        kitaplatz::cli::sepa_export(
            &t.app.db,
            &t.clock,
            &t.app.config,
            "musterstadt",
            "2026-12-15",
            &out,
        )
    };
    let message = export().unwrap();
    assert!(message.contains("debit(s) on 2026-12-15"), "{message}");
    let xml = std::fs::read_to_string(&out).unwrap();
    assert_valid(&xml);
    assert!(xml.matches("<DrctDbtTxInf>").count() >= 3);
    // The same day again writes the same collection, it does not collect twice.
    export().unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), xml);
}
