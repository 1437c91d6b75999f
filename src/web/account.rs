//! Accounts: login, logout, parent registration with e-mail confirmation, password reset,
//! staff invitations, the account page.

use std::sync::Arc;

use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::{CookieJar, Status};
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde::Serialize;
use serde_json::json;

use super::audit;
use super::csrf::CsrfForm;
use super::guards::{
    private_cookie, session_token, AuthUser, ClientAddr, RequestId, Tenant, SESSION_COOKIE,
};
use super::public::local_path;
use super::ui::Ui;
use crate::auth;
use crate::domain::account::{check_new_password, normalize_email, PasswordProblem, TokenPurpose};
use crate::domain::roles::{Role, Scope};
use crate::error::{AppError, AppResult};
use crate::ids::UserId;
use crate::mail;
use crate::store::{audit as audit_store, outbox, sessions, tokens, users};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        login_page,
        login,
        logout,
        register_page,
        register,
        confirm_page,
        confirm,
        forgot_page,
        forgot,
        reset_page,
        reset,
        invite_page,
        invite,
        account_page
    ]
}

/// A form error: the field (for the link in the error summary) and the message key.
#[derive(Debug, Clone, Serialize)]
pub struct FieldError {
    /// Input id.
    pub field: &'static str,
    /// Message key.
    pub key: &'static str,
}

fn err(field: &'static str, key: &'static str) -> FieldError {
    FieldError { field, key }
}

fn password_error(problem: PasswordProblem) -> FieldError {
    match problem {
        PasswordProblem::TooShort => err("password", "err-password-short"),
        PasswordProblem::TooLong => err("password", "err-password-long"),
        PasswordProblem::Common => err("password", "err-password-common"),
        PasswordProblem::Mismatch => err("password2", "err-password-mismatch"),
    }
}

type Page = Result<Template, (Status, Template)>;

/// argon2 is deliberately slow: hash on the blocking pool, not on the async executor.
async fn hash_off_executor(password: &str) -> AppResult<String> {
    let pw = password.to_string();
    rocket::tokio::task::spawn_blocking(move || auth::hash_password(&pw))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
}

// ---------------------------------------------------------------- login / logout

#[get("/login?<next>&<expired>")]
fn login_page(ui: Ui, next: Option<&str>, expired: Option<bool>) -> Template {
    let expired = expired.unwrap_or(false) || ui.session_expired;
    ui.render(
        "account/login",
        json!({ "next": local_path(next), "errors": [], "session_expired": expired }),
    )
}

/// Login form.
#[derive(Debug, FromForm)]
pub struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

enum LoginResult {
    /// Password right; `pending`: the second factor comes next.
    Ok {
        pending: bool,
    },
    Bad,
    Unconfirmed,
    /// Right password, but the account's network or time restriction refuses it.
    Denied,
}

