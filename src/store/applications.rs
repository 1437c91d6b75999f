//! Applications (care requests and needs reports): submission, editing, withdrawal, status
//! history, and the office's filtered list. Scoped to the tenant, and for parents to their
//! household.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{
    application_answers, application_events, application_wishes, applications, children, facilities,
};
use crate::domain::application::{open_key, Accepted, Kind, Status, Submission};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// An application as listed (parents and office).
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Id.
    pub id: String,
    /// `request` or `needs`.
    pub kind: String,
    /// Status code.
    pub status: String,
    /// Child id.
    pub child_id: String,
    /// Child's first names.
    pub child_first_names: String,
    /// Child's last name.
    pub child_last_name: String,
    /// Child's birth date.
    pub birth_date: NaiveDate,
    /// Desired start.
    pub start_date: NaiveDate,
    /// Derived category.
    pub category: String,
    /// Weekly hours.
    pub weekly_hours: Option<i32>,
    /// Entitlement date (1st birthday).
    pub entitlement_date: NaiveDate,
    /// Submitted after the deadline.
    pub late: bool,
    /// `online` or `paper`.
    pub origin: String,
    /// When submitted.
    pub submitted_at: NaiveDateTime,
    /// Wished facilities' names, best first.
    pub wishes: Vec<String>,
    /// Wished facilities' ids, best first.
    pub wish_ids: Vec<String>,
}

type Row = (
    String,
    String,
    String,
    String,
    String,
    String,
    NaiveDate,
    NaiveDate,
    String,
    Option<i32>,
    NaiveDate,
    bool,
    String,
    NaiveDateTime,
);

fn with_wishes(conn: &mut Conn, rows: Vec<Row>) -> AppResult<Vec<Summary>> {
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let wishes: Vec<(String, i32, String, String)> = application_wishes::table
        .inner_join(facilities::table.on(facilities::id.eq(application_wishes::facility_id)))
        .filter(application_wishes::application_id.eq_any(&ids))
        .order((application_wishes::application_id, application_wishes::rank))
        .select((
            application_wishes::application_id,
            application_wishes::rank,
            facilities::id,
            facilities::name,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let own: Vec<&(String, i32, String, String)> =
                wishes.iter().filter(|w| w.0 == r.0).collect();
            Summary {
                wishes: own.iter().map(|w| w.3.clone()).collect(),
                wish_ids: own.iter().map(|w| w.2.clone()).collect(),
                id: r.0,
                kind: r.1,
                status: r.2,
                child_id: r.3,
                child_first_names: r.4,
                child_last_name: r.5,
                birth_date: r.6,
                start_date: r.7,
                category: r.8,
                weekly_hours: r.9,
                entitlement_date: r.10,
                late: r.11,
                origin: r.12,
                submitted_at: r.13,
            }
        })
        .collect())
}

macro_rules! summary_columns {
    () => {
        (
            applications::id,
            applications::kind,
            applications::status,
            applications::child_id,
            children::first_names,
            children::last_name,
            children::birth_date,
            applications::start_date,
            applications::category,
            applications::weekly_hours,
            applications::entitlement_date,
            applications::late,
            applications::origin,
            applications::submitted_at,
        )
    };
}

/// Applications of one household in one municipality, newest first.
pub fn of_household(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
) -> AppResult<Vec<Summary>> {
    let rows: Vec<Row> = applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::household_id.eq(household))
        .order(applications::submitted_at.desc())
        .select(summary_columns!())
        .load(conn)?;
    with_wishes(conn, rows)
}

/// One application of the tenant, optionally restricted to a household.
pub fn get(
    conn: &mut Conn,
    tenant: &TenantId,
    household: Option<&str>,
    id: &str,
) -> AppResult<Option<Summary>> {
    let mut q = applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::id.eq(id))
        .into_boxed();
    if let Some(h) = household {
        q = q.filter(applications::household_id.eq(h.to_string()));
    }
    let rows: Vec<Row> = q.select(summary_columns!()).load(conn)?;
    Ok(with_wishes(conn, rows)?.into_iter().next())
}

