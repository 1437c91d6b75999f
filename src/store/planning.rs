//! Inputs of occupancy and forecast, read from the database in a few queries: facilities with
//! their licences, everything that occupies places (contracts, accepted offers), open demand
//! (care requests and needs reports not yet placed), and the municipality's rules. The
//! computing is pure ([`crate::domain::occupancy`], [`crate::domain::forecast`]).

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{
    application_wishes, applications, birth_cohorts, children, planning_area_facilities,
    planning_areas, planning_settings,
};
use crate::domain::application::{Kind, Status};
use crate::domain::forecast::{Area, Cohort, CoverageRates, DemandItem, FacilityInput};
use crate::domain::occupancy::{Rules, Weighting};
use crate::domain::planning::{parse_rates_code, parse_weighting, rates_code, weighting_code};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// Applications that still wait for a place and count as demand.
pub const OPEN: [Status; 6] = [
    Status::Submitted,
    Status::Checked,
    Status::NeedsReview,
    Status::InAllocation,
    Status::Offered,
    Status::Rejected,
];

/// Everything the planning views compute from.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// Facilities (id, licences, placements), by name.
    pub facilities: Vec<FacilityInput>,
    /// Facility names by id.
    pub names: HashMap<String, String>,
    /// Open demand.
    pub demand: Vec<DemandItem>,
    /// Occupancy rules of the municipality.
    pub rules: Rules,
    /// Planning areas.
    pub areas: Vec<Area>,
    /// The uploaded birth cohorts.
    pub cohorts: Vec<Cohort>,
    /// Coverage rates per age year.
    pub rates: CoverageRates,
}

/// The municipality's planning rules.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanningSettings {
    /// Coverage rates per age year 0..9.
    pub rates: CoverageRates,
    /// Occupancy weighting.
    pub weighting: Weighting,
    /// Years of primary school (Hort ends after them).
    pub primary_school_years: i32,
}

/// The planning rules (defaults when never saved: national coverage assumptions, plain
/// counting, four years of primary school — six in Berlin and Brandenburg).
pub fn settings(conn: &mut Conn, tenant: &TenantId) -> AppResult<PlanningSettings> {
    let row: Option<(String, String, i32)> = planning_settings::table
        .find(tenant.as_str())
        .select((
            planning_settings::coverage_rates,
            planning_settings::weighting,
            planning_settings::primary_school_years,
        ))
        .first(conn)
        .optional()?;
    Ok(match row {
        Some((rates, weighting, years)) => PlanningSettings {
            rates: parse_rates_code(&rates).unwrap_or_default(),
            weighting: parse_weighting(&weighting).unwrap_or(Weighting::Plain),
            primary_school_years: years,
        },
        None => {
            let land = super::tenants::land_of(conn, tenant)?;
            PlanningSettings {
                rates: CoverageRates::default(),
                weighting: Weighting::Plain,
                primary_school_years: if matches!(land.as_str(), "BE" | "BB") {
                    6
                } else {
                    4
                },
            }
        }
    })
}

/// Saves the planning rules.
pub fn save_settings(
    conn: &mut Conn,
    tenant: &TenantId,
    s: &PlanningSettings,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let values = (
        planning_settings::coverage_rates.eq(rates_code(&s.rates)),
        planning_settings::weighting.eq(weighting_code(s.weighting)),
        planning_settings::primary_school_years.eq(s.primary_school_years),
        planning_settings::updated_at.eq(ctx.at),
    );
    // Update in place (a double submit just saves twice); insert the first time.
    let n = diesel::update(planning_settings::table.find(tenant.as_str()))
        .set(values.clone())
        .execute(conn)?;
    if n == 0 {
        diesel::insert_into(planning_settings::table)
            .values((
                planning_settings::municipality_id.eq(tenant.as_str()),
                values,
            ))
            .execute(conn)?;
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "planning_settings",
        None,
        &["coverage_rates", "weighting", "primary_school_years"],
    )
}

/// A planning area as listed.
#[derive(Debug, Clone, Serialize)]
pub struct AreaRow {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Facility ids.
    pub facilities: Vec<String>,
}

