//! The second factor end to end: the code step after the password (with replay and recovery
//! codes), enrolment with a server-rendered QR code, the administrator's reset, parents'
//! optional factor, and per-account network and time restrictions.

use chrono::Duration;
use diesel::prelude::*;
use kitaplatz::db::schema::users;
use rocket::http::Status;

use crate::common::*;

const OFFICE: &str = "jugendamt.musterstadt@example.org";
const ADMIN: &str = "admin.musterstadt@example.org";
const PARENT: &str = "eltern.musterstadt@example.org";

/// Password step only; returns the browser and where it was sent.
fn password(t: &TestApp, email: &str, pw: &str, next: &str) -> (Browser, String) {
    let b = t.client();
    let to = {
        let res = b.post_form(
            "/login",
            &[("email", email), ("password", pw), ("next", next)],
        );
        assert_eq!(res.status(), Status::SeeOther, "password step of {email}");
        res.headers().get_one("Location").unwrap().to_string()
    };
    (b, to)
}

fn recovery_codes_on(page: &str) -> Vec<String> {
    page.split("<li><code>")
        .skip(1)
        .map(|p| p[..p.find('<').unwrap()].to_string())
        .collect()
}

#[test]
fn second_factor_staff_need_the_code_once_per_step() {
    let t = TestApp::demo();
    let (b, to) = password(&t, OFFICE, PW, "/musterstadt/office");
    assert_eq!(to, "/login/second-factor?next=%2Fmusterstadt%2Foffice");
    // The password alone opens nothing.
    let res = b.get("/musterstadt/office");
    assert_eq!(res.status(), Status::SeeOther);
    assert!(res
        .headers()
        .get_one("Location")
        .unwrap()
        .starts_with("/login"));

    let (status, page) = b.page(&to);
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Bestätigungscode"));
    let res = b.post_form(
        "/login/second-factor",
        &[("code", "000000"), ("next", "/musterstadt/office")],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res.into_string().unwrap().contains("stimmt nicht"));

    let code = code_for(&t, kitaplatz::seed::DEMO_TOTP_SECRET, 0);
    let res = b.post_form(
        "/login/second-factor",
        &[("code", &code), ("next", "/musterstadt/office")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(
        res.headers().get_one("Location"),
        Some("/musterstadt/office")
    );
    assert_eq!(b.get("/musterstadt/office").status(), Status::Ok);

    // The same code in a second login (same 30 seconds) is a replay.
    let (b2, _) = password(&t, OFFICE, PW, "/");
    let res = b2.post_form("/login/second-factor", &[("code", &code)]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert_eq!(b2.get("/musterstadt/office").status(), Status::SeeOther);
    // Thirty seconds later the next code works.
    t.clock.advance(Duration::seconds(30));
    let next = code_for(&t, kitaplatz::seed::DEMO_TOTP_SECRET, 0);
    let res = b2.post_form("/login/second-factor", &[("code", &next)]);
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(b2.get("/musterstadt/office").status(), Status::Ok);

    // A pending login ends after ten minutes.
    let (b3, to) = password(&t, OFFICE, PW, "/");
    t.clock.advance(Duration::minutes(11));
    let res = b3.get(&to);
    assert_eq!(res.status(), Status::SeeOther);
    let actions = t.audit_actions();
    for a in ["login_password", "second_factor_failed", "login"] {
        assert!(actions.iter().any(|(x, _)| x == a), "audit {a}");
    }
}

#[test]
fn second_factor_enrolment_recovery_codes_and_admin_reset() {
    let t = TestApp::demo();
    let admin = t.login(ADMIN);
    let res = admin.post_form(
        "/musterstadt/admin/users",
        &[
            ("email", "neu.jugendamt@example.org"),
            ("role", "youth_office"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let email = "neu.jugendamt@example.org";
    let pw = "Sonnenblumen im Garten 42";
    let mails = t.deliver_mail();
    let link = mails
        .iter()
        .find_map(|m| link_in(m, "/invite/"))
        .expect("invitation");
    let b = t.client();
    assert_eq!(
        b.post_form(&link, &[("password", pw), ("password2", pw)])
            .status(),
        Status::SeeOther
    );

    // First login: straight to enrolment with a QR code and the key as text.
    let (b, to) = password(&t, email, pw, "/");
    let (status, page) = b.page(&to);
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Zweiten Faktor einrichten"));
    assert!(page.contains("<svg"), "server-rendered QR code");
    assert!(page.contains("totp&#x2F;kitaplatz:neu.jugendamt%40example.org?secret="));
    let secret = secret_on(&page);
    // Reloading keeps the same secret; it is stored sealed, never in clear.
    assert_eq!(secret_on(&b.page(&to).1), secret);
    let stored: Option<String> = {
        let mut conn = t.app.db.get().unwrap();
        users::table
            .filter(users::email.eq(email))
            .select(users::totp_secret)
            .first(&mut conn)
            .unwrap()
    };
    let stored = stored.expect("secret stored");
    assert!(stored.starts_with("kp1:"));
    assert!(!stored.contains(&secret.replace(' ', "")));

    let res = b.post_form(
        "/login/second-factor",
        &[("code", &code_for(&t, &secret, 0))],
    );
    assert_eq!(res.status(), Status::Ok);
    let page = res.into_string().unwrap();
    let codes = recovery_codes_on(&page);
    assert_eq!(codes.len(), 10);
    assert_eq!(codes[0].len(), 19);
    assert_eq!(b.get("/musterstadt/office").status(), Status::Ok);

    // Next login: the code page; a recovery code works once.
    let (b2, _) = password(&t, email, pw, "/");
    let res = b2.post_form(
        "/login/second-factor",
        &[("code", &codes[3].to_lowercase())],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(b2.get("/musterstadt/office").status(), Status::Ok);
    let (b3, _) = password(&t, email, pw, "/");
    let res = b3.post_form("/login/second-factor", &[("code", &codes[3])]);
    assert_eq!(res.status(), Status::UnprocessableEntity);

    // The administrator sees the state and resets it: every session ends.
    let membership = musterstadt_membership(&admin, email);
    let (status, page) = admin.page(&format!("/musterstadt/admin/users/{membership}"));
    assert_eq!(status, Status::Ok);
    assert!(page.contains("9 Wiederherstellungscodes unbenutzt"));
    let res = admin.post_form(
        &format!("/musterstadt/admin/users/{membership}/second-factor/reset"),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_ne!(b.get("/musterstadt/office").status(), Status::Ok);
    assert_ne!(b2.get("/musterstadt/office").status(), Status::Ok);
    let (b4, to) = password(&t, email, pw, "/");
    assert!(b4.page(&to).1.contains("Zweiten Faktor einrichten"));
    assert_ne!(secret_on(&b4.page(&to).1), secret);
    assert!(t
        .audit_actions()
        .iter()
        .any(|(a, e)| a == "second_factor_reset" && e == "user"));

    // Another municipality's administrator cannot see or reset this account.
    let other = t.login("admin.neustadt@example.org");
    assert_eq!(
        other
            .get(&format!("/neustadt-am-see/admin/users/{membership}"))
            .status(),
        Status::NotFound
    );
    assert_eq!(
        other
            .post_form(
                &format!("/neustadt-am-see/admin/users/{membership}/second-factor/reset"),
                &[],
            )
            .status(),
        Status::NotFound
    );
}

#[test]
fn second_factor_is_optional_for_parents() {
    let t = TestApp::demo();
    let b = t.login(PARENT);
    // Without it, the parent is in at once (t.login found no pending session to mark).
    let (status, page) = b.page("/account");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Nicht eingerichtet"));
    let (status, page) = b.page("/account/second-factor");
    assert_eq!(status, Status::Ok);
    let secret = secret_on(&page);
    let res = b.post_form("/account/second-factor", &[("code", "123456")]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let res = b.post_form(
        "/account/second-factor",
        &[("code", &code_for(&t, &secret, 0))],
    );
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(recovery_codes_on(&res.into_string().unwrap()).len(), 10);

    // From now on the parent's login asks for the code.
    let (b2, to) = password(&t, PARENT, PW, "/");
    assert!(to.starts_with("/login/second-factor"));
    t.clock.advance(Duration::seconds(30));
    let res = b2.post_form(
        "/login/second-factor",
        &[("code", &code_for(&t, &secret, 0))],
    );
    assert_eq!(res.status(), Status::SeeOther);

    // New recovery codes need a fresh code.
    t.clock.advance(Duration::seconds(30));
    let res = b2.post_form(
        "/account/second-factor/recovery-codes",
        &[("code", &code_for(&t, &secret, 0))],
    );
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(recovery_codes_on(&res.into_string().unwrap()).len(), 10);

    // Turning it off needs a code and ends the sessions.
    t.clock.advance(Duration::seconds(30));
    let res = b2.post_form(
        "/account/second-factor/disable",
        &[("code", &code_for(&t, &secret, 0))],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(b2.get("/account").status(), Status::SeeOther);
    let (_, to) = password(&t, PARENT, PW, "/");
    assert_eq!(to, "/account");

    // Staff cannot turn it off.
    let office = t.login(OFFICE);
    assert_eq!(
        office
            .post_form("/account/second-factor/disable", &[("code", "123456")])
            .status(),
        Status::Forbidden
    );
}

#[test]
fn access_restrictions_refuse_logins_and_end_sessions() {
    let t = TestApp::demo();
    let admin = t.login(ADMIN);
    let office = t.login(OFFICE);
    let membership = musterstadt_membership(&admin, OFFICE);
    let path = format!("/musterstadt/admin/users/{membership}/access");

    // Wrong input is explained.
    let res = admin.post_form(
        &path,
        &[
            ("networks", "10.0.0.0/8, rathaus"),
            ("from", "7 Uhr"),
            ("until", ""),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let page = res.into_string().unwrap();
    assert!(page.contains("Netze wie 192.0.2.0"));
    assert!(page.contains("mindestens einen Wochentag"));

    // Monday 23 November 2026, 10:00 in Berlin: a window on weekends only refuses.
    let res = admin.post_form(
        &path,
        &[
            ("days", "6"),
            ("days", "7"),
            ("from", "08:00"),
            ("until", "18:00"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = admin.page(&format!("/musterstadt/admin/users/{membership}"));
    assert!(page.contains("Dieser Zugang ist beschränkt"));
    // The running session ends; a new login is refused with a reason.
    assert_eq!(office.get("/musterstadt/office").status(), Status::SeeOther);
    let b = t.client();
    let res = b.post_form("/login", &[("email", OFFICE), ("password", PW)]);
    assert_eq!(res.status(), Status::Forbidden);
    assert!(res.into_string().unwrap().contains("nicht freigegeben"));

    // Weekdays 08:00–18:00 allow it; a network the test client is not in refuses again.
    let res = admin.post_form(
        &path,
        &[
            ("days", "1"),
            ("days", "2"),
            ("days", "3"),
            ("days", "4"),
            ("days", "5"),
            ("from", "08:00"),
            ("until", "18:00"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let office = t.login(OFFICE);
    assert_eq!(office.get("/musterstadt/office").status(), Status::Ok);
    let res = admin.post_form(&path, &[("networks", "192.0.2.0/24")]);
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(office.get("/musterstadt/office").status(), Status::SeeOther);
    // Lifting both restrictions opens it again.
    let res = admin.post_form(&path, &[("networks", "")]);
    assert_eq!(res.status(), Status::SeeOther);
    let office = t.login(OFFICE);
    assert_eq!(office.get("/musterstadt/office").status(), Status::Ok);
    assert!(t
        .audit_actions()
        .iter()
        .any(|(a, _)| a == "access_restrictions"));
}

#[test]
fn the_operator_resets_a_second_factor_on_the_command_line() {
    let t = TestApp::demo();
    let district = "kreis@example.org";
    let b = t.login(district);
    assert_eq!(b.get("/kreis/musterkreis").status(), Status::Ok);
    assert!(
        kitaplatz::cli::reset_second_factor(&t.app.db, &t.clock, "niemand@example.org").is_err()
    );
    let said =
        kitaplatz::cli::reset_second_factor(&t.app.db, &t.clock, "Kreis@Example.org").unwrap();
    assert!(said.contains("kreis@example.org"));
    // The session ended; the next login sets the factor up anew.
    assert_ne!(b.get("/kreis/musterkreis").status(), Status::Ok);
    let (b2, to) = password(&t, district, PW, "/");
    assert!(b2.page(&to).1.contains("Zweiten Faktor einrichten"));
    assert!(t
        .audit_actions()
        .iter()
        .any(|(a, _)| a == "second_factor_reset"));
}