/// Criterion ids answered "yes".
pub fn answers(conn: &mut Conn, id: &str) -> AppResult<Vec<String>> {
    Ok(application_answers::table
        .filter(application_answers::application_id.eq(id))
        .select(application_answers::criterion_id)
        .load(conn)?)
}

/// One entry of the history.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct Event {
    /// When.
    pub at: NaiveDateTime,
    /// From.
    pub from_status: Option<String>,
    /// To.
    pub to_status: String,
    /// Why (a message key or a short reason).
    pub reason: String,
}

/// History, oldest first.
pub fn events(conn: &mut Conn, id: &str) -> AppResult<Vec<Event>> {
    Ok(application_events::table
        .filter(application_events::application_id.eq(id))
        .order(application_events::at)
        .select((
            application_events::at,
            application_events::from_status,
            application_events::to_status,
            application_events::reason,
        ))
        .load(conn)?)
}

/// Appends an entry to the application's history.
pub(crate) fn event(
    conn: &mut Conn,
    id: &str,
    from: Option<Status>,
    to: Status,
    reason: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    diesel::insert_into(application_events::table)
        .values((
            application_events::id.eq(uuid::Uuid::new_v4().to_string()),
            application_events::application_id.eq(id),
            application_events::at.eq(ctx.at),
            application_events::from_status.eq(from.map(Status::code)),
            application_events::to_status.eq(to.code()),
            application_events::actor_user_id.eq(ctx.actor.as_ref().map(|a| a.as_str())),
            application_events::reason.eq(reason),
        ))
        .execute(conn)?;
    Ok(())
}

fn write_wishes_and_answers(
    conn: &mut Conn,
    id: &str,
    wishes: &[String],
    answers: &[String],
) -> AppResult<()> {
    diesel::delete(application_wishes::table.filter(application_wishes::application_id.eq(id)))
        .execute(conn)?;
    diesel::delete(application_answers::table.filter(application_answers::application_id.eq(id)))
        .execute(conn)?;
    for (rank, f) in wishes.iter().enumerate() {
        diesel::insert_into(application_wishes::table)
            .values((
                application_wishes::application_id.eq(id),
                application_wishes::rank.eq(rank as i32 + 1),
                application_wishes::facility_id.eq(f),
            ))
            .execute(conn)?;
    }
    for c in answers {
        diesel::insert_into(application_answers::table)
            .values((
                application_answers::application_id.eq(id),
                application_answers::criterion_id.eq(c),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Everything a new application records.
#[derive(Debug, Clone)]
pub struct NewApplication {
    /// Household.
    pub household: String,
    /// Child (of that household).
    pub child: String,
    /// The submission.
    pub submission: Submission,
    /// Derived values.
    pub accepted: Accepted,
    /// Criterion ids answered "yes" (already checked against the tenant's criteria).
    pub answers: Vec<String>,
    /// Consent version accepted, and when.
    pub consent: Option<(i32, NaiveDateTime)>,
    /// Late for the registration deadline.
    pub late: bool,
    /// `online` or `paper`.
    pub origin: &'static str,
}

/// Outcome of a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted {
    /// The new application's id.
    Created(String),
    /// The child already has an open application for this Kita year: edit that one.
    AlreadyOpen(String),
}

/// Submits an application (status `submitted`), with its history entry and audit row.
pub fn submit(
    conn: &mut Conn,
    tenant: &TenantId,
    new: &NewApplication,
    ctx: &AuditCtx,
) -> AppResult<Submitted> {
    let key = open_key(&new.child, tenant.as_str(), new.accepted.kita_year);
    let existing: Option<String> = applications::table
        .filter(applications::open_key.eq(&key))
        .select(applications::id)
        .first(conn)
        .optional()?;
    if let Some(id) = existing {
        return Ok(Submitted::AlreadyOpen(id));
    }
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(applications::table)
        .values((
            applications::id.eq(&id),
            applications::municipality_id.eq(tenant.as_str()),
            applications::household_id.eq(&new.household),
            applications::child_id.eq(&new.child),
            applications::kind.eq(new.submission.kind.code()),
            applications::status.eq(Status::Submitted.code()),
            applications::start_date.eq(new.submission.start_date),
            applications::kita_year.eq(new.accepted.kita_year),
            applications::category.eq(new.accepted.category.code()),
            applications::weekly_hours.eq(new.submission.hours.map(|h| h as i32)),
            applications::entitlement_date.eq(new.accepted.entitlement_date),
            applications::late.eq(new.late),
            applications::origin.eq(new.origin),
            applications::consent_version.eq(new.consent.map(|c| c.0)),
            applications::consent_at.eq(new.consent.map(|c| c.1)),
            applications::submitted_at.eq(ctx.at),
            applications::updated_at.eq(ctx.at),
            applications::open_key.eq(Some(&key)),
            applications::lottery.eq(Some(super::allocation::draw_lottery())),
        ))
        .execute(conn)?;
    write_wishes_and_answers(conn, &id, &new.submission.wishes, &new.answers)?;
    event(conn, &id, None, Status::Submitted, "submitted", ctx)?;
    super::checks::enqueue(conn, tenant, &id, ctx.at)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "application",
        Some(&id),
        &[
            "kind",
            "child_id",
            "start_date",
            "weekly_hours",
            "wishes",
            "answers",
            "consent_version",
        ],
    )?;
    Ok(Submitted::Created(id))
}

fn status_of(conn: &mut Conn, tenant: &TenantId, household: &str, id: &str) -> AppResult<Status> {
    let code: String = applications::table
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::household_id.eq(household))
        .filter(applications::id.eq(id))
        .select(applications::status)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    Status::from_code(&code).ok_or_else(|| AppError::Internal("unknown status".into()))
}

/// A change of an application by its parents.
#[derive(Debug, Clone, Copy)]
pub struct Change<'a> {
    /// The new submission.
    pub submission: &'a Submission,
    /// Its derived values.
    pub accepted: &'a Accepted,
    /// Criterion ids answered "yes".
    pub answers: &'a [String],
}

