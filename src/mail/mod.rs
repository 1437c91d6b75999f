//! Mail: localised texts for the outbox, and the worker that delivers the outbox.

use std::sync::Arc;
use std::time::Duration;

use kitaplatz_mail::{Attachment, MailError, MailTransport, OutgoingMail};
use rocket::fairing::AdHoc;

use crate::error::{AppError, AppResult};
use crate::i18n::{t, t_args};
use crate::letters::Kind;
use crate::store::outbox::{self, NewMail};
use crate::App;

fn mail(
    lang: &str,
    to: &str,
    subject_key: &str,
    body_key: &str,
    args: &[(&str, String)],
) -> NewMail {
    NewMail {
        to: to.to_string(),
        subject: t(lang, subject_key),
        body: format!(
            "{}\n\n{}\n",
            t_args(lang, body_key, args),
            t(lang, "mail-signature")
        ),
    }
}

/// "Please confirm your address" after registration.
pub fn confirm(lang: &str, to: &str, link: &str, municipality: &str) -> NewMail {
    mail(
        lang,
        to,
        "mail-confirm-subject",
        "mail-confirm-body",
        &[
            ("link", link.to_string()),
            ("municipality", municipality.to_string()),
        ],
    )
}

/// Somebody tried to register an address that already has an account.
pub fn already_registered(lang: &str, to: &str, login: &str, reset: &str) -> NewMail {
    mail(
        lang,
        to,
        "mail-exists-subject",
        "mail-exists-body",
        &[("login", login.to_string()), ("reset", reset.to_string())],
    )
}

/// Password reset link (valid 12 hours, once).
pub fn reset(lang: &str, to: &str, link: &str) -> NewMail {
    mail(
        lang,
        to,
        "mail-reset-subject",
        "mail-reset-body",
        &[("link", link.to_string())],
    )
}

/// Staff invitation with a link to set the first password.
pub fn invite(lang: &str, to: &str, link: &str, scope: &str, role: &str) -> NewMail {
    mail(
        lang,
        to,
        "mail-invite-subject",
        "mail-invite-body",
        &[
            ("link", link.to_string()),
            ("scope", scope.to_string()),
            ("role", t(lang, &format!("role-{role}"))),
        ],
    )
}

/// An existing account got a new role.
pub fn role_granted(lang: &str, to: &str, link: &str, scope: &str, role: &str) -> NewMail {
    mail(
        lang,
        to,
        "mail-granted-subject",
        "mail-granted-body",
        &[
            ("link", link.to_string()),
            ("scope", scope.to_string()),
            ("role", t(lang, &format!("role-{role}"))),
        ],
    )
}

/// An application was submitted or changed state (in the parent's language).
pub fn application_status(lang: &str, to: &str, link: &str, child: &str, status: &str) -> NewMail {
    mail(
        lang,
        to,
        "mail-application-subject",
        "mail-application-body",
        &[
            ("link", link.to_string()),
            ("child", child.to_string()),
            ("status", t(lang, &format!("status-{status}"))),
        ],
    )
}

/// The pre-notification (Vorabankündigung) of a SEPA direct debit: amount, day, mandate.
pub fn pre_notification(
    lang: &str,
    to: &str,
    amount: &str,
    date: &str,
    reference: &str,
    creditor_id: &str,
    municipality: &str,
) -> NewMail {
    mail(
        lang,
        to,
        "mail-prenotice-subject",
        "mail-prenotice-body",
        &[
            ("amount", amount.to_string()),
            ("date", date.to_string()),
            ("reference", reference.to_string()),
            ("creditor", creditor_id.to_string()),
            ("municipality", municipality.to_string()),
        ],
    )
}

/// A new fee notice (Beitragsbescheid), attached as PDF: its amount and the fee page.
pub fn fee_notice(lang: &str, to: &str, municipality: &str, amount: &str, link: &str) -> NewMail {
    mail(
        lang,
        to,
        "mail-fee-notice-subject",
        "mail-fee-notice-body",
        &[
            ("municipality", municipality.to_string()),
            ("amount", amount.to_string()),
            ("link", link.to_string()),
        ],
    )
}

/// Debits of a collection came back (Rücklastschriften): to the municipality's youth office.
pub fn returns_to_office(lang: &str, to: &str, count: usize, link: &str) -> NewMail {
    mail(
        lang,
        to,
        "returns-mail-subject",
        "returns-mail-body",
        &[("count", count.to_string()), ("link", link.to_string())],
    )
}

