//! Rocket routes per portal, guards, CSRF, fairings (request id + logging, security headers)
//! and localised error pages.

pub mod account;
pub mod account_deletion;
pub mod admin;
pub mod admin_rules;
pub mod allocation;
pub mod api;
pub mod api_applications;
pub mod api_tokens;
pub mod applications;
pub mod chart;
pub mod checks;
pub mod contracts;
pub mod csrf;
pub mod data_export;
pub mod directory;
pub mod facilities;
pub mod family;
pub mod fees;
pub mod guards;
pub mod kreis;
pub mod letters;
pub mod office;
pub mod office_applications;
pub mod paper;
pub mod planning;
pub mod public;
pub mod retention;
pub mod review;
pub mod second_factor;
pub mod sepa;
pub mod statistics_exports;
pub mod texts;
pub mod throttle;
pub mod ui;
pub mod user_admin;

use std::sync::Arc;
use std::time::Instant;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::figment::Figment;
use rocket::http::{Header, Status};
use rocket::response::Redirect;
use rocket::{catch, catchers, Build, Data, Request, Response, Rocket};
use rocket_dyn_templates::Template;
use serde_json::json;

use crate::i18n::{self, TeraTranslate};
use crate::App;
use guards::{Lang, RequestId};

/// Content-Security-Policy: nothing but our own origin; no inline script or style.
pub const CSP: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
    base-uri 'none'; object-src 'none'";

/// Builds the Rocket instance.
pub fn build(app: Arc<App>, secret_key: &[u8]) -> Rocket<Build> {
    let config = &app.config;
    let figment = Figment::from(rocket::Config::default())
        .merge(("address", config.address.clone()))
        .merge(("port", config.port))
        .merge(("secret_key", secret_key.to_vec()))
        .merge(("template_dir", config.template_dir.clone()))
        .merge(("ip_header", "X-Real-IP"))
        .merge(("log_level", rocket::config::LogLevel::Critical))
        .merge(("cli_colors", false))
        .merge(("limits.form", "64 KiB"))
        // Uploads (Bestandskinder, birth cohorts): multipart, up to 10 MiB.
        .merge(("limits.data-form", "10 MiB"))
        .merge(("limits.file", "10 MiB"));
    let worker = config.mail_worker;
    let mut rocket = rocket::custom(figment)
        .manage(app.clone())
        .attach(Template::custom(|engines| {
            engines.tera.register_function("t", TeraTranslate);
            engines
                .tera
                .register_function("own", crate::i18n::TeraOwnText);
            engines
                .tera
                .register_function("own_lang", crate::i18n::TeraOwnLang);
            engines.tera.register_filter("ldate", crate::i18n::TeraDate);
        }))
        .attach(RequestLog)
        .attach(SecurityHeaders {
            hsts: app.config.behind_tls,
        })
        .mount("/", public::routes())
        .mount("/", account::routes())
        .mount("/", second_factor::routes())
        .mount("/", account_deletion::routes())
        .mount("/", office::routes())
        .mount("/", user_admin::routes())
        .mount("/", admin::routes())
        .mount("/", admin_rules::routes())
        .mount("/", texts::routes())
        .mount("/", fees::routes())
        .mount("/", data_export::routes())
        .mount("/", retention::routes())
        .mount("/", sepa::routes())
        .mount("/", kreis::routes())
        .mount("/", statistics_exports::routes())
        .mount("/", directory::routes())
        .mount("/", facilities::routes())
        .mount("/", family::routes())
        .mount("/", applications::routes())
        .mount("/", office_applications::routes())
        .mount("/", paper::routes())
        .mount("/", checks::routes())
        .mount("/", allocation::routes())
        .mount("/", review::routes())
        .mount("/", letters::routes())
        .mount("/", contracts::routes())
        .mount("/", api_applications::routes())
        .mount("/", planning::routes())
        .mount("/", api::routes())
        .mount("/", api_tokens::routes())
        .register("/api/v1", api::catchers())
        .register(
            "/",
            catchers![
                bad_request,
                unauthorized,
                forbidden,
                not_found,
                unprocessable,
                too_many,
                internal,
                unavailable,
                conflict,
                payload_too_large
            ],
        );
    if let Some(addr) = app.config.simulator_address() {
        rocket = rocket.attach(crate::checks::simulator_fairing(addr));
    }
    if app.config.job_worker {
        rocket = rocket.attach(crate::jobs::worker_fairing(app.clone()));
    }
    if app.config.register_worker {
        rocket = rocket.attach(crate::checks::worker_fairing(app.clone(), secret_key));
    }
    if worker {
        rocket = rocket.attach(crate::allocation::worker_fairing(app.clone()));
        rocket = rocket.attach(crate::mail::worker_fairing(app));
    }
    rocket
}

/// Request id, timing and one log line per request — route pattern only, never the raw URI
/// (it may carry tokens) and never personal data.
struct RequestLog;

#[derive(Clone, Copy)]
struct Started(Instant);

#[rocket::async_trait]
impl Fairing for RequestLog {
    fn info(&self) -> Info {
        Info {
            name: "request id and log",
            kind: Kind::Request | Kind::Response,
        }
    }

