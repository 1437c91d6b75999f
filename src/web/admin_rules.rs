//! Municipality administrators set the application rules: priority criteria (questions with
//! points), the consent text (versioned), and registration deadlines per Kita year.

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
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{MunicipalityAdmin, RequestId};
use super::ui::Ui;
use crate::domain::household::valid_name;
use crate::error::AppResult;
use crate::store::rules;
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        rules_page,
        add_criterion,
        toggle_criterion,
        publish_consent,
        set_deadline
    ]
}

type FormResult = AppResult<Result<Flash<Redirect>, (Status, Template)>>;

async fn render(
    app: &App,
    admin: &MunicipalityAdmin,
    ui: &Ui,
    status: Status,
    extra: Value,
) -> AppResult<(Status, Template)> {
    let tenant = admin.tenant.id.clone();
    let (criteria, consent, deadlines) = app
        .db
        .run(move |conn| {
            Ok((
                rules::criteria(conn, &tenant, false)?,
                rules::current_consent(conn, &tenant)?,
                rules::deadlines(conn, &tenant)?,
            ))
        })
        .await?;
    let ctx = json!({
        "criteria": criteria,
        "consent": consent.map(|c| json!({ "version": c.0, "body": c.1 })),
        "deadlines": deadlines.iter().map(|(y, d)| json!({ "year": y, "next": y + 1, "deadline": d.format("%d.%m.%Y").to_string() })).collect::<Vec<_>>(),
        "errors": [],
        "form": {},
    });
    let ctx = super::merge(ctx, extra);
    Ok((status, ui.render_in(&admin.tenant, "office/rules", ctx)))
}

fn back(admin: &MunicipalityAdmin) -> Redirect {
    Redirect::to(format!("/{}/admin/rules", admin.tenant.slug))
}

#[get("/<_>/admin/rules", rank = 10)]
async fn rules_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
) -> AppResult<(Status, Template)> {
    render(app, &admin, &ui, Status::Ok, json!({})).await
}

/// New criterion.
#[derive(Debug, FromForm)]
pub struct CriterionForm {
    label: String,
    help_text: String,
    points: String,
}

#[post("/<_>/admin/criteria", data = "<form>", rank = 10)]
async fn add_criterion(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<CriterionForm>,
) -> FormResult {
    let label = valid_name(&form.label).filter(|l| l.chars().count() <= 100);
    let help = form.help_text.trim().to_string();
    let points = form
        .points
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|p| (0..=10_000).contains(p));
    let mut errors = Vec::new();
    if label.is_none() {
        errors.push(FieldError {
            field: "label",
            key: "err-person-name",
        });
    }
    if help.chars().count() > 500
        || help
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r')
    {
        errors.push(FieldError {
            field: "help_text",
            key: "err-f-text",
        });
    }
    if points.is_none() {
        errors.push(FieldError {
            field: "points",
            key: "err-points",
        });
    }
    let (Some(label), Some(points), true) = (label, points, errors.is_empty()) else {
        let echo =
            json!({ "label": form.label, "help_text": form.help_text, "points": form.points });
        return render(
            app,
            &admin,
            &ui,
            Status::UnprocessableEntity,
            json!({ "errors": errors, "form": echo }),
        )
        .await
        .map(Err);
    };
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    app.db
        .run(move |conn| {
            conn.transaction(|tx| rules::add_criterion(tx, &tenant, &label, &help, points, &ctx))
        })
        .await?;
    Ok(Ok(Flash::success(back(&admin), "flash-saved")))
}

/// Switch a criterion on/off.
#[derive(Debug, FromForm)]
pub struct ToggleForm {
    active: bool,
}

#[post("/<_>/admin/criteria/<id>", data = "<form>", rank = 10)]
async fn toggle_criterion(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    rid: RequestId,
    id: &str,
    form: CsrfForm<ToggleForm>,
) -> AppResult<Flash<Redirect>> {
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let (tenant, id, active) = (admin.tenant.id.clone(), id.to_string(), form.active);
    app.db
        .run(move |conn| {
            conn.transaction(|tx| rules::set_criterion_active(tx, &tenant, &id, active, &ctx))
        })
        .await?;
    Ok(Flash::success(back(&admin), "flash-saved"))
}

/// New consent text.
#[derive(Debug, FromForm)]
pub struct ConsentForm {
    body: String,
}

#[post("/<_>/admin/consent", data = "<form>", rank = 10)]
async fn publish_consent(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<ConsentForm>,
) -> FormResult {
    let body = form.body.trim().replace("\r\n", "\n");
    if body.is_empty() || body.chars().count() > 10_000 {
        let errors = [FieldError {
            field: "body",
            key: "err-consent-text",
        }];
        return render(
            app,
            &admin,
            &ui,
            Status::UnprocessableEntity,
            json!({ "errors": errors }),
        )
        .await
        .map(Err);
    }
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    app.db
        .run(move |conn| conn.transaction(|tx| rules::publish_consent(tx, &tenant, &body, &ctx)))
        .await?;
    Ok(Ok(Flash::success(back(&admin), "flash-saved")))
}

/// Registration deadline of a Kita year.
#[derive(Debug, FromForm)]
pub struct DeadlineForm {
    kita_year: String,
    deadline: String,
}

#[post("/<_>/admin/deadlines", data = "<form>", rank = 10)]
async fn set_deadline(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<DeadlineForm>,
) -> FormResult {
    let year = form
        .kita_year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    let day = NaiveDate::parse_from_str(form.deadline.trim(), "%Y-%m-%d").ok();
    let (Some(year), Some(day)) = (year, day) else {
        let errors = [FieldError {
            field: "kita_year",
            key: "err-deadline",
        }];
        return render(
            app,
            &admin,
            &ui,
            Status::UnprocessableEntity,
            json!({ "errors": errors }),
        )
        .await
        .map(Err);
    };
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    app.db
        .run(move |conn| conn.transaction(|tx| rules::set_deadline(tx, &tenant, year, day, &ctx)))
        .await?;
    Ok(Ok(Flash::success(back(&admin), "flash-saved")))
}
