//! The second factor of an account: its TOTP secret (sealed with the field key ring, never
//! stored in clear), the last accepted step, and its one-time recovery codes (SHA-256 only).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::RngCore;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::auth::token_hash;
use crate::db::schema::{recovery_codes, sessions, users};
use crate::domain::second_factor::{
    format_recovery, normalize_recovery, RECOVERY_ALPHABET, RECOVERY_CODES, RECOVERY_LENGTH,
    SECRET_BYTES,
};
use crate::error::{AppError, AppResult};
use crate::field_crypto::KeyRing;
use crate::ids::{TenantId, UserId};

fn place(user: &UserId) -> String {
    format!("users.totp_secret.{}", user.as_str())
}

/// An account's TOTP secret and state.
#[derive(Debug)]
pub struct Secret {
    /// The raw secret.
    pub bytes: Vec<u8>,
    /// Confirmed with a code (else an enrolment in progress).
    pub enabled: bool,
    /// The last accepted step.
    pub last_step: Option<i64>,
}

/// The account's secret, if it has one (confirmed or in enrolment).
pub fn secret(conn: &mut Conn, keys: &KeyRing, user: &UserId) -> AppResult<Option<Secret>> {
    let row: Option<(Option<String>, Option<NaiveDateTime>, Option<i64>)> = users::table
        .find(user.as_str())
        .select((
            users::totp_secret,
            users::totp_enabled_at,
            users::totp_last_step,
        ))
        .first(conn)
        .optional()?;
    let Some((Some(sealed), enabled, last_step)) = row else {
        return Ok(None);
    };
    let base32 = keys
        .open(&place(user), &sealed)
        .map_err(|e| AppError::Internal(format!("second factor of {}: {e}", user.as_str())))?;
    let bytes = totp_rs::Secret::try_from_base32(&base32)
        .map_err(|e| AppError::Internal(format!("second factor of {}: {e}", user.as_str())))?
        .as_ref()
        .to_vec();
    Ok(Some(Secret {
        bytes,
        enabled: enabled.is_some(),
        last_step,
    }))
}

/// The secret of an enrolment: the one already started, or a new random one.
pub fn start_enrolment(conn: &mut Conn, keys: &KeyRing, user: &UserId) -> AppResult<Vec<u8>> {
    if let Some(s) = secret(conn, keys, user)? {
        if s.enabled {
            return Err(AppError::Conflict("second factor already set up".into()));
        }
        return Ok(s.bytes);
    }
    let mut bytes = vec![0u8; SECRET_BYTES];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    set_secret(conn, keys, user, &bytes, None)?;
    Ok(bytes)
}

