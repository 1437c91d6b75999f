//! Paper applications entered by the office, and their claim with an activation code.

use chrono::Duration;
use rocket::http::Status;

use crate::common::*;
use crate::facilities::facility_id;

/// Enters a paper application for "Paula Papier"; returns the activation code as shown.
pub fn enter_paper(t: &TestApp) -> String {
    let office = t.login("jugendamt.musterstadt@example.org");
    let sonne = facility_id(&office, "Kita Sonnenschein");
    let fields = [
        ("g_first_names", "Petra"),
        ("g_last_name", "Papier"),
        ("first_names", "Paula"),
        ("last_name", "Papier"),
        ("birth_date", "2024-06-01"),
        ("street", "Am Hang"),
        ("house_number", "3"),
        ("postal_code", "59999"),
        ("city", "Musterstadt"),
        ("kind", "request"),
        ("start_date", "2027-03-01"),
        ("hours", "35"),
        ("wishes", sonne.as_str()),
    ];
    let res = office.post_form("/musterstadt/office/paper", &fields);
    assert_eq!(res.status(), Status::Created);
    let page = res.into_string().unwrap();
    let i = page.find("class=\"claim-code\"").unwrap();
    let start = page[i..].find("<strong>").unwrap() + i + "<strong>".len();
    page[start..start + 11].to_string()
}

#[test]
fn the_office_enters_a_paper_application_and_the_parent_claims_it() {
    let t = TestApp::demo();
    let office = t.login("jugendamt.musterstadt@example.org");
    assert_eq!(office.page("/musterstadt/office/paper").0, Status::Ok);
    let res = office.post_form(
        "/musterstadt/office/paper",
        &[
            ("g_first_names", ""),
            ("g_last_name", ""),
            ("first_names", ""),
            ("last_name", "X"),
            ("birth_date", "2099-01-01"),
            ("street", "a"),
            ("house_number", "1"),
            ("postal_code", "1"),
            ("city", "c"),
            ("kind", "request"),
            ("start_date", ""),
            ("hours", ""),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);

    let code = enter_paper(&t);
    assert_eq!(code.len(), 11, "shown as two groups of five characters");
    let (_, list) = office.page("/musterstadt/office/applications?sort=child");
    assert!(list.contains("Papier, Paula") && list.contains("Papierantrag"));

    let parent = t.login("eltern.musterstadt@example.org");
    let res = parent.post_form("/musterstadt/claim", &[("code", "ABCDE-FGHJK")]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let typed = code.to_lowercase().replace('-', " ");
    let res = parent.post_form("/musterstadt/claim", &[("code", &typed)]);
    assert_eq!(res.status(), Status::SeeOther);
    let (_, apps) = parent.page("/musterstadt/applications");
    assert!(apps.contains("Paula") && apps.contains("Eingegangen"));
    let (_, family) = parent.page("/musterstadt/family");
    assert!(family.contains("Paula Papier") && family.contains("Petra Papier"));

    // Single use.
    let neighbour = t.login("eltern.beispieldorf@example.org");
    let res = neighbour.post_form("/beispieldorf/claim", &[("code", &code)]);
    assert_eq!(
        res.status(),
        Status::UnprocessableEntity,
        "a code of another municipality is unknown there"
    );
    let res = parent.post_form("/musterstadt/claim", &[("code", &code)]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res.into_string().unwrap().contains("bereits verwendet"));
}

#[test]
fn activation_codes_expire() {
    let t = TestApp::demo();
    let code = enter_paper(&t);
    t.clock.advance(Duration::days(61));
    let parent = t.login("eltern.musterstadt@example.org");
    let res = parent.post_form("/musterstadt/claim", &[("code", &code)]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res.into_string().unwrap().contains("abgelaufen"));
}
