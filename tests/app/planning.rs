//! Planning: occupancy at a date, the forecast (page and JSON), "when will a place be free?",
//! with hand-computed numbers from contracts signed in the test.

use rocket::http::Status;
use serde_json::Value;

use crate::common::*;
use crate::contracts::{draft, facility_id};

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

pub fn cell<'a>(json: &'a Value, facility: &str, category: &str, month: &str) -> &'a Value {
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

/// Creates the planning area "Nord" with Kita Sonnenschein and Ev. Kindergarten Arche.
pub fn area_nord(t: &TestApp, office: &Browser) {
    let (a, b) = (
        facility_id(t, "Kita Sonnenschein"),
        facility_id(t, "Ev. Kindergarten Arche"),
    );
    let res = office.post_form(
        "/musterstadt/office/planning/areas",
        &[("name", "Nord"), ("facilities", &a), ("facilities", &b)],
    );
    assert_eq!(res.status(), Status::SeeOther);
}

#[test]
fn planning_areas_and_birth_cohorts_give_forecast_and_coverage_per_area() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    area_nord(&t, &office);
    let res = office.post_form("/musterstadt/office/planning/areas", &[("name", " ")]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    // A bad cohort file is refused row by row and nothing is stored.
    let res = office.upload(
        "/musterstadt/office/planning/cohorts",
        "jahrgaenge.csv",
        b"geburtsjahr;planungsraum;anzahl\n2024;Nord;120\n2024;West;5\n1980;Nord;x\n",
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let page = res.into_string().unwrap();
    assert!(page.contains("Planungsraum unbekannt") && page.contains("Geburtsjahr ungültig"));
    assert!(page.contains("Zeile 3") && page.contains("Zeile 4"));
    let res = office.upload(
        "/musterstadt/office/planning/cohorts",
        "jahrgaenge.csv",
        b"geburtsjahr;planungsraum;anzahl\n2024;Nord;120\n2025;nord;110\n2021;Nord;100\n",
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, setup) = office.page("/musterstadt/office/planning/setup");
    assert!(setup.contains("<td>2025</td><td>110</td>"));
    let res = office.get("/api/v1/municipalities/musterstadt/forecast?months=3");
    let json: Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    let nord = json["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Nord")
        .expect("area");
    let u3 = nord["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["category"] == "U3")
        .unwrap();
    assert!(
        u3["months"][0]["projected"].as_f64().unwrap() > 50.0,
        "{u3}"
    );
    assert_eq!(
        u3["months"][0]["capacity"], 10.0,
        "Sonnenschein's U3 places"
    );
    let (_, page) = office.page("/musterstadt/office/planning");
    assert!(page.contains("Vorschau Planungsraum Nord"));
    assert!(page.contains("Monate mit Unterdeckung") && page.contains("Bedarf übersteigt Plätze"));
}

#[test]
fn the_municipality_may_count_a_child_under_three_as_two_places() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    signed(
        &t,
        &office,
        "Kita Sonnenschein",
        "Ben",
        "2025-03-01",
        "2026-08-01",
        "",
    );
    let mut rates: Vec<(&str, &str)> =
        vec![("weighting", "u3double"), ("primary_school_years", "4")];
    for r in ["2", "40", "65", "93", "93", "93", "0", "0", "0", "0"] {
        rates.push(("rates", r));
    }
    let res = office.post_form("/musterstadt/office/planning/settings", &rates);
    assert_eq!(res.status(), Status::SeeOther);
    let res = office.get("/api/v1/municipalities/musterstadt/forecast?months=1");
    let json: Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    assert_eq!(
        cell(&json, "Kita Sonnenschein", "U3", "2026-11")["confirmed"],
        2.0
    );
    rates[1] = ("primary_school_years", "9");
    let res = office.post_form("/musterstadt/office/planning/settings", &rates);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res.into_string().unwrap().contains("4 bis 6 Jahre"));
}

#[test]
fn staffing_shows_target_from_the_land_key_actual_and_the_gap() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    // Ü3, 35 hours; Musterstadt is in NRW: 10 children per FTE at 45 hours.
    signed(
        &t,
        &office,
        "Kita Sonnenschein",
        "Ute",
        "2022-02-01",
        "2026-08-01",
        "",
    );
    let id = facility_id(&t, "Kita Sonnenschein");
    let res = office.post_form(
        &format!("/musterstadt/office/planning/staffing/{id}"),
        &[("fte", "1,5"), ("valid_from", "2026-11-01")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (s, page) = office.page("/musterstadt/office/planning/staffing");
    assert_eq!(s, Status::Ok);
    let row = page
        .split("<tr>")
        .find(|r| r.contains("Kita Sonnenschein"))
        .unwrap();
    // 35 / 45 / 10 = 0.0778 → 0.08; gap 1.5 − 0.0778 = 1.42
    assert!(
        row.contains("<td>0.08</td>") && row.contains("<td>1.5</td>") && row.contains("1.42"),
        "{row}"
    );
    assert!(page.contains("KiBiz NRW"), "the source is shown");
    // The municipality's own key: 5 children per FTE at 35 hours → 35 / 35 / 5 = 0.2.
    let res = office.post_form(
        "/musterstadt/office/planning/staffing-keys",
        &[
            ("category", "UE3"),
            ("children_per_fte", "5"),
            ("reference_hours", "35"),
            ("weight", "1"),
            ("source", "Ratsbeschluss vom 1. Dezember"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = office.page("/musterstadt/office/planning/staffing");
    let row = page
        .split("<tr>")
        .find(|r| r.contains("Kita Sonnenschein"))
        .unwrap();
    assert!(row.contains("<td>0.2</td>"), "{row}");
    assert!(
        page.contains("Ratsbeschluss vom 1. Dezember") && page.contains("Festlegung der Gemeinde")
    );
    // Before the FTE was entered: no actual value.
    let (_, page) = office.page("/musterstadt/office/planning/staffing?date=2026-10-01");
    let row = page
        .split("<tr>")
        .find(|r| r.contains("Kita Sonnenschein"))
        .unwrap();
    assert!(row.contains("<td>–</td>"));
    let bad = office.post_form(
        &format!("/musterstadt/office/planning/staffing/{id}"),
        &[("fte", "viel"), ("valid_from", "2026-11-01")],
    );
    assert_eq!(bad.status(), Status::SeeOther);
}
