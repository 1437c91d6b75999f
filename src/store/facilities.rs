//! Providers (Träger), facilities and their licence periods — always within one tenant.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{facilities, licences, providers};
use crate::domain::facility::{
    check_licence, FacilityDraft, Licence, LicenceProblem, Places, ProviderKind,
};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// A provider.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = providers)]
pub struct Provider {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind code.
    pub kind: String,
}

/// A facility row.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = facilities)]
pub struct Facility {
    /// Id.
    pub id: String,
    /// Provider.
    pub provider_id: String,
    /// Name.
    pub name: String,
    /// Kind code.
    pub kind: String,
    /// Street.
    pub street: String,
    /// House number.
    pub house_number: String,
    /// Postal code.
    pub postal_code: String,
    /// City.
    pub city: String,
    /// Latitude × 10⁶.
    pub latitude_e6: Option<i32>,
    /// Longitude × 10⁶.
    pub longitude_e6: Option<i32>,
    /// Phone.
    pub phone: String,
    /// Contact e-mail.
    pub email: String,
    /// Website.
    pub website: String,
    /// Opening hours.
    pub opening_hours: String,
    /// Care-hour options, comma-separated.
    pub care_hours: String,
    /// Tags, comma-separated.
    pub tags: String,
    /// Last change.
    pub updated_at: NaiveDateTime,
}

impl Facility {
    /// Care-hour options.
    pub fn care_hour_list(&self) -> Vec<u32> {
        self.care_hours
            .split(',')
            .filter_map(|h| h.trim().parse().ok())
            .collect()
    }

    /// Profile tags.
    pub fn tag_list(&self) -> Vec<String> {
        self.tags
            .split(',')
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect()
    }
}

