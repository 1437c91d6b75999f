//! Letters: the municipality admin edits the templates (with a PDF preview from demo data,
//! every save a new version); parents and the youth office download the letters kept with an
//! application.

use std::io::Cursor;
use std::sync::Arc;

use rocket::form::FromForm;
use rocket::http::{ContentType, Header, Status};
use rocket::response::{self, Flash, Redirect, Responder};
use rocket::{get, post, routes, Request, Response, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::audit;
use super::csrf::CsrfForm;
use super::guards::{MunicipalityAdmin, ParentOf, RequestId, YouthOffice};
use super::ui::Ui;
use crate::error::{AppError, AppResult};
use crate::letters::{self, Kind, TemplateError, Vars};
use crate::store::{households, letters as store};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        templates_page,
        template_page,
        save_template,
        parent_letter,
        parent_translation,
        office_letter
    ]
}

/// A PDF download.
pub struct Pdf {
    /// File name.
    pub name: &'static str,
    /// Shown in the browser (preview) rather than saved.
    pub inline: bool,
    /// The document.
    pub bytes: Vec<u8>,
}

impl<'r> Responder<'r, 'static> for Pdf {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        let disposition = if self.inline { "inline" } else { "attachment" };
        Response::build()
            .header(ContentType::PDF)
            .header(Header::new(
                "Content-Disposition",
                format!("{disposition}; filename=\"{}\"", self.name),
            ))
            .header(Header::new("Cache-Control", "no-store"))
            .sized_body(self.bytes.len(), Cursor::new(self.bytes))
            .ok()
    }
}

fn kind_of(code: &str) -> AppResult<Kind> {
    Kind::from_code(code).ok_or(AppError::NotFound)
}

#[get("/<_>/admin/letters", rank = 10)]
async fn templates_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
) -> AppResult<Template> {
    let tenant = admin.tenant.id.clone();
    let current = app
        .db
        .run(move |c| {
            Kind::ALL
                .into_iter()
                .map(|k| Ok((k, store::current(c, &tenant, k)?)))
                .collect::<AppResult<Vec<_>>>()
        })
        .await?;
    let kinds: Vec<Value> = current
        .into_iter()
        .map(|(k, t)| {
            json!({
                "code": k.code(), "version": t.version,
                "saved_local": (t.version > 0).then(|| super::berlin_time(t.created_at)),
            })
        })
        .collect();
    Ok(ui.render_in(&admin.tenant, "office/letters", json!({ "kinds": kinds })))
}

async fn render_template_page(
    app: &App,
    admin: &MunicipalityAdmin,
    ui: &Ui,
    kind: Kind,
    form: Option<(String, String)>,
    error: Option<String>,
) -> AppResult<Template> {
    let tenant = admin.tenant.id.clone();
    let (current, versions) = app
        .db
        .run(move |c| {
            Ok((
                store::current(c, &tenant, kind)?,
                store::versions(c, &tenant, kind)?,
            ))
        })
        .await?;
    let (subject, body) = form.unwrap_or((current.subject.clone(), current.body.clone()));
    let versions: Vec<Value> = versions
        .into_iter()
        .map(|v| json!({ "version": v.version, "saved_local": super::berlin_time(v.created_at) }))
        .collect();
    let variables: Vec<Value> = kind
        .variables()
        .iter()
        .map(|(name, key)| json!({ "placeholder": format!("{{{{ {name} }}}}"), "key": key }))
        .collect();
    Ok(ui.render_in(
        &admin.tenant,
        "office/letter",
        json!({
            "kind": kind.code(), "version": current.version, "subject": subject, "body": body,
            "versions": versions, "variables": variables, "error": error,
        }),
    ))
}

#[get("/<_>/admin/letters/<kind>", rank = 10)]
async fn template_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    kind: &str,
) -> AppResult<Template> {
    render_template_page(app, &admin, &ui, kind_of(kind)?, None, None).await
}

/// The template form; `action` is `preview` (a PDF with demo data, nothing saved) or `save`.
#[derive(Debug, FromForm)]
pub struct TemplateForm {
    subject: String,
    body: String,
    action: String,
}

fn template_error(ui: &Ui, e: &TemplateError) -> String {
    match e {
        TemplateError::Empty => crate::i18n::t(ui.lang, "err-letter-empty"),
        TemplateError::TooLong => crate::i18n::t(ui.lang, "err-letter-too-long"),
        TemplateError::Statement(s) => {
            crate::i18n::t_args(ui.lang, "err-letter-statement", &[("statement", s.clone())])
        }
        TemplateError::Invalid(m) => {
            crate::i18n::t_args(ui.lang, "err-letter-invalid", &[("message", m.clone())])
        }
    }
}

/// What saving or previewing a template answers.
#[derive(Responder)]
pub enum Saved {
    /// The preview PDF.
    Preview(Pdf),
    /// Saved: back to the form.
    Done(Flash<Redirect>),
    /// Refused: the form with the error.
    Refused((Status, Template)),
}

