//! The second factor in the browser: the code step after the password, enrolment (QR code
//! rendered on the server, the secret as text for typing, recovery codes shown once), and on
//! the account page new recovery codes and, for parents, turning it off. Staff must have it:
//! a staff login without it goes straight to enrolment.

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
use super::guards::{session_token, AuthUser, ClientAddr, RequestId, SESSION_COOKIE};
use super::public::local_path;
use super::ui::Ui;
use crate::domain::second_factor::{accept_code, grouped_base32, looks_like_totp, totp};
use crate::error::{AppError, AppResult};
use crate::ids::UserId;
use crate::store::users::User;
use crate::store::{audit as audit_store, second_factor, sessions};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        login_step_page,
        login_step,
        enrol_page,
        enrol,
        renew_codes,
        disable
    ]
}

type Page = Result<Template, (Status, Template)>;

/// Where the enrolment form posts: during the login, or from the account page.
const LOGIN_STEP: &str = "/login/second-factor";
const ACCOUNT_STEP: &str = "/account/second-factor";

fn error(key: &'static str) -> Vec<FieldError> {
    vec![FieldError { field: "code", key }]
}

/// The QR code of an `otpauth://` address as inline SVG (no image request, no script).
fn qr_svg(url: &str) -> AppResult<String> {
    let code = qrcode::QrCode::new(url.as_bytes())
        .map_err(|e| AppError::Internal(format!("qr code: {e}")))?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    // The XML declaration is not allowed inside HTML.
    Ok(match svg.find("<svg") {
        Some(i) => svg[i..].to_string(),
        None => svg,
    })
}

/// What the enrolment page shows for a secret.
fn enrolment_view(secret: &[u8], email: &str) -> AppResult<serde_json::Value> {
    let t = totp(secret, email).ok_or_else(|| AppError::Internal("totp secret".into()))?;
    let url = t
        .to_url()
        .map_err(|e| AppError::Internal(format!("otpauth url: {e}")))?;
    Ok(json!({ "qr": qr_svg(&url)?, "secret": grouped_base32(&t), "otpauth": url }))
}

/// The account of the pending (password-only) session of this browser.
async fn pending_user(app: &App, cookies: &CookieJar<'_>) -> AppResult<Option<(String, User)>> {
    let Some(token) = session_token(cookies) else {
        return Ok(None);
    };
    let now = app.clock.now_naive();
    let t = token.clone();
    let user = app
        .db
        .run(move |conn| sessions::pending(conn, &t, now))
        .await?;
    Ok(user.map(|u| (token, u)))
}

fn unix(app: &App) -> i64 {
    app.clock.now().timestamp()
}

/// Second-factor form (code or recovery code, and where to go next).
#[derive(Debug, FromForm)]
pub struct CodeForm {
    code: String,
    next: Option<String>,
}

// ---------------------------------------------------------------- after the password

#[get("/login/second-factor?<next>")]
async fn login_step_page(
    app: &State<Arc<App>>,
    ui: Ui,
    cookies: &CookieJar<'_>,
    next: Option<&str>,
) -> AppResult<Result<Template, Redirect>> {
    let next = local_path(next);
    let Some((_, user)) = pending_user(app, cookies).await? else {
        return Ok(Err(Redirect::to("/login?expired=true")));
    };
    if user.totp_enabled_at.is_some() {
        return Ok(Ok(ui.render(
            "account/second_factor",
            json!({ "next": next, "errors": [] }),
        )));
    }
    let (_, page) = enrolment_page(app, &ui, &user, &next, LOGIN_STEP, Status::Ok, vec![]).await?;
    Ok(Ok(page))
}

/// How a typed code was checked.
enum Checked {
    /// Accepted: the session is verified (enrolled: with these new recovery codes).
    Ok(Option<Vec<String>>),
    /// Wrong, used or replayed.
    Wrong,
}

