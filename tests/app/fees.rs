//! Parent fees: the schedule kept by the admin, the assessment run by the youth office, the
//! income declared by parents and verified by the office, corrections for past months.

use diesel::prelude::*;
use kitaplatz::db::schema::fee_assessments;
use rocket::http::Status;

use crate::common::*;

const RATES: &str = "U3; 45; 200; 300; 400\nÜ3; 45; 100,00; 150,00; 200,00\nHort; 45; 50; 60; 70";

fn schedule(admin: &Browser) {
    let res = admin.post_form(
        "/musterstadt/admin/fees",
        &[
            ("valid_from", "2026-08-01"),
            ("income_limits", "30.000; 60.000"),
            ("sibling_discounts", "0; 50; 100"),
            ("free_hours", "0"),
            ("free_years", "0"),
            ("meal_money", "60,00"),
            ("cap", ""),
            ("proration", "per_day"),
            ("rates", RATES),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
}

/// A new parent's child (`first` Beispiel, born 10 May 2023) in care at Kita Sonnenschein from
/// 1 September 2026 with 35 hours; returns the parent and the contract id.
pub fn child_in_care(t: &TestApp, office: &Browser, email: &str, first: &str) -> (Browser, String) {
    let parent = crate::allocation::family(t, email);
    let kita = crate::contracts::facility_id(t, "Kita Sonnenschein");
    crate::allocation::apply(t, &parent, first, &[&kita], &[]);
    let res = office.post_form(
        "/musterstadt/office/contracts",
        &[
            ("facility", &kita),
            ("first_names", first),
            ("last_name", "Beispiel"),
            ("birth_date", "2023-05-10"),
            ("street", "Lindenallee"),
            ("house_number", "7"),
            ("postal_code", "59999"),
            ("city", "Musterstadt"),
            ("guardian_first_names", "Eva"),
            ("guardian_last_name", "Beispiel"),
            ("start_date", "2026-09-01"),
            ("end_date", ""),
            ("weekly_hours", "35"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let contract = crate::contracts::redirect_id(&res);
    let res = office.post_form(
        &format!("/musterstadt/office/contracts/{contract}/sign"),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    (parent, contract)
}

fn assess(t: &TestApp, office: &Browser, through: &str) {
    let res = office.post_form("/musterstadt/office/fees/assess", &[("through", through)]);
    assert_eq!(res.status(), Status::SeeOther);
    assert!(res
        .headers()
        .get_one("Location")
        .unwrap()
        .contains("/office/jobs/"));
    assert_eq!(kitaplatz::jobs::run_pending(&t.app).unwrap(), 1);
}

/// (kind, care cents, meal cents) booked for the contract in a month.
fn booked(t: &TestApp, contract: &str, month: &str) -> Vec<(String, i64, i64)> {
    let mut c = t.app.db.get().unwrap();
    fee_assessments::table
        .filter(fee_assessments::contract_id.eq(contract))
        .filter(
            fee_assessments::month
                .eq(chrono::NaiveDate::parse_from_str(month, "%Y-%m-%d").unwrap()),
        )
        .order(fee_assessments::created_at)
        .select((
            fee_assessments::kind,
            fee_assessments::care_cents,
            fee_assessments::meal_cents,
        ))
        .load(&mut c)
        .unwrap()
}

#[test]
fn the_office_assesses_fees_and_a_verified_lower_income_is_corrected_backwards() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let office = t.login("jugendamt.musterstadt@example.org");

    // A wrong schedule is refused with the fields marked; nothing is saved.
    let res = admin.post_form(
        "/musterstadt/admin/fees",
        &[
            ("valid_from", "2026-08-15"),
            ("income_limits", "60000; 30000"),
            ("sibling_discounts", "0; 50"),
            ("proration", "per_day"),
            ("rates", "U3; 45; 200; 300"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let page = res.into_string().unwrap();
    assert!(page.contains("Bitte den Ersten eines Monats angeben."));
    assert!(page.contains("Bitte Beträge in Euro angeben, aufsteigend"));
    schedule(&admin);
    let (_, page) = admin.page("/musterstadt/admin/fees");
    assert!(page.contains("01.08.2026") && page.contains("Ü3; 45; 100,00; 150,00; 200,00"));

    let (parent, contract) = child_in_care(&t, &office, "beitrag@example.org", "Paul");
    assess(&t, &office, "2026-11");
    // Paul is Ü3 (three since May 2026), no income stated: the highest band, 200 € + 60 €.
    assert_eq!(
        booked(&t, &contract, "2026-09-01"),
        vec![("original".into(), 20000, 6000)]
    );
    assert!(
        booked(&t, &contract, "2026-08-01").is_empty(),
        "not in care in August"
    );
    let (status, page) = parent.page("/musterstadt/family/fees");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Paul") && page.contains("260,00 €"), "{page}");

    // The parent states a low income from September; it counts once the office verified it.
    let res = parent.post_form(
        "/musterstadt/family/fees/income",
        &[("income", "25.000"), ("valid_from", "2026-09")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let res = parent.post_form(
        "/musterstadt/family/fees/income",
        &[("income", "viel"), ("valid_from", "2026-09")],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res
        .into_string()
        .unwrap()
        .contains("Bitte geben Sie einen Betrag in Euro an"));
    assess(&t, &office, "2026-11");
    assert_eq!(
        booked(&t, &contract, "2026-09-01").len(),
        1,
        "unverified: no change"
    );
    let (_, page) = office.page("/musterstadt/office/fees");
    assert!(page.contains("25000,00 €"), "pending declaration listed");
    let i = page.find("/office/fees/declarations/").unwrap();
    let id = &page[i + "/office/fees/declarations/".len()..][..36];
    let res = office.post_form(
        &format!("/musterstadt/office/fees/declarations/{id}/verify"),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assess(&t, &office, "2026-11");
    // September to November: the original stays, a correction of −100 € follows.
    for month in ["2026-09-01", "2026-10-01", "2026-11-01"] {
        assert_eq!(
            booked(&t, &contract, month),
            vec![
                ("original".into(), 20000, 6000),
                ("correction".into(), -10000, 0)
            ],
            "{month}"
        );
    }
    // The finance export of November: the originals as receivables (S), the corrections as
    // credits (H), the facility as cost centre.
    let res = office.get("/musterstadt/office/fees/export?month=2026-11");
    assert_eq!(res.status(), Status::Ok);
    let csv = res.into_string().unwrap();
    assert!(csv.contains(
        "Belegdatum;Belegnummer;Betrag;Soll/Haben;Personenkonto;Kostenstelle;Buchungstext;Leistungsmonat;Erlösart"
    ));
    // Care fee and meal money are separate receivables.
    let line = |text: &str| {
        csv.lines()
            .find(|l| l.contains(text) && l.contains(";Kita Sonnenschein;"))
            .unwrap_or_else(|| panic!("{text} in {csv}"))
            .to_string()
    };
    assert!(
        line(";Elternbeitrag 09/2026 Paul;").contains(";200,00;S;"),
        "{csv}"
    );
    assert!(line(";Essengeld 09/2026 Paul;").contains(";60,00;S;"));
    assert!(line(";Essengeld 09/2026 Paul;").ends_with(";09/2026;Verpflegung"));
    assert!(line("Korrektur Elternbeitrag 10/2026 Paul;").contains(";100,00;H;"));
    assert!(!csv.contains("Korrektur Essengeld"), "meals did not change");
    // Nothing was booked in October.
    let res = office.get("/musterstadt/office/fees/export?month=2026-10");
    assert_eq!(
        res.into_string().unwrap().lines().count(),
        1,
        "the header only"
    );
    assert_eq!(
        office
            .get("/musterstadt/office/fees/export?month=elf")
            .status(),
        Status::BadRequest
    );
    // Running again books nothing new.
    assess(&t, &office, "2026-11");
    assert_eq!(booked(&t, &contract, "2026-10-01").len(), 2);
    let (_, page) = parent.page("/musterstadt/family/fees");
    assert!(page.contains("160,00 €") && page.contains("nachträglich neu berechnet"));
    let (_, page) = office.page("/musterstadt/office/fees");
    assert!(page.contains("Erwartete Beiträge der nächsten 12 Monate") && page.contains("<svg"));
}

/// The fee notices of a parent's household (id, subject, body, total cents), oldest first.
fn notices(t: &TestApp, email: &str) -> Vec<(String, String, String, i64)> {
    use kitaplatz::db::schema::fee_notices;
    let household = household_of(t, email);
    let mut c = t.app.db.get().unwrap();
    fee_notices::table
        .filter(fee_notices::household_id.eq(household))
        .order(fee_notices::created_at)
        .select((
            fee_notices::id,
            fee_notices::subject,
            fee_notices::body,
            fee_notices::total_cents,
        ))
        .load(&mut c)
        .unwrap()
}

#[test]
fn each_assessment_sends_a_fee_notice_that_parents_and_office_can_download() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let office = t.login("jugendamt.musterstadt@example.org");
    schedule(&admin);
    let (parent, _) = child_in_care(&t, &office, "bescheid@example.org", "Paul");
    t.deliver_mail();
    assess(&t, &office, "2026-11");
    let first = notices(&t, "bescheid@example.org");
    assert_eq!(first.len(), 1, "one notice per run");
    let (id, subject, body, total) = &first[0];
    assert_eq!(subject, "Beitragsbescheid über Elternbeiträge für Paul");
    assert_eq!(*total, 3 * 26000);
    for part in [
        "für 09.2026 bis 11.2026",
        "09.2026 – Paul: Betreuung 200,00 €, Verpflegung 60,00 €, zusammen 260,00 €",
        "(Ü3, 35 Std./Woche, Einkommensstufe 3, 1. Kind in Betreuung)",
        "Festgesetzt mit diesem Bescheid: 780,00 €",
        "Für 11.2026 beträgt Ihr Beitrag insgesamt 260,00 €.",
        "erteilen Sie uns im Elternportal ein SEPA-Lastschriftmandat",
        "/musterstadt/family/fees",
    ] {
        assert!(body.contains(part), "{part}: {body}");
    }
    assert!(!body.contains("Berichtigung"));

    // The mail carries the PDF and says the amount in the parent's language.
    let mails = t.deliver_mail();
    let mail = mails
        .iter()
        .find(|m| m.contains("bescheid@example.org"))
        .expect("mail to the parent");
    assert!(mail.contains("Beitragsbescheid.pdf"), "{mail}");

    // The parent's page lists it; the PDF is theirs alone.
    let (_, page) = parent.page("/musterstadt/family/fees");
    assert!(
        page.contains("Beitragsbescheid vom 23.11.2026 (780,00 €)"),
        "{page}"
    );
    let path = format!("/musterstadt/family/fees/notices/{id}");
    let res = parent.get(&path);
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(res.content_type(), Some(rocket::http::ContentType::PDF));
    assert!(res.into_bytes().unwrap().starts_with(b"%PDF"));
    let other = t.login("eltern.musterstadt@example.org");
    assert_eq!(other.get(&path).status(), Status::NotFound);
    let other_town = t.login("jugendamt.beispieldorf@example.org");
    for path in [
        path.clone(),
        format!("/musterstadt/office/fees/notices/{id}"),
    ] {
        let status = other_town.get(&path).status();
        assert!(
            matches!(status, Status::Forbidden | Status::NotFound),
            "{path}"
        );
    }
    let (_, page) = office.page("/musterstadt/office/fees");
    assert!(page.contains("Paul Beispiel") && page.contains(&format!("/office/fees/notices/{id}")));
    let res = office.get(&format!("/musterstadt/office/fees/notices/{id}"));
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(
        office
            .get("/musterstadt/office/fees/notices/unknown")
            .status(),
        Status::NotFound
    );

    // Nothing new booked: no notice. A verified lower income: a notice with the corrections.
    assess(&t, &office, "2026-11");
    assert_eq!(notices(&t, "bescheid@example.org").len(), 1);
    let res = office.post_form(
        "/musterstadt/office/fees/income",
        &[
            ("household", &household_of(&t, "bescheid@example.org")),
            ("income", "40.000"),
            ("valid_from", "2026-10"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assess(&t, &office, "2026-11");
    let all = notices(&t, "bescheid@example.org");
    assert_eq!(all.len(), 2);
    let (_, _, body, total) = &all[1];
    assert_eq!(*total, -2 * 5000);
    assert!(body.contains("für 10.2026 bis 11.2026"), "{body}");
    assert!(body.contains("Berichtigung 10.2026 – Paul: Betreuung -50,00 €"));
    assert!(body.contains("Einkommensstufe 2"));
    assert!(body.contains("Berichtigungen ändern frühere Bescheide"));
    assert!(body.contains("Festgesetzt mit diesem Bescheid: -100,00 €"));
    assert!(body.contains("Für 11.2026 beträgt Ihr Beitrag insgesamt 210,00 €."));
}

/// The household id of a parent account.
fn household_of(t: &TestApp, email: &str) -> String {
    use kitaplatz::db::schema::{households, users};
    let mut c = t.app.db.get().unwrap();
    households::table
        .inner_join(users::table.on(households::owner_user_id.eq(users::id.nullable())))
        .filter(users::email.eq(email))
        .select(households::id)
        .first(&mut c)
        .unwrap()
}

#[test]
fn the_fee_notice_follows_the_municipality_template() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let office = t.login("jugendamt.musterstadt@example.org");
    let (code, page) = admin.page("/musterstadt/admin/letters/fee_notice");
    assert_eq!(code, Status::Ok);
    assert!(page.contains("{{ lines }}") && page.contains("Rechtsbehelfsbelehrung"));
    // A variable of application letters is unknown here.
    let res = admin.post_form(
        "/musterstadt/admin/letters/fee_notice",
        &[
            ("subject", "Bescheid {{ deadline }}"),
            ("body", "x"),
            ("action", "save"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let res = admin.post_form(
        "/musterstadt/admin/letters/fee_notice",
        &[
            ("subject", "Elternbeitragsbescheid {{ period }}"),
            (
                "body",
                "{{ lines }}\n\nSumme: {{ total }}{% if mandate %} (Lastschrift){% endif %}",
            ),
            ("action", "save"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    schedule(&admin);
    child_in_care(&t, &office, "vorlage@example.org", "Paul");
    assess(&t, &office, "2026-09");
    let all = notices(&t, "vorlage@example.org");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].1, "Elternbeitragsbescheid 09.2026");
    assert!(all[0].2.ends_with("Summe: 260,00 €"), "{}", all[0].2);
}

#[test]
fn a_missing_rate_stops_the_run_and_says_which() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let office = t.login("jugendamt.musterstadt@example.org");
    let res = admin.post_form(
        "/musterstadt/admin/fees",
        &[
            ("valid_from", "2026-08-01"),
            ("income_limits", "30000"),
            ("sibling_discounts", "0"),
            ("proration", "half_month"),
            ("rates", "U3; 20; 100; 200"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, contract) = child_in_care(&t, &office, "beitrag@example.org", "Paul");
    assess(&t, &office, "2026-10");
    assert!(booked(&t, &contract, "2026-09-01").is_empty());
    let (_, page) = office.page("/musterstadt/office/fees");
    assert!(page.contains("fehlt ein Beitrag für"), "{page}");
    assert!(page.contains("Es wurde nichts gebucht."));
}

#[test]
fn fee_pages_belong_to_their_municipality_and_role() {
    let t = TestApp::demo();
    let other_office = t.login("jugendamt.beispieldorf@example.org");
    for path in [
        "/musterstadt/office/fees",
        "/musterstadt/admin/fees",
        "/musterstadt/family/fees",
    ] {
        let status = other_office.get(path).status();
        assert!(
            matches!(status, Status::Forbidden | Status::NotFound),
            "{path}: {status}"
        );
    }
    let parent = t.login("eltern.musterstadt@example.org");
    assert_eq!(parent.get("/musterstadt/family/fees").status(), Status::Ok);
    for path in ["/musterstadt/office/fees", "/musterstadt/admin/fees"] {
        let status = parent.get(path).status();
        assert!(
            matches!(status, Status::Forbidden | Status::NotFound),
            "{path}: {status}"
        );
    }
    let other_parent = t.login("eltern.beispieldorf@example.org");
    let status = other_parent.get("/musterstadt/family/fees").status();
    assert!(matches!(status, Status::Forbidden | Status::NotFound));
    let office = t.login("jugendamt.musterstadt@example.org");
    let status = office.get("/musterstadt/admin/fees").status();
    assert!(matches!(status, Status::Forbidden | Status::NotFound));
}