#[post("/<_>/admin/letters/<kind>", data = "<form>", rank = 10)]
async fn save_template(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    kind: &str,
    form: CsrfForm<TemplateForm>,
) -> AppResult<Saved> {
    let kind = kind_of(kind)?;
    let f = form.into_inner();
    // Line ends as typed in a browser (CRLF) are kept as plain newlines.
    let (subject, body) = (
        f.subject.replace("\r\n", "\n"),
        f.body.replace("\r\n", "\n"),
    );
    let today = app.clock.now_naive().date();
    let demo = kind.demo(&admin.tenant.name, today);
    let rendered = match letters::render(&subject, &body, &demo) {
        Ok(r) => r,
        Err(e) => {
            let msg = template_error(&ui, &e);
            let page =
                render_template_page(app, &admin, &ui, kind, Some((subject, body)), Some(msg))
                    .await?;
            return Ok(Saved::Refused((Status::UnprocessableEntity, page)));
        }
    };
    if f.action == "preview" {
        let pdf = letters::pdf(
            vec![admin.tenant.name.clone(), "Jugendamt".into()],
            vec![
                "Familie Beispiel".into(),
                "Musterweg 1".into(),
                "12345 Musterstadt".into(),
            ],
            format!("{}, {}", admin.tenant.name, letters::date(today)),
            &rendered.0,
            &rendered.1,
        )
        .map_err(AppError::Internal)?;
        return Ok(Saved::Preview(Pdf {
            name: "Vorschau.pdf",
            inline: true,
            bytes: pdf,
        }));
    }
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    let saved = app
        .db
        .run(move |c| {
            diesel::Connection::transaction(c, |tx| {
                store::save(tx, &tenant, kind, &subject, &body, &ctx)
            })
        })
        .await;
    let back = Redirect::to(format!(
        "/{}/admin/letters/{}",
        admin.tenant.slug,
        kind.code()
    ));
    match saved {
        Ok(_) => Ok(Saved::Done(Flash::success(back, "flash-letter-saved"))),
        // Two admins saving at the same moment: one version number wins.
        Err(AppError::Conflict(_)) => Ok(Saved::Done(Flash::error(back, "err-letter-concurrent"))),
        Err(e) => Err(e),
    }
}

async fn letter_pdf(
    app: &App,
    tenant: crate::ids::TenantId,
    application: &str,
    letter: &str,
) -> AppResult<Pdf> {
    let (application, letter) = (application.to_string(), letter.to_string());
    app.db
        .run(move |c| {
            let (l, kept) = store::get(c, &letter)?.ok_or(AppError::NotFound)?;
            if l.municipality_id != tenant.as_str() || l.application_id != application {
                return Err(AppError::NotFound);
            }
            let bytes = letters::pdf_of(c, &l, kept)?;
            Ok(Pdf {
                name: letters::file_name(&l.kind),
                inline: false,
                bytes,
            })
        })
        .await
}

/// The parent's own application, or 404.
async fn own_application(app: &App, parent: &ParentOf, id: &str) -> AppResult<()> {
    let (user, tenant, id) = (parent.user_id(), parent.tenant.id.clone(), id.to_string());
    let own = app
        .db
        .run(move |c| {
            let Some(h) = households::find_household(c, &user)? else {
                return Ok(false);
            };
            Ok(crate::store::applications::get(c, &tenant, Some(&h), &id)?.is_some())
        })
        .await?;
    if own {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[get("/<_>/applications/<id>/letters/<letter>", rank = 10)]
async fn parent_letter(
    app: &State<Arc<App>>,
    parent: ParentOf,
    id: &str,
    letter: &str,
) -> AppResult<Pdf> {
    own_application(app, &parent, id).await?;
    letter_pdf(app, parent.tenant.id.clone(), id, letter).await
}

/// A letter in the parent's language: a courtesy translation from the shipped (or the
/// municipality's adapted) text and the values the German letter was made with.
#[get("/<_>/applications/<id>/letters/<letter>/translation", rank = 10)]
async fn parent_translation(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    id: &str,
    letter: &str,
) -> AppResult<Template> {
    own_application(app, &parent, id).await?;
    let (tenant, application, letter) =
        (parent.tenant.id.clone(), id.to_string(), letter.to_string());
    let kept = app
        .db
        .run(move |c| {
            let (l, _) = store::get(c, &letter)?.ok_or(AppError::NotFound)?;
            if l.municipality_id != tenant.as_str() || l.application_id != application {
                return Err(AppError::NotFound);
            }
            Ok(l)
        })
        .await?;
    let vars: Vars = kept
        .vars
        .as_deref()
        .and_then(|v| serde_json::from_str(v).ok())
        .ok_or(AppError::NotFound)?;
    Ok(ui.render_in(
        &parent.tenant,
        "applications/letter",
        json!({
            "application_id": id,
            "letter": { "id": kept.id, "kind": kept.kind, "subject": kept.subject },
            "vars": vars.for_language(ui.lang),
        }),
    ))
}

#[get("/<_>/office/applications/<id>/letters/<letter>", rank = 10)]
async fn office_letter(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    letter: &str,
) -> AppResult<Pdf> {
    let pdf = letter_pdf(app, staff.tenant.id.clone(), id, letter).await?;
    let (ctx, tenant, letter) = (
        audit(app, &rid, Some(staff.user_id())),
        staff.tenant.id.clone(),
        letter.to_string(),
    );
    app.db
        .run(move |c| crate::store::audit::read(c, &ctx, &tenant, "letter", &letter))
        .await?;
    Ok(pdf)
}

/// Letters of an application for its page (newest first).
pub async fn list(app: &App, tenant: crate::ids::TenantId, application: &str) -> AppResult<Value> {
    let application = application.to_string();
    let letters = app
        .db
        .run(move |c| store::of_application(c, &tenant, &application))
        .await?;
    Ok(json!(letters
        .into_iter()
        .map(|l| json!({
            "id": l.id, "kind": l.kind, "subject": l.subject, "translatable": l.vars.is_some(),
            "at_local": super::berlin_time(l.created_at),
        }))
        .collect::<Vec<_>>()))
}
