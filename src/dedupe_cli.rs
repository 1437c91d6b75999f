//! The duplicate check on the command line (DESIGN.md §6.2) — `kitaplatz dedupe`, the data
//! generator `kitaplatz dedupe-synth` and `kitaplatz bench dedupe`. Pure: no configuration,
//! no database.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;

use crate::domain::dedupe::eval::{baseline_pairs, evaluate, Quality};
use crate::domain::dedupe::synth::{generate, SynthData};
use crate::domain::dedupe::{candidate_pairs, find_pairs, fingerprints, Pair, Record};

/// The columns of the input, in the order of the contract.
pub const INPUT_COLUMNS: [&str; 8] = [
    "id",
    "first_names",
    "last_name",
    "birth_date",
    "street",
    "house_number",
    "postal_code",
    "city",
];

/// The columns of the output.
pub const OUTPUT_COLUMNS: [&str; 4] = ["id_a", "id_b", "score", "decision"];

/// Commands of the duplicate check (added to the `kitaplatz` command line).
#[derive(clap::Subcommand, Debug)]
pub enum DedupeCommand {
    /// Find duplicate child applications in a CSV file (no database needed).
    Dedupe {
        /// CSV with the columns id,first_names,last_name,birth_date,street,house_number,
        /// postal_code,city (UTF-8, header row, birth_date YYYY-MM-DD).
        #[arg(long)]
        input: PathBuf,
        /// CSV of pairs: id_a,id_b,score,decision (duplicate|review).
        #[arg(long)]
        output: PathBuf,
    },
    /// Write synthetic applications with known duplicates, twins and siblings.
    DedupeSynth {
        /// Number of applications.
        #[arg(long, default_value_t = 20_000)]
        count: usize,
        /// Random seed; the same seed gives the same file.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Applications CSV to write (the input format of `dedupe`).
        #[arg(long)]
        output: PathBuf,
        /// CSV of the true duplicate pairs to write: id_a,id_b,variants.
        #[arg(long)]
        truth: Option<PathBuf>,
    },
    /// Benchmarks of the pure engines.
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
}

