//! Tenant and role isolation, taken from Rocket's own route list so that a new route is
//! covered automatically.

use rocket::http::{Method, Status};

use crate::common::*;

/// Data of Musterstadt that must never appear in another tenant's or a parent's response.
const MUSTERSTADT_SECRETS: &[&str] = &[
    "jugendamt.musterstadt@example.org",
    "kita.musterstadt@example.org",
    "traeger.musterstadt@example.org",
    "admin.musterstadt@example.org",
];

fn membership_of_musterstadt(t: &TestApp) -> String {
    let admin = t.login("admin.musterstadt@example.org");
    musterstadt_membership(&admin, "kita.musterstadt@example.org")
}

/// Routes of the office, admin and district portals, with concrete paths into Musterstadt.
fn protected_routes(t: &TestApp, browser: &Browser) -> Vec<(Method, String)> {
    let membership = membership_of_musterstadt(t);
    let facility = crate::facilities::facility_id(browser, "Kita Sonnenschein");
    browser
        .client
        .rocket()
        .routes()
        .filter_map(|r| {
            let path = r.uri.path();
            let protected = path.starts_with("/<_>/office")
                || path.starts_with("/<_>/admin")
                || path.starts_with("/admin")
                || path.starts_with("/kreis/");
            protected.then(|| {
                let concrete = if path.starts_with("/kreis/") {
                    path.replace("<_>", "musterkreis")
                } else {
                    path.replacen("<_>", "musterstadt", 1)
                };
                let mut concrete = concrete
                    .replace("<membership>", &membership)
                    .replace("<id>", &facility);
                // Any other parameter gets an id too (unknown ids must not get further).
                while let (Some(a), Some(b)) = (concrete.find('<'), concrete.find('>')) {
                    concrete.replace_range(a..=b, &facility);
                }
                (r.method, concrete)
            })
        })
        .collect()
}

fn assert_refused(who: &str, browser: &Browser, routes: &[(Method, String)]) {
    for (method, path) in routes {
        let res = match *method {
            Method::Get => browser.get(path),
            Method::Post => browser.post_form(
                path,
                &[
                    ("email", "x@example.org"),
                    ("role", "youth_office"),
                    ("slug", "x"),
                    ("name", "x"),
                ],
            ),
            other => panic!("unexpected method {other}"),
        };
        let status = res.status();
        let body = res.into_string().unwrap_or_default();
        assert!(
            status == Status::Forbidden || status == Status::NotFound,
            "{who}: {method} {path} gave {status}"
        );
        for secret in MUSTERSTADT_SECRETS {
            assert!(
                !body.contains(secret),
                "{who}: {method} {path} leaked {secret}"
            );
        }
    }
}

#[test]
fn other_municipalities_and_parents_get_nothing_from_office_and_admin_routes() {
    let t = TestApp::demo();
    let probe = t.client();
    let routes = protected_routes(&t, &probe);
    assert!(routes.len() >= 10, "route list too short: {routes:?}");

    let municipality_routes: Vec<_> = routes
        .iter()
        .filter(|(_, p)| p.starts_with("/musterstadt/"))
        .cloned()
        .collect();
    let admin_routes: Vec<_> = routes
        .iter()
        .filter(|(_, p)| p.starts_with("/musterstadt/admin"))
        .cloned()
        .collect();
    let operator_routes: Vec<_> = routes
        .iter()
        .filter(|(_, p)| p.starts_with("/admin"))
        .cloned()
        .collect();
    let district_routes: Vec<_> = routes
        .iter()
        .filter(|(_, p)| p.starts_with("/kreis/"))
        .cloned()
        .collect();
    assert!(!admin_routes.is_empty() && !operator_routes.is_empty() && !district_routes.is_empty());

    // Another municipality's administrator and youth office.
    assert_refused(
        "admin of Beispieldorf",
        &t.login("admin.beispieldorf@example.org"),
        &municipality_routes,
    );
    assert_refused(
        "youth office of Beispieldorf",
        &t.login("jugendamt.beispieldorf@example.org"),
        &municipality_routes,
    );
    // A parent of the same municipality.
    let parent = t.login("eltern.musterstadt@example.org");
    assert_refused("parent of Musterstadt", &parent, &routes);
    // A lower role of the same municipality on admin routes.
    assert_refused(
        "youth office of Musterstadt",
        &t.login("jugendamt.musterstadt@example.org"),
        &admin_routes,
    );
    // Municipality staff are not operators or district officials.
    let admin = t.login("admin.musterstadt@example.org");
    assert_refused("admin of Musterstadt", &admin, &operator_routes);
    assert_refused("admin of Musterstadt", &admin, &district_routes);
    // District officials see no municipality's office.
    assert_refused(
        "district official",
        &t.login("kreis@example.org"),
        &municipality_routes,
    );
}

