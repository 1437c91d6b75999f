//! The operator's command-line bootstrap (the same functions `kitaplatz` calls).

use kitaplatz::cli;

use crate::common::*;

#[test]
fn operator_bootstraps_a_district_a_municipality_and_its_admin_on_the_command_line() {
    let t = TestApp::empty();
    let db = &t.app.db;
    assert!(cli::create_district(db, &t.clock, "Ungültig!", "X").is_err());
    cli::create_district(db, &t.clock, "seekreis", "Landkreis Am See").unwrap();
    assert!(cli::create_district(db, &t.clock, "seekreis", "Doppelt").is_err());
    let err = cli::create_municipality(
        db, &t.clock, "seekreis", "seedorf", "Seedorf", "09162000", "NW",
    )
    .unwrap_err();
    assert!(err.to_string().contains("AGS"));
    assert!(cli::create_municipality(
        db,
        &t.clock,
        "gibtsnicht",
        "seedorf",
        "Seedorf",
        "05958009",
        "NW"
    )
    .is_err());
    cli::create_municipality(
        db, &t.clock, "seekreis", "seedorf", "Seedorf", "05958009", "nw",
    )
    .unwrap();
    assert!(cli::invite(
        db,
        &t.clock,
        &t.app.config,
        "chef@example.org",
        "operator",
        "seedorf"
    )
    .is_err());
    cli::invite(
        db,
        &t.clock,
        &t.app.config,
        "chef@example.org",
        "municipality_admin",
        "seedorf",
    )
    .unwrap();
    let mails = t.deliver_mail();
    assert_eq!(mails.len(), 1);
    assert!(link_in(&mails[0], "/invite/").is_some());
    assert!(mails[0].contains("Seedorf"));
    assert!(t.audit_count() >= 4);
}
