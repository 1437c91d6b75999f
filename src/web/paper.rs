//! Paper applications: the office enters an application for a family without internet
//! (origin = paper) and hands out a single-use activation code; the parent later claims the
//! household with that code in their account.

use std::sync::Arc;

use chrono::NaiveDate;
use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::account::FieldError;
use super::applications::ArgError;
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{ClientAddr, ParentOf, RequestId, YouthOffice};
use super::ui::Ui;
use crate::auth;
use crate::domain::application::{self as domain_app, is_late, kita_year, Kind, Rules, Submission};
use crate::domain::household::{normalize_claim_code, valid_name, validate_child};
use crate::error::AppResult;
use crate::ids::TenantId;
use crate::store::applications::{self, NewApplication, Submitted};
use crate::store::audit::AuditCtx;
use crate::store::households::{self, ClaimProblem};
use crate::store::{facilities, rules, tenants};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![paper_page, paper_submit, claim_page, claim]
}

/// The paper form: guardian, child, application.
#[derive(Debug, FromForm)]
pub struct PaperForm {
    pub(crate) g_first_names: String,
    pub(crate) g_last_name: String,
    pub(crate) first_names: String,
    pub(crate) last_name: String,
    pub(crate) birth_date: String,
    pub(crate) street: String,
    pub(crate) house_number: String,
    pub(crate) postal_code: String,
    pub(crate) city: String,
    pub(crate) kind: String,
    pub(crate) start_date: String,
    pub(crate) hours: String,
    pub(crate) wishes: Vec<String>,
    pub(crate) answers: Vec<String>,
}

async fn form_context(app: &App, staff: &YouthOffice) -> AppResult<Value> {
    let tenant = staff.tenant.id.clone();
    let today = app.clock.now().date_naive();
    app.db
        .run(move |conn| super::applications::form_options(conn, &tenant, today))
        .await
}

fn page(ui: &Ui, staff: &YouthOffice, ctx: Value, extra: Value) -> Template {
    let ctx = super::merge(ctx, extra);
    ui.render_in(&staff.tenant, "office/paper", ctx)
}

#[get("/<_>/office/paper", rank = 10)]
async fn paper_page(app: &State<Arc<App>>, staff: YouthOffice, ui: Ui) -> AppResult<Template> {
    let ctx = form_context(app, &staff).await?;
    Ok(page(
        &ui,
        &staff,
        ctx,
        json!({ "form": { "kind": "request", "wishes": [], "answers": [] }, "child_form": {}, "errors": [] }),
    ))
}

/// What the office (or a staff integration through the API) entered, checked and stored: the
/// application id and the activation code for the parents, or the field errors.
pub(crate) type Entered = Result<(String, String), Vec<ArgError>>;

/// Checks a paper application against the municipality's facilities and rules and, when it is
/// valid, creates the household (guardian, child), an activation code and the application with
/// `origin` in one transaction. Shared by the office form and `POST …/applications` of the API.
pub(crate) async fn enter(
    app: &App,
    tenant: &TenantId,
    f: &PaperForm,
    origin: &'static str,
    ctx: AuditCtx,
) -> AppResult<Entered> {
    let today = app.today();
    let mut errors: Vec<ArgError> = Vec::new();
    let guardian = (valid_name(&f.g_first_names), valid_name(&f.g_last_name));
    if guardian.0.is_none() || guardian.1.is_none() {
        errors.push(ArgError::new("g_first_names", "err-person-name"));
    }
    let child = validate_child(
        &f.first_names,
        &f.last_name,
        &f.birth_date,
        &f.street,
        &f.house_number,
        &f.postal_code,
        &f.city,
        today,
    );
    if let Err(bad) = &child {
        errors.extend(bad.iter().map(|field| {
            ArgError::new(
                field,
                if *field == "birth_date" {
                    "err-birth-date"
                } else {
                    "err-person-name"
                },
            )
        }));
    }
    let start = NaiveDate::parse_from_str(f.start_date.trim(), "%Y-%m-%d").ok();
    let kind = Kind::from_code(&f.kind);
    if start.is_none() {
        errors.push(ArgError::new("start_date", "err-a-start-invalid"));
    }
    if kind.is_none() {
        errors.push(ArgError::new("kind", "err-a-kind"));
    }
    let (settings, offers, criteria, deadline) = {
        let (tenant, day) = (tenant.clone(), start.unwrap_or(today));
        app.db
            .run(move |conn| {
                Ok((
                    tenants::settings(conn, &tenant)?,
                    facilities::offers(conn, &tenant, day)?,
                    rules::criteria(conn, &tenant, true)?,
                    rules::deadline(conn, &tenant, kita_year(day))?,
                ))
            })
            .await?
    };
    let wishes: Vec<String> = f
        .wishes
        .iter()
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty())
        .collect();
    let accepted = match (&child, start, kind) {
        (Ok(c), Some(start), Some(kind)) => {
            let submission = Submission {
                kind,
                birth_date: c.birth_date,
                start_date: start,
                hours: f.hours.trim().parse().ok(),
                wishes: wishes.clone(),
            };
            let rules = Rules::from_settings(&settings);
            match domain_app::validate(&submission, &offers, &rules, today) {
                Ok(a) => Some((submission, a)),
                Err(problems) => {
                    errors.extend(problems.iter().map(super::applications::problem_error));
                    None
                }
            }
        }
        _ => None,
    };
    if f.answers
        .iter()
        .any(|a| !criteria.iter().any(|c| c.id == *a))
    {
        errors.push(ArgError::new("answers", "err-a-answers"));
    }
    let (Ok(child), Some((submission, accepted)), (Some(g_first), Some(g_last)), true) =
        (child, accepted, guardian, errors.is_empty())
    else {
        return Ok(Err(errors));
    };
    let code = auth::new_claim_code();
    let (answers, late, code2) = (f.answers.clone(), is_late(today, deadline), code.clone());
    let tenant = tenant.clone();
    let id = app
        .db
        .write(move |conn| {
            conn.transaction(|tx| {
                let (household, child_id) =
                    households::create_paper(tx, (&g_first, &g_last), &child, &tenant, &ctx)?;
                households::issue_claim_code(tx, &tenant, &household, &code2, &ctx)?;
                let new = NewApplication {
                    household,
                    child: child_id,
                    submission,
                    accepted,
                    answers,
                    consent: None,
                    late,
                    origin,
                };
                match applications::submit(tx, &tenant, &new, &ctx)? {
                    Submitted::Created(id) | Submitted::AlreadyOpen(id) => Ok(id),
                }
            })
        })
        .await?;
    Ok(Ok((id, format!("{}-{}", &code[..5], &code[5..]))))
}

