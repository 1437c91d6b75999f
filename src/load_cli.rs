//! Registration-day load against a running server (DESIGN.md §7) — `kitaplatz bench load` and
//! `kitaplatz bench load-verify`.
//!
//! The driver is **open loop**: request *i* is due at `start + i / rate` and is sent then,
//! however slow the earlier ones are, so a server that falls behind shows up as growing
//! latency (measured from the moment the request was due, queueing included) instead of a
//! politely lowered rate. Two modes:
//!
//! - submissions (default): care requests (Betreuungsanfragen) through
//!   `POST /api/v1/municipalities/{slug}/applications` with a read/write token of the youth
//!   office, each for a different synthetic child. Every answer `201 Created` is appended to
//!   the `--acked` file at once (`application id <TAB> child key`), so the record survives a
//!   server that is killed meanwhile; `bench load-verify` later compares it with the database.
//! - `--pages`: GET requests spread round-robin over the pages a parent opens on registration
//!   day (start pages, facility directory, a facility, and — logged in through the real login
//!   form — the family page and the application list).
//!
//! Connection errors and timeouts are counted as errors, never fatal: the crash test kills
//! the server under load. The driver runs on one thread by default so that it takes as little
//! as possible from the server on the same machine.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

/// `kitaplatz bench load …`
#[derive(clap::Args, Debug)]
pub struct LoadArgs {
    /// The server to load (only meant for 127.0.0.1).
    #[arg(long, default_value = "http://127.0.0.1:8000")]
    pub base_url: String,
    /// The municipality's slug.
    #[arg(long, default_value = "musterstadt")]
    pub municipality: String,
    /// Read/write API token of the youth office (`kitaplatz api-token create --write`);
    /// needed for submissions.
    #[arg(long, env = "KITAPLATZ_LOAD_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Requests per second (the arrival rate; open loop).
    #[arg(long, default_value_t = 500.0)]
    pub rate: f64,
    /// How long to send, in seconds.
    #[arg(long, default_value_t = 60.0)]
    pub seconds: f64,
    /// Submissions: append every acknowledged submission to this file as it arrives.
    #[arg(long)]
    pub acked: Option<PathBuf>,
    /// Also write the report as JSON to this file.
    #[arg(long)]
    pub json: Option<PathBuf>,
    /// Load the parent pages instead of submitting.
    #[arg(long)]
    pub pages: bool,
    /// Pages: the parent account to log in with (the demo parent by default).
    #[arg(long, default_value = "eltern.musterstadt@example.org")]
    pub parent_email: String,
    /// Pages: its password.
    #[arg(
        long,
        env = "KITAPLATZ_LOAD_PASSWORD",
        default_value = "Kitaplatz-Demo-2026",
        hide_env_values = true
    )]
    pub parent_password: String,
    /// Marks this run's children (letters and digits); default: from the clock.
    #[arg(long)]
    pub run_tag: Option<String>,
    /// Seconds after which a request counts as a timeout.
    #[arg(long, default_value_t = 10.0)]
    pub timeout: f64,
    /// Requests in flight at most; a request due while that many are open is not sent and
    /// counted as the error `driver_saturated` (protects the driver's file descriptors).
    #[arg(long, default_value_t = 4000)]
    pub max_in_flight: usize,
    /// Threads of the driver's runtime.
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
}

/// `kitaplatz bench load-verify …`
#[derive(clap::Args, Debug)]
pub struct VerifyArgs {
    /// The `--acked` file of `bench load`.
    #[arg(long)]
    pub acked: PathBuf,
    /// What the database holds for the run: lines `application id <TAB> child key` (the crash
    /// test writes it with sqlite3 or psql; see `deploy/load/crash-test.sh`).
    #[arg(long)]
    pub stored: PathBuf,
}

/// The street every child of a run lives in: marks the run in the database.
pub fn run_street(tag: &str) -> String {
    format!("Lastprobe {tag}")
}

/// A synthetic child of a run: distinct names for every sequence number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthChild {
    /// First name.
    pub first_names: String,
    /// Last name, unique in the run.
    pub last_name: String,
    /// Birth date.
    pub birth_date: NaiveDate,
    /// House number (the sequence number).
    pub house_number: String,
}

impl SynthChild {
    /// The key that identifies the child in the acked file and in the database.
    pub fn key(&self) -> String {
        child_key(&self.first_names, &self.last_name, self.birth_date)
    }
}

/// `first|last|YYYY-MM-DD`.
pub fn child_key(first: &str, last: &str, birth: NaiveDate) -> String {
    format!("{first}|{last}|{}", birth.format("%Y-%m-%d"))
}

