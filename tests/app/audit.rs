//! Every state-changing route writes an audit row. The list of POST routes comes from
//! Rocket: a new POST route without a recipe here fails the test, so nobody can add one
//! without proving its audit row.

use std::collections::BTreeSet;

use rocket::http::{Method, Status};

use crate::common::*;

const PW2: &str = "Sonnenblumen im Garten 42";

fn membership(admin: &Browser) -> String {
    musterstadt_membership(admin, "kita.musterstadt@example.org")
}

/// Runs the recipe for one POST route; returns the audit action that must appear.
fn run(route: &str, t: &TestApp) -> &'static str {
    match route {
        "/login" => {
            let b = t.client();
            assert_eq!(
                b.post_form(
                    "/login",
                    &[
                        ("email", "eltern.musterstadt@example.org"),
                        ("password", PW)
                    ]
                )
                .status(),
                Status::SeeOther
            );
            "login"
        }
        "/login/second-factor" => {
            let b = t.client();
            let res = b.post_form(
                "/login",
                &[("email", "kita.musterstadt@example.org"), ("password", PW)],
            );
            assert_eq!(res.status(), Status::SeeOther);
            let code = code_for(t, kitaplatz::seed::DEMO_TOTP_SECRET, 0);
            assert_eq!(
                b.post_form("/login/second-factor", &[("code", &code)])
                    .status(),
                Status::SeeOther
            );
            "login"
        }
        "/account/second-factor" => {
            let b = t.login("eltern.beispieldorf@example.org");
            let secret = secret_on(&b.page("/account/second-factor").1);
            let code = code_for(t, &secret, 0);
            assert_eq!(
                b.post_form("/account/second-factor", &[("code", &code)])
                    .status(),
                Status::Ok
            );
            "second_factor_enrolled"
        }
        "/account/delete" => {
            // A parent of its own, so that the other recipes keep theirs.
            let pw = crate::accounts::NEW_PW;
            let b = t.client();
            let res = b.post_form(
                "/musterstadt/register",
                &[
                    ("email", "loeschen@example.org"),
                    ("password", pw),
                    ("password2", pw),
                ],
            );
            assert_eq!(res.status(), Status::Ok);
            let mail = t
                .deliver_mail()
                .into_iter()
                .find(|m| m.contains("To: loeschen@example.org"))
                .expect("confirmation mail");
            let link = link_in(&mail, "/confirm/").expect("confirmation link");
            assert_eq!(b.post_form(&link, &[]).status(), Status::SeeOther);
            let res = b.post_form(
                "/login",
                &[("email", "loeschen@example.org"), ("password", pw)],
            );
            assert_eq!(res.status(), Status::SeeOther);
            let res = b.post_form("/account/delete", &[("password", pw), ("confirm", "yes")]);
            assert_eq!(res.status(), Status::SeeOther);
            "account_deleted"
        }
        "/account/second-factor/disable" => {
            // The parent enrolled by the recipe above, with the next step's code.
            let b = t.client();
            let res = b.post_form(
                "/login",
                &[
                    ("email", "eltern.beispieldorf@example.org"),
                    ("password", PW),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            t.skip_second_factor("eltern.beispieldorf@example.org");
            let secret = {
                use diesel::prelude::*;
                let keys = t.app.field_keys().unwrap();
                let mut conn = t.app.db.get().unwrap();
                let id: String = kitaplatz::db::schema::users::table
                    .filter(
                        kitaplatz::db::schema::users::email.eq("eltern.beispieldorf@example.org"),
                    )
                    .select(kitaplatz::db::schema::users::id)
                    .first(&mut conn)
                    .unwrap();
                let s = kitaplatz::store::second_factor::secret(
                    &mut conn,
                    &keys,
                    &kitaplatz::ids::UserId(id),
                )
                .unwrap()
                .expect("enrolled");
                totp_rs::Secret::from(s.bytes).to_base32()
            };
            let code = code_for(t, &secret, 1);
            assert_eq!(
                b.post_form("/account/second-factor/disable", &[("code", &code)])
                    .status(),
                Status::SeeOther
            );
            "second_factor_disabled"
        }
        "/account/second-factor/recovery-codes" => {
            let b = t.login("traeger.musterstadt@example.org");
            let code = code_for(t, kitaplatz::seed::DEMO_TOTP_SECRET, 0);
            assert_eq!(
                b.post_form("/account/second-factor/recovery-codes", &[("code", &code)])
                    .status(),
                Status::Ok
            );
            "recovery_codes_renewed"
        }
        "/<_>/admin/users/<membership>/second-factor/reset" => {
            let admin = t.login("admin.musterstadt@example.org");
            let m = musterstadt_membership(&admin, "kita-leitung.musterstadt@example.org");
            assert_eq!(
                admin
                    .post_form(
                        &format!("/musterstadt/admin/users/{m}/second-factor/reset"),
                        &[]
                    )
                    .status(),
                Status::SeeOther
            );
            "second_factor_reset"
        }
        "/<_>/admin/users/<membership>/access" => {
            let admin = t.login("admin.musterstadt@example.org");
            let m = musterstadt_membership(&admin, "kita-leitung.musterstadt@example.org");
            assert_eq!(
                admin
                    .post_form(
                        &format!("/musterstadt/admin/users/{m}/access"),
                        &[("networks", "10.0.0.0/8")]
                    )
                    .status(),
                Status::SeeOther
            );
            // Lifted again: later recipes log in as this account.
            assert_eq!(
                admin
                    .post_form(&format!("/musterstadt/admin/users/{m}/access"), &[])
                    .status(),
                Status::SeeOther
            );
            "access_restrictions"
        }
        "/logout" => {
            let b = t.login("eltern.musterstadt@example.org");
            assert_eq!(b.post_form("/logout", &[]).status(), Status::SeeOther);
            "logout"
        }
        "/<_>/register" => {
            let b = t.client();
            let res = b.post_form(
                "/musterstadt/register",
                &[
                    ("email", "audit@example.org"),
                    ("password", PW2),
                    ("password2", PW2),
                ],
            );
            assert_eq!(res.status(), Status::Ok);
            "create"
        }
        "/confirm/<token>" => {
            let b = t.client();
            b.post_form(
                "/beispieldorf/register",
                &[
                    ("email", "confirm@example.org"),
                    ("password", PW2),
                    ("password2", PW2),
                ],
            );
            let link = t
                .deliver_mail()
                .iter()
                .find_map(|m| link_in(m, "/confirm/"))
                .unwrap();
            assert_eq!(b.post_form(&link, &[]).status(), Status::SeeOther);
            "confirm"
        }
        "/password/forgot" => {
            let b = t.client();
            assert_eq!(
                b.post_form(
                    "/password/forgot",
                    &[("email", "kita.musterstadt@example.org")]
                )
                .status(),
                Status::Ok
            );
            "password_reset_requested"
        }
        "/password/reset/<token>" => {
            let b = t.client();
            b.post_form(
                "/password/forgot",
                &[("email", "traeger.musterstadt@example.org")],
            );
            let link = t
                .deliver_mail()
                .iter()
                .find_map(|m| link_in(m, "/password/reset/"))
                .unwrap();
            assert_eq!(
                b.post_form(&link, &[("password", PW2), ("password2", PW2)])
                    .status(),
                Status::SeeOther
            );
            "update"
        }
        "/invite/<token>" => {
            let admin = t.login("admin.neustadt@example.org");
            admin.post_form(
                "/neustadt-am-see/admin/users",
                &[
                    ("email", "eingeladen@example.org"),
                    ("role", "youth_office"),
                ],
            );
            let link = t
                .deliver_mail()
                .iter()
                .find_map(|m| link_in(m, "/invite/"))
                .unwrap();
            let b = t.client();
            assert_eq!(
                b.post_form(&link, &[("password", PW2), ("password2", PW2)])
                    .status(),
                Status::SeeOther
            );
            "update"
        }
        "/<_>/admin/users" => {
            let admin = t.login("admin.musterstadt@example.org");
            let kita = crate::facilities::facility_id(&admin, "Kita Sonnenschein");
            let res = admin.post_form(
                "/musterstadt/admin/users",
                &[
                    ("email", "neu@example.org"),
                    ("role", "facility_staff"),
                    ("facility", &kita),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "create"
        }
        "/<_>/admin/users/<membership>/disable" => {
            let admin = t.login("admin.musterstadt@example.org");
            let m = membership(&admin);
            assert_eq!(
                admin
                    .post_form(&format!("/musterstadt/admin/users/{m}/disable"), &[])
                    .status(),
                Status::SeeOther
            );
            "disable"
        }
        "/<_>/admin/users/<membership>/enable" => {
            let admin = t.login("admin.musterstadt@example.org");
            let m = membership(&admin);
            assert_eq!(
                admin
                    .post_form(&format!("/musterstadt/admin/users/{m}/enable"), &[])
                    .status(),
                Status::SeeOther
            );
            "update_or_enable"
        }
        "/<_>/admin/settings" => {
            let admin = t.login("admin.musterstadt@example.org");
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
            "update"
        }
        "/admin/districts" => {
            let op = t.login("betrieb@example.org");
            assert_eq!(
                op.post_form(
                    "/admin/districts",
                    &[("slug", "seekreis"), ("name", "Landkreis Am See")]
                )
                .status(),
                Status::SeeOther
            );
            "create"
        }
        "/admin/municipalities" => {
            let op = t.login("betrieb@example.org");
            let (_, page) = op.page("/admin");
            let start = page.find("<option value=\"").unwrap() + "<option value=\"".len();
            let district = page[start..start + 36].to_string();
            let res = op.post_form(
                "/admin/municipalities",
                &[
                    ("district", &district),
                    ("slug", "seedorf"),
                    ("name", "Seedorf"),
                    ("ags", "05958009"),
                    ("bundesland", "NW"),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "create"
        }
        "/admin/users" => {
            let op = t.login("betrieb@example.org");
            let (_, page) = op.page("/admin");
            let start = page.find("name=\"scope\"").unwrap();
            let opt =
                page[start..].find("<option value=\"").unwrap() + start + "<option value=\"".len();
            let scope = page[opt..opt + 36].to_string();
            let res = op.post_form(
                "/admin/users",
                &[
                    ("email", "gemeindeadmin@example.org"),
                    ("role", "municipality_admin"),
                    ("scope", &scope),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "create"
        }
        "/<_>/office/providers" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let res = office.post_form(
                "/musterstadt/office/providers",
                &[("name", "Neuer Träger"), ("kind", "company")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "create"
        }
        "/<_>/office/facilities" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let (_, page) = office.page("/musterstadt/office/facilities");
            let start = page.find("name=\"provider\"").unwrap();
            let opt =
                page[start..].find("<option value=\"").unwrap() + start + "<option value=\"".len();
            let provider = page[opt..opt + 36].to_string();
            let res = office.post_form(
                "/musterstadt/office/facilities",
                &crate::facilities::new_facility("Audit-Kita", &provider),
            );
            assert_eq!(res.status(), Status::SeeOther);
            "create"
        }
        "/<_>/office/facilities/<id>" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let id = crate::facilities::facility_id(&office, "Hort am Markt");
            let (_, page) = office.page(&format!("/musterstadt/office/facilities/{id}"));
            let start = page.find("name=\"provider\"").unwrap();
            let sel = page[start..].find("selected").unwrap() + start;
            let vstart = page[..sel].rfind("value=\"").unwrap() + "value=\"".len();
            let provider = page[vstart..vstart + 36].to_string();
            let res = office.post_form(
                &format!("/musterstadt/office/facilities/{id}"),
                &crate::facilities::new_facility("Hort am Markt", &provider),
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/office/facilities/<id>/licences" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let id = crate::facilities::facility_id(&office, "Krippe Zwergenland");
            let res = office.post_form(
                &format!("/musterstadt/office/facilities/{id}/licences"),
                &[
                    ("valid_from", "2020-01-01"),
                    ("valid_to", "2024-07-31"),
                    ("places_u2", ""),
                    ("places_u3", "15"),
                    ("places_ue3", ""),
                    ("places_hort", ""),
                    ("reserved_u2", ""),
                    ("reserved_u3", ""),
                    ("reserved_ue3", ""),
                    ("reserved_hort", ""),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "create"
        }
        "/<_>/family/children" => {
            let parent = t.login("eltern.musterstadt@example.org");
            crate::family::add_child(&parent, "Audit", "2024-03-03");
            "create"
        }
        "/<_>/family/children/<id>" => {
            let parent = t.login("eltern.beispieldorf@example.org");
            let res = parent.post_form(
                "/beispieldorf/family/children",
                &crate::family::child_fields("Ida", "2024-03-03"),
            );
            assert_eq!(res.status(), Status::SeeOther);
            let (_, page) = parent.page("/beispieldorf/family");
            let start = page.find("/beispieldorf/family/children/").unwrap()
                + "/beispieldorf/family/children/".len();
            let id = page[start..start + 36].to_string();
            let res = parent.post_form(
                &format!("/beispieldorf/family/children/{id}"),
                &crate::family::child_fields("Ida Sophie", "2024-03-03"),
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/family/guardians" => {
            let parent = t.login("eltern.musterstadt@example.org");
            let res = parent.post_form(
                "/musterstadt/family/guardians",
                &[("first_names", "Max"), ("last_name", "Muster")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "create"
        }
        "/<_>/applications" | "/<_>/applications/<id>" | "/<_>/applications/<id>/withdraw" => {
            let parent = t.login("eltern.musterstadt@example.org");
            let child =
                crate::family::add_child(&parent, &format!("Kind{}", route.len()), "2024-05-01");
            let sonne = crate::facilities::facility_id(&parent, "Kita Sonnenschein");
            let fields = [
                ("child", child.as_str()),
                ("kind", "request"),
                ("start_date", "2027-04-30"),
                ("hours", "35"),
                ("wishes", sonne.as_str()),
                ("consent", "yes"),
            ];
            let res = parent.post_form("/musterstadt/applications", &fields);
            assert_eq!(res.status(), Status::SeeOther);
            let location = res.headers().get_one("Location").unwrap().to_string();
            match route {
                "/<_>/applications" => "create",
                "/<_>/applications/<id>" => {
                    assert_eq!(
                        parent.post_form(&location, &fields).status(),
                        Status::SeeOther
                    );
                    "update"
                }
                _ => {
                    assert_eq!(
                        parent
                            .post_form(&format!("{location}/withdraw"), &[])
                            .status(),
                        Status::SeeOther
                    );
                    "withdraw"
                }
            }
        }
        "/<_>/admin/criteria" | "/<_>/admin/criteria/<id>" => {
            let admin = t.login("admin.musterstadt@example.org");
            let res = admin.post_form(
                "/musterstadt/admin/criteria",
                &[("label", "Audit-Frage"), ("help_text", ""), ("points", "1")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            if route == "/<_>/admin/criteria" {
                return "create";
            }
            let (_, page) = admin.page("/musterstadt/admin/rules");
            let start = page.find("/musterstadt/admin/criteria/").unwrap()
                + "/musterstadt/admin/criteria/".len();
            let id = page[start..start + 36].to_string();
            let res = admin.post_form(
                &format!("/musterstadt/admin/criteria/{id}"),
                &[("active", "false")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/admin/fees" => {
            let admin = t.login("admin.musterstadt@example.org");
            let res = admin.post_form(
                "/musterstadt/admin/fees",
                &[
                    // From next Kita year, so this year's demo collections stay as they are.
                    ("valid_from", "2027-08-01"),
                    ("income_limits", "30000"),
                    ("sibling_discounts", "0; 50"),
                    ("proration", "per_day"),
                    (
                        "rates",
                        "U3; 45; 200; 300\nÜ3; 45; 100; 200\nHort; 45; 50; 60",
                    ),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "create"
        }
        "/<_>/office/fees/assess" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let res =
                office.post_form("/musterstadt/office/fees/assess", &[("through", "2026-11")]);
            assert_eq!(res.status(), Status::SeeOther);
            "enqueue"
        }
        "/<_>/family/fees/income" => {
            let parent = t.login("eltern.musterstadt@example.org");
            let res = parent.post_form(
                "/musterstadt/family/fees/income",
                &[("income", "42000"), ("valid_from", "2026-12")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "declare"
        }
        "/<_>/office/fees/declarations/<id>/verify" => {
            let parent = t.login("eltern.musterstadt@example.org");
            let res = parent.post_form(
                "/musterstadt/family/fees/income",
                &[("income", "42000"), ("valid_from", "2026-12")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            let office = t.login("jugendamt.musterstadt@example.org");
            let (_, page) = office.page("/musterstadt/office/fees");
            let i = page.find("/office/fees/declarations/").unwrap();
            let id = &page[i + "/office/fees/declarations/".len()..][..36];
            let res = office.post_form(
                &format!("/musterstadt/office/fees/declarations/{id}/verify"),
                &[],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "verify"
        }
        "/<_>/office/fees/income" | "/<_>/office/fees/mandate" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let (_, page) = office.page("/musterstadt/office/fees");
            let i = page.find("<option value=\"").unwrap() + "<option value=\"".len();
            let household = page[i..i + 36].to_string();
            let res = if route.ends_with("income") {
                office.post_form(
                    "/musterstadt/office/fees/income",
                    &[
                        ("household", &household),
                        ("income", "20000"),
                        ("valid_from", "2026-09"),
                    ],
                )
            } else {
                office.post_form(
                    "/musterstadt/office/fees/mandate",
                    &[
                        ("household", &household),
                        ("holder", "Sam Bestand"),
                        ("iban", "DE89370400440532013000"),
                        ("signed_on", "2026-11-01"),
                    ],
                )
            };
            assert_eq!(res.status(), Status::SeeOther);
            if route.ends_with("income") {
                "declare"
            } else {
                "create"
            }
        }
        "/<_>/admin/retention" => {
            let admin = t.login("admin.musterstadt@example.org");
            let res = admin.post_form(
                "/musterstadt/admin/retention",
                &[
                    ("audit_log_days", "1460"),
                    ("register_log_days", "730"),
                    ("unsuccessful_days", "365"),
                    ("withdrawn_days", "183"),
                    ("contract_days", "2922"),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/admin/sepa" => {
            let admin = t.login("admin.musterstadt@example.org");
            let res = admin.post_form(
                "/musterstadt/admin/sepa",
                &[
                    ("name", "Stadt Musterstadt"),
                    ("iban", "DE02120300000000202051"),
                    ("bic", ""),
                    ("creditor_id", "DE98ZZZ09999999999"),
                    ("pre_notice_days", "10"),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/family/fees/mandate" | "/<_>/family/fees/mandate/revoke" => {
            let parent = t.login("eltern.musterstadt@example.org");
            let res = parent.post_form(
                "/musterstadt/family/fees/mandate",
                &[
                    ("holder", "Eva Beispiel"),
                    ("iban", "DE89370400440532013000"),
                    ("consent", "yes"),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            if route.ends_with("revoke") {
                let res = parent.post_form("/musterstadt/family/fees/mandate/revoke", &[]);
                assert_eq!(res.status(), Status::SeeOther);
                "revoke"
            } else {
                "create"
            }
        }
        "/<_>/office/fees/collections" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let res = office.post_form(
                "/musterstadt/office/fees/collections",
                &[("date", "2026-12-15")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "enqueue"
        }
        "/<_>/office/fees/returns" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let res = office.post_form(
                "/musterstadt/office/fees/collections",
                &[("date", "2026-12-15")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            kitaplatz::jobs::run_pending(&t.app).unwrap();
            let e2e: String = {
                use diesel::prelude::*;
                use kitaplatz::db::schema::sepa_debits;
                let mut c = t.app.db.get().unwrap();
                sepa_debits::table
                    .select(sepa_debits::end_to_end_id)
                    .first(&mut c)
                    .unwrap()
            };
            let csv =
                format!("end_to_end_id;reason_code;amount;date\n{e2e};MD06;1,00;20.12.2026\n");
            let res = office.upload("/musterstadt/office/fees/returns", "r.csv", csv.as_bytes());
            assert_eq!(res.status(), Status::SeeOther);
            "return"
        }
        "/<_>/admin/texts/<key>" => {
            let admin = t.login("admin.musterstadt@example.org");
            let res = admin.post_form(
                "/musterstadt/admin/texts/nav-kitas",
                &[("texts[de]", "Unsere Kitas")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "texts.override"
        }
        "/<_>/admin/consent" => {
            let admin = t.login("admin.musterstadt@example.org");
            let res = admin.post_form("/musterstadt/admin/consent", &[("body", "Text")]);
            assert_eq!(res.status(), Status::SeeOther);
            "create"
        }
        "/<_>/admin/deadlines" => {
            let admin = t.login("admin.musterstadt@example.org");
            let res = admin.post_form(
                "/musterstadt/admin/deadlines",
                &[("kita_year", "2029"), ("deadline", "2029-02-01")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/office/paper" => {
            crate::paper::enter_paper(t);
            "create"
        }
        "/api/v1/municipalities/<slug>/applications" => {
            let token = crate::api::issue_write_token(t, "Audit-Portal", "youth_office");
            let (status, json) = crate::api::send(
                &t.client(),
                "POST",
                "/api/v1/municipalities/musterstadt/applications",
                &token,
                &crate::api::needs_report_json("Audit", "Musterstadt"),
            );
            assert_eq!(status, Status::Created, "{json}");
            "create"
        }
        "/<_>/claim" => {
            let code = crate::paper::enter_paper(t);
            let parent = t.login("eltern.musterstadt@example.org");
            assert_eq!(
                parent
                    .post_form("/musterstadt/claim", &[("code", &code)])
                    .status(),
                Status::SeeOther
            );
            "claim"
        }
        "/<_>/office/applications/<id>/register" => {
            let id = crate::checks::out_of_town(t, "Audit");
            let office = t.login("jugendamt.musterstadt@example.org");
            let res = office.post_form(
                &format!("/musterstadt/office/applications/{id}/register"),
                &[("decision", "approve"), ("reason", "Zuzug")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "decide"
        }
        "/<_>/office/duplicates/<id>/merge" => {
            let pair = crate::checks::duplicate_pair(t, "Merle");
            let office = t.login("jugendamt.musterstadt@example.org");
            let res = office.post_form(
                &format!("/musterstadt/office/duplicates/{pair}/merge"),
                &[("keep", "a")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "merge"
        }
        "/<_>/office/duplicates/<id>/distinct" => {
            let pair = crate::checks::duplicate_pair(t, "Dora");
            let office = t.login("jugendamt.musterstadt@example.org");
            let res = office.post_form(
                &format!("/musterstadt/office/duplicates/{pair}/distinct"),
                &[],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "distinct"
        }
        "/<_>/office/cross-duplicates/<id>/dismiss" => {
            let id = crate::checks::cross_notice(t, "Cora");
            let office = t.login("jugendamt.beispieldorf@example.org");
            let res = office.post_form(
                &format!("/beispieldorf/office/cross-duplicates/{id}/dismiss"),
                &[],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "dismiss"
        }
        "/<_>/admin/register" => {
            let admin = t.login("admin.musterstadt@example.org");
            let res = admin.post_form(
                "/musterstadt/admin/register",
                &[
                    ("action", "save"),
                    ("kind", "meso"),
                    ("endpoint", "https://meso.example.org/ws"),
                    ("username", ""),
                    ("password", ""),
                    ("timeout", "10"),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/admin/allocation" => {
            crate::allocation::require_confirmations(t);
            "update"
        }
        "/<_>/office/applications/<id>/allocation" => {
            let (_, id) = crate::allocation::offered(t, "fakten");
            let office = t.login("jugendamt.musterstadt@example.org");
            let res = office.post_form(
                &format!("/musterstadt/office/applications/{id}/allocation"),
                &[("current_facility", ""), ("staff_facility", "")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/office/facilities/<id>/catchment" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let sonne = crate::facilities::facility_id(&office, "Kita Sonnenschein");
            let res = office.post_form(
                &format!("/musterstadt/office/facilities/{sonne}/catchment"),
                &[("catchment", "59999")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/office/allocation" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            crate::allocation::create_round(&office, "Audit");
            "create"
        }
        "/<_>/office/allocation/<id>/run" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let round = crate::allocation::create_round(&office, "Audit-Lauf");
            crate::allocation::what_if(&office, &round);
            "run"
        }
        "/<_>/office/allocation/runs/<id>/publish" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let round = crate::allocation::create_round(&office, "Audit-Veröffentlichung");
            let run = crate::allocation::what_if(&office, &round);
            crate::allocation::publish(&office, &run);
            "publish"
        }
        "/<_>/office/allocation/runs/<id>/adjust" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let round = crate::allocation::create_round(&office, "Audit-Änderung");
            let run = crate::allocation::what_if(&office, &round);
            let kita = crate::facilities::facility_id(&office, "Kita Sonnenschein");
            let res = office.post_form(
                &format!("/musterstadt/office/allocation/runs/{run}/adjust"),
                &[
                    ("kind", "hold"),
                    ("facility", &kita),
                    ("category", "UE3"),
                    ("places", "2"),
                    ("reason", "Plätze für Notfälle"),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "hold"
        }
        "/<_>/office/allocation/runs/<id>/review" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let round = crate::allocation::create_round(&office, "Audit-Bestätigung");
            let run = crate::allocation::what_if(&office, &round);
            let res = office.post_form(
                &format!("/musterstadt/office/allocation/runs/{run}/review"),
                &[],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "send_for_review"
        }
        "/<_>/office/proposals/<run>/<application>" => {
            let (run, application) = crate::allocation::proposed_at_sonnenschein(t, "leitung");
            let lead = t.login("kita-leitung.musterstadt@example.org");
            let res = lead.post_form(
                &format!("/musterstadt/office/proposals/{run}/{application}"),
                &[("decision", "confirm"), ("reason", "Passt in die Gruppe")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "confirm"
        }
        "/<_>/admin/letters/<kind>" => {
            let admin = t.login("admin.musterstadt@example.org");
            let res = admin.post_form(
                "/musterstadt/admin/letters/waiting_list",
                &[
                    ("subject", "Warteliste für {{ child_first_names }}"),
                    ("body", "Leider kein Platz in der Runde {{ round }}."),
                    ("action", "save"),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/applications/<id>/accept" => {
            let (parent, id) = crate::allocation::offered(t, "annahme");
            let res = parent.post_form(&format!("/musterstadt/applications/{id}/accept"), &[]);
            assert_eq!(res.status(), Status::SeeOther);
            "accept"
        }
        "/<_>/applications/<id>/decline" => {
            let (parent, id) = crate::allocation::offered(t, "absage");
            let res = parent.post_form(&format!("/musterstadt/applications/{id}/decline"), &[]);
            assert_eq!(res.status(), Status::SeeOther);
            "decline"
        }
        "/<_>/office/contracts" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            crate::contracts::draft(t, &office, "Kita Sonnenschein", "Audit", "2026-08-01", "");
            "create"
        }
        "/<_>/office/contracts/offer/<offer>" => {
            let (parent, id) = crate::allocation::offered(t, "vertragsaudit");
            parent.post_form(&format!("/musterstadt/applications/{id}/accept"), &[]);
            let office = t.login("jugendamt.musterstadt@example.org");
            let offer = crate::contracts::offer_of(t, &id);
            let res = office.post_form(
                &format!("/musterstadt/office/contracts/offer/{offer}"),
                &[("weekly_hours", "35")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "create"
        }
        "/<_>/office/contracts/<id>/sign"
        | "/<_>/office/contracts/<id>/hours"
        | "/<_>/office/contracts/<id>/end-date"
        | "/<_>/office/contracts/<id>/note"
        | "/<_>/office/contracts/<id>/end" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            // One child per route ("sign" and "note" are equally long).
            let last = route.chars().last().unwrap_or('x');
            let first = format!("Audit{}{last}", route.len());
            let id =
                crate::contracts::draft(t, &office, "Kita Sonnenschein", &first, "2026-08-01", "");
            if !route.ends_with("/sign") {
                office.post_form(&format!("/musterstadt/office/contracts/{id}/sign"), &[]);
            }
            let (path, fields, action): (&str, Vec<(&str, &str)>, &str) =
                match route.rsplit('/').next() {
                    Some("sign") => ("sign", vec![], "sign"),
                    Some("hours") => (
                        "hours",
                        vec![("valid_from", "2027-01-01"), ("weekly_hours", "45")],
                        "update",
                    ),
                    Some("end-date") => ("end-date", vec![("end_date", "2028-07-31")], "update"),
                    Some("note") => ("note", vec![("note", "Förderbedarf Sprache")], "update"),
                    _ => ("end", vec![("end_date", "2028-07-31")], "end"),
                };
            let res = office.post_form(
                &format!("/musterstadt/office/contracts/{id}/{path}"),
                &fields,
            );
            assert_eq!(res.status(), Status::SeeOther, "{route}");
            action
        }
        "/<_>/office/contracts/import" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let res = crate::contracts::upload(&office, "a.csv", b"einrichtung;vorname");
            assert_eq!(res.status(), Status::SeeOther);
            "upload"
        }
        "/<_>/office/contracts/import/<id>" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let file = "einrichtung;vorname;nachname;geburtsdatum;strasse;hausnummer;plz;ort;\
                        sorgeberechtigt_vorname;sorgeberechtigt_nachname;beginn;ende;wochenstunden\n\
                        Kita Sonnenschein;Ada;Audit;2023-01-01;A;1;12345;B;C;Audit;2026-08-01;;35";
            let res = crate::contracts::upload(&office, "a.csv", file.as_bytes());
            let report = res.headers().get_one("Location").unwrap().to_string();
            let res = office.post_form(&report, &[]);
            assert_eq!(res.status(), Status::SeeOther);
            "enqueue"
        }
        "/<_>/office/planning/areas" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let res = office.post_form(
                "/musterstadt/office/planning/areas",
                &[("name", "Audit-Raum")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/office/planning/areas/<id>" | "/<_>/office/planning/areas/<id>/delete" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let name = format!("Raum {}", route.len());
            office.post_form("/musterstadt/office/planning/areas", &[("name", &name)]);
            let (_, page) = office.page("/musterstadt/office/planning/setup");
            let marker = "/musterstadt/office/planning/areas/";
            let i = page.rfind(marker).unwrap() + marker.len();
            let id = &page[i..i + 36];
            if route.ends_with("/delete") {
                let res = office.post_form(&format!("{marker}{id}/delete"), &[]);
                assert_eq!(res.status(), Status::SeeOther);
                "delete"
            } else {
                let res = office.post_form(&format!("{marker}{id}"), &[("name", "Umbenannt")]);
                assert_eq!(res.status(), Status::SeeOther);
                "update"
            }
        }
        "/<_>/office/planning/cohorts" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            office.post_form("/musterstadt/office/planning/areas", &[("name", "Süd")]);
            let res = office.upload(
                "/musterstadt/office/planning/cohorts",
                "j.csv",
                b"geburtsjahr;planungsraum;anzahl\n2024;S\xc3\xbcd;10\n",
            );
            assert_eq!(res.status(), Status::SeeOther);
            "upload"
        }
        "/<_>/office/planning/settings" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let mut fields = vec![("weighting", "plain"), ("primary_school_years", "4")];
            fields.extend(
                ["2", "40", "65", "93", "93", "93", "0", "0", "0", "0"].map(|r| ("rates", r)),
            );
            let res = office.post_form("/musterstadt/office/planning/settings", &fields);
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/office/planning/staffing/<facility>" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let (_, page) = office.page("/musterstadt/office/planning/staffing");
            let marker = "/musterstadt/office/planning/staffing/";
            let i = page.find(marker).unwrap() + marker.len();
            let id = page[i..i + 36].to_string();
            let res = office.post_form(
                &format!("{marker}{id}"),
                &[("fte", "3"), ("valid_from", "2026-11-01")],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/office/planning/staffing-keys" => {
            let office = t.login("jugendamt.musterstadt@example.org");
            let res = office.post_form(
                "/musterstadt/office/planning/staffing-keys",
                &[
                    ("category", "U3"),
                    ("children_per_fte", "4"),
                    ("reference_hours", "40"),
                    ("weight", "1"),
                    ("source", "Audit"),
                ],
            );
            assert_eq!(res.status(), Status::SeeOther);
            "update"
        }
        "/<_>/admin/api-tokens" => {
            crate::api::issue_token(t, "Audit-Software", "youth_office");
            "create"
        }
        "/<_>/admin/api-tokens/<id>/revoke" => {
            crate::api::issue_token(t, "Widerruf", "youth_office");
            let admin = t.login("admin.musterstadt@example.org");
            let (_, page) = admin.page("/musterstadt/admin/api-tokens");
            let mark = "/musterstadt/admin/api-tokens/";
            let i = page.find(mark).unwrap() + mark.len();
            let id = page[i..i + 36].to_string();
            let res = admin.post_form(&format!("{mark}{id}/revoke"), &[]);
            assert_eq!(res.status(), Status::SeeOther);
            "revoke"
        }
        other => panic!("POST route {other} has no audit recipe in tests/app/audit.rs — add one"),
    }
}

#[test]
fn every_post_route_writes_an_audit_row() {
    let t = TestApp::demo();
    let probe = t.client();
    let routes: BTreeSet<String> = probe
        .client
        .rocket()
        .routes()
        .filter(|r| r.method == Method::Post)
        .map(|r| r.uri.path().to_string())
        .collect();
    assert!(routes.len() >= 18, "{routes:?}");
    for route in &routes {
        let before: BTreeSet<String> = t.audit_rows().into_iter().map(|r| r.0).collect();
        let expected = run(route, &t);
        let actions: Vec<String> = t
            .audit_rows()
            .into_iter()
            .filter(|r| !before.contains(&r.0))
            .map(|r| r.1)
            .collect();
        assert!(!actions.is_empty(), "{route} wrote no audit row");
        let ok = match expected {
            "update_or_enable" => actions.iter().any(|a| a == "enable" || a == "update"),
            e => actions.iter().any(|a| a == e),
        };
        assert!(
            ok,
            "{route}: expected audit action {expected}, got {actions:?}"
        );
    }
}

#[test]
fn audit_rows_name_fields_but_never_values() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    admin.post_form(
        "/musterstadt/admin/settings",
        &[
            ("max_wishes", "4"),
            ("advance_months", "12"),
            ("school_entry_cutoff", "09-30"),
            ("small_cell_threshold", "3"),
            ("modules", "parents"),
            ("modules", "allocation"),
        ],
    );
    admin.post_form(
        "/musterstadt/admin/users",
        &[
            ("email", "geheim.person@example.org"),
            ("role", "youth_office"),
        ],
    );
    let (status, page) = admin.page("/musterstadt/admin/audit?entity=settings");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("max_wishes"));
    assert!(
        page.contains("admin.musterstadt@example.org"),
        "actor shown"
    );
    let (_, page) = admin.page("/musterstadt/admin/audit");
    assert!(page.contains("membership"));
    // The invited address is a personal value: it is not in any audit field.
    use diesel::prelude::*;
    use kitaplatz::db::schema::audit_log;
    let mut conn = t.app.db.get().unwrap();
    let rows: Vec<(String, String, Option<String>)> = audit_log::table
        .select((
            audit_log::action,
            audit_log::changed_fields,
            audit_log::entity_id,
        ))
        .load(&mut *conn)
        .unwrap();
    for (action, fields, id) in rows {
        let text = format!("{action} {fields} {}", id.unwrap_or_default());
        assert!(!text.contains('@'), "personal value in audit row: {text}");
    }
    // Filters: by user and by date.
    let (_, page) = admin.page("/musterstadt/admin/audit?user=jugendamt.musterstadt%40example.org");
    assert!(page.contains("Keine Einträge"));
    let (_, page) = admin.page("/musterstadt/admin/audit?from=2030-01-01");
    assert!(page.contains("Keine Einträge"));
    let (_, page) = admin.page("/musterstadt/admin/audit?from=2026-11-23&to=2026-11-23");
    assert!(page.contains("max_wishes"));
}

/// (action, entity type, entity id, actor e-mail) of the audit rows of `entity`.
fn rows_of(t: &TestApp, entity: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    use diesel::prelude::*;
    use kitaplatz::db::schema::{audit_log, users};
    let mut conn = t.app.db.get().unwrap();
    audit_log::table
        .left_join(users::table.on(users::id.nullable().eq(audit_log::actor_user_id)))
        .filter(audit_log::entity_id.eq(entity))
        .select((
            audit_log::action,
            audit_log::entity_type,
            audit_log::entity_id,
            users::email.nullable(),
        ))
        .load(&mut *conn)
        .unwrap()
}

#[test]
fn opening_a_childs_record_is_recorded_with_who_and_when() {
    let t = TestApp::demo();
    let parent = crate::allocation::family(&t, "gelesen@example.org");
    let kita = crate::contracts::facility_id(&t, "Kita Sonnenschein");
    let id = crate::allocation::apply(&t, &parent, "Ida", &[&kita], &[]);
    let reads = |t: &TestApp| {
        rows_of(t, &id)
            .into_iter()
            .filter(|r| r.0 == "read")
            .collect::<Vec<_>>()
    };
    // Parents reading their own application are not recorded.
    assert_eq!(
        parent
            .get(&format!("/musterstadt/applications/{id}"))
            .status(),
        Status::Ok
    );
    assert!(reads(&t).is_empty());
    // The youth office's view is, and the page shows who opened it.
    let office = t.login("jugendamt.musterstadt@example.org");
    let (status, page) = office.page(&format!("/musterstadt/office/applications/{id}"));
    assert_eq!(status, Status::Ok);
    assert_eq!(
        reads(&t),
        vec![(
            "read".to_string(),
            "application".to_string(),
            Some(id.clone()),
            Some("jugendamt.musterstadt@example.org".to_string())
        )]
    );
    assert!(page.contains("Zugriffe und Änderungen") && page.contains("geöffnet"));
    // Another municipality gets 404 and nothing is recorded.
    let other = t.login("jugendamt.beispieldorf@example.org");
    let status = other
        .get(&format!("/beispieldorf/office/applications/{id}"))
        .status();
    assert_eq!(status, Status::NotFound);
    assert_eq!(reads(&t).len(), 1);
    // The admin finds every access to the record in the audit log.
    let admin = t.login("admin.musterstadt@example.org");
    let (_, page) = admin.page(&format!("/musterstadt/admin/audit?id={id}"));
    assert!(page.contains("jugendamt.musterstadt@example.org") && page.contains(">read<"));
    // An export of the list is recorded with its size.
    let res = office.get("/musterstadt/office/applications/export?format=csv");
    assert_eq!(res.status(), Status::Ok);
    let exports: Vec<(String, String)> = t
        .audit_actions()
        .into_iter()
        .filter(|a| a.0 == "export")
        .collect();
    assert_eq!(
        exports,
        vec![("export".to_string(), "application".to_string())]
    );
    // Contracts too.
    let (_, contract) = crate::fees::child_in_care(&t, &office, "vertrag@example.org", "Mia");
    assert_eq!(
        office
            .get(&format!("/musterstadt/office/contracts/{contract}"))
            .status(),
        Status::Ok
    );
    assert!(rows_of(&t, &contract)
        .iter()
        .any(|r| r.0 == "read" && r.1 == "contract"));
}

#[test]
fn parents_download_everything_stored_about_their_household() {
    let t = TestApp::demo();
    let parent = crate::allocation::family(&t, "auskunft@example.org");
    // Before there is a household, there is nothing to download but the account.
    let (_, page) = parent.page("/musterstadt/family");
    assert!(!page.contains("/family/data-export"));
    let kita = crate::contracts::facility_id(&t, "Kita Sonnenschein");
    let id = crate::allocation::apply(&t, &parent, "Ida", &[&kita], &[]);
    // The office opens the application: the parent will see that.
    let office = t.login("jugendamt.musterstadt@example.org");
    assert_eq!(
        office
            .get(&format!("/musterstadt/office/applications/{id}"))
            .status(),
        Status::Ok
    );
    let res = parent.get("/musterstadt/family/data-export?format=json");
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(res.content_type(), Some(rocket::http::ContentType::JSON));
    let doc: serde_json::Value = serde_json::from_str(&res.into_string().unwrap()).unwrap();
    assert_eq!(doc["account"]["email"], "auskunft@example.org");
    assert_eq!(doc["children"][0]["first_names"], "Ida");
    let app = &doc["applications"][0];
    assert_eq!(app["application"]["id"], id.as_str());
    assert_eq!(app["application"]["wishes"][0], "Kita Sonnenschein");
    assert!(app["points"]["total"].is_number());
    assert!(app["register"]["status"].is_string());
    assert!(app["history"].as_array().is_some_and(|h| !h.is_empty()));
    let log = doc["access_log"].as_array().unwrap();
    assert!(log.iter().any(|e| e["action"] == "read"
        && e["by"] == "jugendamt.musterstadt@example.org"
        && e["record_id"] == id.as_str()));
    // Nothing of other households.
    let text = doc.to_string();
    assert!(!text.contains("eltern.musterstadt@example.org"));

    // The PDF has the same content in words.
    let res = parent.get("/musterstadt/family/data-export?format=pdf");
    assert_eq!(res.status(), Status::Ok);
    assert!(res.into_bytes().unwrap().starts_with(b"%PDF"));
    assert_eq!(
        parent
            .get("/musterstadt/family/data-export?format=doc")
            .status(),
        Status::NotFound
    );
    let (_, page) = parent.page("/musterstadt/family");
    assert!(page.contains("/musterstadt/family/data-export?format=json"));

    // The office produces it on request, and that is recorded; others get nothing.
    let path = format!("/musterstadt/office/applications/{id}/data-export?format=json");
    let res = office.get(&path);
    assert_eq!(res.status(), Status::Ok);
    assert!(t
        .audit_actions()
        .contains(&("export".to_string(), "household".to_string())));
    let other = t.login("jugendamt.beispieldorf@example.org");
    let status = other
        .get(&path.replace("musterstadt", "beispieldorf"))
        .status();
    assert_eq!(status, Status::NotFound);
    let other_parent = t.login("eltern.musterstadt@example.org");
    assert_eq!(other_parent.get(&path).status(), Status::Forbidden);
}

#[test]
fn logs_past_their_period_are_deleted_by_the_nightly_run_after_a_dry_run() {
    use kitaplatz::store::retention;
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let (status, page) = admin.page("/musterstadt/admin/retention");
    assert_eq!(status, Status::Ok);
    assert!(page.contains("value=\"1095\"") && page.contains("value=\"730\""));
    // Wrong periods are refused and named.
    let periods = |audit: &'static str| {
        [
            ("audit_log_days", audit),
            ("register_log_days", "730"),
            ("unsuccessful_days", "365"),
            ("withdrawn_days", "183"),
            ("contract_days", "2922"),
        ]
    };
    let res = admin.post_form("/musterstadt/admin/retention", &periods("30"));
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(
        body.contains("Zwischen 365 und 3650 Tagen.") && body.contains("im angegebenen Bereich")
    );
    let res = admin.post_form("/musterstadt/admin/retention", &periods("400"));
    assert_eq!(res.status(), Status::SeeOther);
    let office = t.login("jugendamt.musterstadt@example.org");
    assert_eq!(
        office.get("/musterstadt/admin/retention").status(),
        Status::Forbidden
    );
    let other = t.login("admin.beispieldorf@example.org");
    let status = other.get("/musterstadt/admin/retention").status();
    assert!(matches!(status, Status::Forbidden | Status::NotFound));

    let beispieldorf_rows = |t: &TestApp| -> i64 {
        use diesel::prelude::*;
        use kitaplatz::db::schema::{audit_log, municipalities};
        let mut c = t.app.db.get().unwrap();
        audit_log::table
            .inner_join(
                municipalities::table
                    .on(municipalities::id.nullable().eq(audit_log::municipality_id)),
            )
            .filter(municipalities::slug.eq("beispieldorf"))
            .count()
            .get_result(&mut c)
            .unwrap()
    };
    let before_other = beispieldorf_rows(&t);
    // 401 days later: Musterstadt's log (400 days) is past its period, Beispieldorf's (the
    // default, 1095 days) is not. The dry run counts, deletes nothing.
    t.clock.advance(chrono::Duration::days(401));
    let now = kitaplatz::clock::Clock::now_naive(&t.clock);
    let tenant = {
        let mut c = t.app.db.get().unwrap();
        kitaplatz::store::tenants::municipality_by_slug(&mut c, "musterstadt")
            .unwrap()
            .unwrap()
            .tenant_id()
    };
    let preview = {
        let mut c = t.app.db.get().unwrap();
        retention::preview(&mut c, &tenant, now).unwrap()
    };
    assert!(preview.audit_log > 0, "{preview:?}");
    assert!(
        preview.sessions > 0,
        "the sessions of the logins above expired"
    );
    let admin = t.login("admin.musterstadt@example.org");
    let (_, page) = admin.page("/musterstadt/admin/retention");
    assert!(
        page.contains(&format!("<td>{}</td>", preview.audit_log)),
        "{page}"
    );

    let day = now.date();
    let done = {
        let mut c = t.app.db.get().unwrap();
        retention::run_once(&mut c, day, now)
            .unwrap()
            .expect("first run of the day")
    };
    assert_eq!(done.audit_log, preview.audit_log);
    assert_eq!(done.sessions, preview.sessions);
    {
        let mut c = t.app.db.get().unwrap();
        assert_eq!(
            retention::run_once(&mut c, day, now).unwrap(),
            None,
            "once a day"
        );
        assert_eq!(
            retention::preview(&mut c, &tenant, now).unwrap().audit_log,
            0
        );
    }
    assert_eq!(
        beispieldorf_rows(&t),
        before_other,
        "Beispieldorf keeps its log"
    );
}
