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

/// DESIGN.md §6.2, through the real binary: exactly the contract's columns and decisions, and a
/// clear error with a non-zero exit for a broken file.
#[test]
fn dedupe_command_follows_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("apps.csv");
    let output = dir.path().join("pairs.csv");
    std::fs::write(
        &input,
        "\u{feff}id,first_names,last_name,birth_date,street,house_number,postal_code,city\n\
         a1,Anna Maria,Müller,2023-03-14,Lindenallee,7,59999,Musterstadt\n\
         a2,Anna,Mueller,2023-03-14,Lindenallee,7,59999,Musterstadt\n\
         a3,Lena,Müller,2023-03-14,Lindenallee,7,59999,Musterstadt\n\
         a4,Jonas,Schmidt,2021-01-02,Am Hang,3,59999,Musterstadt\n",
    )
    .unwrap();
    let run = kitaplatz_io("dedupe", &input, &output);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let pairs = std::fs::read_to_string(&output).unwrap();
    let mut lines = pairs.lines();
    assert_eq!(lines.next(), Some("id_a,id_b,score,decision"));
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    // Anna Maria Müller = Anna Mueller; her twin Lena and Jonas are other children.
    assert_eq!(rows.len(), 1, "{pairs}");
    assert_eq!(&rows[0][..2], &["a1", "a2"]);
    assert_eq!(rows[0][3], "duplicate");
    let score: f64 = rows[0][2].parse().unwrap();
    assert!((0.0..=1.0).contains(&score));

    std::fs::write(&input, "id,first_names\nx,\"unterminated\n").unwrap();
    let run = kitaplatz_io("dedupe", &input, &output);
    assert!(!run.status.success());
    assert!(!String::from_utf8_lossy(&run.stderr).is_empty());
}

/// DESIGN.md §6.1, through the real binary: every child in `assignments`, explanations with the
/// cut-off that beat the child, sibling groups reported.
#[test]
fn allocate_command_follows_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("instance.json");
    let output = dir.path().join("result.json");
    std::fs::write(
        &input,
        r#"{ "facilities": [ { "id": "F1", "capacity": { "U3": 1, "UE3": 0, "HORT": 0 } } ],
             "children": [
               { "id": "C1", "category": "U3", "wishes": ["F1"], "points": 14, "bonus": {}, "lottery": 203, "sibling_group": "G7" },
               { "id": "C2", "category": "U3", "wishes": ["F1"], "points": 12, "bonus": {}, "lottery": 8812, "sibling_group": null } ] }"#,
    )
    .unwrap();
    let run = kitaplatz_io("allocate", &input, &output);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let result: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&output).unwrap()).unwrap();
    assert_eq!(result["assignments"]["C1"], "F1");
    assert_eq!(result["assignments"]["C2"], serde_json::Value::Null);
    let why = &result["explanations"]["C2"][0];
    assert_eq!(why["facility"], "F1");
    assert_eq!(why["reason"], "full");
    assert_eq!(why["last_admitted"]["score"], 14);
    assert_eq!(why["last_admitted"]["lottery"], 203);
    assert_eq!(result["sibling_groups"]["G7"], "together");
    assert_eq!(result["stats"]["children"], 2);
    assert_eq!(result["stats"]["placed"], 1);

    std::fs::write(&input, "{ \"facilities\": [").unwrap();
    let run = kitaplatz_io("allocate", &input, &output);
    assert!(!run.status.success());
}

/// Runs `kitaplatz COMMAND --input INPUT --output OUTPUT` (the real binary).
fn kitaplatz_io(
    command: &str,
    input: &std::path::Path,
    output: &std::path::Path,
) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_kitaplatz"))
        .arg(command)
        .arg("--input")
        .arg(input)
        .arg("--output")
        .arg(output)
        .output()
        .unwrap()
}
