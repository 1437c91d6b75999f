//! Review of a run before publishing: the youth office's manual adjustments (append-only, each
//! with a reason) and the facility leads' confirmations (one per run, child and facility; the
//! audit log keeps every answer). The effective proposal is computed by `domain::allocation::review`.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::allocation::{self as alloc, Run};
use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{
    allocation_adjustments, allocation_confirmations, allocation_rounds, applications, children,
    memberships,
};
use crate::domain::allocation::report::{self, Envy};
use crate::domain::allocation::review::{self, AdjustError, Adjustment, Proposal};
use crate::domain::allocation::{Instance, Outcome};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// Longest reason kept.
pub const MAX_REASON: usize = 1000;

/// A reason as entered: trimmed, required, bounded.
pub fn clean_reason(raw: &str) -> Option<String> {
    let r = raw.trim();
    (!r.is_empty() && r.chars().count() <= MAX_REASON).then(|| r.to_string())
}

/// A stored adjustment.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = allocation_adjustments)]
pub struct AdjustmentRow {
    /// Id.
    pub id: String,
    /// Order within the run.
    pub seq: i32,
    /// `move` or `hold`.
    pub kind: String,
    /// Moved child's application.
    pub application_id: Option<String>,
    /// Target facility (move; `None` = no place) or held facility.
    pub facility_id: Option<String>,
    /// Held category.
    pub category: Option<String>,
    /// Held places.
    pub places: i32,
    /// Why.
    pub reason: String,
    /// When.
    pub created_at: NaiveDateTime,
    /// Who.
    pub created_by: Option<String>,
}

impl AdjustmentRow {
    /// As the domain sees it.
    pub fn adjustment(&self) -> Adjustment {
        if self.kind == "hold" {
            Adjustment::Hold {
                facility: self.facility_id.clone().unwrap_or_default(),
                category: self.category.clone().unwrap_or_default(),
                places: u32::try_from(self.places).unwrap_or(0),
            }
        } else {
            Adjustment::Move {
                child: self.application_id.clone().unwrap_or_default(),
                facility: self.facility_id.clone(),
            }
        }
    }
}

/// A run with its adjustments applied.
pub struct Reviewed {
    /// The run as the engine left it.
    pub run: Run,
    /// Its adjustments in order.
    pub adjustments: Vec<AdjustmentRow>,
    /// The effective proposal.
    pub proposal: Proposal,
    /// Instance with held places taken out.
    pub instance: Instance,
    /// Outcome with the proposal's assignments and explanations.
    pub outcome: Outcome,
    /// Justified-envy cases of the effective proposal (empty for a plain run).
    pub stability: Vec<Envy>,
}

/// Adjustments of a run, in order.
pub fn adjustments(conn: &mut Conn, run_id: &str) -> AppResult<Vec<AdjustmentRow>> {
    Ok(allocation_adjustments::table
        .filter(allocation_adjustments::run_id.eq(run_id))
        .order(allocation_adjustments::seq.asc())
        .select(AdjustmentRow::as_select())
        .load(conn)?)
}

/// A run of the tenant with its effective proposal.
pub fn reviewed(conn: &mut Conn, tenant: &TenantId, run_id: &str) -> AppResult<Option<Reviewed>> {
    let Some(run) = alloc::run(conn, tenant, run_id)? else {
        return Ok(None);
    };
    let adjustments = adjustments(conn, run_id)?;
    let list: Vec<Adjustment> = adjustments.iter().map(AdjustmentRow::adjustment).collect();
    let proposal = review::apply(&run.outcome, &list);
    let instance = review::effective_instance(&run.instance, &proposal);
    let outcome = review::effective_outcome(&run.instance, &run.outcome, &proposal);
    let stability = if list.is_empty() {
        run.stability.clone()
    } else {
        report::envy(&instance, &proposal.assignments)
    };
    Ok(Some(Reviewed {
        run,
        adjustments,
        proposal,
        instance,
        outcome,
        stability,
    }))
}

fn open_round(conn: &mut Conn, tenant: &TenantId, round_id: &str) -> AppResult<alloc::Round> {
    let r = alloc::round(conn, tenant, round_id)?.ok_or(AppError::NotFound)?;
    if r.published_at.is_some() {
        return Err(AppError::Conflict("round published".into()));
    }
    Ok(r)
}

