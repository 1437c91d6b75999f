//! Place allocation on the command line (DESIGN.md §6.1) — `kitaplatz allocate`, the instance
//! generator `kitaplatz allocate-synth` and the benchmark behind `kitaplatz bench allocate`
//! (wired in `crate::dedupe_cli::BenchCommand`). Pure: no configuration, no database.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use crate::domain::allocation::{allocate, synth, Instance, Outcome};

/// Commands of the allocation engine (added to the `kitaplatz` command line).
#[derive(clap::Subcommand, Debug)]
pub enum AllocateCommand {
    /// Allocate places: read an instance (JSON), write the result (JSON). No database needed.
    Allocate {
        /// Instance JSON: {"facilities": [...], "children": [...]} (DESIGN.md §6.1).
        #[arg(long)]
        input: PathBuf,
        /// Result JSON: assignments, explanations, sibling_groups, stats.
        #[arg(long)]
        output: PathBuf,
    },
    /// Write a synthetic instance (the input format of `allocate`).
    AllocateSynth {
        /// Number of children.
        #[arg(long, default_value_t = 100_000)]
        children: usize,
        /// Number of facilities.
        #[arg(long, default_value_t = 1_000)]
        facilities: usize,
        /// Wishes per child.
        #[arg(long, default_value_t = 5)]
        wishes: usize,
        /// Random seed; the same seed gives the same file.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Instance JSON to write.
        #[arg(long)]
        output: PathBuf,
    },
}

/// Runs a command and prints its result or error.
pub fn run(command: AllocateCommand) -> ExitCode {
    let result = match command {
        AllocateCommand::Allocate { input, output } => allocate_files(&input, &output),
        AllocateCommand::AllocateSynth {
            children,
            facilities,
            wishes,
            seed,
            output,
        } => synth_file(children, facilities, wishes, seed, &output),
    };
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("kitaplatz: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Parses an instance; the error names line and column.
pub fn parse_instance(bytes: &[u8]) -> Result<Instance, String> {
    serde_json::from_slice(bytes).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Io => "cannot read",
            serde_json::error::Category::Syntax => "not valid JSON",
            serde_json::error::Category::Data => "not an allocation instance",
            serde_json::error::Category::Eof => "unexpected end of the JSON",
        };
        format!("{what}: {e}")
    })
}

/// Parses, allocates and returns the outcome with `stats.seconds` set to the time taken
/// (parsing and allocation).
pub fn allocate_bytes(bytes: &[u8], started: Instant) -> Result<Outcome, String> {
    let instance = parse_instance(bytes)?;
    allocate_instance(&instance, started)
}

fn allocate_instance(instance: &Instance, started: Instant) -> Result<Outcome, String> {
    let mut outcome = allocate(instance).map_err(|e| e.to_string())?;
    outcome.stats.seconds = started.elapsed().as_secs_f64();
    Ok(outcome)
}

/// Writes the outcome as compact JSON with a final newline — byte for byte what
/// `serde_json::to_writer` gives, but assignments and explanations are serialised on two
/// threads.
pub fn write_outcome(outcome: &Outcome, output: impl Write) -> std::io::Result<()> {
    let (assignments, explanations) = std::thread::scope(|scope| {
        let explanations = scope.spawn(|| serde_json::to_vec(&outcome.explanations));
        let assignments = serde_json::to_vec(&outcome.assignments);
        let explanations = explanations
            .join()
            .unwrap_or_else(|_| serde_json::to_vec(&outcome.explanations));
        (assignments, explanations)
    });
    let mut w = BufWriter::with_capacity(1 << 20, output);
    w.write_all(b"{\"assignments\":")?;
    w.write_all(&assignments?)?;
    w.write_all(b",\"explanations\":")?;
    w.write_all(&explanations?)?;
    w.write_all(b",\"sibling_groups\":")?;
    serde_json::to_writer(&mut w, &outcome.sibling_groups)?;
    w.write_all(b",\"stats\":")?;
    serde_json::to_writer(&mut w, &outcome.stats)?;
    w.write_all(b"}\n")?;
    w.flush()
}

/// `kitaplatz allocate --input … --output …`
pub fn allocate_files(input: &Path, output: &Path) -> Result<String, String> {
    let started = Instant::now();
    let bytes = std::fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let instance = parse_instance(&bytes).map_err(|e| format!("{}: {e}", input.display()))?;
    drop(bytes);
    let outcome =
        allocate_instance(&instance, started).map_err(|e| format!("{}: {e}", input.display()))?;
    let file = File::create(output).map_err(|e| format!("{}: {e}", output.display()))?;
    write_outcome(&outcome, file).map_err(|e| format!("{}: {e}", output.display()))?;
    let message = format!(
        "{} children, {} placed, result written to {} in {:.3} s",
        outcome.stats.children,
        outcome.stats.placed,
        output.display(),
        started.elapsed().as_secs_f64()
    );
    // The process ends right after this: freeing ~10^6 small allocations one by one would
    // cost tens of milliseconds of the §7 budget, so the operating system reclaims them.
    std::mem::forget(instance);
    std::mem::forget(outcome);
    Ok(message)
}

/// `kitaplatz allocate-synth …`
pub fn synth_file(
    children: usize,
    facilities: usize,
    wishes: usize,
    seed: u64,
    output: &Path,
) -> Result<String, String> {
    let instance = synth::generate(children, facilities, wishes, seed);
    File::create(output)
        .and_then(|file| {
            let mut w = BufWriter::with_capacity(1 << 20, file);
            serde_json::to_writer(&mut w, &instance)?;
            w.write_all(b"\n")?;
            w.flush()
        })
        .map_err(|e| format!("{}: {e}", output.display()))?;
    Ok(format!(
        "{} children, {} facilities written to {}",
        instance.children.len(),
        instance.facilities.len(),
        output.display()
    ))
}

