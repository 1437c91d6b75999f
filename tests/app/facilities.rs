//! Facilities: public directory (HTML and JSON), office maintenance, licence periods.

use rocket::http::Status;

use crate::common::*;

/// The id of a demo facility of Musterstadt, from the public directory.
pub fn facility_id(b: &Browser, name: &str) -> String {
    let (_, page) = b.page("/musterstadt/kitas");
    let i = page
        .find(&format!(">{name}</a>"))
        .expect("facility in the directory");
    let start = page[..i].rfind("/musterstadt/kitas/").unwrap() + "/musterstadt/kitas/".len();
    page[start..start + 36].to_string()
}

#[test]
fn the_public_directory_lists_and_filters_without_login() {
    let t = TestApp::demo();
    let b = t.client();
    let (status, page) = b.page("/musterstadt/kitas");
    assert_eq!(status, Status::Ok);
    for name in [
        "Kita Sonnenschein",
        "Krippe Zwergenland",
        "Ev. Kindergarten Arche",
        "Hort am Markt",
    ] {
        assert!(page.contains(name), "{name}");
    }
    assert!(!page.contains("Kita Dorfspatzen"), "other municipality");
    assert!(page.contains("4 von 4 Einrichtungen"));

    let (_, page) = b.page("/musterstadt/kitas?category=U3");
    assert!(page.contains("Kita Sonnenschein") && page.contains("Krippe Zwergenland"));
    assert!(!page.contains("Hort am Markt") && !page.contains("Ev. Kindergarten Arche"));
    let (_, page) = b.page("/musterstadt/kitas?hours=45");
    assert!(page.contains("Kita Sonnenschein") && !page.contains("Ev. Kindergarten Arche"));
    let (_, page) = b.page("/musterstadt/kitas?kind=hort");
    assert!(page.contains("1 von 4 Einrichtungen"));
    let (_, page) = b.page("/musterstadt/kitas?tag=montessori");
    assert!(page.contains("Kita Sonnenschein") && !page.contains("Krippe Zwergenland"));

    let id = facility_id(&b, "Ev. Kindergarten Arche");
    let (status, page) = b.page(&format!("/musterstadt/kitas/{id}"));
    assert_eq!(status, Status::Ok);
    assert!(page.contains("Kirchplatz 2") && page.contains("50"));
    // Another municipality's facility is not found under this slug.
    assert_eq!(
        b.page(&format!("/beispieldorf/kitas/{id}")).0,
        Status::NotFound
    );
    assert_eq!(b.page("/musterstadt/kitas/gibtsnicht").0, Status::NotFound);
}

#[test]
fn the_json_api_lists_facilities_with_places() {
    let t = TestApp::demo();
    let b = t.client();
    let res = b.get("/api/v1/municipalities/musterstadt/facilities");
    assert_eq!(res.status(), Status::Ok);
    let json: serde_json::Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    let list = json["facilities"].as_array().unwrap();
    assert_eq!(list.len(), 4);
    let arche = list
        .iter()
        .find(|f| f["name"] == "Ev. Kindergarten Arche")
        .unwrap();
    assert_eq!(arche["kind"], "kindergarten");
    assert_eq!(arche["address"]["street"], "Kirchplatz");
    assert_eq!(arche["categories"][0]["category"], "UE3");
    assert_eq!(arche["categories"][0]["licensed_places"], 50);
    assert_eq!(arche["care_hours"], serde_json::json!([25, 35]));
    assert!(arche["tags"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("evangelisch")));
    assert!(arche.get("phone").is_none(), "only the documented fields");

    let res = b.get("/api/v1/municipalities/gibtsnicht/facilities");
    assert_eq!(res.status(), Status::NotFound);
    let json: serde_json::Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    assert_eq!(json["error"]["code"], "municipality_not_found");
}

/// A complete facility form.
pub fn new_facility<'a>(name: &'a str, provider: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("provider", provider),
        ("name", name),
        ("kind", "kita"),
        ("street", "Neue Straße"),
        ("house_number", "1"),
        ("postal_code", "59999"),
        ("city", "Musterstadt"),
        ("latitude", ""),
        ("longitude", ""),
        ("phone", ""),
        ("email", ""),
        ("website", ""),
        ("opening_hours", "Mo–Fr 7–16 Uhr"),
        ("care_hours", "35, 45"),
        ("tags", "wald"),
    ]
}