/// An offer (Zusage) with its answer deadline; `reminder` for the note 3 days before.
pub fn offer(
    lang: &str,
    to: &str,
    link: &str,
    child: &str,
    facility: &str,
    deadline: chrono::NaiveDate,
    reminder: bool,
) -> NewMail {
    let (subject, body) = if reminder {
        ("mail-reminder-subject", "mail-reminder-body")
    } else {
        ("mail-offer-subject", "mail-offer-body")
    };
    mail(
        lang,
        to,
        subject,
        body,
        &[
            ("link", link.to_string()),
            ("child", child.to_string()),
            ("facility", facility.to_string()),
            ("deadline", deadline.format("%d.%m.%Y").to_string()),
        ],
    )
}

/// Delivers due outbox rows; returns how many were sent. Failures are retried with backoff.
pub fn deliver_pending(app: &App, transport: &MailTransport) -> AppResult<usize> {
    let mut conn = app.db.get()?;
    let due = outbox::claim_due(&mut conn, app.clock.now_naive(), 50)?;
    let mut sent = 0;
    for row in due {
        let attachments = attachment(&mut conn, &row)?;
        let mail = OutgoingMail {
            from: app.config.mail_from.clone(),
            to: row.to_address.clone(),
            subject: row.subject.clone(),
            body: row.body.clone(),
            attachments,
        };
        match transport.send(&mail) {
            Ok(()) => {
                outbox::mark_sent(&mut conn, &row.id, app.clock.now_naive())?;
                sent += 1;
            }
            Err(e) => {
                let kind = match &e {
                    MailError::Address(_) => "address",
                    MailError::Message(_) => "message",
                    MailError::Transport(_) => "transport",
                };
                tracing::warn!(outbox_id = %row.id, kind, "mail delivery failed, will retry");
                outbox::mark_failed(
                    &mut conn,
                    &row.id,
                    row.attempts,
                    &e.to_string(),
                    app.clock.now_naive(),
                )?;
            }
        }
    }
    Ok(sent)
}

/// The PDF a queued mail carries — a letter of an application or a fee notice — as an
/// attachment (made and kept on first use); none if the document is gone.
fn attachment(
    conn: &mut crate::store::Conn,
    row: &outbox::OutboxRow,
) -> AppResult<Vec<Attachment>> {
    let found = match (&row.letter_id, &row.fee_notice_id) {
        (Some(id), _) => crate::store::letters::get(conn, id)?
            .map(|(letter, pdf)| {
                let name = crate::letters::file_name(&letter.kind);
                crate::letters::pdf_of(conn, &letter, pdf).map(|data| (name, data))
            })
            .transpose()?,
        (None, Some(id)) => crate::store::fee_notices::get(conn, id)?
            .map(|(notice, pdf)| {
                let name = crate::letters::file_name(Kind::FeeNotice.code());
                crate::fee_notices::pdf_of(conn, &notice, pdf).map(|data| (name, data))
            })
            .transpose()?,
        (None, None) => None,
    };
    Ok(found
        .map(|(name, data)| Attachment {
            filename: name.into(),
            content_type: "application/pdf".into(),
            data,
        })
        .into_iter()
        .collect())
}

/// The transport configured for this app.
pub fn transport(app: &App) -> AppResult<MailTransport> {
    MailTransport::new(app.config.smtp_url.as_deref(), &app.config.mail_dir)
        .map_err(|e| AppError::Internal(format!("mail transport: {e}")))
}

/// Starts the outbox worker when the server lifts off: every few seconds it delivers what is
/// due, on the blocking pool.
pub fn worker_fairing(app: Arc<App>) -> AdHoc {
    AdHoc::on_liftoff("mail outbox worker", move |_| {
        Box::pin(async move {
            let transport = match transport(&app) {
                Ok(t) => Arc::new(t),
                Err(e) => {
                    tracing::error!(error = %e, "mail worker not started");
                    return;
                }
            };
            rocket::tokio::spawn(async move {
                loop {
                    let (app2, transport2) = (app.clone(), transport.clone());
                    let result = rocket::tokio::task::spawn_blocking(move || {
                        deliver_pending(&app2, &transport2)
                    })
                    .await;
                    match result {
                        Ok(Ok(n)) if n > 0 => tracing::info!(sent = n, "mails delivered"),
                        Ok(Err(e)) => tracing::warn!(error = %e, "mail worker pass failed"),
                        Err(e) => tracing::warn!(error = %e, "mail worker task failed"),
                        _ => {}
                    }
                    rocket::tokio::time::sleep(Duration::from_secs(3)).await;
                }
            });
        })
    })
}
