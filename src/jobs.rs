//! The background job worker: long work queued by a request (allocation runs) is done here,
//! step by step, so no request waits for it; the job page shows the progress.

use std::sync::Arc;
use std::time::Duration;

use diesel::Connection;
use rocket::fairing::AdHoc;

use crate::error::{AppError, AppResult};
use crate::store::audit::AuditCtx;
use crate::store::{allocation, imports, jobs};
use crate::App;

/// Job kind: an allocation run of a round (subject: the round).
pub const ALLOCATION_RUN: &str = "allocation_run";

/// Steps of an allocation run: input gathered, engine done, run logged.
pub const ALLOCATION_RUN_STEPS: i32 = 3;

/// Job kind: the fee assessment of a municipality through a month (subject: its first day).
pub const FEE_ASSESSMENT: &str = "fee_assessment";

/// Job kind: a SEPA collection on a day (subject): the assessment through its month, then the
/// debits and pre-notifications.
pub const SEPA_COLLECTION: &str = "sepa_collection";

/// Does every queued job; returns how many were done (or failed).
pub fn run_pending(app: &App) -> AppResult<usize> {
    let mut done = 0;
    loop {
        let job = {
            let mut conn = app.db.get()?;
            jobs::claim_next(&mut conn, app.clock.now_naive())?
        };
        let Some(job) = job else {
            return Ok(done);
        };
        let result = match job.kind.as_str() {
            ALLOCATION_RUN => allocation_run(app, &job),
            imports::JOB_KIND => contract_import(app, &job),
            FEE_ASSESSMENT => fee_assessment(app, &job),
            SEPA_COLLECTION => sepa_collection(app, &job),
            other => Err(AppError::Internal(format!("unknown job kind {other}"))),
        };
        let mut conn = app.db.get()?;
        let at = app.clock.now_naive();
        match result {
            Ok(id) => jobs::finish(&mut conn, &job.id, &id, at)?,
            Err(e) => {
                tracing::warn!(job = %job.id, kind = %job.kind, error = %e, "job failed");
                jobs::fail(&mut conn, &job.id, &e.to_string(), at)?;
            }
        }
        done += 1;
    }
}

/// The audit context of a job: the user who queued it, the job's id as request id.
fn job_ctx(app: &App, job: &jobs::Job) -> AuditCtx {
    AuditCtx::new(
        job.actor(),
        format!("job-{}", job.id),
        app.clock.now_naive(),
    )
}

/// An allocation run in three steps, each committed on its own, so the progress is visible
/// while the engine works: the input (lottery numbers drawn for applications without one are
/// kept), the engine (no database), the run log.
fn allocation_run(app: &App, job: &jobs::Job) -> AppResult<String> {
    let tenant = job.tenant();
    let ctx = job_ctx(app, job);
    let mut conn = app.db.get()?;
    let round =
        allocation::round(&mut conn, &tenant, &job.subject_id)?.ok_or(AppError::NotFound)?;
    let input = conn.transaction(|tx| allocation::input(tx, &tenant, &round, &ctx))?;
    jobs::progress(&mut conn, &job.id, 1, app.clock.now_naive())?;
    let computed = allocation::compute(input)?;
    jobs::progress(&mut conn, &job.id, 2, app.clock.now_naive())?;
    conn.transaction(|tx| allocation::save_run(tx, &tenant, &round.id, &computed, &ctx))
}

/// A Bestandskinder import: every row in one transaction; on failure nothing is written and
/// the import records why.
fn contract_import(app: &App, job: &jobs::Job) -> AppResult<String> {
    let tenant = job.tenant();
    let ctx = job_ctx(app, job);
    let mut conn = app.db.get()?;
    let today = app.today();
    match conn.transaction(|tx| imports::write_all(tx, &tenant, &job.subject_id, today, &ctx)) {
        Ok(_) => Ok(job.subject_id.clone()),
        // Already done by an earlier run of this job (the process died before it was marked).
        Err(AppError::Conflict(c)) if c == imports::NOT_QUEUED => Ok(job.subject_id.clone()),
        Err(e) => {
            let reason = match &e {
                AppError::BadRequest(r) => r.clone(),
                other => other.to_string(),
            };
            imports::finish(
                &mut conn,
                &job.subject_id,
                "failed",
                0,
                Some(&reason),
                ctx.at,
            )?;
            Err(e)
        }
    }
}

/// The job error for a missing rate: `fees-no-rate:` and what is missing as JSON (the office's
/// fee page turns it into a sentence).
fn no_rate(e: &crate::domain::fee_assessment::AssessmentError) -> AppError {
    AppError::BadRequest(format!(
        "fees-no-rate:{}",
        serde_json::json!({
            "version": e.schedule_version, "category": e.category, "hours": e.hours,
            "band": e.band + 1, "month": e.month.format("%m/%Y").to_string(),
        })
    ))
}