const SYLLABLES: [&str; 24] = [
    "ba", "be", "da", "do", "fe", "ga", "ha", "ke", "la", "li", "ma", "mo", "na", "ne", "pa", "ri",
    "ro", "sa", "se", "ta", "te", "vo", "wi", "zu",
];
const FIRST_NAMES: [&str; 12] = [
    "Mia", "Emil", "Lina", "Noah", "Ella", "Paul", "Emma", "Ben", "Lea", "Finn", "Ida", "Jonas",
];

/// A pronounceable last name for `n`: its digits in base 24 (at least four) as syllables.
/// Different numbers give different names; pronounceable names keep the duplicate search's
/// phonetic blocks as small as real names do (digits would all fold to the same code).
pub fn synth_last_name(n: usize) -> String {
    let base = SYLLABLES.len();
    let mut digits = Vec::new();
    let mut rest = n;
    while rest > 0 || digits.len() < 4 {
        digits.push(rest % base);
        rest /= base;
    }
    let name: String = digits.iter().rev().map(|&d| SYLLABLES[d]).collect();
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The `seq`-th child of a run whose places start on `start`: between 3 years 1 month and
/// about 5½ years old then (a Kindergarten place, Ü3).
pub fn synth_child(seq: usize, start: NaiveDate) -> SynthChild {
    let youngest = start - Months::new(37);
    let birth_date = youngest - chrono::Days::new((seq % 900) as u64);
    SynthChild {
        first_names: FIRST_NAMES[seq % FIRST_NAMES.len()].to_string(),
        last_name: synth_last_name(seq),
        birth_date,
        house_number: (seq + 1).to_string(),
    }
}

/// The first day of the month three months after `today`: inside every municipality's
/// window for applications ahead.
pub fn start_date(today: NaiveDate) -> NaiveDate {
    let first = today.with_day(1).unwrap_or(today);
    first + Months::new(3)
}

/// The JSON body of the `seq`-th submission.
pub fn submission_body(
    tag: &str,
    child: &SynthChild,
    start: NaiveDate,
    wishes: &[String],
) -> String {
    serde_json::json!({
        "kind": "request",
        "child": {
            "first_names": child.first_names,
            "last_name": child.last_name,
            "birth_date": child.birth_date.format("%Y-%m-%d").to_string(),
            "street": run_street(tag),
            "house_number": child.house_number,
            "postal_code": "12345",
            "city": "Musterstadt",
        },
        "guardian": { "first_names": "Alex", "last_name": child.last_name },
        "start_date": start.format("%Y-%m-%d").to_string(),
        "weekly_hours": 35,
        "wishes": wishes,
    })
    .to_string()
}

/// The `p`-th percentile (0–100) of sorted values by the nearest-rank method: the smallest
/// value such that at least `p` % of the values are ≤ it. `None` for no values.
pub fn percentile(sorted: &[Duration], p: f64) -> Option<Duration> {
    if sorted.is_empty() {
        return None;
    }
    let n = sorted.len();
    let rank = ((p / 100.0) * n as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, n) - 1])
}

/// Latency figures in milliseconds.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Latency {
    /// Answers counted.
    pub count: usize,
    /// Median.
    pub p50_ms: f64,
    /// 90th percentile.
    pub p90_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// 99.9th percentile.
    pub p999_ms: f64,
    /// Slowest.
    pub max_ms: f64,
}

impl Latency {
    /// Of unsorted samples; `None` for none.
    pub fn of(mut samples: Vec<Duration>) -> Option<Self> {
        samples.sort_unstable();
        let ms = |p: f64| percentile(&samples, p).map_or(0.0, |d| d.as_secs_f64() * 1000.0);
        (!samples.is_empty()).then(|| Latency {
            count: samples.len(),
            p50_ms: ms(50.0),
            p90_ms: ms(90.0),
            p99_ms: ms(99.0),
            p999_ms: ms(99.9),
            max_ms: ms(100.0),
        })
    }
}

/// What one target (the submission endpoint, or one page) saw.
#[derive(Debug, Clone, Serialize)]
pub struct TargetReport {
    /// Path pattern.
    pub target: String,
    /// Requests due.
    pub sent: usize,
    /// Answered as expected (201 for submissions, 200 for pages).
    pub ok: usize,
    /// Everything else by kind (`status_429`, `connect`, `timeout`, …).
    pub errors: BTreeMap<String, usize>,
    /// Latency of the expected answers, from when the request was due.
    pub latency: Option<Latency>,
}

