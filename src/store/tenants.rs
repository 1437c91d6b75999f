//! Districts (Landkreise), municipalities (Gemeinden, the tenants) and their settings.

use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{districts, municipalities, municipality_settings};
use crate::domain::tenant::{parse_cutoff, Bundesland, Settings};
use crate::error::{AppError, AppResult};
use crate::ids::{DistrictId, MunicipalityId, TenantId};

/// A Landkreis.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = districts)]
pub struct District {
    /// Id.
    pub id: String,
    /// URL slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Created (UTC).
    pub created_at: chrono::NaiveDateTime,
}

/// A Gemeinde.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = municipalities)]
pub struct Municipality {
    /// Id.
    pub id: String,
    /// The district it belongs to.
    pub district_id: String,
    /// URL slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Amtlicher Gemeindeschlüssel.
    pub ags: String,
    /// Bundesland code.
    pub bundesland: String,
    /// Created (UTC).
    pub created_at: chrono::NaiveDateTime,
    /// Grows with every change of the municipality's text overrides.
    pub texts_version: i32,
}

impl Municipality {
    /// The tenant id.
    pub fn tenant_id(&self) -> TenantId {
        MunicipalityId(self.id.clone())
    }
}

/// The Bundesland code (`NW`, `SN`, …) of a municipality.
pub fn land_of(conn: &mut Conn, tenant: &TenantId) -> AppResult<String> {
    Ok(municipalities::table
        .find(tenant.as_str())
        .select(municipalities::bundesland)
        .first(conn)?)
}

/// Finds a district by slug.
pub fn district_by_slug(conn: &mut Conn, slug: &str) -> AppResult<Option<District>> {
    Ok(districts::table
        .filter(districts::slug.eq(slug))
        .select(District::as_select())
        .first(conn)
        .optional()?)
}

/// Finds a municipality by slug.
pub fn municipality_by_slug(conn: &mut Conn, slug: &str) -> AppResult<Option<Municipality>> {
    Ok(municipalities::table
        .filter(municipalities::slug.eq(slug))
        .select(Municipality::as_select())
        .first(conn)
        .optional()?)
}

/// Finds a municipality by id.
pub fn municipality(conn: &mut Conn, id: &str) -> AppResult<Option<Municipality>> {
    Ok(municipalities::table
        .find(id)
        .select(Municipality::as_select())
        .first(conn)
        .optional()?)
}

/// All districts by name.
pub fn list_districts(conn: &mut Conn) -> AppResult<Vec<District>> {
    Ok(districts::table
        .order(districts::name)
        .select(District::as_select())
        .load(conn)?)
}

/// All municipalities by name.
pub fn list_municipalities(conn: &mut Conn) -> AppResult<Vec<Municipality>> {
    Ok(municipalities::table
        .order(municipalities::name)
        .select(Municipality::as_select())
        .load(conn)?)
}

/// The municipalities of one district.
pub fn municipalities_of(conn: &mut Conn, district: &DistrictId) -> AppResult<Vec<Municipality>> {
    Ok(municipalities::table
        .filter(municipalities::district_id.eq(district.as_str()))
        .order(municipalities::name)
        .select(Municipality::as_select())
        .load(conn)?)
}

