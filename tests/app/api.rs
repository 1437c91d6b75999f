//! The JSON API's tokens: issued by an admin (shown once), scoped to the municipality and role,
//! revocable, last use shown; JSON errors; rate limit per token.

use rocket::http::{Header, Status};
use serde_json::Value;

use crate::common::*;

const ADMIN: &str = "admin.musterstadt@example.org";

/// Issues a token as the Musterstadt admin; returns it.
pub fn issue_token(t: &TestApp, name: &str, role: &str) -> String {
    let admin = t.login(ADMIN);
    let res = admin.post_form(
        "/musterstadt/admin/api-tokens",
        &[("name", name), ("role", role)],
    );
    assert_eq!(res.status(), Status::Ok);
    let page = res.into_string().unwrap();
    let i = page.find("<code id=\"new-token\">").expect("token shown") + 21;
    page[i..i + 67].to_string()
}

fn get_json(b: &Browser, path: &str, token: &str) -> (Status, Value, Option<String>) {
    let res = b
        .client
        .get(path.to_string())
        .header(Header::new("Authorization", format!("Bearer {token}")))
        .dispatch();
    let status = res.status();
    let retry = res.headers().get_one("Retry-After").map(String::from);
    let body = res.into_string().unwrap_or_default();
    (
        status,
        serde_json::from_str(&body).unwrap_or(Value::Null),
        retry,
    )
}

#[test]
fn a_token_reads_its_own_municipality_only_until_it_is_revoked() {
    let t = TestApp::demo();
    let token = issue_token(&t, "Kita-Software Träger", "youth_office");
    assert!(token.starts_with("kp_"));
    let b = t.client();
    let (s, json, _) = get_json(&b, "/api/v1/token", &token);
    assert_eq!(s, Status::Ok);
    assert_eq!(json["role"], "youth_office");
    assert_eq!(json["write"], false);
    let (s, json, _) = get_json(
        &b,
        "/api/v1/municipalities/musterstadt/forecast?months=2",
        &token,
    );
    assert_eq!(s, Status::Ok);
    assert_eq!(json["months"], 2);
    // Another municipality: not found, no data.
    let (s, json, _) = get_json(&b, "/api/v1/municipalities/beispieldorf/forecast", &token);
    assert_eq!(s, Status::NotFound);
    assert_eq!(json["error"]["code"], "not_found");
    assert!(!json.to_string().contains("Dorfspatzen"));
    // The list shows the last use, never the token.
    let admin = t.login(ADMIN);
    let (_, page) = admin.page("/musterstadt/admin/api-tokens");
    assert!(page.contains("Kita-Software Träger") && !page.contains(&token));
    assert!(!page.contains(">nie<"), "used");
    let mark = "/musterstadt/admin/api-tokens/";
    let i = page.find(mark).unwrap() + mark.len();
    let id = page[i..i + 36].to_string();
    // Another municipality's admin cannot revoke it.
    let other = t.login("admin.beispieldorf@example.org");
    let res = other.post_form(&format!("/beispieldorf/admin/api-tokens/{id}/revoke"), &[]);
    assert_eq!(res.status(), Status::NotFound);
    let res = admin.post_form(&format!("{mark}{id}/revoke"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    let (s, json, _) = get_json(&b, "/api/v1/token", &token);
    assert_eq!(s, Status::Unauthorized);
    assert_eq!(json["error"]["code"], "invalid_token");
    let (s, _, _) = get_json(&b, "/api/v1/token", "kp_guessed");
    assert_eq!(s, Status::Unauthorized);
    // Parents and staff without the admin role cannot issue tokens.
    let office = t.login("jugendamt.musterstadt@example.org");
    let res = office.post_form(
        "/musterstadt/admin/api-tokens",
        &[("name", "x"), ("role", "youth_office")],
    );
    assert_eq!(res.status(), Status::Forbidden);
    let res = admin.post_form(
        "/musterstadt/admin/api-tokens",
        &[("name", "x"), ("role", "operator")],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
}

#[test]
fn each_token_is_rate_limited_with_retry_after_and_errors_are_json() {
    let t = TestApp::demo();
    let token = issue_token(&t, "Dauerabfrage", "youth_office");
    let other = issue_token(&t, "Andere Software", "municipality_admin");
    let b = t.client();
    let limit = kitaplatz::web::throttle::API_PER_MINUTE;
    for _ in 0..limit {
        assert_eq!(get_json(&b, "/api/v1/token", &token).0, Status::Ok);
    }
    let (s, json, retry) = get_json(&b, "/api/v1/token", &token);
    assert_eq!(s, Status::TooManyRequests);
    assert_eq!(json["error"]["code"], "rate_limited");
    let secs: u64 = retry.expect("Retry-After").parse().unwrap();
    assert!((1..=60).contains(&secs));
    // Another token is not affected.
    assert_eq!(get_json(&b, "/api/v1/token", &other).0, Status::Ok);
    // Unknown routes and missing credentials answer in JSON.
    let (s, json, _) = get_json(&b, "/api/v1/nothing-here", &other);
    assert_eq!(s, Status::NotFound);
    assert_eq!(json["error"]["code"], "not_found");
    let res = b.client.get("/api/v1/token").dispatch();
    assert_eq!(res.status(), Status::Unauthorized);
    let json: Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    assert_eq!(json["error"]["code"], "unauthenticated");
}

#[test]
fn the_openapi_document_is_generated_and_lists_every_api_route() {
    let t = TestApp::demo();
    let b = t.client();
    let res = b.get("/api/v1/openapi.json");
    assert_eq!(res.status(), Status::Ok);
    let doc: Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(doc["info"]["title"], "kitaplatz API");
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    let routes: Vec<(String, String)> = b
        .client
        .rocket()
        .routes()
        .filter(|r| r.uri.path().starts_with("/api/v1/"))
        .map(|r| {
            let path = r.uri.path().to_string().replace('<', "{").replace('>', "}");
            (r.method.as_str().to_lowercase(), path)
        })
        .collect();
    assert!(routes.len() >= 4, "{routes:?}");
    for (method, path) in &routes {
        let op = &doc["paths"][path][method];
        assert!(
            op.is_object(),
            "{method} {path} is not in the OpenAPI document"
        );
        assert!(
            op["responses"].as_object().is_some_and(|r| !r.is_empty()),
            "{method} {path} documents no responses"
        );
        // Every path parameter is declared.
        for name in path.split('{').skip(1).filter_map(|p| p.split('}').next()) {
            let declared = op["parameters"]
                .as_array()
                .is_some_and(|ps| ps.iter().any(|p| p["name"] == name && p["in"] == "path"));
            assert!(declared, "{path}: parameter {name}");
        }
    }
    // Nothing documented that does not exist.
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for method in ops.as_object().unwrap().keys() {
            assert!(
                routes.iter().any(|(m, p)| m == method && p == path),
                "documented but not routed: {method} {path}"
            );
        }
    }
}
