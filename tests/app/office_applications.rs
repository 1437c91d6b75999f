//! The youth office's application list: filters, sorting, detail and exports.

use rocket::http::Status;

use crate::common::*;
use crate::facilities::facility_id;
use crate::family::add_child;

fn submit(parent: &Browser, fields: &[(&str, &str)]) -> String {
    let res = parent.post_form("/musterstadt/applications", fields);
    assert_eq!(res.status(), Status::SeeOther);
    res.headers()
        .get_one("Location")
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string()
}

/// Two applications: a request for Anna (U3, Kita Sonnenschein) and a needs report for Ben,
/// whose entitlement date (1st birthday) has passed.
fn two_applications(t: &TestApp) -> (String, String, String) {
    let parent = t.login("eltern.musterstadt@example.org");
    let anna = add_child(&parent, "Anna", "2024-05-01");
    let ben = add_child(&parent, "Ben", "2025-10-01");
    let sonne = facility_id(&parent, "Kita Sonnenschein");
    let request = submit(
        &parent,
        &[
            ("child", &anna),
            ("kind", "request"),
            ("start_date", "2027-04-30"),
            ("hours", "35"),
            ("wishes", &sonne),
            ("consent", "yes"),
        ],
    );
    let needs = submit(
        &parent,
        &[
            ("child", &ben),
            ("kind", "needs"),
            ("start_date", "2027-01-04"),
            ("hours", ""),
            ("consent", "yes"),
        ],
    );
    (request, needs, sonne)
}

#[test]
fn the_office_filters_sorts_and_opens_applications() {
    let t = TestApp::demo();
    let (request, needs, sonne) = two_applications(&t);
    let office = t.login("jugendamt.musterstadt@example.org");
    let (status, page) = office.page("/musterstadt/office/applications");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("2 Anträge") && page.contains("Anna") && page.contains("Ben"));
    let count = |q: &str| {
        let (_, p) = office.page(&format!("/musterstadt/office/applications?{q}"));
        (p.contains("Anna"), p.contains("Ben"))
    };
    assert_eq!(count("kind=needs"), (false, true));
    assert_eq!(count(&format!("facility={sonne}")), (true, false));
    assert_eq!(count("overdue=true"), (false, true));
    assert_eq!(count("month=2027-04"), (true, false));
    assert_eq!(count("category=UE3"), (false, false));
    assert_eq!(count("status=withdrawn"), (false, false));
    let (_, p) = office.page("/musterstadt/office/applications?sort=child");
    assert!(p.find("Beispiel, Anna").unwrap() < p.find("Beispiel, Ben").unwrap());
    let (_, p) = office.page("/musterstadt/office/applications?sort=start");
    assert!(
        p.find("Ben").unwrap() < p.find("Anna").unwrap(),
        "earliest start first"
    );

    let (status, p) = office.page(&format!("/musterstadt/office/applications/{needs}"));
    assert_eq!(status, Status::Ok);
    assert!(p.contains("Rechtsanspruch besteht bereits"));
    t.clock.advance(chrono::Duration::days(40));
    let office = t.login("jugendamt.musterstadt@example.org");
    let (_, p) = office.page(&format!("/musterstadt/office/applications/{needs}"));
    assert!(p.contains("Offen seit") && p.contains("40 Tagen"));
    let (_, p) = office.page(&format!("/musterstadt/office/applications/{request}"));
    assert!(p.contains("Kita Sonnenschein"));

    // Another municipality's office sees none of it.
    let other = t.login("jugendamt.beispieldorf@example.org");
    let (_, p) = other.page("/beispieldorf/office/applications");
    assert!(p.contains("0 Anträge") && !p.contains("Anna"));
    assert_eq!(
        other
            .page(&format!("/beispieldorf/office/applications/{request}"))
            .0,
        Status::NotFound
    );
}

#[test]
fn the_filtered_list_exports_as_csv_and_xlsx() {
    let t = TestApp::demo();
    two_applications(&t);
    let office = t.login("jugendamt.musterstadt@example.org");

    let res = office.get("/musterstadt/office/applications/export?format=csv&kind=request");
    assert_eq!(res.status(), Status::Ok);
    assert!(res
        .headers()
        .get_one("Content-Disposition")
        .unwrap()
        .contains(".csv"));
    let bytes = res.into_bytes().unwrap();
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF], "BOM for Excel");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "Art");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 1, "only the filtered request");
    assert_eq!(&rows[0][2], "Anna");
    assert_eq!(&rows[0][5], "30.04.2027");
    assert_eq!(&rows[0][8], "Kita Sonnenschein");

    let res = office.get("/musterstadt/office/applications/export?format=xlsx");
    assert_eq!(res.status(), Status::Ok);
    let bytes = res.into_bytes().unwrap();
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("Anträge").unwrap();
    assert_eq!(range.height(), 3, "header and two applications");
    let names: Vec<String> = (1..3)
        .map(|r| range.get_value((r, 2)).unwrap().to_string())
        .collect();
    assert!(names.contains(&"Anna".to_string()) && names.contains(&"Ben".to_string()));

    assert_eq!(
        office
            .get("/musterstadt/office/applications/export?format=pdf")
            .status(),
        Status::NotFound
    );
    let parent = t.login("eltern.musterstadt@example.org");
    assert_eq!(
        parent
            .get("/musterstadt/office/applications/export?format=csv")
            .status(),
        Status::Forbidden
    );
}
