//! Retention: the municipality's periods, what the next run will delete (dry run), and the
//! daily run that deletes it — per municipality the audit log, the register-lookup log,
//! applications and ended contracts (through [`erasure`]); for everybody sent mails, expired
//! sessions, old single-use tokens and the accounts their owners deleted.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::erasure;
use super::Conn;
use crate::db::schema::{
    application_events, applications, audit_log, contracts, municipalities, outbox,
    register_lookups, retention_runs, retention_settings, sessions, user_tokens,
};
use crate::domain::application::Status;
use crate::domain::contract::ContractStatus;
use crate::domain::retention::{
    cutoff, last_closed_kita_year, Periods, BOUNDS, OUTBOX_DAYS, SOFT_DELETE_DAYS, TOKEN_DAYS,
};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// The municipality's periods (the defaults until it sets its own).
pub fn periods(conn: &mut Conn, tenant: &TenantId) -> AppResult<Periods> {
    let row: Option<(i32, i32, i32, i32, i32)> = retention_settings::table
        .find(tenant.as_str())
        .select((
            retention_settings::audit_log_days,
            retention_settings::register_log_days,
            retention_settings::unsuccessful_days,
            retention_settings::withdrawn_days,
            retention_settings::contract_days,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map_or_else(Periods::default, |(a, r, u, w, c)| {
        let d = Periods::default().values();
        let v = [a, r, u, w, c];
        Periods::from_values(std::array::from_fn(|i| u32::try_from(v[i]).unwrap_or(d[i])))
    }))
}

/// Saves the municipality's periods (audited).
pub fn save(conn: &mut Conn, tenant: &TenantId, p: Periods, ctx: &AuditCtx) -> AppResult<()> {
    let v = p.values().map(|d| i32::try_from(d).unwrap_or(i32::MAX));
    diesel::delete(retention_settings::table.find(tenant.as_str())).execute(conn)?;
    diesel::insert_into(retention_settings::table)
        .values((
            retention_settings::municipality_id.eq(tenant.as_str()),
            retention_settings::audit_log_days.eq(v[0]),
            retention_settings::register_log_days.eq(v[1]),
            retention_settings::unsuccessful_days.eq(v[2]),
            retention_settings::withdrawn_days.eq(v[3]),
            retention_settings::contract_days.eq(v[4]),
            retention_settings::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    let fields: Vec<&str> = BOUNDS.iter().map(|b| b.field).collect();
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "retention_settings",
        None,
        &fields,
    )
}

/// What a run at `now` deletes of one municipality, and of the data of nobody's municipality.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Audit-log entries.
    pub audit_log: i64,
    /// Register-lookup log entries.
    pub register_log: i64,
    /// Withdrawn applications past their period.
    pub withdrawn: i64,
    /// Applications without contract whose Kita year closed a period ago.
    pub unsuccessful: i64,
    /// Contracts (with their fee records) that ended a period ago.
    pub contracts: i64,
    /// Children left without application and contract (households without an account).
    pub children: i64,
    /// Households left without children.
    pub households: i64,
    /// Accounts deleted by their owners, purged after the soft-delete period.
    pub accounts: i64,
    /// Sent mails.
    pub outbox: i64,
    /// Expired sessions.
    pub sessions: i64,
    /// Used or expired single-use tokens.
    pub tokens: i64,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.audit_log += o.audit_log;
        self.register_log += o.register_log;
        self.withdrawn += o.withdrawn;
        self.unsuccessful += o.unsuccessful;
        self.contracts += o.contracts;
        self.children += o.children;
        self.households += o.households;
        self.accounts += o.accounts;
        self.outbox += o.outbox;
        self.sessions += o.sessions;
        self.tokens += o.tokens;
    }
}

/// The dry run: what a run at `now` would delete of this municipality and of nobody's
/// municipality. It runs the deletion and rolls it back, so the counts are exactly what the
/// run will do (its consequences too: children and households left without anything).
pub fn preview(conn: &mut Conn, tenant: &TenantId, now: NaiveDateTime) -> AppResult<Counts> {
    let mut counts = Counts::default();
    let outcome = conn.transaction::<(), AppError, _>(|tx| {
        counts = global(tx, now)?;
        counts.add(&of_municipality(tx, tenant, now)?);
        counts.add(&orphans(tx)?);
        Err(AppError::Internal(ROLLBACK.into()))
    });
    match outcome {
        Err(AppError::Internal(m)) if m == ROLLBACK => Ok(counts),
        Err(e) => Err(e),
        Ok(()) => Ok(counts),
    }
}

const ROLLBACK: &str = "retention dry run: rolled back";

/// Deletes the data of nobody's municipality past its period: sent mails, expired sessions,
/// old tokens, and the accounts deleted by their owners (purged).
fn global(conn: &mut Conn, now: NaiveDateTime) -> AppResult<Counts> {
    let mail = outbox::table
        .filter(outbox::sent_at.is_not_null())
        .filter(outbox::sent_at.lt(cutoff(now, OUTBOX_DAYS)));
    let session = sessions::table.filter(sessions::expires_at.lt(now));
    let token = user_tokens::table.filter(user_tokens::expires_at.lt(cutoff(now, TOKEN_DAYS)));
    Ok(Counts {
        accounts: erasure::purge_accounts(conn, cutoff(now, SOFT_DELETE_DAYS), now)?,
        outbox: i64::try_from(diesel::delete(mail).execute(conn)?).unwrap_or(0),
        sessions: i64::try_from(diesel::delete(session).execute(conn)?).unwrap_or(0),
        tokens: i64::try_from(diesel::delete(token).execute(conn)?).unwrap_or(0),
        ..Counts::default()
    })
}

