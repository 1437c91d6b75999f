//! The mail outbox: written in the same transaction as the change that causes the mail,
//! delivered by the worker in `crate::mail`.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::Conn;
use crate::db::schema::outbox;
use crate::error::AppResult;

/// A mail to be queued.
#[derive(Debug, Clone)]
pub struct NewMail {
    /// Recipient.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

/// A queued mail.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxRow {
    /// Row id.
    pub id: String,
    /// Recipient.
    pub to_address: String,
    /// Subject.
    pub subject: String,
    /// Body.
    pub body: String,
    /// Failed attempts so far.
    pub attempts: i32,
    /// A letter to attach as PDF.
    pub letter_id: Option<String>,
    /// A fee notice to attach as PDF.
    pub fee_notice_id: Option<String>,
}

/// A kept document a mail carries (attached as PDF when sent).
#[derive(Debug, Clone, Copy)]
pub enum Attachment<'a> {
    /// A letter of an application (its id).
    Letter(&'a str),
    /// A fee notice (its id).
    FeeNotice(&'a str),
}

/// Queues a mail.
pub fn enqueue(conn: &mut Conn, mail: &NewMail, now: NaiveDateTime) -> AppResult<()> {
    insert(conn, mail, None, now)
}

/// Queues a mail that carries a kept document.
pub fn enqueue_with_attachment(
    conn: &mut Conn,
    mail: &NewMail,
    attachment: Attachment<'_>,
    now: NaiveDateTime,
) -> AppResult<()> {
    insert(conn, mail, Some(attachment), now)
}

fn insert(
    conn: &mut Conn,
    mail: &NewMail,
    attachment: Option<Attachment<'_>>,
    now: NaiveDateTime,
) -> AppResult<()> {
    let (letter, notice) = match attachment {
        Some(Attachment::Letter(id)) => (Some(id), None),
        Some(Attachment::FeeNotice(id)) => (None, Some(id)),
        None => (None, None),
    };
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(uuid::Uuid::new_v4().to_string()),
            outbox::created_at.eq(now),
            outbox::to_address.eq(&mail.to),
            outbox::subject.eq(&mail.subject),
            outbox::body.eq(&mail.body),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(now),
            outbox::letter_id.eq(letter),
            outbox::fee_notice_id.eq(notice),
        ))
        .execute(conn)?;
    Ok(())
}

/// How long a claim protects a row from other workers.
const CLAIM: i64 = 5;

/// Claims up to `limit` due mails for this worker (safe with several instances: a row is
/// claimed by a conditional update that only one worker can win).
pub fn claim_due(conn: &mut Conn, now: NaiveDateTime, limit: i64) -> AppResult<Vec<OutboxRow>> {
    let candidates: Vec<String> = outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::next_attempt_at.le(now))
        .filter(
            outbox::claimed_until
                .is_null()
                .or(outbox::claimed_until.lt(now)),
        )
        .order(outbox::next_attempt_at)
        .select(outbox::id)
        .limit(limit)
        .load(conn)?;
    let mut claimed = Vec::new();
    for id in candidates {
        let won = diesel::update(
            outbox::table
                .filter(outbox::id.eq(&id))
                .filter(outbox::sent_at.is_null())
                .filter(
                    outbox::claimed_until
                        .is_null()
                        .or(outbox::claimed_until.lt(now)),
                ),
        )
        .set(outbox::claimed_until.eq(now + Duration::minutes(CLAIM)))
        .execute(conn)?;
        if won == 1 {
            claimed.push(
                outbox::table
                    .find(&id)
                    .select(OutboxRow::as_select())
                    .first(conn)?,
            );
        }
    }
    Ok(claimed)
}

/// Marks a mail as delivered.
pub fn mark_sent(conn: &mut Conn, id: &str, now: NaiveDateTime) -> AppResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::sent_at.eq(now),
            outbox::claimed_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    Ok(())
}

/// Backoff after `attempts` failures: 1, 2, 4, … minutes, at most 6 hours.
pub fn backoff(attempts: i32) -> Duration {
    let minutes = 1i64 << attempts.clamp(0, 9);
    Duration::minutes(minutes.min(360))
}

/// Records a failed attempt and schedules the next one.
pub fn mark_failed(
    conn: &mut Conn,
    id: &str,
    attempts: i32,
    error: &str,
    now: NaiveDateTime,
) -> AppResult<()> {
    let attempts = attempts + 1;
    let error: String = error.chars().take(500).collect();
    diesel::update(outbox::table.find(id))
        .set((
            outbox::attempts.eq(attempts),
            outbox::next_attempt_at.eq(now + backoff(attempts)),
            outbox::claimed_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(Some(error)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Mails not yet delivered.
pub fn pending_count(conn: &mut Conn) -> AppResult<i64> {
    Ok(outbox::table
        .filter(outbox::sent_at.is_null())
        .count()
        .get_result(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(0), Duration::minutes(1));
        assert_eq!(backoff(1), Duration::minutes(2));
        assert_eq!(backoff(3), Duration::minutes(8));
        assert_eq!(backoff(20), Duration::minutes(360));
    }
}