/// `kitaplatz bench allocate …`: generate, serialise, parse, allocate, write (to memory).
pub fn bench(
    children: usize,
    facilities: usize,
    wishes: usize,
    seed: u64,
) -> Result<String, String> {
    let t = Instant::now();
    let instance = synth::generate(children, facilities, wishes, seed);
    let generate_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let json = serde_json::to_vec(&instance).map_err(|e| e.to_string())?;
    let serialise_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let parsed = parse_instance(&json)?;
    let parse_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let outcome = allocate(&parsed).map_err(|e| e.to_string())?;
    let allocate_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut out = Vec::new();
    write_outcome(&outcome, &mut out).map_err(|e| e.to_string())?;
    let write_s = t.elapsed().as_secs_f64();
    let mut groups = [0usize; 3];
    for status in outcome.sibling_groups.values() {
        groups[*status as usize] += 1;
    }
    Ok(format!(
        "{} children, {} facilities, {} wishes each (seed {seed})\n\
         instance {:.1} MB, result {:.1} MB\n\
         placed {} ({:.1} %), sibling groups: {} together, {} split, {} unplaced\n\
         generate {:.3} s | serialise {:.3} s | parse {:.3} s | allocate {:.3} s | write {:.3} s\n\
         parse + allocate + write {:.3} s",
        outcome.stats.children,
        instance.facilities.len(),
        wishes,
        json.len() as f64 / 1e6,
        out.len() as f64 / 1e6,
        outcome.stats.placed,
        100.0 * outcome.stats.placed as f64 / outcome.stats.children.max(1) as f64,
        groups[0],
        groups[1],
        groups[2],
        generate_s,
        serialise_s,
        parse_s,
        allocate_s,
        write_s,
        parse_s + allocate_s + write_s,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(json: &str) -> Result<Outcome, String> {
        allocate_bytes(json.as_bytes(), Instant::now())
    }

    #[test]
    fn allocation_cli_contract_example() {
        let json = r#"{ "facilities": [ { "id": "F1", "capacity": { "U3": 1, "UE3": 25, "HORT": 0 } } ],
          "children": [ { "id": "C1", "category": "U3", "wishes": ["F1", "F7"],
                          "points": 12, "bonus": { "F7": 5 }, "lottery": 8812,
                          "sibling_group": null },
                        { "id": "C2", "category": "U3", "wishes": ["F1"], "points": 10,
                          "lottery": 1, "sibling_group": "G7" } ] }"#;
        let outcome = run_on(json).unwrap();
        let mut out = Vec::new();
        write_outcome(&outcome, &mut out).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(value["assignments"]["C1"], "F1");
        assert_eq!(value["assignments"]["C2"], serde_json::Value::Null);
        assert_eq!(
            value["explanations"]["C2"],
            serde_json::json!([{"facility": "F1", "reason": "full",
                                "last_admitted": {"score": 12, "lottery": 8812}}])
        );
        assert!(value["explanations"].get("C1").is_none());
        assert_eq!(value["sibling_groups"]["G7"], "unplaced");
        assert_eq!(value["stats"]["children"], 2);
        assert_eq!(value["stats"]["placed"], 1);
        assert!(value["stats"]["seconds"].is_number());
    }

    #[test]
    fn allocation_cli_rejects_bad_input() {
        for (json, needle) in [
            ("{", "end of the JSON"),
            ("not json", "not valid JSON"),
            (
                r#"{"facilities": 3, "children": []}"#,
                "not an allocation instance",
            ),
            (
                r#"{"facilities": [{"id": "F1", "capacity": {"XL": 1}}], "children": []}"#,
                "unknown category 'XL'",
            ),
            (
                r#"{"facilities": [], "children": [{"id": "C1", "category": "U4", "wishes": []}]}"#,
                "unknown category 'U4'",
            ),
            (
                r#"{"facilities": [{"id": "F1"}, {"id": "F1"}], "children": []}"#,
                "duplicate facility id 'F1'",
            ),
            (
                r#"{"facilities": [], "children": [{"id": "C1", "category": "U3"}, {"id": "C1", "category": "U3"}]}"#,
                "duplicate child id 'C1'",
            ),
            (
                r#"{"facilities": [{"id": "F1", "capacity": {"U3": -1}}], "children": []}"#,
                "not an allocation instance",
            ),
        ] {
            let err = run_on(json).unwrap_err();
            assert!(err.contains(needle), "{json}: {err}");
        }
    }

    #[test]
    fn allocation_cli_files_and_errors() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("instance.json");
        let output = dir.path().join("result.json");
        synth_file(200, 10, 3, 7, &input).unwrap();
        allocate_files(&input, &output).unwrap();
        let written = std::fs::read(&output).unwrap();
        let result: Outcome = serde_json::from_slice(&written).unwrap();
        assert_eq!(result.assignments.len(), 200);
        assert!(!result.explanations.is_empty());
        // The two-thread writer gives exactly serde's output.
        let outcome = allocate_bytes(&std::fs::read(&input).unwrap(), Instant::now()).unwrap();
        let mut mine = Vec::new();
        write_outcome(&outcome, &mut mine).unwrap();
        let mut expected = serde_json::to_vec(&outcome).unwrap();
        expected.push(b'\n');
        assert_eq!(mine, expected);
        let missing = dir.path().join("missing.json");
        assert!(allocate_files(&missing, &output)
            .unwrap_err()
            .contains("missing.json"));
        std::fs::write(&input, b"[1,2").unwrap();
        assert!(allocate_files(&input, &output).is_err());
    }
}
