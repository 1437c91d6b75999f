//! The youth office's review queue (register findings, duplicates, notices from other
//! municipalities) with its decisions, and the municipality admin's register settings with
//! the lookup log.

use std::sync::Arc;

use chrono::NaiveDate;
use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::account::{EmptyForm, FieldError};
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{MunicipalityAdmin, RequestId, YouthOffice};
use super::ui::Ui;
use crate::domain::checks::{validate_settings, RegisterDecision};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;
use crate::mail;
use crate::store::audit::AuditCtx;
use crate::store::checks::{self, Keep, SettingsInput};
use crate::store::{applications, outbox};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        review_page,
        decide_register,
        merge_pair,
        distinct_pair,
        dismiss_cross,
        register_page,
        save_register
    ]
}

#[get("/<_>/office/review", rank = 10)]
async fn review_page(app: &State<Arc<App>>, staff: YouthOffice, ui: Ui) -> AppResult<Template> {
    let tenant = staff.tenant.id.clone();
    let queue = app.db.run(move |c| checks::queue(c, &tenant)).await?;
    let register: Vec<Value> = queue
        .register
        .iter()
        .map(|(a, status)| json!({ "application": a, "register_status": status }))
        .collect();
    Ok(ui.render_in(
        &staff.tenant,
        "office/review",
        json!({
            "register": register,
            "pairs": queue.pairs,
            "cross": queue.cross,
            "pending": queue.pending,
        }),
    ))
}

/// Mails the parents of an application that the office closed.
fn mail_closed(
    conn: &mut crate::store::Conn,
    app: &App,
    tenant: &TenantId,
    slug: &str,
    application: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let Some((email, lang)) = checks::parent_of(conn, application)? else {
        return Ok(());
    };
    let child = applications::get(conn, tenant, None, application)?
        .ok_or(AppError::NotFound)?
        .child_first_names;
    let link = format!(
        "{}/{slug}/applications/{application}",
        app.config.public_url.trim_end_matches('/')
    );
    let m = mail::application_status(&lang, &email, &link, &child, "closed");
    outbox::enqueue(conn, &m, ctx.at)
}

/// The office's decision on a register finding.
#[derive(Debug, FromForm)]
pub struct DecisionForm {
    decision: String,
    reason: String,
    move_in_date: Option<String>,
}

#[post("/<_>/office/applications/<id>/register", data = "<form>", rank = 10)]
async fn decide_register(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    form: CsrfForm<DecisionForm>,
) -> AppResult<Flash<Redirect>> {
    let form = form.into_inner();
    let back = Redirect::to(format!("/{}/office/applications/{id}", staff.tenant.slug));
    let Some(decision) = RegisterDecision::from_code(&form.decision) else {
        return Err(AppError::BadRequest("unknown decision".into()));
    };
    let reason = form.reason.trim().to_string();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Ok(Flash::error(back, "err-decision-reason"));
    }
    let move_in = match form.move_in_date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(raw) => match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
            Ok(d) if decision == RegisterDecision::Approve => Some(d),
            _ => return Ok(Flash::error(back, "err-move-in-date")),
        },
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let (tenant, id2, slug) = (
        staff.tenant.id.clone(),
        id.to_string(),
        staff.tenant.slug.clone(),
    );
    let app2 = Arc::clone(app.inner());
    let done = app
        .db
        .run(move |c| {
            c.transaction(|tx| {
                let done =
                    checks::decide_register(tx, &tenant, &id2, decision, &reason, move_in, &ctx)?;
                if decision == RegisterDecision::Reject && done.is_some() {
                    mail_closed(tx, &app2, &tenant, &slug, &id2, &ctx)?;
                }
                Ok(done)
            })
        })
        .await?;
    Ok(match done {
        Some(_) => Flash::success(back, "flash-saved"),
        None => Flash::error(back, "err-already-decided"),
    })
}

/// Which application to keep.
#[derive(Debug, FromForm)]
pub struct MergeForm {
    keep: String,
}

fn review_redirect(staff: &YouthOffice) -> Redirect {
    Redirect::to(format!("/{}/office/review", staff.tenant.slug))
}

