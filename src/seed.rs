//! The demo: district `musterkreis` with three municipalities and one user per role.

use diesel::Connection;

use crate::auth;
use crate::clock::Clock;
use crate::db::Db;
use crate::domain::facility::{FacilityDraft, FacilityKind, Licence, Places, ProviderKind};
use crate::domain::roles::{Role, Scope};
use crate::domain::tenant::Bundesland;
use crate::error::AppResult;
use crate::ids::{DistrictId, MunicipalityId};
use crate::store::audit::AuditCtx;
use crate::store::tenants::{self, NewMunicipality};
use crate::store::{checks, facilities, rules, users};
use chrono::NaiveDate;

/// The provider the demo provider admin maintains.
pub const DEMO_PROVIDER: &str = "Ev. Kirchengemeinde Musterstadt";

/// The password of every demo user.
pub const DEMO_PASSWORD: &str = "Kitaplatz-Demo-2026";

/// The second-factor secret of every demo staff account (base32, published on purpose so the
/// demo can be tried: add it to an authenticator app, or run `kitaplatz demo-code`). Real
/// accounts set up their own secret at their first login.
pub const DEMO_TOTP_SECRET: &str = "KITAPLATZDEMOZWEITERFAKTOR234567";

/// The raw bytes of [`DEMO_TOTP_SECRET`].
pub fn demo_totp_bytes() -> Vec<u8> {
    totp_rs::Secret::try_from_base32(DEMO_TOTP_SECRET)
        .map(|s| s.as_ref().to_vec())
        .unwrap_or_default()
}

/// One demo login.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    /// E-mail.
    pub email: String,
    /// Role code.
    pub role: &'static str,
    /// Where (slug or "–").
    pub scope: String,
}

/// Where the demo's register simulator listens (started in-process by `serve`).
pub const DEMO_SIMULATOR: &str = "127.0.0.1:8090";

/// The demo's registers: Musterstadt asks MESO, Beispieldorf OK.EWO (both on the simulator);
/// Neustadt am See has none, so its applications are only checked for duplicates.
pub fn demo_register(slug: &str) -> Option<(&'static str, String)> {
    use kitaplatz_register::sim;
    match slug {
        "musterstadt" => Some(("meso", format!("http://{DEMO_SIMULATOR}{}", sim::MESO_PATH))),
        "beispieldorf" => Some((
            "ok_ewo",
            format!("http://{DEMO_SIMULATOR}{}", sim::OKEWO_PATH),
        )),
        _ => None,
    }
}

/// The demo municipalities: slug, name, AGS.
pub const DEMO_MUNICIPALITIES: &[(&str, &str, &str)] = &[
    ("musterstadt", "Musterstadt", "05958001"),
    ("beispieldorf", "Beispieldorf", "05958002"),
    ("neustadt-am-see", "Neustadt am See", "05958003"),
];

/// The demo users: e-mail, role, municipality slug (or district / global).
pub const DEMO_USERS: &[(&str, Role, &str)] = &[
    ("betrieb@example.org", Role::Operator, ""),
    ("kreis@example.org", Role::DistrictOfficial, "musterkreis"),
    (
        "admin.musterstadt@example.org",
        Role::MunicipalityAdmin,
        "musterstadt",
    ),
    (
        "jugendamt.musterstadt@example.org",
        Role::YouthOffice,
        "musterstadt",
    ),
    (
        "traeger.musterstadt@example.org",
        Role::ProviderAdmin,
        "musterstadt",
    ),
    (
        "kita-leitung.musterstadt@example.org",
        Role::FacilityLead,
        "musterstadt",
    ),
    (
        "kita.musterstadt@example.org",
        Role::FacilityStaff,
        "musterstadt",
    ),
    (
        "eltern.musterstadt@example.org",
        Role::Parent,
        "musterstadt",
    ),
    (
        "admin.beispieldorf@example.org",
        Role::MunicipalityAdmin,
        "beispieldorf",
    ),
    (
        "jugendamt.beispieldorf@example.org",
        Role::YouthOffice,
        "beispieldorf",
    ),
    (
        "eltern.beispieldorf@example.org",
        Role::Parent,
        "beispieldorf",
    ),
    (
        "admin.neustadt@example.org",
        Role::MunicipalityAdmin,
        "neustadt-am-see",
    ),
];

