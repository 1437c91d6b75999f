//! Statistics exports (issue 7): the KJH-shaped and the KiBiz-shaped counts of the children
//! under contract on a reference day, for the office (page, CSV, XLSX, scoped like contracts)
//! and for the district (files with small counts withheld). No name and no full birth date of
//! any child appears anywhere.

use diesel::prelude::*;
use rocket::http::Status;

use kitaplatz::db::schema::children;

use crate::common::*;

const OFFICE: &str = "jugendamt.musterstadt@example.org";
const PROVIDER: &str = "traeger.musterstadt@example.org";
const KREIS: &str = "kreis@example.org";
const BASE_PATH: &str = "/musterstadt/office/statistics";

/// Does `text` contain `word` as a whole word (not inside a longer word)?
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Asserts that no child of the database appears by name or full birth date in `texts`.
fn assert_no_child_in(t: &TestApp, texts: &[String]) {
    let mut c = t.app.db.get().unwrap();
    let kids: Vec<(String, String, chrono::NaiveDate)> = children::table
        .select((
            children::first_names,
            children::last_name,
            children::birth_date,
        ))
        .load(&mut c)
        .unwrap();
    assert!(kids.len() >= 10);
    for text in texts {
        for (first, last, birth) in &kids {
            assert!(!has_word(text, first), "first name {first}");
            assert!(!has_word(text, last), "last name {last}");
            assert!(!text.contains(&birth.format("%d.%m.%Y").to_string()));
            assert!(!text.contains(&birth.format("%Y-%m-%d").to_string()));
        }
    }
}

/// A file as a table: from CSV or XLSX.
fn table(b: &Browser, path: &str) -> kitaplatz_export::Table {
    let res = b.get(path);
    assert_eq!(res.status(), Status::Ok, "{path}");
    let disposition = res
        .headers()
        .get_one("Content-Disposition")
        .unwrap()
        .to_string();
    let ext = if path.contains("/xlsx") {
        "xlsx"
    } else {
        "csv"
    };
    assert!(disposition.contains(&format!(".{ext}\"")), "{disposition}");
    let bytes = res.into_bytes().unwrap();
    kitaplatz_export::read_table(&format!("x.{ext}"), &bytes).unwrap()
}

/// The rows of a table as `;`-joined lines (for whole-row comparisons), without the id column.
fn lines(t: &kitaplatz_export::Table, id_column: usize) -> Vec<String> {
    t.rows
        .iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .filter(|(i, _)| *i != id_column)
                .map(|(_, c)| c.as_str())
                .collect::<Vec<_>>()
                .join(";")
        })
        .collect()
}

fn as_text(t: &kitaplatz_export::Table) -> String {
    let mut s = t.headers.join(";");
    for r in &t.rows {
        s.push('\n');
        s.push_str(&r.join(";"));
    }
    s
}

#[test]
fn the_youth_office_sees_both_tables_with_the_demo_counts_and_no_child() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    let (s, page) = office.page(BASE_PATH);
    assert_eq!(s, Status::Ok);
    // The navigation link (Tera escapes the slashes of a variable).
    assert!(
        page.contains("href=\"&#x2F;musterstadt&#x2F;office&#x2F;statistics\""),
        "nav link"
    );
    assert!(
        page.contains("value=\"2026-11-23\""),
        "today is the default"
    );
    // Five children each in the Krippe (all U3) and the Kindergarten (all Ü3), none elsewhere.
    for (name, n) in [
        ("Krippe Zwergenland", 5),
        ("Ev. Kindergarten Arche", 5),
        ("Kita Sonnenschein", 0),
    ] {
        assert!(
            page.contains(&format!(
                "<th scope=\"row\">{name}</th><td>{n}</td><td>{n}</td>"
            )),
            "{name}: {page}"
        );
    }
    assert_eq!(page.matches("class=\"kjh-row\"").count(), 10);
    assert_eq!(page.matches("class=\"kibiz-row\"").count(), 7);
    assert!(page.contains("<td>Krippe Zwergenland</td><td>I</td><td>45</td><td>U3</td><td>2</td>"));
    assert!(page
        .contains("<td>Ev. Kindergarten Arche</td><td>III</td><td>35</td><td>Ü3</td><td>2</td>"));
    assert!(page.contains("/musterstadt/office/statistics/kjh/xlsx?date=2026-11-23"));

    let kjh = table(&office, &format!("{BASE_PATH}/kjh/csv"));
    assert_eq!(
        kjh.headers,
        [
            "Einrichtungs-ID",
            "Einrichtung",
            "Geburtsjahr",
            "Geburtsmonat",
            "Betreuungsumfang (Std./Woche)",
            "Platzkategorie",
            "Anzahl Kinder"
        ]
    );
    let kjh_lines = lines(&kjh, 0);
    assert_eq!(kjh_lines.len(), 10);
    for expected in [
        "Ev. Kindergarten Arche;2021;3;über 35 bis 45;Ü3;1",
        "Ev. Kindergarten Arche;2022;9;bis 25;Ü3;1",
        "Krippe Zwergenland;2023;12;über 35 bis 45;U3;1",
        "Krippe Zwergenland;2024;11;bis 25;U3;1",
        "Krippe Zwergenland;2025;2;über 25 bis 35;U3;1",
    ] {
        assert!(kjh_lines.contains(&expected.to_string()), "{kjh_lines:?}");
    }
    let kjh_xlsx = table(&office, &format!("{BASE_PATH}/kjh/xlsx?date=2026-11-23"));
    assert_eq!(kjh_xlsx.headers, kjh.headers);
    assert_eq!(lines(&kjh_xlsx, 0), kjh_lines);

    let kibiz = table(&office, &format!("{BASE_PATH}/kibiz/xlsx"));
    assert_eq!(
        kibiz.headers,
        [
            "Einrichtungs-ID",
            "Einrichtung",
            "Gruppenform",
            "Buchungszeit (Std./Woche)",
            "U3/Ü3",
            "Anzahl Kinder"
        ]
    );
    assert_eq!(
        lines(&kibiz, 0),
        [
            "Ev. Kindergarten Arche;III;25;Ü3;1",
            "Ev. Kindergarten Arche;III;35;Ü3;2",
            "Ev. Kindergarten Arche;III;45;Ü3;2",
            "Krippe Zwergenland;I;35;U3;1",
            "Krippe Zwergenland;I;45;U3;2",
            "Krippe Zwergenland;II;25;U3;1",
            "Krippe Zwergenland;II;35;U3;1",
        ]
    );
    let kibiz_csv = table(&office, &format!("{BASE_PATH}/kibiz/csv"));
    assert_eq!(lines(&kibiz_csv, 0), lines(&kibiz, 0));

    let texts = vec![page, as_text(&kjh), as_text(&kibiz), as_text(&kjh_xlsx)];
    assert_no_child_in(&t, &texts);
}

