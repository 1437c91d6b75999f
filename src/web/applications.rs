//! Parents' applications: care requests and needs reports for their children — submit, see
//! status and history, edit until allocation, withdraw.

use std::sync::Arc;

use chrono::NaiveDate;
use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde::Serialize;
use serde_json::{json, Value};

use super::account::EmptyForm;
use super::csrf::CsrfForm;
use super::guards::{ParentOf, RequestId};
use super::ui::Ui;
use super::{audit, merge};
use crate::domain::application::{
    self as rules_domain, is_late, kita_year, Kind, Problem, Rules, Submission,
};
use crate::error::{AppError, AppResult};
use crate::mail;
use crate::store::applications::{self, NewApplication, Submitted};
use crate::store::{facilities, households, outbox, rules, tenants, users};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![list_page, new_page, submit, detail_page, update, withdraw]
}

/// A form error with an optional argument (a facility name).
#[derive(Debug, Clone, Serialize)]
pub struct ArgError {
    field: &'static str,
    key: &'static str,
    arg: Option<String>,
}

impl ArgError {
    /// The form field the error is about.
    pub fn field(&self) -> &'static str {
        self.field
    }

    /// An error without argument.
    pub fn new(field: &'static str, key: &'static str) -> Self {
        Self {
            field,
            key,
            arg: None,
        }
    }
}

/// The message for a validation problem.
pub fn problem_error(p: &Problem) -> ArgError {
    let (key, arg) = match p {
        Problem::StartInPast => ("err-a-start-past", None),
        Problem::StartTooFarAhead => ("err-a-start-far", None),
        Problem::NoCategory => ("err-a-no-category", None),
        Problem::TooManyWishes => ("err-a-too-many", None),
        Problem::RepeatedWish => ("err-a-repeated", None),
        Problem::NoWish => ("err-a-no-wish", None),
        Problem::UnknownFacility => ("err-a-unknown-facility", None),
        Problem::NoPlacesOfCategory(n) => ("err-a-no-places", Some(n.clone())),
        Problem::HoursMissing => ("err-a-hours-missing", None),
        Problem::HoursNotOffered(n) => ("err-a-hours-not-offered", Some(n.clone())),
    };
    ArgError {
        field: p.field(),
        key,
        arg,
    }
}

/// The application form.
#[derive(Debug, FromForm)]
pub struct ApplicationForm {
    child: String,
    kind: String,
    start_date: String,
    hours: String,
    wishes: Vec<String>,
    answers: Vec<String>,
    consent: Option<String>,
}

impl ApplicationForm {
    fn echo(&self) -> Value {
        json!({
            "child": self.child, "kind": self.kind, "start_date": self.start_date, "hours": self.hours,
            "wishes": self.wishes, "answers": self.answers, "consent": self.consent.is_some(),
        })
    }
}

/// The choices of the application form in a municipality (also used by the office's paper
/// form): facilities, hour options, wish slots, criteria, consent text, start-date range.
pub(crate) fn form_options(
    conn: &mut crate::store::Conn,
    tenant: &crate::ids::TenantId,
    today: NaiveDate,
) -> AppResult<Value> {
    let settings = tenants::settings(conn, tenant)?;
    let list = facilities::list(conn, tenant)?;
    let mut hours: Vec<u32> = list.iter().flat_map(|f| f.care_hour_list()).collect();
    hours.sort_unstable();
    hours.dedup();
    let last_start = today
        .checked_add_months(chrono::Months::new(
            u32::try_from(settings.advance_months).unwrap_or(0),
        ))
        .unwrap_or(today);
    Ok(json!({
        "facilities": list.iter().map(|f| json!({ "id": f.id, "name": f.name, "kind": f.kind, "care_hours": f.care_hours })).collect::<Vec<_>>(),
        "hour_options": hours,
        "wish_slots": (1..=settings.max_wishes).collect::<Vec<_>>(),
        "criteria": rules::criteria(conn, tenant, true)?,
        "consent": rules::current_consent(conn, tenant)?.map(|c| json!({ "version": c.0, "body": c.1 })),
        "min_start": today.format("%Y-%m-%d").to_string(),
        "max_start": last_start.format("%Y-%m-%d").to_string(),
    }))
}

