//! Staffing keys (Betreuungsschlüssel) per Land with the municipality's overrides, and the
//! actual full-time equivalents (Ist-VzÄ) entered per facility.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{facilities, facility_fte, staffing_keys};
use crate::domain::category::PlaceCategory;
use crate::domain::staffing::StaffingKey;
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// A key as shown: where it comes from and whether the municipality set it.
#[derive(Debug, Clone, Serialize)]
pub struct KeyRow {
    /// Category code.
    pub category: String,
    /// Children per full-time equivalent.
    pub children_per_fte: f64,
    /// Reference weekly hours.
    pub reference_hours: i32,
    /// Weight.
    pub weight: f64,
    /// Source (law, decree) or the municipality's decision.
    pub source: String,
    /// Set by the municipality.
    pub overridden: bool,
}

impl KeyRow {
    /// As the domain uses it.
    pub fn key(&self) -> Option<StaffingKey> {
        Some(StaffingKey {
            category: PlaceCategory::from_code(&self.category)?,
            children_per_fte: self.children_per_fte,
            reference_hours: self.reference_hours as f64,
            weight: self.weight,
        })
    }
}

/// The keys in force for the municipality: its own where set, otherwise its Land's.
pub fn keys(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<KeyRow>> {
    let land = super::tenants::land_of(conn, tenant)?;
    let scopes = [
        format!("land:{land}"),
        format!("municipality:{}", tenant.as_str()),
    ];
    let rows: Vec<(String, String, i32, i32, i32, String)> = staffing_keys::table
        .filter(staffing_keys::scope.eq_any(&scopes))
        .select((
            staffing_keys::scope,
            staffing_keys::category,
            staffing_keys::children_per_fte_centi,
            staffing_keys::reference_hours,
            staffing_keys::weight_centi,
            staffing_keys::source,
        ))
        .load(conn)?;
    let mut out: Vec<KeyRow> = Vec::new();
    for c in PlaceCategory::ALL {
        let own = rows
            .iter()
            .find(|r| r.0 == scopes[1] && r.1 == c.code())
            .or_else(|| rows.iter().find(|r| r.0 == scopes[0] && r.1 == c.code()));
        if let Some(r) = own {
            out.push(KeyRow {
                category: r.1.clone(),
                children_per_fte: r.2 as f64 / 100.0,
                reference_hours: r.3,
                weight: r.4 as f64 / 100.0,
                source: r.5.clone(),
                overridden: r.0 == scopes[1],
            });
        }
    }
    Ok(out)
}

/// Sets the municipality's own key for a category (numbers in hundredths).
#[expect(
    clippy::too_many_arguments,
    reason = "one argument per column of the key"
)]
pub fn save_key(
    conn: &mut Conn,
    tenant: &TenantId,
    category: PlaceCategory,
    children_per_fte_centi: i32,
    reference_hours: i32,
    weight_centi: i32,
    source: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let scope = format!("municipality:{}", tenant.as_str());
    let values = (
        staffing_keys::children_per_fte_centi.eq(children_per_fte_centi),
        staffing_keys::reference_hours.eq(reference_hours),
        staffing_keys::weight_centi.eq(weight_centi),
        staffing_keys::source.eq(source),
    );
    // Update in place (a double submit just saves twice); insert the first time.
    let n = diesel::update(staffing_keys::table.find((&scope, category.code())))
        .set(values)
        .execute(conn)?;
    if n == 0 {
        diesel::insert_into(staffing_keys::table)
            .values((
                staffing_keys::scope.eq(&scope),
                staffing_keys::category.eq(category.code()),
                values,
            ))
            .execute(conn)?;
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "staffing_key",
        Some(category.code()),
        &["children_per_fte", "reference_hours", "weight", "source"],
    )
}

/// Actual FTE per facility on `day`: the entry with the latest start on or before the day
/// (for the same start, the latest recorded).
pub fn actual_fte(
    conn: &mut Conn,
    tenant: &TenantId,
    day: NaiveDate,
) -> AppResult<HashMap<String, f64>> {
    let rows: Vec<(String, i32)> = facility_fte::table
        .inner_join(facilities::table)
        .filter(facilities::municipality_id.eq(tenant.as_str()))
        .filter(facility_fte::valid_from.le(day))
        .order((facility_fte::valid_from, facility_fte::recorded_at))
        .select((facility_fte::facility_id, facility_fte::fte_centi))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(f, centi)| (f, centi as f64 / 100.0))
        .collect())
}

/// Records the actual FTE of a facility of the tenant from a day on.
pub fn record_fte(
    conn: &mut Conn,
    tenant: &TenantId,
    facility: &str,
    valid_from: NaiveDate,
    fte_centi: i32,
    ctx: &AuditCtx,
) -> AppResult<()> {
    if super::facilities::get(conn, tenant, facility)?.is_none() {
        return Err(AppError::NotFound);
    }
    diesel::insert_into(facility_fte::table)
        .values((
            facility_fte::id.eq(uuid::Uuid::new_v4().to_string()),
            facility_fte::facility_id.eq(facility),
            facility_fte::valid_from.eq(valid_from),
            facility_fte::fte_centi.eq(fte_centi),
            facility_fte::recorded_at.eq(ctx.at),
            facility_fte::recorded_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "facility_fte",
        Some(facility),
        &["fte", "valid_from"],
    )
}