#[test]
fn the_reference_day_counts_only_contracts_covering_it() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    // Lotta's contract ends on 31 Dec 2026; Paul (born Nov 2024) is two by then: group I.
    let (s, page) = office.page(&format!("{BASE_PATH}?date=2027-01-15"));
    assert_eq!(s, Status::Ok);
    assert!(page.contains("<th scope=\"row\">Krippe Zwergenland</th><td>4</td><td>4</td>"));
    let kibiz = table(&office, &format!("{BASE_PATH}/kibiz/csv?date=2027-01-15"));
    let krippe: Vec<String> = lines(&kibiz, 0)
        .into_iter()
        .filter(|l| l.starts_with("Krippe"))
        .collect();
    assert_eq!(
        krippe,
        [
            "Krippe Zwergenland;I;25;U3;1",
            "Krippe Zwergenland;I;35;U3;1",
            "Krippe Zwergenland;I;45;U3;1",
            "Krippe Zwergenland;II;35;U3;1",
        ]
    );
    // Before any contract: empty tables.
    let (s, page) = office.page(&format!("{BASE_PATH}?date=2020-01-01"));
    assert_eq!(s, Status::Ok);
    assert_eq!(page.matches("class=\"kjh-row\"").count(), 0);
    assert!(
        table(&office, &format!("{BASE_PATH}/kjh/csv?date=2020-01-01"))
            .rows
            .is_empty()
    );
    // A file is named after the export, the municipality and the day.
    let res = office.get(&format!("{BASE_PATH}/kjh/csv?date=2027-01-15"));
    assert!(res
        .headers()
        .get_one("Content-Disposition")
        .unwrap()
        .contains("kjh-musterstadt-2027-01-15.csv"));
    // Invalid days are refused clearly; unknown exports and formats are not found.
    let (s, page) = office.page(&format!("{BASE_PATH}?date=2026-13-40"));
    assert_eq!(s, Status::UnprocessableEntity);
    assert!(page.contains("role=\"alert\""));
    assert_eq!(page.matches("class=\"kjh-row\"").count(), 0);
    assert_eq!(
        office
            .get(&format!("{BASE_PATH}/kjh/csv?date=gestern"))
            .status(),
        Status::UnprocessableEntity
    );
    assert_eq!(
        office.get(&format!("{BASE_PATH}/names/csv")).status(),
        Status::NotFound
    );
    assert_eq!(
        office.get(&format!("{BASE_PATH}/kjh/pdf")).status(),
        Status::NotFound
    );
}