/// Changes an application while it is editable; `Ok(false)` when it no longer is.
pub fn update(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
    id: &str,
    change: Change<'_>,
    ctx: &AuditCtx,
) -> AppResult<bool> {
    let (s, a, answers) = (change.submission, change.accepted, change.answers);
    let status = status_of(conn, tenant, household, id)?;
    if !status.editable() {
        return Ok(false);
    }
    let child: String = applications::table
        .find(id)
        .select(applications::child_id)
        .first(conn)?;
    let key = open_key(&child, tenant.as_str(), a.kita_year);
    let clash: Option<String> = applications::table
        .filter(applications::open_key.eq(&key))
        .filter(applications::id.ne(id))
        .select(applications::id)
        .first(conn)
        .optional()?;
    if clash.is_some() {
        return Err(AppError::Conflict(
            "open application for that Kita year".into(),
        ));
    }
    diesel::update(applications::table.find(id))
        .set((
            applications::kind.eq(s.kind.code()),
            applications::start_date.eq(s.start_date),
            applications::kita_year.eq(a.kita_year),
            applications::category.eq(a.category.code()),
            applications::weekly_hours.eq(s.hours.map(|h| h as i32)),
            applications::entitlement_date.eq(a.entitlement_date),
            applications::updated_at.eq(ctx.at),
            applications::open_key.eq(Some(key)),
        ))
        .execute(conn)?;
    write_wishes_and_answers(conn, id, &s.wishes, answers)?;
    event(conn, id, Some(status), status, "edited", ctx)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "application",
        Some(id),
        &["kind", "start_date", "weekly_hours", "wishes", "answers"],
    )?;
    Ok(true)
}