#[test]
fn the_allowed_roles_do_get_in() {
    let t = TestApp::demo();
    assert_eq!(
        t.login("admin.musterstadt@example.org")
            .get("/musterstadt/admin/audit")
            .status(),
        Status::Ok
    );
    assert_eq!(
        t.login("jugendamt.musterstadt@example.org")
            .get("/musterstadt/office")
            .status(),
        Status::Ok
    );
    assert_eq!(
        t.login("betrieb@example.org").get("/admin").status(),
        Status::Ok
    );
    let (status, body) = t.login("kreis@example.org").page("/kreis/musterkreis");
    assert_eq!(status, Status::Ok);
    assert!(body.contains("Beispieldorf") && body.contains("Musterstadt"));
}

#[test]
fn anonymous_visitors_are_sent_to_the_login() {
    let t = TestApp::demo();
    let b = t.client();
    let res = b.get("/musterstadt/admin/users");
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(
        res.headers().get_one("Location"),
        Some("/login?next=%2Fmusterstadt%2Fadmin%2Fusers")
    );
}

#[test]
fn unknown_municipality_is_a_404_page() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    for path in [
        "/gibtsnicht",
        "/gibtsnicht/register",
        "/gibtsnicht/office",
        "/gibtsnicht/admin/users",
        "/kreis/gibtsnicht",
    ] {
        let (status, body) = admin.page(path);
        assert_eq!(status, Status::NotFound, "{path}");
        assert!(body.contains("Seite nicht gefunden"), "{path}");
    }
    // A membership id of another municipality is not found either.
    let other = t.login("admin.beispieldorf@example.org");
    let membership = musterstadt_membership(&admin, "kita.musterstadt@example.org");
    let res = other.post_form(
        &format!("/beispieldorf/admin/users/{membership}/disable"),
        &[],
    );
    assert_eq!(res.status(), Status::NotFound);
}

#[test]
fn security_headers_and_health() {
    let t = TestApp::demo();
    let b = t.client();
    let res = b.get("/musterstadt");
    assert_eq!(res.status(), Status::Ok);
    let csp = res
        .headers()
        .get_one("Content-Security-Policy")
        .unwrap()
        .to_string();
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"));
    assert_eq!(
        res.headers().get_one("X-Content-Type-Options"),
        Some("nosniff")
    );
    assert!(res.headers().get_one("Referrer-Policy").is_some());
    assert!(res.headers().get_one("X-Request-Id").is_some());
    assert!(res.headers().get_one("Strict-Transport-Security").is_none());
    let body = res.into_string().unwrap();
    assert!(!body.contains("<script"), "no inline script");
    assert!(!body.contains("style=\""), "no inline style");

    let res = b.get("/healthz");
    assert_eq!(res.status(), Status::Ok);
}

#[test]
fn healthz_is_503_when_the_database_does_not_answer() {
    use std::sync::Arc;
    let db = kitaplatz::db::Db::connect_with_timeout(
        "/nonexistent-dir/kitaplatz.db",
        std::time::Duration::from_millis(300),
    )
    .unwrap();
    let config = kitaplatz::config::AppConfig {
        mail_worker: false,
        template_dir: std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates"),
        ..Default::default()
    };
    let app = kitaplatz::App::new(db, Arc::new(kitaplatz::clock::SystemClock), config);
    let client =
        rocket::local::blocking::Client::tracked(kitaplatz::build(app, &[1u8; 64])).unwrap();
    assert_eq!(
        client.get("/healthz").dispatch().status(),
        Status::ServiceUnavailable
    );
}