/// The report of a run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// `submissions` or `pages`.
    pub mode: &'static str,
    /// The run tag.
    pub run_tag: String,
    /// Target rate.
    pub target_rate: f64,
    /// Requests due.
    pub sent: usize,
    /// Expected answers.
    pub ok: usize,
    /// Errors by kind.
    pub errors: BTreeMap<String, usize>,
    /// Requests sent per second, from the first to the last due time.
    pub achieved_send_rate: f64,
    /// Expected answers per second over the whole run (until the last answer).
    pub ok_per_second: f64,
    /// Seconds from the first due time to the last answer.
    pub wall_seconds: f64,
    /// The latest a request left after it was due (the driver's own lag).
    pub max_send_lag_ms: f64,
    /// Latency of all expected answers.
    pub latency: Option<Latency>,
    /// Per target (pages mode: per page).
    pub targets: Vec<TargetReport>,
}

impl Report {
    /// Human-readable lines.
    pub fn text(&self) -> String {
        let mut out = format!(
            "bench load ({}), run {}: {} due at {:.0}/s, sent at {:.1}/s, {} ok ({:.1}/s over {:.1} s), driver lag max {:.1} ms\n",
            self.mode,
            self.run_tag,
            self.sent,
            self.target_rate,
            self.achieved_send_rate,
            self.ok,
            self.ok_per_second,
            self.wall_seconds,
            self.max_send_lag_ms,
        );
        out.push_str(&format!("errors: {}\n", errors_text(&self.errors)));
        out.push_str(&format!(
            "{:<52} {:>7} {:>7} {:>8} {:>8} {:>8} {:>8} {:>8}\n",
            "target", "sent", "ok", "p50 ms", "p90 ms", "p99 ms", "p99.9", "max ms"
        ));
        let all = TargetReport {
            target: "all".into(),
            sent: self.sent,
            ok: self.ok,
            errors: self.errors.clone(),
            latency: self.latency.clone(),
        };
        for t in self.targets.iter().chain(std::iter::once(&all)) {
            let l = t.latency.as_ref();
            let f = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.1}"));
            out.push_str(&format!(
                "{:<52} {:>7} {:>7} {:>8} {:>8} {:>8} {:>8} {:>8}\n",
                t.target,
                t.sent,
                t.ok,
                f(l.map(|l| l.p50_ms)),
                f(l.map(|l| l.p90_ms)),
                f(l.map(|l| l.p99_ms)),
                f(l.map(|l| l.p999_ms)),
                f(l.map(|l| l.max_ms)),
            ));
        }
        out
    }
}

fn errors_text(errors: &BTreeMap<String, usize>) -> String {
    if errors.is_empty() {
        return "none".into();
    }
    errors
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How one request ended.
#[derive(Debug, Clone)]
struct Sample {
    target: usize,
    outcome: Result<Duration, String>,
    finished: Instant,
}

/// The kind of a transport error, for the error table.
fn error_kind(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timeout".into()
    } else if e.is_connect() {
        "connect".into()
    } else if e.is_body() || e.is_decode() {
        "body".into()
    } else if e.is_request() {
        "request".into()
    } else {
        "other".into()
    }
}

/// One planned request.
#[derive(Debug, Clone)]
enum Planned {
    Get {
        path: String,
        cookie: Option<String>,
    },
    Submit {
        body: String,
        key: String,
    },
}

/// What is sent: the targets (labels) and how to make request `i`.
struct Plan {
    labels: Vec<String>,
    make: Box<dyn Fn(usize) -> (usize, Planned) + Send + Sync>,
}

/// Runs `bench load` or `bench load-verify`; the report (or the failure) as text.
pub fn run(args: LoadArgs) -> Result<String, String> {
    let positive = |v: f64| v.is_finite() && v > 0.0;
    if !positive(args.rate) || !positive(args.seconds) {
        return Err("bench load: --rate and --seconds must be positive".into());
    }
    let runtime = if args.threads <= 1 {
        rocket::tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
    } else {
        rocket::tokio::runtime::Builder::new_multi_thread()
            .worker_threads(args.threads)
            .enable_all()
            .build()
    }
    .map_err(|e| format!("bench load: runtime: {e}"))?;
    let report = runtime.block_on(drive(&args))?;
    if let Some(path) = &args.json {
        let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        std::fs::write(path, json + "\n")
            .map_err(|e| format!("bench load: {}: {e}", path.display()))?;
    }
    Ok(report.text())
}

fn default_tag() -> String {
    let secs = chrono::Utc::now().timestamp();
    format!("r{secs:x}")
}

