//! One staff account, as the municipality administrator sees it: the second factor (reset,
//! audited) and the account's access restrictions (networks, weekly time window).

use std::sync::Arc;

use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::json;

use super::account::{EmptyForm, FieldError};
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{MunicipalityAdmin, RequestId};
use super::ui::Ui;
use crate::domain::access::{Networks, Window, WindowProblem};
use crate::error::{AppError, AppResult};
use crate::store::{second_factor, users};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![user_page, reset_second_factor, save_access]
}

/// The access form as typed.
#[derive(Debug, Default, FromForm)]
pub struct AccessForm {
    #[field(default = String::new())]
    networks: String,
    days: Vec<u8>,
    #[field(default = String::new())]
    from: String,
    #[field(default = String::new())]
    until: String,
}

async fn render(
    app: &App,
    admin: &MunicipalityAdmin,
    ui: &Ui,
    membership: &str,
    typed: Option<&AccessForm>,
    errors: Vec<FieldError>,
) -> AppResult<Template> {
    let tenant = admin.tenant.id.clone();
    let m = membership.to_string();
    let (member, user, codes_left) = app
        .db
        .run(move |conn| {
            let Some((member, user)) = users::staff_membership(conn, &tenant, &m)? else {
                return Err(AppError::NotFound);
            };
            let left = second_factor::recovery_codes_left(conn, &user.user_id())?;
            Ok((member, user, left))
        })
        .await?;
    let window = user.access_window.as_deref().and_then(Window::parse);
    let (networks, days, from, until) = match typed {
        Some(f) => (
            f.networks.clone(),
            f.days.clone(),
            f.from.clone(),
            f.until.clone(),
        ),
        None => (
            user.access_networks.clone().unwrap_or_default(),
            window.as_ref().map(Window::day_numbers).unwrap_or_default(),
            window
                .as_ref()
                .map(|w| w.from.format("%H:%M").to_string())
                .unwrap_or_default(),
            window
                .as_ref()
                .map(|w| w.until.format("%H:%M").to_string())
                .unwrap_or_default(),
        ),
    };
    Ok(ui.render_in(
        &admin.tenant,
        "office/user",
        json!({
            "member": member,
            "is_self": member.user_id == admin.user_id().as_str(),
            "codes_left": codes_left,
            "networks": networks,
            "days": days,
            "from": from,
            "until": until,
            "restricted": user.access_networks.is_some() || user.access_window.is_some(),
            "errors": errors,
        }),
    ))
}

/// The account of a staff membership of the tenant (404 for another municipality's).
fn member_account(
    conn: &mut crate::store::Conn,
    tenant: &crate::ids::TenantId,
    membership: &str,
) -> AppResult<users::User> {
    users::staff_membership(conn, tenant, membership)?
        .map(|(_, user)| user)
        .ok_or(AppError::NotFound)
}

#[get("/<_>/admin/users/<membership>", rank = 10)]
async fn user_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    membership: &str,
) -> AppResult<Template> {
    render(app, &admin, &ui, membership, None, vec![]).await
}

#[post(
    "/<_>/admin/users/<membership>/second-factor/reset",
    data = "<_form>",
    rank = 10
)]
async fn reset_second_factor(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    rid: RequestId,
    membership: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    let m = membership.to_string();
    app.db
        .run(move |conn| {
            conn.transaction(|tx| {
                let user = member_account(tx, &tenant, &m)?;
                second_factor::remove(
                    tx,
                    &user.user_id(),
                    Some(&tenant),
                    "second_factor_reset",
                    &ctx,
                )
            })
        })
        .await?;
    Ok(Flash::success(
        Redirect::to(format!("/{}/admin/users/{membership}", admin.tenant.slug)),
        "flash-tfa-reset",
    ))
}

#[post("/<_>/admin/users/<membership>/access", data = "<form>", rank = 10)]
async fn save_access(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    membership: &str,
    form: CsrfForm<AccessForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let form = form.into_inner();
    let mut errors = Vec::new();
    let networks = Networks::parse(&form.networks).unwrap_or_else(|_| {
        errors.push(FieldError {
            field: "networks",
            key: "ud-err-networks",
        });
        None
    });
    let window = Window::from_form(&form.days, &form.from, &form.until).unwrap_or_else(|p| {
        let (field, key) = match p {
            WindowProblem::NoDays => ("day-1", "ud-err-days"),
            WindowProblem::BadTime => ("from", "ud-err-time"),
            WindowProblem::EndBeforeStart => ("until", "ud-err-order"),
        };
        errors.push(FieldError { field, key });
        None
    });
    if !errors.is_empty() {
        let page = render(app, &admin, &ui, membership, Some(&form), errors).await?;
        return Ok(Err((Status::UnprocessableEntity, page)));
    }
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    let m = membership.to_string();
    app.db
        .run(move |conn| {
            conn.transaction(|tx| {
                let user = member_account(tx, &tenant, &m)?;
                users::set_access(
                    tx,
                    &tenant,
                    &user.user_id(),
                    networks.map(|n| n.to_string()),
                    window.map(|w| w.to_string()),
                    &ctx,
                )
            })
        })
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/admin/users/{membership}", admin.tenant.slug)),
        "flash-saved",
    )))
}
