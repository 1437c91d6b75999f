//! Generated security sweeps over Rocket's own route list (so a new route is covered
//! automatically): the parents' routes for anonymous visitors and other households, markup
//! typed into every text field that is shown again, and malformed or oversized bodies on every
//! route that takes one. The office, admin and district routes are swept by `tenancy.rs`.

use diesel::prelude::*;
use kitaplatz::db::schema::{applications, letters};
use rocket::http::{ContentType, Header, Method, Status};
use rocket::local::blocking::LocalResponse;

use crate::common::*;

/// Routes anyone may use without an account, each with the reason.
const PUBLIC: &[&str] = &[
    // Start pages, the accessibility statement, the health check, the style sheet and the
    // language switch: no personal data.
    "/",
    "/<_>",
    "/barrierefreiheit",
    "/healthz",
    "/static/app.css",
    "/lang/<code>",
    // The facility directory (page and JSON) is published on purpose.
    "/<_>/kitas",
    "/<_>/kitas/<id>",
    "/api/v1/municipalities/<slug>/facilities",
    // The API description.
    "/api/v1/openapi.json",
    // Registration and login (the second factor is a step of the login; logging out needs
    // no account).
    "/<_>/register",
    "/login",
    "/login/second-factor",
    "/logout",
    // Reached with the secret token of a mail; the token is the credential.
    "/confirm/<token>",
    "/password/forgot",
    "/password/reset/<token>",
    "/invite/<token>",
];

/// Office, admin and district routes: swept by `tenancy.rs`.
fn staff_route(path: &str) -> bool {
    path.starts_with("/<_>/office")
        || path.starts_with("/<_>/admin")
        || path.starts_with("/admin")
        || path.starts_with("/kreis/")
}

/// The household whose data the others try to reach.
struct Victim {
    browser: Browser,
    child: String,
    application: String,
    letter: Option<String>,
    /// A fee notice of a second household (a child in care), and that household's parent.
    notice: String,
    notice_owner: Browser,
}

/// The first name of the victim's child: must never reach anybody else.
const SECRET_CHILD: &str = "Geheimrat";
const SECRET_EMAIL: &str = "opfer@example.org";
/// The first name of the child in care (of a second household) with a fee notice.
const SECRET_CHILD_IN_CARE: &str = "Verborgenia";

/// A family with a child, a care request with an open offer and its offer letter; and a
/// second family whose child is in care and has a fee notice.
fn victim(t: &TestApp) -> Victim {
    use crate::allocation::{apply, create_round, family, kita, publish, status, what_if};
    let office = t.login("jugendamt.musterstadt@example.org");
    let facility = kita(&office, "Kita Lindenhof", "5");
    let browser = family(t, SECRET_EMAIL);
    let application = apply(t, &browser, SECRET_CHILD, &[&facility], &[]);
    let run = what_if(&office, &create_round(&office, "Runde Lindenhof"));
    publish(&office, &run);
    assert_eq!(status(t, &application), "offered");
    let mut conn = t.app.db.get().unwrap();
    let child: String = applications::table
        .find(&application)
        .select(applications::child_id)
        .first(&mut *conn)
        .unwrap();
    let letter: Option<String> = letters::table
        .filter(letters::application_id.eq(&application))
        .select(letters::id)
        .first(&mut *conn)
        .optional()
        .unwrap();
    drop(conn);
    let admin = t.login("admin.musterstadt@example.org");
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
            (
                "rates",
                "U3; 45; 200; 300; 400\nÜ3; 45; 100; 150; 200\nHort; 45; 50; 60; 70",
            ),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (notice_owner, _) =
        crate::fees::child_in_care(t, &office, "beitrag@example.org", SECRET_CHILD_IN_CARE);
    let res = office.post_form("/musterstadt/office/fees/assess", &[("through", "2026-11")]);
    assert_eq!(res.status(), Status::SeeOther);
    kitaplatz::jobs::run_pending(&t.app).unwrap();
    let notice: String = {
        use kitaplatz::db::schema::fee_notices;
        let mut conn = t.app.db.get().unwrap();
        fee_notices::table
            .filter(fee_notices::subject.like(format!("%{SECRET_CHILD_IN_CARE}%")))
            .select(fee_notices::id)
            .first(&mut *conn)
            .expect("a fee notice for the child in care")
    };
    Victim {
        browser,
        child,
        application,
        letter,
        notice,
        notice_owner,
    }
}

/// The parents' routes (everything that is neither staff nor public), with the victim's ids
/// in the path. Returns (method, pattern, concrete path, holds one of the victim's ids).
fn parent_routes(b: &Browser, v: &Victim) -> Vec<(Method, String, String, bool)> {
    let mut out: Vec<_> = b
        .client
        .rocket()
        .routes()
        .filter(|r| !staff_route(r.uri.path()))
        .filter(|r| !PUBLIC.contains(&r.uri.path()))
        .map(|r| {
            let pattern = r.uri.path().to_string();
            let id = if pattern.contains("/children/") {
                v.child.clone()
            } else if pattern.contains("/notices/") {
                v.notice.clone()
            } else {
                // Applications, and for any other id the application's id (an id of the
                // victim's household that the route does not expect must not get further).
                v.application.clone()
            };
            let mut path = pattern
                .replacen("<_>", "musterstadt", 1)
                .replace("<slug>", "musterstadt")
                .replace("<letter>", v.letter.as_deref().unwrap_or(&v.application))
                .replace("<id>", &id);
            while let (Some(a), Some(z)) = (path.find('<'), path.find('>')) {
                path.replace_range(a..=z, &id);
            }
            let holds_id = [&v.application, &v.child, &v.notice]
                .iter()
                .any(|id| path.contains(id.as_str()));
            (r.method, pattern, path, holds_id)
        })
        .collect();
    out.sort_by(|a, b| a.2.cmp(&b.2));
    out.dedup_by(|a, b| a.0 == b.0 && a.2 == b.2);
    out
}

/// POST a form with a CSRF token fetched before (`Browser::post_form` fetches one per call).
fn post_with<'b>(
    b: &'b Browser,
    token: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> LocalResponse<'b> {
    let mut all: Vec<(&str, &str)> = vec![("csrf", token)];
    all.extend_from_slice(fields);
    b.post_raw(path, &all)
}

/// Sends `method path` as a browser would, with a form (or for the API a JSON body) carrying
/// this browser's own CSRF token.
fn send<'b>(
    b: &'b Browser,
    token: &str,
    method: Method,
    path: &str,
    child: &str,
) -> LocalResponse<'b> {
    let api = path.starts_with("/api/");
    match method {
        Method::Get => b.get(path),
        Method::Post | Method::Put if api => {
            let req = if method == Method::Put {
                b.client.put(path.to_string())
            } else {
                b.client.post(path.to_string())
            };
            // A body of the route's own shape, so that only the caller can be refused.
            let body = if path.contains("/contracts/") {
                serde_json::json!({
                    "facility_id": child,
                    "child": { "first_names": "Übernommen", "last_name": "Kind",
                               "birth_date": "2023-04-01", "street": "Ring",
                               "house_number": "2", "postal_code": "12345",
                               "city": "Musterstadt" },
                    "guardian": { "first_names": "Eva", "last_name": "Kind" },
                    "start_date": "2026-09-01",
                    "weekly_hours": 35,
                })
                .to_string()
            } else {
                crate::api::needs_report_json("Übernommen", "Musterstadt")
            };
            req.header(ContentType::JSON).body(body).dispatch()
        }
        Method::Post => post_with(
            b,
            token,
            path,
            &[
                ("child", child),
                ("first_names", "Übernommen"),
                ("last_name", "Beispiel"),
                ("birth_date", "2024-01-15"),
                ("street", "Lindenallee"),
                ("house_number", "7"),
                ("postal_code", "59999"),
                ("city", "Musterstadt"),
                ("kind", "request"),
                ("start_date", "2027-03-01"),
                ("hours", "35"),
                ("consent", "yes"),
                ("code", "ABCD-EFGH"),
                ("income", "30000"),
                ("valid_from", "2026-09-01"),
                ("holder", "Übernommen"),
                ("iban", "DE02120300000000202051"),
            ],
        ),
        other => panic!("unexpected method {other} for {path}"),
    }
}