/// Children and households left with nothing (after all municipalities' deletions).
fn orphans(conn: &mut Conn) -> AppResult<Counts> {
    let o = erasure::delete_orphans(conn)?;
    Ok(Counts {
        children: o.children,
        households: o.households,
        ..Counts::default()
    })
}

/// Deletes one municipality's data past its periods.
fn of_municipality(conn: &mut Conn, tenant: &TenantId, now: NaiveDateTime) -> AppResult<Counts> {
    let p = periods(conn, tenant)?;
    let count = |n: usize| i64::try_from(n).unwrap_or(0);
    let audit_log = count(
        diesel::delete(
            audit_log::table
                .filter(audit_log::municipality_id.eq(tenant.as_str()))
                .filter(audit_log::at.lt(cutoff(now, p.audit_log_days.into()))),
        )
        .execute(conn)?,
    );
    let register_log = count(
        diesel::delete(
            register_lookups::table
                .filter(register_lookups::municipality_id.eq(tenant.as_str()))
                .filter(register_lookups::at.lt(cutoff(now, p.register_log_days.into()))),
        )
        .execute(conn)?,
    );
    let withdrawn_before = cutoff(now, p.withdrawn_days.into());
    let withdrawn: Vec<String> = applications::table
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::status.eq(Status::Withdrawn.code()))
        .filter(
            applications::id.eq_any(
                application_events::table
                    .filter(application_events::to_status.eq(Status::Withdrawn.code()))
                    .filter(application_events::at.lt(withdrawn_before))
                    .select(application_events::application_id),
            ),
        )
        .select(applications::id)
        .load(conn)?;
    let withdrawn = erasure::without_contract(conn, withdrawn)?;
    let withdrawn = erasure::delete_applications(conn, &withdrawn)?;
    let contract_end = cutoff(now, p.contract_days.into()).date();
    let ended: Vec<String> = contracts::table
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .filter(
            contracts::end_date.lt(contract_end).or(contracts::status
                .eq(ContractStatus::Draft.code())
                .and(contracts::start_date.lt(contract_end))),
        )
        .select(contracts::id)
        .load(conn)?;
    let contracts = erasure::delete_contracts(conn, &ended)?;
    let closed: Vec<String> = applications::table
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::kita_year.le(last_closed_kita_year(now, p.unsuccessful_days.into())))
        .select(applications::id)
        .load(conn)?;
    let closed = erasure::without_contract(conn, closed)?;
    let unsuccessful = erasure::delete_applications(conn, &closed)?;
    Ok(Counts {
        audit_log,
        register_log,
        withdrawn,
        contracts,
        unsuccessful,
        ..Counts::default()
    })
}

/// Deletes everything past its period, for every municipality (in the caller's transaction).
pub fn run(conn: &mut Conn, now: NaiveDateTime) -> AppResult<Counts> {
    let mut total = global(conn, now)?;
    let ids: Vec<String> = municipalities::table
        .select(municipalities::id)
        .load(conn)?;
    for id in ids {
        total.add(&of_municipality(
            conn,
            &crate::ids::MunicipalityId(id),
            now,
        )?);
    }
    total.add(&orphans(conn)?);
    Ok(total)
}

/// Runs the day's deletion once, whichever instance comes first: the run of a day is claimed
/// by inserting its row. Returns the counts, or `None` if the day was done already.
pub fn run_once(conn: &mut Conn, day: NaiveDate, now: NaiveDateTime) -> AppResult<Option<Counts>> {
    // The worker asks every few seconds: a done day is seen by reading, not by a failing
    // insert. The claim is its own statement (a failed insert would spoil a PostgreSQL
    // transaction); a run that fails after it leaves the day unfinished, and the next day's
    // run catches up.
    let done: i64 = retention_runs::table
        .filter(retention_runs::day.eq(day))
        .count()
        .get_result(conn)?;
    if done > 0 {
        return Ok(None);
    }
    let claimed = diesel::insert_into(retention_runs::table)
        .values((
            retention_runs::day.eq(day),
            retention_runs::started_at.eq(now),
        ))
        .execute(conn);
    match claimed.map_err(AppError::from) {
        Ok(_) => {}
        Err(AppError::Conflict(_)) => return Ok(None),
        Err(e) => return Err(e),
    }
    let counts = conn.transaction(|tx| run(tx, now))?;
    diesel::update(retention_runs::table.find(day))
        .set((
            retention_runs::finished_at.eq(Some(now)),
            retention_runs::deleted.eq(Some(
                serde_json::to_string(&counts).map_err(|e| AppError::Internal(e.to_string()))?,
            )),
        ))
        .execute(conn)?;
    Ok(Some(counts))
}

/// The newest finished run: its day and what it deleted.
pub fn last_run(conn: &mut Conn) -> AppResult<Option<(NaiveDate, Option<String>)>> {
    Ok(retention_runs::table
        .filter(retention_runs::finished_at.is_not_null())
        .order(retention_runs::day.desc())
        .select((retention_runs::day, retention_runs::deleted))
        .first(conn)
        .optional()?)
}
