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

pub fn get_json(b: &Browser, path: &str, token: &str) -> (Status, Value, Option<String>) {
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
    // The bucket holds a minute's worth and refills evenly (one every half second), so count
    // the successes until the first refusal rather than expecting it at an exact request.
    let limit = kitaplatz::web::throttle::API_PER_MINUTE as usize;
    let mut ok = 0;
    let refused = loop {
        let (s, json, retry) = get_json(&b, "/api/v1/token", &token);
        if s != Status::Ok {
            break (s, json, retry);
        }
        ok += 1;
        assert!(ok < 10 * limit, "never limited");
    };
    assert!(ok >= limit, "only {ok} requests before the limit");
    let (s, json, retry) = refused;
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
        // Every success answer has a schema (except the document itself).
        if !path.ends_with("openapi.json") {
            for (code, response) in op["responses"].as_object().unwrap() {
                if code.starts_with('2') {
                    assert!(
                        response["content"]["application/json"]["schema"].is_object(),
                        "{method} {path}: {code} has no schema"
                    );
                }
            }
        }
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

pub fn send(b: &Browser, method: &str, path: &str, token: &str, body: &str) -> (Status, Value) {
    let req = match method {
        "PUT" => b.client.put(path.to_string()),
        _ => b.client.post(path.to_string()),
    };
    let res = req
        .header(Header::new("Authorization", format!("Bearer {token}")))
        .header(rocket::http::ContentType::JSON)
        .body(body)
        .dispatch();
    let status = res.status();
    let text = res.into_string().unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn facility_json(t: &TestApp, name: &str, start: &str, end: &str, hours: u32) -> String {
    let facility = crate::contracts::facility_id(t, name);
    serde_json::json!({
        "facility_id": facility,
        "child": { "first_names": "Api", "last_name": "Kind", "birth_date": "2023-04-01",
                   "street": "Ring", "house_number": "2", "postal_code": "12345", "city": "Musterstadt" },
        "guardian": { "first_names": "Eva", "last_name": "Kind" },
        "start_date": start,
        "end_date": if end.is_empty() { Value::Null } else { Value::String(end.into()) },
        "weekly_hours": hours,
    })
    .to_string()
}

#[test]
fn facility_software_keeps_contracts_in_sync_by_external_id() {
    let t = TestApp::demo();
    let admin = t.login(ADMIN);
    let res = admin.post_form(
        "/musterstadt/admin/api-tokens",
        &[
            ("name", "adebis"),
            ("role", "youth_office"),
            ("write", "yes"),
        ],
    );
    let page = res.into_string().unwrap();
    let i = page.find("<code id=\"new-token\">").unwrap() + 21;
    let token = page[i..i + 67].to_string();
    let read_only = issue_token(&t, "Nur lesen", "youth_office");
    let b = t.client();
    let path = "/api/v1/municipalities/musterstadt/contracts/K-4711";
    let body = facility_json(&t, "Kita Sonnenschein", "2026-08-01", "", 35);
    let (s, json) = send(&b, "PUT", path, &token, &body);
    assert_eq!(s, Status::Created, "{json}");
    assert_eq!(json["status"], "signed");
    assert_eq!(json["external_id"], "K-4711");
    // The same again changes nothing; new hours and an end date are new versions.
    assert_eq!(send(&b, "PUT", path, &token, &body).0, Status::Ok);
    let changed = facility_json(&t, "Kita Sonnenschein", "2026-08-01", "2028-07-31", 45);
    let (s, json) = send(&b, "PUT", path, &token, &changed);
    assert_eq!(s, Status::Ok);
    assert_eq!(json["weekly_hours"], 45);
    assert_eq!(json["end_date"], "2028-07-31");
    // Moving to another facility is a new contract, not a change.
    let moved = facility_json(&t, "Ev. Kindergarten Arche", "2026-08-01", "", 35);
    let (s, json) = send(&b, "PUT", path, &token, &moved);
    assert_eq!(s, Status::Conflict);
    assert_eq!(json["error"]["code"], "immutable");
    // A second contract for the same child over the same time: refused by the database.
    let (s, json) = send(
        &b,
        "PUT",
        "/api/v1/municipalities/musterstadt/contracts/K-4712",
        &token,
        &moved,
    );
    assert_eq!(s, Status::Conflict);
    assert_eq!(json["error"]["code"], "contract_overlap");
    // Read-only tokens, other municipalities, bad input.
    assert_eq!(
        send(&b, "PUT", path, &read_only, &body).0,
        Status::Forbidden
    );
    let (s, _) = send(
        &b,
        "PUT",
        "/api/v1/municipalities/beispieldorf/contracts/K-1",
        &token,
        &body,
    );
    assert_eq!(s, Status::NotFound);
    let (s, json) = send(&b, "PUT", path, &token, "{not json");
    assert!(
        s == Status::BadRequest || s == Status::UnprocessableEntity,
        "{s}"
    );
    assert!(json["error"]["code"].is_string());
    let unknown = body.replacen("\"weekly_hours\"", "\"colour\":\"red\",\"weekly_hours\"", 1);
    let (s, json) = send(&b, "PUT", path, &token, &unknown);
    assert_eq!(s, Status::UnprocessableEntity);
    assert!(json["error"]["code"].is_string());
    let wrong_type = body.replace("\"weekly_hours\":35", "\"weekly_hours\":\"viel\"");
    assert_eq!(
        send(&b, "PUT", path, &token, &wrong_type).0,
        Status::UnprocessableEntity
    );
    let bad_hours = facility_json(&t, "Kita Sonnenschein", "2026-08-01", "", 99);
    let (s, json) = send(&b, "PUT", path, &token, &bad_hours);
    assert_eq!(s, Status::UnprocessableEntity);
    assert!(json["error"]["message"]
        .as_str()
        .unwrap()
        .contains("weekly_hours"));
    let huge = format!("{{\"x\":\"{}\"}}", "a".repeat(2 * 1024 * 1024));
    let (s, json) = send(&b, "PUT", path, &token, &huge);
    assert_eq!(s, Status::PayloadTooLarge);
    assert_eq!(json["error"]["code"], "payload_too_large");
    // Reading: the contract list and the occupancy on a day.
    let (s, json, _) = get_json(
        &b,
        "/api/v1/municipalities/musterstadt/contracts",
        &read_only,
    );
    assert_eq!(s, Status::Ok);
    assert!(json["contracts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["external_id"] == "K-4711" && c["child"]["last_name"] == "Kind"));
    let (s, json, _) = get_json(
        &b,
        "/api/v1/municipalities/musterstadt/occupancy?date=2026-12-01",
        &read_only,
    );
    assert_eq!(s, Status::Ok);
    let sonnenschein = json["facilities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "Kita Sonnenschein")
        .unwrap();
    // Born 1 April 2023: Ü3 since its 3rd birthday.
    let ue3 = sonnenschein["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "UE3")
        .unwrap();
    assert_eq!(ue3["confirmed"], 1.0);
    assert_eq!(ue3["free"], 39.0);
}

/// Issues a read/write token of `role` as the Musterstadt admin.
pub fn issue_write_token(t: &TestApp, name: &str, role: &str) -> String {
    let admin = t.login(ADMIN);
    let res = admin.post_form(
        "/musterstadt/admin/api-tokens",
        &[("name", name), ("role", role), ("write", "yes")],
    );
    let page = res.into_string().unwrap();
    let i = page.find("<code id=\"new-token\">").unwrap() + 21;
    page[i..i + 67].to_string()
}

/// A needs report for the API: child `first` "Schnittstelle", living in `city`, born
/// 10 May 2024, from January 2027.
pub fn needs_report_json(first: &str, city: &str) -> String {
    serde_json::json!({
        "kind": "needs",
        "child": { "first_names": first, "last_name": "Schnittstelle", "birth_date": "2024-05-10",
                   "street": "Dorfstraße", "house_number": "1", "postal_code": "12346", "city": city },
        "guardian": { "first_names": "Maria", "last_name": "Schnittstelle" },
        "start_date": "2027-01-01",
        "weekly_hours": 35,
    })
    .to_string()
}

#[test]
fn staff_integrations_read_and_create_applications() {
    let t = TestApp::demo();
    let token = issue_write_token(&t, "Bürgerportal", "youth_office");
    let read_only = issue_token(&t, "Statistik", "youth_office");
    let admin_token = issue_write_token(&t, "Verwaltung", "municipality_admin");
    let b = t.client();
    let wish = crate::contracts::facility_id(&t, "Kita Sonnenschein");
    let body = serde_json::json!({
        "kind": "request",
        "child": { "first_names": "Aylin", "last_name": "Schnittstelle", "birth_date": "2024-05-10",
                   "street": "Lindenweg", "house_number": "4", "postal_code": "12345", "city": "Musterstadt" },
        "guardian": { "first_names": "Deniz", "last_name": "Schnittstelle" },
        "start_date": "2027-08-01",
        "weekly_hours": 35,
        "wishes": [wish],
    })
    .to_string();
    let path = "/api/v1/municipalities/musterstadt/applications";
    let audited = t.audit_count();
    let (s, json) = send(&b, "POST", path, &token, &body);
    assert_eq!(s, Status::Created, "{json}");
    assert_eq!(json["application"]["origin"], "api");
    assert_eq!(json["application"]["child"]["last_name"], "Schnittstelle");
    assert_eq!(json["application"]["category"], "UE3");
    assert_eq!(json["application"]["wishes"][0], wish.as_str());
    let code = json["activation_code"].as_str().unwrap();
    assert_eq!(code.len(), 11);
    let id = json["application"]["id"].as_str().unwrap().to_string();
    // The office sees it like any other application, and it was audited.
    let office = t.login("jugendamt.musterstadt@example.org");
    let (_, page) = office.page(&format!("/musterstadt/office/applications/{id}"));
    assert!(page.contains("Schnittstelle"));
    assert!(t.audit_count() > audited);
    let (_, audit) = t.login(ADMIN).page("/musterstadt/admin/audit");
    assert!(
        audit.contains("API-Zugang „Bürgerportal“"),
        "the token is the actor"
    );
    // Read: the list with filters and paging, one application.
    let (s, json, _) = get_json(&b, &format!("{path}?kind=request&per_page=1"), &read_only);
    assert_eq!(s, Status::Ok, "{json}");
    assert_eq!(json["per_page"], 1);
    assert!(json["total"].as_i64().unwrap() >= 1);
    assert_eq!(json["items"].as_array().unwrap().len(), 1);
    let (s, json, _) = get_json(&b, &format!("{path}/{id}"), &read_only);
    assert_eq!(s, Status::Ok);
    assert_eq!(json["status"], "submitted");
    let (s, json, _) = get_json(&b, &format!("{path}?status=unknown"), &read_only);
    assert_eq!(s, Status::UnprocessableEntity);
    assert!(json["error"]["message"]
        .as_str()
        .unwrap()
        .contains("status"));
    assert_eq!(
        get_json(&b, &format!("{path}?per_page=1000"), &read_only).0,
        Status::UnprocessableEntity
    );
    // Invalid values name the fields; a read-only token may not write.
    let bad = body
        .replace("2027-08-01", "2020-01-01")
        .replace(&wish, "no-such-facility");
    let (s, json) = send(&b, "POST", path, &token, &bad);
    assert_eq!(s, Status::UnprocessableEntity, "{json}");
    let message = json["error"]["message"].as_str().unwrap();
    assert!(message.contains("start_date"), "{message}");
    assert_eq!(
        send(&b, "POST", path, &read_only, &body).0,
        Status::Forbidden
    );
    let unknown = body.replacen("\"kind\"", "\"colour\":\"red\",\"kind\"", 1);
    assert_eq!(
        send(&b, "POST", path, &token, &unknown).0,
        Status::UnprocessableEntity
    );
    // Personal data: not for the admin role, not for another municipality.
    assert_eq!(get_json(&b, path, &admin_token).0, Status::NotFound);
    assert_eq!(
        send(&b, "POST", path, &admin_token, &body).0,
        Status::NotFound
    );
    let (s, json, _) = get_json(
        &b,
        "/api/v1/municipalities/beispieldorf/applications",
        &token,
    );
    assert_eq!(s, Status::NotFound);
    assert!(!json.to_string().contains("Schnittstelle"));
    let (s, _) = send(
        &b,
        "POST",
        "/api/v1/municipalities/beispieldorf/applications",
        &token,
        &body,
    );
    assert_eq!(s, Status::NotFound);
}
