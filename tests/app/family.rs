//! The parent's household: children and guardians, and that no other household can see them.

use rocket::http::{Method, Status};

use crate::common::*;

pub fn child_fields<'a>(first: &'a str, birth: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("first_names", first),
        ("last_name", "Beispiel"),
        ("birth_date", birth),
        ("street", "Lindenallee"),
        ("house_number", "7"),
        ("postal_code", "59999"),
        ("city", "Musterstadt"),
    ]
}

/// Adds a child for the logged-in parent and returns its id.
pub fn add_child(parent: &Browser, first: &str, birth: &str) -> String {
    let res = parent.post_form("/musterstadt/family/children", &child_fields(first, birth));
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = parent.page("/musterstadt/family");
    // Names appear HTML-escaped, as Tera writes them.
    let escaped = first
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('/', "&#x2F;");
    let i = page
        .find(&format!("<span class=\"visually-hidden\"> {escaped}"))
        .expect("child listed");
    let start = page[..i].rfind("/musterstadt/family/children/").unwrap()
        + "/musterstadt/family/children/".len();
    page[start..start + 36].to_string()
}

#[test]
fn a_parent_enters_children_and_guardians() {
    let t = TestApp::demo();
    let parent = t.login("eltern.musterstadt@example.org");
    let (status, page) = parent.page("/musterstadt/family");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Noch keine Kinder"));

    // Bad input is named per field.
    let mut bad = child_fields("", "2030-01-01");
    bad[5].1 = "1234";
    let res = parent.post_form("/musterstadt/family/children", &bad);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(
        body.contains("href=\"#first_names\"")
            && body.contains("href=\"#birth_date\"")
            && body.contains("href=\"#postal_code\"")
    );
    let res = parent.post_form(
        "/musterstadt/family/children",
        &child_fields("Lena", "2025-02-29"),
    );
    assert_eq!(res.status(), Status::UnprocessableEntity, "impossible date");

    let id = add_child(&parent, "Lena <b>Marie</b>", "2024-05-01");
    let (_, page) = parent.page("/musterstadt/family");
    assert!(
        page.contains("Lena &lt;b&gt;Marie&lt;&#x2F;b&gt;"),
        "escaped"
    );
    assert!(page.contains("01.05.2024"));
    assert!(
        page.contains("unter 3 Jahren (U3)"),
        "category derived from the birth date"
    );

    // Edit: a different birth date changes the derived category.
    let res = parent.post_form(
        &format!("/musterstadt/family/children/{id}"),
        &child_fields("Lena <b>Marie</b>", "2023-05-01"),
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = parent.page("/musterstadt/family");
    assert!(page.contains("ab 3 Jahren bis zur Schule"));

    let res = parent.post_form(
        "/musterstadt/family/guardians",
        &[("first_names", "Erika"), ("last_name", "Beispiel")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let res = parent.post_form(
        "/musterstadt/family/guardians",
        &[("first_names", ""), ("last_name", "Beispiel")],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let (_, page) = parent.page("/musterstadt/family");
    assert!(page.contains("Erika Beispiel"));
}

#[test]
fn no_one_else_sees_or_changes_a_household() {
    let t = TestApp::demo();
    let parent = t.login("eltern.musterstadt@example.org");
    let child = add_child(&parent, "Geheimkind", "2024-01-15");

    // A second parent of the same municipality.
    {
        use kitaplatz::domain::roles::{Role, Scope};
        let mut conn = t.app.db.get().unwrap();
        let ctx = kitaplatz::store::audit::AuditCtx::new(None, "test", t.app.clock.now_naive());
        let m = kitaplatz::store::tenants::municipality_by_slug(&mut conn, "musterstadt")
            .unwrap()
            .unwrap();
        let hash = kitaplatz::auth::hash_password(PW).unwrap();
        let id = kitaplatz::store::users::create(
            &mut conn,
            "nachbar@example.org",
            Some(&hash),
            true,
            "de",
            &ctx,
        )
        .unwrap();
        kitaplatz::store::users::grant(
            &mut conn,
            &id,
            Role::Parent,
            &Scope::Municipality {
                municipality: m.id,
                facility: None,
                provider: None,
            },
            &ctx,
        )
        .unwrap();
    }
    let neighbour = t.login("nachbar@example.org");
    let outsiders = [
        (
            "parent of the same municipality",
            neighbour,
            vec![Status::NotFound, Status::Ok],
        ),
        (
            "parent of Beispieldorf",
            t.login("eltern.beispieldorf@example.org"),
            vec![Status::Forbidden],
        ),
        (
            "youth office of Musterstadt",
            t.login("jugendamt.musterstadt@example.org"),
            vec![Status::Forbidden],
        ),
    ];
    let routes: Vec<(Method, String)> = parent
        .client
        .rocket()
        .routes()
        .filter(|r| r.uri.path().starts_with("/<_>/family"))
        .map(|r| {
            (
                r.method,
                r.uri
                    .path()
                    .replacen("<_>", "musterstadt", 1)
                    .replace("<id>", &child),
            )
        })
        .collect();
    assert!(routes.len() >= 5, "{routes:?}");
    for (who, browser, allowed) in &outsiders {
        for (method, path) in &routes {
            let res = match *method {
                Method::Get => browser.get(path),
                _ => browser.post_form(path, &child_fields("Übernommen", "2024-01-15")),
            };
            let status = res.status();
            let body = res.into_string().unwrap_or_default();
            assert!(
                !body.contains("Geheimkind"),
                "{who}: {method} {path} leaked the child"
            );
            // Routes without the child's id act on the caller's own household (a redirect,
            // or 422 for fields that do not fit the caller's own form).
            let own = matches!(status, Status::SeeOther | Status::UnprocessableEntity);
            let ok = allowed.contains(&status) || (own && !path.contains(&child));
            assert!(ok, "{who}: {method} {path} gave {status}");
        }
    }
    // The child is unchanged.
    let (_, page) = parent.page(&format!("/musterstadt/family/children/{child}"));
    assert!(page.contains("Geheimkind") && !page.contains("Übernommen"));
}