#[test]
fn secure_cookies_and_hsts_behind_tls() {
    let t = TestApp::demo();
    let mut config = t.app.config.clone();
    config.behind_tls = true;
    let app = kitaplatz::App::new(
        t.app.db.clone(),
        std::sync::Arc::new(t.clock.clone()),
        config,
    );
    let client =
        rocket::local::blocking::Client::tracked(kitaplatz::build(app, &[3u8; 64])).unwrap();
    let res = client.get("/login").dispatch();
    assert!(res.headers().get_one("Strict-Transport-Security").is_some());
    let cookie = res.headers().get_one("Set-Cookie").unwrap().to_string();
    assert!(
        cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

#[test]
fn the_accessibility_statement_is_linked_from_every_page() {
    let t = TestApp::demo();
    let b = t.client();
    for path in ["/", "/musterstadt", "/login"] {
        let (s, page) = b.page(path);
        assert_eq!(s, Status::Ok, "{path}");
        assert!(page.contains("href=\"/barrierefreiheit\""), "{path}");
    }
    let (s, page) = b.page("/barrierefreiheit");
    assert_eq!(s, Status::Ok);
    for part in [
        "Erklärung zur Barrierefreiheit",
        "teilweise vereinbar",
        "Nicht barrierefreie Inhalte",
        "Feedback und Kontakt",
        "Schlichtungsverfahren",
    ] {
        assert!(page.contains(part), "{part}");
    }
    let office = t.login("jugendamt.musterstadt@example.org");
    let (_, page) = office.page("/musterstadt/office");
    assert!(page.contains("href=\"/barrierefreiheit\""));
}

#[test]
fn parents_can_switch_to_ten_languages_and_arabic_and_farsi_read_right_to_left() {
    let t = TestApp::demo();
    let b = t.client();
    let (_, home) = b.page("/");
    for code in ["de", "en", "tr", "ar", "uk", "ru", "pl", "ro", "fa", "fr"] {
        assert!(
            home.contains(&format!("href=\"/lang/{code}?")),
            "{code} offered"
        );
    }
    for (code, dir) in [("ar", "rtl"), ("fa", "rtl"), ("tr", "ltr"), ("uk", "ltr")] {
        b.get(&format!("/lang/{code}?next=/"));
        let (s, page) = b.page("/login");
        assert_eq!(s, Status::Ok);
        assert!(
            page.contains(&format!("<html lang=\"{code}\" dir=\"{dir}\">")),
            "{code}"
        );
        let title = kitaplatz::i18n::t(code, "login-title");
        assert_ne!(title, kitaplatz::i18n::t("de", "login-title"), "{code}");
        assert!(page.contains(&title), "{code}: {title}");
    }
}

#[test]
fn a_parent_registering_in_arabic_gets_the_confirmation_mail_in_arabic() {
    let t = TestApp::demo();
    let b = t.client();
    b.get("/lang/ar?next=/");
    let pw = "Ein Haus am See mit Garten";
    let res = b.post_form(
        "/musterstadt/register",
        &[
            ("email", "arabisch@example.org"),
            ("password", pw),
            ("password2", pw),
        ],
    );
    assert_eq!(res.status(), Status::Ok);
    let mails = t.deliver_mail();
    let mail = mails
        .iter()
        .find(|m| m.contains("arabisch@example.org"))
        .expect("confirmation mail");
    let args = [
        ("link", "x".to_string()),
        ("municipality", "Musterstadt".to_string()),
    ];
    let body = kitaplatz::i18n::t_args("ar", "mail-confirm-body", &args);
    let first_line = body.lines().next().unwrap();
    assert_ne!(first_line, "Guten Tag,");
    assert!(mail.contains(first_line), "{mail}");
    assert!(mail.contains("/confirm/"), "the link is in the mail");
}

#[test]
fn dates_follow_the_language_and_staff_pages_stay_german_or_english() {
    let t = TestApp::demo();
    let parent = crate::allocation::family(&t, "farsi@example.org");
    crate::family::add_child(&parent, "Darya", "2023-05-10");
    parent.get("/lang/fa?next=/");
    let (s, page) = parent.page("/musterstadt/family");
    assert_eq!(s, Status::Ok);
    // Tera writes "/" as "&#x2F;" (the browser shows "/").
    let page = page.replace("&#x2F;", "/");
    assert!(page.contains("۲۰۲۳/۰۵/۱۰"), "Persian digits, year first");
    parent.get("/lang/de?next=/");
    let (_, page) = parent.page("/musterstadt/family");
    assert!(page.contains("10.05.2023"));
    let office = t.login("jugendamt.musterstadt@example.org");
    office.get("/lang/tr?next=/");
    let (_, page) = office.page("/musterstadt/office");
    assert!(
        page.contains("<html lang=\"de\" dir=\"ltr\">"),
        "office in German"
    );
    let (_, page) = office.page("/");
    assert!(
        page.contains("<html lang=\"tr\""),
        "public pages in Turkish"
    );
}