/// Creates the demo (in one transaction) and returns the logins.
pub fn seed_demo(
    db: &Db,
    clock: &dyn Clock,
    keys: &crate::field_crypto::KeyRing,
) -> AppResult<Vec<DemoLogin>> {
    let hash = auth::hash_password(DEMO_PASSWORD)?;
    let ctx = AuditCtx::new(None, "seed-demo", clock.now_naive());
    let mut conn = db.get()?;
    conn.transaction(|tx| {
        let district: DistrictId =
            tenants::create_district(tx, "musterkreis", "Landkreis Musterkreis", &ctx)?;
        let mut ids: Vec<(&str, MunicipalityId)> = Vec::new();
        for (slug, name, ags) in DEMO_MUNICIPALITIES {
            let id = tenants::create_municipality(
                tx,
                &NewMunicipality {
                    district: district.clone(),
                    slug: slug.to_string(),
                    name: name.to_string(),
                    ags: ags.to_string(),
                    bundesland: Bundesland::NW,
                },
                &ctx,
            )?;
            ids.push((slug, id));
        }
        for (slug, id) in &ids {
            seed_facilities(tx, slug, id, &ctx)?;
            seed_rules(tx, id, &ctx)?;
            if *slug == "musterstadt" {
                seed_contracts(tx, id, &ctx)?;
                seed_fees(tx, id, &ctx)?;
            }
            if let Some((kind, endpoint)) = demo_register(slug) {
                checks::save_settings(
                    tx,
                    id,
                    &checks::SettingsInput {
                        kind: kind.into(),
                        endpoint,
                        username: Some("kitaplatz".into()),
                        password: Some("demo".into()),
                        clear_password: false,
                        timeout_ms: 5_000,
                    },
                    &ctx,
                )?;
            }
        }
        for (email, role, scope) in DEMO_USERS {
            let user = users::create(tx, email, Some(&hash), true, "de", &ctx)?;
            if role.is_staff() {
                crate::store::second_factor::set_secret(
                    tx,
                    keys,
                    &user,
                    &demo_totp_bytes(),
                    Some(ctx.at),
                )?;
            }
            let scope_value = match role {
                Role::Operator => Scope::Global,
                Role::DistrictOfficial => Scope::District(district.0.clone()),
                _ => {
                    let id = ids
                        .iter()
                        .find(|(s, _)| s == scope)
                        .map(|(_, id)| id.clone())
                        .unwrap_or_default();
                    // The demo provider admin runs the church's facilities.
                    let provider = if *role == Role::ProviderAdmin {
                        facilities::providers(tx, &id)?
                            .into_iter()
                            .find(|p| p.name == DEMO_PROVIDER)
                            .map(|p| p.id)
                    } else {
                        None
                    };
                    // The demo facility lead and staff work at Kita Sonnenschein.
                    let facility = if matches!(role, Role::FacilityLead | Role::FacilityStaff) {
                        facilities::names(tx, &id)?
                            .into_iter()
                            .find(|(_, name)| name == DEMO_LED_FACILITY)
                            .map(|(f, _)| f)
                    } else {
                        None
                    };
                    Scope::Municipality {
                        municipality: id.0,
                        facility,
                        provider,
                    }
                }
            };
            users::grant(tx, &user, *role, &scope_value, &ctx)?;
        }
        Ok(demo_logins())
    })
}

/// The facility the demo facility lead and staff work at.
pub const DEMO_LED_FACILITY: &str = "Kita Sonnenschein";

/// Demo facilities: (municipality, provider, provider kind, name, kind, street, no., care hours,
/// tags, U3 places, Ü3 places, Hort places, reserved Ü3).
type DemoFacility = (
    &'static str,
    &'static str,
    ProviderKind,
    &'static str,
    FacilityKind,
    &'static str,
    &'static str,
    &'static [u32],
    &'static [&'static str],
    i32,
    i32,
    i32,
    i32,
);