/// The fee assessment through the subject's month, in one transaction: nothing is booked when
/// a rate is missing; the job's error then names what is missing (`fees-no-rate:` and JSON).
fn fee_assessment(app: &App, job: &jobs::Job) -> AppResult<String> {
    let tenant = job.tenant();
    let ctx = job_ctx(app, job);
    let through = chrono::NaiveDate::parse_from_str(&job.subject_id, "%Y-%m-%d")
        .map_err(|_| AppError::BadRequest("month".into()))?;
    let mut conn = app.db.get()?;
    let cutoff = crate::store::tenants::settings(&mut conn, &tenant)?.school_entry_cutoff;
    let outcome = conn.transaction(|tx| {
        crate::store::fees::assess(tx, &tenant, cutoff, through, &app.config.public_url, &ctx)
    })?;
    match outcome {
        Ok(summary) => Ok(format!(
            "{}:{}:{}",
            summary.originals, summary.corrections, summary.total_cents
        )),
        Err(e) => Err(no_rate(&e)),
    }
}

/// A SEPA collection in one transaction; the job's error says what stopped it (the same
/// `fees-no-rate:` form as the assessment, or `sepa-…` for the other problems).
fn sepa_collection(app: &App, job: &jobs::Job) -> AppResult<String> {
    use crate::store::sepa::{self, CollectProblem};
    let tenant = job.tenant();
    let ctx = job_ctx(app, job);
    let date = chrono::NaiveDate::parse_from_str(&job.subject_id, "%Y-%m-%d")
        .map_err(|_| AppError::BadRequest("date".into()))?;
    let today = app.today();
    let mut conn = app.db.get()?;
    match conn
        .transaction(|tx| sepa::prepare(tx, &tenant, date, today, &app.config.public_url, &ctx))?
    {
        Ok(summary) => Ok(summary.id.unwrap_or_else(|| "none".into())),
        Err(CollectProblem::MissingRate(e)) => Err(no_rate(&e)),
        Err(CollectProblem::NoCreditor) => Err(AppError::BadRequest("sepa-no-creditor".into())),
        Err(CollectProblem::TooEarly(_)) => Err(AppError::BadRequest("sepa-too-early".into())),
        Err(CollectProblem::Exists(id)) => Ok(id),
    }
}

/// Wakes the worker when a job is queued (and every few seconds anyway).
#[derive(Default)]
pub struct Wake(rocket::tokio::sync::Notify);

impl Wake {
    /// Tells the worker there is work.
    pub fn notify(&self) {
        self.0.notify_one();
    }
}

/// Queues again the jobs a stopped instance left running (their lease ran out).
fn requeue_interrupted(app: &App) {
    match app
        .db
        .get()
        .and_then(|mut c| jobs::requeue_interrupted(&mut c, app.clock.now_naive()))
    {
        Ok(n) if n > 0 => tracing::info!(jobs = n, "interrupted jobs queued again"),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "could not re-queue interrupted jobs"),
    }
}

/// The day's retention run (deletion of what is past its period), once a day across all
/// instances.
fn retention(app: &App) {
    let result = app.db.get().and_then(|mut c| {
        crate::store::retention::run_once(&mut c, app.today(), app.clock.now_naive())
    });
    match result {
        Ok(Some(counts)) => tracing::info!(?counts, "retention run: data past its period deleted"),
        Ok(None) => {}
        Err(e) => tracing::warn!(error = %e, "retention run failed"),
    }
}

/// Starts the job worker when the server lifts off. On every round it first queues again what
/// a stopped instance left running and makes the day's retention run (once a day), then does
/// the queued jobs.
pub fn worker_fairing(app: Arc<App>) -> AdHoc {
    AdHoc::on_liftoff("background jobs", move |_| {
        Box::pin(async move {
            rocket::tokio::spawn(async move {
                loop {
                    let app2 = app.clone();
                    let work = move || {
                        requeue_interrupted(&app2);
                        retention(&app2);
                        run_pending(&app2)
                    };
                    match rocket::tokio::task::spawn_blocking(work).await {
                        Ok(Err(e)) => tracing::warn!(error = %e, "job worker failed"),
                        Err(e) => tracing::warn!(error = %e, "job worker task failed"),
                        _ => {}
                    }
                    let _ =
                        rocket::tokio::time::timeout(Duration::from_secs(5), app.jobs.0.notified())
                            .await;
                }
            });
        })
    })
}
