//! One-time link tokens (confirmation, reset, invitation), stored as SHA-256 only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Conn;
use crate::auth::token_hash;
use crate::db::schema::user_tokens;
use crate::domain::account::TokenPurpose;
use crate::error::AppResult;
use crate::ids::UserId;

/// Why a link does not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenProblem {
    /// Unknown token or wrong purpose.
    Invalid,
    /// Older than its validity.
    Expired,
    /// Already used.
    Used,
}

/// Issues a token for `user` (the caller knows the clear text and mails it).
pub fn issue(
    conn: &mut Conn,
    user: &UserId,
    purpose: TokenPurpose,
    token: &str,
    now: NaiveDateTime,
) -> AppResult<()> {
    diesel::insert_into(user_tokens::table)
        .values((
            user_tokens::token_hash.eq(token_hash(token)),
            user_tokens::user_id.eq(user.as_str()),
            user_tokens::purpose.eq(purpose.code()),
            user_tokens::created_at.eq(now),
            user_tokens::expires_at.eq(now + purpose.validity()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Checks a token without using it up.
pub fn check(
    conn: &mut Conn,
    token: &str,
    purpose: TokenPurpose,
    now: NaiveDateTime,
) -> AppResult<Result<UserId, TokenProblem>> {
    let row: Option<(String, String, NaiveDateTime, Option<NaiveDateTime>)> = user_tokens::table
        .find(token_hash(token))
        .select((
            user_tokens::user_id,
            user_tokens::purpose,
            user_tokens::expires_at,
            user_tokens::used_at,
        ))
        .first(conn)
        .optional()?;
    Ok(match row {
        None => Err(TokenProblem::Invalid),
        Some((_, p, _, _)) if p != purpose.code() => Err(TokenProblem::Invalid),
        Some((_, _, _, Some(_))) => Err(TokenProblem::Used),
        Some((_, _, expires, None)) if expires <= now => Err(TokenProblem::Expired),
        Some((user, _, _, None)) => Ok(UserId(user)),
    })
}

/// Uses a token up (only one caller can win, even concurrently).
pub fn consume(
    conn: &mut Conn,
    token: &str,
    purpose: TokenPurpose,
    now: NaiveDateTime,
) -> AppResult<Result<UserId, TokenProblem>> {
    let user = match check(conn, token, purpose, now)? {
        Ok(u) => u,
        Err(p) => return Ok(Err(p)),
    };
    let won = diesel::update(
        user_tokens::table
            .filter(user_tokens::token_hash.eq(token_hash(token)))
            .filter(user_tokens::used_at.is_null()),
    )
    .set(user_tokens::used_at.eq(now))
    .execute(conn)?;
    Ok(if won == 1 {
        Ok(user)
    } else {
        Err(TokenProblem::Used)
    })
}