/// Appends an adjustment after checking it against the effective proposal. A published
/// round cannot be changed (`Conflict`).
pub fn adjust(
    conn: &mut Conn,
    tenant: &TenantId,
    run_id: &str,
    adj: &Adjustment,
    reason: &str,
    ctx: &AuditCtx,
) -> AppResult<Result<(), AdjustError>> {
    let r = reviewed(conn, tenant, run_id)?.ok_or(AppError::NotFound)?;
    open_round(conn, tenant, &r.run.row.round_id)?;
    if let Err(e) = review::check(&r.run.instance, &r.proposal, adj) {
        return Ok(Err(e));
    }
    let seq = r.adjustments.last().map_or(1, |a| a.seq + 1);
    let id = uuid::Uuid::new_v4().to_string();
    let (kind, application, facility, category, places) = match adj {
        Adjustment::Move { child, facility } => {
            ("move", Some(child.as_str()), facility.as_deref(), None, 0)
        }
        Adjustment::Hold {
            facility,
            category,
            places,
        } => (
            "hold",
            None,
            Some(facility.as_str()),
            Some(category.as_str()),
            i32::try_from(*places).unwrap_or(i32::MAX),
        ),
    };
    // Two adjustments at the same moment collide on UNIQUE(run_id, seq): one of them fails
    // instead of both being checked against the same proposal.
    diesel::insert_into(allocation_adjustments::table)
        .values((
            allocation_adjustments::id.eq(&id),
            allocation_adjustments::run_id.eq(run_id),
            allocation_adjustments::municipality_id.eq(tenant.as_str()),
            allocation_adjustments::seq.eq(seq),
            allocation_adjustments::kind.eq(kind),
            allocation_adjustments::application_id.eq(application),
            allocation_adjustments::facility_id.eq(facility),
            allocation_adjustments::category.eq(category),
            allocation_adjustments::places.eq(places),
            allocation_adjustments::reason.eq(reason),
            allocation_adjustments::created_at.eq(ctx.at),
            allocation_adjustments::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        kind,
        "allocation_adjustment",
        Some(&id),
        &["run_id", "application_id", "facility_id", "reason"],
    )?;
    Ok(Ok(()))
}

/// Sends a run to the facility leads for confirmation (replaces an earlier one).
pub fn send_for_review(
    conn: &mut Conn,
    tenant: &TenantId,
    run_id: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let run = alloc::run(conn, tenant, run_id)?.ok_or(AppError::NotFound)?;
    open_round(conn, tenant, &run.row.round_id)?;
    diesel::update(allocation_rounds::table.find(&run.row.round_id))
        .set(allocation_rounds::review_run_id.eq(Some(run_id)))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "send_for_review",
        "allocation_round",
        Some(&run.row.round_id),
        &["review_run_id"],
    )
}

/// The latest answer of a facility lead.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    /// Confirmed (true) or rejected.
    pub confirmed: bool,
    /// The lead's reason.
    pub reason: String,
    /// When.
    pub at: NaiveDateTime,
}

/// Latest answers of a run by (application, facility).
pub fn answers(conn: &mut Conn, run_id: &str) -> AppResult<HashMap<(String, String), Answer>> {
    let rows: Vec<(String, String, bool, String, NaiveDateTime)> = allocation_confirmations::table
        .filter(allocation_confirmations::run_id.eq(run_id))
        .select((
            allocation_confirmations::application_id,
            allocation_confirmations::facility_id,
            allocation_confirmations::confirmed,
            allocation_confirmations::reason,
            allocation_confirmations::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(a, f, confirmed, reason, at)| {
            (
                (a, f),
                Answer {
                    confirmed,
                    reason,
                    at,
                },
            )
        })
        .collect())
}

/// Facilities of the tenant with an active facility-lead account: only they can confirm, so
/// only their places wait for a confirmation.
pub fn led_facilities(conn: &mut Conn, tenant: &TenantId) -> AppResult<HashSet<String>> {
    Ok(memberships::table
        .filter(memberships::municipality_id.eq(tenant.as_str()))
        .filter(memberships::role.eq(Role::FacilityLead.code()))
        .filter(memberships::disabled_at.is_null())
        .select(memberships::facility_id.assume_not_null())
        .filter(memberships::facility_id.is_not_null())
        .load::<String>(conn)?
        .into_iter()
        .collect())
}

/// Proposed places at led facilities without a (current) confirmation; `answers` are the
/// run's answers (empty for a run not sent for review).
pub fn unconfirmed(
    proposal: &Proposal,
    answers: &HashMap<(String, String), Answer>,
    led: &HashSet<String>,
) -> usize {
    proposal
        .assignments
        .iter()
        .filter_map(|(a, f)| f.as_ref().map(|f| (a.clone(), f.clone())))
        .filter(|(_, f)| led.contains(f))
        .filter(|key| !answers.get(key).is_some_and(|x| x.confirmed))
        .count()
}

/// One proposed place as a facility lead sees it.
#[derive(Debug, Clone, Serialize)]
pub struct ProposedPlace {
    /// Round name.
    pub round: String,
    /// Run id.
    pub run_id: String,
    /// Application id.
    pub application_id: String,
    /// Facility id.
    pub facility_id: String,
    /// Child's first names.
    pub first_names: String,
    /// Child's last name.
    pub last_name: String,
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// Category code.
    pub category: String,
    /// Hours the parents asked for.
    pub weekly_hours: Option<i32>,
    /// Wished start.
    pub start_date: NaiveDate,
    /// The facility's latest answer.
    pub answer: Option<Answer>,
}