async fn drive(args: &LoadArgs) -> Result<Report, String> {
    let tag = args.run_tag.clone().unwrap_or_else(default_tag);
    if tag.is_empty() || !tag.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err("bench load: --run-tag takes letters and digits only".into());
    }
    let base = args.base_url.trim_end_matches('/').to_string();
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs_f64(args.timeout.max(0.1)))
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .http1_only()
        .tcp_nodelay(true)
        .build()
        .map_err(|e| format!("bench load: client: {e}"))?;
    let slug = args.municipality.clone();
    let wishes = wished_facilities(&client, &base, &slug).await?;
    let total = (args.rate * args.seconds).round().max(1.0) as usize;
    let plan = if args.pages {
        let session = log_in(&client, &base, &args.parent_email, &args.parent_password).await?;
        let facility = wishes.first().cloned().unwrap_or_default();
        pages_plan(&slug, &facility, session)
    } else {
        if args.token.is_none() {
            return Err(
                "bench load: --token (or KITAPLATZ_LOAD_TOKEN) is needed for submissions".into(),
            );
        }
        let start = start_date(chrono::Utc::now().date_naive());
        let wishes: Vec<String> = wishes.into_iter().take(3).collect();
        let tag2 = tag.clone();
        Plan {
            labels: vec![format!("POST /api/v1/municipalities/{slug}/applications")],
            make: Box::new(move |i| {
                let child = synth_child(i, start);
                let body = submission_body(&tag2, &child, start, &wishes);
                (
                    0,
                    Planned::Submit {
                        body,
                        key: child.key(),
                    },
                )
            }),
        }
    };
    let acked = match (&args.acked, args.pages) {
        (Some(path), false) => Some(Arc::new(Mutex::new(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .map_err(|e| format!("bench load: {}: {e}", path.display()))?,
        ))),
        _ => None,
    };
    let submit_url = format!("{base}/api/v1/municipalities/{slug}/applications");
    let auth = args.token.as_ref().map(|t| format!("Bearer {t}"));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let (tx, mut rx) = rocket::tokio::sync::mpsc::unbounded_channel::<Sample>();
    let period = Duration::from_secs_f64(1.0 / args.rate);
    let start = Instant::now() + Duration::from_millis(50);
    let mut max_lag = Duration::ZERO;
    let mut last_sent = start;
    for i in 0..total {
        let due = start + period.mul_f64(i as f64);
        rocket::tokio::time::sleep_until(due.into()).await;
        let now = Instant::now();
        max_lag = max_lag.max(now.saturating_duration_since(due));
        last_sent = now;
        let (target, planned) = (plan.make)(i);
        if in_flight.load(Ordering::Relaxed) >= args.max_in_flight {
            let _ = tx.send(Sample {
                target,
                outcome: Err("driver_saturated".into()),
                finished: now,
            });
            continue;
        }
        in_flight.fetch_add(1, Ordering::Relaxed);
        let request = match &planned {
            Planned::Get { path, cookie } => {
                let r = client.get(format!("{base}{path}"));
                match cookie {
                    Some(c) => r.header(reqwest::header::COOKIE, c.as_str()),
                    None => r,
                }
            }
            Planned::Submit { body, .. } => client
                .post(&submit_url)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .header(
                    reqwest::header::AUTHORIZATION,
                    auth.clone().unwrap_or_default(),
                )
                .body(body.clone()),
        };
        let (tx, in_flight, acked) = (tx.clone(), in_flight.clone(), acked.clone());
        rocket::tokio::spawn(async move {
            let outcome = send(request, &planned, acked.as_deref(), due).await;
            in_flight.fetch_sub(1, Ordering::Relaxed);
            let _ = tx.send(Sample {
                target,
                outcome,
                finished: Instant::now(),
            });
        });
    }
    drop(tx);
    let mut samples = Vec::with_capacity(total);
    while let Some(s) = rx.recv().await {
        samples.push(s);
    }
    let send_span = last_sent.saturating_duration_since(start).as_secs_f64();
    Ok(summarise(
        if args.pages { "pages" } else { "submissions" },
        &tag,
        args.rate,
        &plan.labels,
        &samples,
        start,
        send_span,
        max_lag,
    ))
}

