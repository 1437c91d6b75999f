//! Municipality administrators replace texts of the portal (labels, help texts, notices) by
//! their own, per language; where they enter nothing the shipped text applies.

use std::collections::HashMap;
use std::sync::Arc;

use diesel::Connection;
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
use crate::error::{AppError, AppResult};
use crate::i18n::{self, overrides};
use crate::store::texts::{self, TextOverride};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![overview, edit, save]
}

/// The most search results shown.
const MAX_RESULTS: usize = 50;

async fn stored(app: &App, admin: &MunicipalityAdmin) -> AppResult<Vec<TextOverride>> {
    let tenant = admin.tenant.id.clone();
    app.db.run(move |conn| texts::all(conn, &tenant)).await
}

/// Keys whose key, German or English text, or the municipality's own text contain `query`
/// (case-insensitive), in catalogue order.
fn search<'a>(query: &str, own: &[TextOverride]) -> Vec<&'a str> {
    let needle = query.to_lowercase();
    i18n::all_keys()
        .iter()
        .filter(|key| {
            key.contains(&needle)
                || i18n::t("de", key).to_lowercase().contains(&needle)
                || i18n::t("en", key).to_lowercase().contains(&needle)
                || own
                    .iter()
                    .any(|o| &o.key == *key && o.text.to_lowercase().contains(&needle))
        })
        .map(String::as_str)
        .collect()
}

fn row(key: &str, own: &[TextOverride]) -> Value {
    let langs: Vec<&str> = own
        .iter()
        .filter(|o| o.key == key)
        .map(|o| o.lang.as_str())
        .collect();
    json!({ "key": key, "shipped": i18n::t("de", key), "langs": langs })
}

#[get("/<_>/admin/texts?<q>", rank = 10)]
async fn overview(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    q: Option<String>,
) -> AppResult<Template> {
    let own = stored(app, &admin).await?;
    let query = q
        .unwrap_or_default()
        .trim()
        .chars()
        .take(100)
        .collect::<String>();
    let (results, more) = if query.is_empty() {
        (Vec::new(), false)
    } else {
        let found = search(&query, &own);
        let more = found.len() > MAX_RESULTS;
        let rows: Vec<Value> = found
            .into_iter()
            .take(MAX_RESULTS)
            .map(|k| row(k, &own))
            .collect();
        (rows, more)
    };
    let mut keys: Vec<&str> = own.iter().map(|o| o.key.as_str()).collect();
    keys.dedup();
    let current: Vec<Value> = keys.into_iter().map(|k| row(k, &own)).collect();
    Ok(ui.render_in(
        &admin.tenant,
        "office/texts",
        json!({ "q": query, "results": results, "more": more, "current": current }),
    ))
}

/// The edit page's context: per language the shipped text and the field's value.
fn edit_context(key: &str, values: &HashMap<String, String>, errors: Vec<Value>) -> Value {
    let placeholders: Vec<String> = i18n::placeholders(key)
        .unwrap_or_default()
        .into_iter()
        .map(|p| format!("{{ ${p} }}"))
        .collect();
    let languages: Vec<Value> = i18n::LANGUAGES
        .iter()
        .map(|(code, name, dir)| {
            json!({
                "code": code,
                "name": name,
                "dir": dir,
                "shipped": i18n::t(code, key),
                "value": values.get(*code).cloned().unwrap_or_default(),
            })
        })
        .collect();
    json!({
        "key": key,
        "placeholders": placeholders.join(", "),
        "fields": languages,
        "errors": errors,
    })
}

fn known_key(key: &str) -> AppResult<()> {
    if i18n::all_keys().iter().any(|k| k == key) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[get("/<_>/admin/texts/<key>", rank = 10)]
async fn edit(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    key: &str,
) -> AppResult<Template> {
    known_key(key)?;
    let values: HashMap<String, String> = stored(app, &admin)
        .await?
        .into_iter()
        .filter(|o| o.key == key)
        .map(|o| (o.lang, o.text))
        .collect();
    Ok(ui.render_in(
        &admin.tenant,
        "office/text",
        edit_context(key, &values, Vec::new()),
    ))
}

/// The texts of one key, by language code (`texts[de]`, …).
#[derive(Debug, FromForm)]
pub struct TextsForm {
    texts: HashMap<String, String>,
}

/// Checks the submitted texts: per language `Some(text)` or `None` (shipped text), or the
/// field errors.
fn checked(
    key: &str,
    form: &HashMap<String, String>,
) -> Result<Vec<(String, Option<String>)>, Vec<Value>> {
    let allowed = i18n::placeholders(key).unwrap_or_default();
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (code, _, _) in i18n::LANGUAGES {
        let text = form
            .get(*code)
            .map(|t| t.trim().replace("\r\n", "\n"))
            .unwrap_or_default();
        if text.is_empty() {
            out.push((code.to_string(), None));
            continue;
        }
        match overrides::check(&text, &allowed) {
            Ok(()) => out.push((code.to_string(), Some(text))),
            Err(e) => {
                let arg = match &e {
                    overrides::OverrideError::UnknownPlaceholder(name) => name.clone(),
                    _ => String::new(),
                };
                errors.push(json!({ "field": format!("text-{code}"), "key": e.key(), "arg": arg }));
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

#[post("/<_>/admin/texts/<key>", data = "<form>", rank = 10)]
async fn save(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    key: &str,
    form: CsrfForm<TextsForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    known_key(key)?;
    let submitted = form.into_inner().texts;
    let texts = match checked(key, &submitted) {
        Ok(texts) => texts,
        Err(errors) => {
            return Ok(Err((
                Status::UnprocessableEntity,
                ui.render_in(
                    &admin.tenant,
                    "office/text",
                    edit_context(key, &submitted, errors),
                ),
            )));
        }
    };
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    let owned_key = key.to_string();
    app.db
        .run(move |conn| conn.transaction(|tx| texts::save(tx, &tenant, &owned_key, &texts, &ctx)))
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/admin/texts/{key}", admin.tenant.slug)),
        "flash-saved",
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_finds_keys_by_key_and_by_text() {
        let by_key = search("nav-kitas", &[]);
        assert!(by_key.contains(&"nav-kitas"));
        let by_text = search("barrierefreiheit", &[]);
        assert!(!by_text.is_empty());
    }

    #[test]
    fn submitted_texts_are_checked_per_language() {
        let mut form = HashMap::new();
        form.insert("de".to_string(), "  Eigene Kitas \r\n".to_string());
        form.insert("tr".to_string(), "{ $nope }".to_string());
        let errors = checked("nav-kitas", &form).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0]["field"], "text-tr");
        form.remove("tr");
        let texts = checked("nav-kitas", &form).unwrap();
        assert_eq!(
            texts[0],
            ("de".to_string(), Some("Eigene Kitas".to_string()))
        );
        assert!(texts[1..].iter().all(|(_, t)| t.is_none()));
    }
}
