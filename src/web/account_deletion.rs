//! Art. 17 DSGVO in the browser: a parent deletes the account. The page says what happens
//! (logged out and open applications withdrawn at once, personal data purged after the
//! soft-delete period, contracts and fee records kept only as long as the law requires) and
//! asks for the password. Staff accounts are closed by their administrator instead.

use std::sync::Arc;

use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::{CookieJar, Status};
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::json;

use super::account::FieldError;
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{AuthUser, ClientAddr, RequestId, SESSION_COOKIE};
use super::ui::Ui;
use crate::auth;
use crate::domain::retention::SOFT_DELETE_DAYS;
use crate::error::{AppError, AppResult};
use crate::store::{erasure, users};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![page, delete]
}

fn parent_only(user: &AuthUser) -> AppResult<()> {
    if user.0.grants.iter().any(|g| g.role.is_staff()) {
        return Err(AppError::Forbidden);
    }
    Ok(())
}

async fn render(
    app: &App,
    ui: &Ui,
    user: &AuthUser,
    errors: Vec<FieldError>,
) -> AppResult<Template> {
    let id = user.id();
    let roles = app.db.run(move |c| users::role_views(c, &id)).await?;
    let municipalities: Vec<_> = roles
        .into_iter()
        .filter(|r| r.role == "parent" && r.scope_kind == "municipality")
        .map(|r| json!({ "slug": r.scope_slug, "name": r.scope_name }))
        .collect();
    Ok(ui.render(
        "account/delete",
        json!({ "email": user.0.user.email, "days": SOFT_DELETE_DAYS,
                "municipalities": municipalities, "errors": errors }),
    ))
}

#[get("/account/delete")]
async fn page(app: &State<Arc<App>>, ui: Ui, user: AuthUser) -> AppResult<Template> {
    parent_only(&user)?;
    render(app, &ui, &user, Vec::new()).await
}

/// The password, and the tick that this is meant.
#[derive(Debug, FromForm)]
pub struct DeleteForm {
    #[field(default = String::new())]
    password: String,
    #[field(default = false)]
    confirm: bool,
}

#[post("/account/delete", data = "<form>")]
async fn delete(
    app: &State<Arc<App>>,
    ui: Ui,
    rid: RequestId,
    addr: ClientAddr,
    user: AuthUser,
    cookies: &CookieJar<'_>,
    form: CsrfForm<DeleteForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    parent_only(&user)?;
    let form = form.into_inner();
    // The password counts against the login throttle like a login (a taken-over session
    // cannot try passwords here).
    let email = user.0.user.email.clone();
    if !app.limits.allow(&email, &addr.0) {
        let errors = vec![FieldError {
            field: "password",
            key: "err-login-throttled",
        }];
        let page = render(app, &ui, &user, errors).await?;
        return Ok(Err((Status::TooManyRequests, page)));
    }
    let hash = user.0.user.password_hash.clone();
    let password = form.password.clone();
    let right = rocket::tokio::task::spawn_blocking(move || match hash {
        Some(h) => auth::verify_password(&password, &h),
        None => {
            auth::dummy_verify(&password);
            false
        }
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?;
    let mut errors = Vec::new();
    let mut status = Status::UnprocessableEntity;
    if !right {
        let key = if app.limits.failed(&email) {
            status = Status::TooManyRequests;
            "err-login-throttled"
        } else {
            "delacc-err-password"
        };
        errors.push(FieldError {
            field: "password",
            key,
        });
    }
    if !form.confirm {
        errors.push(FieldError {
            field: "confirm",
            key: "delacc-err-confirm",
        });
    }
    if !errors.is_empty() {
        let page = render(app, &ui, &user, errors).await?;
        return Ok(Err((status, page)));
    }
    let id = user.id();
    let ctx = audit(app, &rid, Some(id.clone()));
    app.db
        .run(move |c| c.transaction(|tx| erasure::request_account_deletion(tx, &id, &ctx)))
        .await?;
    cookies.remove_private(SESSION_COOKIE);
    Ok(Ok(Flash::success(
        Redirect::to("/"),
        "flash-account-deleted",
    )))
}