#[post("/login", data = "<form>")]
async fn login(
    app: &State<Arc<App>>,
    ui: Ui,
    rid: RequestId,
    addr: ClientAddr,
    cookies: &CookieJar<'_>,
    form: CsrfForm<LoginForm>,
) -> AppResult<Result<Redirect, (Status, Template)>> {
    let form = form.into_inner();
    let next = local_path(form.next.as_deref());
    let email = normalize_email(&form.email).unwrap_or_else(|| form.email.trim().to_lowercase());
    if !app.limits.allow(&email, &addr.0) {
        return Ok(Err(ui.render_status(
            Status::TooManyRequests,
            "account/login",
            json!({ "next": next, "email": email, "errors": [err("email", "err-login-throttled")] }),
        )));
    }
    let ctx = audit(app, &rid, None);
    let token = auth::new_token();
    // Whatever session this browser had (also one waiting for its second factor) ends.
    let old = session_token(cookies);
    let (password, token2, email2) = (form.password.clone(), token.clone(), email.clone());
    let ip: Option<std::net::IpAddr> = addr.0.parse().ok();
    let result = app
        .db
        .run(move |conn| {
            let user = users::by_email(conn, &email2)?;
            let verified = match &user {
                Some(u) if u.disabled_at.is_none() => match &u.password_hash {
                    Some(hash) => auth::verify_password(&password, hash),
                    None => {
                        auth::dummy_verify(&password);
                        false
                    }
                },
                _ => {
                    auth::dummy_verify(&password);
                    false
                }
            };
            conn.transaction(|tx| match user {
                Some(u) if verified && u.email_confirmed_at.is_none() => {
                    audit_store::record(
                        tx,
                        &ctx,
                        None,
                        "login_refused_unconfirmed",
                        "user",
                        Some(&u.id),
                        &[],
                    )?;
                    Ok(LoginResult::Unconfirmed)
                }
                Some(u) if verified && u.access(ip, ctx.at).is_err() => {
                    audit_store::record(
                        tx,
                        &ctx,
                        None,
                        "login_refused_access",
                        "user",
                        Some(&u.id),
                        &[],
                    )?;
                    Ok(LoginResult::Denied)
                }
                Some(u) if verified => {
                    let id = u.user_id();
                    if let Some(old) = &old {
                        sessions::delete(tx, old)?;
                    }
                    // Staff always need the second factor; parents once they turned it on.
                    let staff = users::grants(tx, &id)?.iter().any(|g| g.role.is_staff());
                    let pending = staff || u.totp_enabled_at.is_some();
                    sessions::create(tx, &id, &token2, ctx.at, !pending)?;
                    let action = if pending { "login_password" } else { "login" };
                    audit_store::record(
                        tx,
                        &ctx.with_actor(&id),
                        None,
                        action,
                        "session",
                        Some(&u.id),
                        &[],
                    )?;
                    Ok(LoginResult::Ok { pending })
                }
                other => {
                    audit_store::record(
                        tx,
                        &ctx,
                        None,
                        "login_failed",
                        "user",
                        other.as_ref().map(|u| u.id.as_str()),
                        &[],
                    )?;
                    Ok(LoginResult::Bad)
                }
            })
        })
        .await?;
    match result {
        LoginResult::Ok { pending } => {
            cookies.add_private(private_cookie(SESSION_COOKIE, token, app.config.behind_tls));
            let target = if pending {
                let next: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
                format!("/login/second-factor?next={next}")
            } else if next == "/" {
                "/account".to_string()
            } else {
                next
            };
            Ok(Ok(Redirect::to(target)))
        }
        LoginResult::Denied => Ok(Err(ui.render_status(
            Status::Forbidden,
            "account/login",
            json!({ "next": next, "email": email, "errors": [err("email", "err-login-restricted")] }),
        ))),
        LoginResult::Bad if app.limits.failed(&email) => Ok(Err(ui.render_status(
            Status::TooManyRequests,
            "account/login",
            json!({ "next": next, "email": email, "errors": [err("email", "err-login-throttled")] }),
        ))),
        LoginResult::Bad => Ok(Err(ui.render_status(
            Status::UnprocessableEntity,
            "account/login",
            json!({ "next": next, "email": email, "errors": [err("email", "err-login-failed")] }),
        ))),
        LoginResult::Unconfirmed => Ok(Err(ui.render_status(
            Status::UnprocessableEntity,
            "account/login",
            json!({ "next": next, "email": email, "errors": [err("email", "err-login-unconfirmed")] }),
        ))),
    }
}

/// A form with nothing but its CSRF token (logout, confirm, disable, …).
#[derive(Debug, FromForm)]
pub struct EmptyForm {
    /// Checked by [`CsrfForm`] before parsing; kept so the form has a field.
    pub csrf: Option<String>,
}

#[post("/logout", data = "<_form>")]
async fn logout(
    app: &State<Arc<App>>,
    rid: RequestId,
    user: AuthUser,
    cookies: &CookieJar<'_>,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    if let Some(token) = session_token(cookies) {
        let ctx = audit(app, &rid, Some(user.id()));
        let id = user.id();
        app.db
            .run(move |conn| {
                conn.transaction(|tx| {
                    sessions::delete(tx, &token)?;
                    audit_store::record(tx, &ctx, None, "logout", "session", Some(id.as_str()), &[])
                })
            })
            .await?;
    }
    cookies.remove_private(SESSION_COOKIE);
    Ok(Flash::success(Redirect::to("/"), "flash-logged-out"))
}

// ---------------------------------------------------------------- registration

#[get("/<_>/register", rank = 10)]
fn register_page(tenant: Tenant, ui: Ui) -> Template {
    ui.render_in(&tenant, "account/register", json!({ "errors": [] }))
}

/// Registration form.
#[derive(Debug, FromForm)]
pub struct RegisterForm {
    email: String,
    password: String,
    password2: String,
}

