//! Care contracts: created from an accepted offer or for a child already in care, signed, hours
//! and end dates changed by appending versions, ended. The database refuses a second binding
//! contract of a child for an overlapping period (see the contracts migration); that refusal
//! arrives here as [`AppError::Conflict`] with [`OVERLAP`], so the whole transaction rolls back.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{
    applications, children, contract_end_dates, contract_hours, contracts, facilities, offers,
};
use crate::domain::application::{Kind, Status};
use crate::domain::contract::{
    check_end_change, check_hours_change, hours_on, hours_schedule, ChangeProblem, ContractStatus,
    HoursRecord, Origin, Terms,
};
use crate::domain::contract_import::child_key;
use crate::domain::household::ChildDraft;
use crate::domain::occupancy::{Basis, Placement};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// The conflict code of the one-signed-contract rule (constraint and trigger name).
pub const OVERLAP: &str = "contract_overlap";

/// Is this the database refusing an overlapping binding contract?
pub fn is_overlap(e: &AppError) -> bool {
    matches!(e, AppError::Conflict(c) if c == OVERLAP)
}

/// A contract as listed and shown.
#[derive(Debug, Clone, Serialize)]
pub struct Contract {
    /// Id.
    pub id: String,
    /// Facility id.
    pub facility_id: String,
    /// Facility name.
    pub facility_name: String,
    /// Child id.
    pub child_id: String,
    /// Child's first names.
    pub first_names: String,
    /// Child's last name.
    pub last_name: String,
    /// Child's birth date.
    pub birth_date: NaiveDate,
    /// `offer`, `direct` or `import`.
    pub origin: String,
    /// `draft`, `signed` or `ended`.
    pub status: String,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day, if fixed.
    pub end_date: Option<NaiveDate>,
    /// Weekly hours today (or at the start, if it lies ahead).
    pub weekly_hours: Option<i32>,
    /// The facility software's id.
    pub external_id: Option<String>,
    /// The application it came from.
    pub application_id: Option<String>,
    /// When signed.
    pub signed_at: Option<NaiveDateTime>,
}

type ContractRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    NaiveDate,
    String,
    String,
    NaiveDate,
    Option<NaiveDate>,
    Option<String>,
    Option<String>,
    Option<NaiveDateTime>,
);

fn load_contracts(
    conn: &mut Conn,
    tenant: &TenantId,
    facility_ids: Option<&[String]>,
    id: Option<&str>,
    today: NaiveDate,
) -> AppResult<Vec<Contract>> {
    let mut q = contracts::table
        .inner_join(facilities::table)
        .inner_join(children::table)
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .into_boxed();
    if let Some(ids) = facility_ids {
        q = q.filter(contracts::facility_id.eq_any(ids.to_vec()));
    }
    if let Some(id) = id {
        q = q.filter(contracts::id.eq(id.to_string()));
    }
    let rows: Vec<ContractRow> = q
        .order((facilities::name, children::last_name, contracts::start_date))
        .select((
            contracts::id,
            contracts::facility_id,
            facilities::name,
            contracts::child_id,
            children::first_names,
            children::last_name,
            children::birth_date,
            contracts::origin,
            contracts::status,
            contracts::start_date,
            contracts::end_date,
            contracts::external_id,
            contracts::application_id,
            contracts::signed_at,
        ))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let hours = hour_records(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let schedule = hours_schedule(hours.get(&r.0).map_or(&[][..], |v| v));
            Contract {
                weekly_hours: hours_on(&schedule, r.9.max(today)).map(|h| h as i32),
                id: r.0,
                facility_id: r.1,
                facility_name: r.2,
                child_id: r.3,
                first_names: r.4,
                last_name: r.5,
                birth_date: r.6,
                origin: r.7,
                status: r.8,
                start_date: r.9,
                end_date: r.10,
                external_id: r.11,
                application_id: r.12,
                signed_at: r.13,
            }
        })
        .collect())
}