/// Everything the parent's form page shows: the form options and the household's children.
async fn form_context(app: &App, parent: &ParentOf) -> AppResult<Value> {
    let user = parent.user_id();
    let tenant = parent.tenant.id.clone();
    let today = app.clock.now().date_naive();
    app.db
        .run(move |conn| {
            let children = match households::find_household(conn, &user)? {
                Some(h) => households::children(conn, &h)?,
                None => vec![],
            };
            Ok(merge(
                form_options(conn, &tenant, today)?,
                json!({ "children": children }),
            ))
        })
        .await
}

#[get("/<_>/applications", rank = 10)]
async fn list_page(app: &State<Arc<App>>, parent: ParentOf, ui: Ui) -> AppResult<Template> {
    let user = parent.user_id();
    let tenant = parent.tenant.id.clone();
    let (list, children) = app
        .db
        .run(move |conn| match households::find_household(conn, &user)? {
            Some(h) => Ok((
                applications::of_household(conn, &tenant, &h)?,
                households::children(conn, &h)?,
            )),
            None => Ok((vec![], vec![])),
        })
        .await?;
    Ok(ui.render_in(
        &parent.tenant,
        "applications/list",
        json!({ "applications": list, "children": children }),
    ))
}

#[get("/<_>/applications/new?<child>&<kind>", rank = 9)]
async fn new_page(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    child: Option<&str>,
    kind: Option<&str>,
) -> AppResult<Template> {
    let ctx = form_context(app, &parent).await?;
    let form = json!({ "child": child.unwrap_or_default(), "kind": kind.unwrap_or("request"), "wishes": [], "answers": [] });
    Ok(ui.render_in(
        &parent.tenant,
        "applications/new",
        merge(ctx, json!({ "form": form, "errors": [] })),
    ))
}

/// Validates the form against the municipality's facilities and rules.
async fn check(
    app: &App,
    parent: &ParentOf,
    form: &ApplicationForm,
) -> AppResult<
    Result<
        (
            String,
            String,
            Submission,
            rules_domain::Accepted,
            Vec<String>,
            Option<i32>,
            bool,
        ),
        Vec<ArgError>,
    >,
> {
    let today = app.clock.now().date_naive();
    let start = NaiveDate::parse_from_str(form.start_date.trim(), "%Y-%m-%d").ok();
    let kind = Kind::from_code(&form.kind);
    let hours: Option<u32> = form.hours.trim().parse().ok();
    let mut errors = Vec::new();
    if start.is_none() {
        errors.push(ArgError {
            field: "start_date",
            key: "err-a-start-invalid",
            arg: None,
        });
    }
    if kind.is_none() {
        errors.push(ArgError {
            field: "kind",
            key: "err-a-kind",
            arg: None,
        });
    }
    if !form.hours.trim().is_empty() && hours.is_none() {
        errors.push(ArgError {
            field: "hours",
            key: "err-a-hours-missing",
            arg: None,
        });
    }
    let (Some(start), Some(kind)) = (start, kind) else {
        return Ok(Err(errors));
    };
    let user = parent.user_id();
    let tenant = parent.tenant.id.clone();
    let child_id = form.child.clone();
    let wishes: Vec<String> = form
        .wishes
        .iter()
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty())
        .collect();
    let answers = form.answers.clone();
    let consent_given = form.consent.is_some();
    let outcome = app
        .db
        .run(move |conn| {
            let Some(household) = households::find_household(conn, &user)? else {
                return Ok(None);
            };
            let Some(child) = households::child(conn, &household, &child_id)? else {
                return Ok(None);
            };
            let settings = tenants::settings(conn, &tenant)?;
            let offers = facilities::offers(conn, &tenant, start)?;
            let criteria = rules::criteria(conn, &tenant, true)?;
            let consent = rules::current_consent(conn, &tenant)?;
            let deadline = rules::deadline(conn, &tenant, kita_year(start))?;
            Ok(Some((
                household, child, settings, offers, criteria, consent, deadline,
            )))
        })
        .await?;
    let Some((household, child, settings, offers, criteria, consent, deadline)) = outcome else {
        errors.push(ArgError {
            field: "child",
            key: "err-a-child",
            arg: None,
        });
        return Ok(Err(errors));
    };
    let submission = Submission {
        kind,
        birth_date: child.birth_date,
        start_date: start,
        hours,
        wishes,
    };
    let rules = Rules::from_settings(&settings);
    let accepted = match rules_domain::validate(&submission, &offers, &rules, today) {
        Ok(a) => Some(a),
        Err(problems) => {
            errors.extend(problems.iter().map(problem_error));
            None
        }
    };
    if answers.iter().any(|a| !criteria.iter().any(|c| c.id == *a)) {
        errors.push(ArgError {
            field: "answers",
            key: "err-a-answers",
            arg: None,
        });
    }
    if consent.is_some() && !consent_given {
        errors.push(ArgError {
            field: "consent",
            key: "err-a-consent",
            arg: None,
        });
    }
    match (accepted, errors.is_empty()) {
        (Some(accepted), true) => Ok(Ok((
            household,
            child.first_names,
            submission,
            accepted,
            answers,
            consent.map(|c| c.0),
            is_late(today, deadline),
        ))),
        _ => Ok(Err(errors)),
    }
}

