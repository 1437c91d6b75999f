//! Letters of the allocation (offers, waiting list, reminders, expiry) through the outbox,
//! and the scheduled job that expires unanswered offers and sends reminders.

use std::sync::Arc;
use std::time::Duration;

use rocket::fairing::AdHoc;

use crate::domain::application::Status;
use crate::error::AppResult;
use crate::ids::TenantId;
use crate::store::allocation::{self, Notice};
use crate::store::audit::AuditCtx;
use crate::store::{applications, checks, outbox, Conn};
use crate::App;
use crate::{letters, mail};

/// The parents' link to an application.
fn link(app: &App, slug: &str, application: &str) -> String {
    format!(
        "{}/{slug}/applications/{application}",
        app.config.public_url.trim_end_matches('/')
    )
}

/// Queues the mail for one changed application, carrying `letter` (attached as PDF) when
/// given. Paper applications have no address: the office prints their letter.
#[allow(clippy::too_many_arguments)]
fn mail_for(
    conn: &mut Conn,
    app: &App,
    tenant: &TenantId,
    slug: &str,
    n: &Notice,
    reminder: bool,
    letter: Option<&str>,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let Some((email, lang)) = checks::parent_of(conn, &n.application)? else {
        return Ok(());
    };
    let Some(summary) = applications::get(conn, tenant, None, &n.application)? else {
        return Ok(());
    };
    let child = summary.child_first_names;
    let href = link(app, slug, &n.application);
    let m = match (&n.facility, n.deadline, n.status) {
        (Some(f), Some(d), Status::Offered) => {
            mail::offer(&lang, &email, &href, &child, f, d, reminder)
        }
        (_, _, status) => mail::application_status(&lang, &email, &href, &child, status.code()),
    };
    match letter {
        Some(id) => {
            outbox::enqueue_with_attachment(conn, &m, outbox::Attachment::Letter(id), ctx.at)
        }
        None => outbox::enqueue(conn, &m, ctx.at),
    }
}

/// Makes the letters of a publication (kept with each application) and queues the mails
/// that carry them, in the publishing transaction.
pub fn notify(
    conn: &mut Conn,
    app: &App,
    tenant: &TenantId,
    slug: &str,
    round: &str,
    notices: &[Notice],
    ctx: &AuditCtx,
) -> AppResult<()> {
    for n in notices {
        let kind = match n.status {
            Status::Offered => letters::Kind::Offer,
            _ => letters::Kind::WaitingList,
        };
        let letter = letters::make(
            conn,
            tenant,
            &letters::Occasion {
                application: &n.application,
                kind,
                facility: n.facility.as_deref(),
                deadline: n.deadline,
                round,
                portal_link: link(app, slug, &n.application),
            },
            ctx,
        )?;
        mail_for(conn, app, tenant, slug, n, false, Some(&letter), ctx)?;
    }
    Ok(())
}

/// One pass of the scheduled job: expires offers past their deadline and sends reminders
/// 3 days before it. Returns (expired, reminded).
pub fn run_due(app: &App) -> AppResult<(usize, usize)> {
    let mut conn = app.db.get()?;
    let ctx = AuditCtx::new(None, "allocation-job", app.clock.now_naive());
    use diesel::Connection;
    conn.transaction(|tx| {
        let (expired, reminders) = allocation::run_due(tx, &ctx)?;
        for (list, status, reminder) in [
            (&expired, Status::Expired, false),
            (&reminders, Status::Offered, true),
        ] {
            for d in list.iter() {
                let tenant = crate::ids::MunicipalityId(d.municipality.clone());
                let n = Notice {
                    application: d.application.clone(),
                    status,
                    facility: Some(d.facility.clone()),
                    deadline: Some(d.deadline),
                };
                mail_for(tx, app, &tenant, &d.slug, &n, reminder, None, &ctx)?;
            }
        }
        Ok((expired.len(), reminders.len()))
    })
}

/// Starts the scheduled job (every minute) when the server lifts off.
pub fn worker_fairing(app: Arc<App>) -> AdHoc {
    AdHoc::on_liftoff("allocation deadline job", move |_| {
        Box::pin(async move {
            rocket::tokio::spawn(async move {
                loop {
                    let app2 = app.clone();
                    match rocket::tokio::task::spawn_blocking(move || run_due(&app2)).await {
                        Ok(Ok((e, r))) if e + r > 0 => {
                            tracing::info!(expired = e, reminded = r, "offer deadlines handled")
                        }
                        Ok(Err(e)) => tracing::warn!(error = %e, "offer deadline job failed"),
                        Err(e) => tracing::warn!(error = %e, "offer deadline task failed"),
                        _ => {}
                    }
                    rocket::tokio::time::sleep(Duration::from_secs(60)).await;
                }
            });
        })
    })
}