#[post("/<_>/register", data = "<form>", rank = 10)]
async fn register(
    app: &State<Arc<App>>,
    tenant: Tenant,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<RegisterForm>,
) -> AppResult<Page> {
    let form = form.into_inner();
    let mut errors = Vec::new();
    let email = normalize_email(&form.email);
    if email.is_none() {
        errors.push(err("email", "err-email-invalid"));
    }
    if let Err(p) = check_new_password(&form.password, &form.password2) {
        errors.push(password_error(p));
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Ok(Err((
            Status::UnprocessableEntity,
            ui.render_in(
                &tenant,
                "account/register",
                json!({ "errors": errors, "email": form.email }),
            ),
        )));
    };
    let hash = hash_off_executor(&form.password).await?;
    let ctx = audit(app, &rid, None);
    let lang = ui.lang;
    let base = app.config.public_url.trim_end_matches('/').to_string();
    let token = auth::new_token();
    let tenant2 = tenant.clone();
    app.db
        .run(move |conn| {
            conn.transaction(|tx| match users::by_email(tx, &email)? {
                Some(existing) => {
                    let mail = mail::already_registered(
                        lang,
                        &email,
                        &format!("{base}/login"),
                        &format!("{base}/password/forgot"),
                    );
                    outbox::enqueue(tx, &mail, ctx.at)?;
                    audit_store::record(
                        tx,
                        &ctx,
                        Some(&tenant2.id),
                        "register_existing",
                        "user",
                        Some(&existing.id),
                        &[],
                    )
                }
                None => {
                    let id = users::create(tx, &email, Some(&hash), false, lang, &ctx)?;
                    let ctx = ctx.with_actor(&id);
                    users::grant(
                        tx,
                        &id,
                        Role::Parent,
                        &Scope::Municipality {
                            municipality: tenant2.id.0.clone(),
                            facility: None,
                            provider: None,
                        },
                        &ctx,
                    )?;
                    tokens::issue(tx, &id, TokenPurpose::Confirm, &token, ctx.at)?;
                    let mail = mail::confirm(
                        lang,
                        &email,
                        &format!("{base}/confirm/{token}"),
                        &tenant2.name,
                    );
                    outbox::enqueue(tx, &mail, ctx.at)
                }
            })
        })
        .await?;
    Ok(Ok(ui.render_in(&tenant, "account/check_mail", json!({}))))
}

// ---------------------------------------------------------------- confirmation

fn token_problem_page(ui: &Ui, problem: tokens::TokenProblem) -> (Status, Template) {
    let (status, key) = match problem {
        tokens::TokenProblem::Invalid => (Status::NotFound, "token-invalid"),
        tokens::TokenProblem::Expired => (Status::Gone, "token-expired"),
        tokens::TokenProblem::Used => (Status::Gone, "token-used"),
    };
    ui.render_status(status, "account/token_problem", json!({ "problem": key }))
}

async fn check_token(
    app: &App,
    token: &str,
    purpose: TokenPurpose,
) -> AppResult<Result<UserId, tokens::TokenProblem>> {
    let now = app.clock.now_naive();
    let token = token.to_string();
    app.db
        .run(move |conn| tokens::check(conn, &token, purpose, now))
        .await
}

#[get("/confirm/<token>")]
async fn confirm_page(app: &State<Arc<App>>, ui: Ui, token: &str) -> AppResult<Page> {
    Ok(
        match check_token(app, token, TokenPurpose::Confirm).await? {
            Ok(_) => Ok(ui.render("account/confirm", json!({ "token": token }))),
            Err(p) => Err(token_problem_page(&ui, p)),
        },
    )
}

#[post("/confirm/<token>", data = "<_form>")]
async fn confirm(
    app: &State<Arc<App>>,
    ui: Ui,
    rid: RequestId,
    token: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let ctx = audit(app, &rid, None);
    let token = token.to_string();
    let result = app
        .db
        .run(move |conn| {
            conn.transaction(|tx| {
                match tokens::consume(tx, &token, TokenPurpose::Confirm, ctx.at)? {
                    Ok(user) => {
                        users::confirm_email(tx, &user, &ctx.with_actor(&user)).map(|_| Ok(()))
                    }
                    Err(p) => Ok(Err(p)),
                }
            })
        })
        .await?;
    Ok(match result {
        Ok(()) => Ok(Flash::success(Redirect::to("/login"), "flash-confirmed")),
        Err(p) => Err(token_problem_page(&ui, p)),
    })
}

// ---------------------------------------------------------------- password reset

#[get("/password/forgot")]
fn forgot_page(ui: Ui) -> Template {
    ui.render("account/forgot", json!({ "errors": [] }))
}

/// "Forgot password" form.
#[derive(Debug, FromForm)]
pub struct ForgotForm {
    email: String,
}

#[post("/password/forgot", data = "<form>")]
async fn forgot(
    app: &State<Arc<App>>,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<ForgotForm>,
) -> AppResult<Page> {
    let Some(email) = normalize_email(&form.email) else {
        return Ok(Err(ui.render_status(
            Status::UnprocessableEntity,
            "account/forgot",
            json!({ "errors": [err("email", "err-email-invalid")], "email": form.email }),
        )));
    };
    let ctx = audit(app, &rid, None);
    let lang = ui.lang;
    let base = app.config.public_url.trim_end_matches('/').to_string();
    let token = auth::new_token();
    app.db
        .run(move |conn| {
            conn.transaction(|tx| {
                let Some(user) = users::by_email(tx, &email)? else {
                    return Ok(());
                };
                if user.disabled_at.is_some() {
                    return Ok(());
                }
                let id = user.user_id();
                tokens::issue(tx, &id, TokenPurpose::Reset, &token, ctx.at)?;
                outbox::enqueue(
                    tx,
                    &mail::reset(lang, &email, &format!("{base}/password/reset/{token}")),
                    ctx.at,
                )?;
                audit_store::record(
                    tx,
                    &ctx,
                    None,
                    "password_reset_requested",
                    "user",
                    Some(&user.id),
                    &[],
                )
            })
        })
        .await?;
    Ok(Ok(ui.render("account/forgot_sent", json!({}))))
}