    async fn on_request(&self, req: &mut Request<'_>, _: &mut Data<'_>) {
        RequestId::of(req);
        req.local_cache(|| Started(Instant::now()));
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        let id = RequestId::of(req);
        let started = req.local_cache(|| Started(Instant::now())).0;
        tracing::info!(
            request_id = %id,
            method = %req.method(),
            route = %req.route().map(|r| r.uri.to_string()).unwrap_or_else(|| "-".into()),
            status = res.status().code,
            micros = started.elapsed().as_micros() as u64,
            "request"
        );
        res.set_header(Header::new("X-Request-Id", id));
    }
}

/// Security headers on every response.
struct SecurityHeaders {
    hsts: bool,
}

#[rocket::async_trait]
impl Fairing for SecurityHeaders {
    fn info(&self) -> Info {
        Info {
            name: "security headers",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, _req: &'r Request<'_>, res: &mut Response<'r>) {
        res.set_header(Header::new("Content-Security-Policy", CSP));
        res.set_header(Header::new("X-Content-Type-Options", "nosniff"));
        res.set_header(Header::new("Referrer-Policy", "same-origin"));
        res.set_header(Header::new("X-Frame-Options", "DENY"));
        res.set_header(Header::new(
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()",
        ));
        res.set_header(Header::new("Cross-Origin-Opener-Policy", "same-origin"));
        if self.hsts {
            res.set_header(Header::new(
                "Strict-Transport-Security",
                "max-age=63072000; includeSubDomains",
            ));
        }
        if res.headers().get_one("Cache-Control").is_none() {
            res.set_header(Header::new("Cache-Control", "no-store"));
        }
    }
}

fn error_page(req: &Request<'_>, status: Status) -> Template {
    let lang = Lang::of(req);
    let code = status.code;
    let key = match code {
        400 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503 => format!("error-{code}"),
        _ => "error-500".into(),
    };
    Template::render(
        "errors/error",
        json!({
            "lang": lang,
            "dir": i18n::direction(lang),
            "languages": i18n::LANGUAGES.iter().map(|l| (l.0, l.1)).collect::<Vec<_>>(),
            "here": "%2F",
            "ov": "",
            "code": code,
            "title_key": format!("{key}-title"),
            "text_key": format!("{key}-text"),
            "request_id": RequestId::of(req),
            "nav": [],
        }),
    )
}

#[catch(400)]
fn bad_request(req: &Request<'_>) -> Template {
    error_page(req, Status::BadRequest)
}

/// Not logged in: to the login page, back here afterwards.
#[catch(401)]
fn unauthorized(req: &Request<'_>) -> Redirect {
    let here = req.uri().to_string();
    let next: String = url::form_urlencoded::byte_serialize(here.as_bytes()).collect();
    if req.local_cache(|| guards::SessionExpired(false)).0 {
        Redirect::to(format!("/login?next={next}&expired=true"))
    } else {
        Redirect::to(format!("/login?next={next}"))
    }
}

#[catch(403)]
fn forbidden(req: &Request<'_>) -> Template {
    error_page(req, Status::Forbidden)
}

#[catch(404)]
fn not_found(req: &Request<'_>) -> Template {
    error_page(req, Status::NotFound)
}

#[catch(409)]
fn conflict(req: &Request<'_>) -> Template {
    error_page(req, Status::Conflict)
}

#[catch(413)]
fn payload_too_large(req: &Request<'_>) -> Template {
    error_page(req, Status::PayloadTooLarge)
}

#[catch(422)]
fn unprocessable(req: &Request<'_>) -> Template {
    error_page(req, Status::UnprocessableEntity)
}

#[catch(429)]
fn too_many(req: &Request<'_>) -> Template {
    error_page(req, Status::TooManyRequests)
}

#[catch(500)]
fn internal(req: &Request<'_>) -> Template {
    error_page(req, Status::InternalServerError)
}

#[catch(503)]
fn unavailable(req: &Request<'_>) -> Template {
    error_page(req, Status::ServiceUnavailable)
}

/// A template context with the keys of `extra` added (both JSON objects; `extra` wins).
pub fn merge(mut base: serde_json::Value, extra: serde_json::Value) -> serde_json::Value {
    if let (serde_json::Value::Object(map), serde_json::Value::Object(extra)) = (&mut base, extra) {
        map.extend(extra);
    }
    base
}

/// The German calendar day of a UTC timestamp from the database.
pub fn berlin_day(at: chrono::NaiveDateTime) -> chrono::NaiveDate {
    use chrono::TimeZone;
    chrono_tz::Europe::Berlin
        .from_utc_datetime(&at)
        .date_naive()
}

/// A stored UTC time as German local time (`dd.mm.yyyy hh:mm:ss`).
pub fn berlin_time(at: chrono::NaiveDateTime) -> String {
    use chrono::TimeZone;
    chrono_tz::Europe::Berlin
        .from_utc_datetime(&at)
        .format("%d.%m.%Y %H:%M:%S")
        .to_string()
}

/// The audit context of a request.
pub fn audit(
    app: &App,
    request_id: &RequestId,
    actor: Option<crate::ids::UserId>,
) -> crate::store::audit::AuditCtx {
    crate::store::audit::AuditCtx::new(actor, request_id.0.clone(), app.clock.now_naive())
}