#[test]
fn providers_see_their_facilities_and_others_nothing() {
    let t = TestApp::demo();
    // The provider admin runs the church's Kindergarten, not the association's Krippe.
    let provider = t.login(PROVIDER);
    let (s, page) = provider.page(BASE_PATH);
    assert_eq!(s, Status::Ok);
    assert!(page.contains("<th scope=\"row\">Ev. Kindergarten Arche</th><td>5</td><td>5</td>"));
    assert!(!page.contains("Zwergenland"));
    for path in ["kjh/csv", "kibiz/xlsx"] {
        let tb = table(&provider, &format!("{BASE_PATH}/{path}"));
        assert_eq!(tb.rows.len(), if path.starts_with("kjh") { 5 } else { 3 });
        assert!(tb.rows.iter().all(|r| r[1] == "Ev. Kindergarten Arche"));
    }
    // A parent is refused; another municipality's youth office gets nothing.
    let parent = t.login("eltern.musterstadt@example.org");
    for path in [
        BASE_PATH.to_string(),
        format!("{BASE_PATH}/kjh/csv"),
        format!("{BASE_PATH}/kibiz/xlsx"),
    ] {
        assert_eq!(parent.get(&path).status(), Status::Forbidden, "{path}");
    }
    let other = t.login("jugendamt.beispieldorf@example.org");
    for path in [
        BASE_PATH.to_string(),
        format!("{BASE_PATH}/kjh/csv"),
        format!("{BASE_PATH}/kibiz/xlsx"),
    ] {
        let (s, body) = other.page(&path);
        assert!(
            s == Status::Forbidden || s == Status::NotFound,
            "{path}: {s}"
        );
        assert!(!body.contains("Zwergenland") && !body.contains("Arche"));
    }
    // The district's exports are for the district's officials only.
    assert_eq!(
        t.login(OFFICE)
            .get("/kreis/musterkreis/exports/kjh/csv")
            .status(),
        Status::Forbidden
    );
}

#[test]
fn the_district_gets_both_tables_with_small_counts_withheld() {
    let t = TestApp::demo();
    let office = t.login(OFFICE);
    // Three more children of the same month and hours at Kita Sonnenschein: a count of 3.
    for first in ["Anton", "Berta", "Carl"] {
        let id = crate::contracts::draft(&t, &office, "Kita Sonnenschein", first, "2026-09-01", "");
        let res = office.post_form(&format!("/musterstadt/office/contracts/{id}/sign"), &[]);
        assert_eq!(res.status(), Status::SeeOther);
    }
    let kreis = t.login(KREIS);
    let kjh = table(&kreis, "/kreis/musterkreis/exports/kjh/csv");
    assert_eq!(kjh.headers[0], "Gemeinde");
    assert_eq!(kjh.headers.last().unwrap(), "Anzahl Kinder");
    let kjh_lines = lines(&kjh, 1);
    assert_eq!(kjh_lines.len(), 11, "{kjh_lines:?}");
    assert!(
        kjh_lines.contains(&"Musterstadt;Kita Sonnenschein;2023;5;über 25 bis 35;Ü3;3".to_string())
    );
    // Every demo child is alone in its row: withheld, shown as •.
    assert_eq!(
        kjh.rows.iter().filter(|r| r.last().unwrap() == "•").count(),
        10
    );
    let kibiz = table(
        &kreis,
        "/kreis/musterkreis/exports/kibiz/xlsx?date=2026-11-23",
    );
    assert_eq!(kibiz.headers[0], "Gemeinde");
    let kibiz_lines = lines(&kibiz, 1);
    assert_eq!(kibiz_lines.len(), 8);
    assert!(kibiz_lines.contains(&"Musterstadt;Kita Sonnenschein;III;35;Ü3;3".to_string()));
    assert!(kibiz_lines.contains(&"Musterstadt;Krippe Zwergenland;I;45;U3;•".to_string()));
    for tb in [&kjh, &kibiz] {
        for r in &tb.rows {
            let n = r.last().unwrap();
            assert!(n == "•" || n.parse::<u64>().unwrap() >= 3, "{r:?}");
        }
        assert!(!tb.rows.iter().any(|r| r[0] == "Summe" || r[1] == "Summe"));
    }
    let res = kreis.get("/kreis/musterkreis/exports/kjh/xlsx");
    assert!(res
        .headers()
        .get_one("Content-Disposition")
        .unwrap()
        .contains("kjh-musterkreis-2026-11-23.xlsx"));
    assert_no_child_in(&t, &[as_text(&kjh), as_text(&kibiz)]);
    // Invalid days, unknown exports; parents and offices get nothing.
    assert_eq!(
        kreis
            .get("/kreis/musterkreis/exports/kjh/csv?date=31.02.2026")
            .status(),
        Status::UnprocessableEntity
    );
    assert_eq!(
        kreis.get("/kreis/musterkreis/exports/names/csv").status(),
        Status::NotFound
    );
    for who in ["eltern.musterstadt@example.org", OFFICE] {
        assert_eq!(
            t.login(who)
                .get("/kreis/musterkreis/exports/kibiz/csv")
                .status(),
            Status::Forbidden,
            "{who}"
        );
    }
}