/// Providers of a municipality.
pub fn providers(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<Provider>> {
    Ok(providers::table
        .filter(providers::municipality_id.eq(tenant.as_str()))
        .order(providers::name)
        .select(Provider::as_select())
        .load(conn)?)
}

/// Creates a provider.
pub fn create_provider(
    conn: &mut Conn,
    tenant: &TenantId,
    name: &str,
    kind: ProviderKind,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(providers::table)
        .values((
            providers::id.eq(&id),
            providers::municipality_id.eq(tenant.as_str()),
            providers::name.eq(name),
            providers::kind.eq(kind.code()),
            providers::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "provider",
        Some(&id),
        &["name", "kind"],
    )?;
    Ok(id)
}

/// Facilities of a municipality, by name.
pub fn list(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<Facility>> {
    Ok(facilities::table
        .filter(facilities::municipality_id.eq(tenant.as_str()))
        .order(facilities::name)
        .select(Facility::as_select())
        .load(conn)?)
}

/// Names of the tenant's facilities by id.
pub fn names(
    conn: &mut Conn,
    tenant: &TenantId,
) -> AppResult<std::collections::HashMap<String, String>> {
    Ok(facilities::table
        .filter(facilities::municipality_id.eq(tenant.as_str()))
        .select((facilities::id, facilities::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}

/// One facility of the tenant (another tenant's facility is not found).
pub fn get(conn: &mut Conn, tenant: &TenantId, id: &str) -> AppResult<Option<Facility>> {
    Ok(facilities::table
        .filter(facilities::municipality_id.eq(tenant.as_str()))
        .filter(facilities::id.eq(id))
        .select(Facility::as_select())
        .first(conn)
        .optional()?)
}

fn provider_in_tenant(conn: &mut Conn, tenant: &TenantId, provider: &str) -> AppResult<bool> {
    let n: i64 = providers::table
        .filter(providers::municipality_id.eq(tenant.as_str()))
        .filter(providers::id.eq(provider))
        .count()
        .get_result(conn)?;
    Ok(n == 1)
}

/// The columns a facility draft sets (shared by insert and update).
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = facilities, treat_none_as_null = true)]
struct FacilityColumns<'a> {
    provider_id: &'a str,
    name: &'a str,
    kind: &'static str,
    street: &'a str,
    house_number: &'a str,
    postal_code: &'a str,
    city: &'a str,
    latitude_e6: Option<i32>,
    longitude_e6: Option<i32>,
    phone: &'a str,
    email: &'a str,
    website: &'a str,
    opening_hours: &'a str,
    care_hours: String,
    tags: String,
    updated_at: NaiveDateTime,
}

impl<'a> FacilityColumns<'a> {
    fn of(d: &'a FacilityDraft, at: NaiveDateTime) -> Self {
        Self {
            provider_id: &d.provider_id,
            name: &d.name,
            kind: d.kind.code(),
            street: &d.street,
            house_number: &d.house_number,
            postal_code: &d.postal_code,
            city: &d.city,
            latitude_e6: d.coordinates.map(|c| c.0),
            longitude_e6: d.coordinates.map(|c| c.1),
            phone: &d.phone,
            email: &d.email,
            website: &d.website,
            opening_hours: &d.opening_hours,
            care_hours: join_hours(&d.care_hours),
            tags: d.tags.join(","),
            updated_at: at,
        }
    }
}

/// Creates a facility; the provider must belong to the tenant.
pub fn create(
    conn: &mut Conn,
    tenant: &TenantId,
    d: &FacilityDraft,
    ctx: &AuditCtx,
) -> AppResult<String> {
    if !provider_in_tenant(conn, tenant, &d.provider_id)? {
        return Err(AppError::BadRequest("provider".into()));
    }
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(facilities::table)
        .values((
            facilities::id.eq(&id),
            facilities::municipality_id.eq(tenant.as_str()),
            facilities::created_at.eq(ctx.at),
            FacilityColumns::of(d, ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "facility",
        Some(&id),
        &FIELDS,
    )?;
    Ok(id)
}

const FIELDS: [&str; 14] = [
    "provider_id",
    "name",
    "kind",
    "street",
    "house_number",
    "postal_code",
    "city",
    "coordinates",
    "phone",
    "email",
    "website",
    "opening_hours",
    "care_hours",
    "tags",
];

fn join_hours(hours: &[u32]) -> String {
    hours
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// Updates a facility of the tenant; audits the names of the changed fields.
pub fn update(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    d: &FacilityDraft,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let old = get(conn, tenant, id)?.ok_or(AppError::NotFound)?;
    if !provider_in_tenant(conn, tenant, &d.provider_id)? {
        return Err(AppError::BadRequest("provider".into()));
    }
    let coords = (old.latitude_e6, old.longitude_e6)
        != (d.coordinates.map(|c| c.0), d.coordinates.map(|c| c.1));
    let changes = [
        old.provider_id != d.provider_id,
        old.name != d.name,
        old.kind != d.kind.code(),
        old.street != d.street,
        old.house_number != d.house_number,
        old.postal_code != d.postal_code,
        old.city != d.city,
        coords,
        old.phone != d.phone,
        old.email != d.email,
        old.website != d.website,
        old.opening_hours != d.opening_hours,
        old.care_hours != join_hours(&d.care_hours),
        old.tags != d.tags.join(","),
    ];
    let changed: Vec<&str> = FIELDS
        .iter()
        .zip(changes)
        .filter(|(_, c)| *c)
        .map(|(f, _)| *f)
        .collect();
    diesel::update(
        facilities::table
            .filter(facilities::id.eq(id))
            .filter(facilities::municipality_id.eq(tenant.as_str())),
    )
    .set(FacilityColumns::of(d, ctx.at))
    .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "facility",
        Some(id),
        &changed,
    )
}

type LicenceRow = (
    String,
    NaiveDate,
    Option<NaiveDate>,
    i32,
    i32,
    i32,
    i32,
    i32,
    i32,
    i32,
    i32,
);

/// Licence periods of the tenant's facilities (all of them, or one), oldest first.
pub fn licences(
    conn: &mut Conn,
    tenant: &TenantId,
    facility: Option<&str>,
) -> AppResult<Vec<(String, Licence)>> {
    let mut q = licences::table
        .inner_join(facilities::table)
        .filter(facilities::municipality_id.eq(tenant.as_str()))
        .into_boxed();
    if let Some(f) = facility {
        q = q.filter(licences::facility_id.eq(f.to_string()));
    }
    let rows: Vec<LicenceRow> = q
        .order((licences::facility_id, licences::valid_from))
        .select((
            licences::facility_id,
            licences::valid_from,
            licences::valid_to,
            licences::places_u2,
            licences::places_u3,
            licences::places_ue3,
            licences::places_hort,
            licences::reserved_u2,
            licences::reserved_u3,
            licences::reserved_ue3,
            licences::reserved_hort,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(f, from, to, p2, p3, pe, ph, r2, r3, re, rh)| {
            (
                f,
                Licence {
                    valid_from: from,
                    valid_to: to,
                    places: Places {
                        u2: p2,
                        u3: p3,
                        ue3: pe,
                        hort: ph,
                    },
                    reserved: Places {
                        u2: r2,
                        u3: r3,
                        ue3: re,
                        hort: rh,
                    },
                },
            )
        })
        .collect())
}

/// Adds a licence period after checking it against the facility's other periods.
pub fn add_licence(
    conn: &mut Conn,
    tenant: &TenantId,
    facility: &str,
    l: &Licence,
    ctx: &AuditCtx,
) -> AppResult<Result<(), LicenceProblem>> {
    if get(conn, tenant, facility)?.is_none() {
        return Err(AppError::NotFound);
    }
    // Lock the facility row first: concurrent additions for one facility then run one after
    // the other, so the overlap check below sees every committed period (PostgreSQL row lock,
    // SQLite write lock).
    diesel::update(facilities::table.find(facility))
        .set(facilities::updated_at.eq(facilities::updated_at))
        .execute(conn)?;
    let existing: Vec<Licence> = licences(conn, tenant, Some(facility))?
        .into_iter()
        .map(|(_, l)| l)
        .collect();
    if let Err(p) = check_licence(l, &existing) {
        return Ok(Err(p));
    }
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(licences::table)
        .values((
            licences::id.eq(&id),
            licences::facility_id.eq(facility),
            licences::valid_from.eq(l.valid_from),
            licences::valid_to.eq(l.valid_to),
            licences::places_u2.eq(l.places.u2),
            licences::places_u3.eq(l.places.u3),
            licences::places_ue3.eq(l.places.ue3),
            licences::places_hort.eq(l.places.hort),
            licences::reserved_u2.eq(l.reserved.u2),
            licences::reserved_u3.eq(l.reserved.u3),
            licences::reserved_ue3.eq(l.reserved.ue3),
            licences::reserved_hort.eq(l.reserved.hort),
            licences::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "licence",
        Some(&id),
        &[
            "facility_id",
            "valid_from",
            "valid_to",
            "places",
            "reserved",
        ],
    )?;
    Ok(Ok(()))
}

/// What the application validation needs of every facility of the tenant on `day`.
pub fn offers(
    conn: &mut Conn,
    tenant: &TenantId,
    day: NaiveDate,
) -> AppResult<Vec<crate::domain::application::Offer>> {
    use crate::domain::category::PlaceCategory;
    use crate::domain::facility::licence_at;
    let all = licences(conn, tenant, None)?;
    Ok(list(conn, tenant)?
        .into_iter()
        .map(|f| {
            let own: Vec<Licence> = all
                .iter()
                .filter(|(id, _)| *id == f.id)
                .map(|(_, l)| l.clone())
                .collect();
            let categories = licence_at(&own, day)
                .map(|l| {
                    PlaceCategory::ALL
                        .into_iter()
                        .filter(|c| l.places.of(*c) > 0)
                        .collect()
                })
                .unwrap_or_default();
            crate::domain::application::Offer {
                care_hours: f.care_hour_list(),
                id: f.id,
                name: f.name,
                categories,
            }
        })
        .collect())
}
