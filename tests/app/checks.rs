//! Register checks and duplicates, end to end: submission queues a check, the worker asks the
//! register simulator (MESO for Musterstadt, OK.EWO for Beispieldorf), the office decides on
//! out-of-town children and duplicates; a register that is down loses nothing.

use chrono::Duration;
use diesel::prelude::*;
use kitaplatz::checks::Checker;
use kitaplatz::db::schema::{applications, children, register_lookups};
use kitaplatz_register::sim::{self, Fault, Residents, SimHandle};
use rocket::http::Status;

use crate::common::*;
use crate::facilities::facility_id;
use crate::family::add_child;

/// The register simulator on a free port, wired to Musterstadt (MESO) and Beispieldorf
/// (OK.EWO), and a check worker driven by the test.
pub struct Registers {
    pub sim: SimHandle,
    checker: Checker,
    rt: rocket::tokio::runtime::Runtime,
}

impl Registers {
    pub fn start(t: &TestApp) -> Self {
        let rt = rocket::tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let sim = rt
            .block_on(sim::start(
                Residents::demo(),
                "127.0.0.1:0".parse().unwrap(),
            ))
            .expect("simulator");
        let mut conn = t.app.db.get().unwrap();
        for (slug, kind, path) in [
            ("musterstadt", "meso", sim::MESO_PATH),
            ("beispieldorf", "ok_ewo", sim::OKEWO_PATH),
        ] {
            let tenant = tenant(&mut conn, slug);
            kitaplatz::store::checks::save_settings(
                &mut conn,
                &tenant,
                &kitaplatz::store::checks::SettingsInput {
                    kind: kind.into(),
                    endpoint: format!("{}{path}", sim.base_url()),
                    username: Some("kitaplatz".into()),
                    password: Some("demo".into()),
                    clear_password: false,
                    timeout_ms: 1_000,
                },
                &test_ctx(t),
            )
            .unwrap();
        }
        Registers {
            sim,
            checker: Checker::new(t.app.clone(), &[7u8; 64]),
            rt,
        }
    }

    /// Works the due checks once; returns how many were handled.
    pub fn run(&self) -> usize {
        self.rt
            .block_on(self.checker.run_due())
            .expect("check pass")
    }
}

/// The tenant id of a municipality.
pub fn tenant(conn: &mut kitaplatz::db::DbConnection, slug: &str) -> kitaplatz::ids::TenantId {
    kitaplatz::store::tenants::municipality_by_slug(conn, slug)
        .unwrap()
        .unwrap()
        .tenant_id()
}

/// An audit context for changes a test makes directly in the store.
pub fn test_ctx(t: &TestApp) -> kitaplatz::store::audit::AuditCtx {
    kitaplatz::store::audit::AuditCtx::new(None, "test", t.app.clock.now_naive())
}

/// The 36-character id that follows the first occurrence of `marker` in a page.
pub fn id_after(page: &str, marker: &str) -> String {
    let i = page.find(marker).expect("a link with an id") + marker.len();
    page[i..i + 36].to_string()
}

