//! Letter templates (versioned per municipality and kind) and the letters made from them,
//! kept with the child's application.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{letter_templates, letters};
use crate::error::AppResult;
use crate::ids::TenantId;
use crate::letters::Kind;

/// A saved version of a template.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = letter_templates)]
pub struct TemplateVersion {
    /// Version (1, 2, …; the built-in text is version 0).
    pub version: i32,
    /// Subject template.
    pub subject: String,
    /// Body template.
    pub body: String,
    /// Saved at.
    pub created_at: NaiveDateTime,
}

/// Saved versions of a kind, newest first.
pub fn versions(conn: &mut Conn, tenant: &TenantId, kind: Kind) -> AppResult<Vec<TemplateVersion>> {
    Ok(letter_templates::table
        .filter(letter_templates::municipality_id.eq(tenant.as_str()))
        .filter(letter_templates::kind.eq(kind.code()))
        .order(letter_templates::version.desc())
        .select(TemplateVersion::as_select())
        .load(conn)?)
}

/// The template in use: the newest saved version, or the built-in text (version 0).
pub fn current(conn: &mut Conn, tenant: &TenantId, kind: Kind) -> AppResult<TemplateVersion> {
    let newest = letter_templates::table
        .filter(letter_templates::municipality_id.eq(tenant.as_str()))
        .filter(letter_templates::kind.eq(kind.code()))
        .order(letter_templates::version.desc())
        .select(TemplateVersion::as_select())
        .first(conn)
        .optional()?;
    Ok(newest.unwrap_or_else(|| {
        let (subject, body) = kind.default_template();
        TemplateVersion {
            version: 0,
            subject: subject.into(),
            body: body.into(),
            created_at: NaiveDateTime::default(),
        }
    }))
}

/// Saves a new version (already checked by rendering it with demo data); returns its number.
pub fn save(
    conn: &mut Conn,
    tenant: &TenantId,
    kind: Kind,
    subject: &str,
    body: &str,
    ctx: &AuditCtx,
) -> AppResult<i32> {
    let version = current(conn, tenant, kind)?.version + 1;
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(letter_templates::table)
        .values((
            letter_templates::id.eq(&id),
            letter_templates::municipality_id.eq(tenant.as_str()),
            letter_templates::kind.eq(kind.code()),
            letter_templates::version.eq(version),
            letter_templates::subject.eq(subject),
            letter_templates::body.eq(body),
            letter_templates::created_at.eq(ctx.at),
            letter_templates::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "letter_template",
        Some(&id),
        &["kind", "version", "subject", "body"],
    )?;
    Ok(version)
}

/// A letter to be kept.
pub struct NewLetter<'a> {
    /// The application.
    pub application: &'a str,
    /// Kind.
    pub kind: Kind,
    /// Template version used.
    pub template_version: i32,
    /// Address lines, one per line.
    pub recipient: &'a str,
    /// Rendered subject.
    pub subject: &'a str,
    /// Rendered body.
    pub body: &'a str,
    /// The values it was made with (JSON).
    pub vars: &'a str,
}

/// Keeps a letter with the application; returns its id.
pub fn create(
    conn: &mut Conn,
    tenant: &TenantId,
    l: &NewLetter<'_>,
    at: NaiveDateTime,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(letters::table)
        .values((
            letters::id.eq(&id),
            letters::municipality_id.eq(tenant.as_str()),
            letters::application_id.eq(l.application),
            letters::kind.eq(l.kind.code()),
            letters::template_version.eq(l.template_version),
            letters::recipient.eq(l.recipient),
            letters::subject.eq(l.subject),
            letters::body.eq(l.body),
            letters::vars.eq(Some(l.vars)),
            letters::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(id)
}

/// A kept letter (without the PDF).
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = letters)]
pub struct Letter {
    /// Id.
    pub id: String,
    /// Tenant.
    pub municipality_id: String,
    /// Application.
    pub application_id: String,
    /// Kind code.
    pub kind: String,
    /// Template version used.
    pub template_version: i32,
    /// Address lines.
    pub recipient: String,
    /// Subject.
    pub subject: String,
    /// Body.
    pub body: String,
    /// Made at.
    pub created_at: NaiveDateTime,
    /// The values it was made with (JSON; none for letters made before they were kept).
    pub vars: Option<String>,
}

/// Letters of an application, newest first.
pub fn of_application(
    conn: &mut Conn,
    tenant: &TenantId,
    application: &str,
) -> AppResult<Vec<Letter>> {
    Ok(letters::table
        .filter(letters::municipality_id.eq(tenant.as_str()))
        .filter(letters::application_id.eq(application))
        .order(letters::created_at.desc())
        .select(Letter::as_select())
        .load(conn)?)
}

/// One letter of the tenant with its PDF, if made yet.
pub fn get(conn: &mut Conn, id: &str) -> AppResult<Option<(Letter, Option<Vec<u8>>)>> {
    Ok(letters::table
        .filter(letters::id.eq(id))
        .select((Letter::as_select(), letters::pdf))
        .first(conn)
        .optional()?)
}

/// Keeps the PDF made for a letter (only the first one counts).
pub fn set_pdf(conn: &mut Conn, id: &str, pdf: &[u8]) -> AppResult<()> {
    diesel::update(
        letters::table
            .filter(letters::id.eq(id))
            .filter(letters::pdf.is_null()),
    )
    .set(letters::pdf.eq(Some(pdf)))
    .execute(conn)?;
    Ok(())
}
