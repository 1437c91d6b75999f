//! Municipality admins issue and revoke the JSON API's bearer tokens; the token is shown once,
//! only its hash is kept; the list shows when each was last used.

use std::sync::Arc;

use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::account::EmptyForm;
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{MunicipalityAdmin, RequestId};
use super::ui::Ui;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult};
use crate::store::api_tokens::{self as store, TOKEN_ROLES};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![tokens_page, create, revoke]
}

async fn render(
    app: &App,
    admin: &MunicipalityAdmin,
    ui: &Ui,
    status: Status,
    extra: Value,
) -> AppResult<(Status, Template)> {
    let tenant = admin.tenant.id.clone();
    let tokens = app.db.run(move |c| store::list(c, &tenant)).await?;
    let tokens: Vec<Value> = tokens
        .iter()
        .map(|t| {
            super::merge(
                json!(t),
                json!({
                    "created_local": super::berlin_time(t.created_at),
                    "used_local": t.last_used_at.map(super::berlin_time),
                    "revoked_local": t.revoked_at.map(super::berlin_time),
                }),
            )
        })
        .collect();
    let roles: Vec<&str> = TOKEN_ROLES.iter().map(|r| r.code()).collect();
    Ok((
        status,
        ui.render_in(
            &admin.tenant,
            "admin/api_tokens",
            super::merge(
                json!({ "tokens": tokens, "roles": roles, "errors": [] }),
                extra,
            ),
        ),
    ))
}

#[get("/<_>/admin/api-tokens")]
async fn tokens_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
) -> AppResult<Template> {
    Ok(render(app, &admin, &ui, Status::Ok, json!({})).await?.1)
}

/// A new token: what it is for, its role, read or read/write.
#[derive(Debug, FromForm)]
pub struct TokenForm {
    name: String,
    role: String,
    write: Option<String>,
}

#[post("/<_>/admin/api-tokens", data = "<form>")]
async fn create(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<TokenForm>,
) -> AppResult<(Status, Template)> {
    let name = crate::domain::household::valid_name(&form.name);
    let role = Role::from_code(&form.role).filter(|r| TOKEN_ROLES.contains(r));
    let (Some(name), Some(role)) = (name, role) else {
        return render(
            app,
            &admin,
            &ui,
            Status::UnprocessableEntity,
            json!({ "errors": [{ "field": "token-name", "key": "tokens-err-input" }] }),
        )
        .await;
    };
    let token = format!("kp_{}", crate::auth::new_token());
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    let (clear, write) = (token.clone(), form.write.is_some());
    app.db
        .run(move |c| {
            c.transaction(|tx| store::issue(tx, &tenant, &name, role, write, &clear, &ctx))
        })
        .await?;
    // The clear token is shown this once.
    render(app, &admin, &ui, Status::Ok, json!({ "new_token": token })).await
}

#[post("/<_>/admin/api-tokens/<id>/revoke", data = "<_form>")]
async fn revoke(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let (tenant, id) = (admin.tenant.id.clone(), id.to_string());
    let done = app
        .db
        .run(move |c| c.transaction(|tx| store::revoke(tx, &tenant, &id, &ctx)))
        .await?;
    if !done {
        return Err(AppError::NotFound);
    }
    Ok(Flash::success(
        Redirect::to(format!("/{}/admin/api-tokens", admin.tenant.slug)),
        "tokens-revoked",
    ))
}
