//! Retention of applications and contracts, and the deletion of an account (Art. 17 DSGVO):
//! what the nightly run deletes, what it leaves, and what a parent sees.

use chrono::Duration;
use diesel::prelude::*;
use rocket::http::Status;

use kitaplatz::db::schema::{
    application_events, application_wishes, applications, audit_log, children, claim_codes,
    contract_end_dates, contract_hours, contracts, guardians, households, register_lookups,
    sessions, users,
};
use kitaplatz::store::retention;

use crate::common::*;
use crate::facilities::facility_id;
use crate::family::add_child;

const ADMIN: &str = "admin.musterstadt@example.org";
const OFFICE: &str = "jugendamt.musterstadt@example.org";
const PARENT: &str = "eltern.musterstadt@example.org";

/// How many rows a query finds.
macro_rules! count {
    ($t:expr, $query:expr $(,)?) => {{
        let mut c = $t.app.db.get().unwrap();
        $query.count().get_result::<i64>(&mut c).unwrap()
    }};
}

/// Asserts that a query finds no row any more.
macro_rules! gone {
    ($t:expr, $query:expr $(,)?) => {
        assert_eq!(count!($t, $query), 0, "still there: {}", stringify!($query))
    };
    ($t:expr, $query:expr, $why:expr) => {
        assert_eq!(count!($t, $query), 0, "{}", $why)
    };
}