#[test]
fn parent_routes_refuse_anonymous_visitors_and_other_households() {
    let t = TestApp::demo();
    let v = victim(&t);
    let mut routes = parent_routes(&v.browser, &v);
    // The victim's child offered for a new application (the query, not the path, holds it).
    routes.push((
        Method::Get,
        "/<_>/applications/new?<child>".into(),
        format!(
            "/musterstadt/applications/new?child={}&kind=request",
            v.child
        ),
        false,
    ));
    for expected in [
        "/<_>/family",
        "/<_>/family/children/<id>",
        "/<_>/applications/<id>",
        "/<_>/applications/<id>/accept",
        "/<_>/applications/<id>/letters/<letter>",
        "/<_>/family/data-export",
        "/<_>/family/fees/notices/<id>",
        "/account",
        "/traeger/statistics",
        "/api/v1/municipalities/<slug>/applications/<id>",
    ] {
        assert!(
            routes.iter().any(|r| r.1 == expected),
            "{expected} not in the sweep: {routes:?}"
        );
    }
    assert!(v.letter.is_some(), "the offer comes with a letter");

    // The owners do get the pages with their ids (so that a refusal below means something).
    for (method, pattern, path, holds_id) in &routes {
        if *method != Method::Get || !*holds_id || !pattern.starts_with("/<_>/") {
            continue;
        }
        let owner = if pattern.contains("/notices/") {
            &v.notice_owner
        } else {
            &v.browser
        };
        assert_eq!(owner.get(path).status(), Status::Ok, "owner: GET {path}");
    }

    let mut failures: Vec<String> = Vec::new();
    let leaks = |failures: &mut Vec<String>, who: &str, method: Method, path: &str, body: &str| {
        for secret in [SECRET_CHILD, SECRET_CHILD_IN_CARE, SECRET_EMAIL] {
            if body.contains(secret) {
                failures.push(format!("{who}: {method} {path} leaked {secret}"));
            }
        }
    };

    // (a) Anonymous visitors are sent to the login (or refused) and see nothing.
    let anonymous = t.client();
    let token = anonymous.csrf();
    for (method, _, path, _) in &routes {
        let res = send(&anonymous, &token, *method, path, &v.child);
        let status = res.status();
        let location = res.headers().get_one("Location").map(str::to_string);
        let body = res.into_string().unwrap_or_default();
        let to_login = status == Status::SeeOther
            && location.as_deref().is_some_and(|l| l.starts_with("/login"));
        if !(to_login
            || matches!(
                status,
                Status::Unauthorized | Status::Forbidden | Status::NotFound
            ))
        {
            failures.push(format!(
                "anonymous: {method} {path} gave {status} ({location:?})"
            ));
        }
        leaks(&mut failures, "anonymous", *method, path, &body);
    }

    // (b) Parents of other households: a new family of the same municipality (with a child of
    // its own), the demo parent, and a parent of another municipality.
    let other = crate::allocation::family(&t, "nachbar@example.org");
    crate::family::add_child(&other, "Nachbarskind", "2023-04-01");
    let outsiders = [
        ("other household", other),
        (
            "demo parent of Musterstadt",
            t.login("eltern.musterstadt@example.org"),
        ),
        (
            "parent of Beispieldorf",
            t.login("eltern.beispieldorf@example.org"),
        ),
    ];
    let mut refused = 0;
    for (who, browser) in &outsiders {
        let token = browser.csrf();
        for (method, pattern, path, holds_id) in &routes {
            if *method == Method::Post && pattern == "/logout" {
                continue;
            }
            let res = send(browser, &token, *method, path, &v.child);
            let status = res.status();
            let body = res.into_string().unwrap_or_default();
            leaks(&mut failures, who, *method, path, &body);
            if status.code >= 500 {
                failures.push(format!("{who}: {method} {path} gave {status}"));
            }
            if pattern == "/api/v1/token" {
                // Describes the caller itself: a session, and nothing about any municipality.
                let json: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
                if !(status == Status::Ok && json == serde_json::json!({ "kind": "session" })) {
                    failures.push(format!("{who}: {method} {path} gave {status}: {body}"));
                }
            } else if *holds_id || pattern.starts_with("/traeger/") || pattern.starts_with("/api/")
            {
                if !matches!(
                    status,
                    Status::Forbidden | Status::NotFound | Status::Unauthorized
                ) {
                    failures.push(format!("{who}: {method} {path} gave {status}"));
                }
                refused += 1;
            }
        }
    }
    // Staff (the wrong role for the parents' pages): the youth office may read the child
    // through its own pages and the API, not through the parents' pages.
    let staff = [
        (
            "youth office of Musterstadt",
            t.login("jugendamt.musterstadt@example.org"),
        ),
        (
            "facility lead of Musterstadt",
            t.login("kita-leitung.musterstadt@example.org"),
        ),
    ];
    for (who, browser) in &staff {
        let token = browser.csrf();
        for (method, pattern, path, holds_id) in &routes {
            if !*holds_id || pattern.starts_with("/api/") {
                continue;
            }
            let res = send(browser, &token, *method, path, &v.child);
            let status = res.status();
            let body = res.into_string().unwrap_or_default();
            leaks(&mut failures, who, *method, path, &body);
            if !matches!(status, Status::Forbidden | Status::NotFound) {
                failures.push(format!("{who}: {method} {path} gave {status}"));
            }
            refused += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(refused >= 30, "only {refused} refusals checked");

    // The victim's household is as it was: the offer still open, the child unchanged.
    assert_eq!(crate::allocation::status(&t, &v.application), "offered");
    let (status, page) = v
        .browser
        .page(&format!("/musterstadt/family/children/{}", v.child));
    assert_eq!(status, Status::Ok);
    assert!(page.contains(SECRET_CHILD) && !page.contains("Übernommen"));
    let (_, page) = v.browser.page("/musterstadt/applications");
    assert!(!page.contains("Übernommen"));
}

/// Above the form limit (64 KiB, `limits.form` in `web::build`).
const OVER_FORM_LIMIT: usize = 65 * 1024;
/// Above the upload limit (10 MiB, `limits.data-form` and `limits.file`).
const OVER_UPLOAD_LIMIT: usize = 10 * 1024 * 1024 + 64 * 1024;

/// POST (or PUT) with a raw body and content type, as a same-origin browser form would.
fn raw<'b>(
    b: &'b Browser,
    path: &str,
    content_type: ContentType,
    body: Vec<u8>,
) -> LocalResponse<'b> {
    b.client
        .post(path.to_string())
        .header(content_type)
        .header(Header::new("Sec-Fetch-Site", "same-origin"))
        .body(body)
        .dispatch()
}

