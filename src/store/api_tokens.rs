//! Bearer tokens of the JSON API: issued by a municipality admin for one integration, scoped to
//! the municipality, a role and read or read/write; only the SHA-256 of the token is stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::auth::token_hash;
use crate::db::schema::api_tokens;
use crate::domain::roles::Role;
use crate::error::AppResult;
use crate::ids::TenantId;

/// Roles a token may carry: the youth office's view (all of the municipality's data) and the
/// administrator's.
pub const TOKEN_ROLES: [Role; 2] = [Role::YouthOffice, Role::MunicipalityAdmin];

/// A token as listed (never the token itself).
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct TokenRow {
    /// Id.
    pub id: String,
    /// What the integration is (e.g. "Kita-Software Träger X").
    pub name: String,
    /// Role code.
    pub role: String,
    /// May write.
    pub can_write: bool,
    /// Issued.
    pub created_at: NaiveDateTime,
    /// Last request with it.
    pub last_used_at: Option<NaiveDateTime>,
    /// Revoked.
    pub revoked_at: Option<NaiveDateTime>,
}

/// The tokens of the tenant, newest first.
pub fn list(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<TokenRow>> {
    Ok(api_tokens::table
        .filter(api_tokens::municipality_id.eq(tenant.as_str()))
        .order(api_tokens::created_at.desc())
        .select(TokenRow::as_select())
        .load(conn)?)
}

/// Stores a new token (the caller shows the clear text once); returns its id.
pub fn issue(
    conn: &mut Conn,
    tenant: &TenantId,
    name: &str,
    role: Role,
    can_write: bool,
    token: &str,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::id.eq(&id),
            api_tokens::municipality_id.eq(tenant.as_str()),
            api_tokens::name.eq(name),
            api_tokens::token_hash.eq(token_hash(token)),
            api_tokens::role.eq(role.code()),
            api_tokens::can_write.eq(can_write),
            api_tokens::created_at.eq(ctx.at),
            api_tokens::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "api_token",
        Some(&id),
        &["name", "role", "can_write"],
    )?;
    Ok(id)
}

/// Revokes a token of the tenant; `false` when there is no such (unrevoked) token.
pub fn revoke(conn: &mut Conn, tenant: &TenantId, id: &str, ctx: &AuditCtx) -> AppResult<bool> {
    let n = diesel::update(
        api_tokens::table
            .filter(api_tokens::id.eq(id))
            .filter(api_tokens::municipality_id.eq(tenant.as_str()))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(Some(ctx.at)))
    .execute(conn)?;
    if n == 1 {
        audit::record(
            conn,
            ctx,
            Some(tenant),
            "revoke",
            "api_token",
            Some(id),
            &["revoked_at"],
        )?;
    }
    Ok(n == 1)
}

/// What a valid token grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// Token id (the rate-limit key).
    pub token_id: String,
    /// Its municipality.
    pub municipality_id: String,
    /// Its role.
    pub role: Role,
    /// May write.
    pub can_write: bool,
}

/// Looks a presented token up (unrevoked) and records its use.
pub fn authenticate(conn: &mut Conn, token: &str, at: NaiveDateTime) -> AppResult<Option<Grant>> {
    let found: Option<(String, String, String, bool, Option<NaiveDateTime>)> = api_tokens::table
        .filter(api_tokens::token_hash.eq(token_hash(token)))
        .filter(api_tokens::revoked_at.is_null())
        .select((
            api_tokens::id,
            api_tokens::municipality_id,
            api_tokens::role,
            api_tokens::can_write,
            api_tokens::last_used_at,
        ))
        .first(conn)
        .optional()?;
    let Some((id, municipality_id, role, can_write, last_used)) = found else {
        return Ok(None);
    };
    let Some(role) = Role::from_code(&role) else {
        return Ok(None);
    };
    // The last use to the minute is enough for the admin's list: one write per token and
    // minute, not one per request. The UPDATE is only sent when the read shows it is due: on
    // SQLite even an UPDATE that changes no row takes the write lock, and one per request
    // made every API call queue behind the submissions' commits.
    let stale = at - chrono::Duration::minutes(1);
    if last_used.is_none_or(|t| t < stale) {
        diesel::update(
            api_tokens::table.find(&id).filter(
                api_tokens::last_used_at
                    .is_null()
                    .or(api_tokens::last_used_at.lt(stale)),
            ),
        )
        .set(api_tokens::last_used_at.eq(Some(at)))
        .execute(conn)?;
    }
    Ok(Some(Grant {
        token_id: id,
        municipality_id,
        role,
        can_write,
    }))
}
