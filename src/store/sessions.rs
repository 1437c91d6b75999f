//! Server-side sessions: the cookie holds a random token, the table its SHA-256.
//! Logout deletes the row, so a copied cookie is worthless afterwards.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::users::{self, User};
use super::Conn;
use crate::auth::token_hash;
use crate::db::schema::sessions;
use crate::domain::account::{parent_idle_timeout, session_lifetime, staff_idle_timeout};
use crate::domain::roles::Grant;
use crate::error::AppResult;
use crate::ids::UserId;

/// Creates a session for `user` with the clear-text `token` (kept only in the cookie).
pub fn create(conn: &mut Conn, user: &UserId, token: &str, now: NaiveDateTime) -> AppResult<()> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::id_hash.eq(token_hash(token)),
            sessions::user_id.eq(user.as_str()),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
            sessions::expires_at.eq(now + session_lifetime()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Ends one session.
pub fn delete(conn: &mut Conn, token: &str) -> AppResult<()> {
    diesel::delete(sessions::table.find(token_hash(token))).execute(conn)?;
    Ok(())
}

/// What a valid session yields.
#[derive(Debug, Clone)]
pub struct SessionUser {
    /// The account.
    pub user: User,
    /// Its active grants.
    pub grants: Vec<Grant>,
}

/// Outcome of looking a session up.
#[derive(Debug, Clone)]
pub enum Lookup {
    /// No such session (or the account is disabled).
    None,
    /// The session timed out and was deleted.
    Expired,
    /// Valid.
    Valid(Box<SessionUser>),
}

/// Is a session with this history still valid at `now`?
pub fn still_valid(
    is_staff: bool,
    last_seen: NaiveDateTime,
    expires: NaiveDateTime,
    now: NaiveDateTime,
) -> bool {
    let idle = if is_staff {
        staff_idle_timeout()
    } else {
        parent_idle_timeout()
    };
    now < expires && now - last_seen <= idle
}

/// Looks a session up, applies the idle timeouts and refreshes `last_seen_at` (at most once a
/// minute, to keep writes rare).
pub fn lookup(conn: &mut Conn, token: &str, now: NaiveDateTime) -> AppResult<Lookup> {
    let hash = token_hash(token);
    let row: Option<(String, NaiveDateTime, NaiveDateTime)> = sessions::table
        .find(&hash)
        .select((
            sessions::user_id,
            sessions::last_seen_at,
            sessions::expires_at,
        ))
        .first(conn)
        .optional()?;
    let Some((user_id, last_seen, expires)) = row else {
        return Ok(Lookup::None);
    };
    let user_id = UserId(user_id);
    let Some(user) = users::by_id(conn, &user_id)? else {
        return Ok(Lookup::None);
    };
    if user.disabled_at.is_some() {
        delete(conn, token)?;
        return Ok(Lookup::None);
    }
    let grants = users::grants(conn, &user_id)?;
    let is_staff = grants.iter().any(|g| g.role.is_staff());
    if !still_valid(is_staff, last_seen, expires, now) {
        delete(conn, token)?;
        return Ok(Lookup::Expired);
    }
    if now - last_seen > Duration::minutes(1) {
        diesel::update(sessions::table.find(&hash))
            .set(sessions::last_seen_at.eq(now))
            .execute(conn)?;
    }
    Ok(Lookup::Valid(Box::new(SessionUser { user, grants })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(minutes: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_790_000_000 + minutes * 60, 0)
            .unwrap()
            .naive_utc()
    }

    #[test]
    fn staff_sessions_end_after_thirty_idle_minutes_parents_later() {
        let expires = t(60 * 24 * 14);
        assert!(still_valid(true, t(0), expires, t(30)));
        assert!(!still_valid(true, t(0), expires, t(31)));
        assert!(still_valid(false, t(0), expires, t(31)));
        assert!(!still_valid(false, t(0), expires, t(60 * 25)));
        assert!(!still_valid(
            false,
            t(60 * 24 * 14 - 10),
            expires,
            t(60 * 24 * 14)
        ));
    }
}