/// Places proposed at `facilities` in runs sent for review in unpublished rounds.
pub fn proposed_at(
    conn: &mut Conn,
    tenant: &TenantId,
    facilities: &[String],
) -> AppResult<Vec<ProposedPlace>> {
    let rounds: Vec<(String, String)> = allocation_rounds::table
        .filter(allocation_rounds::municipality_id.eq(tenant.as_str()))
        .filter(allocation_rounds::published_at.is_null())
        .filter(allocation_rounds::review_run_id.is_not_null())
        .order(allocation_rounds::start_date.asc())
        .select((
            allocation_rounds::name,
            allocation_rounds::review_run_id.assume_not_null(),
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for (round_name, run_id) in rounds {
        let Some(r) = reviewed(conn, tenant, &run_id)? else {
            continue;
        };
        let here: HashMap<String, String> = r
            .proposal
            .assignments
            .iter()
            .filter_map(|(a, f)| {
                f.as_ref()
                    .filter(|f| facilities.contains(f))
                    .map(|f| (a.clone(), f.clone()))
            })
            .collect();
        if here.is_empty() {
            continue;
        }
        let answers = answers(conn, &run_id)?;
        let ids: Vec<&String> = here.keys().collect();
        let rows: Vec<(String, String, String, NaiveDate, Option<i32>, NaiveDate)> =
            applications::table
                .inner_join(children::table)
                .filter(applications::municipality_id.eq(tenant.as_str()))
                .filter(applications::id.eq_any(ids))
                .order((children::last_name.asc(), children::first_names.asc()))
                .select((
                    applications::id,
                    children::first_names,
                    children::last_name,
                    children::birth_date,
                    applications::weekly_hours,
                    applications::start_date,
                ))
                .load(conn)?;
        for (id, first, last, birth, hours, start) in rows {
            let facility = here[&id].clone();
            let category = r
                .run
                .instance
                .children
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.category.clone())
                .unwrap_or_default();
            out.push(ProposedPlace {
                round: round_name.clone(),
                run_id: run_id.clone(),
                answer: answers.get(&(id.clone(), facility.clone())).cloned(),
                application_id: id,
                facility_id: facility,
                first_names: first,
                last_name: last,
                birth_date: birth,
                category,
                weekly_hours: hours,
                start_date: start,
            });
        }
    }
    Ok(out)
}

/// A facility lead confirms or rejects a proposed place. Only the run sent for review, only
/// places currently proposed at one of `facilities` (the lead's own), only before publishing.
#[allow(clippy::too_many_arguments)]
pub fn answer(
    conn: &mut Conn,
    tenant: &TenantId,
    facilities: &[String],
    run_id: &str,
    application: &str,
    confirmed: bool,
    reason: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let r = reviewed(conn, tenant, run_id)?.ok_or(AppError::NotFound)?;
    let round = open_round(conn, tenant, &r.run.row.round_id)?;
    if round.review_run_id.as_deref() != Some(run_id) {
        return Err(AppError::NotFound);
    }
    let facility = r
        .proposal
        .assignments
        .get(application)
        .cloned()
        .flatten()
        .filter(|f| facilities.contains(f))
        .ok_or(AppError::NotFound)?;
    let values = (
        allocation_confirmations::confirmed.eq(confirmed),
        allocation_confirmations::reason.eq(reason),
        allocation_confirmations::created_at.eq(ctx.at),
        allocation_confirmations::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
    );
    let key = allocation_confirmations::table
        .filter(allocation_confirmations::run_id.eq(run_id))
        .filter(allocation_confirmations::application_id.eq(application))
        .filter(allocation_confirmations::facility_id.eq(&facility));
    let existing: Option<String> = key
        .select(allocation_confirmations::id)
        .first(conn)
        .optional()?;
    let id = match existing {
        Some(id) => {
            diesel::update(allocation_confirmations::table.find(&id))
                .set(values)
                .execute(conn)?;
            id
        }
        None => {
            let id = uuid::Uuid::new_v4().to_string();
            diesel::insert_into(allocation_confirmations::table)
                .values((
                    allocation_confirmations::id.eq(&id),
                    allocation_confirmations::run_id.eq(run_id),
                    allocation_confirmations::municipality_id.eq(tenant.as_str()),
                    allocation_confirmations::application_id.eq(application),
                    allocation_confirmations::facility_id.eq(&facility),
                    values,
                ))
                .execute(conn)?;
            id
        }
    };
    audit::record(
        conn,
        ctx,
        Some(tenant),
        if confirmed { "confirm" } else { "reject" },
        "allocation_confirmation",
        Some(&id),
        &["run_id", "application_id", "facility_id", "reason"],
    )
}