/// Sends one request; `Ok(latency from due)` for the expected answer.
async fn send(
    request: reqwest::RequestBuilder,
    planned: &Planned,
    acked: Option<&Mutex<std::fs::File>>,
    due: Instant,
) -> Result<Duration, String> {
    let response = request.send().await.map_err(|e| error_kind(&e))?;
    let status = response.status().as_u16();
    let body = response.bytes().await.map_err(|e| error_kind(&e))?;
    let latency = due.elapsed();
    match planned {
        Planned::Get { .. } if status == 200 => Ok(latency),
        Planned::Submit { key, .. } if status == 201 => {
            let id = serde_json::from_slice::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| v["application"]["id"].as_str().map(str::to_string))
                .ok_or("created_without_id")?;
            if let Some(file) = acked {
                let line = format!("{id}\t{key}\n");
                let mut f = file.lock().unwrap_or_else(|e| e.into_inner());
                // One write per line, unbuffered: the line is in the file before the next
                // answer is counted, whatever happens to the server.
                f.write_all(line.as_bytes())
                    .map_err(|e| format!("acked_file: {e}"))?;
            }
            Ok(latency)
        }
        _ => Err(format!("status_{status}")),
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "the parts of one report, gathered in drive"
)]
fn summarise(
    mode: &'static str,
    tag: &str,
    rate: f64,
    labels: &[String],
    samples: &[Sample],
    start: Instant,
    send_span: f64,
    max_lag: Duration,
) -> Report {
    let mut targets: Vec<(Vec<Duration>, BTreeMap<String, usize>, usize)> =
        vec![(Vec::new(), BTreeMap::new(), 0); labels.len()];
    let mut last = start;
    for s in samples {
        last = last.max(s.finished);
        let t = &mut targets[s.target];
        t.2 += 1;
        match &s.outcome {
            Ok(d) => t.0.push(*d),
            Err(kind) => *t.1.entry(kind.clone()).or_default() += 1,
        }
    }
    let mut all = Vec::new();
    let mut errors = BTreeMap::new();
    let mut reports = Vec::new();
    for (label, (lat, errs, sent)) in labels.iter().zip(targets) {
        all.extend_from_slice(&lat);
        for (k, v) in &errs {
            *errors.entry(k.clone()).or_default() += v;
        }
        reports.push(TargetReport {
            target: label.clone(),
            sent,
            ok: lat.len(),
            errors: errs,
            latency: Latency::of(lat),
        });
    }
    let wall = last.saturating_duration_since(start).as_secs_f64();
    let sent = samples.len();
    let ok = all.len();
    Report {
        mode,
        run_tag: tag.to_string(),
        target_rate: rate,
        sent,
        ok,
        errors,
        achieved_send_rate: if send_span > 0.0 {
            (sent.saturating_sub(1)) as f64 / send_span
        } else {
            0.0
        },
        ok_per_second: if wall > 0.0 { ok as f64 / wall } else { 0.0 },
        wall_seconds: wall,
        max_send_lag_ms: max_lag.as_secs_f64() * 1000.0,
        latency: Latency::of(all),
        targets: reports,
    }
}

/// Facilities of the municipality with Kindergarten places and 35 hours, from the public
/// directory: the wishes of every submission (and the facility page of the pages mode).
async fn wished_facilities(
    client: &reqwest::Client,
    base: &str,
    slug: &str,
) -> Result<Vec<String>, String> {
    let url = format!("{base}/api/v1/municipalities/{slug}/facilities");
    let response = client
        .get(&url)
        .send()
        .await
        .map_err(|e| format!("bench load: {url}: {e}"))?;
    if !response.status().is_success() {
        return Err(format!("bench load: {url}: {}", response.status()));
    }
    let bytes = response
        .bytes()
        .await
        .map_err(|e| format!("bench load: {url}: {e}"))?;
    let v: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| format!("bench load: {url}: {e}"))?;
    let ids = facilities_offering(&v, "UE3", 35);
    if ids.is_empty() {
        return Err(format!(
            "bench load: no facility of {slug} offers UE3 places with 35 hours"
        ));
    }
    Ok(ids)
}

/// Ids of the directory's facilities with places of `category` and `hours` among their care
/// hours.
pub fn facilities_offering(
    directory: &serde_json::Value,
    category: &str,
    hours: u64,
) -> Vec<String> {
    directory["facilities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| {
            f["categories"].as_array().is_some_and(|cs| {
                cs.iter().any(|c| {
                    c["category"] == category && c["licensed_places"].as_i64().unwrap_or(0) > 0
                })
            }) && f["care_hours"]
                .as_array()
                .is_some_and(|h| h.iter().any(|h| h.as_u64() == Some(hours)))
        })
        .filter_map(|f| f["id"].as_str().map(str::to_string))
        .collect()
}

/// The pages of registration day, round-robin; the family pages with the session cookie.
fn pages_plan(slug: &str, facility: &str, session: String) -> Plan {
    let pages: Vec<(String, bool)> = vec![
        ("/".into(), false),
        (format!("/{slug}"), false),
        (format!("/{slug}/kitas"), false),
        (format!("/{slug}/kitas/{facility}"), false),
        (format!("/{slug}/family"), true),
        (format!("/{slug}/applications"), true),
    ];
    let labels = pages
        .iter()
        .map(|(p, logged_in)| {
            let shown = p.replace(facility, "{id}");
            format!(
                "GET {shown}{}",
                if *logged_in { " (logged in)" } else { "" }
            )
        })
        .collect();
    Plan {
        labels,
        make: Box::new(move |i| {
            let k = i % pages.len();
            let (path, logged_in) = &pages[k];
            (
                k,
                Planned::Get {
                    path: path.clone(),
                    cookie: logged_in.then(|| session.clone()),
                },
            )
        }),
    }
}

