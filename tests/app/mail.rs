//! The outbox: mails are written with the change and delivered by the worker, with retries.

use chrono::Duration;
use diesel::prelude::*;
use kitaplatz::db::schema::outbox;
use rocket::http::Status;

use crate::common::*;

#[test]
fn a_failing_smtp_server_is_retried_with_backoff_and_nothing_is_lost() {
    let t = TestApp::demo();
    let b = t.client();
    let res = b.post_form(
        "/password/forgot",
        &[("email", "eltern.musterstadt@example.org")],
    );
    assert_eq!(res.status(), Status::Ok);

    // Nothing listens on port 1: the attempt fails and is rescheduled.
    let smtp = kitaplatz_mail::MailTransport::new(Some("smtp://127.0.0.1:1"), &t.mail_dir).unwrap();
    assert_eq!(kitaplatz::mail::deliver_pending(&t.app, &smtp).unwrap(), 0);
    let mut conn = t.app.db.get().unwrap();
    let (attempts, next, sent): (i32, chrono::NaiveDateTime, Option<chrono::NaiveDateTime>) =
        outbox::table
            .select((outbox::attempts, outbox::next_attempt_at, outbox::sent_at))
            .first(&mut *conn)
            .unwrap();
    assert_eq!(attempts, 1);
    assert!(next > t.app.clock.now_naive());
    assert!(sent.is_none());

    // Not due yet: a second pass does not hammer the server.
    assert!(t.deliver_mail().is_empty());
    // After the backoff the mail goes out (here: into the folder) exactly once.
    t.clock.advance(Duration::minutes(3));
    let mails = t.deliver_mail();
    assert_eq!(mails.len(), 1);
    assert!(link_in(&mails[0], "/password/reset/").is_some());
    assert!(t.deliver_mail().is_empty());
    let pending = kitaplatz::store::outbox::pending_count(&mut conn).unwrap();
    assert_eq!(pending, 0);
}