/// Hour records per contract, in the order recorded.
pub(crate) fn hour_records(
    conn: &mut Conn,
    ids: &[String],
) -> AppResult<HashMap<String, Vec<HoursRecord>>> {
    let mut out: HashMap<String, Vec<HoursRecord>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(String, NaiveDate, i32)> = contract_hours::table
            .filter(contract_hours::contract_id.eq_any(chunk))
            .order((contract_hours::recorded_at, contract_hours::id))
            .select((
                contract_hours::contract_id,
                contract_hours::valid_from,
                contract_hours::weekly_hours,
            ))
            .load(conn)?;
        for (c, valid_from, h) in rows {
            out.entry(c).or_default().push(HoursRecord {
                valid_from,
                weekly_hours: h.max(0) as u32,
            });
        }
    }
    Ok(out)
}

/// Contracts of the tenant, optionally only of some facilities; hours as on `today` (or at the
/// start, if it lies ahead).
pub fn list(
    conn: &mut Conn,
    tenant: &TenantId,
    facility_ids: Option<&[String]>,
    today: NaiveDate,
) -> AppResult<Vec<Contract>> {
    load_contracts(conn, tenant, facility_ids, None, today)
}

/// One contract of the tenant.
pub fn get(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    today: NaiveDate,
) -> AppResult<Option<Contract>> {
    Ok(load_contracts(conn, tenant, None, Some(id), today)?.pop())
}

/// One version of the hours or the end date, for the history.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    /// `hours` or `end`.
    pub kind: &'static str,
    /// When recorded.
    pub recorded_at: NaiveDateTime,
    /// Hours: from this day on.
    pub valid_from: Option<NaiveDate>,
    /// Hours per week.
    pub weekly_hours: Option<i32>,
    /// End date (`None` for "open-ended" in an end version).
    pub end_date: Option<NaiveDate>,
    /// Why (end versions).
    pub reason: String,
}

/// Every recorded version of a contract, oldest first.
pub fn history(conn: &mut Conn, id: &str) -> AppResult<Vec<Version>> {
    let hours: Vec<(NaiveDateTime, NaiveDate, i32)> = contract_hours::table
        .filter(contract_hours::contract_id.eq(id))
        .select((
            contract_hours::recorded_at,
            contract_hours::valid_from,
            contract_hours::weekly_hours,
        ))
        .load(conn)?;
    let ends: Vec<(NaiveDateTime, Option<NaiveDate>, String)> = contract_end_dates::table
        .filter(contract_end_dates::contract_id.eq(id))
        .select((
            contract_end_dates::recorded_at,
            contract_end_dates::end_date,
            contract_end_dates::reason,
        ))
        .load(conn)?;
    let mut out: Vec<Version> = hours
        .into_iter()
        .map(|(at, from, h)| Version {
            kind: "hours",
            recorded_at: at,
            valid_from: Some(from),
            weekly_hours: Some(h),
            end_date: None,
            reason: String::new(),
        })
        .chain(ends.into_iter().map(|(at, end, reason)| Version {
            kind: "end",
            recorded_at: at,
            valid_from: None,
            weekly_hours: None,
            end_date: end,
            reason,
        }))
        .collect();
    out.sort_by_key(|v| v.recorded_at);
    Ok(out)
}

/// An accepted offer that has no contract yet.
#[derive(Debug, Clone, Serialize)]
pub struct AwaitingContract {
    /// Offer id.
    pub offer_id: String,
    /// Facility id.
    pub facility_id: String,
    /// Facility name.
    pub facility_name: String,
    /// Child's first names.
    pub first_names: String,
    /// Child's last name.
    pub last_name: String,
    /// Birth date.
    pub birth_date: NaiveDate,
    /// Start of the offered place.
    pub start_date: NaiveDate,
    /// Offered weekly hours.
    pub weekly_hours: Option<i32>,
}

type AwaitingRow = (
    String,
    String,
    String,
    String,
    String,
    NaiveDate,
    NaiveDate,
    Option<i32>,
);

/// Accepted offers of the facilities (all when `None`) still waiting for a contract (not even
/// a draft).
pub fn awaiting(
    conn: &mut Conn,
    tenant: &TenantId,
    facility_ids: Option<&[String]>,
) -> AppResult<Vec<AwaitingContract>> {
    accepted_offers(conn, tenant, facility_ids, false)
}