/// A 4xx answer, or for a visitor without a session the way to the login.
fn refused(res: &LocalResponse<'_>) -> bool {
    let to_login = res.status() == Status::SeeOther
        && res
            .headers()
            .get_one("Location")
            .is_some_and(|l| l.starts_with("/login"));
    to_login || res.status().class() == rocket::http::StatusClass::ClientError
}

/// The kinds of user the sweeps try, with their demo logins (anonymous: none).
const KINDS: &[(&str, Option<&str>)] = &[
    ("anonymous", None),
    ("parent", Some("eltern.musterstadt@example.org")),
    ("youth office", Some("jugendamt.musterstadt@example.org")),
    (
        "facility lead",
        Some("kita-leitung.musterstadt@example.org"),
    ),
    ("provider", Some("traeger.musterstadt@example.org")),
    ("admin", Some("admin.musterstadt@example.org")),
    ("operator", Some("betrieb@example.org")),
    ("district official", Some("kreis@example.org")),
];

/// A browser for each of the named kinds, logged in (in the order of [`KINDS`]).
fn logged_in(t: &TestApp, kinds: &[&str]) -> Vec<(&'static str, Browser)> {
    KINDS
        .iter()
        .filter(|(kind, _)| kinds.contains(kind))
        .map(|(kind, email)| (*kind, email.map_or_else(|| t.client(), |e| t.login(e))))
        .collect()
}

/// Routes that take an upload (multipart) rather than a plain form.
const UPLOADS: &[&str] = &[
    "/<_>/office/contracts/import",
    "/<_>/office/planning/cohorts",
    "/<_>/office/fees/returns",
];

#[test]
fn malformed_and_oversized_form_bodies_are_refused_on_every_post_route() {
    let t = TestApp::demo();
    let users = logged_in(
        &t,
        &[
            "anonymous",
            "parent",
            "youth office",
            "facility lead",
            "provider",
            "admin",
            "operator",
        ],
    );
    // Unknown ids everywhere: the body is read before the handler looks anything up, and
    // nothing can be changed by accident.
    let unknown = "00000000-0000-4000-8000-000000000000";
    let mut routes: Vec<(String, String)> = users[0]
        .1
        .client
        .rocket()
        .routes()
        .filter(|r| r.method == Method::Post && !r.uri.path().starts_with("/api/"))
        .map(|r| {
            let pattern = r.uri.path().to_string();
            let mut path = if pattern.starts_with("/kreis/") {
                pattern.replace("<_>", "musterkreis")
            } else {
                pattern.replacen("<_>", "musterstadt", 1)
            };
            while let (Some(a), Some(z)) = (path.find('<'), path.find('>')) {
                path.replace_range(a..=z, unknown);
            }
            (pattern, path)
        })
        .collect();
    routes.sort();
    routes.dedup();
    assert!(routes.len() >= 60, "POST routes: {}", routes.len());

    let mut too_large_seen: std::collections::BTreeSet<String> = Default::default();
    for (who, b) in &users {
        let token = b.csrf();
        for (pattern, path) in &routes {
            if pattern == "/logout" {
                continue;
            }
            let upload = UPLOADS.contains(&pattern.as_str());
            let mut binary = format!("csrf={token}&name=").into_bytes();
            binary.extend_from_slice(&[0xff, 0xfe, 0x00, 0xc3, 0x28, b'&', 0x80, b'=', 0xa0]);
            let json = format!("{{\"csrf\":\"{token}\",\"name\":\"x\"}}").into_bytes();
            let mut big = format!("csrf={token}&name=").into_bytes();
            big.resize(OVER_FORM_LIMIT, b'A');
            let cases: Vec<(&str, ContentType, Vec<u8>)> = vec![
                ("binary form body", ContentType::Form, binary),
                ("JSON instead of a form", ContentType::JSON, json),
                ("oversized form body", ContentType::Form, big),
            ];
            let before = t.audit_count();
            for (case, content_type, body) in cases {
                let res = raw(b, path, content_type, body);
                let status = res.status();
                assert!(refused(&res), "{who}: {case} to {path} gave {status}");
                if case == "oversized form body" && status == Status::PayloadTooLarge {
                    too_large_seen.insert(pattern.clone());
                }
            }
            assert_eq!(
                t.audit_count(),
                before,
                "{who}: a refused body to {path} changed data"
            );
            // Garbled escapes, empty and odd field names with the right token: whatever the
            // handler makes of it, never a server error.
            let garbled = format!(
                "csrf={token}&%ZZ=%&&=&name=%E2%28%A1&first_names=%&texts[=1&wishes[]]=x&a.b[c]=%00"
            );
            let status = raw(b, path, ContentType::Form, garbled.into_bytes()).status();
            assert!(
                status.code < 500,
                "{who}: garbled form to {path} gave {status}"
            );
            if upload && *who == "youth office" {
                let boundary = "XkitaplatzX";
                let mut body = format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n\
                     --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\
                     Content-Type: text/csv\r\n\r\n"
                )
                .into_bytes();
                body.resize(OVER_UPLOAD_LIMIT, b'A');
                let multipart =
                    ContentType::new("multipart", "form-data").with_params(("boundary", boundary));
                let res = raw(b, path, multipart.clone(), body);
                assert!(
                    refused(&res),
                    "{who}: oversized upload to {path} gave {}",
                    res.status()
                );
                // A multipart body without its closing boundary.
                let cut = format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n\
                     --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx;y"
                );
                let res = raw(b, path, multipart, cut.into_bytes());
                assert!(
                    refused(&res),
                    "{who}: cut multipart body to {path} gave {}",
                    res.status()
                );
            }
        }
    }
    // The limit is really what refused the big bodies: every plain form route got a 413 for
    // at least one user who may use it.
    let missed: Vec<&String> = routes
        .iter()
        .map(|(p, _)| p)
        .filter(|p| *p != "/logout" && !UPLOADS.contains(&p.as_str()))
        .filter(|p| !too_large_seen.contains(*p))
        .collect();
    assert!(missed.is_empty(), "no 413 for {missed:?}");
}