async fn parent_contact(app: &App, parent: &ParentOf) -> AppResult<(String, String)> {
    let user = parent.user_id();
    let u = app
        .db
        .run(move |conn| users::by_id(conn, &user))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((u.email, u.preferred_lang))
}

type FormResult = AppResult<Result<Flash<Redirect>, (Status, Template)>>;

#[post("/<_>/applications", data = "<form>", rank = 10)]
async fn submit(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<ApplicationForm>,
) -> FormResult {
    let form = form.into_inner();
    let (household, child_name, submission, accepted, answers, consent_version, late) =
        match check(app, &parent, &form).await? {
            Ok(v) => v,
            Err(errors) => {
                let ctx = form_context(app, &parent).await?;
                return Ok(Err((
                    Status::UnprocessableEntity,
                    ui.render_in(
                        &parent.tenant,
                        "applications/new",
                        merge(ctx, json!({ "form": form.echo(), "errors": errors })),
                    ),
                )));
            }
        };
    let (email, lang) = parent_contact(app, &parent).await?;
    let ctx = audit(app, &rid, Some(parent.user_id()));
    let tenant = parent.tenant.id.clone();
    let base = format!(
        "{}/{}/applications",
        app.config.public_url.trim_end_matches('/'),
        parent.tenant.slug
    );
    let new = NewApplication {
        household,
        child: form.child.clone(),
        submission,
        accepted,
        answers,
        consent: consent_version.map(|v| (v, ctx.at)),
        late,
        origin: "online",
    };
    let result = app
        .db
        .write(move |conn| {
            conn.transaction(|tx| {
                let outcome = applications::submit(tx, &tenant, &new, &ctx)?;
                if let Submitted::Created(id) = &outcome {
                    let m = mail::application_status(
                        &lang,
                        &email,
                        &format!("{base}/{id}"),
                        &child_name,
                        "submitted",
                    );
                    outbox::enqueue(tx, &m, ctx.at)?;
                }
                Ok(outcome)
            })
        })
        .await?;
    let slug = &parent.tenant.slug;
    Ok(Ok(match result {
        Submitted::Created(id) => Flash::success(
            Redirect::to(format!("/{slug}/applications/{id}")),
            "flash-submitted",
        ),
        Submitted::AlreadyOpen(id) => Flash::warning(
            Redirect::to(format!("/{slug}/applications/{id}")),
            "flash-already-open",
        ),
    }))
}

async fn render_detail(
    app: &App,
    parent: &ParentOf,
    ui: &Ui,
    id: &str,
    status: Status,
    extra: Value,
) -> AppResult<(Status, Template)> {
    let user = parent.user_id();
    let tenant = parent.tenant.id.clone();
    let id2 = id.to_string();
    let found = app
        .db
        .run(move |conn| {
            let Some(h) = households::find_household(conn, &user)? else {
                return Ok(None);
            };
            let Some(a) = applications::get(conn, &tenant, Some(&h), &id2)? else {
                return Ok(None);
            };
            Ok(Some((
                applications::answers(conn, &a.id)?,
                applications::events(conn, &a.id)?,
                a,
            )))
        })
        .await?;
    let (answers, events, application) = found.ok_or(AppError::NotFound)?;
    let editable =
        rules_domain::Status::from_code(&application.status).is_some_and(|s| s.editable());
    let withdrawable =
        rules_domain::Status::from_code(&application.status).is_some_and(|s| s.withdrawable());
    let events: Vec<Value> = events
        .into_iter()
        .map(|e| merge(json!(e), json!({ "at_local": super::berlin_time(e.at) })))
        .collect();
    let form = json!({
        "child": application.child_id, "kind": application.kind,
        "start_date": application.start_date.format("%Y-%m-%d").to_string(),
        "hours": application.weekly_hours.map(|h| h.to_string()).unwrap_or_default(),
        "wishes": application.wish_ids, "answers": answers, "consent": true,
    });
    let ctx = form_context(app, parent).await?;
    let allocation = super::allocation::parent_context(app, parent, ui.lang, id).await?;
    let ctx = merge(
        merge(ctx, allocation),
        json!({ "application": application, "events": events, "editable": editable, "withdrawable": withdrawable, "form": form, "errors": [] }),
    );
    Ok((
        status,
        ui.render_in(&parent.tenant, "applications/detail", merge(ctx, extra)),
    ))
}