/// Accepted offers whose application is not contracted yet; with `with_drafts` also those that
/// have a draft contract already (they hold their place until it is signed).
fn accepted_offers(
    conn: &mut Conn,
    tenant: &TenantId,
    facility_ids: Option<&[String]>,
    with_drafts: bool,
) -> AppResult<Vec<AwaitingContract>> {
    let mut q = offers::table
        .inner_join(facilities::table)
        .inner_join(applications::table.inner_join(children::table))
        .filter(offers::municipality_id.eq(tenant.as_str()))
        .filter(offers::status.eq("accepted"))
        .filter(applications::status.eq(Status::Accepted.code()))
        .into_boxed();
    if !with_drafts {
        q = q.filter(diesel::dsl::not(diesel::dsl::exists(
            contracts::table.filter(contracts::offer_id.eq(offers::id.nullable())),
        )));
    }
    if let Some(ids) = facility_ids {
        q = q.filter(offers::facility_id.eq_any(ids.to_vec()));
    }
    let rows: Vec<AwaitingRow> = q
        .order((facilities::name, offers::start_date))
        .select((
            offers::id,
            offers::facility_id,
            facilities::name,
            children::first_names,
            children::last_name,
            children::birth_date,
            offers::start_date,
            offers::weekly_hours,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| AwaitingContract {
            offer_id: r.0,
            facility_id: r.1,
            facility_name: r.2,
            first_names: r.3,
            last_name: r.4,
            birth_date: r.5,
            start_date: r.6,
            weekly_hours: r.7,
        })
        .collect())
}

struct NewContract<'a> {
    facility: &'a str,
    child: &'a str,
    offer: Option<&'a str>,
    application: Option<&'a str>,
    origin: Origin,
    external_id: Option<&'a str>,
    status: ContractStatus,
    terms: Terms,
}

