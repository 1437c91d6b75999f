//! Operator and municipality-admin pages: validation, uniqueness, settings.

use rocket::http::Status;

use crate::common::*;

fn district_id(op: &Browser) -> String {
    let (_, page) = op.page("/admin");
    let start = page.find("<option value=\"").unwrap() + "<option value=\"".len();
    page[start..start + 36].to_string()
}

#[test]
fn operator_creates_a_municipality_with_validated_ags_and_default_settings() {
    let t = TestApp::demo();
    let op = t.login("betrieb@example.org");
    let district = district_id(&op);
    let create = |slug: &str, ags: &str, land: &str| {
        op.post_form(
            "/admin/municipalities",
            &[
                ("district", &district),
                ("slug", slug),
                ("name", "Seedorf"),
                ("ags", ags),
                ("bundesland", land),
            ],
        )
    };
    let res = create("seedorf", "0595800", "NW");
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res.into_string().unwrap().contains("genau 8 Ziffern"));
    let res = create("seedorf", "09162000", "NW");
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res
        .into_string()
        .unwrap()
        .contains("passt nicht zum gewählten Bundesland"));
    let res = create("admin", "05958009", "NW");
    assert_eq!(res.status(), Status::UnprocessableEntity);
    // AGS of Musterstadt is taken.
    let res = create("seedorf", "05958001", "NW");
    assert_eq!(res.status(), Status::Conflict);
    assert!(res.into_string().unwrap().contains("schon vergeben"));

    let res = create("seedorf", "05 958 009", "NW");
    assert_eq!(res.status(), Status::SeeOther);
    let (status, body) = t.client().page("/seedorf");
    assert_eq!(status, Status::Ok);
    assert!(body.contains("Kinderbetreuung in Seedorf"));

    // Its first administrator is invited and lands in the settings with the defaults.
    let (_, page) = op.page("/admin");
    let seedorf = page.find(">Seedorf</option>").unwrap();
    let id_start = page[..seedorf].rfind("value=\"").unwrap() + "value=\"".len();
    let id = page[id_start..id_start + 36].to_string();
    let res = op.post_form(
        "/admin/users",
        &[
            ("email", "chefin@seedorf.example.org"),
            ("role", "municipality_admin"),
            ("scope", &id),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let b = accept_invitation(
        &t,
        "chefin@seedorf.example.org",
        "Seedorf hat einen schönen Hafen",
    );
    let (status, body) = b.page("/seedorf/admin/settings");
    assert_eq!(status, Status::Ok);
    assert!(body.contains("value=\"5\""), "max wishes default 5");
    assert!(body.contains("value=\"12\""), "advance window default 12");
    assert!(body.contains("value=\"09-30\""), "NRW cut-off");
    assert!(body.contains("value=\"3\""), "threshold default 3");
}

#[test]
fn district_slugs_are_unique_and_validated() {
    let t = TestApp::demo();
    let op = t.login("betrieb@example.org");
    let res = op.post_form(
        "/admin/districts",
        &[("slug", "musterkreis"), ("name", "Doppelt")],
    );
    assert_eq!(res.status(), Status::Conflict);
    let res = op.post_form("/admin/districts", &[("slug", "Ungültig!"), ("name", "X")]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let res = op.post_form(
        "/admin/districts",
        &[("slug", "seekreis"), ("name", "Landkreis Am See")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert!(op.page("/admin").1.contains("Landkreis Am See"));
}

#[test]
fn settings_are_validated_and_saved() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let res = admin.post_form(
        "/musterstadt/admin/settings",
        &[
            ("max_wishes", "0"),
            ("advance_months", "12"),
            ("school_entry_cutoff", "13-01"),
            ("small_cell_threshold", "3"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(
        body.contains("href=\"#max_wishes\"") && body.contains("href=\"#school_entry_cutoff\"")
    );
    let res = admin.post_form(
        "/musterstadt/admin/settings",
        &[
            ("max_wishes", "3"),
            ("advance_months", "6"),
            ("school_entry_cutoff", "06-30"),
            ("small_cell_threshold", "5"),
            ("modules", "parents"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let mut conn = t.app.db.get().unwrap();
    let m = kitaplatz::store::tenants::municipality_by_slug(&mut conn, "musterstadt")
        .unwrap()
        .unwrap();
    let s = kitaplatz::store::tenants::settings(&mut conn, &m.tenant_id()).unwrap();
    assert_eq!(
        (
            s.max_wishes,
            s.advance_months,
            s.school_entry_cutoff,
            s.small_cell_threshold
        ),
        (3, 6, (6, 30), 5)
    );
    assert_eq!(s.modules, vec!["parents".to_string()]);
}

#[test]
fn an_admin_cannot_lock_themselves_out() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let (_, page) = admin.page("/musterstadt/admin/users");
    let own = page
        .split("<tr>")
        .find(|r| r.contains("admin.musterstadt@example.org"))
        .unwrap();
    assert!(!own.contains("/disable"), "no disable button for oneself");
    // Find the own membership id through the database and try anyway.
    use diesel::prelude::*;
    use kitaplatz::db::schema::{memberships, users};
    let mut conn = t.app.db.get().unwrap();
    let id: String = memberships::table
        .inner_join(users::table)
        .filter(users::email.eq("admin.musterstadt@example.org"))
        .select(memberships::id)
        .first(&mut *conn)
        .unwrap();
    let res = admin.post_form(&format!("/musterstadt/admin/users/{id}/disable"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    let (status, page) = admin.page("/musterstadt/admin/users");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("eigenen Zugang können Sie nicht sperren"));
}

#[test]
fn municipality_admins_set_criteria_consent_and_deadlines() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let res = admin.post_form(
        "/musterstadt/admin/criteria",
        &[
            ("label", "Wir wohnen im Ortsteil Nord."),
            ("help_text", ""),
            ("points", "7"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let res = admin.post_form(
        "/musterstadt/admin/criteria",
        &[("label", ""), ("help_text", ""), ("points", "-1")],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let res = admin.post_form(
        "/musterstadt/admin/consent",
        &[("body", "Neue Fassung des Einwilligungstextes.")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let res = admin.post_form(
        "/musterstadt/admin/deadlines",
        &[("kita_year", "2028"), ("deadline", "2028-01-15")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = admin.page("/musterstadt/admin/rules");
    assert!(
        page.contains("Version 2") && page.contains("Kita-Jahr 2028&#x2F;2029: bis 15.01.2028")
    );

    // Parents see the new question and text; switching it off removes the question.
    let parent = t.login("eltern.musterstadt@example.org");
    crate::family::add_child(&parent, "Emil", "2024-02-02");
    let (_, form) = parent.page("/musterstadt/applications/new");
    assert!(
        form.contains("Wir wohnen im Ortsteil Nord.")
            && form.contains("Neue Fassung des Einwilligungstextes.")
    );
    let i = page.find("Wir wohnen im Ortsteil Nord.").unwrap();
    let start = page[i..].find("/musterstadt/admin/criteria/").unwrap()
        + i
        + "/musterstadt/admin/criteria/".len();
    let id = page[start..start + 36].to_string();
    let res = admin.post_form(
        &format!("/musterstadt/admin/criteria/{id}"),
        &[("active", "false")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, form) = parent.page("/musterstadt/applications/new");
    assert!(!form.contains("Wir wohnen im Ortsteil Nord."));
    // Another municipality's admin cannot switch it.
    let other = t.login("admin.beispieldorf@example.org");
    let res = other.post_form(
        &format!("/beispieldorf/admin/criteria/{id}"),
        &[("active", "true")],
    );
    assert_eq!(res.status(), Status::NotFound);
}

#[test]
fn municipality_admins_override_texts_per_language_and_the_shipped_text_stays_elsewhere() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let (status, page) = admin.page("/musterstadt/admin/texts?q=nav-kitas");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("texts/nav-kitas"), "search lists the key");
    let (status, page) = admin.page("/musterstadt/admin/texts/nav-kitas");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Kreşler") && page.contains("name=\"texts[tr]\""));

    let before = t.audit_count();
    let res = admin.post_form(
        "/musterstadt/admin/texts/nav-kitas",
        &[("texts[de]", "Unsere Kitas"), ("texts[tr]", "Kreşlerimiz")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(t.audit_count(), before + 1);
    let (_, page) = admin.page("/musterstadt/admin/texts");
    assert!(page.contains("nav-kitas") && page.contains("de, tr"));

    // Visitors of Musterstadt read the municipality's texts in German and Turkish, the shipped
    // text in English; Beispieldorf keeps the shipped text.
    let visitor = t.client();
    let (_, page) = visitor.page("/musterstadt");
    assert!(page.contains(">Unsere Kitas<"), "German override");
    let (_, page) = visitor.page("/beispieldorf");
    assert!(page.contains(">Kitas<") && !page.contains("Unsere Kitas"));
    visitor.get("/lang/tr?next=/");
    let (_, page) = visitor.page("/musterstadt");
    assert!(page.contains(">Kreşlerimiz<"), "Turkish override");
    visitor.get("/lang/en?next=/");
    let (_, page) = visitor.page("/musterstadt");
    assert!(page.contains(">Daycare<") && !page.contains("Unsere Kitas"));

    // Placeholders the shipped text lacks, and stray braces, are refused with the field marked.
    let res = admin.post_form(
        "/musterstadt/admin/texts/nav-kitas",
        &[
            ("texts[de]", "Kitas für { $kind }"),
            ("texts[ar]", "{ oops"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let page = res.into_string().unwrap();
    assert!(page.contains("Den Platzhalter „kind“ hat dieser Text nicht."));
    assert!(page.contains("id=\"text-ar-error\""));
    assert!(page.contains("Kitas für { $kind }"), "the input is kept");
    let (_, page) = visitor.page("/musterstadt");
    assert!(!page.contains("{ $kind }"));

    // An empty field returns to the shipped text.
    let res = admin.post_form(
        "/musterstadt/admin/texts/nav-kitas",
        &[("texts[de]", ""), ("texts[tr]", "Kreşlerimiz")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    visitor.get("/lang/de?next=/");
    let (_, page) = visitor.page("/musterstadt");
    assert!(page.contains(">Kitas<") && !page.contains("Unsere Kitas"));

    // Unknown keys, other municipalities' admins and other roles get nothing.
    assert_eq!(
        admin.get("/musterstadt/admin/texts/no-such-key").status(),
        Status::NotFound
    );
    let other = t.login("admin.beispieldorf@example.org");
    for path in [
        "/musterstadt/admin/texts",
        "/musterstadt/admin/texts/nav-kitas",
    ] {
        let (status, page) = other.page(path);
        assert!(matches!(status, Status::Forbidden | Status::NotFound));
        assert!(!page.contains("Kreşlerimiz"));
    }
    let res = other.post_form(
        "/musterstadt/admin/texts/nav-kitas",
        &[("texts[de]", "Fremd")],
    );
    assert!(matches!(res.status(), Status::Forbidden | Status::NotFound));
    let office = t.login("jugendamt.musterstadt@example.org");
    let (status, page) = office.page("/musterstadt/admin/texts");
    assert!(matches!(status, Status::Forbidden | Status::NotFound));
    assert!(!page.contains("Kreşlerimiz"));
}

#[test]
fn criteria_and_the_consent_text_are_translated_per_language_and_a_new_consent_version_needs_its_own(
) {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let res = admin.post_form(
        "/musterstadt/admin/criteria",
        &[
            ("label", "Wir wohnen im Ortsteil Nord."),
            ("help_text", "Nord liegt nördlich der Bahn."),
            ("points", "3"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let res = admin.post_form(
        "/musterstadt/admin/consent",
        &[("body", "Ich willige in die Verarbeitung ein.")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, rules) = admin.page("/musterstadt/admin/rules");
    let mine = rules.find("Wir wohnen im Ortsteil Nord.").unwrap();
    let link = |marker: &str| {
        let i = rules[mine..].find(marker).expect(marker) + mine;
        let end = rules[i..].find('"').unwrap() + i;
        rules[i..end].to_string()
    };
    let label = link("/musterstadt/admin/texts/own-criterion-");
    assert!(label.ends_with("-label"));
    let consent = link("/musterstadt/admin/texts/own-consent-");
    let (status, page) = admin.page(&label);
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Wir wohnen im Ortsteil Nord."));
    let res = admin.post_form(&label, &[("texts[tr]", "Kuzey mahallesinde oturuyoruz.")]);
    assert_eq!(res.status(), Status::SeeOther);
    let res = admin.post_form(&consent, &[("texts[tr]", "İşlenmesine onay veriyorum.")]);
    assert_eq!(res.status(), Status::SeeOther);
    // Own texts have no placeholders.
    let res = admin.post_form(&label, &[("texts[en]", "We live in { $area }")]);
    assert_eq!(res.status(), Status::UnprocessableEntity);

    let parent = t.login("eltern.musterstadt@example.org");
    crate::family::add_child(&parent, "Emil", "2024-02-02");
    parent.get("/lang/tr?next=/");
    let (_, form) = parent.page("/musterstadt/applications/new");
    assert!(form.contains("lang=\"tr\" dir=\"auto\">Kuzey mahallesinde oturuyoruz."));
    assert!(
        form.contains("lang=\"de\" dir=\"auto\">Nord liegt"),
        "German help text marked as German"
    );
    assert!(
        form.contains("Nord liegt nördlich der Bahn."),
        "untranslated help stays German"
    );
    assert!(form.contains("İşlenmesine onay veriyorum."));
    parent.get("/lang/de?next=/");
    let (_, form) = parent.page("/musterstadt/applications/new");
    assert!(form.contains("Wir wohnen im Ortsteil Nord.") && !form.contains("Kuzey"));

    // A new consent version is shown in German until it is translated too.
    let res = admin.post_form(
        "/musterstadt/admin/consent",
        &[("body", "Neue Fassung der Einwilligung.")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    parent.get("/lang/tr?next=/");
    let (_, form) = parent.page("/musterstadt/applications/new");
    assert!(form.contains("Neue Fassung der Einwilligung.") && !form.contains("onay veriyorum"));
    // Another municipality cannot reach these texts.
    let other = t.login("admin.beispieldorf@example.org");
    let (status, _) = other.page(&label.replace("/musterstadt/", "/beispieldorf/"));
    assert_eq!(status, Status::NotFound);
}