/// Checks a code for `user` and, when right, verifies the session `token` — all in one
/// transaction, so a code cannot be used twice.
async fn check_and_verify(
    app: &App,
    rid: &RequestId,
    user: &User,
    token: String,
    code: String,
) -> AppResult<Checked> {
    let keys = app.field_keys()?;
    let ctx = audit(app, rid, Some(user.user_id()));
    let id = user.user_id();
    let email = user.email.clone();
    let now = unix(app);
    app.db
        .run(move |conn| {
            conn.transaction(|tx| {
                let Some(secret) = second_factor::secret(tx, &keys, &id)? else {
                    return Ok(Checked::Wrong);
                };
                let t = totp(&secret.bytes, &email)
                    .ok_or_else(|| AppError::Internal("totp secret".into()))?;
                let step = looks_like_totp(&code)
                    .then(|| accept_code(&t, &code, now, secret.last_step))
                    .flatten();
                let (how, codes) = match (secret.enabled, step) {
                    (true, Some(step)) if second_factor::use_step(tx, &id, step)? => ("totp", None),
                    (true, None) if second_factor::use_recovery_code(tx, &id, &code, ctx.at)? => {
                        ("recovery_code", None)
                    }
                    (false, Some(step)) => {
                        ("totp", Some(second_factor::confirm(tx, &id, step, &ctx)?))
                    }
                    _ => {
                        audit_store::record(
                            tx,
                            &ctx,
                            None,
                            "second_factor_failed",
                            "user",
                            Some(id.as_str()),
                            &[],
                        )?;
                        return Ok(Checked::Wrong);
                    }
                };
                if !sessions::verify(tx, &token, ctx.at)? {
                    return Err(AppError::Conflict("session already verified".into()));
                }
                audit_store::record(
                    tx,
                    &ctx,
                    None,
                    "login",
                    "session",
                    Some(id.as_str()),
                    &[how],
                )?;
                Ok(Checked::Ok(codes))
            })
        })
        .await
}

#[post("/login/second-factor", data = "<form>")]
async fn login_step(
    app: &State<Arc<App>>,
    ui: Ui,
    rid: RequestId,
    addr: ClientAddr,
    cookies: &CookieJar<'_>,
    form: CsrfForm<CodeForm>,
) -> AppResult<Result<Redirect, Page>> {
    let form = form.into_inner();
    let next = local_path(form.next.as_deref());
    let Some((token, user)) = pending_user(app, cookies).await? else {
        return Ok(Err(Ok(ui.render(
            "account/login",
            json!({ "next": next, "errors": [], "session_expired": true }),
        ))));
    };
    if !app.limits.allow(&user.email, &addr.0) {
        return Ok(Err(retry(
            app,
            &ui,
            &user,
            &next,
            Status::TooManyRequests,
            "err-login-throttled",
        )
        .await?));
    }
    match check_and_verify(app, &rid, &user, token, form.code.clone()).await? {
        Checked::Ok(None) => Ok(Ok(Redirect::to(after_login(&next)))),
        Checked::Ok(Some(codes)) => Ok(Err(Ok(ui.render(
            "account/recovery_codes",
            json!({ "codes": codes, "next": after_login(&next) }),
        )))),
        Checked::Wrong => {
            let (status, key) = if app.limits.failed(&user.email) {
                (Status::TooManyRequests, "err-login-throttled")
            } else {
                (Status::UnprocessableEntity, "tfa-wrong-code")
            };
            Ok(Err(retry(app, &ui, &user, &next, status, key).await?))
        }
    }
}

/// The code page (or, not yet enrolled, the enrolment page) again, with an error.
async fn retry(
    app: &App,
    ui: &Ui,
    user: &User,
    next: &str,
    status: Status,
    key: &'static str,
) -> AppResult<Page> {
    if user.totp_enabled_at.is_some() {
        return Ok(Err(ui.render_status(
            status,
            "account/second_factor",
            json!({ "next": next, "errors": error(key) }),
        )));
    }
    Ok(Err(enrolment_page(
        app,
        ui,
        user,
        next,
        LOGIN_STEP,
        status,
        error(key),
    )
    .await?))
}

fn after_login(next: &str) -> String {
    if next == "/" {
        "/account".to_string()
    } else {
        next.to_string()
    }
}

/// The enrolment page for `user` (the enrolment already started, or a new secret), with
/// `errors`; the form posts to `action`.
async fn enrolment_page(
    app: &App,
    ui: &Ui,
    user: &User,
    next: &str,
    action: &str,
    status: Status,
    errors: Vec<FieldError>,
) -> AppResult<(Status, Template)> {
    let keys = app.field_keys()?;
    let id = user.user_id();
    let secret = app
        .db
        .run(move |conn| second_factor::start_enrolment(conn, &keys, &id))
        .await?;
    let mut ctx = enrolment_view(&secret, &user.email)?;
    ctx["next"] = json!(next);
    ctx["errors"] = json!(errors);
    ctx["action"] = json!(action);
    Ok(ui.render_status(status, "account/second_factor_enrol", ctx))
}

// ---------------------------------------------------------------- from the account page

#[get("/account/second-factor")]
async fn enrol_page(
    app: &State<Arc<App>>,
    ui: Ui,
    user: AuthUser,
) -> AppResult<Result<Template, Redirect>> {
    let me = user.0.user;
    if me.totp_enabled_at.is_some() {
        return Ok(Err(Redirect::to("/account")));
    }
    let (_, page) =
        enrolment_page(app, &ui, &me, "/account", ACCOUNT_STEP, Status::Ok, vec![]).await?;
    Ok(Ok(page))
}

