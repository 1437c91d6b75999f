//! Writes through `Db::write` (group commit on SQLite): many writers at once are all answered,
//! each after its own writes are stored, and a writer that fails leaves nothing behind while
//! the others in the same commit are kept.

use chrono::NaiveDate;
use diesel::prelude::*;

use kitaplatz::db::schema::retention_runs;
use kitaplatz::error::AppError;

use crate::common::*;

fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(n)
}

fn insert(c: &mut kitaplatz::db::DbConnection, d: NaiveDate) -> Result<usize, AppError> {
    let at = d.and_hms_opt(0, 0, 0).unwrap();
    Ok(diesel::insert_into(retention_runs::table)
        .values((retention_runs::day.eq(d), retention_runs::started_at.eq(at)))
        .execute(c)?)
}

#[test]
fn concurrent_writers_are_all_answered_and_a_failing_one_leaves_nothing() {
    let t = TestApp::empty();
    let db = t.app.db.clone();
    let rt = rocket::tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .unwrap();
    // Day 0 exists: the writer that inserts day 1000 and then day 0 fails as a whole.
    let mut c = db.get().unwrap();
    insert(&mut c, day(0)).unwrap();
    drop(c);
    let results: Vec<Result<usize, AppError>> = rt.block_on(async {
        let mut tasks = Vec::new();
        for n in 1..=200 {
            let db = db.clone();
            tasks.push(rocket::tokio::spawn(async move {
                db.write(move |c| {
                    c.transaction(|tx| {
                        if n == 100 {
                            insert(tx, day(1000))?;
                            return insert(tx, day(0));
                        }
                        insert(tx, day(n))
                    })
                })
                .await
            }));
        }
        let mut out = Vec::new();
        for task in tasks {
            out.push(task.await.unwrap());
        }
        out
    });
    let failed: Vec<usize> = results
        .iter()
        .enumerate()
        .filter(|(_, r)| r.is_err())
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(
        failed,
        vec![100],
        "only the writer with the duplicate failed"
    );
    let mut c = db.get().unwrap();
    let stored: Vec<NaiveDate> = retention_runs::table
        .select(retention_runs::day)
        .order(retention_runs::day)
        .load(&mut c)
        .unwrap();
    let expected: Vec<NaiveDate> = (0..=200).filter(|n| *n != 100).map(day).collect();
    assert_eq!(
        stored, expected,
        "every answered write is stored, the failed one not at all"
    );
}
