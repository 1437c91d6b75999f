//! Public pages: the portal start, a municipality's start page, health, language, CSS.

use std::sync::Arc;

use rocket::http::{ContentType, CookieJar, Header, Status};
use rocket::response::Redirect;
use rocket::{get, routes, Responder, Route, State};
use rocket_dyn_templates::Template;
use serde_json::json;

use super::guards::{lang_cookie, Tenant};
use super::ui::Ui;
use crate::error::AppResult;
use crate::i18n;
use crate::store::tenants;
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        index,
        municipality_start,
        healthz,
        set_lang,
        stylesheet,
        accessibility
    ]
}

#[get("/")]
async fn index(app: &State<Arc<App>>, ui: Ui) -> AppResult<Template> {
    let list = app.db.run(tenants::list_municipalities).await?;
    Ok(ui.render("public/index", json!({ "municipalities": list })))
}

#[get("/<_>", rank = 20)]
async fn municipality_start(tenant: Tenant, ui: Ui) -> Template {
    ui.render_in(&tenant, "public/municipality", json!({}))
}

/// The accessibility statement (Erklärung zur Barrierefreiheit, § 12b BGG / BITV 2.0).
#[get("/barrierefreiheit")]
fn accessibility(ui: Ui) -> Template {
    ui.render("public/accessibility", json!({}))
}

#[get("/healthz")]
async fn healthz(app: &State<Arc<App>>) -> (Status, &'static str) {
    let db = app.db.clone();
    let ok = rocket::tokio::task::spawn_blocking(move || db.ping())
        .await
        .unwrap_or(false);
    if ok {
        (Status::Ok, "ok")
    } else {
        (Status::ServiceUnavailable, "database unavailable")
    }
}

/// Only local paths are accepted as redirect targets (no open redirect), and only valid ones:
/// browsers drop tabs and line breaks (`/<tab>/evil` is `//evil`), and a target that is no
/// valid URI (a raw `ä`, space or control character) cannot be sent as `Location` (the
/// redirect would be a 500).
pub fn local_path(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.chars().any(|c| c.is_control() || c.is_whitespace())
                && rocket::http::uri::Origin::parse(n).is_ok() =>
        {
            n.to_string()
        }
        _ => "/".to_string(),
    }
}

#[get("/lang/<code>?<next>")]
fn set_lang(
    app: &State<Arc<App>>,
    code: &str,
    next: Option<&str>,
    cookies: &CookieJar<'_>,
) -> Redirect {
    if let Some(lang) = i18n::supported(code) {
        cookies.add(lang_cookie(lang, app.config.behind_tls));
    }
    Redirect::to(local_path(next))
}

#[derive(Responder)]
struct Css(&'static str, ContentType, Header<'static>);

#[get("/static/app.css")]
fn stylesheet() -> Css {
    Css(
        include_str!("../../static/app.css"),
        ContentType::CSS,
        Header::new("Cache-Control", "public, max-age=3600"),
    )
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_redirects() {
        assert_eq!(local_path(Some("/account")), "/account");
        assert_eq!(local_path(Some("//evil.example")), "/");
        assert_eq!(local_path(Some("https://evil.example")), "/");
        assert_eq!(local_path(Some("/\\evil.example")), "/");
        assert_eq!(local_path(Some("/\t/evil.example")), "/");
        assert_eq!(local_path(Some("/\n/evil.example")), "/");
        assert_eq!(local_path(Some("/a b")), "/");
        assert_eq!(local_path(Some("/kitas/ä")), "/");
        assert_eq!(
            local_path(Some("/musterstadt/kitas?tag=wald&hours=35")),
            "/musterstadt/kitas?tag=wald&hours=35"
        );
        assert_eq!(local_path(None), "/");
    }
}
