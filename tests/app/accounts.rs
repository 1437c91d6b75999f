//! Accounts end to end: registration, confirmation, login, logout, reset, throttling.

use chrono::Duration;
use rocket::http::{Cookie, Status};

use crate::common::*;

pub const NEW_PW: &str = "Sonnenblumen im Garten 42";

fn register(t: &TestApp, email: &str) -> String {
    let b = t.client();
    let res = b.post_form(
        "/musterstadt/register",
        &[
            ("email", email),
            ("password", NEW_PW),
            ("password2", NEW_PW),
        ],
    );
    assert_eq!(res.status(), Status::Ok);
    assert!(res
        .into_string()
        .unwrap()
        .contains("Bitte prüfen Sie Ihr E-Mail-Postfach"));
    let mails = t.deliver_mail();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains(&format!("To: {}", email.to_lowercase())));
    link_in(&mails[0], "/confirm/").expect("confirmation link")
}

#[test]
fn registration_confirmation_login_logout() {
    let t = TestApp::demo();
    let link = register(&t, "Neue.Mutter@Example.org");

    // Login before confirmation is refused with a clear message.
    let b = t.client();
    let res = b.post_form(
        "/login",
        &[("email", "neue.mutter@example.org"), ("password", NEW_PW)],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res.into_string().unwrap().contains("bestätigen Sie zuerst"));

    // The link shows a confirmation button; the POST confirms.
    let (status, body) = b.page(&link);
    assert_eq!(status, Status::Ok);
    assert!(body.contains("E-Mail-Adresse bestätigen"));
    let res = b.post_form(&link, &[]);
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(res.headers().get_one("Location"), Some("/login"));

    // Login works now and shows the account with the parent role in Musterstadt.
    let res = b.post_form(
        "/login",
        &[("email", "neue.mutter@example.org"), ("password", NEW_PW)],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (status, body) = b.page("/account");
    assert_eq!(status, Status::Ok);
    assert!(body.contains("neue.mutter@example.org"));
    assert!(body.contains("Eltern"));
    assert!(body.contains("Musterstadt"));

    // Logout invalidates the session on the server: the old cookie is worthless.
    let raw = b
        .client
        .cookies()
        .get("kp_session")
        .expect("session cookie")
        .value()
        .to_string();
    let res = b.post_form("/logout", &[]);
    assert_eq!(res.status(), Status::SeeOther);
    let replay = t.client();
    let res = replay
        .client
        .get("/account")
        .cookie(Cookie::new("kp_session", raw))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    assert!(res
        .headers()
        .get_one("Location")
        .unwrap()
        .starts_with("/login"));

    // The link is used up.
    let (status, body) = b.page(&link);
    assert_eq!(status, Status::Gone);
    assert!(body.contains("bereits verwendet"));

    let actions: Vec<String> = t.audit_actions().into_iter().map(|a| a.0).collect();
    for expected in [
        "create",
        "confirm",
        "login",
        "logout",
        "login_refused_unconfirmed",
    ] {
        assert!(
            actions.iter().any(|a| a == expected),
            "no audit row {expected}: {actions:?}"
        );
    }
}

#[test]
fn registering_an_existing_address_reveals_nothing() {
    let t = TestApp::demo();
    let b = t.client();
    let res = b.post_form(
        "/musterstadt/register",
        &[
            ("email", "eltern.musterstadt@example.org"),
            ("password", NEW_PW),
            ("password2", NEW_PW),
        ],
    );
    assert_eq!(res.status(), Status::Ok);
    assert!(res
        .into_string()
        .unwrap()
        .contains("Bitte prüfen Sie Ihr E-Mail-Postfach"));
    let mails = t.deliver_mail();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("bereits ein Konto"));
    assert!(link_in(&mails[0], "/confirm/").is_none());
}