fn insert(
    conn: &mut Conn,
    tenant: &TenantId,
    c: &NewContract<'_>,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    let actor = ctx.actor.as_ref().map(|a| a.as_str());
    let signed = c.status.binding();
    diesel::insert_into(contracts::table)
        .values((
            contracts::id.eq(&id),
            contracts::municipality_id.eq(tenant.as_str()),
            contracts::facility_id.eq(c.facility),
            contracts::child_id.eq(c.child),
            contracts::offer_id.eq(c.offer),
            contracts::application_id.eq(c.application),
            contracts::origin.eq(c.origin.code()),
            contracts::external_id.eq(c.external_id),
            contracts::status.eq(c.status.code()),
            contracts::start_date.eq(c.terms.start),
            contracts::end_date.eq(c.terms.end),
            contracts::created_at.eq(ctx.at),
            contracts::created_by.eq(actor),
            contracts::signed_at.eq(signed.then_some(ctx.at)),
            contracts::signed_by.eq(if signed { actor } else { None }),
            contracts::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    record_hours(conn, &id, c.terms.start, c.terms.weekly_hours, ctx)?;
    if c.terms.end.is_some() {
        record_end(conn, &id, c.terms.end, "created", ctx)?;
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "contract",
        Some(&id),
        &[
            "facility",
            "child",
            "status",
            "start_date",
            "end_date",
            "weekly_hours",
        ],
    )?;
    Ok(id)
}

fn record_hours(
    conn: &mut Conn,
    contract: &str,
    from: NaiveDate,
    hours: u32,
    ctx: &AuditCtx,
) -> AppResult<()> {
    diesel::insert_into(contract_hours::table)
        .values((
            contract_hours::id.eq(uuid::Uuid::new_v4().to_string()),
            contract_hours::contract_id.eq(contract),
            contract_hours::valid_from.eq(from),
            contract_hours::weekly_hours.eq(hours as i32),
            contract_hours::recorded_at.eq(ctx.at),
            contract_hours::recorded_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    Ok(())
}

fn record_end(
    conn: &mut Conn,
    contract: &str,
    end: Option<NaiveDate>,
    reason: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    diesel::insert_into(contract_end_dates::table)
        .values((
            contract_end_dates::id.eq(uuid::Uuid::new_v4().to_string()),
            contract_end_dates::contract_id.eq(contract),
            contract_end_dates::end_date.eq(end),
            contract_end_dates::reason.eq(reason),
            contract_end_dates::recorded_at.eq(ctx.at),
            contract_end_dates::recorded_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    Ok(())
}

/// A draft contract from an accepted offer (start and hours from the offer, `hours` when the
/// offer has none). `Ok(None)` when the offer is not an accepted offer of the tenant or of
/// `facility_ids`, or already has a contract.
pub fn create_from_offer(
    conn: &mut Conn,
    tenant: &TenantId,
    offer: &str,
    facility_ids: Option<&[String]>,
    hours: u32,
    ctx: &AuditCtx,
) -> AppResult<Option<String>> {
    let Some(a) = awaiting(conn, tenant, facility_ids)?
        .into_iter()
        .find(|a| a.offer_id == offer)
    else {
        return Ok(None);
    };
    let (application, child): (String, String) = offers::table
        .inner_join(applications::table)
        .filter(offers::id.eq(offer))
        .select((applications::id, applications::child_id))
        .first(conn)?;
    let terms = Terms {
        start: a.start_date,
        end: None,
        weekly_hours: a.weekly_hours.map_or(hours, |h| h.max(1) as u32),
    };
    insert(
        conn,
        tenant,
        &NewContract {
            facility: &a.facility_id,
            child: &child,
            offer: Some(offer),
            application: Some(&application),
            origin: Origin::Offer,
            external_id: None,
            status: ContractStatus::Draft,
            terms,
        },
        ctx,
    )
    .map(Some)
}

/// Children the tenant already knows (through applications or contracts), by
/// [`child_key`].
pub fn known_children(
    conn: &mut Conn,
    tenant: &TenantId,
) -> AppResult<HashMap<(String, String, NaiveDate), String>> {
    let via_applications: Vec<(String, String, String, NaiveDate)> = children::table
        .inner_join(applications::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .select((
            children::id,
            children::first_names,
            children::last_name,
            children::birth_date,
        ))
        .load(conn)?;
    let via_contracts: Vec<(String, String, String, NaiveDate)> = children::table
        .inner_join(contracts::table)
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .select((
            children::id,
            children::first_names,
            children::last_name,
            children::birth_date,
        ))
        .load(conn)?;
    Ok(via_applications
        .into_iter()
        .chain(via_contracts)
        .map(|(id, f, l, b)| (child_key(&f, &l, b), id))
        .collect())
}

/// A contract for a child already in care (entered by the facility, or from an import): the
/// child is the known child with the same names and birth date, otherwise a new household is
/// created for it with one guardian.
#[expect(
    clippy::too_many_arguments,
    reason = "one argument per part of the record"
)]
pub fn create_direct(
    conn: &mut Conn,
    tenant: &TenantId,
    facility: &str,
    child: &ChildDraft,
    guardian: (&str, &str),
    terms: Terms,
    external_id: Option<&str>,
    origin: Origin,
    status: ContractStatus,
    known: &mut HashMap<(String, String, NaiveDate), String>,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let key = child_key(&child.first_names, &child.last_name, child.birth_date);
    let child_id = match known.get(&key) {
        Some(id) => id.clone(),
        None => {
            let (_, id) = super::households::create_paper(conn, guardian, child, tenant, ctx)?;
            known.insert(key, id.clone());
            id
        }
    };
    let id = insert(
        conn,
        tenant,
        &NewContract {
            facility,
            child: &child_id,
            offer: None,
            application: None,
            origin,
            external_id,
            status,
            terms,
        },
        ctx,
    )?;
    if status.binding() {
        if let Err(refusal) = after_binding(conn, tenant, &id, ctx)? {
            // Rolls the caller's transaction back (imports write all rows or none).
            return Err(AppError::Conflict(refusal.code().into()));
        }
    }
    Ok(id)
}

/// Why a contract action is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not allowed in this state, or a date outside the contract.
    Change(ChangeProblem),
    /// The offer the draft came from is no longer accepted (withdrawn, lapsed).
    OfferGone,
    /// The child holds an accepted offer: its contract must be made from that offer, or the
    /// place would count twice.
    UseOffer,
}

impl Refusal {
    /// A short code (messages, import errors).
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Change(ChangeProblem::WrongState) => "state",
            Refusal::Change(ChangeProblem::OutsideContract) => "outside",
            Refusal::Change(ChangeProblem::EndBeforeStart) => "end_date",
            Refusal::OfferGone => "offer_gone",
            Refusal::UseOffer => "use_offer",
        }
    }
}

/// Does the child hold an accepted offer (not yet contracted) in the municipality?
pub fn has_accepted_offer(conn: &mut Conn, tenant: &TenantId, child: &str) -> AppResult<bool> {
    Ok(applications::table
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::child_id.eq(child))
        .filter(applications::status.eq(Status::Accepted.code()))
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

fn status_of(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
) -> AppResult<(ContractStatus, NaiveDate, Option<NaiveDate>)> {
    let (status, start, end): (String, NaiveDate, Option<NaiveDate>) = contracts::table
        .filter(contracts::id.eq(id))
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .select((
            contracts::status,
            contracts::start_date,
            contracts::end_date,
        ))
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    let status = ContractStatus::from_code(&status)
        .ok_or_else(|| AppError::Internal(format!("contract status {status}")))?;
    Ok((status, start, end))
}

/// Signs a draft. The first statement is the conditional update, so concurrent signings queue
/// on the database (SQLite's write lock, PostgreSQL's exclusion constraint); an overlapping
/// binding contract of the same child makes it fail with [`OVERLAP`]. The application it came
/// from becomes `contracted`, and so do the child's open needs reports in the municipality.
pub fn sign(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    ctx: &AuditCtx,
) -> AppResult<Result<(), Refusal>> {
    let actor = ctx.actor.as_ref().map(|a| a.as_str());
    let n = diesel::update(
        contracts::table
            .filter(contracts::id.eq(id))
            .filter(contracts::municipality_id.eq(tenant.as_str()))
            .filter(contracts::status.eq(ContractStatus::Draft.code())),
    )
    .set((
        contracts::status.eq(ContractStatus::Signed.code()),
        contracts::signed_at.eq(ctx.at),
        contracts::signed_by.eq(actor),
        contracts::updated_at.eq(ctx.at),
    ))
    .execute(conn)?;
    if n == 0 {
        status_of(conn, tenant, id)?;
        return Ok(Err(Refusal::Change(ChangeProblem::WrongState)));
    }
    if let Err(refusal) = after_binding(conn, tenant, id, ctx)? {
        // The offer behind the draft is gone (withdrawn, lapsed): undo the signature.
        diesel::update(contracts::table.find(id))
            .set((
                contracts::status.eq(ContractStatus::Draft.code()),
                contracts::signed_at.eq(None::<NaiveDateTime>),
                contracts::signed_by.eq(None::<String>),
            ))
            .execute(conn)?;
        return Ok(Err(refusal));
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "sign",
        "contract",
        Some(id),
        &["status"],
    )?;
    Ok(Ok(()))
}

/// What a contract becoming binding means for the applications: the application of the offer
/// it came from becomes `contracted` (refused when that offer is no longer accepted — the
/// parents withdrew or the offer lapsed), and so do the child's needs reports in the
/// municipality that are still waiting (not those with an open or accepted offer elsewhere:
/// those stay with the parents' answer); they are released like a withdrawal.
fn after_binding(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    ctx: &AuditCtx,
) -> AppResult<Result<(), Refusal>> {
    let (child, application, offer): (String, Option<String>, Option<String>) = contracts::table
        .find(id)
        .select((
            contracts::child_id,
            contracts::application_id,
            contracts::offer_id,
        ))
        .first(conn)?;
    let mut fulfilled: Vec<(String, String)> = Vec::new();
    if let (Some(app), Some(offer)) = (application, offer.as_ref()) {
        let live: Option<(String, String)> = offers::table
            .inner_join(applications::table)
            .filter(offers::id.eq(offer))
            .filter(offers::status.eq("accepted"))
            .filter(applications::status.eq(Status::Accepted.code()))
            .select((applications::id, applications::status))
            .first(conn)
            .optional()?;
        match live {
            Some(found) if found.0 == app => fulfilled.push(found),
            _ => return Ok(Err(Refusal::OfferGone)),
        }
    }
    if offer.is_none() && has_accepted_offer(conn, tenant, &child)? {
        return Ok(Err(Refusal::UseOffer));
    }
    let waiting = [
        Status::Submitted,
        Status::Checked,
        Status::NeedsReview,
        Status::Rejected,
        Status::Declined,
        Status::Expired,
    ]
    .map(Status::code);
    let needs: Vec<(String, String)> = applications::table
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::child_id.eq(&child))
        .filter(applications::kind.eq(Kind::Needs.code()))
        .filter(applications::status.eq_any(waiting))
        .select((applications::id, applications::status))
        .load(conn)?;
    for (app, from) in needs {
        super::checks::release(conn, tenant, &app, ctx)?;
        fulfilled.push((app, from));
    }
    for (app, from) in fulfilled {
        diesel::update(applications::table.find(&app))
            .set((
                applications::status.eq(Status::Contracted.code()),
                applications::updated_at.eq(ctx.at),
            ))
            .execute(conn)?;
        super::applications::event(
            conn,
            &app,
            Status::from_code(&from),
            Status::Contracted,
            "contract_signed",
            ctx,
        )?;
    }
    Ok(Ok(()))
}

/// Changes the weekly hours from `from` on (a new version; earlier ones stay).
pub fn change_hours(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    from: NaiveDate,
    hours: u32,
    ctx: &AuditCtx,
) -> AppResult<Result<(), Refusal>> {
    let (status, start, end) = status_of(conn, tenant, id)?;
    if let Err(p) = check_hours_change(status, start, end, from) {
        return Ok(Err(Refusal::Change(p)));
    }
    record_hours(conn, id, from, hours, ctx)?;
    diesel::update(contracts::table.find(id))
        .set(contracts::updated_at.eq(ctx.at))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "contract",
        Some(id),
        &["weekly_hours"],
    )?;
    Ok(Ok(()))
}

/// Sets a new end date (`None`: open-ended again) as a new version; with `terminate` the
/// contract becomes `ended` (the end date is then required by the caller). A later end that
/// would overlap another binding contract of the child fails with [`OVERLAP`].
pub fn change_end(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    end: Option<NaiveDate>,
    terminate: bool,
    ctx: &AuditCtx,
) -> AppResult<Result<(), Refusal>> {
    let (status, start, _) = status_of(conn, tenant, id)?;
    if let Err(p) = check_end_change(status, start, end) {
        return Ok(Err(Refusal::Change(p)));
    }
    if terminate && status != ContractStatus::Signed {
        return Ok(Err(Refusal::Change(ChangeProblem::WrongState)));
    }
    let new_status = if terminate {
        ContractStatus::Ended
    } else {
        status
    };
    diesel::update(contracts::table.find(id))
        .set((
            contracts::end_date.eq(end),
            contracts::status.eq(new_status.code()),
            contracts::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    record_end(
        conn,
        id,
        end,
        if terminate { "ended" } else { "changed" },
        ctx,
    )?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        if terminate { "end" } else { "update" },
        "contract",
        Some(id),
        &["end_date", "status"],
    )?;
    Ok(Ok(()))
}

/// Everything that occupies places, per facility: binding contracts (with their hour schedule)
/// and accepted offers without a contract yet (planned view).
pub fn placements(
    conn: &mut Conn,
    tenant: &TenantId,
) -> AppResult<HashMap<String, Vec<Placement>>> {
    let rows: Vec<(String, String, NaiveDate, NaiveDate, Option<NaiveDate>)> = contracts::table
        .inner_join(children::table)
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .filter(contracts::status.ne(ContractStatus::Draft.code()))
        .select((
            contracts::id,
            contracts::facility_id,
            children::birth_date,
            contracts::start_date,
            contracts::end_date,
        ))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let hours = hour_records(conn, &ids)?;
    let mut out: HashMap<String, Vec<Placement>> = HashMap::new();
    for (id, facility, birth, start, end) in rows {
        out.entry(facility).or_default().push(Placement {
            birth,
            start,
            end,
            hours: hours_schedule(hours.get(&id).map_or(&[][..], |v| v)),
            basis: Basis::Contract,
        });
    }
    for a in accepted_offers(conn, tenant, None, true)? {
        out.entry(a.facility_id).or_default().push(Placement {
            birth: a.birth_date,
            start: a.start_date,
            end: None,
            hours: a
                .weekly_hours
                .map(|h| vec![(a.start_date, h.max(0) as u32)])
                .unwrap_or_default(),
            basis: Basis::Offer,
        });
    }
    Ok(out)
}

/// Places held on `day` by binding contracts whose place is not already a seat of that Kita
/// year (children in care, imported or entered directly, and children placed in an earlier
/// Kita year), per (facility, category code): the allocation must not offer them. Contracts
/// from an offer of the same Kita year are left out — that offer holds a seat already.
pub fn held_outside_allocation(
    conn: &mut Conn,
    tenant: &TenantId,
    day: NaiveDate,
    rules: &crate::domain::occupancy::Rules,
) -> AppResult<HashMap<(String, String), u32>> {
    let rows: Vec<(String, NaiveDate, Option<i32>)> = contracts::table
        .inner_join(children::table)
        .left_join(offers::table.on(offers::id.nullable().eq(contracts::offer_id)))
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .filter(contracts::status.ne(ContractStatus::Draft.code()))
        .filter(contracts::start_date.le(day))
        .filter(
            contracts::end_date
                .is_null()
                .or(contracts::end_date.ge(day)),
        )
        .select((
            contracts::facility_id,
            children::birth_date,
            offers::kita_year.nullable(),
        ))
        .load(conn)?;
    let year = crate::domain::application::kita_year(day);
    let mut out: HashMap<(String, String), u32> = HashMap::new();
    for (facility, birth, offer_year) in rows {
        if offer_year == Some(year) {
            continue;
        }
        if let Some(c) = crate::domain::occupancy::counted_category(birth, day, rules) {
            *out.entry((facility, c.code().to_string())).or_default() += 1;
        }
    }
    Ok(out)
}

/// What the API sends for a contract kept in sync by external id.
#[derive(Debug, Clone)]
pub struct ExternalContract {
    /// Facility id (of the tenant).
    pub facility_id: String,
    /// The child.
    pub child: ChildDraft,
    /// One guardian.
    pub guardian: (String, String),
    /// Terms.
    pub terms: Terms,
}

/// Why an upsert by external id is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpsertProblem {
    /// The facility is not the tenant's.
    UnknownFacility,
    /// A contract cannot move to another facility or child, or change its start (that is a
    /// new contract with another external id).
    Immutable,
    /// The contract has ended; nothing changes any more.
    Ended,
    /// See [`Refusal`].
    Refused(Refusal),
}

/// Creates (signed, origin `api`) or updates the contract with this external id. An update
/// records a new end date and/or new hours (from today or the start, whichever is later) as
/// versions. Returns the contract id and whether it was created.
pub fn upsert_external(
    conn: &mut Conn,
    tenant: &TenantId,
    external_id: &str,
    c: &ExternalContract,
    today: NaiveDate,
    ctx: &AuditCtx,
) -> AppResult<Result<(String, bool), UpsertProblem>> {
    if super::facilities::get(conn, tenant, &c.facility_id)?.is_none() {
        return Ok(Err(UpsertProblem::UnknownFacility));
    }
    let existing: Option<(String, String, String, String, NaiveDate, Option<NaiveDate>)> =
        contracts::table
            .filter(contracts::municipality_id.eq(tenant.as_str()))
            .filter(contracts::external_id.eq(external_id))
            .select((
                contracts::id,
                contracts::facility_id,
                contracts::child_id,
                contracts::status,
                contracts::start_date,
                contracts::end_date,
            ))
            .first(conn)
            .optional()?;
    let Some((id, facility, child, status, start, end)) = existing else {
        let mut known = known_children(conn, tenant)?;
        let id = create_direct(
            conn,
            tenant,
            &c.facility_id,
            &c.child,
            (&c.guardian.0, &c.guardian.1),
            c.terms,
            Some(external_id),
            Origin::Api,
            ContractStatus::Signed,
            &mut known,
            ctx,
        )?;
        return Ok(Ok((id, true)));
    };
    let same_child = known_children(conn, tenant)?
        .get(&child_key(
            &c.child.first_names,
            &c.child.last_name,
            c.child.birth_date,
        ))
        .is_some_and(|k| *k == child);
    if facility != c.facility_id || !same_child || start != c.terms.start {
        return Ok(Err(UpsertProblem::Immutable));
    }
    if status == ContractStatus::Ended.code() {
        return Ok(Err(UpsertProblem::Ended));
    }
    if end != c.terms.end {
        if let Err(r) = change_end(conn, tenant, &id, c.terms.end, false, ctx)? {
            return Ok(Err(UpsertProblem::Refused(r)));
        }
    }
    let schedule = hours_schedule(
        hour_records(conn, std::slice::from_ref(&id))?
            .get(&id)
            .map_or(&[][..], |v| v),
    );
    let from = today.max(start);
    if hours_on(&schedule, from) != Some(c.terms.weekly_hours) {
        if let Err(r) = change_hours(conn, tenant, &id, from, c.terms.weekly_hours, ctx)? {
            return Ok(Err(UpsertProblem::Refused(r)));
        }
    }
    Ok(Ok((id, false)))
}

/// Where a contract's integration note is sealed (associated data of the encryption).
fn note_place(contract: &str) -> String {
    format!("contracts.integration_note.{contract}")
}

/// Sets (or with `None` removes) the notes on integration assistance of a contract of the
/// tenant, encrypted with the current field key; audited by field name only.
pub fn set_integration_note(
    conn: &mut Conn,
    keys: &crate::field_crypto::KeyRing,
    tenant: &TenantId,
    contract: &str,
    note: Option<&str>,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let sealed = note.map(|n| keys.seal(&note_place(contract), n));
    let n = diesel::update(
        contracts::table
            .filter(contracts::id.eq(contract))
            .filter(contracts::municipality_id.eq(tenant.as_str())),
    )
    .set((
        contracts::integration_note.eq(sealed),
        contracts::updated_at.eq(ctx.at),
    ))
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "contract",
        Some(contract),
        &["integration_note"],
    )
}