#[get("/<_>/applications/<id>", rank = 10)]
async fn detail_page(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    id: &str,
) -> AppResult<(Status, Template)> {
    render_detail(app, &parent, &ui, id, Status::Ok, json!({})).await
}

#[post("/<_>/applications/<id>", data = "<form>", rank = 10)]
async fn update(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    rid: RequestId,
    id: &str,
    form: CsrfForm<ApplicationForm>,
) -> FormResult {
    let form = form.into_inner();
    // The child of an application does not change.
    let (household, _, submission, accepted, answers, _, _) =
        match check(app, &parent, &form).await? {
            Ok(v) => v,
            Err(errors) => {
                return render_detail(
                    app,
                    &parent,
                    &ui,
                    id,
                    Status::UnprocessableEntity,
                    json!({ "form": form.echo(), "errors": errors }),
                )
                .await
                .map(Err)
            }
        };
    let ctx = audit(app, &rid, Some(parent.user_id()));
    let tenant = parent.tenant.id.clone();
    let id2 = id.to_string();
    let child = form.child.clone();
    let changed = app
        .db
        .run(move |conn| {
            conn.transaction(|tx| {
                let current = applications::get(tx, &tenant, Some(&household), &id2)?
                    .ok_or(AppError::NotFound)?;
                if current.child_id != child {
                    return Err(AppError::BadRequest("child".into()));
                }
                let change = applications::Change {
                    submission: &submission,
                    accepted: &accepted,
                    answers: &answers,
                };
                applications::update(tx, &tenant, &household, &id2, change, &ctx)
            })
        })
        .await;
    let back = Redirect::to(format!("/{}/applications/{id}", parent.tenant.slug));
    match changed {
        Ok(true) => Ok(Ok(Flash::success(back, "flash-saved"))),
        Ok(false) => Ok(Ok(Flash::error(back, "flash-not-editable"))),
        Err(AppError::Conflict(_)) => Ok(Ok(Flash::error(back, "flash-already-open"))),
        Err(e) => Err(e),
    }
}

#[post("/<_>/applications/<id>/withdraw", data = "<_form>", rank = 10)]
async fn withdraw(
    app: &State<Arc<App>>,
    parent: ParentOf,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    let (email, lang) = parent_contact(app, &parent).await?;
    let ctx = audit(app, &rid, Some(parent.user_id()));
    let (user, tenant, id2) = (parent.user_id(), parent.tenant.id.clone(), id.to_string());
    let link = format!(
        "{}/{}/applications/{id}",
        app.config.public_url.trim_end_matches('/'),
        parent.tenant.slug
    );
    let done = app
        .db
        .run(move |conn| {
            conn.transaction(|tx| {
                let h = households::find_household(tx, &user)?.ok_or(AppError::NotFound)?;
                let a =
                    applications::get(tx, &tenant, Some(&h), &id2)?.ok_or(AppError::NotFound)?;
                let done = applications::withdraw(tx, &tenant, &h, &id2, &ctx)?;
                if done {
                    let m = mail::application_status(
                        &lang,
                        &email,
                        &link,
                        &a.child_first_names,
                        "withdrawn",
                    );
                    outbox::enqueue(tx, &m, ctx.at)?;
                }
                Ok(done)
            })
        })
        .await?;
    let back = Redirect::to(format!("/{}/applications/{id}", parent.tenant.slug));
    Ok(if done {
        Flash::success(back, "flash-withdrawn")
    } else {
        Flash::error(back, "flash-not-editable")
    })
}