/// Cookies set by a response, merged into `jar` (name → value).
fn take_cookies(response: &reqwest::Response, jar: &mut BTreeMap<String, String>) {
    for h in response.headers().get_all(reqwest::header::SET_COOKIE) {
        if let Some((name, value)) = h
            .to_str()
            .ok()
            .and_then(|s| s.split(';').next())
            .and_then(|pair| pair.split_once('='))
        {
            jar.insert(name.trim().to_string(), value.trim().to_string());
        }
    }
}

fn cookie_header(jar: &BTreeMap<String, String>) -> String {
    jar.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The value of the hidden `csrf` field of a form page.
pub fn csrf_field(html: &str) -> Option<String> {
    let i = html.find("name=\"csrf\"")?;
    let tag_start = html[..i].rfind('<')?;
    let tag_end = i + html[i..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let v = tag.find("value=\"")? + 7;
    let len = tag[v..].find('"')?;
    Some(tag[v..v + len].to_string())
}

/// Logs in through the login form (CSRF cookie and field, as a browser does); the cookie
/// header of the session.
async fn log_in(
    client: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
) -> Result<String, String> {
    let fail = |what: String| format!("bench load: login as {email}: {what}");
    let mut jar = BTreeMap::new();
    let page = client
        .get(format!("{base}/login"))
        .send()
        .await
        .map_err(|e| fail(e.to_string()))?;
    take_cookies(&page, &mut jar);
    let html = page.text().await.map_err(|e| fail(e.to_string()))?;
    let csrf = csrf_field(&html).ok_or_else(|| fail("no csrf field on /login".into()))?;
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("email", email)
        .append_pair("password", password)
        .append_pair("csrf", &csrf)
        .finish();
    let response = client
        .post(format!("{base}/login"))
        .header(reqwest::header::COOKIE, cookie_header(&jar))
        .header(
            reqwest::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(body)
        .send()
        .await
        .map_err(|e| fail(e.to_string()))?;
    if !response.status().is_redirection() {
        return Err(fail(format!(
            "answered {} instead of a redirect",
            response.status()
        )));
    }
    take_cookies(&response, &mut jar);
    Ok(cookie_header(&jar))
}

/// One line of the acked file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acked {
    /// Application id from the answer.
    pub id: String,
    /// Child key.
    pub key: String,
}

/// Parses `id <TAB> key` lines (empty lines are skipped).
pub fn parse_pairs(text: &str) -> Result<Vec<Acked>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| match l.split_once('\t') {
            Some((id, key)) if !id.trim().is_empty() && !key.trim().is_empty() => Ok(Acked {
                id: id.trim().to_string(),
                key: key.trim().to_string(),
            }),
            _ => Err(format!("line {}: expected 'id<TAB>key'", n + 1)),
        })
        .collect()
}

/// The comparison of the acknowledged submissions with the database.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Verification {
    /// Acknowledged submissions.
    pub acked: usize,
    /// Rows of the run in the database.
    pub stored: usize,
    /// Acknowledged ids not in the database (lost).
    pub lost: Vec<String>,
    /// Ids acknowledged more than once (the server answered the same id twice).
    pub acked_twice: Vec<String>,
    /// Ids in the database more than once.
    pub stored_twice: Vec<String>,
    /// Children stored more than once (a submission applied twice).
    pub duplicate_children: Vec<String>,
    /// Acknowledged ids stored with another child than the one sent.
    pub wrong_child: Vec<String>,
    /// Stored but never acknowledged (the answer was lost with the server): allowed.
    pub unacknowledged: usize,
}

impl Verification {
    /// No loss, no duplicate, nothing mixed up.
    pub fn passed(&self) -> bool {
        self.lost.is_empty()
            && self.acked_twice.is_empty()
            && self.stored_twice.is_empty()
            && self.duplicate_children.is_empty()
            && self.wrong_child.is_empty()
    }

    /// Summary lines.
    pub fn text(&self) -> String {
        let list = |v: &[String]| {
            let mut s = v.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
            if v.len() > 5 {
                s.push_str(&format!(" … ({} in all)", v.len()));
            }
            s
        };
        let mut out = format!(
            "load-verify: {} acknowledged, {} stored for the run, {} stored without acknowledgement (answer lost in the crash; allowed)\n",
            self.acked, self.stored, self.unacknowledged
        );
        for (what, v) in [
            ("LOST (acknowledged, not stored)", &self.lost),
            ("acknowledged twice", &self.acked_twice),
            ("stored twice", &self.stored_twice),
            ("child stored more than once", &self.duplicate_children),
            ("stored with another child", &self.wrong_child),
        ] {
            if !v.is_empty() {
                out.push_str(&format!("{what}: {} — {}\n", v.len(), list(v)));
            }
        }
        out.push_str(if self.passed() {
            "load-verify: PASSED — every acknowledged submission is stored exactly once"
        } else {
            "load-verify: FAILED"
        });
        out
    }
}