/// Checks a TOTP code of an enrolled (or enrolling) account outside the login.
async fn code_step(app: &App, me: &User, code: &str) -> AppResult<Option<(UserId, i64)>> {
    let keys = app.field_keys()?;
    let id = me.user_id();
    let (email, code, now) = (me.email.clone(), code.to_string(), unix(app));
    app.db
        .run(move |conn| {
            let Some(secret) = second_factor::secret(conn, &keys, &id)? else {
                return Ok(None);
            };
            let t = totp(&secret.bytes, &email)
                .ok_or_else(|| AppError::Internal("totp secret".into()))?;
            Ok(accept_code(&t, &code, now, secret.last_step).map(|s| (id, s)))
        })
        .await
}

#[post("/account/second-factor", data = "<form>")]
async fn enrol(
    app: &State<Arc<App>>,
    ui: Ui,
    rid: RequestId,
    user: AuthUser,
    form: CsrfForm<CodeForm>,
) -> AppResult<Result<Redirect, Page>> {
    let me = user.0.user.clone();
    if me.totp_enabled_at.is_some() {
        return Ok(Ok(Redirect::to("/account")));
    }
    let Some((id, step)) = code_step(app, &me, &form.code).await? else {
        let page = enrolment_page(
            app,
            &ui,
            &me,
            "/account",
            ACCOUNT_STEP,
            Status::UnprocessableEntity,
            error("tfa-wrong-code"),
        )
        .await?;
        return Ok(Err(Err(page)));
    };
    let ctx = audit(app, &rid, Some(id.clone()));
    let codes = app
        .db
        .run(move |conn| conn.transaction(|tx| second_factor::confirm(tx, &id, step, &ctx)))
        .await?;
    Ok(Err(Ok(ui.render(
        "account/recovery_codes",
        json!({ "codes": codes, "next": "/account" }),
    ))))
}

#[post("/account/second-factor/recovery-codes", data = "<form>")]
async fn renew_codes(
    app: &State<Arc<App>>,
    ui: Ui,
    rid: RequestId,
    user: AuthUser,
    form: CsrfForm<CodeForm>,
) -> AppResult<Result<Template, Flash<Redirect>>> {
    let me = user.0.user.clone();
    let found = match me.totp_enabled_at {
        Some(_) => code_step(app, &me, &form.code).await?,
        None => None,
    };
    let Some((id, step)) = found else {
        return Ok(Err(Flash::error(
            Redirect::to("/account"),
            "flash-tfa-wrong-code",
        )));
    };
    let ctx = audit(app, &rid, Some(id.clone()));
    let codes = app
        .db
        .run(move |conn| {
            conn.transaction(|tx| {
                if !second_factor::use_step(tx, &id, step)? {
                    return Ok(None);
                }
                let codes = second_factor::new_recovery_codes(tx, &id, ctx.at)?;
                audit_store::record(
                    tx,
                    &ctx,
                    None,
                    "recovery_codes_renewed",
                    "user",
                    Some(id.as_str()),
                    &[],
                )?;
                Ok(Some(codes))
            })
        })
        .await?;
    match codes {
        Some(codes) => Ok(Ok(ui.render(
            "account/recovery_codes",
            json!({ "codes": codes, "next": "/account" }),
        ))),
        None => Ok(Err(Flash::error(
            Redirect::to("/account"),
            "flash-tfa-wrong-code",
        ))),
    }
}

#[post("/account/second-factor/disable", data = "<form>")]
async fn disable(
    app: &State<Arc<App>>,
    rid: RequestId,
    user: AuthUser,
    cookies: &CookieJar<'_>,
    form: CsrfForm<CodeForm>,
) -> AppResult<Flash<Redirect>> {
    if user.0.grants.iter().any(|g| g.role.is_staff()) {
        // Staff cannot turn it off; a municipality administrator can reset it.
        return Err(AppError::Forbidden);
    }
    let me = user.0.user.clone();
    let found = match me.totp_enabled_at {
        Some(_) => code_step(app, &me, &form.code).await?,
        None => None,
    };
    let Some((id, _)) = found else {
        return Ok(Flash::error(
            Redirect::to("/account"),
            "flash-tfa-wrong-code",
        ));
    };
    let ctx = audit(app, &rid, Some(id.clone()));
    app.db
        .run(move |conn| {
            conn.transaction(|tx| {
                second_factor::remove(tx, &id, None, "second_factor_disabled", &ctx)
            })
        })
        .await?;
    cookies.remove_private(SESSION_COOKIE);
    Ok(Flash::success(Redirect::to("/login"), "flash-tfa-disabled"))
}