const DEMO_FACILITIES: &[DemoFacility] = &[
    (
        "musterstadt",
        "Stadt Musterstadt",
        ProviderKind::Public,
        "Kita Sonnenschein",
        FacilityKind::Kita,
        "Lindenallee",
        "4",
        &[25, 35, 45],
        &["montessori", "inklusion"],
        10,
        40,
        0,
        0,
    ),
    (
        "musterstadt",
        "Kinderhaus e. V.",
        ProviderKind::Association,
        "Krippe Zwergenland",
        FacilityKind::Krippe,
        "Am Bach",
        "17",
        &[35, 45],
        &["bilingual"],
        20,
        0,
        0,
        0,
    ),
    (
        "musterstadt",
        "Ev. Kirchengemeinde Musterstadt",
        ProviderKind::Church,
        "Ev. Kindergarten Arche",
        FacilityKind::Kindergarten,
        "Kirchplatz",
        "2",
        &[25, 35],
        &["evangelisch", "bewegung"],
        0,
        50,
        0,
        5,
    ),
    (
        "musterstadt",
        "Stadt Musterstadt",
        ProviderKind::Public,
        "Hort am Markt",
        FacilityKind::Hort,
        "Markt",
        "9",
        &[25, 35],
        &["sport"],
        0,
        0,
        40,
        0,
    ),
    (
        "beispieldorf",
        "Gemeinde Beispieldorf",
        ProviderKind::Public,
        "Kita Dorfspatzen",
        FacilityKind::Kita,
        "Dorfstraße",
        "1",
        &[25, 35, 45],
        &["natur"],
        12,
        30,
        0,
        0,
    ),
];

