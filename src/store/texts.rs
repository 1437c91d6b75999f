//! A municipality's text overrides (see [`crate::i18n::overrides`]): stored per language and
//! message key; every change raises `municipalities.texts_version`.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{municipalities, text_overrides};
use crate::error::AppResult;
use crate::i18n::overrides;
use crate::ids::TenantId;

/// One stored override.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct TextOverride {
    /// Language code.
    pub lang: String,
    /// Message key.
    pub key: String,
    /// The municipality's text.
    pub text: String,
    /// Last change (UTC).
    pub updated_at: NaiveDateTime,
}

/// All overrides of a municipality, by key and language.
pub fn all(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<TextOverride>> {
    Ok(text_overrides::table
        .filter(text_overrides::municipality_id.eq(tenant.as_str()))
        .order((text_overrides::message_key, text_overrides::lang))
        .select((
            text_overrides::lang,
            text_overrides::message_key,
            text_overrides::text,
            text_overrides::updated_at,
        ))
        .load(conn)?)
}

/// The municipality's own texts that can be translated like shipped ones, as (key, German
/// text): the current consent text (`own-consent-<version>`, so a new version needs its own
/// translation) and the label and help text of each priority criterion
/// (`own-criterion-<id>-label`, `…-help`).
pub fn own_sources(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<(String, String)>> {
    let mut out = Vec::new();
    if let Some((version, body)) = super::rules::current_consent(conn, tenant)? {
        out.push((format!("own-consent-{version}"), body));
    }
    for c in super::rules::criteria(conn, tenant, false)? {
        out.push((format!("own-criterion-{}-label", c.id), c.label));
        if !c.help_text.is_empty() {
            out.push((format!("own-criterion-{}-help", c.id), c.help_text));
        }
    }
    Ok(out)
}

/// Makes sure the overrides in memory are those of `version` (the municipality row's).
pub fn refresh(conn: &mut Conn, tenant: &TenantId, version: i32) -> AppResult<()> {
    if overrides::cached_version(tenant.as_str()) == Some(version) {
        return Ok(());
    }
    let rows: Vec<(String, String, String)> = all(conn, tenant)?
        .into_iter()
        .map(|o| (o.lang, o.key, o.text))
        .collect();
    overrides::install(tenant.as_str(), version, &rows);
    Ok(())
}

/// Sets the texts of one key: `Some(text)` overrides that language, `None` returns it to the
/// shipped text. Audited with the languages that changed; returns them.
pub fn save(
    conn: &mut Conn,
    tenant: &TenantId,
    key: &str,
    texts: &[(String, Option<String>)],
    ctx: &AuditCtx,
) -> AppResult<Vec<String>> {
    let mut changed = Vec::new();
    for (lang, text) in texts {
        let current: Option<String> = text_overrides::table
            .find((tenant.as_str(), lang.as_str(), key))
            .select(text_overrides::text)
            .first(conn)
            .optional()?;
        if current == *text {
            continue;
        }
        diesel::delete(text_overrides::table.find((tenant.as_str(), lang.as_str(), key)))
            .execute(conn)?;
        if let Some(text) = text {
            diesel::insert_into(text_overrides::table)
                .values((
                    text_overrides::municipality_id.eq(tenant.as_str()),
                    text_overrides::lang.eq(lang),
                    text_overrides::message_key.eq(key),
                    text_overrides::text.eq(text),
                    text_overrides::updated_at.eq(ctx.at),
                    text_overrides::updated_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
                ))
                .execute(conn)?;
        }
        changed.push(lang.clone());
    }
    if !changed.is_empty() {
        diesel::update(municipalities::table.find(tenant.as_str()))
            .set(municipalities::texts_version.eq(municipalities::texts_version + 1))
            .execute(conn)?;
        let fields: Vec<&str> = changed.iter().map(String::as_str).collect();
        audit::record(
            conn,
            ctx,
            Some(tenant),
            "texts.override",
            "message",
            Some(key),
            &fields,
        )?;
    }
    Ok(changed)
}
