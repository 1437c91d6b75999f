//! Reviewing a proposal before publishing: the youth office's manual adjustments, sending a
//! run to the facility leads, and the leads' confirmations.

use std::sync::Arc;

use rocket::form::FromForm;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::account::EmptyForm;
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{FacilityLead, RequestId, YouthOffice};
use super::ui::Ui;
use crate::domain::allocation::review::{AdjustError, Adjustment};
use crate::domain::category::PlaceCategory;
use crate::error::{AppError, AppResult};
use crate::store::review::{self as store, clean_reason};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![adjust, send_for_review, proposals_page, answer]
}

/// A manual adjustment as entered on the run page.
#[derive(Debug, FromForm)]
pub struct AdjustForm {
    /// `move` or `hold`.
    kind: String,
    /// Move: the child's application.
    application: Option<String>,
    /// Move: target facility (empty = no place); hold: the facility.
    facility: Option<String>,
    /// Hold: category code.
    category: Option<String>,
    /// Hold: places.
    places: Option<String>,
    reason: String,
}

fn adjust_error_key(e: &AdjustError) -> &'static str {
    match e {
        AdjustError::UnknownChild => "err-adjust-child",
        AdjustError::UnknownFacility => "err-adjust-facility",
        AdjustError::NotWished => "err-adjust-not-wished",
        AdjustError::Full => "err-adjust-full",
        AdjustError::HoldTooMany { .. } => "err-adjust-hold",
        AdjustError::NoChange => "err-adjust-no-change",
    }
}

fn parse_adjustment(f: &AdjustForm) -> Option<Adjustment> {
    let some = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    match f.kind.as_str() {
        "move" => Some(Adjustment::Move {
            child: some(&f.application)?,
            facility: some(&f.facility),
        }),
        "hold" => {
            let category = some(&f.category)?;
            PlaceCategory::from_code(&category)?;
            Some(Adjustment::Hold {
                facility: some(&f.facility)?,
                category,
                places: some(&f.places)?.parse().ok().filter(|n| *n <= 10_000)?,
            })
        }
        _ => None,
    }
}

#[post("/<_>/office/allocation/runs/<id>/adjust", data = "<form>", rank = 10)]
async fn adjust(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    form: CsrfForm<AdjustForm>,
) -> AppResult<Flash<Redirect>> {
    let f = form.into_inner();
    let back = Redirect::to(format!(
        "/{}/office/allocation/runs/{id}#adjust",
        staff.tenant.slug
    ));
    let Some(adj) = parse_adjustment(&f) else {
        return Ok(Flash::error(back, "err-adjust-input"));
    };
    let Some(reason) = clean_reason(&f.reason) else {
        return Ok(Flash::error(back, "err-reason-required"));
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    let done = app
        .db
        .run(move |c| {
            diesel::Connection::transaction(c, |tx| {
                store::adjust(tx, &tenant, &id, &adj, &reason, &ctx)
            })
        })
        .await;
    Ok(match done {
        Ok(Ok(())) => Flash::success(back, "flash-adjusted"),
        Ok(Err(e)) => Flash::error(back, adjust_error_key(&e)),
        Err(AppError::Conflict(_)) | Err(AppError::Busy) => {
            Flash::error(back, "err-already-published")
        }
        Err(e) => return Err(e),
    })
}

#[post("/<_>/office/allocation/runs/<id>/review", data = "<_form>", rank = 10)]
async fn send_for_review(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    let back = Redirect::to(format!(
        "/{}/office/allocation/runs/{id}",
        staff.tenant.slug
    ));
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    let done = app
        .db
        .run(move |c| {
            diesel::Connection::transaction(c, |tx| store::send_for_review(tx, &tenant, &id, &ctx))
        })
        .await;
    Ok(match done {
        Ok(()) => Flash::success(back, "flash-sent-for-review"),
        Err(AppError::Conflict(_)) => Flash::error(back, "err-already-published"),
        Err(e) => return Err(e),
    })
}

#[get("/<_>/office/proposals", rank = 10)]
async fn proposals_page(app: &State<Arc<App>>, lead: FacilityLead, ui: Ui) -> AppResult<Template> {
    let mine = lead.led_facilities();
    let leads_any = !mine.is_empty();
    let tenant = lead.tenant.id.clone();
    let (places, names) = app
        .db
        .run(move |c| {
            Ok((
                store::proposed_at(c, &tenant, &mine)?,
                crate::store::facilities::names(c, &tenant)?,
            ))
        })
        .await?;
    let places: Vec<Value> = places
        .into_iter()
        .map(|p| {
            let facility = names.get(&p.facility_id).cloned().unwrap_or_default();
            let birth = p.birth_date.format("%d.%m.%Y").to_string();
            let start = p.start_date.format("%d.%m.%Y").to_string();
            super::merge(
                json!(p),
                json!({ "facility": facility, "birth_local": birth, "start_local": start }),
            )
        })
        .collect();
    Ok(ui.render_in(
        &lead.tenant,
        "office/proposals",
        json!({ "places": places, "leads_any": leads_any }),
    ))
}

/// A lead's answer to one proposed place.
#[derive(Debug, FromForm)]
pub struct AnswerForm {
    /// `confirm` or `reject`.
    decision: String,
    reason: String,
}

#[post(
    "/<_>/office/proposals/<run>/<application>",
    data = "<form>",
    rank = 10
)]
async fn answer(
    app: &State<Arc<App>>,
    lead: FacilityLead,
    rid: RequestId,
    run: &str,
    application: &str,
    form: CsrfForm<AnswerForm>,
) -> AppResult<Flash<Redirect>> {
    let f = form.into_inner();
    let back = Redirect::to(format!("/{}/office/proposals", lead.tenant.slug));
    let confirmed = match f.decision.as_str() {
        "confirm" => true,
        "reject" => false,
        _ => return Ok(Flash::error(back, "err-adjust-input")),
    };
    let Some(reason) = clean_reason(&f.reason) else {
        return Ok(Flash::error(back, "err-reason-required"));
    };
    let ctx = audit(app, &rid, Some(lead.user_id()));
    let (tenant, mine) = (lead.tenant.id.clone(), lead.led_facilities());
    let (run, application) = (run.to_string(), application.to_string());
    let done = app
        .db
        .run(move |c| {
            diesel::Connection::transaction(c, |tx| {
                store::answer(
                    tx,
                    &tenant,
                    &mine,
                    &run,
                    &application,
                    confirmed,
                    &reason,
                    &ctx,
                )
            })
        })
        .await;
    Ok(match done {
        Ok(()) if confirmed => Flash::success(back, "flash-place-confirmed"),
        Ok(()) => Flash::success(back, "flash-place-rejected"),
        Err(AppError::Conflict(_)) => Flash::error(back, "err-already-published"),
        Err(e) => return Err(e),
    })
}
