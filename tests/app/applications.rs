//! The parent journey: care requests and needs reports from submission to withdrawal.

use chrono::Duration;
use rocket::http::{Method, Status};

use crate::common::*;
use crate::facilities::facility_id;
use crate::family::add_child;

fn form<'a>(
    child: &'a str,
    kind: &'a str,
    start: &'a str,
    hours: &'a str,
    wishes: &[&'a str],
    answers: &[&'a str],
) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("child", child),
        ("kind", kind),
        ("start_date", start),
        ("hours", hours),
        ("consent", "yes"),
    ];
    for w in wishes {
        f.push(("wishes", w));
    }
    for a in answers {
        f.push(("answers", a));
    }
    f
}

fn application_id(location: &str) -> String {
    location.rsplit('/').next().unwrap().to_string()
}

#[test]
fn a_parent_submits_edits_and_withdraws_a_care_request() {
    let t = TestApp::demo();
    let parent = t.login("eltern.musterstadt@example.org");
    let child = add_child(&parent, "Mia", "2024-05-01");
    let sonne = facility_id(&parent, "Kita Sonnenschein");
    let arche = facility_id(&parent, "Ev. Kindergarten Arche");
    let krippe = facility_id(&parent, "Krippe Zwergenland");
    let (status, page) = parent.page(&format!("/musterstadt/applications/new?child={child}"));
    assert_eq!(status, Status::Ok);
    assert!(
        page.contains("Ich bin alleinerziehend.") && page.contains("Melderegister"),
        "criteria and consent shown"
    );
    let single = {
        let i = page.find("Ich bin alleinerziehend.").unwrap();
        let v = page[..i].rfind("value=\"").unwrap() + 7;
        page[v..v + 36].to_string()
    };

    // Bad input: each problem is named, with the facility where it matters.
    let res = parent.post_form(
        "/musterstadt/applications",
        &form(
            &child,
            "request",
            "2027-04-30",
            "45",
            &[&arche, &arche],
            &[],
        ),
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(body.contains("nur einmal gewählt"), "repeated wish");
    assert!(
        body.contains("Ev. Kindergarten Arche hat zu diesem Datum keine Plätze"),
        "no U3 places"
    );
    assert!(body.contains("Ev. Kindergarten Arche bietet diese Betreuungszeit nicht an"));
    let res = parent.post_form(
        "/musterstadt/applications",
        &form(&child, "request", "2026-01-01", "35", &[&sonne], &[]),
    );
    assert!(res
        .into_string()
        .unwrap()
        .contains("nicht in der Vergangenheit"));
    let res = parent.post_form(
        "/musterstadt/applications",
        &form(&child, "request", "2028-06-01", "35", &[&sonne], &[]),
    );
    assert!(res
        .into_string()
        .unwrap()
        .contains("zu weit in der Zukunft"));
    let mut no_consent = form(&child, "request", "2027-04-30", "35", &[&sonne], &[]);
    no_consent.retain(|f| f.0 != "consent");
    let res = parent.post_form("/musterstadt/applications", &no_consent);
    assert!(res
        .into_string()
        .unwrap()
        .contains("stimmen Sie dem Text zu"));
    let zwerge = facility_id(&parent, "Krippe Zwergenland");
    let hort = facility_id(&parent, "Hort am Markt");
    let too_many = [&sonne, &krippe, &zwerge, &arche, &hort, &sonne];
    let res = parent.post_form(
        "/musterstadt/applications",
        &form(
            &child,
            "request",
            "2027-04-30",
            "35",
            &too_many.map(|s| s.as_str()),
            &[],
        ),
    );
    assert!(res
        .into_string()
        .unwrap()
        .contains("Zu viele Wunsch-Einrichtungen"));
    let foreign = "00000000-0000-0000-0000-000000000000";
    let res = parent.post_form(
        "/musterstadt/applications",
        &form(&child, "request", "2027-04-30", "35", &[foreign], &[]),
    );
    assert!(res
        .into_string()
        .unwrap()
        .contains("gehört nicht zu dieser Gemeinde"));
    assert!(t.deliver_mail().is_empty());

    // A valid request.
    let res = parent.post_form(
        "/musterstadt/applications",
        &form(
            &child,
            "request",
            "2027-04-30",
            "35",
            &[&sonne, &krippe],
            &[&single],
        ),
    );
    assert_eq!(res.status(), Status::SeeOther);
    let location = res.headers().get_one("Location").unwrap().to_string();
    let id = application_id(&location);
    let (_, page) = parent.page(&location);
    assert!(page.contains("Eingegangen") && page.contains("Antrag eingegangen"));
    assert!(page.contains("Kita Sonnenschein") && page.contains("unter 3 Jahren (U3)"));
    let mails = t.deliver_mail();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("Mia") && mails[0].contains("Eingegangen"));
    assert!(link_in(&mails[0], &format!("/musterstadt/applications/{id}")).is_some());

    // A second application for the same child and Kita year leads to the existing one.
    let res = parent.post_form(
        "/musterstadt/applications",
        &form(&child, "needs", "2027-05-01", "", &[], &[]),
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(res.headers().get_one("Location").unwrap(), location);
    let (_, page) = parent.page(&location);
    assert!(page.contains("schon einen offenen Antrag"));

    // Edit: other wishes and hours.
    let res = parent.post_form(
        &location,
        &form(
            &child,
            "request",
            "2027-04-30",
            "45",
            &[&krippe, &sonne],
            &[],
        ),
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = parent.page(&location);
    assert!(page.contains("Antrag geändert") && page.contains("45 Stunden"));
    let k = page.find("<ol><li>Krippe Zwergenland</li>").is_some();
    assert!(k, "new first wish");

    // Withdraw: mail, history, and the way is free for a new application.
    let res = parent.post_form(&format!("{location}/withdraw"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = parent.page(&location);
    assert!(page.contains("Zurückgezogen") && !page.contains("Antrag ändern"));
    assert!(t.deliver_mail()[0].contains("Zurückgezogen"));
    let res = parent.post_form(&format!("{location}/withdraw"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    let res = parent.post_form(
        "/musterstadt/applications",
        &form(&child, "needs", "2027-05-01", "", &[], &[]),
    );
    assert_ne!(res.headers().get_one("Location").unwrap(), location);
}

#[test]
fn a_needs_report_records_the_entitlement_and_late_submissions_are_flagged() {
    let t = TestApp::demo();
    let parent = t.login("eltern.musterstadt@example.org");
    let child = add_child(&parent, "Ben", "2026-01-10");
    // After the registration deadline of the Kita year 2027 (31 January 2027).
    t.clock.advance(Duration::days(90));
    let parent = t.login("eltern.musterstadt@example.org");
    let res = parent.post_form(
        "/musterstadt/applications",
        &form(&child, "needs", "2027-08-01", "", &[], &[]),
    );
    assert_eq!(res.status(), Status::SeeOther);
    let location = res.headers().get_one("Location").unwrap().to_string();
    let (_, page) = parent.page(&location);
    assert!(
        page.contains("Bedarfsmeldung") && page.contains("10.01.2027"),
        "entitlement on the 1st birthday"
    );
    use diesel::prelude::*;
    use kitaplatz::db::schema::applications;
    let mut conn = t.app.db.get().unwrap();
    let (late, consent): (bool, Option<i32>) = applications::table
        .find(application_id(&location))
        .select((applications::late, applications::consent_version))
        .first(&mut *conn)
        .unwrap();
    assert!(late, "late for the deadline");
    assert_eq!(consent, Some(1), "accepted consent version recorded");
}

#[test]
fn applications_of_another_household_are_invisible() {
    let t = TestApp::demo();
    let parent = t.login("eltern.musterstadt@example.org");
    let child = add_child(&parent, "Geheim", "2024-05-01");
    let sonne = facility_id(&parent, "Kita Sonnenschein");
    let res = parent.post_form(
        "/musterstadt/applications",
        &form(&child, "request", "2027-04-30", "35", &[&sonne], &[]),
    );
    let id = application_id(res.headers().get_one("Location").unwrap());
    let other = t.login("eltern.beispieldorf@example.org");
    let office = t.login("jugendamt.musterstadt@example.org");
    let routes: Vec<(Method, String)> = parent
        .client
        .rocket()
        .routes()
        .filter(|r| r.uri.path().starts_with("/<_>/applications"))
        .map(|r| {
            (
                r.method,
                r.uri
                    .path()
                    .replacen("<_>", "musterstadt", 1)
                    .replace("<id>", &id)
                    .replace("<letter>", &id),
            )
        })
        .collect();
    assert!(routes.len() >= 6);
    for browser in [&other, &office] {
        for (method, path) in &routes {
            let res = match *method {
                Method::Get => browser.get(path),
                _ => browser.post_form(path, &form(&child, "needs", "2027-05-01", "", &[], &[])),
            };
            let status = res.status();
            assert!(
                status == Status::Forbidden || status == Status::NotFound,
                "{method} {path}: {status}"
            );
            assert!(!res.into_string().unwrap_or_default().contains("Geheim"));
        }
    }
    // The application is untouched.
    let (_, page) = parent.page(&format!("/musterstadt/applications/{id}"));
    assert!(page.contains("Eingegangen"));
}
