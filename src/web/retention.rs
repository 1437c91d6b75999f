//! Retention on the web: the municipality admin sets the municipality's periods (logs,
//! applications, contracts) and sees what the next daily run will delete (a dry run; nothing is deleted by looking).

use std::sync::Arc;

use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::audit;
use super::csrf::CsrfForm;
use super::guards::{MunicipalityAdmin, RequestId};
use super::ui::Ui;
use crate::domain::retention::{
    periods_from_form, BOUNDS, OUTBOX_DAYS, SOFT_DELETE_DAYS, TOKEN_DAYS,
};
use crate::error::AppResult;
use crate::store::retention;
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![page, save]
}

async fn render(
    app: &App,
    admin: &MunicipalityAdmin,
    ui: &Ui,
    form: Option<Value>,
    errors: Vec<&'static str>,
) -> AppResult<Template> {
    let (tenant, now) = (admin.tenant.id.clone(), app.clock.now_naive());
    let (periods, preview, last) = app
        .db
        .run(move |c| {
            Ok((
                retention::periods(c, &tenant)?,
                retention::preview(c, &tenant, now)?,
                retention::last_run(c)?,
            ))
        })
        .await?;
    let form = form.unwrap_or_else(|| {
        let values = periods.values().map(|d| d.to_string());
        form_values(std::array::from_fn(|i| values[i].as_str()))
    });
    let fields: Vec<Value> = BOUNDS
        .iter()
        .map(|b| json!({ "field": b.field, "min": b.min, "max": b.max, "value": form[b.field] }))
        .collect();
    Ok(ui.render_in(
        &admin.tenant,
        "office/retention",
        json!({
            "form": form,
            "errors": errors.iter().map(|f| json!({ "field": f, "key": "retention-err-days" })).collect::<Vec<_>>(),
            "preview": preview,
            "fields": fields,
            "outbox_days": OUTBOX_DAYS, "token_days": TOKEN_DAYS,
            "soft_delete_days": SOFT_DELETE_DAYS,
            "last_run": last.map(|(day, _)| day.format("%d.%m.%Y").to_string()),
        }),
    ))
}

#[get("/<_>/admin/retention", rank = 10)]
async fn page(app: &State<Arc<App>>, admin: MunicipalityAdmin, ui: Ui) -> AppResult<Template> {
    render(app, &admin, &ui, None, Vec::new()).await
}

/// The typed periods by field name, as the form shows them again.
fn form_values(typed: [&str; 5]) -> Value {
    Value::Object(
        BOUNDS
            .iter()
            .zip(typed)
            .map(|(b, v)| (b.field.to_string(), Value::from(v)))
            .collect(),
    )
}

/// The periods in days (the order of [`BOUNDS`]).
#[derive(Debug, FromForm)]
pub struct PeriodsForm {
    #[field(default = String::new())]
    audit_log_days: String,
    #[field(default = String::new())]
    register_log_days: String,
    #[field(default = String::new())]
    unsuccessful_days: String,
    #[field(default = String::new())]
    withdrawn_days: String,
    #[field(default = String::new())]
    contract_days: String,
}

#[post("/<_>/admin/retention", data = "<form>", rank = 10)]
async fn save(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<PeriodsForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let f = form.into_inner();
    let typed = [
        f.audit_log_days.as_str(),
        f.register_log_days.as_str(),
        f.unsuccessful_days.as_str(),
        f.withdrawn_days.as_str(),
        f.contract_days.as_str(),
    ];
    let periods = match periods_from_form(typed) {
        Ok(p) => p,
        Err(fields) => {
            let form = form_values(typed);
            let page = render(app, &admin, &ui, Some(form), fields).await?;
            return Ok(Err((Status::UnprocessableEntity, page)));
        }
    };
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    app.db
        .run(move |c| {
            diesel::Connection::transaction(c, |tx| retention::save(tx, &tenant, periods, &ctx))
        })
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/admin/retention", admin.tenant.slug)),
        "flash-saved",
    )))
}