#[test]
fn malformed_and_oversized_json_is_refused_by_the_api() {
    let t = TestApp::demo();
    let token = crate::api::issue_write_token(&t, "Fachverfahren", "youth_office");
    let b = t.client();
    let count = |t: &TestApp| -> (i64, i64) {
        use kitaplatz::db::schema::contracts;
        let mut conn = t.app.db.get().unwrap();
        (
            applications::table.count().get_result(&mut *conn).unwrap(),
            contracts::table.count().get_result(&mut *conn).unwrap(),
        )
    };
    let routes: Vec<(Method, String)> = b
        .client
        .rocket()
        .routes()
        .filter(|r| r.uri.path().starts_with("/api/") && r.method != Method::Get)
        .map(|r| {
            let mut path = r.uri.path().replace("<slug>", "musterstadt");
            while let (Some(a), Some(z)) = (path.find('<'), path.find('>')) {
                path.replace_range(a..=z, "extern-1");
            }
            (r.method, path)
        })
        .collect();
    assert!(routes.len() >= 2, "{routes:?}");
    let before = count(&t);
    let valid = crate::api::needs_report_json("Schnittstelle", "Musterstadt");
    let mut big = valid.clone().into_bytes();
    // Valid JSON, padded with whitespace beyond Rocket's JSON limit (1 MiB).
    big.splice(1..1, std::iter::repeat_n(b' ', 1024 * 1024 + 1));
    let mut bad_utf8 = b"{\"kind\": \"needs\", \"child\": \"".to_vec();
    bad_utf8.extend_from_slice(&[0xff, 0xfe, 0xc3, 0x28]);
    bad_utf8.extend_from_slice(b"\"}");
    let cases: Vec<(&str, ContentType, Vec<u8>)> = vec![
        (
            "cut JSON",
            ContentType::JSON,
            valid.as_bytes()[..valid.len() / 2].to_vec(),
        ),
        (
            "not JSON",
            ContentType::JSON,
            b"kind=needs&child=x".to_vec(),
        ),
        ("invalid UTF-8", ContentType::JSON, bad_utf8),
        (
            "wrong types",
            ContentType::JSON,
            br#"{"kind": 7, "child": [], "weekly_hours": "viel"}"#.to_vec(),
        ),
        (
            "nested deeply",
            ContentType::JSON,
            format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
        ),
        ("empty", ContentType::JSON, Vec::new()),
        (
            "a NUL byte in the names",
            ContentType::JSON,
            crate::api::needs_report_json("a\u{0}b", "Muster\u{0}stadt").into_bytes(),
        ),
        (
            "form instead of JSON",
            ContentType::Form,
            b"kind=needs".to_vec(),
        ),
        ("oversized", ContentType::JSON, big),
    ];
    for (method, path) in &routes {
        for (case, content_type, body) in &cases {
            let req = match *method {
                Method::Put => b.client.put(path.clone()),
                _ => b.client.post(path.clone()),
            };
            let res = req
                .header(Header::new("Authorization", format!("Bearer {token}")))
                .header(content_type.clone())
                .body(body.clone())
                .dispatch();
            let status = res.status();
            let text = res.into_string().unwrap_or_default();
            assert!(
                status.class() == rocket::http::StatusClass::ClientError,
                "{case} to {method} {path} gave {status}: {text}"
            );
            let json: serde_json::Value = serde_json::from_str(&text)
                .unwrap_or_else(|_| panic!("{case} to {path}: error is not JSON: {text}"));
            assert!(
                json["error"]["code"].is_string(),
                "{case} to {path}: {text}"
            );
            if *case == "oversized" {
                assert_eq!(status, Status::PayloadTooLarge, "{case} to {path}");
            }
        }
    }
    assert_eq!(count(&t), before, "a refused body created something");
}

/// Markup typed into text fields: every probe is 20 characters (it fits a house number) and
/// ends in its own marker, so each field can be traced to the pages that show it.
struct Probes {
    fields: Vec<(String, String)>,
    /// Markers seen escaped on some page.
    seen: std::collections::BTreeSet<String>,
    /// Markers seen (escaped) inside an SVG chart, which is put into pages unescaped.
    in_charts: std::collections::BTreeSet<String>,
    /// Pages checked.
    pages: usize,
}

/// What no page may contain: the probe's tag as markup.
const RAW: &str = "<svg/onload";

impl Probes {
    fn new() -> Self {
        Probes {
            fields: Vec::new(),
            seen: Default::default(),
            in_charts: Default::default(),
            pages: 0,
        }
    }

    /// A new probe for `field`.
    fn probe(&mut self, field: &str) -> String {
        let marker = format!("Q{:02}", self.fields.len() + 1);
        self.fields.push((marker.clone(), field.to_string()));
        format!("'\"><svg/onload=1>{marker}")
    }

    /// Checks one response body: no probe as markup; notes the probes shown escaped.
    fn check(&mut self, what: &str, body: &str) {
        self.pages += 1;
        if let Some(i) = body.to_ascii_lowercase().find(RAW) {
            let around = &body[i.saturating_sub(80)..(i + 40).min(body.len())];
            panic!("{what}: markup not escaped: …{around}…");
        }
        for (marker, _) in &self.fields {
            // Tera writes `&lt;svg&#x2F;onload=1&gt;Q07`, the SVG charts `&lt;svg/onload=1&gt;Q07`.
            let escaped = format!("onload=1&gt;{marker}");
            if body.contains(&escaped) {
                self.seen.insert(marker.clone());
            }
            let charts = body.split("<svg class=\"chart").skip(1);
            if charts
                .map(|c| c.split("</svg>").next().unwrap_or_default())
                .any(|c| c.contains(&escaped))
            {
                self.in_charts.insert(marker.clone());
            }
        }
    }

    /// Submits a form; the answer (a page when the input is refused) is checked too.
    fn submit(&mut self, b: &Browser, path: &str, fields: &[(&str, &str)]) -> Status {
        let res = b.post_form(path, fields);
        let status = res.status();
        assert!(status.code < 500, "POST {path} gave {status}");
        let body = res.into_string().unwrap_or_default();
        self.check(&format!("answer to POST {path}"), &body);
        status
    }
}

/// The links of a page that stay on this site (HTML entities decoded).
fn links(page: &str) -> Vec<String> {
    page.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|h| {
            h.replace("&#x2F;", "/")
                .replace("&#x3D;", "=")
                .replace("&amp;", "&")
        })
        .filter(|h| h.starts_with('/') && !h.starts_with("//"))
        .collect()
}