/// `kitaplatz bench …`
#[derive(clap::Subcommand, Debug)]
pub enum BenchCommand {
    /// Generate applications, find duplicates, print precision, recall and timings.
    Dedupe {
        /// Number of applications.
        #[arg(long, default_value_t = 20_000)]
        count: usize,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Also print up to this many wrong decisions of each kind, with the records.
        #[arg(long, default_value_t = 0)]
        show_errors: usize,
    },
    /// Generate an allocation instance in memory, allocate it, print the timings of each phase.
    Allocate {
        /// Number of children.
        #[arg(long, default_value_t = 100_000)]
        children: usize,
        /// Number of facilities.
        #[arg(long, default_value_t = 1_000)]
        facilities: usize,
        /// Wishes per child.
        #[arg(long, default_value_t = 5)]
        wishes: usize,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Generate a municipality in memory, run the needs-planning forecast, print the timings.
    Forecast {
        /// Number of facilities.
        #[arg(long, default_value_t = 1_000)]
        facilities: usize,
        /// Number of contracts (about 2 % of them become accepted offers).
        #[arg(long, default_value_t = 90_000)]
        contracts: usize,
        /// Months to forecast.
        #[arg(long, default_value_t = 24)]
        months: usize,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Registration-day load against a running server, open loop: care requests through the
    /// JSON API (or the parent pages with --pages); latency percentiles and errors.
    Load(Box<crate::load_cli::LoadArgs>),
    /// Compare the acknowledged submissions of `bench load` with the database's rows.
    LoadVerify(crate::load_cli::VerifyArgs),
}

/// Runs a command and prints its result or error.
pub fn run(command: DedupeCommand) -> ExitCode {
    let result = match command {
        DedupeCommand::Dedupe { input, output } => dedupe_files(&input, &output),
        DedupeCommand::DedupeSynth {
            count,
            seed,
            output,
            truth,
        } => synth_files(count, seed, &output, truth.as_deref()),
        DedupeCommand::Bench {
            command:
                BenchCommand::Dedupe {
                    count,
                    seed,
                    show_errors,
                },
        } => Ok(bench(count, seed, show_errors)),
        DedupeCommand::Bench {
            command:
                BenchCommand::Allocate {
                    children,
                    facilities,
                    wishes,
                    seed,
                },
        } => crate::allocate_cli::bench(children, facilities, wishes, seed),
        DedupeCommand::Bench {
            command:
                BenchCommand::Forecast {
                    facilities,
                    contracts,
                    months,
                    seed,
                },
        } => crate::forecast_cli::bench_report(facilities, contracts, months, seed),
        DedupeCommand::Bench {
            command: BenchCommand::Load(args),
        } => crate::load_cli::run(*args),
        DedupeCommand::Bench {
            command: BenchCommand::LoadVerify(args),
        } => crate::load_cli::verify_files(&args.acked, &args.stored),
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

/// Why the input could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InputError {
    /// Reading failed.
    #[error("cannot read the input: {0}")]
    Io(String),
    /// Not a CSV file of the expected shape.
    #[error("line {line}: {message}")]
    Csv {
        /// 1-based line number.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// A required column is missing from the header.
    #[error("the header has no column '{0}' (expected {columns})", columns = INPUT_COLUMNS.join(","))]
    MissingColumn(&'static str),
    /// The file is empty.
    #[error("the input is empty (expected a header row: {columns})", columns = INPUT_COLUMNS.join(","))]
    Empty,
}

fn csv_error(e: &csv::Error) -> InputError {
    let line = e.position().map_or(0, |p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8 (save the file as UTF-8)".to_string(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields, but the header has {expected_len}"),
        _ => e.to_string(),
    };
    InputError::Csv { line, message }
}

/// A birth date as ISO `YYYY-MM-DD` (or German `DD.MM.YYYY`); empty or unreadable → `None`.
pub fn parse_birth_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .ok()
}

/// Reads applications: UTF-8 CSV with a header row (a BOM is skipped; `;` is accepted as
/// separator if the header uses it). Columns are found by name; `id`, `first_names`,
/// `last_name` and `birth_date` are required, the address columns optional. Every id must be
/// non-empty and unique.
pub fn read_applications(mut input: impl Read) -> Result<Vec<Record>, InputError> {
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::Io(e.to_string()))?;
    let data = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let header_line = data.split(|&b| b == b'\n').next().unwrap_or_default();
    if header_line.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::Empty);
    }
    let delimiter = if !header_line.contains(&b',') && header_line.contains(&b';') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .from_reader(data);
    let header = reader.headers().map_err(|e| csv_error(&e))?.clone();
    let column = |name: &'static str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let required = |name: &'static str| column(name).ok_or(InputError::MissingColumn(name));
    let id = required("id")?;
    let first = required("first_names")?;
    let last = required("last_name")?;
    let birth = required("birth_date")?;
    let street = column("street");
    let house = column("house_number");
    let postal = column("postal_code");
    let city = column("city");

    let mut records = Vec::new();
    let mut seen = HashMap::new();
    let mut row = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut row) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error(&e)),
        }
        let line = row.position().map_or(0, |p| p.line());
        let get = |i: Option<usize>| i.and_then(|i| row.get(i)).unwrap_or("").to_string();
        let record = Record {
            id: get(Some(id)).trim().to_string(),
            first_names: get(Some(first)),
            last_name: get(Some(last)),
            birth_date: parse_birth_date(&get(Some(birth))),
            street: get(street),
            house_number: get(house),
            postal_code: get(postal),
            city: get(city),
        };
        if record.id.is_empty() {
            return Err(InputError::Csv {
                line,
                message: "empty id".into(),
            });
        }
        if let Some(earlier) = seen.insert(record.id.clone(), line) {
            return Err(InputError::Csv {
                line,
                message: format!("id '{}' already used on line {earlier}", record.id),
            });
        }
        records.push(record);
    }
    Ok(records)
}

/// Writes pairs as CSV: `id_a,id_b,score,decision`, score with four decimals.
pub fn write_pairs(pairs: &[Pair], output: impl Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(output);
    w.write_record(OUTPUT_COLUMNS)?;
    for p in pairs {
        let score = format!("{:.4}", p.score);
        w.write_record([&p.id_a, &p.id_b, &score, p.decision.as_str()])?;
    }
    w.flush()
}

