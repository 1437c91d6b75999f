//! Central allocation end to end: rounds, what-if runs that leave no trace, publishing
//! (idempotent), offers with the hours asked for, accept/decline, the next round, the
//! deadline job, the last-place race, explanations for parents, and who may see what.

use std::sync::{Arc, Barrier};

use diesel::prelude::*;
use kitaplatz::db::schema::{
    allocation_adjustments, allocation_runs, application_events, applications, jobs, letters,
    offers, outbox, place_seats,
};
use kitaplatz::store::allocation::{self as store, Answer};
use rocket::http::Status;

use crate::checks::{tenant, test_ctx};
use crate::common::*;
use crate::facilities::{facility_id, new_facility};

/// The last path segment of a redirect's target (the id of what was created).
fn last_segment(res: &rocket::local::blocking::LocalResponse<'_>) -> String {
    let location = res.headers().get_one("Location").expect("a redirect");
    location.rsplit('/').next().unwrap_or_default().to_string()
}

/// A parent who registered in Musterstadt and is logged in.
pub fn family(t: &TestApp, email: &str) -> Browser {
    let b = t.client();
    let pw = "Ein Haus am See mit Garten";
    assert_eq!(
        b.post_form(
            "/musterstadt/register",
            &[("email", email), ("password", pw), ("password2", pw)],
        )
        .status(),
        Status::Ok
    );
    let mails = t.deliver_mail();
    let confirm = mails
        .iter()
        .find_map(|m| link_in(m, "/confirm/"))
        .expect("confirmation mail");
    assert_eq!(b.post_form(&confirm, &[]).status(), Status::SeeOther);
    assert_eq!(
        b.post_form("/login", &[("email", email), ("password", pw)])
            .status(),
        Status::SeeOther
    );
    b
}