/// A path with its ids (36-character UUIDs) replaced, to visit only a few pages per kind.
fn shape(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.split('/')
        .map(|s| {
            if s.len() == 36 && s.matches('-').count() == 4 {
                "{id}"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Visits the HTML pages this browser can reach: the `extra` pages, every GET route without
/// parameters (other than the municipality or district), then the links on the pages found,
/// one page of each shape (besides the `extra` ones). Downloads (CSV, PDF, JSON, …) are not looked into.
fn crawl(who: &str, b: &Browser, probes: &mut Probes, extra: &[String]) {
    let mut queue: std::collections::VecDeque<String> = extra
        .iter()
        .cloned()
        .chain(
            b.client
                .rocket()
                .routes()
                .filter(|r| r.method == Method::Get)
                .filter_map(|r| {
                    let p = r.uri.path().to_string();
                    let p = if p.starts_with("/kreis/") {
                        p.replace("<_>", "musterkreis")
                    } else {
                        p.replacen("<_>", "musterstadt", 1)
                    };
                    (!p.contains('<')).then_some(p)
                }),
        )
        .collect();
    let mut visited = std::collections::BTreeSet::new();
    let mut per_shape: std::collections::BTreeMap<String, usize> = Default::default();
    while let Some(path) = queue.pop_front() {
        let skip = [
            "/logout", "/lang/", "/static/", "export", "/healthz", "/api/",
        ];
        if skip.iter().any(|s| path.contains(s)) || !visited.insert(path.clone()) {
            continue;
        }
        let n = per_shape.entry(shape(&path)).or_default();
        *n += 1;
        if *n > 1 && !extra.contains(&path) {
            continue;
        }
        let res = b.get(&path);
        let status = res.status();
        assert!(status.code < 500, "{who}: GET {path} gave {status}");
        let html = res.content_type().is_some_and(|c| c.is_html());
        let body = res.into_string().unwrap_or_default();
        if !html {
            continue;
        }
        probes.check(&format!("{who}: GET {path}"), &body);
        queue.extend(links(&body));
    }
    assert!(visited.len() >= 10, "{who}: only {} pages", visited.len());
}

#[test]
fn markup_typed_into_text_fields_is_shown_escaped_on_every_page() {
    let t = TestApp::demo();
    let mut p = Probes::new();
    let operator = t.login("betrieb@example.org");
    let admin = t.login("admin.musterstadt@example.org");
    let office = t.login("jugendamt.musterstadt@example.org");

    // The operator: a district and a municipality.
    let district = p.probe("district name");
    let status = p.submit(
        &operator,
        "/admin/districts",
        &[("slug", "xsskreis"), ("name", &district)],
    );
    assert_eq!(status, Status::SeeOther);
    // The municipality goes into Musterkreis, whose statistics (tables and charts) name it.
    let district_id: String = {
        use kitaplatz::db::schema::districts;
        let mut conn = t.app.db.get().unwrap();
        districts::table
            .filter(districts::slug.eq("musterkreis"))
            .select(districts::id)
            .first(&mut *conn)
            .unwrap()
    };
    let municipality = p.probe("municipality name");
    let status = p.submit(
        &operator,
        "/admin/municipalities",
        &[
            ("district", &district_id),
            ("slug", "xssdorf"),
            ("name", &municipality),
            ("ags", "05958009"),
            ("bundesland", "NW"),
        ],
    );
    assert_eq!(status, Status::SeeOther);

    // The municipality's admin: criteria, consent, a letter template, an own text, an API
    // token and the SEPA creditor.
    let (label, help) = (p.probe("criterion label"), p.probe("criterion help text"));
    let status = p.submit(
        &admin,
        "/musterstadt/admin/criteria",
        &[("label", &label), ("help_text", &help), ("points", "3")],
    );
    assert_eq!(status, Status::SeeOther);
    let consent = p.probe("consent text");
    let status = p.submit(&admin, "/musterstadt/admin/consent", &[("body", &consent)]);
    assert_eq!(status, Status::SeeOther);
    let (subject, body) = (p.probe("letter subject"), p.probe("letter body"));
    let subject = format!("{subject} {{{{ child_first_names }}}} {{{{ facility }}}}");
    let status = p.submit(
        &admin,
        "/musterstadt/admin/letters/offer",
        &[("subject", &subject), ("body", &body), ("action", "save")],
    );
    assert_eq!(status, Status::SeeOther);
    let own_text = p.probe("own text (nav-kitas)");
    let status = p.submit(
        &admin,
        "/musterstadt/admin/texts/nav-kitas",
        &[("texts[de]", &own_text)],
    );
    assert_eq!(status, Status::SeeOther);
    let token_name = p.probe("API token name");
    let status = p.submit(
        &admin,
        "/musterstadt/admin/api-tokens",
        &[("name", &token_name), ("role", "youth_office")],
    );
    assert_eq!(status, Status::Ok);
    let creditor = p.probe("SEPA creditor name");
    let status = p.submit(
        &admin,
        "/musterstadt/admin/sepa",
        &[
            ("name", &creditor),
            ("iban", "DE89 3704 0044 0532 0130 00"),
            ("bic", ""),
            ("creditor_id", "DE98ZZZ09999999999"),
            ("pre_notice_days", "14"),
        ],
    );
    assert_eq!(status, Status::SeeOther);

    // The youth office: a provider and its facility, a planning area, a paper application, a
    // contract with a note.
    let provider = p.probe("provider name");
    let status = p.submit(
        &office,
        "/musterstadt/office/providers",
        &[("name", &provider), ("kind", "association")],
    );
    assert_eq!(status, Status::SeeOther);
    let provider_id: String = {
        use kitaplatz::db::schema::providers;
        let mut conn = t.app.db.get().unwrap();
        providers::table
            .filter(providers::name.eq(&provider))
            .select(providers::id)
            .first(&mut *conn)
            .unwrap()
    };
    let facility_fields: Vec<(&str, String)> = vec![
        ("name", p.probe("facility name")),
        ("street", p.probe("facility street")),
        ("house_number", p.probe("facility house number")),
        ("city", p.probe("facility city")),
        ("phone", p.probe("facility phone")),
        ("opening_hours", p.probe("facility opening hours")),
        (
            "website",
            format!("https://kita.example.org/{}", p.probe("facility website")),
        ),
    ];
    let mut form = crate::facilities::new_facility("", &provider_id);
    for (k, v) in &facility_fields {
        form.iter_mut().find(|f| f.0 == *k).unwrap().1 = v.as_str();
    }
    let res = office.post_form("/musterstadt/office/facilities", &form);
    assert_eq!(res.status(), Status::SeeOther);
    let facility = crate::contracts::redirect_id(&res);
    let res = office.post_form(
        &format!("/musterstadt/office/facilities/{facility}/licences"),
        &[
            ("valid_from", "2026-08-01"),
            ("valid_to", ""),
            ("places_u2", "0"),
            ("places_u3", "0"),
            ("places_ue3", "5"),
            ("places_hort", "0"),
            ("reserved_u2", "0"),
            ("reserved_u3", "0"),
            ("reserved_ue3", "0"),
            ("reserved_hort", "0"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let area = p.probe("planning area name");
    let status = p.submit(
        &office,
        "/musterstadt/office/planning/areas",
        &[("name", &area), ("facilities", &facility)],
    );
    assert_eq!(status, Status::SeeOther);
    let paper: Vec<(&str, String)> = vec![
        ("g_first_names", p.probe("paper guardian first names")),
        ("g_last_name", p.probe("paper guardian last name")),
        ("first_names", p.probe("paper child first names")),
        ("last_name", p.probe("paper child last name")),
        ("street", p.probe("paper street")),
        ("city", p.probe("paper city")),
    ];
    let mut form: Vec<(&str, &str)> = paper.iter().map(|(k, v)| (*k, v.as_str())).collect();
    form.extend([
        ("birth_date", "2023-06-01"),
        ("house_number", "5"),
        ("postal_code", "59999"),
        ("kind", "needs"),
        ("start_date", "2027-03-01"),
        ("hours", "35"),
    ]);
    // Guardian and address are shown again only when the form comes back with an error.
    let mut wrong = form.clone();
    wrong.push(("birth_date", "kein Datum"));
    wrong.retain(|f| f != &("birth_date", "2023-06-01"));
    let status = p.submit(&office, "/musterstadt/office/paper", &wrong);
    assert_eq!(status, Status::UnprocessableEntity);
    assert_eq!(
        p.submit(&office, "/musterstadt/office/paper", &form),
        Status::Created
    );
    let contract: Vec<(&str, String)> = vec![
        ("first_names", p.probe("contract child first names")),
        ("last_name", p.probe("contract child last name")),
        (
            "guardian_first_names",
            p.probe("contract guardian first names"),
        ),
        ("guardian_last_name", p.probe("contract guardian last name")),
    ];
    let mut form: Vec<(&str, &str)> = contract.iter().map(|(k, v)| (*k, v.as_str())).collect();
    form.extend([
        ("facility", facility.as_str()),
        ("birth_date", "2023-05-10"),
        ("street", "Lindenallee"),
        ("house_number", "7"),
        ("postal_code", "59999"),
        ("city", "Musterstadt"),
        ("start_date", "2026-09-01"),
        ("end_date", ""),
        ("weekly_hours", "35"),
    ]);
    let mut wrong = form.clone();
    wrong.retain(|f| f.0 != "birth_date");
    wrong.push(("birth_date", "kein Datum"));
    let status = p.submit(&office, "/musterstadt/office/contracts", &wrong);
    assert_eq!(status, Status::UnprocessableEntity);
    let res = office.post_form("/musterstadt/office/contracts", &form);
    assert_eq!(res.status(), Status::SeeOther);
    let contract_id = crate::contracts::redirect_id(&res);
    let note = p.probe("contract note");
    let status = p.submit(
        &office,
        &format!("/musterstadt/office/contracts/{contract_id}/note"),
        &[("note", &note)],
    );
    assert_eq!(status, Status::SeeOther);

    // Files: a contract import (the children's names) and birth cohorts for the area. Fields
    // are quoted the CSV way.
    let q = |v: &str| format!("\"{}\"", v.replace('"', "\"\""));
    let import: Vec<String> = ["import child first names", "import child last name"]
        .iter()
        .map(|f| p.probe(f))
        .collect();
    let file = format!(
        "einrichtung;vorname;nachname;geburtsdatum;strasse;hausnummer;plz;ort;\
         sorgeberechtigt_vorname;sorgeberechtigt_nachname;beginn;ende;wochenstunden;externe_id\n\
         Kita Sonnenschein;{};{};17.05.2023;Hauptstr.;1;12345;Musterstadt;Eva;Import;01.08.2024;;35;K-1\n",
        q(&import[0]),
        q(&import[1]),
    );
    let res = office.upload(
        "/musterstadt/office/contracts/import",
        "bestand.csv",
        file.as_bytes(),
    );
    assert!(res.status().code < 500, "import: {}", res.status());
    let report = res.headers().get_one("Location").map(str::to_string);
    let body = res.into_string().unwrap_or_default();
    // Checked, then imported: the contracts list names the children.
    let report = report.expect("the import's report");
    let status = p.submit(&office, &report, &[]);
    assert_eq!(status, Status::SeeOther);
    p.check("answer to the contract import", &body);
    // A cohort file is refused as a whole when one row is wrong (here: an unknown area).
    let file = format!(
        "geburtsjahr;planungsraum;anzahl\n2024;{};120\n2024;Gibtsnicht;5\n",
        q(&area)
    );
    let res = office.upload(
        "/musterstadt/office/planning/cohorts",
        "jahrgaenge.csv",
        file.as_bytes(),
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    p.check(
        "answer to the cohort file",
        &res.into_string().unwrap_or_default(),
    );
    let file = format!("geburtsjahr;planungsraum;anzahl\n2024;{};120\n", q(&area));
    let res = office.upload(
        "/musterstadt/office/planning/cohorts",
        "jahrgaenge.csv",
        file.as_bytes(),
    );
    assert_eq!(res.status(), Status::SeeOther);
    let source = p.probe("staffing key source");
    let status = p.submit(
        &office,
        "/musterstadt/office/planning/staffing-keys",
        &[
            ("category", "UE3"),
            ("children_per_fte", "5"),
            ("reference_hours", "35"),
            ("weight", "1"),
            ("source", &source),
        ],
    );
    assert_eq!(status, Status::SeeOther);
    // A run sent to Kita Sonnenschein's lead, who rejects a child with a reason.
    let lead = t.login("kita-leitung.musterstadt@example.org");
    let (review_run, proposed) = crate::allocation::proposed_at_sonnenschein(&t, "vorschlag");
    let lead_reason = p.probe("reason of the facility lead");
    let status = p.submit(
        &lead,
        &format!("/musterstadt/office/proposals/{review_run}/{proposed}"),
        &[("decision", "reject"), ("reason", &lead_reason)],
    );
    assert_eq!(status, Status::SeeOther);

    // A family: guardian and child, a care request at the facility, an offer from a round.
    let parent = crate::allocation::family(&t, "xss@example.org");
    let (g_first, g_last) = (
        p.probe("guardian first names"),
        p.probe("guardian last name"),
    );
    let status = p.submit(
        &parent,
        "/musterstadt/family/guardians",
        &[("first_names", &g_first), ("last_name", &g_last)],
    );
    assert_eq!(status, Status::SeeOther);
    let child: Vec<(&str, String)> = vec![
        ("first_names", p.probe("child first names")),
        ("last_name", p.probe("child last name")),
        ("street", p.probe("child street")),
        ("house_number", p.probe("child house number")),
        ("city", p.probe("child city")),
    ];
    let mut form: Vec<(&str, &str)> = child.iter().map(|(k, v)| (*k, v.as_str())).collect();
    form.extend([("birth_date", "2023-05-10"), ("postal_code", "59999")]);
    assert_eq!(
        p.submit(&parent, "/musterstadt/family/children", &form),
        Status::SeeOther
    );
    let (_, page) = parent.page("/musterstadt/family");
    let child_id = crate::checks::id_after(&page, "/musterstadt/family/children/");
    let res = parent.post_form(
        "/musterstadt/applications",
        &[
            ("child", child_id.as_str()),
            ("kind", "request"),
            ("start_date", "2027-03-01"),
            ("hours", "35"),
            ("consent", "yes"),
            ("wishes", facility.as_str()),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther, "{:?}", res.into_string());
    let application = crate::contracts::redirect_id(&res);
    {
        let mut conn = t.app.db.get().unwrap();
        diesel::update(applications::table.find(&application))
            .set(applications::status.eq("checked"))
            .execute(&mut *conn)
            .unwrap();
    }
    let round = p.probe("allocation round name");
    let res = office.post_form(
        "/musterstadt/office/allocation",
        &[
            ("name", round.as_str()),
            ("start_date", "2027-03-01"),
            ("categories", "UE3"),
            ("kinds", "request"),
            ("kinds", "needs"),
            ("month_from", "2027-03"),
            ("month_to", "2027-03"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let round_id = crate::contracts::redirect_id(&res);
    let run = crate::allocation::what_if(&office, &round_id);
    let reason = p.probe("adjustment reason");
    p.submit(
        &office,
        &format!("/musterstadt/office/allocation/runs/{run}/adjust"),
        &[
            ("kind", "hold"),
            ("facility", facility.as_str()),
            ("category", "UE3"),
            ("places", "1"),
            ("reason", &reason),
        ],
    );
    crate::allocation::publish(&office, &run);
    assert_eq!(crate::allocation::status(&t, &application), "offered");
    let holder = p.probe("SEPA mandate holder");
    let mandate = [
        ("holder", holder.as_str()),
        ("iban", "DE89 3704 0044 0532 0130 00"),
        ("bic", ""),
    ];
    // Shown again only in the form that comes back (here: without the consent).
    let status = p.submit(&parent, "/musterstadt/family/fees/mandate", &mandate);
    assert_eq!(status, Status::UnprocessableEntity);
    let mut form = mandate.to_vec();
    form.push(("consent", "yes"));
    assert_eq!(
        p.submit(&parent, "/musterstadt/family/fees/mandate", &form),
        Status::SeeOther
    );

    // Every page every kind of user can reach.
    let mut extra = vec![
        format!("/musterstadt/office/allocation/runs/{review_run}"),
        "/musterstadt/office/proposals".to_string(),
        "/musterstadt/office/planning/setup".to_string(),
        "/musterstadt/office/planning/staffing".to_string(),
        format!("/musterstadt/applications/{application}"),
        format!("/musterstadt/office/applications/{application}"),
        format!("/musterstadt/office/allocation/{round_id}"),
        format!("/musterstadt/office/allocation/runs/{run}"),
        format!("/musterstadt/office/contracts/{contract_id}"),
        format!("/musterstadt/office/facilities/{facility}"),
        format!("/musterstadt/office/planning/facilities/{facility}"),
        format!("/musterstadt/kitas/{facility}"),
        "/musterstadt/admin/texts?q=nav-kitas".to_string(),
        "/musterstadt/admin/letters/offer".to_string(),
        "/xssdorf".to_string(),
        "/kreis/xsskreis".to_string(),
    ];
    extra.push(report);
    let others = [
        ("anonymous", t.client()),
        ("district official", t.login("kreis@example.org")),
        ("provider", t.login("traeger.musterstadt@example.org")),
        ("facility staff", t.login("kita.musterstadt@example.org")),
    ];
    let mut users: Vec<(&str, &Browser)> = vec![
        ("parent", &parent),
        ("youth office", &office),
        ("facility lead", &lead),
        ("admin", &admin),
        ("operator", &operator),
    ];
    users.extend(others.iter().map(|(w, b)| (*w, b)));
    for (who, b) in users {
        crawl(who, b, &mut p, &extra);
    }
    let unseen: Vec<&(String, String)> = p
        .fields
        .iter()
        .filter(|(m, _)| !p.seen.contains(m))
        .collect();
    // The charts (`| safe` in the templates) were among them: planning areas in the
    // coverage chart, municipalities in the district's charts.
    let charted: Vec<&String> = p
        .fields
        .iter()
        .filter(|(m, _)| p.in_charts.contains(m))
        .map(|(_, f)| f)
        .collect();
    for field in ["planning area name", "municipality name"] {
        assert!(
            charted.contains(&&field.to_string()),
            "{field} not in a chart; probes in charts: {charted:?}"
        );
    }
    assert!(
        unseen.is_empty(),
        "never shown again (escaped) on {} pages: {unseen:?}",
        p.pages
    );
}

/// The QR code of the second-factor enrolment is put into the page unescaped (`| safe`): it
/// must be drawing only, with no text from the account (the e-mail address) in it.
#[test]
fn the_unescaped_qr_code_is_drawing_only() {
    let t = TestApp::demo();
    let parent = t.login("eltern.musterstadt@example.org");
    let (status, page) = parent.page("/account/second-factor");
    assert_eq!(status, Status::Ok);
    let start = page.find("<div class=\"qr\"").expect("a QR code");
    let qr = &page[start..];
    let qr = &qr[qr.find('>').unwrap() + 1..qr.find("</div>").unwrap()];
    assert!(qr.starts_with("<svg"), "{qr}");
    let tags: std::collections::BTreeSet<&str> = qr
        .split('<')
        .skip(1)
        .map(|tag| {
            tag.split(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .find(|s| !s.is_empty())
                .unwrap_or_default()
        })
        .collect();
    let allowed = ["svg", "rect", "path"];
    assert!(tags.iter().all(|t| allowed.contains(t)), "{tags:?}");
    assert!(!qr.contains("example.org") && !qr.contains("eltern"));
    for attr in ["onload", "onclick", "href", "script"] {
        assert!(!qr.to_ascii_lowercase().contains(attr), "{attr} in {qr}");
    }
}

/// Every field name of the app's forms (the `FromForm` structs in `src/web`).
const FORM_FIELDS: &[&str] = &[
    "name",
    "kind",
    "first_names",
    "last_name",
    "birth_date",
    "street",
    "house_number",
    "postal_code",
    "city",
    "g_first_names",
    "g_last_name",
    "code",
    "provider",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "opening_hours",
    "care_hours",
    "tags",
    "label",
    "help_text",
    "points",
    "body",
    "subject",
    "action",
    "texts[de]",
    "texts[tr]",
    "kita_year",
    "deadline",
    "valid_from",
    "valid_to",
    "start_date",
    "end_date",
    "hours",
    "weekly_hours",
    "note",
    "reason",
    "decision",
    "keep",
    "endpoint",
    "username",
    "password",
    "password2",
    "timeout",
    "holder",
    "iban",
    "bic",
    "creditor_id",
    "pre_notice_days",
    "household",
    "income",
    "signed_on",
    "date",
    "through",
    "networks",
    "from",
    "until",
    "audit_log_days",
    "register_log_days",
    "slug",
    "ags",
    "bundesland",
    "district",
    "role",
    "scope",
    "max_wishes",
    "advance_months",
    "school_entry_cutoff",
    "small_cell_threshold",
    "modules",
    "month_from",
    "month_to",
    "categories",
    "kinds",
    "category",
    "children_per_fte",
    "reference_hours",
    "weight",
    "source",
    "fte",
    "catchment",
    "current_facility",
    "staff_facility",
    "bonus_sibling",
    "offer_days",
    "guardian_first_names",
    "guardian_last_name",
    "facility",
    "facilities",
    "application",
    "places",
    "move_in_date",
    "child",
    "wishes",
    "answers",
    "weighting",
    "primary_school_years",
    "rates",
    "income_limits",
    "sibling_discounts",
    "free_hours",
    "free_years",
    "meal_money",
    "cap",
    "proration",
    "next",
];

/// Every POST route, as every kind of user, with markup in every field the app knows: the
/// answer (mostly the form again, with the errors) shows it escaped; afterwards no page shows
/// anything that got stored as markup. A NUL byte in every field is no server error either.
#[test]
fn every_form_shows_markup_sent_to_it_escaped() {
    let t = TestApp::demo();
    let mut p = Probes::new();
    let values: Vec<(String, String)> = FORM_FIELDS
        .iter()
        .map(|f| (f.to_string(), p.probe(&format!("field {f}"))))
        .collect();
    let fields: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let users = logged_in(
        &t,
        &[
            "anonymous",
            "parent",
            "youth office",
            "facility lead",
            "admin",
            "operator",
        ],
    );
    let facility = crate::contracts::facility_id(&t, "Kita Sonnenschein");
    let mut routes: Vec<(String, String)> = users[0]
        .1
        .client
        .rocket()
        .routes()
        .filter(|r| r.method == Method::Post && !r.uri.path().starts_with("/api/"))
        .filter(|r| !UPLOADS.contains(&r.uri.path()) && r.uri.path() != "/logout")
        .map(|r| {
            let pattern = r.uri.path().to_string();
            let mut path = pattern.replacen("<_>", "musterstadt", 1);
            // A real facility where one is named; any other id is unknown.
            path = path.replace("/facilities/<id>", &format!("/facilities/{facility}"));
            path = path.replace("/staffing/<facility>", &format!("/staffing/{facility}"));
            while let (Some(a), Some(z)) = (path.find('<'), path.find('>')) {
                path.replace_range(a..=z, "00000000-0000-4000-8000-000000000000");
            }
            (pattern, path)
        })
        .collect();
    routes.sort();
    routes.dedup();
    // The same with a NUL byte in every field (SQLite stores it, PostgreSQL refuses it).
    let nul: Vec<(&str, &str)> = FORM_FIELDS.iter().map(|f| (*f, "a\0b")).collect();
    let mut echoed: std::collections::BTreeSet<String> = Default::default();
    for (who, b) in &users {
        let token = b.csrf();
        for (pattern, path) in &routes {
            let status = post_with(b, &token, path, &nul).status();
            assert!(
                status.code < 500,
                "{who}: POST {path} with NUL bytes gave {status}"
            );
            let res = post_with(b, &token, path, &fields);
            let status = res.status();
            assert!(status.code < 500, "{who}: POST {path} gave {status}");
            let body = res.into_string().unwrap_or_default();
            let seen_before = p.seen.len();
            p.check(&format!("{who}: answer to POST {path}"), &body);
            if p.seen.len() > seen_before || body.contains("onload=1&gt;Q") {
                echoed.insert(pattern.clone());
            }
        }
    }
    // Forms that come back with the errors show what was typed: many of them.
    assert!(echoed.len() >= 20, "echoed by only {echoed:?}");
    let users: Vec<(&str, &Browser)> = users.iter().map(|(w, b)| (*w, b)).collect();
    for (who, b) in users {
        crawl(who, b, &mut p, &[]);
    }
}

/// Where `next` sends a browser after the language switch and the login: only to a path of
/// this site. Browsers drop tabs and line breaks from URLs, so `/<tab>/evil` would be
/// `//evil`, another site.
#[test]
fn next_never_leads_to_another_site() {
    let t = TestApp::demo();
    let b = t.client();
    let attempts = [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example/",
        "\\\\evil.example/",
        "/\t/evil.example/",
        "/\n/evil.example/",
        "/\r/evil.example/",
        " //evil.example/",
        "\t//evil.example/",
        "/%2F/evil.example/",
        "javascript:alert(1)",
        // Not valid in a `Location` as they stand.
        "/kitas/ä",
        "/<script>",
        "/%zz",
        "/a\"b",
        "/{x}|`^",
    ];
    let offsite = |location: &str| {
        let cleaned: String = location
            .trim_start_matches(|c: char| c.is_ascii_control() || c == ' ')
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        !cleaned.starts_with('/')
            || cleaned.starts_with("//")
            || cleaned.starts_with("/\\")
            || cleaned.contains("evil.example") && !cleaned.starts_with("/%2F")
    };
    for next in attempts {
        let encoded: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
        let res = b.get(&format!("/lang/de?next={encoded}"));
        let status = res.status();
        assert!(status.code < 500, "lang, next={next:?}: {status}");
        if let Some(location) = res.headers().get_one("Location") {
            assert!(!offsite(location), "lang, next={next:?}: to {location:?}");
        }
        // The login form keeps `next` for after the password (Tera writes `/` as `&#x2F;`).
        let (status, page) = b.page(&format!("/login?next={encoded}"));
        assert_eq!(status, Status::Ok, "login page, next={next:?}");
        let kept = page
            .split("name=\"next\" value=\"")
            .nth(1)
            .and_then(|v| v.split('"').next())
            .expect("the next field")
            .replace("&#x2F;", "/");
        assert!(!offsite(&kept), "login page, next={next:?}: keeps {kept:?}");
    }
    // A real login with such a `next` (sent by a page of the attacker's).
    for next in ["/\t/evil.example/", "/kitas/ä", "//evil.example/"] {
        let b = t.client();
        let res = b.post_form(
            "/login",
            &[
                ("email", "eltern.musterstadt@example.org"),
                ("password", PW),
                ("next", next),
            ],
        );
        assert_eq!(res.status(), Status::SeeOther, "login, next={next:?}");
        let location = res.headers().get_one("Location").unwrap_or_default();
        assert!(!offsite(location), "login, next={next:?}: to {location:?}");
    }
}

/// Field names of the `<name..>` query structs (office application list, statistics filters).
const QUERY_FIELDS: &[&str] = &[
    "status",
    "kind",
    "category",
    "facility",
    "month",
    "late",
    "overdue",
    "sort",
    "page",
    "from",
    "to",
    "municipality",
    "q",
];

/// Odd values for path and query parameters: empty, huge, negative, a NUL byte (PostgreSQL
/// refuses it in text), markup, an impossible date, a path climb, invalid UTF-8.
const ODD_VALUES: &[&str] = &[
    "",
    "-1",
    "99999999999999999999",
    "a%00b",
    "%27%22%3E%3Csvg%2Fonload%3D1%3E",
    "2026-02-30",
    "..",
    "%E2%28%A1",
];

/// Every GET route, as the kind of user it is meant for, with odd values in every path and
/// query parameter: an answer, never a server error, and no markup from the address.
#[test]
fn odd_path_and_query_values_never_give_a_server_error() {
    let t = TestApp::demo();
    let users = logged_in(
        &t,
        &[
            "anonymous",
            "parent",
            "youth office",
            "facility lead",
            "provider",
            "admin",
            "operator",
            "district official",
        ],
    );
    let user_for = |pattern: &str| -> &Browser {
        let who = if pattern.starts_with("/<_>/office/proposals") {
            "facility lead"
        } else if pattern.starts_with("/<_>/office") || pattern.starts_with("/api/") {
            "youth office"
        } else if pattern.starts_with("/<_>/admin") {
            "admin"
        } else if pattern.starts_with("/admin") {
            "operator"
        } else if pattern.starts_with("/kreis/") {
            "district official"
        } else if pattern.starts_with("/traeger/") {
            "provider"
        } else if pattern.starts_with("/<_>/") || pattern.starts_with("/account") {
            "parent"
        } else {
            "anonymous"
        };
        &users.iter().find(|u| u.0 == who).unwrap().1
    };
    let routes: Vec<(String, Vec<String>)> = users[0]
        .1
        .client
        .rocket()
        .routes()
        .filter(|r| r.method == Method::Get)
        .filter(|r| !r.uri.path().contains("healthz"))
        .map(|r| {
            let query: Vec<String> = r
                .uri
                .query()
                .map(|q| {
                    q.split('&')
                        .flat_map(|p| {
                            let name = p.trim_matches(['<', '>']);
                            match name.strip_suffix("..") {
                                Some(_) => QUERY_FIELDS.iter().map(|f| f.to_string()).collect(),
                                None => vec![name.to_string()],
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            (r.uri.path().to_string(), query)
        })
        .collect();
    let mut tried = 0;
    let mut failures: Vec<String> = Vec::new();
    for (pattern, query) in &routes {
        let b = user_for(pattern);
        for value in ODD_VALUES {
            // Odd values in the path (the municipality stays real).
            let mut path = if pattern.starts_with("/kreis/") {
                pattern.replacen("<_>", "musterkreis", 1)
            } else {
                pattern.replacen("<_>", "musterstadt", 1)
            }
            .replace("<slug>", "musterstadt");
            while let (Some(a), Some(z)) = (path.find('<'), path.find('>')) {
                path.replace_range(a..=z, if value.is_empty() { "x" } else { value });
            }
            let with_query = if query.is_empty() {
                path.clone()
            } else {
                let q: Vec<String> = query.iter().map(|n| format!("{n}={value}")).collect();
                format!("{path}?{}", q.join("&"))
            };
            let mut targets = vec![&with_query];
            if with_query != path && pattern.matches('<').count() > 1 {
                targets.push(&path);
            }
            for target in targets {
                let res = b.get(target);
                let status = res.status();
                let body = res.into_string().unwrap_or_default();
                if status.code >= 500 {
                    failures.push(format!("GET {target} gave {status}"));
                }
                if body.to_ascii_lowercase().contains(RAW) {
                    failures.push(format!("GET {target} shows markup from the address"));
                }
                tried += 1;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(tried >= 600, "{tried}");
}
