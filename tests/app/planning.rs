//! Planning: occupancy at a date, the forecast (page and JSON), "when will a place be free?",
//! with hand-computed numbers from contracts signed in the test.

use rocket::http::Status;
use serde_json::Value;

use crate::common::*;
use crate::contracts::draft;

const OFFICE: &str = "jugendamt.musterstadt@example.org";

fn signed(
    t: &TestApp,
    b: &Browser,
    facility: &str,
    first: &str,
    birth: &str,
    start: &str,
    end: &str,
) {
    let id = draft(t, b, facility, first, start, end);
    // The helper uses one birth date; give this child its own.
    use diesel::prelude::*;
    use kitaplatz::db::schema::{children, contracts};
    let mut c = t.app.db.get().unwrap();
    let child: String = contracts::table
        .find(&id)
        .select(contracts::child_id)
        .first(&mut c)
        .unwrap();
    diesel::update(children::table.find(child))
        .set(children::birth_date.eq(chrono::NaiveDate::parse_from_str(birth, "%Y-%m-%d").unwrap()))
        .execute(&mut c)
        .unwrap();
    let res = b.post_form(&format!("/musterstadt/office/contracts/{id}/sign"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
}

fn cell<'a>(json: &'a Value, facility: &str, category: &str, month: &str) -> &'a Value {
    let f = json["facilities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == facility)
        .expect("facility");
    let s = f["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["category"] == category)
        .expect("category");
    s["months"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["month"] == month)
        .expect("month")
}

#[test]
fn occupancy_and_forecast_count_children_in_the_category_of_their_age() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    // Turns 3 on 15 Jan 2027: U3 until then, Ü3 from February's first day on.
    signed(
        &t,
        &office,
        "Kita Sonnenschein",
        "Jan",
        "2024-01-15",
        "2026-08-01",
        "",
    );
    // Ü3, contract ends mid-March 2027.
    signed(
        &t,
        &office,
        "Kita Sonnenschein",
        "Ella",
        "2022-06-01",
        "2026-09-01",
        "2027-03-15",
    );
    let res = office.get("/api/v1/municipalities/musterstadt/forecast?months=6");
    assert_eq!(res.status(), Status::Ok);
    let json: Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    assert_eq!(json["from"], "2026-11");
    let dec_u3 = cell(&json, "Kita Sonnenschein", "U3", "2026-12");
    assert_eq!(dec_u3["confirmed"], 1.0);
    assert_eq!(dec_u3["capacity"], 10.0);
    assert_eq!(dec_u3["free"], 9.0);
    assert_eq!(
        cell(&json, "Kita Sonnenschein", "U3", "2027-01")["switching_out"],
        1
    );
    assert_eq!(
        cell(&json, "Kita Sonnenschein", "U3", "2027-02")["confirmed"],
        0.0
    );
    assert_eq!(
        cell(&json, "Kita Sonnenschein", "UE3", "2027-02")["confirmed"],
        2.0
    );
    assert_eq!(
        cell(&json, "Kita Sonnenschein", "UE3", "2027-03")["contracts_ending"],
        1
    );
    assert_eq!(
        cell(&json, "Kita Sonnenschein", "UE3", "2027-04")["confirmed"],
        1.0
    );

    // The page: occupancy on a chosen day, chart with table, the phone answer.
    let (s, page) = office.page("/musterstadt/office/planning?date=2027-01-20");
    assert_eq!(s, Status::Ok);
    assert!(page.contains("Belegung am 20.01.2027"));
    assert!(page.contains("<svg") && page.contains("role=\"img\""));
    assert!(page.contains("Monatswerte"));
    let (_, page) = office.page("/musterstadt/office/planning?birth=2024-03-01");
    assert!(page.contains("Erster Monat mit freiem Platz"));
    assert!(
        page.contains("11/2026"),
        "a free place this month somewhere"
    );
    let (_, page) = office.page("/musterstadt/office/planning");
    let link = "/musterstadt/office/planning/facilities/";
    let i = page.find(link).unwrap() + link.len();
    let id = &page[i..i + 36];
    let (s, facility) = office.page(&format!("{link}{id}"));
    assert_eq!(s, Status::Ok);
    assert!(facility.contains("Belegungsvorschau") && facility.contains("<svg"));
}

#[test]
fn the_forecast_api_is_for_the_municipality_s_own_staff_only() {
    let t = TestApp::demo();
    let anonymous = t.client();
    let res = anonymous.get("/api/v1/municipalities/musterstadt/forecast");
    assert_eq!(res.status(), Status::Unauthorized);
    let body: Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    assert_eq!(body["error"]["code"], "unauthenticated");
    let parent = t.login("eltern.musterstadt@example.org");
    let res = parent.get("/api/v1/municipalities/musterstadt/forecast");
    assert_eq!(res.status(), Status::NotFound);
    assert!(!res.into_string().unwrap().contains("Sonnenschein"));
    let other = t.login("jugendamt.beispieldorf@example.org");
    assert_eq!(
        other
            .get("/api/v1/municipalities/musterstadt/forecast")
            .status(),
        Status::NotFound
    );
    let office = t.login(OFFICE);
    let res = office.get("/api/v1/municipalities/musterstadt/forecast?months=abc");
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let res = office.get("/api/v1/municipalities/musterstadt/forecast");
    let json: Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    assert_eq!(json["months"], 24);
    assert_eq!(json["series"][0]["months"].as_array().unwrap().len(), 24);
    let lead = t.login("kita-leitung.musterstadt@example.org");
    assert_eq!(
        lead.get("/musterstadt/office/planning").status(),
        Status::Forbidden
    );
}