/// The decrypted notes on integration assistance of a contract, if any.
pub fn integration_note(
    conn: &mut Conn,
    keys: &crate::field_crypto::KeyRing,
    contract: &str,
) -> AppResult<Option<String>> {
    let sealed: Option<Option<String>> = contracts::table
        .find(contract)
        .select(contracts::integration_note)
        .first(conn)
        .optional()?;
    sealed
        .flatten()
        .map(|s| {
            keys.open(&note_place(contract), &s)
                .map_err(|e| AppError::Internal(e.to_string()))
        })
        .transpose()
}

/// Re-encrypts every sealed field that uses an older key with the current one (after
/// `rotate-key`, in the caller's transaction); returns how many were re-encrypted.
pub fn reseal_all(conn: &mut Conn, keys: &crate::field_crypto::KeyRing) -> AppResult<usize> {
    let rows: Vec<(String, Option<String>)> = contracts::table
        .filter(contracts::integration_note.is_not_null())
        .select((contracts::id, contracts::integration_note))
        .load(conn)?;
    let mut done = 0;
    for (id, sealed) in rows {
        let Some(sealed) = sealed.filter(|s| keys.is_stale(s)) else {
            continue;
        };
        let plain = keys
            .open(&note_place(&id), &sealed)
            .map_err(|e| AppError::Internal(format!("contract {id}: {e}")))?;
        diesel::update(contracts::table.find(&id))
            .set(contracts::integration_note.eq(Some(keys.seal(&note_place(&id), &plain))))
            .execute(conn)?;
        done += 1;
    }
    Ok(done)
}