#[post("/<_>/office/paper", data = "<form>", rank = 10)]
async fn paper_submit(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<PaperForm>,
) -> AppResult<(Status, Template)> {
    let f = form.into_inner();
    let ctx = audit(app, &rid, Some(staff.user_id()));
    match enter(app, &staff.tenant.id, &f, "paper", ctx).await? {
        Ok((id, code)) => Ok((
            Status::Created,
            ui.render_in(&staff.tenant, "office/paper_done", json!({ "code": code, "application": id, "valid_days": crate::domain::household::claim_validity().num_days() })),
        )),
        Err(errors) => {
            let echo_form = json!({ "g_first_names": f.g_first_names, "g_last_name": f.g_last_name, "kind": f.kind, "start_date": f.start_date, "hours": f.hours, "wishes": f.wishes, "answers": f.answers });
            let echo_child = json!({ "first_names": f.first_names, "last_name": f.last_name, "birth_date": f.birth_date, "street": f.street, "house_number": f.house_number, "postal_code": f.postal_code, "city": f.city });
            let ctx = form_context(app, &staff).await?;
            Ok((
                Status::UnprocessableEntity,
                page(
                    &ui,
                    &staff,
                    ctx,
                    json!({ "form": echo_form, "child_form": echo_child, "errors": errors }),
                ),
            ))
        }
    }
}

#[get("/<_>/claim", rank = 10)]
async fn claim_page(parent: ParentOf, ui: Ui) -> Template {
    ui.render_in(&parent.tenant, "family/claim", json!({ "errors": [] }))
}

/// The activation code form.
#[derive(Debug, FromForm)]
pub struct ClaimForm {
    code: String,
}

#[post("/<_>/claim", data = "<form>", rank = 10)]
async fn claim(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    rid: RequestId,
    addr: ClientAddr,
    form: CsrfForm<ClaimForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let key = format!("claim:{}", parent.user_id());
    let refuse = |status: Status, key_msg: &'static str| {
        (
            status,
            ui.render_in(
                &parent.tenant,
                "family/claim",
                json!({ "errors": [FieldError { field: "code", key: key_msg }] }),
            ),
        )
    };
    if !app.limits.allow(&key, &addr.0) {
        return Ok(Err(refuse(Status::TooManyRequests, "err-login-throttled")));
    }
    let Some(code) = normalize_claim_code(&form.code) else {
        app.limits.failed(&key);
        return Ok(Err(refuse(
            Status::UnprocessableEntity,
            "err-claim-unknown",
        )));
    };
    let ctx = audit(app, &rid, Some(parent.user_id()));
    let (tenant, user) = (parent.tenant.id.clone(), parent.user_id());
    let result = app
        .db
        .run(move |conn| conn.transaction(|tx| households::claim(tx, &tenant, &code, &user, &ctx)))
        .await?;
    Ok(match result {
        Ok(_) => Ok(Flash::success(
            Redirect::to(format!("/{}/applications", parent.tenant.slug)),
            "flash-claimed",
        )),
        Err(problem) => {
            app.limits.failed(&key);
            let msg = match problem {
                ClaimProblem::Unknown => "err-claim-unknown",
                ClaimProblem::Expired => "token-expired",
                ClaimProblem::Used => "token-used",
            };
            Err(refuse(Status::UnprocessableEntity, msg))
        }
    })
}