/// Reads applications, finds pairs, writes them; returns (applications, pairs).
pub fn run_dedupe(input: impl Read, output: impl Write) -> Result<(usize, usize), String> {
    let records = read_applications(input).map_err(|e| e.to_string())?;
    let pairs = find_pairs(&records);
    write_pairs(&pairs, output).map_err(|e| format!("cannot write the output: {e}"))?;
    Ok((records.len(), pairs.len()))
}

/// `kitaplatz dedupe --input … --output …`
pub fn dedupe_files(input: &Path, output: &Path) -> Result<String, String> {
    let started = Instant::now();
    let file = File::open(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let records = read_applications(file).map_err(|e| format!("{}: {e}", input.display()))?;
    let pairs = find_pairs(&records);
    let out = File::create(output).map_err(|e| format!("{}: {e}", output.display()))?;
    write_pairs(&pairs, BufWriter::new(out)).map_err(|e| format!("{}: {e}", output.display()))?;
    let duplicates = pairs
        .iter()
        .filter(|p| p.decision.as_str() == "duplicate")
        .count();
    Ok(format!(
        "{} applications, {duplicates} duplicate and {} review pairs written to {} in {:.2} s",
        records.len(),
        pairs.len() - duplicates,
        output.display(),
        started.elapsed().as_secs_f64()
    ))
}

/// Writes applications as CSV in the input format of `dedupe`.
pub fn write_applications(records: &[Record], output: impl Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(output);
    w.write_record(INPUT_COLUMNS)?;
    for r in records {
        let birth = r.birth_date.map(|d| d.to_string()).unwrap_or_default();
        w.write_record([
            &r.id,
            &r.first_names,
            &r.last_name,
            &birth,
            &r.street,
            &r.house_number,
            &r.postal_code,
            &r.city,
        ])?;
    }
    w.flush()
}

fn write_truth(data: &SynthData, output: impl Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(output);
    w.write_record(["id_a", "id_b", "variants"])?;
    for t in &data.truth {
        w.write_record([&t.id_a, &t.id_b, &t.variants])?;
    }
    w.flush()
}

/// `kitaplatz dedupe-synth …`
pub fn synth_files(
    count: usize,
    seed: u64,
    output: &Path,
    truth: Option<&Path>,
) -> Result<String, String> {
    let data = generate(count, seed);
    let write = |path: &Path, f: &dyn Fn(BufWriter<File>) -> std::io::Result<()>| {
        File::create(path)
            .and_then(|file| f(BufWriter::new(file)))
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    write(output, &|w| write_applications(&data.records, w))?;
    if let Some(path) = truth {
        write(path, &|w| write_truth(&data, w))?;
    }
    Ok(format!(
        "{} applications ({} true duplicate pairs, {} twin and {} sibling pairs) written to {}",
        data.records.len(),
        data.truth.len(),
        data.twins.len(),
        data.siblings.len(),
        output.display()
    ))
}

fn as_refs(l: &[(String, String)]) -> Vec<(&str, &str)> {
    l.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

/// Whether the records of a pair share at least one fingerprint.
fn share_fingerprint(fps: &HashMap<&str, Vec<String>>, a: &str, b: &str) -> bool {
    match (fps.get(a), fps.get(b)) {
        (Some(fa), Some(fb)) => fa.iter().any(|f| fb.binary_search(f).is_ok()),
        _ => false,
    }
}

/// Share of pairs whose records share at least one fingerprint.
fn fingerprint_overlap(fps: &HashMap<&str, Vec<String>>, pairs: &[(&str, &str)]) -> f64 {
    let shared = pairs
        .iter()
        .filter(|(a, b)| share_fingerprint(fps, a, b))
        .count();
    if pairs.is_empty() {
        0.0
    } else {
        shared as f64 / pairs.len() as f64
    }
}

/// Up to `limit` wrong decisions of each kind, with both records.
fn wrong_decisions(data: &SynthData, pairs: &[Pair], limit: usize) -> String {
    use std::collections::HashSet;
    let by_id: HashMap<&str, &Record> = data.records.iter().map(|r| (r.id.as_str(), r)).collect();
    let truth: HashMap<(&str, &str), &str> = data
        .truth
        .iter()
        .map(|t| ((t.id_a.as_str(), t.id_b.as_str()), t.variants.as_str()))
        .collect();
    let twins: HashSet<(&str, &str)> = as_refs(&data.twins).into_iter().collect();
    let found: HashMap<(&str, &str), &Pair> = pairs
        .iter()
        .map(|p| ((p.id_a.as_str(), p.id_b.as_str()), p))
        .collect();
    let show = |r: &Record| {
        format!(
            "{} | {} | {} | {} | {} {} | {} {}",
            r.id,
            r.first_names,
            r.last_name,
            r.birth_date.map(|d| d.to_string()).unwrap_or_default(),
            r.street,
            r.house_number,
            r.postal_code,
            r.city
        )
    };
    let mut s = String::new();
    let mut section = |title: &str, items: Vec<((&str, &str), String)>| {
        s.push_str(&format!("== {title}: {}\n", items.len()));
        for ((a, b), note) in items.into_iter().take(limit) {
            s.push_str(&format!(
                "  {note}\n    {}\n    {}\n",
                show(by_id[a]),
                show(by_id[b])
            ));
        }
    };
    let false_duplicates = pairs
        .iter()
        .filter(|p| p.decision.as_str() == "duplicate")
        .map(|p| (p.id_a.as_str(), p.id_b.as_str()))
        .filter(|k| !truth.contains_key(k))
        .map(|k| {
            let kind = if twins.contains(&k) {
                "twins"
            } else {
                "distinct"
            };
            (k, format!("{kind}, score {:.4}", found[&k].score))
        })
        .collect();
    section("false duplicates", false_duplicates);
    let mut not_duplicate: Vec<((&str, &str), String)> = truth
        .iter()
        .filter(|(k, _)| {
            found
                .get(*k)
                .is_none_or(|p| p.decision.as_str() != "duplicate")
        })
        .map(|(k, v)| {
            let got = found
                .get(k)
                .map_or("missed".to_string(), |p| format!("review {:.4}", p.score));
            (*k, format!("{got}: {v}"))
        })
        .collect();
    not_duplicate.sort();
    section("true pairs not found as duplicate", not_duplicate);
    s
}

/// Formats a quality report.
pub fn report(q: &Quality) -> String {
    let mut s = String::new();
    let mut line = |t: String| {
        s.push_str(&t);
        s.push('\n');
    };
    line(format!(
        "true duplicate pairs  {:>7}\nreported duplicate    {:>7}  ({} true)\nreported review       {:>7}  ({} true)",
        q.truth, q.duplicate, q.duplicate_true, q.review, q.review_true
    ));
    line(format!(
        "duplicate only        precision {:.4}  recall {:.4}",
        q.precision_duplicate(),
        q.recall_duplicate()
    ));
    line(format!(
        "duplicate + review    precision {:.4}  recall {:.4}",
        q.precision_any(),
        q.recall_any()
    ));
    line(format!(
        "twin pairs            {:>7}  as duplicate {}  as review {}",
        q.twins.0, q.twins.1, q.twins.2
    ));
    line(format!(
        "sibling pairs         {:>7}  as duplicate {}  as review {}",
        q.siblings.0, q.siblings.1, q.siblings.2
    ));
    line("by variant            pairs  not duplicate  missed".into());
    for (v, e) in &q.by_variant {
        line(format!(
            "  {v:<20} {:>6} {:>14} {:>7}",
            e.pairs, e.not_duplicate, e.missed
        ));
    }
    s
}

/// `kitaplatz bench dedupe --count N --seed S`: generation, the engine alone and the whole
/// CSV round trip (in memory), quality, fingerprints.
pub fn bench(count: usize, seed: u64, show_errors: usize) -> String {
    let t = Instant::now();
    let data = generate(count, seed);
    let t_generate = t.elapsed();

    let t = Instant::now();
    let pairs = find_pairs(&data.records);
    let t_engine = t.elapsed();
    let q = evaluate(&data, &pairs);
    let t = Instant::now();
    let baseline = evaluate(&data, &baseline_pairs(&data.records));
    let t_baseline = t.elapsed();
    let candidates = candidate_pairs(&data.records);
    let position: HashMap<&str, usize> = data
        .records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let candidate_set: std::collections::HashSet<(usize, usize)> =
        candidates.iter().copied().collect();
    let truth_compared = data
        .truth
        .iter()
        .filter(|t| {
            let (a, b) = (position[t.id_a.as_str()], position[t.id_b.as_str()]);
            candidate_set.contains(&(a.min(b), a.max(b)))
        })
        .count();

    let mut csv_in = Vec::new();
    write_applications(&data.records, &mut csv_in).expect("writing to memory");
    let t = Instant::now();
    let mut csv_out = Vec::new();
    let round_trip = run_dedupe(csv_in.as_slice(), &mut csv_out);
    let t_round_trip = t.elapsed();

    let key = b"benchmark key";
    let t = Instant::now();
    let fps: HashMap<&str, Vec<String>> = data
        .records
        .iter()
        .map(|r| (r.id.as_str(), fingerprints(r, key)))
        .collect();
    let t_fingerprints = t.elapsed();
    let fp_count: usize = fps.values().map(Vec::len).sum();
    let truth: Vec<(&str, &str)> = data
        .truth
        .iter()
        .map(|p| (p.id_a.as_str(), p.id_b.as_str()))
        .collect();
    let fp_truth = fingerprint_overlap(&fps, &truth);
    let fp_twins = fingerprint_overlap(&fps, &as_refs(&data.twins));
    let fp_siblings = fingerprint_overlap(&fps, &as_refs(&data.siblings));
    let mut fp_missed: BTreeMap<&str, usize> = BTreeMap::new();
    for t in &data.truth {
        if !share_fingerprint(&fps, &t.id_a, &t.id_b) {
            for v in t.variants.split('+').filter(|v| !v.is_empty()) {
                *fp_missed.entry(v).or_default() += 1;
            }
        }
    }

    let mut s = if show_errors > 0 {
        wrong_decisions(&data, &pairs, show_errors)
    } else {
        String::new()
    };
    s.push_str(&format!(
        "duplicate detection: {} synthetic applications, seed {seed}, {} thread(s) available\n",
        data.records.len(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    ));
    s.push_str(&report(&q));
    s.push_str(&format!(
        "baseline              precision {:.4}  recall {:.4}  in {:.3} s (surname/first-name code blocks, Jaro-Winkler ≥ 0.9 on both names, same birth date)\n",
        baseline.precision_duplicate(),
        baseline.recall_duplicate(),
        t_baseline.as_secs_f64()
    ));
    let n = data.records.len() as f64;
    s.push_str(&format!(
        "blocking              {} comparisons ({:.1} per record, {:.5} % of all pairs); true pairs among them {:.4}\n",
        candidates.len(),
        candidates.len() as f64 / n.max(1.0),
        100.0 * candidates.len() as f64 / (n * (n - 1.0) / 2.0).max(1.0),
        truth_compared as f64 / data.truth.len().max(1) as f64
    ));
    s.push_str(&format!(
        "fingerprints          {:.1} per record; shared by {:.4} of true pairs, {:.4} of twin pairs, {:.4} of sibling pairs\n",
        fp_count as f64 / data.records.len().max(1) as f64,
        fp_truth,
        fp_twins,
        fp_siblings
    ));
    let missed: Vec<String> = fp_missed.iter().map(|(v, n)| format!("{v} {n}")).collect();
    s.push_str(&format!(
        "  true pairs sharing none, by variant: {}\n",
        missed.join(", ")
    ));
    s.push_str(&format!(
        "timings               generate {:.3} s, find_pairs {:.3} s, CSV read+find+write {:.3} s ({}), fingerprints {:.3} s",
        t_generate.as_secs_f64(),
        t_engine.as_secs_f64(),
        t_round_trip.as_secs_f64(),
        match round_trip {
            Ok((n, p)) => format!("{n} rows, {p} pairs, {} bytes out", csv_out.len()),
            Err(e) => e,
        },
        t_fingerprints.as_secs_f64()
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "id,first_names,last_name,birth_date,street,house_number,postal_code,city\n";

    fn run(input: &str) -> Result<String, String> {
        let mut out = Vec::new();
        run_dedupe(input.as_bytes(), &mut out)?;
        Ok(String::from_utf8(out).expect("UTF-8 output"))
    }

    #[test]
    fn finds_pairs_and_writes_the_contract_columns() {
        let input = format!(
            "{HEADER}\
             b7,Johanna Marie,Müller-Schmidt,2021-03-05,Hauptstraße,12a,50667,Köln\n\
             a3,Johanna,Mueller Schmidt,2021-05-03,Hauptstr.,12 A,50667,Koeln\n\
             c1,Paula,Müller-Schmidt,2021-03-05,Hauptstraße,12a,50667,Köln\n\
             d9,\"Mia, genannt Mimi\",Yılmaz,,Ringstraße,1,40210,Düsseldorf\n"
        );
        let out = run(&input).unwrap();
        let mut lines = out.lines();
        assert_eq!(lines.next(), Some("id_a,id_b,score,decision"));
        let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
        assert_eq!(rows.len(), 1, "{out}");
        assert_eq!(&rows[0][..2], ["a3", "b7"]);
        assert_eq!(rows[0][3], "duplicate");
        let score: f64 = rows[0][2].parse().unwrap();
        assert!((0.0..=1.0).contains(&score));
        assert_eq!(rows[0][2].split('.').nth(1).map(str::len), Some(4));
    }

    #[test]
    fn reads_a_bom_semicolons_other_column_orders_and_bad_dates() {
        let input = "\u{feff}city;id;last_name;first_names;birth_date\n\
                     Köln;x1;Müller;Anna;31.02.2021\n\
                     Köln;x2;Müller;Anna;05.03.2021\n\
                     Köln;x3;Müller;Anna;\n";
        let records = read_applications(input.as_bytes()).unwrap();
        assert_eq!(records.len(), 3);
        assert_eq!(records[0].id, "x1");
        assert_eq!(records[0].city, "Köln");
        assert_eq!(records[0].birth_date, None);
        assert_eq!(records[1].birth_date, NaiveDate::from_ymd_opt(2021, 3, 5));
        assert_eq!(records[2].birth_date, None);
        assert_eq!(records[2].street, "");
        assert_eq!(
            parse_birth_date(" 2021-03-05 "),
            NaiveDate::from_ymd_opt(2021, 3, 5)
        );
        assert_eq!(parse_birth_date("2021-13-01"), None);
        assert_eq!(parse_birth_date("gestern"), None);
    }

    #[test]
    fn malformed_input_gives_a_clear_error() {
        let err = |input: &[u8]| read_applications(input).unwrap_err().to_string();
        assert!(err(b"").contains("empty"));
        assert!(err(b"id,first_names,last_name\n1,A,B\n").contains("birth_date"));
        let short = format!("{HEADER}1,Anna,Müller,2021-01-01\n");
        let e = err(short.as_bytes());
        assert!(e.contains("line 2") && e.contains("4 fields"), "{e}");
        let latin1 = [HEADER.as_bytes(), b"1,J\xf6rn,M\xfcller,2021-01-01,,,,\n"].concat();
        let e = err(&latin1);
        assert!(e.contains("line 2") && e.contains("UTF-8"), "{e}");
        let twice = format!("{HEADER}1,A,B,,,,,\n1,C,D,,,,,\n");
        let e = err(twice.as_bytes());
        assert!(
            e.contains("line 3") && e.contains("already used on line 2"),
            "{e}"
        );
        let no_id = format!("{HEADER} ,A,B,,,,,\n");
        assert!(err(no_id.as_bytes()).contains("empty id"));
        assert!(run("id;x\n").unwrap_err().contains("first_names"));
    }

    #[test]
    fn an_input_without_rows_gives_only_the_header() {
        assert_eq!(run(HEADER).unwrap(), "id_a,id_b,score,decision\n");
    }

    #[test]
    fn files_round_trip_through_the_generator_and_the_check() {
        let dir = tempfile::tempdir().unwrap();
        let apps = dir.path().join("apps.csv");
        let truth = dir.path().join("truth.csv");
        let pairs = dir.path().join("pairs.csv");
        synth_files(400, 3, &apps, Some(&truth)).unwrap();
        let message = dedupe_files(&apps, &pairs).unwrap();
        assert!(message.starts_with("400 applications"), "{message}");
        let written = std::fs::read_to_string(&pairs).unwrap();
        assert!(written.starts_with("id_a,id_b,score,decision\n"));
        let truth = std::fs::read_to_string(&truth).unwrap();
        assert!(truth.starts_with("id_a,id_b,variants\n"));
        assert!(dedupe_files(&dir.path().join("missing.csv"), &pairs)
            .unwrap_err()
            .contains("missing.csv"));
        let report = bench(300, 2, 1);
        assert!(
            report.contains("precision") && report.contains("timings"),
            "{report}"
        );
    }
}
