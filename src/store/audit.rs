//! The audit log: who changed what, when, in which request — never the personal values.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::Conn;
use crate::db::schema::{api_tokens, audit_log, users};
use crate::error::AppResult;
use crate::ids::{TenantId, UserId};

/// Who acts, in which request, at what time.
#[derive(Debug, Clone)]
pub struct AuditCtx {
    /// The acting user; `None` for anonymous actions (registration, failed login).
    pub actor: Option<UserId>,
    /// The request id (also in the logs and the `X-Request-Id` header).
    pub request_id: String,
    /// When.
    pub at: NaiveDateTime,
    /// The API token that acted (integrations have no user).
    pub token: Option<String>,
}

impl AuditCtx {
    /// A context for `actor` (or nobody) in `request_id` at `at`, without a token.
    pub fn new(actor: Option<UserId>, request_id: impl Into<String>, at: NaiveDateTime) -> Self {
        Self {
            actor,
            request_id: request_id.into(),
            at,
            token: None,
        }
    }

    /// The same context with another actor (e.g. the user who just logged in).
    pub fn with_actor(&self, actor: &UserId) -> Self {
        Self {
            actor: Some(actor.clone()),
            ..self.clone()
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = audit_log)]
struct NewAuditRow<'a> {
    id: String,
    at: NaiveDateTime,
    actor_user_id: Option<&'a str>,
    municipality_id: Option<&'a str>,
    action: &'a str,
    entity_type: &'a str,
    entity_id: Option<&'a str>,
    changed_fields: String,
    request_id: &'a str,
    actor_token_id: Option<&'a str>,
}

/// Writes one audit row. `fields` are the *names* of the changed fields.
pub fn record(
    conn: &mut Conn,
    ctx: &AuditCtx,
    municipality: Option<&TenantId>,
    action: &str,
    entity_type: &str,
    entity_id: Option<&str>,
    fields: &[&str],
) -> AppResult<()> {
    diesel::insert_into(audit_log::table)
        .values(NewAuditRow {
            id: uuid::Uuid::new_v4().to_string(),
            at: ctx.at,
            actor_user_id: ctx.actor.as_ref().map(|a| a.as_str()),
            municipality_id: municipality.map(|m| m.as_str()),
            action,
            entity_type,
            entity_id,
            changed_fields: fields.join(","),
            request_id: &ctx.request_id,
            actor_token_id: ctx.token.as_deref(),
        })
        .execute(conn)?;
    Ok(())
}

/// Records that a staff member (or an integration) opened a record with personal data:
/// action `read`, no fields. Parents reading their own household are not recorded.
pub fn read(
    conn: &mut Conn,
    ctx: &AuditCtx,
    municipality: &TenantId,
    entity_type: &str,
    entity_id: &str,
) -> AppResult<()> {
    record(
        conn,
        ctx,
        Some(municipality),
        "read",
        entity_type,
        Some(entity_id),
        &[],
    )
}

/// One row as shown to a municipality admin.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct AuditEntry {
    /// When (UTC).
    pub at: NaiveDateTime,
    /// Actor's e-mail, if any.
    pub actor: Option<String>,
    /// The name of the API token that acted, if any.
    pub token: Option<String>,
    /// What happened.
    pub action: String,
    /// Kind of entity.
    pub entity_type: String,
    /// Its id.
    pub entity_id: Option<String>,
    /// Names of the changed fields.
    pub changed_fields: String,
    /// The request.
    pub request_id: String,
}

/// Filters of the audit page.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Entity type, exact.
    pub entity_type: Option<String>,
    /// Entity id, exact.
    pub entity_id: Option<String>,
    /// Actor e-mail, exact (lower-case).
    pub actor_email: Option<String>,
    /// From this day (inclusive, UTC).
    pub from: Option<NaiveDate>,
    /// Up to this day (inclusive, UTC).
    pub to: Option<NaiveDate>,
}

/// The newest `limit` rows of one municipality, filtered.
pub fn list(
    conn: &mut Conn,
    tenant: &TenantId,
    filter: &AuditFilter,
    limit: i64,
) -> AppResult<Vec<AuditEntry>> {
    let mut q = audit_log::table
        .left_join(users::table.on(users::id.nullable().eq(audit_log::actor_user_id)))
        .left_join(api_tokens::table.on(api_tokens::id.nullable().eq(audit_log::actor_token_id)))
        .filter(audit_log::municipality_id.eq(tenant.as_str()))
        .into_boxed();
    if let Some(t) = &filter.entity_type {
        q = q.filter(audit_log::entity_type.eq(t.clone()));
    }
    if let Some(id) = &filter.entity_id {
        q = q.filter(audit_log::entity_id.eq(id.clone()));
    }
    if let Some(e) = &filter.actor_email {
        q = q.filter(users::email.eq(e.clone()));
    }
    if let Some(from) = filter.from {
        q = q.filter(audit_log::at.ge(from.and_hms_opt(0, 0, 0).unwrap_or_default()));
    }
    if let Some(to) = filter.to {
        let next = to.succ_opt().unwrap_or(to);
        q = q.filter(audit_log::at.lt(next.and_hms_opt(0, 0, 0).unwrap_or_default()));
    }
    Ok(q.select((
        audit_log::at,
        users::email.nullable(),
        api_tokens::name.nullable(),
        audit_log::action,
        audit_log::entity_type,
        audit_log::entity_id,
        audit_log::changed_fields,
        audit_log::request_id,
    ))
    .order(audit_log::at.desc())
    .limit(limit)
    .load(conn)?)
}

/// Entity types that occur in a municipality's log (for the filter).
pub fn entity_types(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<String>> {
    Ok(audit_log::table
        .filter(audit_log::municipality_id.eq(tenant.as_str()))
        .select(audit_log::entity_type)
        .distinct()
        .order(audit_log::entity_type)
        .load(conn)?)
}

/// Total number of rows (tests, health of the audit trail).
pub fn count_all(conn: &mut Conn) -> AppResult<i64> {
    Ok(audit_log::table.count().get_result(conn)?)
}