/// Compares the acked lines with the stored rows of the run.
pub fn verify(acked: &[Acked], stored: &[Acked]) -> Verification {
    let mut by_id: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for s in stored {
        by_id.entry(&s.id).or_default().push(&s.key);
        *by_key.entry(&s.key).or_default() += 1;
    }
    let mut v = Verification {
        acked: acked.len(),
        stored: stored.len(),
        ..Verification::default()
    };
    let mut seen: HashSet<&str> = HashSet::new();
    for a in acked {
        if !seen.insert(&a.id) {
            v.acked_twice.push(a.id.clone());
            continue;
        }
        match by_id.get(a.id.as_str()) {
            None => v.lost.push(a.id.clone()),
            Some(keys) if !keys.contains(&a.key.as_str()) => v.wrong_child.push(a.id.clone()),
            Some(_) => {}
        }
    }
    let mut ids: Vec<_> = by_id.iter().filter(|(_, k)| k.len() > 1).collect();
    ids.sort();
    v.stored_twice = ids.into_iter().map(|(id, _)| id.to_string()).collect();
    let mut keys: Vec<_> = by_key.iter().filter(|(_, n)| **n > 1).collect();
    keys.sort();
    v.duplicate_children = keys.into_iter().map(|(k, _)| k.to_string()).collect();
    v.unacknowledged = by_id.keys().filter(|id| !seen.contains(**id)).count();
    v
}

