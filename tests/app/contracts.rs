//! Contracts: drafts from accepted offers and for children in care, signing (one signed contract
//! per child at any date, also under parallel attempts), versioned hours and end dates, the
//! facility scope, and the Bestandskinder import (dry run, all-or-nothing).

use diesel::prelude::*;
use rocket::http::Status;

use kitaplatz::db::schema::{children, contract_end_dates, contract_hours, contracts};

use crate::allocation::offered;
use crate::common::*;

const OFFICE: &str = "jugendamt.musterstadt@example.org";
const LEAD: &str = "kita-leitung.musterstadt@example.org";

/// The id at the end of a redirect.
pub fn redirect_id(res: &rocket::local::blocking::LocalResponse<'_>) -> String {
    let to = res.headers().get_one("Location").expect("redirect");
    to.rsplit('/').next().unwrap().to_string()
}

/// A facility's id by name.
pub fn facility_id(t: &TestApp, name: &str) -> String {
    use kitaplatz::db::schema::facilities;
    let mut c = t.app.db.get().unwrap();
    facilities::table
        .filter(facilities::name.eq(name))
        .select(facilities::id)
        .first(&mut c)
        .unwrap()
}

/// A draft for a child in care at `facility`; returns the contract id.
pub fn draft(
    t: &TestApp,
    b: &Browser,
    facility: &str,
    first: &str,
    start: &str,
    end: &str,
) -> String {
    let f = facility_id(t, facility);
    let res = b.post_form(
        "/musterstadt/office/contracts",
        &[
            ("facility", &f),
            ("first_names", first),
            ("last_name", "Vertragskind"),
            ("birth_date", "2023-05-17"),
            ("street", "Lindenweg"),
            ("house_number", "3"),
            ("postal_code", "12345"),
            ("city", "Musterstadt"),
            ("guardian_first_names", "Eva"),
            ("guardian_last_name", "Vertragskind"),
            ("start_date", start),
            ("end_date", end),
            ("weekly_hours", "35"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther, "draft created");
    redirect_id(&res)
}

/// The offer made for an application.
pub fn offer_of(t: &TestApp, application: &str) -> String {
    use kitaplatz::db::schema::offers;
    let mut c = t.app.db.get().unwrap();
    offers::table
        .filter(offers::application_id.eq(application))
        .select(offers::id)
        .first(&mut c)
        .unwrap()
}

fn status_of(t: &TestApp, id: &str) -> String {
    let mut c = t.app.db.get().unwrap();
    contracts::table
        .find(id)
        .select(contracts::status)
        .first(&mut c)
        .unwrap()
}

/// Signed contracts made in the test (the demo's children in care, "Bestand", left out).
fn signed_count(t: &TestApp) -> i64 {
    let mut c = t.app.db.get().unwrap();
    contracts::table
        .inner_join(children::table)
        .filter(contracts::status.eq("signed"))
        .filter(children::last_name.ne("Bestand"))
        .count()
        .get_result(&mut c)
        .unwrap()
}

#[test]
fn a_child_in_care_gets_a_draft_that_is_signed_once_and_an_overlapping_second_is_refused() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let first = draft(&t, &office, "Kita Sonnenschein", "Mia", "2026-08-01", "");
    let (s, page) = office.page(&format!("/musterstadt/office/contracts/{first}"));
    assert_eq!(s, Status::Ok);
    assert!(page.contains("Entwurf") && page.contains("Mia"));
    // A draft holds no place.
    assert_eq!(signed_count(&t), 0);
    let res = office.post_form(&format!("/musterstadt/office/contracts/{first}/sign"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(status_of(&t, &first), "signed");
    // Signing again is refused.
    let res = office.post_form(&format!("/musterstadt/office/contracts/{first}/sign"), &[]);
    assert_eq!(res.status(), Status::Conflict);

    // The same child (same names and birth date) at another facility, overlapping: refused.
    let second = draft(
        &t,
        &office,
        "Ev. Kindergarten Arche",
        "Mia",
        "2027-01-01",
        "",
    );
    let res = office.post_form(&format!("/musterstadt/office/contracts/{second}/sign"), &[]);
    assert_eq!(res.status(), Status::Conflict);
    let page = res.into_string().unwrap();
    assert!(page.contains("schon einen unterschriebenen Vertrag"));
    assert_eq!(status_of(&t, &second), "draft");
    let mut c = t.app.db.get().unwrap();
    let kids: i64 = children::table
        .filter(children::first_names.eq("Mia"))
        .count()
        .get_result(&mut c)
        .unwrap();
    assert_eq!(kids, 1, "the known child is reused, not created twice");

    // Ending the first contract on 31 Dec 2026 frees the child from 1 Jan 2027 on.
    let res = office.post_form(
        &format!("/musterstadt/office/contracts/{first}/end"),
        &[("end_date", "2026-12-31")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(status_of(&t, &first), "ended");
    let res = office.post_form(&format!("/musterstadt/office/contracts/{second}/sign"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(status_of(&t, &second), "signed");
    // Moving the end of the ended contract is refused; extending is not possible any more.
    let res = office.post_form(
        &format!("/musterstadt/office/contracts/{first}/end-date"),
        &[("end_date", "2027-03-31")],
    );
    assert_eq!(res.status(), Status::Conflict);
    let (_, list) = office.page("/musterstadt/office/contracts");
    assert!(list.contains("beendet") && list.contains("unterschrieben"));
}

#[test]
fn hours_and_end_dates_are_versioned_not_overwritten() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let id = draft(&t, &office, "Kita Sonnenschein", "Noah", "2026-08-01", "");
    office.post_form(&format!("/musterstadt/office/contracts/{id}/sign"), &[]);
    let res = office.post_form(
        &format!("/musterstadt/office/contracts/{id}/hours"),
        &[("valid_from", "2027-01-01"), ("weekly_hours", "45")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    // Before the start: refused with a message.
    let res = office.post_form(
        &format!("/musterstadt/office/contracts/{id}/hours"),
        &[("valid_from", "2026-07-01"), ("weekly_hours", "25")],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res
        .into_string()
        .unwrap()
        .contains("außerhalb der Vertragslaufzeit"));
    for end in ["2028-07-31", "2029-07-31", ""] {
        let res = office.post_form(
            &format!("/musterstadt/office/contracts/{id}/end-date"),
            &[("end_date", end)],
        );
        assert_eq!(res.status(), Status::SeeOther);
    }
    let mut c = t.app.db.get().unwrap();
    let hours: Vec<(chrono::NaiveDate, i32)> = contract_hours::table
        .filter(contract_hours::contract_id.eq(&id))
        .order(contract_hours::valid_from)
        .select((contract_hours::valid_from, contract_hours::weekly_hours))
        .load(&mut c)
        .unwrap();
    assert_eq!(hours.len(), 2);
    assert_eq!(hours[1].1, 45);
    let ends: i64 = contract_end_dates::table
        .filter(contract_end_dates::contract_id.eq(&id))
        .count()
        .get_result(&mut c)
        .unwrap();
    assert_eq!(ends, 3, "three end-date versions");
    let (_, page) = office.page(&format!("/musterstadt/office/contracts/{id}"));
    assert!(page.contains("45 Stunden pro Woche ab 01.01.2027"));
    assert!(page.contains("Ende am 31.07.2028") && page.contains("unbefristet"));
}

#[test]
fn two_parallel_signings_for_one_child_leave_exactly_one_signed_contract() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let a = draft(&t, &office, "Kita Sonnenschein", "Lina", "2026-08-01", "");
    let b = draft(
        &t,
        &office,
        "Ev. Kindergarten Arche",
        "Lina",
        "2026-09-01",
        "2027-07-31",
    );
    let barrier = std::sync::Barrier::new(2);
    let statuses: Vec<Status> = std::thread::scope(|s| {
        let handles: Vec<_> = [a.clone(), b.clone()]
            .into_iter()
            .map(|id| {
                let (t, barrier) = (&t, &barrier);
                s.spawn(move || {
                    let browser = t.login(OFFICE);
                    let token = browser.csrf();
                    barrier.wait();
                    let status = browser
                        .post_raw(
                            &format!("/musterstadt/office/contracts/{id}/sign"),
                            &[("csrf", &token)],
                        )
                        .status();
                    status
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(signed_count(&t), 1, "exactly one signed: {statuses:?}");
    assert_eq!(
        statuses.iter().filter(|s| **s == Status::SeeOther).count(),
        1
    );
    assert!(statuses.contains(&Status::Conflict), "{statuses:?}");
}

#[test]
fn the_database_itself_refuses_a_second_signed_contract() {
    // Below the application: even a direct write cannot create the overlap.
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let a = draft(&t, &office, "Kita Sonnenschein", "Emil", "2026-08-01", "");
    let b = draft(
        &t,
        &office,
        "Ev. Kindergarten Arche",
        "Emil",
        "2030-01-01",
        "",
    );
    office.post_form(&format!("/musterstadt/office/contracts/{a}/sign"), &[]);
    let mut c = t.app.db.get().unwrap();
    let err = diesel::update(contracts::table.find(&b))
        .set(contracts::status.eq("signed"))
        .execute(&mut c)
        .unwrap_err();
    assert!(
        kitaplatz::store::contracts::is_overlap(&err.into()),
        "refused as contract_overlap"
    );
    // Fixing the first contract's end before the second start makes room.
    diesel::update(contracts::table.find(&a))
        .set(contracts::end_date.eq(chrono::NaiveDate::from_ymd_opt(2029, 12, 31)))
        .execute(&mut c)
        .unwrap();
    diesel::update(contracts::table.find(&b))
        .set(contracts::status.eq("signed"))
        .execute(&mut c)
        .unwrap();
    assert_eq!(signed_count(&t), 2);
}

#[test]
fn an_accepted_offer_becomes_a_contract_and_the_application_is_contracted() {
    let t = TestApp::demo();
    let (parent, application) = offered(&t, "vertrag");
    let res = parent.post_form(
        &format!("/musterstadt/applications/{application}/accept"),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let office = t.login(OFFICE);
    let (_, list) = office.page("/musterstadt/office/contracts");
    assert!(list.contains("Kita vertrag"), "awaiting a contract");
    let mut c = t.app.db.get().unwrap();
    let offer = offer_of(&t, &application);
    let res = office.post_form(
        &format!("/musterstadt/office/contracts/offer/{offer}"),
        &[("weekly_hours", "35")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let id = redirect_id(&res);
    // A second draft from the same offer is not possible.
    let again = office.post_form(&format!("/musterstadt/office/contracts/offer/{offer}"), &[]);
    assert_eq!(again.status(), Status::NotFound);
    office.post_form(&format!("/musterstadt/office/contracts/{id}/sign"), &[]);
    assert_eq!(status_of(&t, &id), "signed");
    let status: String = kitaplatz::db::schema::applications::table
        .find(&application)
        .select(kitaplatz::db::schema::applications::status)
        .first(&mut c)
        .unwrap();
    assert_eq!(status, "contracted");
    // The offer holds a seat in its Kita year; in the next one the contract holds the place.
    let tenant = kitaplatz::ids::MunicipalityId(
        kitaplatz::store::tenants::municipality_by_slug(&mut c, "musterstadt")
            .unwrap()
            .unwrap()
            .id,
    );
    let day = |y, m| chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap();
    let facility = facility_id(&t, "Kita vertrag");
    let held = |d| {
        kitaplatz::store::contracts::held_outside_allocation(
            &mut t.app.db.get().unwrap(),
            &tenant,
            d,
            &kitaplatz::domain::occupancy::Rules::new((9, 30)),
        )
        .unwrap()
        .iter()
        .filter(|((f, _), _)| *f == facility)
        .map(|(_, n)| n)
        .sum::<u32>()
    };
    assert_eq!(held(day(2027, 3)), 0, "counted as a seat of 2026/27");
    assert_eq!(held(day(2027, 9)), 1, "counted by the contract in 2027/28");
}

#[test]
fn facility_staff_see_only_their_facility_and_parents_nothing() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let elsewhere = draft(&t, &office, "Krippe Zwergenland", "Ida", "2026-08-01", "");
    let own = draft(&t, &office, "Kita Sonnenschein", "Ole", "2026-08-01", "");
    let lead = t.login(LEAD);
    let (s, list) = lead.page("/musterstadt/office/contracts");
    assert_eq!(s, Status::Ok);
    assert!(list.contains("Ole") && !list.contains("Ida"));
    assert_eq!(
        lead.get(&format!("/musterstadt/office/contracts/{elsewhere}"))
            .status(),
        Status::NotFound
    );
    let res = lead.post_form(
        &format!("/musterstadt/office/contracts/{elsewhere}/sign"),
        &[],
    );
    assert_eq!(res.status(), Status::NotFound);
    assert_eq!(status_of(&t, &elsewhere), "draft");
    assert_eq!(
        lead.post_form(&format!("/musterstadt/office/contracts/{own}/sign"), &[])
            .status(),
        Status::SeeOther
    );
    // A lead cannot create a contract for another facility.
    let res = lead.post_form(
        "/musterstadt/office/contracts",
        &[
            ("facility", &facility_id(&t, "Krippe Zwergenland")),
            ("first_names", "X"),
            ("last_name", "Y"),
            ("birth_date", "2024-01-01"),
            ("street", "A"),
            ("house_number", "1"),
            ("postal_code", "12345"),
            ("city", "B"),
            ("guardian_first_names", "C"),
            ("guardian_last_name", "D"),
            ("start_date", "2026-08-01"),
            ("end_date", ""),
            ("weekly_hours", "35"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let parent = t.login("eltern.musterstadt@example.org");
    for path in [
        "/musterstadt/office/contracts".to_string(),
        format!("/musterstadt/office/contracts/{own}"),
        "/musterstadt/office/contracts/import".to_string(),
    ] {
        let (s, body) = parent.page(&path);
        assert_eq!(s, Status::Forbidden, "{path}");
        assert!(!body.contains("Ole"));
    }
    let admin = t.login("admin.musterstadt@example.org");
    assert_eq!(
        admin.get("/musterstadt/office/contracts").status(),
        Status::Forbidden
    );
}

/// Uploads a file to the import form (the answer redirects to the report).
pub fn upload<'b>(
    b: &'b Browser,
    name: &str,
    bytes: &[u8],
) -> rocket::local::blocking::LocalResponse<'b> {
    b.upload("/musterstadt/office/contracts/import", name, bytes)
}

const HEADER: &str = "einrichtung;vorname;nachname;geburtsdatum;strasse;hausnummer;plz;ort;\
sorgeberechtigt_vorname;sorgeberechtigt_nachname;beginn;ende;wochenstunden;externe_id";

fn csv(rows: &[&str]) -> Vec<u8> {
    let mut s = String::from(HEADER);
    for r in rows {
        s.push('\n');
        s.push_str(r);
    }
    s.into_bytes()
}

/// Contracts made in the test (the demo's children in care left out).
fn contract_count(t: &TestApp) -> i64 {
    let mut c = t.app.db.get().unwrap();
    contracts::table
        .inner_join(children::table)
        .filter(children::last_name.ne("Bestand"))
        .count()
        .get_result(&mut c)
        .unwrap()
}

fn children_count(t: &TestApp) -> i64 {
    let mut c = t.app.db.get().unwrap();
    children::table.count().get_result(&mut c).unwrap()
}

#[test]
fn the_import_reports_bad_rows_and_imports_nothing_until_the_file_is_clean() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let bad = csv(&[
        "Kita Sonnenschein;Paula;Import;17.05.2023;Hauptstr.;1;12345;Musterstadt;Eva;Import;01.08.2024;;35;K-1",
        "Kita Nirgendwo;Paul;Import;2030-01-01;Hauptstr.;1;123;Musterstadt;Eva;Import;01.08.2024;01.07.2024;99;",
    ]);
    let res = upload(&office, "bestand.csv", &bad);
    assert_eq!(res.status(), Status::SeeOther);
    let report = res.headers().get_one("Location").unwrap().to_string();
    let (s, page) = office.page(&report);
    assert_eq!(s, Status::Ok);
    assert!(page.contains("2 Zeilen, davon 1 fehlerfrei"), "{page}");
    for problem in [
        "Einrichtung unbekannt",
        "Geburtsdatum ungültig",
        "Postleitzahl ungültig",
        "Ende ungültig",
        "Stunden pro Woche ungültig",
    ] {
        assert!(page.contains(problem), "{problem}");
    }
    assert!(page.contains("<td>3</td>"), "the line of the bad row");
    assert!(!page.contains("Verträge importieren"), "no import button");
    let id = report.rsplit('/').next().unwrap();
    let res = office.post_form(&format!("/musterstadt/office/contracts/import/{id}"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    kitaplatz::jobs::run_pending(&t.app).unwrap();
    assert_eq!(
        contract_count(&t),
        0,
        "nothing imported from a file with errors"
    );

    // A wrong header is explained.
    let res = upload(&office, "x.csv", b"Name;Farbe\nA;B");
    let (_, page) = office.page(res.headers().get_one("Location").unwrap());
    assert!(page.contains("Es fehlt die Spalte") && page.contains("Farbe"));
}

#[test]
fn a_clean_file_imports_as_signed_contracts_in_a_background_job() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let good = csv(&[
        "Kita Sonnenschein;Paula;Import;17.05.2023;Hauptstr.;1;12345;Musterstadt;Eva;Import;01.08.2024;;35;K-1",
        "Krippe Zwergenland;Paul;Import;2025-02-01;Hauptstr.;1;12345;Musterstadt;Eva;Import;2026-03-01;2028-01-31;45;K-2",
    ]);
    let res = upload(&office, "bestand.csv", &good);
    let report = res.headers().get_one("Location").unwrap().to_string();
    let (_, page) = office.page(&report);
    assert!(page.contains("2 Verträge importieren"), "{page}");
    let id = report.rsplit('/').next().unwrap();
    let res = office.post_form(&format!("/musterstadt/office/contracts/import/{id}"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = office.page(&report);
    assert!(page.contains("Der Import läuft") && page.contains("http-equiv=\"refresh\""));
    assert_eq!(contract_count(&t), 0, "the request only queues the job");
    kitaplatz::jobs::run_pending(&t.app).unwrap();
    assert_eq!(signed_count(&t), 2);
    let (_, page) = office.page(&report);
    assert!(page.contains("2 Verträge wurden übernommen"));
    // Importing the same file again finds the children and their contracts: every row overlaps.
    let res = upload(&office, "bestand.csv", &good);
    let (_, page) = office.page(res.headers().get_one("Location").unwrap());
    assert!(page.contains("Überschneidet sich mit einem anderen Vertrag"));
    assert!(page.contains("Kennung doppelt"));
}

#[test]
fn an_import_that_fails_while_writing_leaves_nothing_behind() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let file = csv(&[
        "Kita Sonnenschein;Rosa;Import;17.05.2023;Hauptstr.;1;12345;Musterstadt;Eva;Import;01.08.2024;;35;",
        "Kita Sonnenschein;Mia;Vertragskind;17.05.2023;Lindenweg;3;12345;Musterstadt;Eva;Vertragskind;01.08.2026;;35;",
    ]);
    let res = upload(&office, "bestand.xlsx.csv", &file);
    let report = res.headers().get_one("Location").unwrap().to_string();
    let id = report.rsplit('/').next().unwrap().to_string();
    assert_eq!(
        office
            .post_form(&format!("/musterstadt/office/contracts/import/{id}"), &[])
            .status(),
        Status::SeeOther
    );
    // Before the job runs, the facility signs a contract for Mia over the same period.
    let mia = draft(
        &t,
        &office,
        "Ev. Kindergarten Arche",
        "Mia",
        "2026-01-01",
        "",
    );
    office.post_form(&format!("/musterstadt/office/contracts/{mia}/sign"), &[]);
    let (contracts_before, children_before) = (contract_count(&t), children_count(&t));
    kitaplatz::jobs::run_pending(&t.app).unwrap();
    assert_eq!(contract_count(&t), contracts_before, "all or nothing");
    assert_eq!(
        children_count(&t),
        children_before,
        "no child of the file was kept"
    );
    let (_, page) = office.page(&report);
    assert!(
        page.contains("fehlgeschlagen") && page.contains("Zeile 3"),
        "{page}"
    );
    assert!(page.contains("Überschneidet sich"));
}

#[test]
fn xlsx_files_import_like_csv() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let table = kitaplatz_export::Table {
        headers: HEADER.split(';').map(String::from).collect(),
        rows: vec![
            "Kita Sonnenschein;Tom;Tabelle;2022-03-04;Hauptstr.;1;12345;Musterstadt;Eva;Tabelle;2025-08-01;;45;"
                .split(';')
                .map(String::from)
                .collect(),
        ],
    };
    let bytes = kitaplatz_export::to_xlsx(&table, "Bestand").unwrap();
    let res = upload(&office, "bestand.xlsx", &bytes);
    let (_, page) = office.page(res.headers().get_one("Location").unwrap());
    assert!(page.contains("1 Zeilen, davon 1 fehlerfrei"), "{page}");
}

#[test]
fn children_under_contract_take_their_places_out_of_the_allocation() {
    use crate::allocation::{apply, create_round, family, kita, publish, status, what_if};
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let full = kita(&office, "Kita Voll", "1");
    let held = draft(&t, &office, "Kita Voll", "Bestand", "2026-08-01", "");
    office.post_form(&format!("/musterstadt/office/contracts/{held}/sign"), &[]);
    let parent = family(&t, "voll@example.org");
    let application = apply(&t, &parent, "Voll", &[&full], &[]);
    let round = create_round(&office, "Voll");
    let run = what_if(&office, &round);
    publish(&office, &run);
    assert_eq!(
        status(&t, &application),
        "rejected",
        "the only place is taken"
    );

    // Once the contract ends before the start, the place is offered.
    let res = office.post_form(
        &format!("/musterstadt/office/contracts/{held}/end"),
        &[("end_date", "2027-02-28")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let round = create_round(&office, "Voll 2");
    let run = what_if(&office, &round);
    publish(&office, &run);
    assert_eq!(status(&t, &application), "offered");
}

#[test]
fn a_draft_from_an_offer_still_holds_its_place_and_cannot_be_signed_after_a_withdrawal() {
    let t = TestApp::demo();
    let (parent, application) = offered(&t, "rueckzug");
    parent.post_form(
        &format!("/musterstadt/applications/{application}/accept"),
        &[],
    );
    let office = t.login(OFFICE);
    let offer = offer_of(&t, &application);
    let res = office.post_form(&format!("/musterstadt/office/contracts/offer/{offer}"), &[]);
    let id = redirect_id(&res);
    // The draft does not free the place: the accepted offer still counts as planned.
    let facility = facility_id(&t, "Kita rueckzug");
    let res = office.get("/api/v1/municipalities/musterstadt/forecast?months=6");
    let json: serde_json::Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    let planned: f64 = json["facilities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == facility.as_str())
        .unwrap()["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["months"][5]["planned"].as_f64().unwrap())
        .sum();
    assert_eq!(planned, 1.0);
    // The parents withdraw: the draft can no longer be signed.
    let res = parent.post_form(
        &format!("/musterstadt/applications/{application}/withdraw"),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let res = office.post_form(&format!("/musterstadt/office/contracts/{id}/sign"), &[]);
    assert_eq!(res.status(), Status::Conflict);
    assert!(res.into_string().unwrap().contains("gilt nicht mehr"));
    assert_eq!(status_of(&t, &id), "draft");
}

#[test]
fn a_signed_contract_fulfils_the_child_s_waiting_needs_report() {
    let t = TestApp::demo();
    let parent = crate::allocation::family(&t, "bedarf@example.org");
    let child = crate::family::add_child(&parent, "Nele", "2024-03-03");
    let res = parent.post_form(
        "/musterstadt/applications",
        &[
            ("child", child.as_str()),
            ("kind", "needs"),
            ("start_date", "2026-12-01"),
            ("hours", ""),
            ("consent", "yes"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let application = redirect_id(&res);
    // Children in care come in by import: the same child (names, birth date) is recognised.
    let office = t.login(OFFICE);
    let file = csv(&[
        "Krippe Zwergenland;Nele;Beispiel;03.03.2024;Lindenallee;7;59999;Musterstadt;Eva;Beispiel;01.12.2026;;35;",
    ]);
    let res = upload(&office, "nele.csv", &file);
    let report = res.headers().get_one("Location").unwrap().to_string();
    office.post_form(&report, &[]);
    kitaplatz::jobs::run_pending(&t.app).unwrap();
    assert_eq!(crate::allocation::status(&t, &application), "contracted");
    let mut c = t.app.db.get().unwrap();
    let kids: i64 = children::table
        .filter(children::first_names.eq("Nele"))
        .count()
        .get_result(&mut c)
        .unwrap();
    assert_eq!(kids, 1);
    // The upload itself is not kept once imported.
    use kitaplatz::db::schema::contract_imports;
    let sizes: Vec<Vec<u8>> = contract_imports::table
        .select(contract_imports::content)
        .load(&mut c)
        .unwrap();
    assert!(sizes.iter().all(Vec::is_empty));
}

#[test]
fn a_child_with_an_accepted_offer_gets_its_contract_from_the_offer_not_twice() {
    let t = TestApp::demo();
    let (parent, application) = offered(&t, "doppelt");
    parent.post_form(
        &format!("/musterstadt/applications/{application}/accept"),
        &[],
    );
    let office = t.login(OFFICE);
    let res = office.post_form(
        "/musterstadt/office/contracts",
        &[
            ("facility", &facility_id(&t, "Kita doppelt")),
            ("first_names", "doppelt"),
            ("last_name", "Beispiel"),
            ("birth_date", "2023-05-10"),
            ("street", "Lindenallee"),
            ("house_number", "7"),
            ("postal_code", "59999"),
            ("city", "Musterstadt"),
            ("guardian_first_names", "Eva"),
            ("guardian_last_name", "Beispiel"),
            ("start_date", "2027-03-01"),
            ("end_date", ""),
            ("weekly_hours", "35"),
        ],
    );
    let id = redirect_id(&res);
    let res = office.post_form(&format!("/musterstadt/office/contracts/{id}/sign"), &[]);
    assert_eq!(res.status(), Status::Conflict);
    assert!(res
        .into_string()
        .unwrap()
        .contains("angenommenes Platzangebot"));
    assert_eq!(status_of(&t, &id), "draft");
    assert_eq!(crate::allocation::status(&t, &application), "accepted");
    // The import says so in its dry run.
    let file = csv(&[
        "Kita doppelt;doppelt;Beispiel;2023-05-10;Lindenallee;7;59999;Musterstadt;Eva;Beispiel;2027-03-01;;35;",
    ]);
    let res = upload(&office, "d.csv", &file);
    let (_, page) = office.page(res.headers().get_one("Location").unwrap());
    assert!(page.contains("angenommenes Platzangebot"), "{page}");
}

#[test]
fn the_office_form_refuses_care_before_the_birth_like_the_api_and_the_import() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let f = facility_id(&t, "Kita Sonnenschein");
    let before = t.audit_count();
    let res = office.post_form(
        "/musterstadt/office/contracts",
        &[
            ("facility", &f),
            ("first_names", "Früh"),
            ("last_name", "Vertragskind"),
            ("birth_date", "17.05.2026"),
            ("street", "Lindenweg"),
            ("house_number", "3"),
            ("postal_code", "12345"),
            ("city", "Musterstadt"),
            ("guardian_first_names", "Eva"),
            ("guardian_last_name", ""),
            ("start_date", "2026-05-01"),
            ("end_date", ""),
            ("weekly_hours", "35"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let page = res.into_string().unwrap();
    assert!(page.contains("aria-invalid"), "fields marked");
    assert!(page.contains("id=\"start_date-error\"") && page.contains("id=\"guardian-error\""));
    assert_eq!(t.audit_count(), before, "nothing stored");
}

#[test]
fn notes_on_integration_assistance_are_stored_encrypted_and_survive_a_key_rotation() {
    use kitaplatz::db::schema::contracts;
    let t = TestApp::demo();
    let office = t.login("jugendamt.musterstadt@example.org");
    let (_, contract) = crate::fees::child_in_care(&t, &office, "hilfe@example.org", "Emil");
    let path = format!("/musterstadt/office/contracts/{contract}/note");
    let note = "Integrationskraft 20 Stunden pro Woche bewilligt (Bescheid vom 01.09.2026)";
    let stored = |t: &TestApp| -> Option<String> {
        let mut c = t.app.db.get().unwrap();
        contracts::table
            .find(&contract)
            .select(contracts::integration_note)
            .first(&mut c)
            .unwrap()
    };
    let res = office.post_form(&path, &[("note", note)]);
    assert_eq!(res.status(), Status::SeeOther);
    let sealed = stored(&t).expect("stored");
    assert!(
        sealed.starts_with("kp1:") && !sealed.contains("Integrationskraft"),
        "{sealed}"
    );
    let page_path = format!("/musterstadt/office/contracts/{contract}");
    let (_, page) = office.page(&page_path);
    assert!(page.contains(note), "shown decrypted");
    assert!(t
        .audit_rows()
        .iter()
        .any(|r| r.1 == "update" && r.2 == "contract"));
    // Too long: refused, the old note stays.
    let long = "x".repeat(2001);
    let res = office.post_form(&path, &[("note", &long)]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert_eq!(stored(&t).as_deref(), Some(sealed.as_str()));
    // Another municipality: 404, nothing changed.
    let other = t.login("jugendamt.beispieldorf@example.org");
    let status = other
        .post_form(
            &format!("/beispieldorf/office/contracts/{contract}/note"),
            &[("note", "x")],
        )
        .status();
    assert_eq!(status, Status::NotFound);
    assert_eq!(stored(&t).as_deref(), Some(sealed.as_str()));

    // A new key: every note is re-encrypted with it and still reads the same.
    t.clock.advance(chrono::Duration::seconds(5));
    let message = kitaplatz::cli::rotate_key(&t.app.db, &t.clock, &t.app.config).expect("rotate");
    assert!(
        message.contains("1 encrypted field(s) re-encrypted"),
        "{message}"
    );
    let resealed = stored(&t).unwrap();
    assert_ne!(
        resealed.split(':').nth(1),
        sealed.split(':').nth(1),
        "new key id"
    );
    let keys = std::fs::read_to_string(&t.app.config.field_keys_file).unwrap();
    assert_eq!(keys.lines().count(), 2, "the old key stays for old backups");
    let fresh = kitaplatz::field_crypto::KeyRing::parse(&keys).unwrap();
    assert_eq!(
        fresh
            .open(&format!("contracts.integration_note.{contract}"), &resealed)
            .unwrap(),
        note
    );
    // Saving it empty removes it.
    let res = office.post_form(&path, &[("note", "  ")]);
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(stored(&t), None);
}