/// Submits a care request for a child of the logged-in Musterstadt parent; returns its id.
pub fn submit_request(parent: &Browser, child: &str) -> String {
    let sonne = facility_id(parent, "Kita Sonnenschein");
    let res = parent.post_form(
        "/musterstadt/applications",
        &[
            ("child", child),
            ("kind", "request"),
            ("start_date", "2027-03-01"),
            ("hours", "35"),
            ("consent", "yes"),
            ("wishes", sonne.as_str()),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let location = res.headers().get_one("Location").unwrap().to_string();
    location.rsplit('/').next().unwrap().to_string()
}

/// A needs report entered on paper by the youth office of `slug`; returns the application id.
pub fn paper_needs(
    t: &TestApp,
    slug: &str,
    first: &str,
    last: &str,
    birth: &str,
    street: &str,
    city: &str,
) -> String {
    let office = t.login(&format!("jugendamt.{slug}@example.org"));
    let res = office.post_form(
        &format!("/{slug}/office/paper"),
        &[
            ("g_first_names", "Gabi"),
            ("g_last_name", last),
            ("first_names", first),
            ("last_name", last),
            ("birth_date", birth),
            ("street", street),
            ("house_number", "5"),
            ("postal_code", "59998"),
            ("city", city),
            ("kind", "needs"),
            ("start_date", "2027-03-01"),
            ("hours", "35"),
        ],
    );
    assert_eq!(res.status(), Status::Created, "paper entry in {slug}");
    let mut conn = t.app.db.get().unwrap();
    let tenant = tenant(&mut conn, slug);
    applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::origin.eq("paper"))
        .filter(children::first_names.eq(first))
        .filter(children::last_name.eq(last))
        .order(applications::submitted_at.desc())
        .select(applications::id)
        .first(&mut *conn)
        .unwrap()
}

/// (status, register status, register person id) of an application.
pub fn state(t: &TestApp, id: &str) -> (String, String, Option<String>) {
    let mut conn = t.app.db.get().unwrap();
    applications::table
        .find(id)
        .select((
            applications::status,
            applications::register_status,
            applications::register_person_id,
        ))
        .first(&mut *conn)
        .unwrap()
}

#[test]
fn a_resident_child_is_confirmed_in_the_background_and_the_lookup_is_logged() {
    let t = TestApp::demo();
    let regs = Registers::start(&t);
    let parent = t.login("eltern.musterstadt@example.org");
    let mia = add_child(&parent, "Mia", "2023-03-14");
    let id = submit_request(&parent, &mia);
    // Nothing was asked during the parent's request.
    assert_eq!(regs.sim.requests(), 0);
    let office = t.login("jugendamt.musterstadt@example.org");
    let (_, page) = office.page(&format!("/musterstadt/office/applications/{id}"));
    assert!(page.contains("Prüfung ausstehend"));

    assert_eq!(regs.run(), 1);
    assert_eq!(
        state(&t, &id),
        (
            "checked".into(),
            "resident".into(),
            Some("MS-000001".into())
        )
    );
    let (_, page) = office.page(&format!("/musterstadt/office/applications/{id}"));
    assert!(page.contains("In der Gemeinde gemeldet"));
    assert!(page.contains("Geprüft"));
    // The parent sees the new state, without register details.
    let (_, page) = parent.page(&format!("/musterstadt/applications/{id}"));
    assert!(page.contains("Wohnsitz bestätigt"));
    assert!(!page.contains("MS-000001"));

    // The lookup log: Aktenzeichen, procedure, reason and result class only.
    let mut conn = t.app.db.get().unwrap();
    let logged: Vec<(String, String, String, String)> = register_lookups::table
        .select((
            register_lookups::application_id,
            register_lookups::procedure_name,
            register_lookups::reason,
            register_lookups::result,
        ))
        .load(&mut *conn)
        .unwrap();
    assert_eq!(
        logged,
        vec![(
            id.clone(),
            kitaplatz::checks::PROCEDURE.to_string(),
            kitaplatz::checks::REASON.to_string(),
            "found".to_string()
        )]
    );
    let admin = t.login("admin.musterstadt@example.org");
    let (status, page) = admin.page("/musterstadt/admin/register");
    assert_eq!(status, Status::Ok);
    assert!(page.contains(&id) && page.contains("gefunden"));
    // Done is done: a second pass has nothing to do.
    assert_eq!(regs.run(), 0);

    // The parents change the child's data: the check runs again.
    let res = parent.post_form(
        &format!("/musterstadt/family/children/{mia}"),
        &crate::family::child_fields("Kaja", "2023-03-14"),
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(state(&t, &id), ("checked".into(), "pending".into(), None));
    assert_eq!(regs.run(), 1);
    assert_eq!(state(&t, &id).0, "needs_review");
    assert_eq!(state(&t, &id).1, "not_found");
}

#[test]
fn an_out_of_town_child_waits_for_the_office_which_approves_or_rejects() {
    let t = TestApp::demo();
    let regs = Registers::start(&t);
    let parent = t.login("eltern.musterstadt@example.org");
    let kai = add_child(&parent, "Kai", "2023-01-10");
    let lea = add_child(&parent, "Lea", "2022-02-20");
    let kai_app = submit_request(&parent, &kai);
    let lea_app = submit_request(&parent, &lea);
    assert_eq!(regs.run(), 2);
    assert_eq!(state(&t, &kai_app).0, "needs_review");
    assert_eq!(state(&t, &kai_app).1, "not_found");

    let office = t.login("jugendamt.musterstadt@example.org");
    let (status, page) = office.page("/musterstadt/office/review");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Beispiel, Kai") && page.contains("Beispiel, Lea"));
    assert!(page.contains("Nicht gemeldet"));

    // A reason is required.
    let url = format!("/musterstadt/office/applications/{kai_app}/register");
    let res = office.post_form(&url, &[("decision", "approve"), ("reason", " ")]);
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(state(&t, &kai_app).1, "not_found");
    // "Resident" does not fit a child the register does not know.
    let res = office.post_form(&url, &[("decision", "resident"), ("reason", "x")]);
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(state(&t, &kai_app).1, "not_found");

    let res = office.post_form(
        &url,
        &[
            ("decision", "approve"),
            ("reason", "Zuzug zum 1.2.2027 laut Mietvertrag"),
            ("move_in_date", "2027-02-01"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(state(&t, &kai_app).0, "checked");
    assert_eq!(state(&t, &kai_app).1, "out_of_town_approved");
    let (_, page) = office.page(&format!("/musterstadt/office/applications/{kai_app}"));
    assert!(page.contains("Fremdgemeindekind zugelassen"));
    assert!(page.contains("01.02.2027"));
    assert!(page.contains("Zuzug zum 1.2.2027 laut Mietvertrag"));
    // Deciding twice changes nothing.
    let again = office.post_form(&url, &[("decision", "reject"), ("reason", "doch nicht")]);
    assert_eq!(again.status(), Status::SeeOther);
    assert_eq!(state(&t, &kai_app).1, "out_of_town_approved");

    t.deliver_mail();
    let res = office.post_form(
        &format!("/musterstadt/office/applications/{lea_app}/register"),
        &[
            ("decision", "reject"),
            ("reason", "Wohnsitz in Nachbargemeinde"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(state(&t, &lea_app).0, "closed");
    let mails = t.deliver_mail();
    assert!(mails
        .iter()
        .any(|m| m.contains("To: eltern.musterstadt@example.org") && m.contains("Lea")));
    let (_, page) = parent.page(&format!("/musterstadt/applications/{lea_app}"));
    assert!(page.contains("Als auswärtiges Kind nicht zugelassen"));
    // The queue is empty now.
    let (_, page) = office.page("/musterstadt/office/review");
    assert!(!page.contains("Beispiel, Kai") && !page.contains("Beispiel, Lea"));
}

#[test]
fn ambiguous_register_hits_go_to_review_and_ok_ewo_answers_too() {
    let t = TestApp::demo();
    let regs = Registers::start(&t);
    let paul = paper_needs(
        &t,
        "musterstadt",
        "Paul",
        "Schmidt",
        "2022-05-01",
        "Lindenallee",
        "Musterstadt",
    );
    let emil = paper_needs(
        &t,
        "beispieldorf",
        "Emil",
        "Muster",
        "2022-09-01",
        "Dorfstraße",
        "Beispieldorf",
    );
    assert_eq!(regs.run(), 2);
    assert_eq!(state(&t, &paul).1, "ambiguous");
    assert_eq!(state(&t, &paul).0, "needs_review");
    // Beispieldorf asks OK.EWO.
    assert_eq!(
        state(&t, &emil),
        (
            "checked".into(),
            "resident".into(),
            Some("BD-000001".into())
        )
    );
    let office = t.login("jugendamt.musterstadt@example.org");
    let res = office.post_form(
        &format!("/musterstadt/office/applications/{paul}/register"),
        &[
            ("decision", "resident"),
            ("reason", "Geburtsurkunde vorgelegt"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(state(&t, &paul).0, "checked");
    assert_eq!(state(&t, &paul).1, "resident");
}

#[test]
fn a_register_that_is_down_loses_nothing_and_the_check_completes_later() {
    let t = TestApp::demo();
    let regs = Registers::start(&t);
    regs.sim.set_fault(Fault::ServerError);
    let parent = t.login("eltern.musterstadt@example.org");
    let mut apps = Vec::new();
    for (name, born) in [
        ("Mia", "2023-03-14"),
        ("Ben", "2021-06-02"),
        ("Kai", "2023-01-10"),
    ] {
        let child = add_child(&parent, name, born);
        apps.push(submit_request(&parent, &child));
    }
    assert_eq!(regs.run(), 3);
    assert_eq!(regs.sim.requests(), 3);
    for id in &apps {
        assert_eq!(state(&t, id).0, "submitted", "kept as submitted");
        assert_eq!(state(&t, id).1, "pending");
    }
    let office = t.login("jugendamt.musterstadt@example.org");
    let (_, page) = office.page(&format!("/musterstadt/office/applications/{}", apps[0]));
    assert!(page.contains("Register nicht erreichbar, 1. Versuch gescheitert"));
    let (_, page) = office.page("/musterstadt/office/review");
    assert!(page.contains("3 Registerprüfungen stehen noch aus"));

    // Three failures in a row open the circuit: a new check does not reach the register.
    let lea = add_child(&parent, "Lea", "2022-02-20");
    apps.push(submit_request(&parent, &lea));
    assert_eq!(regs.run(), 1);
    assert_eq!(
        regs.sim.requests(),
        3,
        "circuit open: the register is not asked"
    );

    // Nothing is due before the backoff has passed.
    assert_eq!(regs.run(), 0);
    // The register is back; after the cool-down everything completes.
    regs.sim.set_fault(Fault::None);
    t.clock.advance(Duration::seconds(31));
    assert_eq!(regs.run(), 4);
    assert_eq!(state(&t, &apps[0]).1, "resident");
    assert_eq!(state(&t, &apps[1]).1, "resident");
    assert_eq!(state(&t, &apps[2]).1, "not_found");
    assert_eq!(state(&t, &apps[3]).1, "not_found");

    // Malformed answers and timeouts count as unavailable as well.
    for fault in [
        Fault::Malformed,
        Fault::Slow(std::time::Duration::from_secs(3)),
    ] {
        regs.sim.set_fault(fault);
        let child = add_child(&parent, "Ole", "2022-07-07");
        let id = submit_request(&parent, &child);
        assert_eq!(regs.run(), 1);
        assert_eq!(state(&t, &id).1, "pending");
        regs.sim.set_fault(Fault::None);
        t.clock.advance(Duration::seconds(600));
        assert_eq!(regs.run(), 1);
        assert_eq!(state(&t, &id).1, "not_found");
        // Withdraw so that the next round can use the same child again.
        let res = parent.post_form(&format!("/musterstadt/applications/{id}/withdraw"), &[]);
        assert_eq!(res.status(), Status::SeeOther);
    }
}

#[test]
fn duplicates_in_one_municipality_are_merged_or_remembered_as_distinct() {
    let t = TestApp::demo();
    let regs = Registers::start(&t);
    let parent = t.login("eltern.musterstadt@example.org");
    let mia = add_child(&parent, "Mia", "2023-03-14");
    let online = submit_request(&parent, &mia);
    // The other parent hands in a paper needs report for the same child, spelt differently.
    let paper = paper_needs(
        &t,
        "musterstadt",
        "Mia Sophie",
        "Beispiel",
        "2023-03-14",
        "Lindenallee",
        "Musterstadt",
    );
    // And one for Mia's brother, who is not a duplicate.
    let ben = paper_needs(
        &t,
        "musterstadt",
        "Ben",
        "Beispiel",
        "2021-06-02",
        "Lindenallee",
        "Musterstadt",
    );
    assert_eq!(regs.run(), 3);
    assert_eq!(state(&t, &online).0, "needs_review");
    assert_eq!(state(&t, &paper).0, "needs_review");
    assert_eq!(state(&t, &ben).0, "checked");

    let office = t.login("jugendamt.musterstadt@example.org");
    let (_, page) = office.page("/musterstadt/office/review");
    assert!(page.contains("Mögliche Dubletten"));
    assert!(page.contains("Mia Sophie") && page.contains("gleiche Person im Melderegister"));
    let pair = { id_after(&page, "/musterstadt/office/duplicates/") };
    let res = office.post_form(
        &format!("/musterstadt/office/duplicates/{pair}/merge"),
        &[("keep", "b")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let kept_is_paper = state(&t, &paper).0 != "closed";
    let (kept, gone) = if kept_is_paper {
        (&paper, &online)
    } else {
        (&online, &paper)
    };
    assert_eq!(state(&t, gone).0, "closed");
    assert_eq!(state(&t, kept).0, "checked");
    let (_, page) = office.page(&format!("/musterstadt/office/applications/{gone}"));
    assert!(page.contains("Zusammengeführt mit"));
    assert!(page.contains(&format!("/musterstadt/office/applications/{kept}")));
    assert!(
        page.contains("Antrag eingegangen"),
        "the history of the closed one stays"
    );
    let (_, page) = office.page(&format!("/musterstadt/office/applications/{kept}"));
    assert!(page.contains("Ein weiterer Antrag für dasselbe Kind wurde hier übernommen"));
    // Merging twice does nothing.
    let res = office.post_form(
        &format!("/musterstadt/office/duplicates/{pair}/merge"),
        &[("keep", "a")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(state(&t, kept).0, "checked");
}

#[test]
fn not_the_same_child_is_never_asked_again() {
    let t = TestApp::demo();
    let regs = Registers::start(&t);
    // Neither child is in the register: fuzzy matching alone finds the pair.
    let parent = t.login("eltern.musterstadt@example.org");
    let jonas = add_child(&parent, "Jonas", "2022-04-03");
    let online = submit_request(&parent, &jonas);
    let paper = paper_needs(
        &t,
        "musterstadt",
        "Jonas",
        "Beispiel",
        "2022-04-03",
        "Lindenallee",
        "Musterstadt",
    );
    regs.run();
    assert_eq!(state(&t, &online).1, "not_found");
    let office = t.login("jugendamt.musterstadt@example.org");
    let (_, page) = office.page("/musterstadt/office/review");
    let marker = "/musterstadt/office/duplicates/";
    let pair = id_after(&page, marker);
    let res = office.post_form(
        &format!("/musterstadt/office/duplicates/{pair}/distinct"),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = office.page("/musterstadt/office/review");
    assert!(!page.contains(marker));
    // Both still wait for the out-of-town decision, no longer for the duplicate.
    assert_eq!(state(&t, &online).0, "needs_review");
    // The parents withdraw and apply again for the same child: the pair does not come back.
    let res = parent.post_form(&format!("/musterstadt/applications/{online}/withdraw"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    let again = submit_request(&parent, &jonas);
    assert_eq!(regs.run(), 1);
    assert_eq!(state(&t, &again).1, "not_found");
    let (_, page) = office.page("/musterstadt/office/review");
    assert!(!page.contains(marker), "not asked again");
    let _ = paper;
}

#[test]
fn a_duplicate_across_two_municipalities_is_shown_to_both_without_the_other_data() {
    let t = TestApp::demo();
    let regs = Registers::start(&t);
    let parent = t.login("eltern.musterstadt@example.org");
    let mia = add_child(&parent, "Mia", "2023-03-14");
    let ms = submit_request(&parent, &mia);
    // The same child registered in Beispieldorf, at an address there.
    let bd = paper_needs(
        &t,
        "beispieldorf",
        "Mia",
        "Beispiel",
        "2023-03-14",
        "Dorfstraße",
        "Beispieldorf",
    );
    regs.run();
    let ms_office = t.login("jugendamt.musterstadt@example.org");
    let bd_office = t.login("jugendamt.beispieldorf@example.org");
    let (_, ms_page) = ms_office.page("/musterstadt/office/review");
    let (_, bd_page) = bd_office.page("/beispieldorf/office/review");
    assert!(
        ms_page.contains("Mögliche Doppelanmeldung in Beispieldorf"),
        "{ms_page}"
    );
    assert!(bd_page.contains("Mögliche Doppelanmeldung in Musterstadt"));
    // Each office sees only its own record.
    assert!(!bd_page.contains("Lindenallee") && !bd_page.contains(&ms));
    assert!(!ms_page.contains("Dorfstraße"), "{ms_page}");
    assert!(!ms_page.contains(&bd));
    let (_, detail) = bd_office.page(&format!("/beispieldorf/office/applications/{bd}"));
    assert!(detail.contains("Mögliche Doppelanmeldung in Musterstadt"));
    assert!(!detail.contains("Lindenallee"));
    // The other office's application stays out of reach.
    assert_eq!(
        bd_office
            .get(&format!("/beispieldorf/office/applications/{ms}"))
            .status(),
        Status::NotFound
    );
    // Dismissed on one side, still open on the other.
    let marker = "/beispieldorf/office/cross-duplicates/";
    let id = &id_after(&bd_page, marker);
    let res = bd_office.post_form(&format!("{marker}{id}/dismiss"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    let (_, bd_page) = bd_office.page("/beispieldorf/office/review");
    assert!(!bd_page.contains("Mögliche Doppelanmeldung in Musterstadt"));
    let (_, ms_page) = ms_office.page("/musterstadt/office/review");
    assert!(ms_page.contains("Mögliche Doppelanmeldung in Beispieldorf"));
    // Musterstadt cannot dismiss Beispieldorf's notice.
    let res = ms_office.post_form(
        &format!("/musterstadt/office/cross-duplicates/{id}/dismiss"),
        &[],
    );
    assert_eq!(res.status(), Status::NotFound);
}

#[test]
fn the_admin_configures_the_register_and_never_sees_the_password_again() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let (status, page) = admin.page("/musterstadt/admin/register");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Ein Passwort ist gespeichert"));
    assert!(!page.contains("value=\"demo\""));
    let res = admin.post_form(
        "/musterstadt/admin/register",
        &[
            ("action", "save"),
            ("kind", "ok_ewo"),
            ("endpoint", "https://okkomm.example.org/gateway"),
            ("username", "kita"),
            ("password", "Geheim-Register-123"),
            ("timeout", "15"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = admin.page("/musterstadt/admin/register");
    assert!(page.contains("okkomm.example.org"));
    assert!(!page.contains("Geheim-Register-123"));
    let mut conn = t.app.db.get().unwrap();
    let tenant = tenant(&mut conn, "musterstadt");
    let stored = kitaplatz::store::checks::settings(&mut conn, &tenant)
        .unwrap()
        .unwrap();
    assert_eq!(stored.password.as_deref(), Some("Geheim-Register-123"));
    assert_eq!(stored.timeout_ms, 15_000);
    // Saving without a password keeps it for the same register …
    let save = |kind: &str, endpoint: &str| {
        admin.post_form(
            "/musterstadt/admin/register",
            &[
                ("action", "save"),
                ("kind", kind),
                ("endpoint", endpoint),
                ("username", ""),
                ("password", ""),
                ("timeout", "10"),
            ],
        )
    };
    assert_eq!(
        save("ok_ewo", "https://okkomm.example.org/other-path").status(),
        Status::SeeOther
    );
    let stored = kitaplatz::store::checks::settings(&mut conn, &tenant)
        .unwrap()
        .unwrap();
    assert_eq!(stored.password.as_deref(), Some("Geheim-Register-123"));
    assert_eq!(stored.timeout_ms, 10_000);
    // … but never sends it to another host: a new target drops it.
    assert_eq!(
        save("meso", "https://evil.example.net/ws").status(),
        Status::SeeOther
    );
    let stored = kitaplatz::store::checks::settings(&mut conn, &tenant)
        .unwrap()
        .unwrap();
    assert_eq!(stored.password, None);
    assert_eq!(stored.kind, "meso");
    // Plain http only to this machine.
    assert_eq!(
        save("meso", "http://ewo.example.org/ws").status(),
        Status::UnprocessableEntity
    );
    // Bad input is refused with messages at the fields.
    let res = admin.post_form(
        "/musterstadt/admin/register",
        &[
            ("action", "save"),
            ("kind", "ldap"),
            ("endpoint", "file:///etc/passwd"),
            ("username", ""),
            ("password", "x"),
            ("timeout", "999"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let page = res.into_string().unwrap();
    assert!(page.contains("https-Adresse") && page.contains("1 bis 120"));
    assert!(!page.contains("value=\"x\""));
    // Removing the register: applications are then checked for duplicates only.
    admin.post_form(
        "/musterstadt/admin/register",
        &[
            ("action", "remove"),
            ("kind", ""),
            ("endpoint", ""),
            ("username", ""),
            ("password", ""),
            ("timeout", ""),
        ],
    );
    assert!(kitaplatz::store::checks::settings(&mut conn, &tenant)
        .unwrap()
        .is_none());
    // The youth office may not see or change it.
    let office = t.login("jugendamt.musterstadt@example.org");
    assert_eq!(
        office.get("/musterstadt/admin/register").status(),
        Status::Forbidden
    );
}

#[test]
fn without_a_register_the_check_only_looks_for_duplicates() {
    let t = TestApp::demo();
    let regs = Registers::start(&t);
    let mut conn = t.app.db.get().unwrap();
    let tenant = tenant(&mut conn, "beispieldorf");
    kitaplatz::store::checks::remove_settings(&mut conn, &tenant, &test_ctx(&t)).unwrap();
    let id = paper_needs(
        &t,
        "beispieldorf",
        "Tom",
        "Neu",
        "2022-01-01",
        "Dorfstraße",
        "Beispieldorf",
    );
    regs.run();
    assert_eq!(state(&t, &id).0, "checked");
    assert_eq!(state(&t, &id).1, "unchecked");
    assert_eq!(regs.sim.requests(), 0);
}

/// Two paper entries for the same child in Musterstadt, checked; returns the open pair's id.
pub fn duplicate_pair(t: &TestApp, first: &str) -> String {
    let regs = Registers::start(t);
    let a = paper_needs(
        t,
        "musterstadt",
        first,
        "Doppelt",
        "2022-03-03",
        "Am Hang",
        "Musterstadt",
    );
    paper_needs(
        t,
        "musterstadt",
        first,
        "Doppelt",
        "2022-03-03",
        "Am Hang",
        "Musterstadt",
    );
    regs.run();
    use kitaplatz::db::schema::duplicate_pairs;
    let mut conn = t.app.db.get().unwrap();
    duplicate_pairs::table
        .filter(duplicate_pairs::state.eq("open"))
        .filter(
            duplicate_pairs::application_a
                .eq(&a)
                .or(duplicate_pairs::application_b.eq(&a)),
        )
        .select(duplicate_pairs::id)
        .first(&mut *conn)
        .expect("an open pair")
}

/// The same child in Musterstadt and Beispieldorf, checked; returns Beispieldorf's notice id.
pub fn cross_notice(t: &TestApp, first: &str) -> String {
    let regs = Registers::start(t);
    paper_needs(
        t,
        "musterstadt",
        first,
        "Zweiort",
        "2022-03-03",
        "Am Hang",
        "Musterstadt",
    );
    let bd = paper_needs(
        t,
        "beispieldorf",
        first,
        "Zweiort",
        "2022-03-03",
        "Am Hang",
        "Beispieldorf",
    );
    regs.run();
    use kitaplatz::db::schema::cross_duplicates;
    let mut conn = t.app.db.get().unwrap();
    cross_duplicates::table
        .filter(cross_duplicates::application_id.eq(&bd))
        .select(cross_duplicates::id)
        .first(&mut *conn)
        .expect("a notice")
}

/// An out-of-town application in Musterstadt, checked; returns its id.
pub fn out_of_town(t: &TestApp, first: &str) -> String {
    let regs = Registers::start(t);
    let id = paper_needs(
        t,
        "musterstadt",
        first,
        "Fremd",
        "2022-03-03",
        "Am Hang",
        "Musterstadt",
    );
    regs.run();
    assert_eq!(state(t, &id).1, "not_found");
    id
}

#[test]
fn withdrawing_one_of_a_pair_lets_the_other_go_on() {
    let t = TestApp::demo();
    let regs = Registers::start(&t);
    let parent = t.login("eltern.musterstadt@example.org");
    let mia = add_child(&parent, "Mia", "2023-03-14");
    let online = submit_request(&parent, &mia);
    let paper = paper_needs(
        &t,
        "musterstadt",
        "Mia",
        "Beispiel",
        "2023-03-14",
        "Lindenallee",
        "Musterstadt",
    );
    regs.run();
    assert_eq!(state(&t, &paper).0, "needs_review");
    let res = parent.post_form(&format!("/musterstadt/applications/{online}/withdraw"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(state(&t, &paper).0, "checked");
    let office = t.login("jugendamt.musterstadt@example.org");
    let (_, page) = office.page("/musterstadt/office/review");
    assert!(!page.contains("/musterstadt/office/duplicates/"));
}