/// `kitaplatz bench load-verify --acked FILE --stored FILE`: the summary, or the failure.
pub fn verify_files(acked: &Path, stored: &Path) -> Result<String, String> {
    let read = |p: &Path| {
        std::fs::read_to_string(p)
            .map_err(|e| format!("{}: {e}", p.display()))
            .and_then(|t| parse_pairs(&t).map_err(|e| format!("{}: {e}", p.display())))
    };
    let v = verify(&read(acked)?, &read(stored)?);
    if v.passed() {
        Ok(v.text())
    } else {
        Err(v.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(v: &[u64]) -> Vec<Duration> {
        v.iter().map(|&m| Duration::from_millis(m)).collect()
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        let v = ms(&(1..=100).collect::<Vec<_>>());
        assert_eq!(percentile(&v, 50.0), Some(Duration::from_millis(50)));
        assert_eq!(percentile(&v, 99.0), Some(Duration::from_millis(99)));
        assert_eq!(percentile(&v, 100.0), Some(Duration::from_millis(100)));
        assert_eq!(percentile(&v, 0.0), Some(Duration::from_millis(1)));
        let v = ms(&[10, 20, 30]);
        assert_eq!(percentile(&v, 50.0), Some(Duration::from_millis(20)));
        assert_eq!(percentile(&v, 99.0), Some(Duration::from_millis(30)));
        assert_eq!(percentile(&ms(&[7]), 99.9), Some(Duration::from_millis(7)));
        assert_eq!(percentile(&[], 50.0), None);
    }

    #[test]
    fn latency_sorts_its_samples() {
        let l = Latency::of(ms(&[30, 10, 20, 40])).unwrap();
        assert_eq!(l.count, 4);
        assert_eq!(l.p50_ms, 20.0);
        assert_eq!(l.max_ms, 40.0);
        assert!(Latency::of(Vec::new()).is_none());
    }

    #[test]
    fn synthetic_children_are_distinct_and_ue3() {
        let start = start_date(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        assert_eq!(start, NaiveDate::from_ymd_opt(2027, 2, 1).unwrap());
        let mut keys = HashSet::new();
        let mut names = HashSet::new();
        for i in 0..40_000 {
            let c = synth_child(i, start);
            assert!(keys.insert(c.key()));
            assert!(names.insert(c.last_name.clone()), "{}", c.last_name);
            let age = start.years_since(c.birth_date).unwrap();
            assert!((3..6).contains(&age), "{age}");
        }
        assert_eq!(synth_last_name(0), "Babababa");
        assert_eq!(synth_last_name(25), "Bababebe");
    }

    #[test]
    fn the_body_carries_the_run_and_the_child() {
        let start = NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
        let c = synth_child(3, start);
        let v: serde_json::Value =
            serde_json::from_str(&submission_body("r1", &c, start, &["F1".into()])).unwrap();
        assert_eq!(v["child"]["street"], "Lastprobe r1");
        assert_eq!(v["child"]["last_name"], c.last_name.as_str());
        assert_eq!(v["wishes"][0], "F1");
        assert_eq!(v["start_date"], "2027-02-01");
    }

    #[test]
    fn facilities_are_chosen_by_category_and_hours() {
        let dir = serde_json::json!({ "facilities": [
            { "id": "a", "categories": [{ "category": "UE3", "licensed_places": 20 }], "care_hours": [25, 35] },
            { "id": "b", "categories": [{ "category": "U3", "licensed_places": 10 }], "care_hours": [35] },
            { "id": "c", "categories": [{ "category": "UE3", "licensed_places": 0 }], "care_hours": [35] },
            { "id": "d", "categories": [{ "category": "UE3", "licensed_places": 5 }], "care_hours": [45] },
        ]});
        assert_eq!(facilities_offering(&dir, "UE3", 35), vec!["a"]);
    }

    #[test]
    fn the_csrf_field_is_found() {
        let html =
            r#"<form><input type="hidden" name="csrf" value="abc123"><input name="email"></form>"#;
        assert_eq!(csrf_field(html).as_deref(), Some("abc123"));
        let html = r#"<input value="x9" type="hidden" name="csrf">"#;
        assert_eq!(csrf_field(html).as_deref(), Some("x9"));
        assert_eq!(csrf_field("<form></form>"), None);
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<Acked> {
        v.iter()
            .map(|(id, key)| Acked {
                id: id.to_string(),
                key: key.to_string(),
            })
            .collect()
    }

    #[test]
    fn acked_lines_are_parsed() {
        let p = parse_pairs("a\tMia|X|2023-01-01\n\nb\tBen|Y|2022-02-02\n").unwrap();
        assert_eq!(
            p,
            pairs(&[("a", "Mia|X|2023-01-01"), ("b", "Ben|Y|2022-02-02")])
        );
        assert!(parse_pairs("no tab here\n").unwrap_err().contains("line 1"));
        assert!(parse_pairs("a\t\n").is_err());
    }

    #[test]
    fn everything_acked_stored_once_passes() {
        let acked = pairs(&[("1", "k1"), ("2", "k2")]);
        // 3 was stored, but its answer was lost in the crash: allowed.
        let stored = pairs(&[("2", "k2"), ("1", "k1"), ("3", "k3")]);
        let v = verify(&acked, &stored);
        assert!(v.passed(), "{}", v.text());
        assert_eq!(v.unacknowledged, 1);
        assert!(v.text().contains("PASSED"));
    }

    #[test]
    fn a_lost_submission_fails() {
        let v = verify(&pairs(&[("1", "k1"), ("2", "k2")]), &pairs(&[("1", "k1")]));
        assert!(!v.passed());
        assert_eq!(v.lost, vec!["2"]);
        assert!(v.text().contains("LOST"));
    }

    #[test]
    fn duplicates_and_mix_ups_fail() {
        // The same child stored twice (once acknowledged, once not).
        let v = verify(&pairs(&[("1", "k1")]), &pairs(&[("1", "k1"), ("9", "k1")]));
        assert_eq!(v.duplicate_children, vec!["k1"]);
        assert!(!v.passed());
        // The same id answered twice.
        let v = verify(&pairs(&[("1", "k1"), ("1", "k1")]), &pairs(&[("1", "k1")]));
        assert_eq!(v.acked_twice, vec!["1"]);
        assert!(!v.passed());
        // An id stored twice.
        let v = verify(&pairs(&[("1", "k1")]), &pairs(&[("1", "k1"), ("1", "k2")]));
        assert_eq!(v.stored_twice, vec!["1"]);
        // An acknowledged id holding another child.
        let v = verify(&pairs(&[("1", "k1")]), &pairs(&[("1", "k2")]));
        assert_eq!(v.wrong_child, vec!["1"]);
        assert!(!v.passed());
    }

    #[test]
    fn the_report_shows_errors_and_percentiles() {
        let start = Instant::now();
        let samples = vec![
            Sample {
                target: 0,
                outcome: Ok(Duration::from_millis(4)),
                finished: start + Duration::from_millis(10),
            },
            Sample {
                target: 1,
                outcome: Err("connect".into()),
                finished: start + Duration::from_millis(20),
            },
        ];
        let r = summarise(
            "pages",
            "r1",
            2.0,
            &["GET /".into(), "GET /x".into()],
            &samples,
            start,
            0.5,
            Duration::from_millis(1),
        );
        assert_eq!((r.sent, r.ok), (2, 1));
        assert_eq!(r.errors.get("connect"), Some(&1));
        assert_eq!(r.targets[1].errors.get("connect"), Some(&1));
        assert_eq!(r.latency.as_ref().unwrap().p99_ms, 4.0);
        let text = r.text();
        assert!(text.contains("connect 1"), "{text}");
        assert!(text.contains("GET /x"), "{text}");
    }
}
