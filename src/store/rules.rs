//! Per-municipality rules for applications: priority criteria, consent text versions and
//! registration deadlines (Anmeldefrist) per Kita year.

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{consent_texts, priority_criteria, registration_deadlines};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// A priority criterion (Vergabekriterium) asked as a yes/no question.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = priority_criteria)]
pub struct Criterion {
    /// Id.
    pub id: String,
    /// Question label.
    pub label: String,
    /// Help text.
    pub help_text: String,
    /// Points for allocation.
    pub points: i32,
    /// Order.
    pub position: i32,
    /// Asked in new applications.
    pub active: bool,
}

/// Criteria of a municipality in order.
pub fn criteria(
    conn: &mut Conn,
    tenant: &TenantId,
    active_only: bool,
) -> AppResult<Vec<Criterion>> {
    let mut q = priority_criteria::table
        .filter(priority_criteria::municipality_id.eq(tenant.as_str()))
        .into_boxed();
    if active_only {
        q = q.filter(priority_criteria::active.eq(true));
    }
    Ok(
        q.order((priority_criteria::position, priority_criteria::label))
            .select(Criterion::as_select())
            .load(conn)?,
    )
}

/// Adds a criterion at the end.
pub fn add_criterion(
    conn: &mut Conn,
    tenant: &TenantId,
    label: &str,
    help: &str,
    points: i32,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let next: Option<i32> = priority_criteria::table
        .filter(priority_criteria::municipality_id.eq(tenant.as_str()))
        .select(diesel::dsl::max(priority_criteria::position))
        .first(conn)?;
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(priority_criteria::table)
        .values((
            priority_criteria::id.eq(&id),
            priority_criteria::municipality_id.eq(tenant.as_str()),
            priority_criteria::label.eq(label),
            priority_criteria::help_text.eq(help),
            priority_criteria::points.eq(points),
            priority_criteria::position.eq(next.unwrap_or(0) + 1),
            priority_criteria::active.eq(true),
            priority_criteria::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "priority_criterion",
        Some(&id),
        &["label", "help_text", "points"],
    )?;
    Ok(id)
}

/// Switches a criterion on or off (answers already given stay).
pub fn set_criterion_active(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    active: bool,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let n = diesel::update(
        priority_criteria::table
            .filter(priority_criteria::id.eq(id))
            .filter(priority_criteria::municipality_id.eq(tenant.as_str())),
    )
    .set(priority_criteria::active.eq(active))
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "priority_criterion",
        Some(id),
        &["active"],
    )
}

/// The current consent text: (version, body).
pub fn current_consent(conn: &mut Conn, tenant: &TenantId) -> AppResult<Option<(i32, String)>> {
    Ok(consent_texts::table
        .filter(consent_texts::municipality_id.eq(tenant.as_str()))
        .order(consent_texts::version.desc())
        .select((consent_texts::version, consent_texts::body))
        .first(conn)
        .optional()?)
}

/// Publishes a new consent text version; returns the version.
pub fn publish_consent(
    conn: &mut Conn,
    tenant: &TenantId,
    body: &str,
    ctx: &AuditCtx,
) -> AppResult<i32> {
    let version = current_consent(conn, tenant)?.map(|c| c.0).unwrap_or(0) + 1;
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(consent_texts::table)
        .values((
            consent_texts::id.eq(&id),
            consent_texts::municipality_id.eq(tenant.as_str()),
            consent_texts::version.eq(version),
            consent_texts::body.eq(body),
            consent_texts::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "consent_text",
        Some(&id),
        &["version", "body"],
    )?;
    Ok(version)
}

/// The registration deadline of a Kita year.
pub fn deadline(
    conn: &mut Conn,
    tenant: &TenantId,
    kita_year: i32,
) -> AppResult<Option<NaiveDate>> {
    Ok(registration_deadlines::table
        .filter(registration_deadlines::municipality_id.eq(tenant.as_str()))
        .filter(registration_deadlines::kita_year.eq(kita_year))
        .select(registration_deadlines::deadline)
        .first(conn)
        .optional()?)
}

/// All deadlines of a municipality: (Kita year, deadline).
pub fn deadlines(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<(i32, NaiveDate)>> {
    Ok(registration_deadlines::table
        .filter(registration_deadlines::municipality_id.eq(tenant.as_str()))
        .order(registration_deadlines::kita_year)
        .select((
            registration_deadlines::kita_year,
            registration_deadlines::deadline,
        ))
        .load(conn)?)
}

/// Sets (or replaces) the deadline of a Kita year.
pub fn set_deadline(
    conn: &mut Conn,
    tenant: &TenantId,
    kita_year: i32,
    day: NaiveDate,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let existing: Option<String> = registration_deadlines::table
        .filter(registration_deadlines::municipality_id.eq(tenant.as_str()))
        .filter(registration_deadlines::kita_year.eq(kita_year))
        .select(registration_deadlines::id)
        .first(conn)
        .optional()?;
    let id = match existing {
        Some(id) => {
            diesel::update(registration_deadlines::table.find(&id))
                .set(registration_deadlines::deadline.eq(day))
                .execute(conn)?;
            id
        }
        None => {
            let id = uuid::Uuid::new_v4().to_string();
            diesel::insert_into(registration_deadlines::table)
                .values((
                    registration_deadlines::id.eq(&id),
                    registration_deadlines::municipality_id.eq(tenant.as_str()),
                    registration_deadlines::kita_year.eq(kita_year),
                    registration_deadlines::deadline.eq(day),
                ))
                .execute(conn)?;
            id
        }
    };
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "registration_deadline",
        Some(&id),
        &["kita_year", "deadline"],
    )
}