/// Stores a secret: an enrolment not yet confirmed (`enabled_at: None`), or one set up at
/// once (the demo's published secret).
pub fn set_secret(
    conn: &mut Conn,
    keys: &KeyRing,
    user: &UserId,
    bytes: &[u8],
    enabled_at: Option<NaiveDateTime>,
) -> AppResult<()> {
    let base32 = totp_rs::Secret::from(bytes.to_vec()).to_base32();
    diesel::update(users::table.find(user.as_str()))
        .set((
            users::totp_secret.eq(Some(keys.seal(&place(user), &base32))),
            users::totp_enabled_at.eq(enabled_at),
            users::totp_last_step.eq(None::<i64>),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records an accepted step; `false` when that step (or a later one) was used already, so
/// two requests with the same code cannot both pass.
pub fn use_step(conn: &mut Conn, user: &UserId, step: i64) -> AppResult<bool> {
    let n = diesel::update(
        users::table.find(user.as_str()).filter(
            users::totp_last_step
                .is_null()
                .or(users::totp_last_step.lt(step)),
        ),
    )
    .set(users::totp_last_step.eq(Some(step)))
    .execute(conn)?;
    Ok(n == 1)
}

/// Confirms an enrolment at `step`; returns the new recovery codes (shown once).
pub fn confirm(
    conn: &mut Conn,
    user: &UserId,
    step: i64,
    ctx: &AuditCtx,
) -> AppResult<Vec<String>> {
    let n = diesel::update(
        users::table
            .find(user.as_str())
            .filter(users::totp_secret.is_not_null())
            .filter(users::totp_enabled_at.is_null()),
    )
    .set((
        users::totp_enabled_at.eq(Some(ctx.at)),
        users::totp_last_step.eq(Some(step)),
    ))
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::Conflict("no enrolment in progress".into()));
    }
    audit::record(
        conn,
        ctx,
        None,
        "second_factor_enrolled",
        "user",
        Some(user.as_str()),
        &["totp_secret"],
    )?;
    new_recovery_codes(conn, user, ctx.at)
}

/// Replaces the account's recovery codes with new ones; returns them formatted.
pub fn new_recovery_codes(
    conn: &mut Conn,
    user: &UserId,
    now: NaiveDateTime,
) -> AppResult<Vec<String>> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user.as_str())))
        .execute(conn)?;
    let mut rng = rand::rngs::OsRng;
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let raw: String = (0..RECOVERY_LENGTH)
            .map(|_| {
                let i = (rng.next_u32() as usize) % RECOVERY_ALPHABET.len();
                RECOVERY_ALPHABET[i] as char
            })
            .collect();
        diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::code_hash.eq(token_hash(&raw)),
                recovery_codes::user_id.eq(user.as_str()),
                recovery_codes::created_at.eq(now),
            ))
            .execute(conn)?;
        codes.push(format_recovery(&raw));
    }
    Ok(codes)
}

/// Uses up one recovery code; `false` if it is wrong or used.
pub fn use_recovery_code(
    conn: &mut Conn,
    user: &UserId,
    typed: &str,
    now: NaiveDateTime,
) -> AppResult<bool> {
    let Some(code) = normalize_recovery(typed) else {
        return Ok(false);
    };
    let n = diesel::update(
        recovery_codes::table
            .find(token_hash(&code))
            .filter(recovery_codes::user_id.eq(user.as_str()))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(Some(now)))
    .execute(conn)?;
    Ok(n == 1)
}

/// Unused recovery codes of the account.
pub fn recovery_codes_left(conn: &mut Conn, user: &UserId) -> AppResult<i64> {
    Ok(recovery_codes::table
        .filter(recovery_codes::user_id.eq(user.as_str()))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)?)
}

/// Removes the second factor (secret, step, recovery codes) and ends every session of the
/// account, so it must log in and set the factor up again. `action` and `tenant` name who
/// did it in the audit log.
pub fn remove(
    conn: &mut Conn,
    user: &UserId,
    tenant: Option<&TenantId>,
    action: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    diesel::update(users::table.find(user.as_str()))
        .set((
            users::totp_secret.eq(None::<String>),
            users::totp_enabled_at.eq(None::<NaiveDateTime>),
            users::totp_last_step.eq(None::<i64>),
        ))
        .execute(conn)?;
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user.as_str())))
        .execute(conn)?;
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user.as_str()))).execute(conn)?;
    audit::record(
        conn,
        ctx,
        tenant,
        action,
        "user",
        Some(user.as_str()),
        &["totp_secret"],
    )
}

/// Re-encrypts every TOTP secret sealed with an older key (after `rotate-key`).
pub fn reseal_all(conn: &mut Conn, keys: &KeyRing) -> AppResult<usize> {
    let rows: Vec<(String, Option<String>)> = users::table
        .filter(users::totp_secret.is_not_null())
        .select((users::id, users::totp_secret))
        .load(conn)?;
    let mut done = 0;
    for (id, sealed) in rows {
        let Some(sealed) = sealed.filter(|s| keys.is_stale(s)) else {
            continue;
        };
        let user = UserId(id);
        let plain = keys
            .open(&place(&user), &sealed)
            .map_err(|e| AppError::Internal(format!("user {}: {e}", user.as_str())))?;
        diesel::update(users::table.find(user.as_str()))
            .set(users::totp_secret.eq(Some(keys.seal(&place(&user), &plain))))
            .execute(conn)?;
        done += 1;
    }
    Ok(done)
}
