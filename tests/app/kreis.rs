//! The district view: anonymised counts across municipalities with small-cell suppression, and
//! no name or birth date of any child on a district page or in a district export.

use diesel::prelude::*;
use rocket::http::Status;
use serde_json::Value;

use kitaplatz::db::schema::children;

use crate::common::*;

const KREIS: &str = "kreis@example.org";

/// Every table of the district statistics.
const TABLES: [&str; 9] = [
    "categories",
    "outcomes",
    "needs",
    "months",
    "wishes",
    "flows",
    "places",
    "forecast",
    "coverage",
];

/// The tables of counts of children (suppressed).
const COUNTED: [&str; 6] = [
    "categories",
    "outcomes",
    "needs",
    "months",
    "wishes",
    "flows",
];

/// Does `text` contain `word` as a whole word (not inside a longer word)?
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn district_statistics_show_suppressed_counts_and_never_a_person() {
    let t = TestApp::demo();
    // Some applications in Musterstadt: three families.
    let office = t.login("jugendamt.musterstadt@example.org");
    let wald = crate::allocation::kita(&office, "Waldkita", "5");
    for name in ["Anna", "Bruno", "Carla"] {
        let parent = crate::allocation::family(&t, &format!("{}@example.org", name.to_lowercase()));
        crate::allocation::apply(&t, &parent, name, &[&wald], &[]);
    }
    // A published round: three offers, each at the first wish.
    let round = crate::allocation::create_round(&office, "Kreis");
    let run = crate::allocation::what_if(&office, &round);
    crate::allocation::publish(&office, &run);
    let kreis = t.login(KREIS);
    let (s, home) = kreis.page("/kreis/musterkreis");
    assert_eq!(s, Status::Ok);
    assert!(home.contains("/kreis/musterkreis/statistics"));
    assert!(home.contains("/kreis/musterkreis/exports/kjh/csv"));
    let (s, page) = kreis.page("/kreis/musterkreis/statistics");
    assert_eq!(s, Status::Ok);
    assert!(page.contains("Musterstadt") && page.contains("<svg"));
    // Three Ü3 applications in Musterstadt are released; nothing below 3 is.
    let row = page
        .split("<tr>")
        .find(|r| r.contains("<th scope=\"row\">Musterstadt</th>"))
        .expect("Musterstadt row");
    assert!(row.contains("<td>3</td>"), "{row}");
    assert!(!row.contains("<td>1</td>") && !row.contains("<td>2</td>"));
    let wishes = page.split("id=\"t-wishes\"").nth(1).expect("wishes table");
    let row = wishes
        .split("<tr>")
        .find(|r| r.contains("<th scope=\"row\">Musterstadt</th>"))
        .unwrap();
    assert!(
        row.starts_with("<th scope=\"row\">Musterstadt</th><td>3</td>"),
        "{row}"
    );
    let mut texts = vec![home, page];
    for table in TABLES {
        let res = kreis.get(&format!("/kreis/musterkreis/statistics/{table}/csv"));
        assert_eq!(res.status(), Status::Ok, "{table}");
        texts.push(res.into_string().unwrap());
        let res = kreis.get(&format!("/kreis/musterkreis/statistics/{table}/xlsx"));
        assert_eq!(res.status(), Status::Ok);
        let bytes = res.into_bytes().unwrap();
        let sheet = kitaplatz_export::read_table("x.xlsx", &bytes).unwrap();
        let mut cells = sheet.headers.join(" ");
        for r in sheet.rows {
            cells.push(' ');
            cells.push_str(&r.join(" "));
        }
        if COUNTED.contains(&table) {
            for c in cells.split_whitespace() {
                assert!(
                    c.parse::<u64>().map_or(true, |n| n == 0 || n >= 3),
                    "small count {c} in {table}.xlsx"
                );
            }
        }
        texts.push(cells);
    }
    let res = kreis.get("/api/v1/districts/musterkreis/statistics");
    assert_eq!(res.status(), Status::Ok);
    texts.push(res.into_string().unwrap());
    // No child of the seed or the test appears by name or birth date.
    let mut c = t.app.db.get().unwrap();
    let kids: Vec<(String, String, chrono::NaiveDate)> = children::table
        .select((
            children::first_names,
            children::last_name,
            children::birth_date,
        ))
        .load(&mut c)
        .unwrap();
    assert!(kids.len() >= 13);
    for text in &texts {
        for (first, last, birth) in &kids {
            assert!(!has_word(text, first), "first name {first}");
            assert!(!has_word(text, last), "last name {last}");
            assert!(!text.contains(&birth.format("%d.%m.%Y").to_string()));
            assert!(!text.contains(&birth.format("%Y-%m-%d").to_string()));
        }
    }
    // Unknown tables and formats are not found; parents and offices get nothing.
    assert_eq!(
        kreis
            .get("/kreis/musterkreis/statistics/names/csv")
            .status(),
        Status::NotFound
    );
    assert_eq!(
        kreis
            .get("/kreis/musterkreis/statistics/outcomes/pdf")
            .status(),
        Status::NotFound
    );
    for who in [
        "eltern.musterstadt@example.org",
        "jugendamt.musterstadt@example.org",
    ] {
        let b = t.login(who);
        assert_eq!(
            b.get("/kreis/musterkreis/statistics").status(),
            Status::Forbidden,
            "{who}"
        );
    }
}