#[get("/password/reset/<token>")]
async fn reset_page(app: &State<Arc<App>>, ui: Ui, token: &str) -> AppResult<Page> {
    Ok(match check_token(app, token, TokenPurpose::Reset).await? {
        Ok(_) => Ok(ui.render(
            "account/set_password",
            json!({ "action": format!("/password/reset/{token}"), "errors": [] }),
        )),
        Err(p) => Err(token_problem_page(&ui, p)),
    })
}

/// New password form (reset and invitation).
#[derive(Debug, FromForm)]
pub struct PasswordForm {
    password: String,
    password2: String,
}

async fn set_password_with_token(
    app: &App,
    ui: &Ui,
    rid: &RequestId,
    token: &str,
    purpose: TokenPurpose,
    form: PasswordForm,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let action = match purpose {
        TokenPurpose::Invite => format!("/invite/{token}"),
        _ => format!("/password/reset/{token}"),
    };
    if let Err(p) = check_token(app, token, purpose).await? {
        return Ok(Err(token_problem_page(ui, p)));
    }
    if let Err(p) = check_new_password(&form.password, &form.password2) {
        return Ok(Err(ui.render_status(
            Status::UnprocessableEntity,
            "account/set_password",
            json!({ "action": action, "errors": [password_error(p)] }),
        )));
    }
    let hash = hash_off_executor(&form.password).await?;
    let ctx = audit(app, rid, None);
    let token = token.to_string();
    let result = app
        .db
        .run(move |conn| {
            conn.transaction(|tx| match tokens::consume(tx, &token, purpose, ctx.at)? {
                Ok(user) => {
                    let ctx = ctx.with_actor(&user);
                    users::set_password(tx, &user, &hash, &ctx)?;
                    // The link arrived by e-mail, so the address is proven (this also rescues
                    // a parent whose confirmation link expired).
                    users::confirm_email(tx, &user, &ctx)?;
                    Ok(Ok(()))
                }
                Err(p) => Ok(Err(p)),
            })
        })
        .await?;
    Ok(match result {
        Ok(()) => Ok(Flash::success(Redirect::to("/login"), "flash-password-set")),
        Err(p) => Err(token_problem_page(ui, p)),
    })
}

#[post("/password/reset/<token>", data = "<form>")]
async fn reset(
    app: &State<Arc<App>>,
    ui: Ui,
    rid: RequestId,
    token: &str,
    form: CsrfForm<PasswordForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    set_password_with_token(
        app,
        &ui,
        &rid,
        token,
        TokenPurpose::Reset,
        form.into_inner(),
    )
    .await
}

#[get("/invite/<token>")]
async fn invite_page(app: &State<Arc<App>>, ui: Ui, token: &str) -> AppResult<Page> {
    Ok(match check_token(app, token, TokenPurpose::Invite).await? {
        Ok(_) => Ok(ui.render(
            "account/set_password",
            json!({ "action": format!("/invite/{token}"), "invite": true, "errors": [] }),
        )),
        Err(p) => Err(token_problem_page(&ui, p)),
    })
}

#[post("/invite/<token>", data = "<form>")]
async fn invite(
    app: &State<Arc<App>>,
    ui: Ui,
    rid: RequestId,
    token: &str,
    form: CsrfForm<PasswordForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    set_password_with_token(
        app,
        &ui,
        &rid,
        token,
        TokenPurpose::Invite,
        form.into_inner(),
    )
    .await
}

// ---------------------------------------------------------------- account page

#[get("/account")]
async fn account_page(app: &State<Arc<App>>, ui: Ui, user: AuthUser) -> AppResult<Template> {
    let id = user.id();
    let (roles, codes_left) = app
        .db
        .run(move |conn| {
            Ok::<_, AppError>((
                users::role_views(conn, &id)?,
                crate::store::second_factor::recovery_codes_left(conn, &id)?,
            ))
        })
        .await?;
    let staff = user.0.grants.iter().any(|g| g.role.is_staff());
    Ok(ui.render(
        "account/account",
        json!({ "roles": roles, "email": user.0.user.email,
                "second_factor": user.0.user.totp_enabled_at.is_some(),
                "staff": staff, "codes_left": codes_left, "errors": [] }),
    ))
}
