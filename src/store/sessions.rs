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
use crate::domain::second_factor::PENDING_MINUTES;
use crate::error::AppResult;
use crate::ids::UserId;

/// Creates a session for `user` with the clear-text `token` (kept only in the cookie).
/// A session that still waits for the second factor (`verified: false`) opens nothing but
/// the second-factor page, for [`PENDING_MINUTES`].
pub fn create(
    conn: &mut Conn,
    user: &UserId,
    token: &str,
    now: NaiveDateTime,
    verified: bool,
) -> AppResult<()> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::id_hash.eq(token_hash(token)),
            sessions::user_id.eq(user.as_str()),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
            sessions::expires_at.eq(now + session_lifetime()),
            sessions::verified_at.eq(verified.then_some(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// The account of a session that waits for its second factor (and is not older than
/// [`PENDING_MINUTES`]).
pub fn pending(conn: &mut Conn, token: &str, now: NaiveDateTime) -> AppResult<Option<User>> {
    let row: Option<String> = sessions::table
        .find(token_hash(token))
        .filter(sessions::verified_at.is_null())
        .filter(sessions::created_at.gt(now - Duration::minutes(PENDING_MINUTES)))
        .select(sessions::user_id)
        .first(conn)
        .optional()?;
    match row {
        Some(id) => Ok(users::by_id(conn, &UserId(id))?.filter(|u| u.disabled_at.is_none())),
        None => Ok(None),
    }
}

/// Marks a pending session as verified (the second factor was given).
pub fn verify(conn: &mut Conn, token: &str, now: NaiveDateTime) -> AppResult<bool> {
    let n = diesel::update(
        sessions::table
            .find(token_hash(token))
            .filter(sessions::verified_at.is_null()),
    )
    .set((
        sessions::verified_at.eq(Some(now)),
        sessions::last_seen_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
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
    /// The account's access restrictions (network, time window) refuse this request; the
    /// session was deleted.
    Denied,
    /// The session waits for its second factor: it opens nothing yet (but stays, for the
    /// second-factor page).
    Pending,
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

/// Looks a verified session up, applies the idle timeouts and the account's access
/// restrictions for a request from `ip`, and refreshes `last_seen_at` (at most once a minute,
/// to keep writes rare). A session still waiting for its second factor is not found here.
pub fn lookup(
    conn: &mut Conn,
    token: &str,
    now: NaiveDateTime,
    ip: Option<std::net::IpAddr>,
) -> AppResult<Lookup> {
    let hash = token_hash(token);
    let row: Option<(String, NaiveDateTime, NaiveDateTime, Option<NaiveDateTime>)> =
        sessions::table
            .find(&hash)
            .select((
                sessions::user_id,
                sessions::last_seen_at,
                sessions::expires_at,
                sessions::verified_at,
            ))
            .first(conn)
            .optional()?;
    let Some((user_id, last_seen, expires, verified)) = row else {
        return Ok(Lookup::None);
    };
    if verified.is_none() {
        return Ok(Lookup::Pending);
    }
    let user_id = UserId(user_id);
    let Some(user) = users::by_id(conn, &user_id)? else {
        return Ok(Lookup::None);
    };
    if user.disabled_at.is_some() {
        delete(conn, token)?;
        return Ok(Lookup::None);
    }
    if user.access(ip, now).is_err() {
        delete(conn, token)?;
        return Ok(Lookup::Denied);
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
