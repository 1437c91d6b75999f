//! Background jobs: long work (allocation runs) is queued by a request and done by the job
//! worker, which reports progress in steps; the request's page polls the job.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::jobs;
use crate::error::AppResult;
use crate::ids::{MunicipalityId, TenantId, UserId};

/// A job as stored.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = jobs)]
pub struct Job {
    /// Id.
    pub id: String,
    /// Tenant.
    pub municipality_id: String,
    /// What to do (`allocation_run`).
    pub kind: String,
    /// What to do it on (the round).
    pub subject_id: String,
    /// `queued`, `running`, `done`, `failed`.
    pub status: String,
    /// Steps done.
    pub steps_done: i32,
    /// Steps in all.
    pub steps_total: i32,
    /// What came out (the run).
    pub result_id: Option<String>,
    /// Why it failed (for the operator's log; the page shows a plain message).
    pub error: Option<String>,
    /// Queued at.
    pub created_at: NaiveDateTime,
    /// Queued by.
    pub created_by: Option<String>,
    /// Finished at.
    pub finished_at: Option<NaiveDateTime>,
}

impl Job {
    /// The tenant.
    pub fn tenant(&self) -> TenantId {
        MunicipalityId(self.municipality_id.clone())
    }

    /// The user who queued it.
    pub fn actor(&self) -> Option<UserId> {
        self.created_by.clone().map(UserId)
    }
}

/// Queues a job.
pub fn enqueue(
    conn: &mut Conn,
    tenant: &TenantId,
    kind: &str,
    subject: &str,
    steps: i32,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(jobs::table)
        .values((
            jobs::id.eq(&id),
            jobs::municipality_id.eq(tenant.as_str()),
            jobs::kind.eq(kind),
            jobs::subject_id.eq(subject),
            jobs::status.eq("queued"),
            jobs::steps_done.eq(0),
            jobs::steps_total.eq(steps),
            jobs::created_at.eq(ctx.at),
            jobs::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "enqueue",
        "job",
        Some(&id),
        &["kind", "subject_id"],
    )?;
    Ok(id)
}

/// One job of the tenant.
pub fn job(conn: &mut Conn, tenant: &TenantId, id: &str) -> AppResult<Option<Job>> {
    Ok(jobs::table
        .filter(jobs::municipality_id.eq(tenant.as_str()))
        .filter(jobs::id.eq(id))
        .select(Job::as_select())
        .first(conn)
        .optional()?)
}

/// Takes the oldest queued job, if any. The status update is conditional, so two workers
/// never take the same job.
pub fn claim_next(conn: &mut Conn, at: NaiveDateTime) -> AppResult<Option<Job>> {
    loop {
        let next: Option<Job> = jobs::table
            .filter(jobs::status.eq("queued"))
            .order(jobs::created_at.asc())
            .select(Job::as_select())
            .first(conn)
            .optional()?;
        let Some(mut job) = next else {
            return Ok(None);
        };
        let taken = diesel::update(
            jobs::table
                .filter(jobs::id.eq(&job.id))
                .filter(jobs::status.eq("queued")),
        )
        .set((
            jobs::status.eq("running"),
            jobs::started_at.eq(Some(at)),
            jobs::lease_until.eq(Some(at + LEASE)),
        ))
        .execute(conn)?;
        if taken == 1 {
            job.status = "running".into();
            return Ok(Some(job));
        }
    }
}

/// How long a running job is its instance's before another may take it over (renewed with
/// every step of progress).
pub const LEASE: chrono::Duration = chrono::Duration::minutes(15);

/// Records progress and renews the lease.
pub fn progress(conn: &mut Conn, id: &str, steps_done: i32, at: NaiveDateTime) -> AppResult<()> {
    diesel::update(jobs::table.find(id))
        .set((
            jobs::steps_done.eq(steps_done),
            jobs::lease_until.eq(Some(at + LEASE)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Marks a job done with its result.
pub fn finish(conn: &mut Conn, id: &str, result: &str, at: NaiveDateTime) -> AppResult<()> {
    diesel::update(jobs::table.find(id))
        .set((
            jobs::status.eq("done"),
            jobs::steps_done.eq(jobs::steps_total),
            jobs::result_id.eq(Some(result)),
            jobs::finished_at.eq(Some(at)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Marks a job failed.
pub fn fail(conn: &mut Conn, id: &str, error: &str, at: NaiveDateTime) -> AppResult<()> {
    diesel::update(jobs::table.find(id))
        .set((
            jobs::status.eq("failed"),
            jobs::error.eq(Some(error)),
            jobs::finished_at.eq(Some(at)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Jobs left running by a process that stopped (their lease ran out) are queued again; a job
/// another instance is running keeps its lease and is left alone.
pub fn requeue_interrupted(conn: &mut Conn, now: NaiveDateTime) -> AppResult<usize> {
    Ok(diesel::update(
        jobs::table
            .filter(jobs::status.eq("running"))
            .filter(jobs::lease_until.is_null().or(jobs::lease_until.lt(now))),
    )
    .set((
        jobs::status.eq("queued"),
        jobs::steps_done.eq(0),
        jobs::lease_until.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)?)
}

/// The tenant's newest job of a kind.
pub fn latest(conn: &mut Conn, tenant: &TenantId, kind: &str) -> AppResult<Option<Job>> {
    Ok(jobs::table
        .filter(jobs::municipality_id.eq(tenant.as_str()))
        .filter(jobs::kind.eq(kind))
        .order((jobs::created_at.desc(), jobs::id.desc()))
        .select(Job::as_select())
        .first(conn)
        .optional()?)
}