fn seed_facilities(
    tx: &mut crate::db::DbConnection,
    slug: &str,
    tenant: &MunicipalityId,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let mut providers: Vec<(&str, String)> = Vec::new();
    for (m, provider, pkind, name, kind, street, no, hours, tags, u3, ue3, hort, reserved_ue3) in
        DEMO_FACILITIES
    {
        if *m != slug {
            continue;
        }
        let provider_id = match providers.iter().find(|(n, _)| n == provider) {
            Some((_, id)) => id.clone(),
            None => {
                let id = facilities::create_provider(tx, tenant, provider, *pkind, ctx)?;
                providers.push((provider, id.clone()));
                id
            }
        };
        let draft = FacilityDraft {
            provider_id,
            name: name.to_string(),
            kind: *kind,
            street: street.to_string(),
            house_number: no.to_string(),
            postal_code: "59999".into(),
            city: DEMO_MUNICIPALITIES
                .iter()
                .find(|d| d.0 == slug)
                .map(|d| d.1)
                .unwrap_or_default()
                .into(),
            coordinates: None,
            phone: "02999 12345".into(),
            email: String::new(),
            website: String::new(),
            opening_hours: "Mo–Fr 7:00–17:00".into(),
            care_hours: hours.to_vec(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
        };
        let id = facilities::create(tx, tenant, &draft, ctx)?;
        let licence = Licence {
            valid_from: NaiveDate::from_ymd_opt(2024, 8, 1).unwrap_or_default(),
            valid_to: None,
            places: Places {
                u2: 0,
                u3: *u3,
                ue3: *ue3,
                hort: *hort,
            },
            reserved: Places {
                u2: 0,
                u3: 0,
                ue3: *reserved_ue3,
                hort: 0,
            },
        };
        facilities::add_licence(tx, tenant, &id, &licence, ctx)?
            .map_err(|p| crate::error::AppError::Internal(format!("demo licence: {p:?}")))?;
    }
    Ok(())
}

/// Demo priority criteria, consent text and registration deadline.
/// Demo children in care (Bestandskinder): facility, first name, birth date, start, end,
/// weekly hours. One Krippe child moves on at the end of 2026, one Ü3 child starts school.
/// (facility, first name, birth date, start, end, weekly hours), dates as (year, month, day).
type DemoContract = (
    &'static str,
    &'static str,
    (i32, u32, u32),
    (i32, u32, u32),
    Option<(i32, u32, u32)>,
    u32,
);

const DEMO_CONTRACTS: &[DemoContract] = &[
    (
        "Krippe Zwergenland",
        "Lotta",
        (2023, 12, 10),
        (2024, 9, 1),
        Some((2026, 12, 31)),
        45,
    ),
    (
        "Krippe Zwergenland",
        "Finn",
        (2024, 1, 20),
        (2025, 2, 1),
        None,
        35,
    ),
    (
        "Krippe Zwergenland",
        "Mila",
        (2024, 6, 5),
        (2025, 8, 1),
        None,
        45,
    ),
    (
        "Krippe Zwergenland",
        "Paul",
        (2024, 11, 30),
        (2025, 12, 1),
        None,
        25,
    ),
    (
        "Krippe Zwergenland",
        "Ida",
        (2025, 2, 14),
        (2026, 3, 1),
        None,
        35,
    ),
    (
        "Ev. Kindergarten Arche",
        "Jonas",
        (2021, 3, 15),
        (2024, 8, 1),
        Some((2027, 7, 31)),
        45,
    ),
    (
        "Ev. Kindergarten Arche",
        "Lea",
        (2021, 11, 11),
        (2024, 11, 15),
        None,
        35,
    ),
    (
        "Ev. Kindergarten Arche",
        "Noah",
        (2022, 5, 1),
        (2025, 8, 1),
        None,
        35,
    ),
    (
        "Ev. Kindergarten Arche",
        "Emma",
        (2022, 9, 9),
        (2025, 9, 15),
        None,
        25,
    ),
    (
        "Ev. Kindergarten Arche",
        "Ben",
        (2023, 2, 2),
        (2026, 2, 2),
        None,
        45,
    ),
];

/// Demo contracts (signed, as if imported) and the planning area "Innenstadt".
fn seed_contracts(
    tx: &mut crate::db::DbConnection,
    tenant: &MunicipalityId,
    ctx: &AuditCtx,
) -> AppResult<()> {
    use crate::domain::contract::{ContractStatus, Origin, Terms};
    use crate::domain::household::ChildDraft;
    let names = facilities::names(tx, tenant)?;
    let id_of = |name: &str| {
        names
            .iter()
            .find(|(_, n)| n.as_str() == name)
            .map(|(id, _)| id.clone())
            .ok_or_else(|| crate::error::AppError::Internal(format!("demo facility {name}")))
    };
    let day = |(y, m, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let mut known = std::collections::HashMap::new();
    for (facility, first, birth, start, end, hours) in DEMO_CONTRACTS {
        let child = ChildDraft {
            first_names: first.to_string(),
            last_name: "Bestand".into(),
            birth_date: day(*birth),
            street: "Marktplatz".into(),
            house_number: "1".into(),
            postal_code: "12345".into(),
            city: "Musterstadt".into(),
        };
        crate::store::contracts::create_direct(
            tx,
            tenant,
            &id_of(facility)?,
            &child,
            ("Sam", "Bestand"),
            Terms {
                start: day(*start),
                end: end.map(day),
                weekly_hours: *hours,
            },
            None,
            Origin::Import,
            ContractStatus::Signed,
            &mut known,
            ctx,
        )?;
    }
    let area = [id_of("Kita Sonnenschein")?, id_of("Krippe Zwergenland")?];
    crate::store::planning::save_area(tx, tenant, None, "Innenstadt", &area, ctx)?;
    Ok(())
}

/// The demo's parent fees: a fee schedule from August 2026, the municipality's creditor data,
/// and for the households of the children in care a SEPA mandate and (for most) a verified
/// income, so that `kitaplatz sepa export` has something to collect.
fn seed_fees(
    tx: &mut crate::db::DbConnection,
    tenant: &MunicipalityId,
    ctx: &AuditCtx,
) -> AppResult<()> {
    use crate::db::schema::{children, contracts};
    use crate::domain::fees::{schedule_from_form, ScheduleForm};
    use diesel::prelude::*;
    let schedule = schedule_from_form(&ScheduleForm {
        valid_from: "2026-08-01",
        income_limits: "25.000; 50.000; 75.000",
        sibling_discounts: "0; 50; 100",
        free_hours: "0",
        free_years: "1",
        meal_money: "65,00",
        cap: "",
        proration: "per_day",
        rates:
            "U3; 25; 90; 180; 270; 360\nU3; 35; 120; 240; 360; 480\nU3; 45; 150; 300; 450; 600\n\
                Ü3; 25; 50; 100; 150; 200\nÜ3; 35; 70; 140; 210; 280\nÜ3; 45; 90; 180; 270; 360\n\
                Hort; 25; 40; 80; 120; 160\nHort; 35; 50; 100; 150; 200",
    })
    .map_err(|e| crate::error::AppError::Internal(format!("demo fee schedule: {e:?}")))?;
    crate::store::fees::save_schedule(tx, tenant, &schedule, ctx)?;
    crate::store::sepa::save_creditor(
        tx,
        tenant,
        &crate::store::sepa::Creditor {
            name: "Stadt Musterstadt".into(),
            iban: "DE02120300000000202051".into(),
            bic: Some("BYLADEM1001".into()),
            creditor_id: "DE98ZZZ09999999999".into(),
            pre_notice_days: 14,
        },
        ctx,
    )?;
    let households: Vec<String> = children::table
        .inner_join(contracts::table)
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .select(children::household_id)
        .distinct()
        .order(children::household_id)
        .load(tx)?;
    let signed = NaiveDate::from_ymd_opt(2026, 7, 15).unwrap_or_default();
    for (i, household) in households.iter().enumerate() {
        crate::store::sepa::give_mandate(
            tx,
            tenant,
            household,
            "Sam Bestand",
            "DE89370400440532013000",
            None,
            signed,
            ctx,
        )?;
        let income = match i % 4 {
            0 => Some(rust_decimal::Decimal::from(22_000)),
            1 => Some(rust_decimal::Decimal::from(48_000)),
            2 => Some(rust_decimal::Decimal::from(68_000)),
            _ => None,
        };
        if income.is_some() {
            crate::store::fees::declare(
                tx,
                tenant,
                household,
                income,
                NaiveDate::from_ymd_opt(2026, 8, 1).unwrap_or_default(),
                true,
                ctx,
            )?;
        }
    }
    Ok(())
}

fn seed_rules(
    tx: &mut crate::db::DbConnection,
    tenant: &MunicipalityId,
    ctx: &AuditCtx,
) -> AppResult<()> {
    for (label, help, points) in [
        (
            "Ich bin alleinerziehend.",
            "Sie leben allein mit dem Kind im Haushalt.",
            10,
        ),
        (
            "Alle Sorgeberechtigten sind berufstätig oder in Ausbildung.",
            "Auch Studium und Umschulung zählen.",
            5,
        ),
        (
            "Ein Geschwisterkind besucht bereits eine Wunsch-Einrichtung.",
            "",
            15,
        ),
        (
            "Es liegt ein besonderer Härtefall vor.",
            "Das Jugendamt prüft den Härtefall und meldet sich bei Ihnen.",
            50,
        ),
    ] {
        rules::add_criterion(tx, tenant, label, help, points, ctx)?;
    }
    rules::publish_consent(
        tx,
        tenant,
        "Ihre Angaben werden zur Vergabe von Betreuungsplätzen und zur Bedarfsplanung verarbeitet \
         (§§ 22 ff., 62 ff. SGB VIII). Die Gemeinde gleicht die Angaben mit dem Melderegister ab und \
         gibt sie an die gewünschten Einrichtungen weiter. Sie können den Antrag jederzeit \
         zurückziehen; danach werden die Daten nach den gesetzlichen Fristen gelöscht.",
        ctx,
    )?;
    rules::set_deadline(
        tx,
        tenant,
        2027,
        NaiveDate::from_ymd_opt(2027, 1, 31).unwrap_or_default(),
        ctx,
    )?;
    Ok(())
}

/// Prints the demo logins (start-up banner and `seed --demo`).
pub fn print_logins(logins: &[DemoLogin], base_url: &str) {
    println!();
    println!("Demo-Zugänge (Passwort für alle: {DEMO_PASSWORD}) — {base_url}/login");
    for l in logins {
        println!("  {:<40} {:<20} {}", l.email, l.role, l.scope);
    }
    println!(
        "Mitarbeitende brauchen den zweiten Faktor: Schlüssel {DEMO_TOTP_SECRET} in einer \
         Authenticator-App, oder den aktuellen Code mit `kitaplatz demo-code`."
    );
    println!();
}

/// The demo logins as seeded (for the banner when the demo already exists).
pub fn demo_logins() -> Vec<DemoLogin> {
    DEMO_USERS
        .iter()
        .map(|(email, role, scope)| DemoLogin {
            email: email.to_string(),
            role: role.code(),
            scope: if scope.is_empty() {
                "–".into()
            } else {
                scope.to_string()
            },
        })
        .collect()
}