/// The planning areas of the tenant, by name.
pub fn areas(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<AreaRow>> {
    let rows: Vec<(String, String)> = planning_areas::table
        .filter(planning_areas::municipality_id.eq(tenant.as_str()))
        .order(planning_areas::name)
        .select((planning_areas::id, planning_areas::name))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let members: Vec<(String, String)> = planning_area_facilities::table
        .filter(planning_area_facilities::area_id.eq_any(&ids))
        .select((
            planning_area_facilities::area_id,
            planning_area_facilities::facility_id,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| AreaRow {
            facilities: members
                .iter()
                .filter(|(a, _)| *a == id)
                .map(|(_, f)| f.clone())
                .collect(),
            id,
            name,
        })
        .collect())
}

/// Creates or (with `id`) changes an area: its name and facilities (only the tenant's).
pub fn save_area(
    conn: &mut Conn,
    tenant: &TenantId,
    id: Option<&str>,
    name: &str,
    facilities: &[String],
    ctx: &AuditCtx,
) -> AppResult<String> {
    let own = super::facilities::names(conn, tenant)?;
    let id = match id {
        Some(id) => {
            let old: Option<String> = planning_areas::table
                .filter(planning_areas::id.eq(id))
                .filter(planning_areas::municipality_id.eq(tenant.as_str()))
                .select(planning_areas::name)
                .first(conn)
                .optional()?;
            // The cohorts are kept by area name: they follow a rename.
            if let Some(old) = old.filter(|o| o != name) {
                diesel::update(
                    birth_cohorts::table
                        .filter(birth_cohorts::municipality_id.eq(tenant.as_str()))
                        .filter(birth_cohorts::area_name.eq(&old)),
                )
                .set(birth_cohorts::area_name.eq(name))
                .execute(conn)?;
            }
            let n = diesel::update(
                planning_areas::table
                    .filter(planning_areas::id.eq(id))
                    .filter(planning_areas::municipality_id.eq(tenant.as_str())),
            )
            .set(planning_areas::name.eq(name))
            .execute(conn)?;
            if n == 0 {
                return Err(AppError::NotFound);
            }
            diesel::delete(
                planning_area_facilities::table.filter(planning_area_facilities::area_id.eq(id)),
            )
            .execute(conn)?;
            id.to_string()
        }
        None => {
            let id = uuid::Uuid::new_v4().to_string();
            diesel::insert_into(planning_areas::table)
                .values((
                    planning_areas::id.eq(&id),
                    planning_areas::municipality_id.eq(tenant.as_str()),
                    planning_areas::name.eq(name),
                    planning_areas::created_at.eq(ctx.at),
                ))
                .execute(conn)?;
            id
        }
    };
    for f in facilities.iter().filter(|f| own.contains_key(*f)) {
        diesel::insert_into(planning_area_facilities::table)
            .values((
                planning_area_facilities::area_id.eq(&id),
                planning_area_facilities::facility_id.eq(f),
            ))
            .execute(conn)?;
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "planning_area",
        Some(&id),
        &["name", "facilities"],
    )?;
    Ok(id)
}

/// Deletes an area of the tenant and its birth cohorts; `false` when there is none.
pub fn delete_area(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    ctx: &AuditCtx,
) -> AppResult<bool> {
    let name: Option<String> = planning_areas::table
        .filter(planning_areas::id.eq(id))
        .filter(planning_areas::municipality_id.eq(tenant.as_str()))
        .select(planning_areas::name)
        .first(conn)
        .optional()?;
    let Some(name) = name else {
        return Ok(false);
    };
    diesel::delete(
        birth_cohorts::table
            .filter(birth_cohorts::municipality_id.eq(tenant.as_str()))
            .filter(birth_cohorts::area_name.eq(&name)),
    )
    .execute(conn)?;
    diesel::delete(
        planning_area_facilities::table.filter(planning_area_facilities::area_id.eq(id)),
    )
    .execute(conn)?;
    diesel::delete(planning_areas::table.find(id)).execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "delete",
        "planning_area",
        Some(id),
        &[],
    )?;
    Ok(true)
}