/// Creates a district.
pub fn create_district(
    conn: &mut Conn,
    slug: &str,
    name: &str,
    ctx: &AuditCtx,
) -> AppResult<DistrictId> {
    let id = DistrictId::new();
    diesel::insert_into(districts::table)
        .values((
            districts::id.eq(id.as_str()),
            districts::slug.eq(slug),
            districts::name.eq(name),
            districts::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        None,
        "create",
        "district",
        Some(id.as_str()),
        &["slug", "name"],
    )?;
    Ok(id)
}

/// A municipality to create (validated by the caller with the domain functions).
#[derive(Debug, Clone)]
pub struct NewMunicipality {
    /// District.
    pub district: DistrictId,
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// AGS.
    pub ags: String,
    /// Land.
    pub bundesland: Bundesland,
}

/// Creates a municipality with default settings.
pub fn create_municipality(
    conn: &mut Conn,
    new: &NewMunicipality,
    ctx: &AuditCtx,
) -> AppResult<MunicipalityId> {
    let id = MunicipalityId::new();
    diesel::insert_into(municipalities::table)
        .values((
            municipalities::id.eq(id.as_str()),
            municipalities::district_id.eq(new.district.as_str()),
            municipalities::slug.eq(&new.slug),
            municipalities::name.eq(&new.name),
            municipalities::ags.eq(&new.ags),
            municipalities::bundesland.eq(new.bundesland.code()),
            municipalities::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    let settings = Settings::defaults_for(new.bundesland);
    diesel::insert_into(municipality_settings::table)
        .values((
            municipality_settings::municipality_id.eq(id.as_str()),
            municipality_settings::max_wishes.eq(settings.max_wishes),
            municipality_settings::advance_months.eq(settings.advance_months),
            municipality_settings::school_entry_cutoff.eq(settings.cutoff_text()),
            municipality_settings::small_cell_threshold.eq(settings.small_cell_threshold),
            municipality_settings::modules.eq(settings.modules.join(",")),
            municipality_settings::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(&id),
        "create",
        "municipality",
        Some(id.as_str()),
        &["district_id", "slug", "name", "ags", "bundesland"],
    )?;
    Ok(id)
}

/// The settings of a municipality.
pub fn settings(conn: &mut Conn, tenant: &TenantId) -> AppResult<Settings> {
    let (max_wishes, advance_months, cutoff, threshold, modules): (i32, i32, String, i32, String) =
        municipality_settings::table
            .find(tenant.as_str())
            .select((
                municipality_settings::max_wishes,
                municipality_settings::advance_months,
                municipality_settings::school_entry_cutoff,
                municipality_settings::small_cell_threshold,
                municipality_settings::modules,
            ))
            .first(conn)?;
    Ok(Settings {
        max_wishes,
        advance_months,
        school_entry_cutoff: parse_cutoff(&cutoff)
            .ok_or_else(|| AppError::Internal("stored cut-off unreadable".into()))?,
        small_cell_threshold: threshold,
        modules: modules
            .split(',')
            .filter(|m| !m.is_empty())
            .map(String::from)
            .collect(),
    })
}

/// Saves settings; audits the names of the fields that changed.
pub fn update_settings(
    conn: &mut Conn,
    tenant: &TenantId,
    new: &Settings,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let old = settings(conn, tenant)?;
    let mut changed = Vec::new();
    if old.max_wishes != new.max_wishes {
        changed.push("max_wishes");
    }
    if old.advance_months != new.advance_months {
        changed.push("advance_months");
    }
    if old.school_entry_cutoff != new.school_entry_cutoff {
        changed.push("school_entry_cutoff");
    }
    if old.small_cell_threshold != new.small_cell_threshold {
        changed.push("small_cell_threshold");
    }
    if old.modules != new.modules {
        changed.push("modules");
    }
    diesel::update(municipality_settings::table.find(tenant.as_str()))
        .set((
            municipality_settings::max_wishes.eq(new.max_wishes),
            municipality_settings::advance_months.eq(new.advance_months),
            municipality_settings::school_entry_cutoff.eq(new.cutoff_text()),
            municipality_settings::small_cell_threshold.eq(new.small_cell_threshold),
            municipality_settings::modules.eq(new.modules.join(",")),
            municipality_settings::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "settings",
        Some(tenant.as_str()),
        &changed,
    )
}

/// `true` when no district exists yet (fresh database).
pub fn is_empty(conn: &mut Conn) -> AppResult<bool> {
    let n: i64 = districts::table.count().get_result(conn)?;
    Ok(n == 0)
}
