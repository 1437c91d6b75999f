//! Fee notices (Beitragsbescheide) as kept: text, recipient, sum and PDF; the bookings a
//! notice covers point to it.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{children, contracts, fee_assessments, fee_notices};
use crate::error::AppResult;
use crate::ids::TenantId;

/// A notice to be kept.
pub struct NewNotice<'a> {
    /// The household.
    pub household: &'a str,
    /// Template version used.
    pub template_version: i32,
    /// Address lines.
    pub recipient: &'a str,
    /// Rendered subject.
    pub subject: &'a str,
    /// Rendered body.
    pub body: &'a str,
    /// Sum of its bookings (cents).
    pub total_cents: i64,
    /// The bookings it covers.
    pub bookings: &'a [String],
}

/// Keeps a notice and points its bookings to it; returns its id.
pub fn create(
    conn: &mut Conn,
    tenant: &TenantId,
    n: &NewNotice<'_>,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(fee_notices::table)
        .values((
            fee_notices::id.eq(&id),
            fee_notices::municipality_id.eq(tenant.as_str()),
            fee_notices::household_id.eq(n.household),
            fee_notices::template_version.eq(n.template_version),
            fee_notices::recipient.eq(n.recipient),
            fee_notices::subject.eq(n.subject),
            fee_notices::body.eq(n.body),
            fee_notices::total_cents.eq(n.total_cents),
            fee_notices::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    for chunk in n.bookings.chunks(500) {
        diesel::update(fee_assessments::table.filter(fee_assessments::id.eq_any(chunk)))
            .set(fee_assessments::notice_id.eq(Some(&id)))
            .execute(conn)?;
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "fee_notice",
        Some(&id),
        &["household_id", "total_cents"],
    )?;
    Ok(id)
}

/// A kept notice (without the PDF).
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = fee_notices)]
pub struct Notice {
    /// Id.
    pub id: String,
    /// Tenant.
    pub municipality_id: String,
    /// Household.
    pub household_id: String,
    /// Address lines.
    pub recipient: String,
    /// Subject.
    pub subject: String,
    /// Body.
    pub body: String,
    /// Sum of its bookings (cents).
    pub total_cents: i64,
    /// Made at.
    pub created_at: NaiveDateTime,
}

/// Notices of the municipality (of one household, or the newest `limit` of all), newest first.
pub fn list(
    conn: &mut Conn,
    tenant: &TenantId,
    household: Option<&str>,
    limit: i64,
) -> AppResult<Vec<Notice>> {
    let mut q = fee_notices::table
        .filter(fee_notices::municipality_id.eq(tenant.as_str()))
        .into_boxed();
    if let Some(h) = household {
        q = q.filter(fee_notices::household_id.eq(h));
    }
    Ok(q.order((fee_notices::created_at.desc(), fee_notices::id))
        .limit(limit)
        .select(Notice::as_select())
        .load(conn)?)
}

/// One notice of the tenant with its PDF, if made yet.
pub fn get(conn: &mut Conn, id: &str) -> AppResult<Option<(Notice, Option<Vec<u8>>)>> {
    Ok(fee_notices::table
        .filter(fee_notices::id.eq(id))
        .select((Notice::as_select(), fee_notices::pdf))
        .first(conn)
        .optional()?)
}

/// Keeps the PDF made for a notice (only the first one counts).
pub fn set_pdf(conn: &mut Conn, id: &str, pdf: &[u8]) -> AppResult<()> {
    diesel::update(
        fee_notices::table
            .filter(fee_notices::id.eq(id))
            .filter(fee_notices::pdf.is_null()),
    )
    .set(fee_notices::pdf.eq(Some(pdf)))
    .execute(conn)?;
    Ok(())
}

/// The child's first names per contract.
pub fn children_of_contracts(
    conn: &mut Conn,
    ids: &[String],
) -> AppResult<HashMap<String, String>> {
    let mut out = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(String, String)> = contracts::table
            .inner_join(children::table)
            .filter(contracts::id.eq_any(chunk))
            .select((contracts::id, children::first_names))
            .load(conn)?;
        out.extend(rows);
    }
    Ok(out)
}

/// The latest month booked for a household and its whole fee then (cents).
pub fn latest_month(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
) -> AppResult<Option<(NaiveDate, i64)>> {
    let base = fee_assessments::table
        .filter(fee_assessments::municipality_id.eq(tenant.as_str()))
        .filter(fee_assessments::household_id.eq(household));
    let Some(month) = base
        .select(diesel::dsl::max(fee_assessments::month))
        .first::<Option<NaiveDate>>(conn)?
    else {
        return Ok(None);
    };
    let cents: Vec<i64> = base
        .filter(fee_assessments::month.eq(month))
        .select(fee_assessments::total_cents)
        .load(conn)?;
    Ok(Some((month, cents.into_iter().sum())))
}