/// A new facility `name` (with its own provider) in Musterstadt with `ue3` Ü3 places;
/// returns its id.
pub fn kita(office: &Browser, name: &str, ue3: &str) -> String {
    let provider_name = format!("Träger {name} e. V.");
    let res = office.post_form(
        "/musterstadt/office/providers",
        &[("name", &provider_name), ("kind", "association")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = office.page("/musterstadt/office/facilities");
    let i = page.find(&format!(">{provider_name}</option>")).unwrap();
    let start = page[..i].rfind("value=\"").unwrap() + "value=\"".len();
    let provider = page[start..start + 36].to_string();
    let res = office.post_form(
        "/musterstadt/office/facilities",
        &new_facility(name, &provider),
    );
    assert_eq!(res.status(), Status::SeeOther);
    let id = last_segment(&res);
    let res = office.post_form(
        &format!("/musterstadt/office/facilities/{id}/licences"),
        &[
            ("valid_from", "2026-08-01"),
            ("valid_to", ""),
            ("places_u2", "0"),
            ("places_u3", "0"),
            ("places_ue3", ue3),
            ("places_hort", "0"),
            ("reserved_u2", "0"),
            ("reserved_u3", "0"),
            ("reserved_ue3", "0"),
            ("reserved_hort", "0"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    id
}

/// Id of the first priority criterion with `points` in Musterstadt.
fn criterion(t: &TestApp, points: i32) -> String {
    let mut conn = t.app.db.get().unwrap();
    let tenant = tenant(&mut conn, "musterstadt");
    kitaplatz::store::rules::criteria(&mut conn, &tenant, true)
        .unwrap()
        .into_iter()
        .find(|c| c.points == points)
        .unwrap()
        .id
}

/// A care request for a new Ü3 child (35 hours from 1 March 2027), marked as checked (the
/// register check is tested elsewhere); returns the application id.
pub fn apply(
    t: &TestApp,
    parent: &Browser,
    first: &str,
    wishes: &[&str],
    answers: &[&str],
) -> String {
    let child = crate::family::add_child(parent, first, "2023-05-10");
    let mut fields = vec![
        ("child", child.as_str()),
        ("kind", "request"),
        ("start_date", "2027-03-01"),
        ("hours", "35"),
        ("consent", "yes"),
    ];
    fields.extend(wishes.iter().map(|w| ("wishes", *w)));
    fields.extend(answers.iter().map(|a| ("answers", *a)));
    let res = parent.post_form("/musterstadt/applications", &fields);
    assert_eq!(res.status(), Status::SeeOther, "application for {first}");
    let id = last_segment(&res);
    let mut conn = t.app.db.get().unwrap();
    diesel::update(applications::table.find(&id))
        .set(applications::status.eq("checked"))
        .execute(&mut *conn)
        .unwrap();
    id
}

/// Creates a Ü3 round for March 2027 starts; returns its id.
pub fn create_round(office: &Browser, name: &str) -> String {
    let res = office.post_form(
        "/musterstadt/office/allocation",
        &[
            ("name", name),
            ("start_date", "2027-03-01"),
            ("categories", "UE3"),
            ("kinds", "request"),
            ("kinds", "needs"),
            ("month_from", "2027-03"),
            ("month_to", "2027-03"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    last_segment(&res)
}

/// Computes a what-if run (queued as a background job, done by the worker, whose page then
/// leads to the run); returns the run's id.
pub fn what_if(office: &Browser, round: &str) -> String {
    let res = office.post_form(&format!("/musterstadt/office/allocation/{round}/run"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    let job = res.headers().get_one("Location").unwrap().to_string();
    assert!(job.contains("/office/jobs/"), "{job}");
    let app = office
        .client
        .rocket()
        .state::<std::sync::Arc<kitaplatz::App>>()
        .unwrap();
    kitaplatz::jobs::run_pending(app).unwrap();
    let res = office.get(&job);
    assert_eq!(res.status(), Status::SeeOther, "job {job} not done");
    last_segment(&res)
}

pub fn publish(office: &Browser, run: &str) -> Option<String> {
    let res = office.post_form(
        &format!("/musterstadt/office/allocation/runs/{run}/publish"),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    res.headers().get_one("Set-Cookie").map(|c| c.to_string())
}

pub fn status(t: &TestApp, id: &str) -> String {
    let mut conn = t.app.db.get().unwrap();
    applications::table
        .find(id)
        .select(applications::status)
        .first(&mut *conn)
        .unwrap()
}

/// (offers, events, outbox mails, runs) — what a what-if run must not change except runs.
fn traces(t: &TestApp) -> (i64, i64, i64, i64) {
    let mut conn = t.app.db.get().unwrap();
    (
        offers::table.count().get_result(&mut *conn).unwrap(),
        application_events::table
            .count()
            .get_result(&mut *conn)
            .unwrap(),
        outbox::table.count().get_result(&mut *conn).unwrap(),
        allocation_runs::table
            .count()
            .get_result(&mut *conn)
            .unwrap(),
    )
}

fn offer_hours(t: &TestApp, application: &str) -> Option<i32> {
    let mut conn = t.app.db.get().unwrap();
    offers::table
        .filter(offers::application_id.eq(application))
        .select(offers::weekly_hours)
        .first(&mut *conn)
        .unwrap()
}

/// Anna (10 points) and Ben (0 points) want the one Ü3 place of the Waldkita; Clara wants
/// it too, then the Arche. Each family is its own household.
pub struct Scene {
    pub office: Browser,
    pub anna: (Browser, String),
    pub ben: (Browser, String),
    pub clara: (Browser, String),
    pub wald: String,
}

pub fn scene(t: &TestApp) -> Scene {
    let office = t.login("jugendamt.musterstadt@example.org");
    let wald = kita(&office, "Waldkita", "1");
    let arche = facility_id(&office, "Ev. Kindergarten Arche");
    let ten = criterion(t, 10);
    let a = family(t, "anna@example.org");
    let anna = apply(t, &a, "Anna", &[&wald], &[&ten]);
    let b = family(t, "ben@example.org");
    let ben = apply(t, &b, "Ben", &[&wald], &[]);
    let c = family(t, "clara@example.org");
    let clara = apply(t, &c, "Clara", &[&wald, &arche], &[]);
    Scene {
        office,
        anna: (a, anna),
        ben: (b, ben),
        clara: (c, clara),
        wald,
    }
}

/// A parent `tag@example.org` with an open offer at a new facility `Kita tag`; returns the
/// parent and the application id.
pub fn offered(t: &TestApp, tag: &str) -> (Browser, String) {
    let office = t.login("jugendamt.musterstadt@example.org");
    let facility = kita(&office, &format!("Kita {tag}"), "5");
    let parent = family(t, &format!("{tag}@example.org"));
    let id = apply(t, &parent, tag, &[&facility], &[]);
    let round = create_round(&office, tag);
    let run = what_if(&office, &round);
    publish(&office, &run);
    assert_eq!(status(t, &id), "offered");
    (parent, id)
}

/// A child of `tag@example.org` proposed at Kita Sonnenschein in a run sent to its lead;
/// returns (run, application).
pub fn proposed_at_sonnenschein(t: &TestApp, tag: &str) -> (String, String) {
    let office = t.login("jugendamt.musterstadt@example.org");
    let sonne = facility_id(&office, "Kita Sonnenschein");
    let parent = family(t, &format!("{tag}@example.org"));
    let id = apply(t, &parent, tag, &[&sonne], &[]);
    let round = create_round(&office, tag);
    let run = what_if(&office, &round);
    let res = office.post_form(
        &format!("/musterstadt/office/allocation/runs/{run}/review"),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    (run, id)
}

#[test]
fn a_round_from_what_if_to_publish_accept_decline_and_the_next_round() {
    let t = TestApp::demo();
    let s = scene(&t);
    let office = &s.office;
    t.deliver_mail();

    // Bad input is named per field.
    let res = office.post_form(
        "/musterstadt/office/allocation",
        &[
            ("name", ""),
            ("start_date", "x"),
            ("month_from", "2027-03"),
            ("month_to", "2027-01"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    for field in [
        "#name",
        "#start_date",
        "#categories",
        "#kinds",
        "#month_from",
    ] {
        assert!(body.contains(&format!("href=\"{field}\"")), "{field}");
    }

    let round = create_round(office, "Frühjahr 2027");
    let (_, page) = office.page("/musterstadt/office/allocation");
    assert!(page.contains("Frühjahr 2027") && page.contains("In Vorbereitung"));

    // What-if: only the run log grows.
    let before = traces(&t);
    let run1 = what_if(office, &round);
    let after = traces(&t);
    assert_eq!((after.0, after.1, after.2), (before.0, before.1, before.2));
    assert_eq!(after.3, before.3 + 1);
    for id in [&s.anna.1, &s.ben.1, &s.clara.1] {
        assert_eq!(status(&t, id), "checked");
    }
    let (code, page) = office.page(&format!("/musterstadt/office/allocation/runs/{run1}"));
    assert_eq!(code, Status::Ok);
    assert!(
        page.contains("2 von 3 Kindern erhalten einen Platz"),
        "{page}"
    );
    assert!(page.contains("<svg") && page.contains("role=\"img\""));
    assert!(page.contains("1. Wunsch") && page.contains("2. Wunsch"));
    // The unplaced child is listed with the reason and the cut-off.
    assert!(page.contains("Ben"));
    assert!(page.contains("Waldkita: alle Plätze an Kinder mit mindestens 10 Punkten vergeben"));
    assert!(page.contains("Stabil"));
    // The parents see nothing yet.
    let (_, page) = s
        .ben
        .0
        .page(&format!("/musterstadt/applications/{}", s.ben.1));
    assert!(!page.contains("Wie die Vergabe entschieden hat"));

    // A second run of the same input is identical; the comparison says so.
    let run2 = what_if(office, &round);
    let (code, page) = office.page(&format!(
        "/musterstadt/office/allocation/{round}/compare?a={run1}&b={run2}"
    ));
    assert_eq!(code, Status::Ok);
    assert!(page.contains("0 Kinder haben in den beiden Läufen ein unterschiedliches Ergebnis"));
    {
        let mut conn = t.app.db.get().unwrap();
        let hashes: Vec<String> = allocation_runs::table
            .filter(allocation_runs::round_id.eq(&round))
            .select(allocation_runs::input_hash)
            .load(&mut *conn)
            .unwrap();
        assert_eq!(hashes.len(), 2);
        assert_eq!(hashes[0], hashes[1]);
    }

    // Publishing: offers with the hours asked for, waiting list for Ben, one letter each.
    publish(office, &run2);
    assert_eq!(status(&t, &s.anna.1), "offered");
    assert_eq!(status(&t, &s.clara.1), "offered");
    assert_eq!(status(&t, &s.ben.1), "rejected");
    assert_eq!(offer_hours(&t, &s.anna.1), Some(35));
    assert_eq!(offer_hours(&t, &s.clara.1), Some(35));
    let mails = t.deliver_mail();
    assert_eq!(mails.len(), 3);
    assert!(mails
        .iter()
        .any(|m| m.contains("einen Platz in Waldkita") && m.contains("07.12.2026")));
    assert!(mails.iter().any(|m| m.contains("Warteliste")));

    // Publishing again sends nothing twice.
    let before = traces(&t);
    publish(office, &run2);
    publish(office, &run1);
    assert_eq!(traces(&t), before);
    assert!(t.deliver_mail().is_empty());

    // Ben's page explains in plain language, without anyone else's data.
    let (_, page) = s
        .ben
        .0
        .page(&format!("/musterstadt/applications/{}", s.ben.1));
    assert!(page.contains(
        "Waldkita: der einzige Ü3-Platz ging an ein Kind mit mindestens 10 Punkten; Ihre Anfrage hatte 0 Punkte."
    ), "{page}");
    assert!(!page.contains("Anna") && !page.contains("Clara"));
    // Clara got her second wish and is told why not the first.
    let (_, page) = s
        .clara
        .0
        .page(&format!("/musterstadt/applications/{}", s.clara.1));
    assert!(page.contains("Ihr Kind erhält einen Platz in Ev. Kindergarten Arche"));
    assert!(
        page.contains("Waldkita: der einzige Ü3-Platz ging an ein Kind mit mindestens 10 Punkten")
    );
    assert!(page.contains("Bitte antworten Sie bis zum 07.12.2026"));
    // Anna got her first wish.
    let (_, page) = s
        .anna
        .0
        .page(&format!("/musterstadt/applications/{}", s.anna.1));
    assert!(page.contains("ersten Wunsch-Einrichtung: Waldkita"));

    // Clara accepts (a seat is taken), Anna declines (the Waldkita place is free again).
    let res = s.clara.0.post_form(
        &format!("/musterstadt/applications/{}/accept", s.clara.1),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(status(&t, &s.clara.1), "accepted");
    let res = s.anna.0.post_form(
        &format!("/musterstadt/applications/{}/decline", s.anna.1),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(status(&t, &s.anna.1), "declined");
    // Answering twice does nothing.
    s.anna.0.post_form(
        &format!("/musterstadt/applications/{}/accept", s.anna.1),
        &[],
    );
    assert_eq!(status(&t, &s.anna.1), "declined");
    {
        let mut conn = t.app.db.get().unwrap();
        let seats: i64 = place_seats::table.count().get_result(&mut *conn).unwrap();
        assert_eq!(seats, 1);
    }

    // The next round gives the freed place to Ben from the waiting list.
    let round2 = create_round(office, "Nachrückrunde");
    let run3 = what_if(office, &round2);
    let (_, page) = office.page(&format!("/musterstadt/office/allocation/runs/{run3}"));
    assert!(
        page.contains("1 von 1 Kindern erhalten einen Platz"),
        "{page}"
    );
    publish(office, &run3);
    assert_eq!(status(&t, &s.ben.1), "offered");
    {
        let mut conn = t.app.db.get().unwrap();
        let facility: String = offers::table
            .filter(offers::application_id.eq(&s.ben.1))
            .select(offers::facility_id)
            .first(&mut *conn)
            .unwrap();
        assert_eq!(facility, s.wald);
    }
}

#[test]
fn offers_are_reminded_three_days_before_and_expire_after_the_deadline() {
    let t = TestApp::demo();
    let s = scene(&t);
    let round = create_round(&s.office, "Frühjahr");
    let run = what_if(&s.office, &round);
    publish(&s.office, &run);
    t.deliver_mail();
    // Deadline 7 December: nothing on 3 December, the reminder on 4 December, once.
    t.clock.advance(chrono::Duration::days(10));
    assert_eq!(kitaplatz::allocation::run_due(&t.app).unwrap(), (0, 0));
    t.clock.advance(chrono::Duration::days(1));
    assert_eq!(kitaplatz::allocation::run_due(&t.app).unwrap(), (0, 2));
    assert_eq!(kitaplatz::allocation::run_due(&t.app).unwrap(), (0, 0));
    let mails = t.deliver_mail();
    assert_eq!(mails.len(), 2);
    assert!(mails
        .iter()
        .all(|m| m.contains("Erinnerung") || m.contains("gilt noch bis zum 07.12.2026")));
    // On the deadline itself the offer is still open; the day after it has expired.
    t.clock.advance(chrono::Duration::days(3));
    assert_eq!(kitaplatz::allocation::run_due(&t.app).unwrap(), (0, 0));
    t.clock.advance(chrono::Duration::days(1));
    assert_eq!(kitaplatz::allocation::run_due(&t.app).unwrap(), (2, 0));
    assert_eq!(status(&t, &s.anna.1), "expired");
    // Too late to accept (a fresh login: the old sessions timed out meanwhile).
    let anna = t.client();
    anna.post_form(
        "/login",
        &[
            ("email", "anna@example.org"),
            ("password", "Ein Haus am See mit Garten"),
        ],
    );
    let res = anna.post_form(
        &format!("/musterstadt/applications/{}/accept", s.anna.1),
        &[],
    );
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(status(&t, &s.anna.1), "expired");
    assert_eq!(t.deliver_mail().len(), 2);
    // The place is free for the next round: Ben gets it.
    let office = t.login("jugendamt.musterstadt@example.org");
    let round2 = create_round(&office, "Nachrücker");
    let run2 = what_if(&office, &round2);
    publish(&office, &run2);
    assert_eq!(status(&t, &s.ben.1), "offered");
}

#[test]
fn two_parents_can_never_both_take_the_last_place() {
    let t = TestApp::demo();
    let s = scene(&t);
    // Two open offers for the one Waldkita place (e.g. an offer from an earlier round and a
    // manual one): whoever accepts second finds the place gone.
    let round = create_round(&s.office, "Frühjahr");
    let run = what_if(&s.office, &round);
    publish(&s.office, &run);
    {
        let mut conn = t.app.db.get().unwrap();
        let anna: (String, String, i32, chrono::NaiveDate, chrono::NaiveDate) = offers::table
            .filter(offers::application_id.eq(&s.anna.1))
            .select((
                offers::round_id,
                offers::run_id,
                offers::kita_year,
                offers::start_date,
                offers::deadline,
            ))
            .first(&mut *conn)
            .unwrap();
        let tenant = tenant(&mut conn, "musterstadt");
        diesel::insert_into(offers::table)
            .values((
                offers::id.eq("00000000-0000-0000-0000-00000000b0b0"),
                offers::municipality_id.eq(tenant.as_str()),
                offers::application_id.eq(&s.ben.1),
                offers::round_id.eq(&anna.0),
                offers::run_id.eq(&anna.1),
                offers::facility_id.eq(&s.wald),
                offers::category.eq("UE3"),
                offers::weekly_hours.eq(Some(35)),
                offers::kita_year.eq(anna.2),
                offers::start_date.eq(anna.3),
                offers::status.eq("open"),
                offers::deadline.eq(anna.4),
                offers::created_at.eq(t.app.clock.now_naive()),
            ))
            .execute(&mut *conn)
            .unwrap();
        diesel::update(applications::table.find(&s.ben.1))
            .set(applications::status.eq("offered"))
            .execute(&mut *conn)
            .unwrap();
    }
    let barrier = Arc::new(Barrier::new(2));
    let (households, tenant_id) = {
        let mut conn = t.app.db.get().unwrap();
        let h = |id: &str, conn: &mut kitaplatz::db::DbConnection| -> String {
            applications::table
                .find(id)
                .select(applications::household_id)
                .first(conn)
                .unwrap()
        };
        (
            [h(&s.anna.1, &mut conn), h(&s.ben.1, &mut conn)],
            tenant(&mut conn, "musterstadt"),
        )
    };
    let results: Vec<Answer> = std::thread::scope(|scope| {
        let handles: Vec<_> = [(&households[0], &s.anna.1), (&households[1], &s.ben.1)]
            .into_iter()
            .map(|(household, application)| {
                let (barrier, t, tenant_id) = (barrier.clone(), &t, &tenant_id);
                scope.spawn(move || {
                    let mut conn = t.app.db.get().unwrap();
                    let ctx = test_ctx(t);
                    barrier.wait();
                    store::accept_with_retry(&mut conn, tenant_id, household, application, &ctx)
                        .unwrap()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let won = results
        .iter()
        .filter(|r| matches!(r, Answer::Done(_)))
        .count();
    let lost = results.iter().filter(|r| **r == Answer::PlaceGone).count();
    assert_eq!((won, lost), (1, 1), "{results:?}");
    let mut conn = t.app.db.get().unwrap();
    let seats: i64 = place_seats::table.count().get_result(&mut *conn).unwrap();
    assert_eq!(seats, 1);
    let statuses: Vec<String> = [&s.anna.1, &s.ben.1]
        .iter()
        .map(|id| {
            applications::table
                .find(*id)
                .select(applications::status)
                .first(&mut *conn)
                .unwrap()
        })
        .collect();
    assert!(statuses.contains(&"accepted".to_string()));
    assert!(statuses.contains(&"rejected".to_string()));
}

#[test]
fn allocation_pages_are_closed_to_other_municipalities_parents_and_other_households() {
    let t = TestApp::demo();
    let s = scene(&t);
    let round = create_round(&s.office, "Frühjahr");
    let run = what_if(&s.office, &round);
    let pages = [
        "/musterstadt/office/allocation".to_string(),
        format!("/musterstadt/office/allocation/{round}"),
        format!("/musterstadt/office/allocation/runs/{run}"),
        format!("/musterstadt/office/allocation/{round}/compare?a={run}&b={run}"),
    ];
    let posts = [
        format!("/musterstadt/office/allocation/{round}/run"),
        format!("/musterstadt/office/allocation/runs/{run}/publish"),
    ];
    for who in [
        "jugendamt.beispieldorf@example.org",
        "eltern.musterstadt@example.org",
        "kita.musterstadt@example.org",
        "admin.musterstadt@example.org",
    ] {
        let b = t.login(who);
        for p in &pages {
            let res = b.get(p);
            let code = res.status();
            assert!(
                code == Status::Forbidden || code == Status::NotFound,
                "{who} GET {p}: {code}"
            );
            assert!(!res.into_string().unwrap_or_default().contains("Frühjahr"));
        }
        for p in &posts {
            let code = b.post_form(p, &[]).status();
            assert!(
                code == Status::Forbidden || code == Status::NotFound,
                "{who} POST {p}: {code}"
            );
        }
    }
    // The Beispieldorf office with Musterstadt ids in its own municipality: not found.
    let other = t.login("jugendamt.beispieldorf@example.org");
    assert_eq!(
        other
            .get(&format!("/beispieldorf/office/allocation/runs/{run}"))
            .status(),
        Status::NotFound
    );
    assert_eq!(
        other
            .post_form(&format!("/beispieldorf/office/allocation/{round}/run"), &[])
            .status(),
        Status::NotFound
    );
    // Nothing was published by anyone.
    assert_eq!(status(&t, &s.anna.1), "checked");

    publish(&s.office, &run);
    // Another household cannot answer Anna's offer or read it.
    for (path, what) in [("accept", "accept"), ("decline", "decline")] {
        let res = s.ben.0.post_form(
            &format!("/musterstadt/applications/{}/{path}", s.anna.1),
            &[],
        );
        assert_eq!(res.status(), Status::NotFound, "{what}");
    }
    assert_eq!(status(&t, &s.anna.1), "offered");
    let (code, page) = s
        .ben
        .0
        .page(&format!("/musterstadt/applications/{}", s.anna.1));
    assert_eq!(code, Status::NotFound);
    assert!(!page.contains("Waldkita"));
}

#[test]
fn lottery_numbers_are_drawn_once_at_submission() {
    let t = TestApp::demo();
    let s = scene(&t);
    let mut conn = t.app.db.get().unwrap();
    let lotteries: Vec<Option<i64>> = applications::table
        .filter(applications::id.eq_any([&s.anna.1, &s.ben.1, &s.clara.1]))
        .select(applications::lottery)
        .load(&mut *conn)
        .unwrap();
    assert!(lotteries.iter().all(|l| l.is_some_and(|n| n > 0)));
    let before = lotteries.clone();
    drop(conn);
    // Runs use them and never draw again.
    let round = create_round(&s.office, "Frühjahr");
    what_if(&s.office, &round);
    what_if(&s.office, &round);
    let mut conn = t.app.db.get().unwrap();
    let after: Vec<Option<i64>> = applications::table
        .filter(applications::id.eq_any([&s.anna.1, &s.ben.1, &s.clara.1]))
        .select(applications::lottery)
        .load(&mut *conn)
        .unwrap();
    assert_eq!(before, after);
}

#[test]
fn admins_set_bonus_points_and_the_office_records_facts_that_earn_them() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let (code, page) = admin.page("/musterstadt/admin/allocation");
    assert_eq!(code, Status::Ok);
    assert!(page.contains("value=\"350\"") && page.contains("value=\"14\""));
    let fields = |staff: &'static str, days: &'static str| {
        [
            ("bonus_sibling", "50"),
            ("bonus_own_krippe", "220"),
            ("bonus_catchment", "20"),
            ("bonus_staff", staff),
            ("offer_days", days),
        ]
    };
    let res = admin.post_form("/musterstadt/admin/allocation", &fields("-5", "1"));
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(body.contains("href=\"#bonus_staff\"") && body.contains("href=\"#offer_days\""));
    let res = admin.post_form("/musterstadt/admin/allocation", &fields("5", "21"));
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = admin.page("/musterstadt/admin/allocation");
    assert!(page.contains("value=\"21\"") && page.contains("value=\"5\""));

    // Ben's parent works at the Waldkita: 5 bonus points there are not enough against
    // Anna's 10 criteria points …
    let s = scene(&t);
    let office = &s.office;
    let path = format!("/musterstadt/office/applications/{}/allocation", s.ben.1);
    // A facility of another municipality is refused.
    let other = {
        let b = t.login("jugendamt.beispieldorf@example.org");
        let (_, page) = b.page("/beispieldorf/kitas");
        let i = page.find("/beispieldorf/kitas/").unwrap() + "/beispieldorf/kitas/".len();
        page[i..i + 36].to_string()
    };
    office.post_form(
        &path,
        &[("current_facility", ""), ("staff_facility", &other)],
    );
    let (_, page) = office.page(&format!("/musterstadt/office/applications/{}", s.ben.1));
    assert!(!page.contains(&format!("value=\"{other}\" selected")));
    let res = office.post_form(
        &path,
        &[("current_facility", ""), ("staff_facility", &s.wald)],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let round = create_round(office, "Mit Bonus");
    let run = what_if(office, &round);
    let (_, page) = office.page(&format!("/musterstadt/office/allocation/runs/{run}"));
    assert!(page.contains("mindestens 10 Punkten"), "{page}");
    // … 50 are.
    let res = admin.post_form("/musterstadt/admin/allocation", &fields("50", "21"));
    assert_eq!(res.status(), Status::SeeOther);
    let run = what_if(office, &round);
    let (_, page) = office.page(&format!("/musterstadt/office/allocation/runs/{run}"));
    assert!(page.contains("mindestens 50 Punkten"), "{page}");
    publish(office, &run);
    assert_eq!(status(&t, &s.ben.1), "offered");
    assert_eq!(status(&t, &s.anna.1), "rejected");
    // The offer runs for the configured 21 days.
    let mut conn = t.app.db.get().unwrap();
    let deadline: chrono::NaiveDate = offers::table
        .filter(offers::application_id.eq(&s.ben.1))
        .select(offers::deadline)
        .first(&mut *conn)
        .unwrap();
    assert_eq!(
        deadline,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 14).unwrap()
    );
}

#[test]
fn the_catchment_area_gives_its_bonus_and_only_the_youth_office_sets_it() {
    let t = TestApp::demo();
    let s = scene(&t);
    let path = format!("/musterstadt/office/facilities/{}/catchment", s.wald);
    // Provider admins maintain facilities but not the municipality's planning areas.
    let provider = t.login("traeger.musterstadt@example.org");
    assert_eq!(
        provider
            .post_form(&path, &[("catchment", "59999")])
            .status(),
        Status::Forbidden
    );
    let too_long = "x".repeat(101);
    s.office.post_form(&path, &[("catchment", &too_long)]);
    let res = s
        .office
        .post_form(&path, &[("catchment", " 59999 \n\nHauptstraße ")]);
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = s
        .office
        .page(&format!("/musterstadt/office/facilities/{}", s.wald));
    assert!(page.contains("59999\nHauptstraße") && !page.contains(&too_long));
    // Everyone in the scene lives in 59999: the cut-off rises by the default 20 points.
    let round = create_round(&s.office, "Einzugsgebiet");
    let run = what_if(&s.office, &round);
    let (_, page) = s
        .office
        .page(&format!("/musterstadt/office/allocation/runs/{run}"));
    assert!(page.contains("mindestens 30 Punkten"), "{page}");
}

fn adjustments(t: &TestApp, run: &str) -> i64 {
    let mut conn = t.app.db.get().unwrap();
    allocation_adjustments::table
        .filter(allocation_adjustments::run_id.eq(run))
        .count()
        .get_result(&mut *conn)
        .unwrap()
}

/// Posts `fields` to `path` and returns the page the redirect leads to (with its flash).
fn post_and_follow(b: &Browser, path: &str, fields: &[(&str, &str)]) -> String {
    let res = b.post_form(path, fields);
    assert_eq!(res.status(), Status::SeeOther, "{path}");
    let to = res.headers().get_one("Location").unwrap().to_string();
    b.page(to.split('#').next().unwrap()).1
}

/// Turns "facility leads must confirm" on for Musterstadt.
pub fn require_confirmations(t: &TestApp) {
    let admin = t.login("admin.musterstadt@example.org");
    let res = admin.post_form(
        "/musterstadt/admin/allocation",
        &[
            ("bonus_sibling", "50"),
            ("bonus_own_krippe", "220"),
            ("bonus_catchment", "20"),
            ("bonus_staff", "350"),
            ("offer_days", "14"),
            ("confirmation_required", "true"),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = admin.page("/musterstadt/admin/allocation");
    assert!(page.contains("id=\"confirmation_required\" name=\"confirmation_required\" type=\"checkbox\" value=\"true\" checked"));
}

#[test]
fn adjustments_by_hand_and_confirmations_by_facility_leads_gate_publishing() {
    let t = TestApp::demo();
    let s = scene(&t);
    let office = &s.office;
    require_confirmations(&t);
    // Dora wishes Kita Sonnenschein, which the demo facility lead runs.
    let sonne = facility_id(office, "Kita Sonnenschein");
    let arche = facility_id(office, "Ev. Kindergarten Arche");
    let d = family(&t, "dora@example.org");
    let dora = apply(&t, &d, "Dora", &[&sonne], &[]);
    let round = create_round(office, "Mit Prüfung");
    let run = what_if(office, &round);
    let adjust = format!("/musterstadt/office/allocation/runs/{run}/adjust");
    let move_child = |child: &str, facility: &str, reason: &str| {
        post_and_follow(
            office,
            &adjust,
            &[
                ("kind", "move"),
                ("application", child),
                ("facility", facility),
                ("reason", reason),
            ],
        )
    };
    let hold = |facility: &str, places: &str, reason: &str| {
        post_and_follow(
            office,
            &adjust,
            &[
                ("kind", "hold"),
                ("facility", facility),
                ("category", "UE3"),
                ("places", places),
                ("reason", reason),
            ],
        )
    };

    // Every change needs a reason, a wished facility and a free place.
    let page = move_child(&s.ben.1, &s.wald, "  ");
    assert!(
        page.contains("Bitte geben Sie eine Begründung an"),
        "{page}"
    );
    let page = move_child(&s.ben.1, &s.wald, "Härtefall");
    assert!(page.contains("kein Platz mehr frei"), "{page}");
    let page = move_child(&s.ben.1, &arche, "Härtefall");
    assert!(page.contains("nicht gewünscht"), "{page}");
    let page = hold(&s.wald, "1", "Umbau");
    assert!(
        page.contains("So viele Plätze können nicht zurückgehalten werden"),
        "{page}"
    );
    assert_eq!(adjustments(&t, &run), 0);

    // Anna out, Ben in: saved with reasons, the check lists Anna's stronger claim.
    move_child(&s.anna.1, "", "Familie zieht im Februar weg");
    let page = move_child(&s.ben.1, &s.wald, "Härtefall nach Gutachten");
    assert!(page.contains("Die Änderung ist gespeichert"), "{page}");
    assert!(
        page.contains("Härtefall nach Gutachten") && page.contains("Familie zieht im Februar weg")
    );
    assert!(page.contains("von Hand geändert"));
    assert!(
        page.contains("hat mehr Anspruch auf Waldkita als"),
        "{page}"
    );
    // Holding back one Arche place: capacity shown with the held place.
    let page = hold(&arche, "1", "Platz für Inklusionskind");
    assert!(page.contains("1 zurückgehalten"), "{page}");
    assert_eq!(adjustments(&t, &run), 3);

    // Publishing waits for the lead of Kita Sonnenschein (the other facilities have none).
    let page = post_and_follow(
        office,
        &format!("/musterstadt/office/allocation/runs/{run}/publish"),
        &[],
    );
    assert!(
        page.contains(
            "Noch nicht alle vorgeschlagenen Plätze sind von den Einrichtungen bestätigt"
        ),
        "{page}"
    );
    assert_eq!(status(&t, &dora), "checked");
    let lead = t.login("kita-leitung.musterstadt@example.org");
    let (code, page) = lead.page("/musterstadt/office/proposals");
    assert_eq!(code, Status::Ok);
    assert!(page.contains("keine Vorschläge"), "{page}");
    let page = post_and_follow(
        office,
        &format!("/musterstadt/office/allocation/runs/{run}/review"),
        &[],
    );
    assert!(
        page.contains("Ein Platz ist noch nicht bestätigt"),
        "{page}"
    );
    let (_, page) = lead.page("/musterstadt/office/proposals");
    assert!(
        page.contains("Dora") && !page.contains("Ben") && !page.contains("Clara"),
        "{page}"
    );

    // The lead answers only for her own facility, always with a reason.
    let answer = |child: &str| format!("/musterstadt/office/proposals/{run}/{child}");
    let res = lead.post_form(
        &answer(&s.ben.1),
        &[("decision", "confirm"), ("reason", "ok")],
    );
    assert_eq!(res.status(), Status::NotFound);
    let page = post_and_follow(
        &lead,
        &answer(&dora),
        &[("decision", "reject"), ("reason", "")],
    );
    assert!(page.contains("Bitte geben Sie eine Begründung an"));
    post_and_follow(
        &lead,
        &answer(&dora),
        &[
            ("decision", "reject"),
            ("reason", "Gruppe wegen Umbau verkleinert"),
        ],
    );
    let (_, page) = office.page(&format!("/musterstadt/office/allocation/runs/{run}"));
    assert!(page.contains("abgelehnt") && page.contains("Gruppe wegen Umbau verkleinert"));
    publish(office, &run);
    assert_eq!(status(&t, &dora), "checked");
    post_and_follow(
        &lead,
        &answer(&dora),
        &[("decision", "confirm"), ("reason", "Umbau früher fertig")],
    );

    // Other roles cannot answer or adjust.
    for who in [
        "kita.musterstadt@example.org",
        "jugendamt.musterstadt@example.org",
    ] {
        let b = t.login(who);
        assert_eq!(
            b.get("/musterstadt/office/proposals").status(),
            Status::Forbidden,
            "{who}"
        );
    }
    let res = lead.post_form(
        &adjust,
        &[
            ("kind", "hold"),
            ("facility", &sonne),
            ("category", "UE3"),
            ("places", "1"),
            ("reason", "x"),
        ],
    );
    assert_eq!(res.status(), Status::Forbidden);

    // Now the effective proposal is published: Ben has Anna's place, Anna is told why.
    publish(office, &run);
    assert_eq!(status(&t, &dora), "offered");
    assert_eq!(status(&t, &s.ben.1), "offered");
    assert_eq!(status(&t, &s.anna.1), "rejected");
    assert_eq!(status(&t, &s.clara.1), "offered");
    let (_, page) = s
        .anna
        .0
        .page(&format!("/musterstadt/applications/{}", s.anna.1));
    assert!(page.contains("Waldkita: Das Jugendamt hat diesen Platz nach Prüfung des Einzelfalls anders vergeben."), "{page}");
    assert!(!page.contains("Gutachten") && !page.contains("Ben"));
    // A published round cannot be changed any more.
    let page = hold(&arche, "0", "zurück");
    assert!(page.contains("bereits veröffentlicht"));
    assert_eq!(adjustments(&t, &run), 3);
}

fn job_status(t: &TestApp, job: &str) -> String {
    let mut conn = t.app.db.get().unwrap();
    jobs::table
        .find(job)
        .select(jobs::status)
        .first(&mut *conn)
        .unwrap()
}

#[test]
fn runs_are_background_jobs_with_a_progress_page() {
    let t = TestApp::demo();
    let office = t.login("jugendamt.musterstadt@example.org");
    let round = create_round(&office, "Im Hintergrund");
    let res = office.post_form(&format!("/musterstadt/office/allocation/{round}/run"), &[]);
    assert_eq!(res.status(), Status::SeeOther);
    let page_url = res.headers().get_one("Location").unwrap().to_string();
    let job = page_url.rsplit('/').next().unwrap().to_string();
    // Nothing is computed in the request: the page shows the waiting job and refreshes.
    let (code, page) = office.page(&page_url);
    assert_eq!(code, Status::Ok);
    assert!(page.contains("Der Lauf wartet auf den Start"), "{page}");
    assert!(page.contains("<meta http-equiv=\"refresh\" content=\"2\">"));
    assert!(page.contains("Schritt 0 von 3") && page.contains("<progress"));
    assert_eq!(job_status(&t, &job), "queued");
    assert_eq!(traces(&t).3, 0);
    // Another municipality's youth office does not see the job.
    let other = t.login("jugendamt.beispieldorf@example.org");
    assert_eq!(
        other
            .get(&format!("/beispieldorf/office/jobs/{job}"))
            .status(),
        Status::NotFound
    );

    // A job another instance is running keeps its lease; once the lease has run out (the
    // instance stopped) it is queued again.
    {
        let mut conn = t.app.db.get().unwrap();
        let now = kitaplatz::clock::Clock::now_naive(&t.clock);
        diesel::update(jobs::table.find(&job))
            .set((
                jobs::status.eq("running"),
                jobs::lease_until.eq(Some(now + kitaplatz::store::jobs::LEASE)),
            ))
            .execute(&mut *conn)
            .unwrap();
        let requeue = |conn: &mut _, at| kitaplatz::store::jobs::requeue_interrupted(conn, at);
        assert_eq!(requeue(&mut conn, now).unwrap(), 0);
        assert_eq!(job_status(&t, &job), "running");
        let later = now + kitaplatz::store::jobs::LEASE + chrono::Duration::seconds(1);
        assert_eq!(requeue(&mut conn, later).unwrap(), 1);
    }
    assert_eq!(kitaplatz::jobs::run_pending(&t.app).unwrap(), 1);
    assert_eq!(job_status(&t, &job), "done");
    let res = office.get(&page_url);
    assert_eq!(res.status(), Status::SeeOther);
    assert!(res
        .headers()
        .get_one("Location")
        .unwrap()
        .contains("/office/allocation/runs/"));
    assert_eq!(traces(&t).3, 1);

    // A job that fails says so in plain words, without internals.
    let failing = {
        let mut conn = t.app.db.get().unwrap();
        let musterstadt = tenant(&mut conn, "musterstadt");
        kitaplatz::store::jobs::enqueue(
            &mut conn,
            &musterstadt,
            kitaplatz::jobs::ALLOCATION_RUN,
            "no-such-round",
            3,
            &test_ctx(&t),
        )
        .unwrap()
    };
    kitaplatz::jobs::run_pending(&t.app).unwrap();
    assert_eq!(job_status(&t, &failing), "failed");
    let (code, page) = office.page(&format!("/musterstadt/office/jobs/{failing}"));
    assert_eq!(code, Status::Ok);
    assert!(page.contains("Der Lauf konnte nicht berechnet werden"));
    let error: Option<String> = {
        let mut conn = t.app.db.get().unwrap();
        jobs::table
            .find(&failing)
            .select(jobs::error)
            .first(&mut *conn)
            .unwrap()
    };
    let error = error.expect("the error is kept for operations");
    assert!(
        !page.contains(&error) && !page.contains("http-equiv"),
        "{page}"
    );
}

#[test]
fn the_job_worker_of_a_running_portal_does_queued_runs() {
    let t = TestApp::demo();
    let mut config = t.app.config.clone();
    config.job_worker = true;
    let app = kitaplatz::App::new(t.app.db.clone(), Arc::new(t.clock.clone()), config);
    let client =
        rocket::local::blocking::Client::tracked(kitaplatz::build(app, &[5u8; 64])).unwrap();
    let office = Browser { client };
    let res = office.post_form(
        "/login",
        &[
            ("email", "jugendamt.musterstadt@example.org"),
            ("password", PW),
        ],
    );
    assert_eq!(res.status(), Status::SeeOther);
    t.skip_second_factor("jugendamt.musterstadt@example.org");
    let round = create_round(&office, "Mit Arbeiter");
    let res = office.post_form(&format!("/musterstadt/office/allocation/{round}/run"), &[]);
    let job = last_segment(&res);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while job_status(&t, &job) != "done" {
        assert!(
            std::time::Instant::now() < deadline,
            "the worker did not run the job"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// The href of the first link whose text starts with `text`.
fn link_to(page: &str, text: &str) -> String {
    let i = page.find(&format!("\">{text}")).expect("link in page");
    let start = page[..i].rfind("href=\"").unwrap() + "href=\"".len();
    page[start..i].to_string()
}

#[test]
fn letters_come_from_admin_templates_travel_as_pdf_and_stay_with_the_application() {
    let t = TestApp::demo();
    let admin = t.login("admin.musterstadt@example.org");
    let (code, page) = admin.page("/musterstadt/admin/letters");
    assert_eq!(code, Status::Ok);
    assert!(page.contains("Zusage (Platzangebot)") && page.contains("Mitgelieferter Text"));
    let form = |subject: &str, body: &str, action: &str| {
        admin.post_form(
            "/musterstadt/admin/letters/offer",
            &[("subject", subject), ("body", body), ("action", action)],
        )
    };
    // Templates are sandboxed and checked with demo data before they are saved.
    for (body, message) in [
        ("{{ get_env(name=\"HOME\") }}", "lässt sich nicht verwenden"),
        ("{{ kontonummer }}", "lässt sich nicht verwenden"),
        (
            "{% for c in facility %}{{ c }}{% endfor %}",
            "ist in Bescheid-Vorlagen nicht erlaubt",
        ),
        ("", "dürfen nicht leer sein"),
    ] {
        let res = form("Zusage", body, "save");
        assert_eq!(res.status(), Status::UnprocessableEntity, "{body}");
        assert!(res.into_string().unwrap().contains(message), "{body}");
    }
    let subject = "Zusage: {{ child_first_names }} in {{ facility }}";
    let body = "Guten Tag,\r\n\r\nwir bieten {{ child_first_names }} einen Platz in {{ facility }} ab {{ start_date }} mit {{ weekly_hours }} Stunden an. Bitte antworten Sie bis {{ deadline }}.\r\n\r\nIhr Jugendamt {{ municipality }}";
    // The preview is a PDF with demo data; nothing is saved.
    let res = form(subject, body, "preview");
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(res.content_type(), Some(rocket::http::ContentType::PDF));
    assert!(res.into_bytes().unwrap().starts_with(b"%PDF-"));
    let (_, page) = admin.page("/musterstadt/admin/letters");
    assert!(page.contains("Mitgelieferter Text"));
    let res = form(subject, body, "save");
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = admin.page("/musterstadt/admin/letters/offer");
    assert!(page.contains("In Gebrauch: Version 1") && page.contains("{{ child_first_names }}"));
    // Staff of the youth office cannot edit templates.
    let office = t.login("jugendamt.musterstadt@example.org");
    assert_eq!(
        office.get("/musterstadt/admin/letters/offer").status(),
        Status::Forbidden
    );

    // Publishing makes a letter per child from the template in use, attached to the mail.
    let s = scene(&t);
    t.deliver_mail();
    let round = create_round(&s.office, "Mit Bescheiden");
    let run = what_if(&s.office, &round);
    publish(&s.office, &run);
    let mails = t.deliver_mail();
    assert_eq!(mails.len(), 3);
    assert!(mails
        .iter()
        .all(|m| m.contains("Content-Type: application/pdf")));
    assert!(mails.iter().any(|m| m.contains("filename=\"Zusage.pdf\"")));
    {
        let mut conn = t.app.db.get().unwrap();
        let kept: Vec<(String, i32, String, Option<Vec<u8>>)> = letters::table
            .filter(letters::application_id.eq(&s.anna.1))
            .select((
                letters::kind,
                letters::template_version,
                letters::body,
                letters::pdf,
            ))
            .load(&mut *conn)
            .unwrap();
        assert_eq!(kept.len(), 1);
        assert_eq!((kept[0].0.as_str(), kept[0].1), ("offer", 1));
        assert!(kept[0]
            .2
            .contains("wir bieten Anna einen Platz in Waldkita ab 01.03.2027 mit 35 Stunden an. Bitte antworten Sie bis 07.12.2026."));
        assert!(kept[0].3.as_ref().is_some_and(|p| p.starts_with(b"%PDF-")));
        let ben: (String, i32) = letters::table
            .filter(letters::application_id.eq(&s.ben.1))
            .select((letters::kind, letters::template_version))
            .first(&mut *conn)
            .unwrap();
        assert_eq!(ben, ("waiting_list".to_string(), 0));
    }

    // The parents find the letter on the application page and download the kept PDF.
    let (_, page) = s
        .anna
        .0
        .page(&format!("/musterstadt/applications/{}", s.anna.1));
    let href = link_to(&page, "Zusage: Anna in Waldkita");
    let res = s.anna.0.get(&href);
    assert_eq!(res.status(), Status::Ok);
    assert!(res
        .headers()
        .get_one("Content-Disposition")
        .unwrap()
        .contains("Zusage.pdf"));
    let first = res.into_bytes().unwrap();
    assert!(first.starts_with(b"%PDF-"));
    assert_eq!(s.anna.0.get(&href).into_bytes().unwrap(), first);
    // Nobody else's: another family gets 404, also through its own application's URL.
    let letter = href.rsplit('/').next().unwrap();
    assert_eq!(s.ben.0.get(&href).status(), Status::NotFound);
    assert_eq!(
        s.ben
            .0
            .get(&format!(
                "/musterstadt/applications/{}/letters/{letter}",
                s.ben.1
            ))
            .status(),
        Status::NotFound
    );
    // The youth office finds it on its application page.
    let (_, page) = s
        .office
        .page(&format!("/musterstadt/office/applications/{}", s.anna.1));
    let href = link_to(&page, "Zusage: Anna in Waldkita");
    let res = s.office.get(&href);
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(res.into_bytes().unwrap(), first);
    let other = t.login("jugendamt.beispieldorf@example.org");
    assert_eq!(
        other
            .get(&href.replace("/musterstadt/", "/beispieldorf/"))
            .status(),
        Status::NotFound
    );
}

#[test]
fn a_run_whose_places_were_taken_meanwhile_is_not_published() {
    let t = TestApp::demo();
    let s = scene(&t);
    let first = create_round(&s.office, "Erste Runde");
    let second = create_round(&s.office, "Zweite Runde");
    let run_first = what_if(&s.office, &first);
    let run_second = what_if(&s.office, &second);
    publish(&s.office, &run_first);
    assert_eq!(status(&t, &s.anna.1), "offered");
    // The second run counted the Waldkita place the first round has just offered to Anna.
    let before = traces(&t);
    let page = post_and_follow(
        &s.office,
        &format!("/musterstadt/office/allocation/runs/{run_second}/publish"),
        &[],
    );
    assert!(
        page.contains("Seit diesem Lauf haben sich die freien Plätze geändert"),
        "{page}"
    );
    assert_eq!(traces(&t), before);
    let (_, page) = s
        .office
        .page(&format!("/musterstadt/office/allocation/{second}"));
    assert!(!page.contains("Veröffentlicht am") && page.contains("In Vorbereitung"));
}

#[test]
fn parents_read_their_letter_translated_and_the_municipality_can_adapt_the_translation() {
    let t = TestApp::demo();
    let s = scene(&t);
    let round = create_round(&s.office, "Frühjahr");
    let run = what_if(&s.office, &round);
    publish(&s.office, &run);
    let anna = &s.anna.0;
    let detail = format!("/musterstadt/applications/{}", s.anna.1);
    // In German the letter is the PDF; there is nothing to translate.
    let (_, page) = anna.page(&detail);
    assert!(!page.contains("/translation"));

    anna.get("/lang/en?next=/");
    let (_, page) = anna.page(&detail);
    let href = link_to(&page, "Read the translation");
    let (status, page) = anna.page(&href);
    assert_eq!(status, Status::Ok);
    assert!(
        page.contains("Offer of a childcare place for Anna"),
        "{page}"
    );
    assert!(page.contains("Facility: Waldkita") && page.contains("Start: 01&#x2F;03&#x2F;2027"));
    assert!(page.contains("Only the German letter is legally binding."));
    assert!(!page.contains("{ $") && !page.contains("{$"));
    // Another family gets nothing, also through its own application.
    assert_eq!(s.ben.0.get(&href).status(), Status::NotFound);
    let letter = href.split('/').nth(5).unwrap();
    assert_eq!(
        s.ben
            .0
            .get(&format!(
                "/musterstadt/applications/{}/letters/{letter}/translation",
                s.ben.1
            ))
            .status(),
        Status::NotFound
    );

    // The municipality words the English subject its own way.
    let admin = t.login("admin.musterstadt@example.org");
    let res = admin.post_form(
        "/musterstadt/admin/texts/lettertext-offer-subject",
        &[("texts[en]", "Your place for { $child_first_names }")],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let (_, page) = anna.page(&href);
    assert!(page.contains("<h1>Your place for Anna</h1>"), "{page}");

    // Arabic reads right to left with the values filled in.
    anna.get("/lang/ar?next=/");
    let (status, page) = anna.page(&href);
    assert_eq!(status, Status::Ok);
    assert!(page.contains("dir=\"rtl\"") && page.contains("Waldkita") && page.contains("Anna"));
    assert!(
        page.contains("يسعدنا أن نعرض على طفلكم Anna"),
        "Arabic text: {page}"
    );
    assert!(!page.contains("{ $") && !page.contains("lettertext-"));
}
