//! The whole parent journey in one go, and the generic bad-input rules.

use rocket::http::{ContentType, Header, Status};

use crate::common::*;
use crate::facilities::facility_id;

#[test]
fn register_confirm_add_child_apply_edit_and_withdraw() {
    let t = TestApp::demo();
    let b = t.client();
    let pw = "Ein Haus am See mit Garten";
    let res = b.post_form(
        "/musterstadt/register",
        &[
            ("email", "familie@example.org"),
            ("password", pw),
            ("password2", pw),
        ],
    );
    assert_eq!(res.status(), Status::Ok);
    let confirm = link_in(&t.deliver_mail()[0], "/confirm/").unwrap();
    assert_eq!(b.post_form(&confirm, &[]).status(), Status::SeeOther);
    assert_eq!(
        b.post_form(
            "/login",
            &[("email", "familie@example.org"), ("password", pw)]
        )
        .status(),
        Status::SeeOther
    );

    let child = crate::family::add_child(&b, "Jonas", "2025-03-15");
    let sonne = facility_id(&b, "Kita Sonnenschein");
    let krippe = facility_id(&b, "Krippe Zwergenland");
    let request = [
        ("child", child.as_str()),
        ("kind", "request"),
        ("start_date", "2027-03-01"),
        ("hours", "45"),
        ("wishes", krippe.as_str()),
        ("wishes", sonne.as_str()),
        ("consent", "yes"),
    ];
    let res = b.post_form("/musterstadt/applications", &request);
    assert_eq!(res.status(), Status::SeeOther);
    let location = res.headers().get_one("Location").unwrap().to_string();
    assert!(t.deliver_mail()[0].contains("Eingegangen"));

    // A needs report for the same child and Kita year leads to the open request instead.
    let needs = [
        ("child", child.as_str()),
        ("kind", "needs"),
        ("start_date", "2027-03-01"),
        ("hours", ""),
        ("consent", "yes"),
    ];
    assert_eq!(
        b.post_form("/musterstadt/applications", &needs)
            .headers()
            .get_one("Location"),
        Some(location.as_str())
    );

    // A needs report for the next Kita year is a separate application.
    let later = [
        ("child", child.as_str()),
        ("kind", "needs"),
        ("start_date", "2027-08-02"),
        ("hours", ""),
        ("consent", "yes"),
    ];
    let res = b.post_form("/musterstadt/applications", &later);
    assert_ne!(res.headers().get_one("Location"), Some(location.as_str()));

    let (_, list) = b.page("/musterstadt/applications");
    assert!(list.contains("Betreuungsanfrage: Jonas") && list.contains("Bedarfsmeldung: Jonas"));
    let edit = [
        ("child", child.as_str()),
        ("kind", "request"),
        ("start_date", "2027-03-01"),
        ("hours", "35"),
        ("wishes", sonne.as_str()),
        ("consent", "yes"),
    ];
    assert_eq!(b.post_form(&location, &edit).status(), Status::SeeOther);
    assert_eq!(
        b.post_form(&format!("{location}/withdraw"), &[]).status(),
        Status::SeeOther
    );
    let (_, page) = b.page(&location);
    assert!(
        page.contains("Antrag eingegangen")
            && page.contains("Antrag geändert")
            && page.contains("Von Ihnen zurückgezogen")
    );
}

#[test]
fn oversized_bodies_and_fields_are_refused() {
    let t = TestApp::demo();
    let parent = t.login("eltern.musterstadt@example.org");
    let token = parent.csrf();
    let body = format!("csrf={token}&first_names={}", "A".repeat(200 * 1024));
    let res = parent
        .client
        .post("/musterstadt/family/children")
        .header(ContentType::Form)
        .header(Header::new("Sec-Fetch-Site", "same-origin"))
        .body(body)
        .dispatch();
    assert_eq!(res.status(), Status::PayloadTooLarge);
    let long = "B".repeat(101);
    let res = parent.post_form(
        "/musterstadt/family/children",
        &crate::family::child_fields(&long, "2024-01-01"),
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let (_, page) = parent.page("/musterstadt/family");
    assert!(!page.contains(&long));
}