#[test]
fn wrong_password_and_unknown_address_get_the_same_answer() {
    let t = TestApp::demo();
    let b = t.client();
    let res = b.post_form(
        "/login",
        &[
            ("email", "eltern.musterstadt@example.org"),
            ("password", "falsches Passwort!"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let wrong = res.into_string().unwrap();
    assert!(wrong.contains("E-Mail-Adresse oder Passwort ist falsch"));
    let res = b.post_form(
        "/login",
        &[
            ("email", "niemand@example.org"),
            ("password", "falsches Passwort!"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res
        .into_string()
        .unwrap()
        .contains("E-Mail-Adresse oder Passwort ist falsch"));
    assert_eq!(b.get("/account").status(), Status::SeeOther);
}

#[test]
fn login_is_throttled_after_five_failures_a_minute() {
    let t = TestApp::demo();
    let b = t.client();
    for _ in 0..5 {
        let res = b.post_form(
            "/login",
            &[
                ("email", "admin.musterstadt@example.org"),
                ("password", "falsches Passwort!"),
            ],
        );
        assert_eq!(res.status(), Status::UnprocessableEntity);
    }
    // The sixth failure within a minute locks the account.
    let res = b.post_form(
        "/login",
        &[
            ("email", "admin.musterstadt@example.org"),
            ("password", "falsches Passwort!"),
        ],
    );
    assert_eq!(res.status(), Status::TooManyRequests);
    // Even the right password is refused now, with a German message.
    let res = b.post_form(
        "/login",
        &[("email", "admin.musterstadt@example.org"), ("password", PW)],
    );
    assert_eq!(res.status(), Status::TooManyRequests);
    assert!(res
        .into_string()
        .unwrap()
        .contains("Zu viele Anmeldeversuche"));
    // Another account is not affected.
    let res = b.post_form(
        "/login",
        &[
            ("email", "eltern.musterstadt@example.org"),
            ("password", PW),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
}

#[test]
fn weak_passwords_are_refused_with_a_reason() {
    let t = TestApp::demo();
    let b = t.client();
    for (pw, message) in [
        ("kurz", "mindestens 12 Zeichen"),
        ("Qazwsxedcrfv", "zu bekannt"),
        ("123456654321", "zu bekannt"),
    ] {
        let res = b.post_form(
            "/musterstadt/register",
            &[
                ("email", "x@example.org"),
                ("password", pw),
                ("password2", pw),
            ],
        );
        assert_eq!(res.status(), Status::UnprocessableEntity, "{pw}");
        let body = res.into_string().unwrap();
        assert!(body.contains(message), "{pw}: {message}");
        assert!(
            body.contains("href=\"#password\""),
            "error summary links to the field"
        );
    }
    let res = b.post_form(
        "/musterstadt/register",
        &[
            ("email", "x@example.org"),
            ("password", NEW_PW),
            ("password2", "anders"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res.into_string().unwrap().contains("stimmen nicht überein"));
    assert!(t.deliver_mail().is_empty());
}

#[test]
fn post_without_or_with_a_wrong_csrf_token_is_refused() {
    let t = TestApp::demo();
    let b = t.client();
    b.csrf();
    let before = t.audit_count();
    let res = b.post_raw(
        "/login",
        &[
            ("email", "eltern.musterstadt@example.org"),
            ("password", PW),
        ],
    );
    assert_eq!(res.status(), Status::Forbidden);
    let res = b.post_raw(
        "/login",
        &[
            ("csrf", &"0".repeat(64)),
            ("email", "eltern.musterstadt@example.org"),
            ("password", PW),
        ],
    );
    assert_eq!(res.status(), Status::Forbidden);
    // A cross-site request is refused even with the right token.
    let token = b.csrf();
    let body = format!("csrf={token}&email=eltern.musterstadt%40example.org&password={PW}");
    let res = b
        .client
        .post("/login")
        .header(rocket::http::ContentType::Form)
        .header(rocket::http::Header::new("Sec-Fetch-Site", "cross-site"))
        .body(body)
        .dispatch();
    assert_eq!(res.status(), Status::Forbidden);
    assert_eq!(t.audit_count(), before);
    assert_eq!(b.get("/account").status(), Status::SeeOther);
}

#[test]
fn reset_link_works_once_and_expires_after_twelve_hours() {
    let t = TestApp::demo();
    let b = t.client();
    let email = "eltern.musterstadt@example.org";

    // Expired link.
    let res = b.post_form("/password/forgot", &[("email", email)]);
    assert_eq!(res.status(), Status::Ok);
    let old = link_in(&t.deliver_mail()[0], "/password/reset/").unwrap();
    t.clock.advance(Duration::hours(12) + Duration::minutes(1));
    let (status, body) = b.page(&old);
    assert_eq!(status, Status::Gone);
    assert!(body.contains("abgelaufen"));
    let res = b.post_form(&old, &[("password", NEW_PW), ("password2", NEW_PW)]);
    assert_eq!(res.status(), Status::Gone);

    // Fresh link: works once.
    b.post_form("/password/forgot", &[("email", email)]);
    let link = link_in(&t.deliver_mail()[0], "/password/reset/").unwrap();
    assert_eq!(b.page(&link).0, Status::Ok);
    let res = b.post_form(&link, &[("password", NEW_PW), ("password2", NEW_PW)]);
    assert_eq!(res.status(), Status::SeeOther);
    let res = b.post_form(
        &link,
        &[
            ("password", "Noch ein anderes Passwort"),
            ("password2", "Noch ein anderes Passwort"),
        ],
    );
    assert_eq!(res.status(), Status::Gone);

    // Old password no longer works, the new one does.
    let res = b.post_form("/login", &[("email", email), ("password", PW)]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let res = b.post_form("/login", &[("email", email), ("password", NEW_PW)]);
    assert_eq!(res.status(), Status::SeeOther);

    // Unknown address: same page, no mail.
    let res = b.post_form("/password/forgot", &[("email", "niemand@example.org")]);
    assert_eq!(res.status(), Status::Ok);
    assert!(t.deliver_mail().is_empty());
}

#[test]
fn staff_sessions_time_out_after_thirty_idle_minutes() {
    let t = TestApp::demo();
    let staff = t.login("admin.musterstadt@example.org");
    let parent = t.login("eltern.musterstadt@example.org");
    assert_eq!(staff.get("/musterstadt/admin/users").status(), Status::Ok);
    t.clock.advance(Duration::minutes(31));
    let res = staff.get("/musterstadt/admin/users");
    assert_eq!(res.status(), Status::SeeOther);
    let location = res.headers().get_one("Location").unwrap().to_string();
    assert!(location.contains("expired=true"), "{location}");
    let (_, body) = staff.page(&location);
    assert!(body.contains("Sitzung ist wegen Inaktivität abgelaufen"));
    assert_eq!(parent.get("/account").status(), Status::Ok);
    let staff2 = t.login("admin.musterstadt@example.org");
    assert_eq!(staff2.get("/musterstadt/admin/users").status(), Status::Ok);
}

#[test]
fn staff_invitation_sets_a_password_and_can_be_disabled() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let res = admin.post_form(
        "/musterstadt/admin/users",
        &[
            ("email", "neu.jugendamt@example.org"),
            ("role", "youth_office"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let mails = t.deliver_mail();
    let link = link_in(&mails[0], "/invite/").expect("invitation link");
    assert!(mails[0].contains("Jugendamt"));
    let invited = t.client();
    let res = invited.post_form(&link, &[("password", NEW_PW), ("password2", NEW_PW)]);
    assert_eq!(res.status(), Status::SeeOther);
    let res = invited.post_form(
        "/login",
        &[("email", "neu.jugendamt@example.org"), ("password", NEW_PW)],
    );
    assert_eq!(res.status(), Status::SeeOther);
    t.skip_second_factor("neu.jugendamt@example.org");
    assert_eq!(invited.get("/musterstadt/office").status(), Status::Ok);

    // The admin disables the membership: access ends at once.
    let (_, page) = admin.page("/musterstadt/admin/users");
    let row = page
        .split("<tr>")
        .find(|r| r.contains("neu.jugendamt@example.org"))
        .unwrap();
    let start = row.find("action=\"/musterstadt/admin/users/").unwrap() + "action=\"".len();
    let action = &row[start..row[start..].find('"').unwrap() + start];
    assert!(action.ends_with("/disable"));
    assert_eq!(admin.post_form(action, &[]).status(), Status::SeeOther);
    assert_eq!(
        invited.get("/musterstadt/office").status(),
        Status::Forbidden
    );
    let (_, page) = admin.page("/musterstadt/admin/users");
    assert!(page.contains("gesperrt"));
}

#[test]
fn language_switch_and_accept_language() {
    let t = TestApp::demo();
    let b = t.client();
    let res = b
        .client
        .get("/login")
        .header(rocket::http::Header::new(
            "Accept-Language",
            "en-GB,en;q=0.9",
        ))
        .dispatch();
    let body = res.into_string().unwrap();
    assert!(body.contains("lang=\"en\""));
    assert!(body.contains("Forgot your password?"));
    let res = b.get("/lang/en?next=%2Fmusterstadt");
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(res.headers().get_one("Location"), Some("/musterstadt"));
    let (_, body) = b.page("/musterstadt");
    assert!(body.contains("Childcare in Musterstadt"));
    let res = b.get("/lang/de?next=https%3A%2F%2Fevil.example");
    assert_eq!(res.headers().get_one("Location"), Some("/"));
    let (_, body) = b.page("/musterstadt");
    assert!(body.contains("Kinderbetreuung in Musterstadt"));
}

#[test]
fn an_expired_confirmation_link_is_rescued_by_a_password_reset() {
    let t = TestApp::demo();
    let link = register(&t, "spaet@example.org");
    t.clock.advance(Duration::days(4));
    let b = t.client();
    assert_eq!(b.page(&link).0, Status::Gone);
    b.post_form("/password/forgot", &[("email", "spaet@example.org")]);
    let reset = link_in(&t.deliver_mail()[0], "/password/reset/").unwrap();
    let res = b.post_form(&reset, &[("password", NEW_PW), ("password2", NEW_PW)]);
    assert_eq!(res.status(), Status::SeeOther);
    let res = b.post_form(
        "/login",
        &[("email", "spaet@example.org"), ("password", NEW_PW)],
    );
    assert_eq!(res.status(), Status::SeeOther);
}

#[test]
fn a_new_login_gets_a_new_session_and_the_old_one_dies() {
    let t = TestApp::demo();
    let b = t.login("eltern.musterstadt@example.org");
    let session = |b: &Browser| {
        b.client
            .cookies()
            .get_private("kp_session")
            .expect("session")
            .value()
            .to_string()
    };
    let first = session(&b);
    // Logging in again in the same browser (e.g. after somebody else planted a session
    // there) replaces the session: the old id no longer opens anything.
    let res = b.post_form(
        "/login",
        &[
            ("email", "eltern.musterstadt@example.org"),
            ("password", crate::common::PW),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let second = session(&b);
    assert_ne!(first, second, "a fresh session id at login");
    let planted = t.client();
    planted
        .client
        .cookies()
        .add_private(rocket::http::Cookie::new("kp_session", first));
    let res = planted.get("/musterstadt/family");
    assert!(
        matches!(res.status(), Status::SeeOther | Status::Unauthorized),
        "{}",
        res.status()
    );
}

#[test]
fn markup_typed_into_text_fields_is_shown_as_text_everywhere() {
    let t = TestApp::demo();
    let probe = "<img src=x onerror=alert(1)>";
    let parent = crate::allocation::family(&t, "xss@example.org");
    let res = parent.post_form(
        "/musterstadt/family/guardians",
        &[("first_names", probe), ("last_name", "Beispiel")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let kita = crate::contracts::facility_id(&t, "Kita Sonnenschein");
    let id = crate::allocation::apply(&t, &parent, probe, &[&kita], &[]);
    let office = t.login("jugendamt.musterstadt@example.org");
    let pages = [
        parent.page("/musterstadt/family"),
        parent.page("/musterstadt/applications"),
        parent.page(&format!("/musterstadt/applications/{id}")),
        office.page("/musterstadt/office/applications"),
        office.page(&format!("/musterstadt/office/applications/{id}")),
        office.page("/musterstadt/office/applications?q=img"),
        office.page("/musterstadt/office/fees"),
    ];
    let csv = office.get("/musterstadt/office/applications/export?format=csv");
    assert_eq!(csv.status(), Status::Ok);
    let csv = csv.into_string().unwrap();
    for (n, (status, page)) in pages.iter().enumerate() {
        assert_eq!(*status, Status::Ok, "page {n}");
        assert!(
            !page.contains("<img src=x"),
            "page {n} renders the probe as markup"
        );
    }
    assert!(pages[0].1.contains("&lt;img src=x onerror=alert(1)&gt;"));
    // The CSV (not HTML) has it as text.
    assert!(csv.contains("<img src=x onerror=alert(1)>"), "{csv}");
}