/// Withdraws an application; `Ok(false)` when it cannot be withdrawn any more.
pub fn withdraw(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
    id: &str,
    ctx: &AuditCtx,
) -> AppResult<bool> {
    let status = status_of(conn, tenant, household, id)?;
    if !status.withdrawable() {
        return Ok(false);
    }
    diesel::update(applications::table.find(id))
        .set((
            applications::status.eq(Status::Withdrawn.code()),
            applications::open_key.eq(None::<String>),
            applications::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    event(
        conn,
        id,
        Some(status),
        Status::Withdrawn,
        "withdrawn_by_parent",
        ctx,
    )?;
    super::checks::release(conn, tenant, id, ctx)?;
    super::allocation::release_offers(conn, id, ctx)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "withdraw",
        "application",
        Some(id),
        &["status"],
    )?;
    Ok(true)
}

/// Filters of the office list.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Filter {
    /// Status code.
    pub status: Option<String>,
    /// Kind code.
    pub kind: Option<String>,
    /// Category code.
    pub category: Option<String>,
    /// Wished facility id.
    pub facility: Option<String>,
    /// Start month `YYYY-MM`.
    pub month: Option<String>,
    /// Only late submissions.
    pub late: bool,
    /// Only needs reports whose entitlement date passed (open, no offer yet).
    pub overdue: bool,
}

/// Sort orders of the office list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// Newest submissions first.
    Submitted,
    /// Earliest start first.
    Start,
    /// By child's last name.
    Child,
}

/// The office's filtered, sorted list: one page and the total count.
pub fn list(
    conn: &mut Conn,
    tenant: &TenantId,
    f: &Filter,
    sort: Sort,
    offset: i64,
    limit: i64,
    today: NaiveDate,
) -> AppResult<(Vec<Summary>, i64)> {
    let build = || {
        let mut q = applications::table
            .inner_join(children::table)
            .filter(applications::municipality_id.eq(tenant.as_str()))
            .into_boxed();
        if let Some(s) = &f.status {
            q = q.filter(applications::status.eq(s.clone()));
        }
        if let Some(k) = &f.kind {
            q = q.filter(applications::kind.eq(k.clone()));
        }
        if let Some(c) = &f.category {
            q = q.filter(applications::category.eq(c.clone()));
        }
        if let Some(fac) = &f.facility {
            q = q.filter(
                applications::id.eq_any(
                    application_wishes::table
                        .filter(application_wishes::facility_id.eq(fac.clone()))
                        .select(application_wishes::application_id),
                ),
            );
        }
        if let Some((from, to)) = f.month.as_deref().and_then(month_range) {
            q = q
                .filter(applications::start_date.ge(from))
                .filter(applications::start_date.lt(to));
        }
        if f.late {
            q = q.filter(applications::late.eq(true));
        }
        if f.overdue {
            q = q
                .filter(applications::kind.eq(Kind::Needs.code()))
                .filter(applications::entitlement_date.lt(today))
                .filter(applications::status.eq_any([
                    Status::Submitted.code(),
                    Status::Checked.code(),
                    Status::NeedsReview.code(),
                    Status::InAllocation.code(),
                    Status::Rejected.code(),
                ]));
        }
        q
    };
    let total: i64 = build().count().get_result(conn)?;
    let q = build();
    let q = match sort {
        Sort::Submitted => q.order((applications::submitted_at.desc(), applications::id)),
        Sort::Start => q.order((applications::start_date.asc(), applications::id)),
        Sort::Child => q.order((
            children::last_name.asc(),
            children::first_names.asc(),
            applications::id,
        )),
    };
    let rows: Vec<Row> = q
        .select(summary_columns!())
        .offset(offset)
        .limit(limit)
        .load(conn)?;
    Ok((with_wishes(conn, rows)?, total))
}

/// `YYYY-MM` → [first day, first day of next month).
pub fn month_range(raw: &str) -> Option<(NaiveDate, NaiveDate)> {
    let from = NaiveDate::parse_from_str(&format!("{raw}-01"), "%Y-%m-%d").ok()?;
    let to = from.checked_add_months(chrono::Months::new(1))?;
    Some((from, to))
}

/// Child names (first names, last name) of the tenant's applications, by application id.
pub fn child_names(
    conn: &mut Conn,
    tenant: &TenantId,
    ids: &[String],
) -> AppResult<std::collections::HashMap<String, (String, String)>> {
    Ok(applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::id.eq_any(ids))
        .select((applications::id, children::first_names, children::last_name))
        .load::<(String, String, String)>(conn)?
        .into_iter()
        .map(|(id, first, last)| (id, (first, last)))
        .collect())
}
