//! Staff invitations: give a role to an e-mail address. A new address gets an account without
//! a password and an invitation link (valid 7 days) to set one; an existing account gets the
//! role and a notification. Runs inside the caller's transaction.

use crate::auth;
use crate::domain::account::TokenPurpose;
use crate::domain::roles::{Role, Scope};
use crate::error::AppResult;
use crate::mail;
use crate::store::audit::AuditCtx;
use crate::store::{outbox, tokens, users, Conn};

/// What to invite.
#[derive(Debug, Clone)]
pub struct Invitation {
    /// Normalised e-mail.
    pub email: String,
    /// Role to give.
    pub role: Role,
    /// Where.
    pub scope: Scope,
    /// Name of the municipality or district (for the mail).
    pub scope_name: String,
    /// Language of the mail.
    pub lang: String,
    /// Public base URL (no trailing slash).
    pub base_url: String,
}

/// Invites or grants; returns `true` when a new account was created.
pub fn invite(conn: &mut Conn, inv: &Invitation, ctx: &AuditCtx) -> AppResult<bool> {
    match users::by_email(conn, &inv.email)? {
        Some(existing) => {
            let id = existing.user_id();
            users::grant(conn, &id, inv.role, &inv.scope, ctx)?;
            let mail = mail::role_granted(
                &existing.preferred_lang,
                &inv.email,
                &format!("{}/login", inv.base_url),
                &inv.scope_name,
                inv.role.code(),
            );
            outbox::enqueue(conn, &mail, ctx.at)?;
            Ok(false)
        }
        None => {
            let id = users::create(conn, &inv.email, None, false, &inv.lang, ctx)?;
            users::grant(conn, &id, inv.role, &inv.scope, ctx)?;
            let token = auth::new_token();
            tokens::issue(conn, &id, TokenPurpose::Invite, &token, ctx.at)?;
            let mail = mail::invite(
                &inv.lang,
                &inv.email,
                &format!("{}/invite/{token}", inv.base_url),
                &inv.scope_name,
                inv.role.code(),
            );
            outbox::enqueue(conn, &mail, ctx.at)?;
            Ok(true)
        }
    }
}