#[post("/<_>/office/duplicates/<id>/merge", data = "<form>", rank = 10)]
async fn merge_pair(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    form: CsrfForm<MergeForm>,
) -> AppResult<Flash<Redirect>> {
    let keep = match form.into_inner().keep.as_str() {
        "a" => Keep::A,
        "b" => Keep::B,
        _ => return Err(AppError::BadRequest("keep must be a or b".into())),
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let (tenant, pair, slug) = (
        staff.tenant.id.clone(),
        id.to_string(),
        staff.tenant.slug.clone(),
    );
    let app2 = Arc::clone(app.inner());
    let gone = app
        .db
        .run(move |c| {
            c.transaction(|tx| {
                let gone = checks::merge(tx, &tenant, &pair, keep, &ctx)?;
                if let Some(g) = &gone {
                    mail_closed(tx, &app2, &tenant, &slug, g, &ctx)?;
                }
                Ok(gone)
            })
        })
        .await?;
    Ok(match gone {
        Some(_) => Flash::success(review_redirect(&staff), "flash-merged"),
        None => Flash::error(review_redirect(&staff), "err-already-decided"),
    })
}

async fn resolve(
    app: &State<Arc<App>>,
    staff: &YouthOffice,
    rid: &RequestId,
    id: &str,
    f: fn(&mut crate::store::Conn, &TenantId, &str, &AuditCtx) -> AppResult<bool>,
) -> AppResult<Flash<Redirect>> {
    let ctx = audit(app, rid, Some(staff.user_id()));
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    let done = app
        .db
        .run(move |c| c.transaction(|tx| f(tx, &tenant, &id, &ctx)))
        .await?;
    Ok(if done {
        Flash::success(review_redirect(staff), "flash-saved")
    } else {
        Flash::error(review_redirect(staff), "err-already-decided")
    })
}

#[post("/<_>/office/duplicates/<id>/distinct", data = "<_form>", rank = 10)]
async fn distinct_pair(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    resolve(app, &staff, &rid, id, checks::mark_distinct).await
}

#[post(
    "/<_>/office/cross-duplicates/<id>/dismiss",
    data = "<_form>",
    rank = 10
)]
async fn dismiss_cross(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    resolve(app, &staff, &rid, id, checks::dismiss_cross).await
}

// ---------------------------------------------------------------- register settings

/// Register settings form. The password field is empty on every page load.
#[derive(Debug, FromForm)]
pub struct RegisterForm {
    action: String,
    kind: String,
    endpoint: String,
    username: String,
    password: String,
    clear_password: bool,
    timeout: String,
}

async fn register_context(
    app: &App,
    tenant: &TenantId,
) -> AppResult<(Option<checks::Settings>, Vec<Value>)> {
    let t2 = tenant.clone();
    let (settings, lookups) = app
        .db
        .run(move |c| Ok((checks::settings(c, &t2)?, checks::lookups(c, &t2, 50)?)))
        .await?;
    let lookups = lookups
        .into_iter()
        .map(|l| {
            let mut v = json!(l);
            v["at_local"] = json!(super::berlin_time(l.at));
            v
        })
        .collect();
    Ok((settings, lookups))
}

#[get("/<_>/admin/register", rank = 10)]
async fn register_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
) -> AppResult<Template> {
    let (settings, lookups) = register_context(app, &admin.tenant.id).await?;
    let form = match &settings {
        Some(s) => json!({
            "kind": s.kind,
            "endpoint": s.endpoint,
            "username": s.username.clone().unwrap_or_default(),
            "timeout": (s.timeout_ms / 1000).to_string(),
        }),
        None => json!({ "kind": "meso", "endpoint": "", "username": "", "timeout": "10" }),
    };
    Ok(ui.render_in(
        &admin.tenant,
        "office/register",
        json!({
            "configured": settings.is_some(),
            "password_stored": settings.as_ref().is_some_and(|s| s.password.is_some()),
            "form": form,
            "lookups": lookups,
            "errors": [],
        }),
    ))
}

#[post("/<_>/admin/register", data = "<form>", rank = 10)]
async fn save_register(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<RegisterForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let form = form.into_inner();
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    let done = Redirect::to(format!("/{}/admin/register", admin.tenant.slug));
    if form.action == "remove" {
        app.db
            .run(move |c| c.transaction(|tx| checks::remove_settings(tx, &tenant, &ctx)))
            .await?;
        return Ok(Ok(Flash::success(done, "flash-saved")));
    }
    match validate_settings(&form.kind, &form.endpoint, &form.username, &form.timeout) {
        Ok(valid) => {
            let input = SettingsInput {
                kind: valid.kind,
                endpoint: valid.endpoint,
                username: valid.username,
                password: (!form.password.is_empty()).then(|| form.password.clone()),
                clear_password: form.clear_password,
                timeout_ms: valid.timeout_ms,
            };
            app.db
                .run(move |c| c.transaction(|tx| checks::save_settings(tx, &tenant, &input, &ctx)))
                .await?;
            Ok(Ok(Flash::success(done, "flash-saved")))
        }
        Err(errors) => {
            let (settings, lookups) = register_context(app, &admin.tenant.id).await?;
            let errors: Vec<FieldError> = errors
                .into_iter()
                .map(|(field, key)| FieldError { field, key })
                .collect();
            Ok(Err((
                Status::UnprocessableEntity,
                ui.render_in(
                    &admin.tenant,
                    "office/register",
                    json!({
                        "configured": settings.is_some(),
                        "password_stored": settings.as_ref().is_some_and(|s| s.password.is_some()),
                        // The password typed in is not sent back.
                        "form": {
                            "kind": form.kind,
                            "endpoint": form.endpoint,
                            "username": form.username,
                            "timeout": form.timeout,
                        },
                        "lookups": lookups,
                        "errors": errors,
                    }),
                ),
            )))
        }
    }
}
