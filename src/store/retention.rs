//! Retention: the municipality's periods, what the next run will delete (dry run), and the
//! daily run that deletes it — audit log and register-lookup log per municipality, sent mails,
//! expired sessions and old single-use tokens for everybody.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{
    audit_log, municipalities, outbox, register_lookups, retention_runs, retention_settings,
    sessions, user_tokens,
};
use crate::domain::retention::{cutoff, Periods, OUTBOX_DAYS, TOKEN_DAYS};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// The municipality's periods (the defaults until it sets its own).
pub fn periods(conn: &mut Conn, tenant: &TenantId) -> AppResult<Periods> {
    let row: Option<(i32, i32)> = retention_settings::table
        .find(tenant.as_str())
        .select((
            retention_settings::audit_log_days,
            retention_settings::register_log_days,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map_or_else(Periods::default, |(a, r)| Periods {
        audit_log_days: u32::try_from(a).unwrap_or(Periods::default().audit_log_days),
        register_log_days: u32::try_from(r).unwrap_or(Periods::default().register_log_days),
    }))
}

/// Saves the municipality's periods (audited).
pub fn save(conn: &mut Conn, tenant: &TenantId, p: Periods, ctx: &AuditCtx) -> AppResult<()> {
    let (a, r) = (
        i32::try_from(p.audit_log_days).unwrap_or(i32::MAX),
        i32::try_from(p.register_log_days).unwrap_or(i32::MAX),
    );
    diesel::delete(retention_settings::table.find(tenant.as_str())).execute(conn)?;
    diesel::insert_into(retention_settings::table)
        .values((
            retention_settings::municipality_id.eq(tenant.as_str()),
            retention_settings::audit_log_days.eq(a),
            retention_settings::register_log_days.eq(r),
            retention_settings::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "retention_settings",
        None,
        &["audit_log_days", "register_log_days"],
    )
}

/// What a run at `now` deletes of one municipality, and of the data of nobody's municipality.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Audit-log entries.
    pub audit_log: i64,
    /// Register-lookup log entries.
    pub register_log: i64,
    /// Sent mails.
    pub outbox: i64,
    /// Expired sessions.
    pub sessions: i64,
    /// Used or expired single-use tokens.
    pub tokens: i64,
}

/// The dry run: what a run at `now` would delete (nothing is deleted).
pub fn preview(conn: &mut Conn, tenant: &TenantId, now: NaiveDateTime) -> AppResult<Counts> {
    let p = periods(conn, tenant)?;
    Ok(Counts {
        audit_log: audit_log::table
            .filter(audit_log::municipality_id.eq(tenant.as_str()))
            .filter(audit_log::at.lt(cutoff(now, p.audit_log_days.into())))
            .count()
            .get_result(conn)?,
        register_log: register_lookups::table
            .filter(register_lookups::municipality_id.eq(tenant.as_str()))
            .filter(register_lookups::at.lt(cutoff(now, p.register_log_days.into())))
            .count()
            .get_result(conn)?,
        ..global(conn, now, false)?
    })
}

/// Counts (and with `delete`, deletes) the data of nobody's municipality past its period.
fn global(conn: &mut Conn, now: NaiveDateTime, delete: bool) -> AppResult<Counts> {
    let mail = outbox::table
        .filter(outbox::sent_at.is_not_null())
        .filter(outbox::sent_at.lt(cutoff(now, OUTBOX_DAYS)));
    let session = sessions::table.filter(sessions::expires_at.lt(now));
    let token = user_tokens::table.filter(user_tokens::expires_at.lt(cutoff(now, TOKEN_DAYS)));
    Ok(if delete {
        Counts {
            outbox: i64::try_from(diesel::delete(mail).execute(conn)?).unwrap_or(0),
            sessions: i64::try_from(diesel::delete(session).execute(conn)?).unwrap_or(0),
            tokens: i64::try_from(diesel::delete(token).execute(conn)?).unwrap_or(0),
            ..Counts::default()
        }
    } else {
        Counts {
            outbox: mail.count().get_result(conn)?,
            sessions: session.count().get_result(conn)?,
            tokens: token.count().get_result(conn)?,
            ..Counts::default()
        }
    })
}

/// Deletes everything past its period, for every municipality (in the caller's transaction).
pub fn run(conn: &mut Conn, now: NaiveDateTime) -> AppResult<Counts> {
    let mut total = global(conn, now, true)?;
    let ids: Vec<String> = municipalities::table
        .select(municipalities::id)
        .load(conn)?;
    for id in ids {
        let tenant = crate::ids::MunicipalityId(id);
        let p = periods(conn, &tenant)?;
        let n = diesel::delete(
            audit_log::table
                .filter(audit_log::municipality_id.eq(tenant.as_str()))
                .filter(audit_log::at.lt(cutoff(now, p.audit_log_days.into()))),
        )
        .execute(conn)?;
        total.audit_log += i64::try_from(n).unwrap_or(0);
        let n = diesel::delete(
            register_lookups::table
                .filter(register_lookups::municipality_id.eq(tenant.as_str()))
                .filter(register_lookups::at.lt(cutoff(now, p.register_log_days.into()))),
        )
        .execute(conn)?;
        total.register_log += i64::try_from(n).unwrap_or(0);
    }
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