/// The birth cohorts as last uploaded.
pub fn cohorts(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<Cohort>> {
    let rows: Vec<(i32, String, i32)> = birth_cohorts::table
        .filter(birth_cohorts::municipality_id.eq(tenant.as_str()))
        .order((birth_cohorts::area_name, birth_cohorts::birth_year))
        .select((
            birth_cohorts::birth_year,
            birth_cohorts::area_name,
            birth_cohorts::children,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(birth_year, area, count)| Cohort {
            birth_year,
            area,
            count: count.max(0) as u32,
        })
        .collect())
}

/// Replaces the birth cohorts with a new upload.
pub fn replace_cohorts(
    conn: &mut Conn,
    tenant: &TenantId,
    rows: &[Cohort],
    ctx: &AuditCtx,
) -> AppResult<()> {
    diesel::delete(birth_cohorts::table.filter(birth_cohorts::municipality_id.eq(tenant.as_str())))
        .execute(conn)?;
    for c in rows {
        diesel::insert_into(birth_cohorts::table)
            .values((
                birth_cohorts::municipality_id.eq(tenant.as_str()),
                birth_cohorts::birth_year.eq(c.birth_year),
                birth_cohorts::area_name.eq(&c.area),
                birth_cohorts::children.eq(c.count as i32),
                birth_cohorts::uploaded_at.eq(ctx.at),
            ))
            .execute(conn)?;
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "upload",
        "birth_cohorts",
        None,
        &["birth_year", "area", "count"],
    )
}

/// The occupancy rules of the municipality: its school-entry cut-off and planning settings.
pub fn rules(conn: &mut Conn, tenant: &TenantId) -> AppResult<Rules> {
    let planning = settings(conn, tenant)?;
    rules_of(conn, tenant, &planning)
}

fn rules_of(conn: &mut Conn, tenant: &TenantId, planning: &PlanningSettings) -> AppResult<Rules> {
    let cutoff = super::tenants::settings(conn, tenant)?.school_entry_cutoff;
    Ok(Rules {
        weighting: planning.weighting,
        primary_school_years: planning.primary_school_years,
        ..Rules::new(cutoff)
    })
}

/// Reads the inputs of the tenant.
pub fn inputs(conn: &mut Conn, tenant: &TenantId) -> AppResult<Inputs> {
    let planning = self::settings(conn, tenant)?;
    let rules = rules_of(conn, tenant, &planning)?;
    let areas = areas(conn, tenant)?
        .into_iter()
        .map(|a| Area {
            name: a.name,
            facilities: a.facilities,
        })
        .collect();
    let cohorts = cohorts(conn, tenant)?;
    let names = super::facilities::names(conn, tenant)?;
    let mut licences: HashMap<String, Vec<_>> = HashMap::new();
    for (f, l) in super::facilities::licences(conn, tenant, None)? {
        licences.entry(f).or_default().push(l);
    }
    let mut placements = super::contracts::placements(conn, tenant)?;
    let mut ids: Vec<(&String, &String)> = names.iter().collect();
    ids.sort_by(|a, b| a.1.cmp(b.1));
    let facilities = ids
        .into_iter()
        .map(|(id, _)| FacilityInput {
            id: id.clone(),
            licences: licences.remove(id).unwrap_or_default(),
            placements: placements.remove(id).unwrap_or_default(),
        })
        .collect();
    let open: Vec<&str> = OPEN.iter().map(|s| s.code()).collect();
    let rows: Vec<(String, String, NaiveDate, NaiveDate)> = applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::status.eq_any(open))
        .select((
            applications::id,
            applications::kind,
            children::birth_date,
            applications::start_date,
        ))
        .load(conn)?;
    let wishes: HashMap<String, String> = application_wishes::table
        .inner_join(applications::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(application_wishes::rank.eq(1))
        .select((
            application_wishes::application_id,
            application_wishes::facility_id,
        ))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect();
    let demand = rows
        .into_iter()
        .map(|(id, kind, birth, start)| DemandItem {
            birth,
            start,
            first_wish: wishes.get(&id).cloned(),
            needs_report: kind == Kind::Needs.code(),
        })
        .collect();
    Ok(Inputs {
        facilities,
        names,
        demand,
        rules,
        areas,
        cohorts,
        rates: planning.rates,
    })
}

/// An open needs report whose entitlement date has passed: the youth office owes a place.
#[derive(Debug, Clone, Serialize)]
pub struct Overdue {
    /// Application id.
    pub id: String,
    /// Child's first names.
    pub first_names: String,
    /// Child's last name.
    pub last_name: String,
    /// Birth date.
    pub birth_date: NaiveDate,
    /// Entitlement date.
    pub entitlement_date: NaiveDate,
    /// Desired start.
    pub start_date: NaiveDate,
    /// Status code.
    pub status: String,
}

/// Open needs reports whose entitlement date and desired start lie before `today`, oldest
/// entitlement first.
pub fn overdue_needs(
    conn: &mut Conn,
    tenant: &TenantId,
    today: NaiveDate,
) -> AppResult<Vec<Overdue>> {
    let open: Vec<&str> = OPEN.iter().map(|s| s.code()).collect();
    let rows: Vec<(
        String,
        String,
        String,
        NaiveDate,
        NaiveDate,
        NaiveDate,
        String,
    )> = applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::kind.eq(Kind::Needs.code()))
        .filter(applications::status.eq_any(open))
        .filter(applications::entitlement_date.le(today))
        .filter(applications::start_date.le(today))
        .order(applications::entitlement_date)
        .select((
            applications::id,
            children::first_names,
            children::last_name,
            children::birth_date,
            applications::entitlement_date,
            applications::start_date,
            applications::status,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| Overdue {
            id: r.0,
            first_names: r.1,
            last_name: r.2,
            birth_date: r.3,
            entitlement_date: r.4,
            start_date: r.5,
            status: r.6,
        })
        .collect())
}