#[test]
fn the_youth_office_creates_a_facility_with_licence_periods() {
    let t = TestApp::demo();
    let office = t.login("jugendamt.musterstadt@example.org");
    let res = office.post_form(
        "/musterstadt/office/providers",
        &[("name", "Waldkinder e. V."), ("kind", "association")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let res = office.post_form(
        "/musterstadt/office/providers",
        &[("name", "Waldkinder e. V."), ("kind", "association")],
    );
    assert_eq!(res.status(), Status::Conflict);
    let (_, page) = office.page("/musterstadt/office/facilities");
    let i = page.find(">Waldkinder e. V.</option>").unwrap();
    let start = page[..i].rfind("value=\"").unwrap() + "value=\"".len();
    let provider = page[start..start + 36].to_string();

    // Bad input: every problem is named next to its field.
    let mut bad = new_facility("", &provider);
    bad[5].1 = "123";
    bad[13].1 = "99";
    let res = office.post_form("/musterstadt/office/facilities", &bad);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(
        body.contains("href=\"#name\"")
            && body.contains("href=\"#postal_code\"")
            && body.contains("href=\"#care_hours\"")
    );
    // A provider of another municipality is refused.
    let res = office.post_form(
        "/musterstadt/office/facilities",
        &new_facility("Fremd", "00000000-0000-0000-0000-000000000000"),
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);

    // Markup in a name is stored as typed and always escaped.
    let res = office.post_form(
        "/musterstadt/office/facilities",
        &new_facility("Waldkita <script>alert(1)</script>", &provider),
    );
    assert_eq!(res.status(), Status::SeeOther);
    let edit = res.headers().get_one("Location").unwrap().to_string();
    let id = edit.rsplit('/').next().unwrap().to_string();

    // Licence periods: must not overlap.
    let licence = |from: &'static str, to: &'static str, u3: &'static str| {
        vec![
            ("valid_from", from),
            ("valid_to", to),
            ("places_u2", "0"),
            ("places_u3", u3),
            ("places_ue3", "20"),
            ("places_hort", "0"),
            ("reserved_u2", "0"),
            ("reserved_u3", "0"),
            ("reserved_ue3", "0"),
            ("reserved_hort", "0"),
        ]
    };
    let path = format!("/musterstadt/office/facilities/{id}/licences");
    assert_eq!(
        office
            .post_form(&path, &licence("2025-08-01", "2027-07-31", "8"))
            .status(),
        Status::SeeOther
    );
    let res = office.post_form(&path, &licence("2027-07-01", "", "8"));
    assert_eq!(res.status(), Status::Conflict);
    assert!(res.into_string().unwrap().contains("überschneidet sich"));
    let res = office.post_form(&path, &licence("2027-08-01", "2027-07-01", "8"));
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert_eq!(
        office
            .post_form(&path, &licence("2027-08-01", "", "12"))
            .status(),
        Status::SeeOther
    );

    let public = t.client();
    let (_, page) = public.page("/musterstadt/kitas");
    assert!(page.contains("Waldkita &lt;script&gt;alert(1)&lt;&#x2F;script&gt;"));
    assert!(!page.contains("<script>alert(1)"));
    let res = public.get("/api/v1/municipalities/musterstadt/facilities");
    let json: serde_json::Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    let wald = json["facilities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id.as_str())
        .unwrap()
        .clone();
    assert_eq!(wald["name"], "Waldkita <script>alert(1)</script>");
    assert_eq!(
        wald["categories"][0]["licensed_places"], 8,
        "the period in force today (2026-11-23)"
    );

    // Editing audits the changed field names.
    let mut edit_fields = new_facility("Waldkita", &provider);
    edit_fields[14].1 = "wald, natur";
    assert_eq!(
        office.post_form(&edit, &edit_fields).status(),
        Status::SeeOther
    );
    let (_, page) = t
        .login("admin.musterstadt@example.org")
        .page("/musterstadt/admin/audit?entity=facility");
    assert!(page.contains("name,tags"), "changed fields listed");
}

#[test]
fn facilities_of_another_municipality_are_not_found_in_the_office() {
    let t = TestApp::demo();
    let public = t.client();
    let id = facility_id(&public, "Kita Sonnenschein");
    let other = t.login("jugendamt.beispieldorf@example.org");
    assert_eq!(
        other
            .page(&format!("/beispieldorf/office/facilities/{id}"))
            .0,
        Status::NotFound
    );
    let res = other.post_form(
        &format!("/beispieldorf/office/facilities/{id}/licences"),
        &[
            ("valid_from", "2030-01-01"),
            ("valid_to", ""),
            ("places_u2", "0"),
            ("places_u3", "5"),
            ("places_ue3", "0"),
            ("places_hort", "0"),
            ("reserved_u2", "0"),
            ("reserved_u3", "0"),
            ("reserved_ue3", "0"),
            ("reserved_hort", "0"),
        ],
    );
    assert_eq!(res.status(), Status::NotFound);
}

#[test]
fn provider_admins_maintain_only_their_providers_facilities() {
    let t = TestApp::demo();
    let public = t.client();
    let arche = facility_id(&public, "Ev. Kindergarten Arche");
    let sonne = facility_id(&public, "Kita Sonnenschein");
    let traeger = t.login("traeger.musterstadt@example.org");
    let (status, page) = traeger.page("/musterstadt/office/facilities");
    assert_eq!(status, Status::Ok);
    let main = &page[page.find("<main").unwrap()..];
    assert!(
        main.contains("Ev. Kindergarten Arche") && !main.contains("Kita Sonnenschein"),
        "{main}"
    );
    assert!(
        !page.contains("Neuer Träger"),
        "only the youth office creates providers"
    );
    assert_eq!(
        traeger
            .page(&format!("/musterstadt/office/facilities/{arche}"))
            .0,
        Status::Ok
    );
    assert_eq!(
        traeger
            .page(&format!("/musterstadt/office/facilities/{sonne}"))
            .0,
        Status::NotFound
    );
    let res = traeger.post_form(
        "/musterstadt/office/providers",
        &[("name", "Eigener Träger"), ("kind", "company")],
    );
    assert_eq!(res.status(), Status::Forbidden);
    let licence = [
        ("valid_from", "2020-01-01"),
        ("valid_to", "2024-07-31"),
        ("places_u2", "0"),
        ("places_u3", "0"),
        ("places_ue3", "45"),
        ("places_hort", "0"),
        ("reserved_u2", "0"),
        ("reserved_u3", "0"),
        ("reserved_ue3", "0"),
        ("reserved_hort", "0"),
    ];
    let res = traeger.post_form(
        &format!("/musterstadt/office/facilities/{sonne}/licences"),
        &licence,
    );
    assert_eq!(res.status(), Status::NotFound);
    let res = traeger.post_form(
        &format!("/musterstadt/office/facilities/{arche}/licences"),
        &licence,
    );
    assert_eq!(res.status(), Status::SeeOther);
}

#[test]
fn a_provider_admin_is_invited_for_one_provider() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let res = admin.post_form(
        "/musterstadt/admin/users",
        &[
            ("email", "verein@example.org"),
            ("role", "provider_admin"),
            ("provider", ""),
        ],
    );
    assert_eq!(
        res.status(),
        Status::UnprocessableEntity,
        "provider required"
    );
    let (_, page) = admin.page("/musterstadt/admin/users");
    let i = page.find(">Kinderhaus e. V.</option>").unwrap();
    let start = page[..i].rfind("value=\"").unwrap() + 7;
    let provider = page[start..start + 36].to_string();
    let res = admin.post_form(
        "/musterstadt/admin/users",
        &[
            ("email", "verein@example.org"),
            ("role", "provider_admin"),
            ("provider", &provider),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let b = accept_invitation(&t, "verein@example.org", "Der Verein kümmert sich gut");
    let (_, page) = b.page("/musterstadt/office/facilities");
    assert!(page.contains("Krippe Zwergenland") && !page.contains("Ev. Kindergarten Arche"));
}
