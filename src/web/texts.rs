//! Municipality administrators replace texts of the portal (labels, help texts, notices) by
//! their own, per language; where they enter nothing the shipped text applies.

use std::collections::{BTreeSet, HashMap};
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

/// What the page needs: the stored overrides and the municipality's own translatable texts.
struct Sources {
    stored: Vec<TextOverride>,
    own: Vec<(String, String)>,
}

impl Sources {
    async fn load(app: &App, admin: &MunicipalityAdmin) -> AppResult<Sources> {
        let tenant = admin.tenant.id.clone();
        app.db
            .run(move |conn| {
                Ok(Sources {
                    stored: texts::all(conn, &tenant)?,
                    own: texts::own_sources(conn, &tenant)?,
                })
            })
            .await
    }

    /// The text that applies in `lang` when the municipality enters nothing: the shipped
    /// catalogue text, or for its own texts the German original. `None`: no such key.
    fn shipped(&self, key: &str, lang: &str) -> Option<String> {
        match self.own.iter().find(|(k, _)| k == key) {
            Some((_, text)) => Some(text.clone()),
            None => i18n::all_keys()
                .iter()
                .any(|k| k == key)
                .then(|| i18n::t(lang, key)),
        }
    }

    /// Placeholders an override of `key` may use (the municipality's own texts have none).
    fn placeholders(&self, key: &str) -> BTreeSet<String> {
        if self.own.iter().any(|(k, _)| k == key) {
            BTreeSet::new()
        } else {
            i18n::placeholders(key).unwrap_or_default()
        }
    }

    /// Keys whose key, German or English text, or the municipality's text contain `query`
    /// (case-insensitive): its own texts first, then the catalogue's in order.
    fn search(&self, query: &str) -> Vec<String> {
        let needle = query.to_lowercase();
        let overridden = |key: &str| {
            self.stored
                .iter()
                .any(|o| o.key == key && o.text.to_lowercase().contains(&needle))
        };
        let own = self
            .own
            .iter()
            .filter(|(k, text)| {
                k.contains(&needle) || text.to_lowercase().contains(&needle) || overridden(k)
            })
            .map(|(k, _)| k.clone());
        let shipped = i18n::all_keys()
            .iter()
            .filter(|key| {
                key.contains(&needle)
                    || i18n::t("de", key).to_lowercase().contains(&needle)
                    || i18n::t("en", key).to_lowercase().contains(&needle)
                    || overridden(key)
            })
            .cloned();
        own.chain(shipped).collect()
    }

    fn row(&self, key: &str) -> Value {
        let langs: Vec<&str> = self
            .stored
            .iter()
            .filter(|o| o.key == key)
            .map(|o| o.lang.as_str())
            .collect();
        json!({ "key": key, "shipped": self.shipped(key, "de").unwrap_or_default(), "langs": langs })
    }

    /// The edit page's context: per language the shipped text and the field's value.
    fn edit_context(
        &self,
        key: &str,
        values: &HashMap<String, String>,
        errors: Vec<Value>,
    ) -> Value {
        let placeholders: Vec<String> = self
            .placeholders(key)
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
                    "shipped": self.shipped(key, code).unwrap_or_default(),
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

    fn known(&self, key: &str) -> AppResult<()> {
        match self.shipped(key, "de") {
            Some(_) => Ok(()),
            None => Err(AppError::NotFound),
        }
    }
}

#[get("/<_>/admin/texts?<q>", rank = 10)]
async fn overview(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    q: Option<String>,
) -> AppResult<Template> {
    let sources = Sources::load(app, &admin).await?;
    let query = q
        .unwrap_or_default()
        .trim()
        .chars()
        .take(100)
        .collect::<String>();
    let (results, more) = if query.is_empty() {
        (Vec::new(), false)
    } else {
        let found = sources.search(&query);
        let more = found.len() > MAX_RESULTS;
        let rows: Vec<Value> = found
            .iter()
            .take(MAX_RESULTS)
            .map(|k| sources.row(k))
            .collect();
        (rows, more)
    };
    let mut keys: Vec<&str> = sources.stored.iter().map(|o| o.key.as_str()).collect();
    keys.dedup();
    let current: Vec<Value> = keys.into_iter().map(|k| sources.row(k)).collect();
    Ok(ui.render_in(
        &admin.tenant,
        "office/texts",
        json!({ "q": query, "results": results, "more": more, "current": current }),
    ))
}

#[get("/<_>/admin/texts/<key>", rank = 10)]
async fn edit(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    key: &str,
) -> AppResult<Template> {
    let sources = Sources::load(app, &admin).await?;
    sources.known(key)?;
    let values: HashMap<String, String> = sources
        .stored
        .iter()
        .filter(|o| o.key == key)
        .map(|o| (o.lang.clone(), o.text.clone()))
        .collect();
    Ok(ui.render_in(
        &admin.tenant,
        "office/text",
        sources.edit_context(key, &values, Vec::new()),
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
    allowed: &BTreeSet<String>,
    form: &HashMap<String, String>,
) -> Result<Vec<(String, Option<String>)>, Vec<Value>> {
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
        match overrides::check(&text, allowed) {
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
    let sources = Sources::load(app, &admin).await?;
    sources.known(key)?;
    let submitted = form.into_inner().texts;
    let texts = match checked(&sources.placeholders(key), &submitted) {
        Ok(texts) => texts,
        Err(errors) => {
            return Ok(Err((
                Status::UnprocessableEntity,
                ui.render_in(
                    &admin.tenant,
                    "office/text",
                    sources.edit_context(key, &submitted, errors),
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

    fn sources() -> Sources {
        Sources {
            stored: Vec::new(),
            own: vec![(
                "own-criterion-1-label".into(),
                "Geschwister in der Kita".into(),
            )],
        }
    }

    #[test]
    fn search_finds_shipped_and_own_texts_by_key_and_by_text() {
        let s = sources();
        assert!(s.search("nav-kitas").contains(&"nav-kitas".to_string()));
        assert!(!s.search("barrierefreiheit").is_empty());
        assert_eq!(s.search("geschwister in")[0], "own-criterion-1-label");
        assert_eq!(
            s.shipped("own-criterion-1-label", "tr").as_deref(),
            Some("Geschwister in der Kita")
        );
        assert!(s.placeholders("own-criterion-1-label").is_empty());
        assert!(s.known("own-criterion-2-label").is_err());
    }

    #[test]
    fn submitted_texts_are_checked_per_language() {
        let mut form = HashMap::new();
        form.insert("de".to_string(), "  Eigene Kitas \r\n".to_string());
        form.insert("tr".to_string(), "{ $nope }".to_string());
        let allowed = BTreeSet::new();
        let errors = checked(&allowed, &form).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0]["field"], "text-tr");
        form.remove("tr");
        let texts = checked(&allowed, &form).unwrap();
        assert_eq!(
            texts[0],
            ("de".to_string(), Some("Eigene Kitas".to_string()))
        );
        assert!(texts[1..].iter().all(|(_, t)| t.is_none()));
    }
}