/// The district statistics as JSON (district official's session).
fn stats(b: &Browser, query: &str) -> (Status, Value) {
    let res = b.get(&format!("/api/v1/districts/musterkreis/statistics{query}"));
    let status = res.status();
    (
        status,
        serde_json::from_str(&res.into_string().unwrap_or_default()).unwrap_or(Value::Null),
    )
}

/// The table `key` of a statistics answer.
fn table<'a>(json: &'a Value, key: &str) -> &'a Value {
    json["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == key)
        .unwrap_or_else(|| panic!("table {key}"))
}

/// The cell (row label, column label) of a table.
fn cell<'a>(table: &'a Value, row: &str, column: &str) -> &'a Value {
    let r = table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .position(|r| r == row);
    let c = table["columns"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c == column);
    &table["cells"][r.unwrap_or_else(|| panic!("row {row}"))]
        [c.unwrap_or_else(|| panic!("column {column}"))]
}

#[test]
fn district_figures_show_unserved_demand_flows_places_and_follow_the_filter() {
    let t = TestApp::demo();
    let token = crate::api::issue_write_token(&t, "Bürgerbüro", "youth_office");
    let b = t.client();
    // Four children living in Beispieldorf report a need in Musterstadt; their entitlement
    // and desired start have come: unserved demand.
    let mut ids = Vec::new();
    for first in ["Ida", "Ole", "Pia", "Tom"] {
        let body = crate::api::needs_report_json(first, " beispieldorf ");
        let (s, json) = crate::api::send(
            &b,
            "POST",
            "/api/v1/municipalities/musterstadt/applications",
            &token,
            &body,
        );
        assert_eq!(s, Status::Created, "{json}");
        ids.push(json["application"]["id"].as_str().unwrap().to_string());
    }
    // One child from Neustadt am See: a count below the threshold.
    let (s, json) = crate::api::send(
        &b,
        "POST",
        "/api/v1/municipalities/musterstadt/applications",
        &token,
        &crate::api::needs_report_json("Lea", "Neustadt am See"),
    );
    assert_eq!(s, Status::Created, "{json}");
    ids.push(json["application"]["id"].as_str().unwrap().to_string());
    {
        use kitaplatz::db::schema::applications;
        let mut c = t.app.db.get().unwrap();
        diesel::update(applications::table.filter(applications::id.eq_any(&ids)))
            .set(applications::start_date.eq(chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap()))
            .execute(&mut c)
            .unwrap();
    }
    let kreis = t.login(KREIS);
    let (s, json) = stats(&kreis, "");
    assert_eq!(s, Status::Ok, "{json}");
    let needs = table(&json, "needs");
    assert!(
        cell(needs, "Musterstadt", "overdue").as_u64().unwrap() >= 4,
        "{needs}"
    );
    let flows = table(&json, "flows");
    // Five children applied from elsewhere: four from Beispieldorf, one from Neustadt am See.
    // The one is shown as "< 3"; the four are withheld with it (else 5 − 4 = 1).
    assert_eq!(flows["column_totals"][1], 5, "{flows}");
    assert_eq!(
        cell(flows, "Neustadt am See", "Musterstadt"),
        "<3",
        "{flows}"
    );
    assert!(
        cell(flows, "Beispieldorf", "Musterstadt").is_null(),
        "{flows}"
    );
    assert_eq!(cell(flows, "Musterstadt", "Musterstadt"), 0);
    assert_eq!(flows["rows"].as_array().unwrap().last().unwrap(), "outside");
    // Places: the demo's licences and children under contract; coverage without cohorts is
    // unknown; the forecast runs 24 months ahead.
    let places = table(&json, "places");
    assert!(cell(places, "Musterstadt", "capacity").as_f64().unwrap() > 0.0);
    assert!(cell(places, "Musterstadt", "confirmed").as_f64().unwrap() >= 10.0);
    assert!(cell(table(&json, "coverage"), "Musterstadt", "u3_ratio").is_null());
    assert!(
        cell(table(&json, "coverage"), "Musterstadt", "u3_places")
            .as_f64()
            .unwrap()
            > 0.0
    );
    assert_eq!(
        table(&json, "forecast")["columns"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
    // The district as a whole: the sum of its municipalities.
    let rows = places["rows"].as_array().unwrap();
    assert_eq!(rows.last().unwrap(), "total");
    let sum: f64 = (0..rows.len() - 1)
        .map(|r| places["cells"][r][0].as_f64().unwrap())
        .sum();
    assert_eq!(cell(places, "total", "capacity").as_f64().unwrap(), sum);
    // Small counts are never released in any table of counts.
    for t in json["tables"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["counts"] == true)
    {
        for n in t["cells"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r.as_array().unwrap())
        {
            assert!(
                n.is_null() || n == "<3" || n.as_u64().is_some_and(|n| n == 0 || n >= 3),
                "{t}"
            );
        }
    }
    // Filters: one municipality, a category, a period.
    let (_, only) = stats(&kreis, "?municipality=beispieldorf");
    assert_eq!(
        table(&only, "needs")["rows"],
        serde_json::json!(["Beispieldorf"])
    );
    assert_eq!(
        table(&only, "flows")["columns"],
        serde_json::json!(["Beispieldorf"])
    );
    let (_, hort) = stats(&kreis, "?category=HORT");
    assert_eq!(cell(table(&hort, "needs"), "Musterstadt", "overdue"), 0);
    let (_, later) = stats(&kreis, "?from=2030-01&to=2030-03");
    let months = table(&later, "months");
    assert_eq!(
        months["rows"],
        serde_json::json!(["2030-01", "2030-02", "2030-03"])
    );
    assert_eq!(months["total"], 0);
    assert_eq!(table(&later, "categories")["total"], 0);
    let (s, err) = stats(&kreis, "?from=2026-13");
    assert_eq!(s, Status::UnprocessableEntity);
    assert!(err["error"]["message"].as_str().unwrap().contains("from"));
    // The page: the same filter as a form, errors bound to the field.
    let (s, page) =
        kreis.page("/kreis/musterkreis/statistics?municipality=musterstadt&category=U3");
    assert_eq!(s, Status::Ok);
    assert!(page.contains("id=\"t-flows\"") && page.contains("außerhalb des Landkreises"));
    assert!(
        page.contains("<td>&lt; 3</td>"),
        "small counts shown as < 3"
    );
    assert!(
        page.contains("statistics/flows/csv?category=U3&amp;municipality=musterstadt"),
        "filter kept in the download links"
    );
    let (s, page) = kreis.page("/kreis/musterkreis/statistics?to=2020-01&from=2021-01");
    assert_eq!(s, Status::UnprocessableEntity);
    assert!(page.contains("aria-invalid=\"true\""));
    let (s, _) = kreis.page("/kreis/musterkreis/statistics?municipality=atlantis");
    assert_eq!(s, Status::UnprocessableEntity);
    let res = kreis.get("/kreis/musterkreis/statistics/flows/csv?municipality=musterstadt");
    assert_eq!(res.status(), Status::Ok);
    let csv = res.into_string().unwrap();
    assert!(
        csv.contains("Beispieldorf") && csv.contains("außerhalb des Landkreises"),
        "{csv}"
    );
    assert!(!csv.contains("Schnittstelle"));
    // Municipalities read their own part through the API; tokens never read the district.
    let (s, own, _) =
        crate::api::get_json(&b, "/api/v1/municipalities/musterstadt/statistics", &token);
    assert_eq!(s, Status::Ok);
    assert_eq!(
        table(&own, "needs")["rows"],
        serde_json::json!(["Musterstadt"])
    );
    let (s, _, _) = crate::api::get_json(&b, "/api/v1/districts/musterkreis/statistics", &token);
    assert_eq!(s, Status::NotFound);
    let (s, _, _) =
        crate::api::get_json(&b, "/api/v1/municipalities/beispieldorf/statistics", &token);
    assert_eq!(s, Status::NotFound);
    let office = t.login("jugendamt.musterstadt@example.org");
    assert_eq!(stats(&office, "").0, Status::NotFound);
}

#[test]
fn providers_see_their_own_facilities_only() {
    let t = TestApp::demo();
    let provider = t.login("traeger.musterstadt@example.org");
    let (_, home) = provider.page("/musterstadt/office");
    assert!(home.contains("/traeger/statistics"));
    let (s, page) = provider.page("/traeger/statistics");
    assert_eq!(s, Status::Ok);
    assert!(page.contains("Ev. Kindergarten Arche"));
    for other in [
        "Kita Sonnenschein",
        "Krippe Zwergenland",
        "Kita Dorfspatzen",
    ] {
        assert!(!page.contains(other), "{other}");
    }
    assert!(page.contains("id=\"t-places\"") && page.contains("<svg"));
    let res = provider.get("/traeger/statistics/places/csv");
    assert_eq!(res.status(), Status::Ok);
    let csv = res.into_string().unwrap();
    assert!(csv.contains("Ev. Kindergarten Arche") && !csv.contains("Sonnenschein"));
    assert!(!csv.contains("Bestand"), "no child's name");
    for table in ["facility_wishes", "facility_offers", "forecast"] {
        let res = provider.get(&format!("/traeger/statistics/{table}/xlsx"));
        assert_eq!(res.status(), Status::Ok, "{table}");
    }
    assert_eq!(
        provider.get("/traeger/statistics/names/csv").status(),
        Status::NotFound
    );
    assert_eq!(
        provider.page("/traeger/statistics?category=XL").0,
        Status::UnprocessableEntity
    );
    for who in [
        "eltern.musterstadt@example.org",
        "jugendamt.musterstadt@example.org",
        "kreis@example.org",
        "kita-leitung.musterstadt@example.org",
    ] {
        let b = t.login(who);
        assert_eq!(
            b.get("/traeger/statistics").status(),
            Status::Forbidden,
            "{who}"
        );
        assert_eq!(
            b.get("/traeger/statistics/places/csv").status(),
            Status::Forbidden,
            "{who}"
        );
    }
    let anonymous = t.client();
    assert_ne!(anonymous.get("/traeger/statistics").status(), Status::Ok);
}