/// Sets Musterstadt's periods through the admin form.
fn set_periods(t: &TestApp, unsuccessful: &str, withdrawn: &str, contract: &str) {
    let admin = t.login(ADMIN);
    let res = admin.post_form(
        "/musterstadt/admin/retention",
        &[
            ("audit_log_days", "1095"),
            ("register_log_days", "730"),
            ("unsuccessful_days", unsuccessful),
            ("withdrawn_days", withdrawn),
            ("contract_days", contract),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
}

/// The nightly run at the test clock's now; the counts it reports.
fn nightly_run(t: &TestApp) -> retention::Counts {
    let now = kitaplatz::clock::Clock::now_naive(&t.clock);
    let mut c = t.app.db.get().unwrap();
    retention::run_once(&mut c, now.date(), now)
        .unwrap()
        .expect("first run of the day")
}

fn musterstadt_preview(t: &TestApp) -> retention::Counts {
    let now = kitaplatz::clock::Clock::now_naive(&t.clock);
    let mut c = t.app.db.get().unwrap();
    let tenant = kitaplatz::store::tenants::municipality_by_slug(&mut c, "musterstadt")
        .unwrap()
        .unwrap()
        .tenant_id();
    retention::preview(&mut c, &tenant, now).unwrap()
}

/// A care request for a new child of the parent; returns its id.
fn submitted_application(parent: &Browser, first: &str) -> String {
    let child = add_child(parent, first, "2024-05-01");
    let sonne = facility_id(parent, "Kita Sonnenschein");
    let res = parent.post_form(
        "/musterstadt/applications",
        &[
            ("child", child.as_str()),
            ("kind", "request"),
            ("start_date", "2027-08-01"),
            ("hours", "35"),
            ("consent", "yes"),
            ("wishes", sonne.as_str()),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther, "submitted");
    let location = res.headers().get_one("Location").unwrap();
    location.rsplit('/').next().unwrap().to_string()
}

fn withdrawn_application(parent: &Browser, first: &str) -> String {
    let id = submitted_application(parent, first);
    let res = parent.post_form(&format!("/musterstadt/applications/{id}/withdraw"), &[]);
    assert_eq!(res.status(), Status::SeeOther, "withdrawn");
    id
}

#[test]
fn the_admin_sets_the_periods_of_applications_and_contracts_within_bounds() {
    let t = TestApp::demo();
    let admin = t.login(ADMIN);
    let (status, page) = admin.page("/musterstadt/admin/retention");
    assert_eq!(status, Status::Ok);
    for (field, default) in [
        ("unsuccessful_days", "365"),
        ("withdrawn_days", "183"),
        ("contract_days", "2922"),
    ] {
        assert!(
            page.contains(&format!(
                "name=\"{field}\" inputmode=\"numeric\" value=\"{default}\""
            )),
            "{field} shows its default"
        );
    }
    assert!(page.contains("Anträge ohne Vertrag aus abgeschlossenen Kita-Jahren"));
    let res = admin.post_form(
        "/musterstadt/admin/retention",
        &[
            ("audit_log_days", "1095"),
            ("register_log_days", "730"),
            ("unsuccessful_days", "0"),
            ("withdrawn_days", "10"),
            ("contract_days", "99999"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(body.contains("im angegebenen Bereich"));
    assert!(body.contains(
        "name=\"withdrawn_days\" inputmode=\"numeric\" value=\"10\"  aria-invalid=\"true\""
    ));
    assert!(body.contains("value=\"99999\"  aria-invalid=\"true\""));
    assert!(
        body.contains(
            "name=\"unsuccessful_days\" inputmode=\"numeric\" value=\"0\"  aria-describedby"
        ),
        "0 days is allowed"
    );
    set_periods(&t, "0", "30", "365");
    let (_, page) = admin.page("/musterstadt/admin/retention");
    assert!(page.contains("name=\"withdrawn_days\" inputmode=\"numeric\" value=\"30\""));
    assert!(page.contains("0 Tage nach Ende des Kita-Jahres"));
    assert!(page.contains("365 Tage nach Vertragsende"));
}

#[test]
fn withdrawn_and_unsuccessful_applications_go_with_everything_on_them_and_the_log_stays() {
    let t = TestApp::demo();
    set_periods(&t, "0", "30", "2922");
    let parent = t.login(PARENT);
    let withdrawn = withdrawn_application(&parent, "Wilma");
    // A paper application: its household has no account, so the family goes with it.
    crate::paper::enter_paper(&t);
    let paper_app: String = {
        let mut c = t.app.db.get().unwrap();
        applications::table
            .inner_join(children::table)
            .filter(children::first_names.eq("Paula"))
            .select(applications::id)
            .first(&mut c)
            .unwrap()
    };
    let paper_home: String = {
        let mut c = t.app.db.get().unwrap();
        applications::table
            .find(&paper_app)
            .select(applications::household_id)
            .first(&mut c)
            .unwrap()
    };
    let lookups = |t: &TestApp, id: &str| {
        count!(
            t,
            register_lookups::table.filter(register_lookups::application_id.eq(id.to_string()))
        )
    };
    let paper_lookups = lookups(&t, &paper_app);

    // 29 days later nothing of these is due.
    t.clock.advance(Duration::days(29));
    let p = musterstadt_preview(&t);
    assert_eq!((p.withdrawn, p.unsuccessful), (0, 0), "{p:?}");

    // 31 days after the withdrawal it is due; the dry run says so and deletes nothing.
    t.clock.advance(Duration::days(2));
    let p = musterstadt_preview(&t);
    assert_eq!(p.withdrawn, 1, "{p:?}");
    assert_eq!(
        count!(
            t,
            applications::table.filter(applications::id.eq(withdrawn.clone()))
        ),
        1,
        "the dry run deleted nothing"
    );
    let admin = t.login(ADMIN);
    let (_, page) = admin.page("/musterstadt/admin/retention");
    assert!(page.contains("Zurückgezogene Anträge mit Wünschen"));
    let done = nightly_run(&t);
    assert_eq!(done.withdrawn, 1, "{done:?}");
    for (what, n) in [
        (
            "application",
            count!(
                t,
                applications::table.filter(applications::id.eq(withdrawn.clone()))
            ),
        ),
        (
            "events",
            count!(
                t,
                application_events::table
                    .filter(application_events::application_id.eq(withdrawn.clone())),
            ),
        ),
        (
            "wishes",
            count!(
                t,
                application_wishes::table
                    .filter(application_wishes::application_id.eq(withdrawn.clone())),
            ),
        ),
    ] {
        assert_eq!(n, 0, "the withdrawn application's {what} are gone");
    }
    // The parent has an account: the child stays in the family until the parent deletes it.
    assert_eq!(
        count!(t, children::table.filter(children::first_names.eq("Wilma"))),
        1
    );
    let parent = t.login(PARENT);
    let (status, page) = parent.page("/musterstadt/applications");
    assert_eq!(status, Status::Ok);
    assert!(!page.contains(&withdrawn));

    // The paper application's Kita year (2026/27) closes on 31 July 2027; with a period of
    // 0 days it is due on 1 August 2027, not before.
    let now = kitaplatz::clock::Clock::now_naive(&t.clock);
    let first_august = chrono::NaiveDate::from_ymd_opt(2027, 8, 1)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    t.clock.advance(first_august - now - Duration::days(1));
    assert_eq!(musterstadt_preview(&t).unsuccessful, 0);
    t.clock.advance(Duration::days(1));
    let p = musterstadt_preview(&t);
    assert!(p.unsuccessful >= 1 && p.households >= 1, "{p:?}");
    let done = nightly_run(&t);
    assert_eq!(
        (done.unsuccessful, done.children, done.households),
        (p.unsuccessful, p.children, p.households),
        "the dry run predicted the run"
    );
    gone!(
        t,
        applications::table.filter(applications::id.eq(paper_app.clone()))
    );
    gone!(t, children::table.filter(children::first_names.eq("Paula")));
    gone!(
        t,
        guardians::table.filter(guardians::household_id.eq(paper_home.clone()))
    );
    gone!(
        t,
        claim_codes::table.filter(claim_codes::household_id.eq(paper_home.clone()))
    );
    gone!(t, households::table.filter(households::id.eq(paper_home)));
    // The log of register lookups has its own period and keeps its entries.
    assert_eq!(lookups(&t, &paper_app), paper_lookups);
}

#[test]
fn an_ended_contract_goes_after_its_period_a_running_one_stays() {
    let t = TestApp::demo();
    set_periods(&t, "365", "183", "365");
    let office = t.login(OFFICE);
    let ended = crate::contracts::draft(
        &t,
        &office,
        "Kita Sonnenschein",
        "Ella",
        "2026-12-01",
        "2027-07-31",
    );
    let running =
        crate::contracts::draft(&t, &office, "Kita Sonnenschein", "Rosa", "2026-12-01", "");
    for id in [&ended, &running] {
        let res = office.post_form(&format!("/musterstadt/office/contracts/{id}/sign"), &[]);
        assert_eq!(res.status(), Status::SeeOther);
    }
    let child_of = |id: &str| -> String {
        let mut c = t.app.db.get().unwrap();
        contracts::table
            .find(id)
            .select(contracts::child_id)
            .first(&mut c)
            .unwrap()
    };
    let ella = child_of(&ended);
    // 365 days after the end (30 July 2028: a leap year) it is still kept; a day later it
    // is due.
    let now = kitaplatz::clock::Clock::now_naive(&t.clock);
    let last_day = chrono::NaiveDate::from_ymd_opt(2028, 7, 30)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    t.clock.advance(last_day - now);
    nightly_run(&t);
    assert_eq!(
        count!(t, contracts::table.filter(contracts::id.eq(ended.clone()))),
        1,
        "kept to the last day of its period"
    );
    t.clock.advance(Duration::days(1));
    let p = musterstadt_preview(&t);
    let done = nightly_run(&t);
    assert!(
        done.contracts >= 1 && done.contracts == p.contracts,
        "{done:?}"
    );
    gone!(t, contracts::table.filter(contracts::id.eq(ended.clone())));
    gone!(
        t,
        contract_hours::table.filter(contract_hours::contract_id.eq(ended.clone()))
    );
    gone!(
        t,
        contract_end_dates::table.filter(contract_end_dates::contract_id.eq(ended.clone()))
    );
    gone!(t, children::table.filter(children::id.eq(ella)));
    assert_eq!(
        count!(
            t,
            contracts::table.filter(contracts::id.eq(running.clone()))
        ),
        1,
        "a running contract stays"
    );
    assert_eq!(
        count!(t, children::table.filter(children::first_names.eq("Rosa"))),
        1
    );
}

#[test]
fn a_parent_deletes_the_account_locked_at_once_and_purged_after_seven_days() {
    let t = TestApp::demo();
    let parent = t.login(PARENT);
    let withdrawn_before = withdrawn_application(&parent, "Alma");
    let open = submitted_application(&parent, "Otto");
    let user_id: String = {
        let mut c = t.app.db.get().unwrap();
        users::table
            .filter(users::email.eq(PARENT))
            .select(users::id)
            .first(&mut c)
            .unwrap()
    };
    let home: String = {
        let mut c = t.app.db.get().unwrap();
        households::table
            .filter(households::owner_user_id.eq(&user_id))
            .select(households::id)
            .first(&mut c)
            .unwrap()
    };

    // The account page leads to the deletion page, which says what happens.
    let (_, account) = parent.page("/account");
    assert!(account.contains("href=\"/account/delete\""));
    let (status, page) = parent.page("/account/delete");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Nach 7 Tagen") && page.contains("family/data-export?format=pdf"));
    // Staff close their accounts through their administrator.
    let office = t.login(OFFICE);
    assert_eq!(office.get("/account/delete").status(), Status::Forbidden);
    assert_eq!(
        office
            .post_form(
                "/account/delete",
                &[
                    ("password", kitaplatz::seed::DEMO_PASSWORD),
                    ("confirm", "yes")
                ]
            )
            .status(),
        Status::Forbidden
    );

    // A wrong password or no tick: refused, named, nothing changes.
    let res = parent.post_form(
        "/account/delete",
        &[("password", "falsch"), ("confirm", "yes")],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res
        .into_string()
        .unwrap()
        .contains("Das Passwort stimmt nicht."));
    let res = parent.post_form(
        "/account/delete",
        &[("password", kitaplatz::seed::DEMO_PASSWORD)],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res.into_string().unwrap().contains("Bitte bestätigen Sie"));
    assert_eq!(
        parent.get("/account").status(),
        Status::Ok,
        "still logged in"
    );

    let res = parent.post_form(
        "/account/delete",
        &[
            ("password", kitaplatz::seed::DEMO_PASSWORD),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(res.headers().get_one("Location"), Some("/"));
    // At once: logged out everywhere, the login refused, the open application withdrawn.
    assert_ne!(parent.get("/account").status(), Status::Ok);
    gone!(
        t,
        sessions::table.filter(sessions::user_id.eq(user_id.clone()))
    );
    let b = t.client();
    let res = b.post_form(
        "/login",
        &[
            ("email", PARENT),
            ("password", kitaplatz::seed::DEMO_PASSWORD),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity, "login refused");
    let status_of = |id: &str| -> String {
        let mut c = t.app.db.get().unwrap();
        applications::table
            .find(id)
            .select(applications::status)
            .first(&mut c)
            .unwrap()
    };
    assert_eq!(status_of(&open), "withdrawn");
    let (_, list) = office.page("/musterstadt/office/applications?status=withdrawn");
    assert!(list.contains("Otto"), "the office sees the withdrawal");

    // The operator can undo it within the seven days (and it can be deleted again).
    let restored = kitaplatz::cli::restore_account(&t.app.db, &t.clock, PARENT).unwrap();
    assert!(restored.contains("restored"));
    let again = t.login(PARENT);
    assert_eq!(again.get("/account").status(), Status::Ok);
    let res = again.post_form(
        "/account/delete",
        &[
            ("password", kitaplatz::seed::DEMO_PASSWORD),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);

    // Six days later nothing is purged yet; after seven the data is gone.
    t.clock.advance(Duration::days(6));
    assert_eq!(musterstadt_preview(&t).accounts, 0);
    t.clock.advance(Duration::days(2));
    let done = nightly_run(&t);
    assert_eq!(done.accounts, 1, "{done:?}");
    let (email, password, purged): (String, Option<String>, Option<chrono::NaiveDateTime>) = {
        let mut c = t.app.db.get().unwrap();
        users::table
            .find(&user_id)
            .select((users::email, users::password_hash, users::purged_at))
            .first(&mut c)
            .unwrap()
    };
    assert!(email.ends_with("@konto.invalid") && !email.contains("eltern"));
    assert!(password.is_none() && purged.is_some());
    for id in [&open, &withdrawn_before] {
        gone!(
            t,
            applications::table.filter(applications::id.eq(id.clone()))
        );
    }
    gone!(
        t,
        households::table.filter(households::id.eq(home.clone())),
        "no contract: the household is gone"
    );
    gone!(t, children::table.filter(children::household_id.eq(home)));
    // The audit log names the deletion by the account's id only.
    let rows: Vec<(Option<String>, Option<String>, String)> = {
        let mut c = t.app.db.get().unwrap();
        audit_log::table
            .filter(audit_log::action.eq("account_deleted"))
            .select((
                audit_log::entity_id,
                audit_log::actor_user_id,
                audit_log::changed_fields,
            ))
            .load(&mut c)
            .unwrap()
    };
    assert_eq!(rows.len(), 2, "deleted twice");
    for (entity, actor, fields) in &rows {
        assert_eq!(entity.as_deref(), Some(user_id.as_str()));
        assert_eq!(actor.as_deref(), Some(user_id.as_str()));
        assert!(!fields.contains('@'));
    }
    // Purged: there is nothing left to restore.
    assert!(kitaplatz::cli::restore_account(&t.app.db, &t.clock, PARENT).is_err());
}

#[test]
fn wrong_passwords_on_the_deletion_page_count_against_the_login_throttle() {
    let t = TestApp::demo();
    let parent = t.login(PARENT);
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let res = parent.post_form(
            "/account/delete",
            &[("password", "falsch geraten"), ("confirm", "yes")],
        );
        statuses.push(res.status());
    }
    assert_eq!(statuses[0], Status::UnprocessableEntity);
    assert!(
        statuses.contains(&Status::TooManyRequests),
        "locked after a few wrong passwords: {statuses:?}"
    );
    // Locked: even the right password does not delete the account now.
    let res = parent.post_form(
        "/account/delete",
        &[
            ("password", kitaplatz::seed::DEMO_PASSWORD),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(res.status(), Status::TooManyRequests);
    assert!(res.into_string().unwrap().contains("Zu viele"));
    assert_eq!(parent.get("/account").status(), Status::Ok, "still there");
}
