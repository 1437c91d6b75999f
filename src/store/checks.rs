//! Register checks and duplicates: the per-municipality register settings, the check queue,
//! the lookup log, duplicate pairs within a municipality, fingerprints and notices across
//! the district, and the office's decisions on them.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::applications::{self as apps, Summary};
use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{
    application_fingerprints, applications, children, cross_duplicates, duplicate_pairs,
    households, municipalities, register_checks, register_lookups, register_settings, users,
};
use crate::domain::application::Status;
use crate::domain::checks::{next_status, RegisterDecision, RegisterStatus};
use crate::domain::dedupe::{self, Decision, Record};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

// ---------------------------------------------------------------------------------------------
// Settings

/// How the municipality's register is reached. The password never leaves the server again.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    /// `meso` or `ok_ewo`.
    pub kind: String,
    /// URL of the register (or its gateway).
    pub endpoint: String,
    /// User name for HTTP basic authentication.
    pub username: Option<String>,
    /// Stored password (never rendered).
    #[serde(skip)]
    pub password: Option<String>,
    /// Timeout in milliseconds.
    pub timeout_ms: i32,
    /// Last change.
    pub updated_at: NaiveDateTime,
}

/// A change of the settings; `password: None` keeps the stored one.
#[derive(Debug, Clone)]
pub struct SettingsInput {
    /// `meso` or `ok_ewo`.
    pub kind: String,
    /// URL.
    pub endpoint: String,
    /// User name.
    pub username: Option<String>,
    /// New password, or `None` to keep.
    pub password: Option<String>,
    /// Drop the stored password.
    pub clear_password: bool,
    /// Timeout in milliseconds.
    pub timeout_ms: i32,
}

/// The municipality's register settings, if any.
pub fn settings(conn: &mut Conn, tenant: &TenantId) -> AppResult<Option<Settings>> {
    Ok(register_settings::table
        .find(tenant.as_str())
        .select((
            register_settings::kind,
            register_settings::endpoint,
            register_settings::username,
            register_settings::password,
            register_settings::timeout_ms,
            register_settings::updated_at,
        ))
        .first::<(
            String,
            String,
            Option<String>,
            Option<String>,
            i32,
            NaiveDateTime,
        )>(conn)
        .optional()?
        .map(|r| Settings {
            kind: r.0,
            endpoint: r.1,
            username: r.2,
            password: r.3,
            timeout_ms: r.4,
            updated_at: r.5,
        }))
}

/// Saves (inserts or replaces) the settings.
pub fn save_settings(
    conn: &mut Conn,
    tenant: &TenantId,
    input: &SettingsInput,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let old = settings(conn, tenant)?;
    // A stored password only ever goes to the register it was entered for: a new kind, scheme,
    // host or port drops it unless a new one is given.
    let same_target = old
        .as_ref()
        .is_some_and(|o| o.kind == input.kind && origin(&o.endpoint) == origin(&input.endpoint));
    let password = if input.clear_password {
        None
    } else {
        input.password.clone().or_else(|| {
            old.as_ref()
                .filter(|_| same_target)
                .and_then(|o| o.password.clone())
        })
    };
    diesel::delete(register_settings::table.find(tenant.as_str())).execute(conn)?;
    diesel::insert_into(register_settings::table)
        .values((
            register_settings::municipality_id.eq(tenant.as_str()),
            register_settings::kind.eq(&input.kind),
            register_settings::endpoint.eq(&input.endpoint),
            register_settings::username.eq(&input.username),
            register_settings::password.eq(&password),
            register_settings::timeout_ms.eq(input.timeout_ms),
            register_settings::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    // Applications that found no register before are checked now.
    let unchecked: Vec<String> = applications::table
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::open_key.is_not_null())
        .filter(applications::register_status.eq(RegisterStatus::Unchecked.code()))
        .select(applications::id)
        .load(conn)?;
    for application in unchecked {
        requeue(conn, tenant, &application, ctx.at)?;
    }
    let mut fields = vec!["kind", "endpoint", "username", "timeout_ms"];
    if input.password.is_some() || input.clear_password {
        fields.push("password");
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        if old.is_some() { "update" } else { "create" },
        "register_settings",
        Some(tenant.as_str()),
        &fields,
    )
}

fn origin(url: &str) -> Option<String> {
    url::Url::parse(url)
        .ok()
        .map(|u| u.origin().ascii_serialization())
}

/// Removes the settings: applications are no longer looked up.
pub fn remove_settings(conn: &mut Conn, tenant: &TenantId, ctx: &AuditCtx) -> AppResult<()> {
    let n = diesel::delete(register_settings::table.find(tenant.as_str())).execute(conn)?;
    if n > 0 {
        audit::record(
            conn,
            ctx,
            Some(tenant),
            "delete",
            "register_settings",
            Some(tenant.as_str()),
            &["kind", "endpoint", "username", "password", "timeout_ms"],
        )?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Queue

/// Queues the check of a new application (in the submission's transaction).
pub fn enqueue(
    conn: &mut Conn,
    tenant: &TenantId,
    application: &str,
    at: NaiveDateTime,
) -> AppResult<()> {
    diesel::insert_into(register_checks::table)
        .values((
            register_checks::id.eq(uuid::Uuid::new_v4().to_string()),
            register_checks::application_id.eq(application),
            register_checks::municipality_id.eq(tenant.as_str()),
            register_checks::state.eq("pending"),
            register_checks::attempts.eq(0),
            register_checks::next_attempt_at.eq(at),
            register_checks::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// The child's data changed: every open application of the child is checked again (register
/// status back to pending, a new check queued unless one is waiting already).
pub fn recheck_child(conn: &mut Conn, child: &str, at: NaiveDateTime) -> AppResult<()> {
    let open: Vec<(String, String)> = applications::table
        .filter(applications::child_id.eq(child))
        .filter(applications::open_key.is_not_null())
        .select((applications::id, applications::municipality_id))
        .load(conn)?;
    for (application, municipality) in open {
        requeue(
            conn,
            &crate::ids::MunicipalityId(municipality),
            &application,
            at,
        )?;
    }
    Ok(())
}

/// Sets the application's register status back to pending and makes its check due now (a
/// check that is running meanwhile notices the change and does not record its result).
fn requeue(
    conn: &mut Conn,
    tenant: &TenantId,
    application: &str,
    at: NaiveDateTime,
) -> AppResult<()> {
    diesel::update(applications::table.find(application))
        .set((
            applications::register_status.eq(RegisterStatus::Pending.code()),
            applications::register_person_id.eq(None::<String>),
        ))
        .execute(conn)?;
    let waiting = diesel::update(
        register_checks::table
            .filter(register_checks::application_id.eq(application))
            .filter(register_checks::state.eq("pending")),
    )
    .set(register_checks::next_attempt_at.eq(at))
    .execute(conn)?;
    if waiting == 0 {
        enqueue(conn, tenant, application, at)?;
    }
    Ok(())
}

/// A check that is due.
#[derive(Debug, Clone)]
pub struct Due {
    /// Check id.
    pub id: String,
    /// Application.
    pub application_id: String,
    /// Municipality.
    pub municipality_id: String,
    /// Failed attempts so far.
    pub attempts: i32,
}

/// Claims up to `limit` due checks by pushing their next attempt to `lease_until`, so that a
/// second worker (another process) does not take them at the same time.
pub fn claim_due(
    conn: &mut Conn,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> AppResult<Vec<Due>> {
    let rows: Vec<(String, String, String, i32, NaiveDateTime)> = register_checks::table
        .filter(register_checks::state.eq("pending"))
        .filter(register_checks::next_attempt_at.le(now))
        .order(register_checks::next_attempt_at)
        .limit(limit)
        .select((
            register_checks::id,
            register_checks::application_id,
            register_checks::municipality_id,
            register_checks::attempts,
            register_checks::next_attempt_at,
        ))
        .load(conn)?;
    let mut claimed = Vec::new();
    for (id, application_id, municipality_id, attempts, next) in rows {
        let n = diesel::update(
            register_checks::table
                .filter(register_checks::id.eq(&id))
                .filter(register_checks::next_attempt_at.eq(next)),
        )
        .set(register_checks::next_attempt_at.eq(lease_until))
        .execute(conn)?;
        if n == 1 {
            claimed.push(Due {
                id,
                application_id,
                municipality_id,
                attempts,
            });
        }
    }
    Ok(claimed)
}

/// Puts a check back for a later attempt.
pub fn reschedule(
    conn: &mut Conn,
    id: &str,
    attempts: i32,
    next: NaiveDateTime,
    error: Option<&str>,
) -> AppResult<()> {
    diesel::update(register_checks::table.find(id))
        .set((
            register_checks::attempts.eq(attempts),
            register_checks::next_attempt_at.eq(next),
            register_checks::last_error.eq(error),
        ))
        .execute(conn)?;
    Ok(())
}

/// Marks a check as finished.
pub fn complete(conn: &mut Conn, id: &str, at: NaiveDateTime) -> AppResult<()> {
    diesel::update(register_checks::table.find(id))
        .set((
            register_checks::state.eq("done"),
            register_checks::completed_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Checks of the municipality still waiting (for the office's overview).
pub fn pending_count(conn: &mut Conn, tenant: &TenantId) -> AppResult<i64> {
    Ok(register_checks::table
        .filter(register_checks::municipality_id.eq(tenant.as_str()))
        .filter(register_checks::state.eq("pending"))
        .count()
        .get_result(conn)?)
}

/// What the worker needs to check one application.
#[derive(Debug, Clone)]
pub struct Subject {
    /// Application id (the Aktenzeichen).
    pub application_id: String,
    /// Current status.
    pub status: Status,
    /// Still open (not withdrawn, closed or merged).
    pub open: bool,
    /// The child's data as entered.
    pub child: Record,
    /// Child id.
    pub child_id: String,
    /// Municipality name (for the request metadata).
    pub municipality_name: String,
    /// Its AGS.
    pub ags: String,
    /// Its district.
    pub district_id: String,
}

/// Loads the subject of a check.
pub fn subject(conn: &mut Conn, application: &str) -> AppResult<Option<Subject>> {
    let row = applications::table
        .inner_join(children::table)
        .inner_join(municipalities::table.on(municipalities::id.eq(applications::municipality_id)))
        .filter(applications::id.eq(application))
        .select((
            applications::status,
            applications::open_key,
            children::id,
            children::first_names,
            children::last_name,
            children::birth_date,
            children::street,
            children::house_number,
            children::postal_code,
            children::city,
            municipalities::name,
            municipalities::ags,
            municipalities::district_id,
        ))
        .first::<(
            String,
            Option<String>,
            String,
            String,
            String,
            NaiveDate,
            String,
            String,
            String,
            String,
            String,
            String,
            String,
        )>(conn)
        .optional()?;
    Ok(row.map(|r| Subject {
        application_id: application.to_string(),
        status: Status::from_code(&r.0).unwrap_or(Status::Closed),
        open: r.1.is_some(),
        child: Record {
            id: application.to_string(),
            first_names: r.3,
            last_name: r.4,
            birth_date: Some(r.5),
            street: r.6,
            house_number: r.7,
            postal_code: r.8,
            city: r.9,
        },
        child_id: r.2,
        municipality_name: r.10,
        ags: r.11,
        district_id: r.12,
    }))
}

// ---------------------------------------------------------------------------------------------
// Lookup log

/// One logged lookup.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct Lookup {
    /// When.
    pub at: NaiveDateTime,
    /// Aktenzeichen (application id).
    pub application_id: String,
    /// Procedure (automated) name.
    pub procedure_name: String,
    /// Reason of the lookup.
    pub reason: String,
    /// Adapter kind.
    pub adapter: String,
    /// Result class: found, not_found, ambiguous, unavailable.
    pub result: String,
    /// How long the register took.
    pub duration_ms: i32,
    /// Why it was unavailable (no personal data).
    pub detail: Option<String>,
}

/// Logs a lookup.
pub fn log_lookup(conn: &mut Conn, tenant: &TenantId, l: &Lookup) -> AppResult<()> {
    diesel::insert_into(register_lookups::table)
        .values((
            register_lookups::id.eq(uuid::Uuid::new_v4().to_string()),
            register_lookups::municipality_id.eq(tenant.as_str()),
            register_lookups::application_id.eq(&l.application_id),
            register_lookups::at.eq(l.at),
            register_lookups::procedure_name.eq(&l.procedure_name),
            register_lookups::reason.eq(&l.reason),
            register_lookups::adapter.eq(&l.adapter),
            register_lookups::result.eq(&l.result),
            register_lookups::duration_ms.eq(l.duration_ms),
            register_lookups::detail.eq(&l.detail),
        ))
        .execute(conn)?;
    Ok(())
}

/// The latest lookups of the municipality, newest first.
pub fn lookups(conn: &mut Conn, tenant: &TenantId, limit: i64) -> AppResult<Vec<Lookup>> {
    Ok(register_lookups::table
        .filter(register_lookups::municipality_id.eq(tenant.as_str()))
        .order(register_lookups::at.desc())
        .limit(limit)
        .select((
            register_lookups::at,
            register_lookups::application_id,
            register_lookups::procedure_name,
            register_lookups::reason,
            register_lookups::adapter,
            register_lookups::result,
            register_lookups::duration_ms,
            register_lookups::detail,
        ))
        .load(conn)?)
}

// ---------------------------------------------------------------------------------------------
// Results

/// Records the register result of an application, searches duplicates in the municipality and
/// the district, and moves the application on. Runs in the caller's transaction.
pub fn record_result(
    conn: &mut Conn,
    subject: &Subject,
    register: RegisterStatus,
    person_id: Option<&str>,
    district_key: &[u8],
    ctx: &AuditCtx,
) -> AppResult<()> {
    let tenant = tenant_of(conn, &subject.application_id)?;
    if !is_open(conn, &subject.application_id)? {
        // Withdrawn or closed while the register was asked: nothing to record.
        return Ok(());
    }
    diesel::update(applications::table.find(&subject.application_id))
        .set((
            applications::register_status.eq(register.code()),
            applications::register_person_id.eq(person_id),
        ))
        .execute(conn)?;
    find_duplicates(conn, &tenant, subject, person_id, ctx)?;
    find_cross_duplicates(conn, &tenant, subject, district_key, ctx)?;
    let reason = match register {
        RegisterStatus::Resident => "register_resident",
        RegisterStatus::NotFound => "register_not_found",
        RegisterStatus::Ambiguous => "register_ambiguous",
        _ => "check_completed",
    };
    advance(conn, &tenant, &subject.application_id, reason, ctx)?;
    audit::record(
        conn,
        ctx,
        Some(&tenant),
        "check",
        "application",
        Some(&subject.application_id),
        &["register_status", "register_person_id"],
    )
}

fn is_open(conn: &mut Conn, application: &str) -> AppResult<bool> {
    let key: Option<Option<String>> = applications::table
        .find(application)
        .select(applications::open_key)
        .first(conn)
        .optional()?;
    Ok(matches!(key, Some(Some(_))))
}

/// An application closed (withdrawn, rejected, merged away): its open duplicate pairs are
/// moot (the partner may move on) and its notices to other municipalities are withdrawn.
pub fn release(
    conn: &mut Conn,
    tenant: &TenantId,
    application: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let moot: Vec<(String, String, String)> = duplicate_pairs::table
        .filter(duplicate_pairs::municipality_id.eq(tenant.as_str()))
        .filter(duplicate_pairs::state.eq("open"))
        .filter(
            duplicate_pairs::application_a
                .eq(application)
                .or(duplicate_pairs::application_b.eq(application)),
        )
        .select((
            duplicate_pairs::id,
            duplicate_pairs::application_a,
            duplicate_pairs::application_b,
        ))
        .load(conn)?;
    for (id, a, b) in moot {
        resolve_pair(conn, &id, "obsolete", ctx)?;
        let partner = if a == application { b } else { a };
        advance(conn, tenant, &partner, "duplicate_distinct", ctx)?;
    }
    diesel::update(
        cross_duplicates::table
            .filter(cross_duplicates::application_id.eq(application))
            .filter(cross_duplicates::state.eq("open")),
    )
    .set((
        cross_duplicates::state.eq("obsolete"),
        cross_duplicates::resolved_at.eq(ctx.at),
    ))
    .execute(conn)?;
    diesel::delete(
        application_fingerprints::table
            .filter(application_fingerprints::application_id.eq(application)),
    )
    .execute(conn)?;
    Ok(())
}

fn tenant_of(conn: &mut Conn, application: &str) -> AppResult<TenantId> {
    let id: String = applications::table
        .find(application)
        .select(applications::municipality_id)
        .first(conn)?;
    Ok(crate::ids::MunicipalityId(id))
}

/// How many open duplicate pairs the application is part of.
fn open_pair_count(conn: &mut Conn, application: &str) -> AppResult<i64> {
    Ok(duplicate_pairs::table
        .filter(duplicate_pairs::state.eq("open"))
        .filter(
            duplicate_pairs::application_a
                .eq(application)
                .or(duplicate_pairs::application_b.eq(application)),
        )
        .count()
        .get_result(conn)?)
}

/// Moves the application to the status its register result and open duplicates call for.
fn advance(
    conn: &mut Conn,
    tenant: &TenantId,
    application: &str,
    reason: &str,
    ctx: &AuditCtx,
) -> AppResult<Option<Status>> {
    let (status, register): (String, String) = applications::table
        .find(application)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .select((applications::status, applications::register_status))
        .first(conn)?;
    let status = Status::from_code(&status).unwrap_or(Status::Closed);
    let register = RegisterStatus::from_code(&register).unwrap_or(RegisterStatus::Pending);
    let open_pairs = open_pair_count(conn, application)?;
    let Some(next) = next_status(status, register, open_pairs > 0) else {
        return Ok(None);
    };
    let mut update = diesel::update(applications::table.find(application))
        .set((
            applications::status.eq(next.code()),
            applications::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    if !next.open() {
        update += diesel::update(applications::table.find(application))
            .set(applications::open_key.eq(None::<String>))
            .execute(conn)?;
    }
    debug_assert!(update > 0);
    let reason = if next == Status::NeedsReview && !register.needs_decision() {
        "duplicate_suspected"
    } else {
        reason
    };
    apps::event(conn, application, Some(status), next, reason, ctx)?;
    if !next.open() {
        release(conn, tenant, application, ctx)?;
    }
    Ok(Some(next))
}

/// application id, child id, names, birth date, address, register person id.
type OpenRow = (
    String,
    String,
    String,
    String,
    NaiveDate,
    String,
    String,
    String,
    String,
    Option<String>,
);

/// An open application of the municipality as the duplicate search sees it.
fn open_records(
    conn: &mut Conn,
    tenant: &TenantId,
    except_child: &str,
) -> AppResult<Vec<(Record, String, Option<String>)>> {
    let rows: Vec<OpenRow> = applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::open_key.is_not_null())
        .filter(applications::child_id.ne(except_child))
        .select((
            applications::id,
            applications::child_id,
            children::first_names,
            children::last_name,
            children::birth_date,
            children::street,
            children::house_number,
            children::postal_code,
            children::city,
            applications::register_person_id,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                Record {
                    id: r.0,
                    first_names: r.2,
                    last_name: r.3,
                    birth_date: Some(r.4),
                    street: r.5,
                    house_number: r.6,
                    postal_code: r.7,
                    city: r.8,
                },
                r.1,
                r.9,
            )
        })
        .collect())
}

/// Within the municipality: the same register person id is the same child; two different
/// register ids are two children; otherwise the fuzzy comparison decides.
fn find_duplicates(
    conn: &mut Conn,
    tenant: &TenantId,
    subject: &Subject,
    person_id: Option<&str>,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let others = open_records(conn, tenant, &subject.child_id)?;
    let records: Vec<Record> = others.iter().map(|o| o.0.clone()).collect();
    // Scored against the municipality's open applications as one batch, so that common and
    // rare spellings are weighed as in `kitaplatz dedupe`.
    let fuzzy: std::collections::HashMap<usize, (f64, Decision)> =
        dedupe::compare_with_batch(&subject.child, &records)
            .into_iter()
            .map(|(i, score, decision)| (i, (score, decision)))
            .collect();
    for (i, (other, other_child, other_person)) in others.into_iter().enumerate() {
        let found = match (person_id, other_person.as_deref()) {
            (Some(a), Some(b)) if a == b => Some((1.0, Decision::Duplicate, "register")),
            (Some(_), Some(_)) => None,
            _ => fuzzy
                .get(&i)
                .map(|&(score, decision)| (score, decision, "names")),
        };
        let Some((score, decision, source)) = found else {
            continue;
        };
        let (child_a, app_a, child_b, app_b) = if subject.child_id < other_child {
            (
                &subject.child_id,
                &subject.application_id,
                &other_child,
                &other.id,
            )
        } else {
            (
                &other_child,
                &other.id,
                &subject.child_id,
                &subject.application_id,
            )
        };
        let existing: Option<String> = duplicate_pairs::table
            .filter(duplicate_pairs::municipality_id.eq(tenant.as_str()))
            .filter(duplicate_pairs::child_a.eq(child_a))
            .filter(duplicate_pairs::child_b.eq(child_b))
            .select(duplicate_pairs::state)
            .first(conn)
            .optional()?;
        let evidence = (
            duplicate_pairs::application_a.eq(app_a),
            duplicate_pairs::application_b.eq(app_b),
            duplicate_pairs::score_permille.eq((score * 1000.0).round() as i32),
            duplicate_pairs::decision.eq(decision.as_str()),
            duplicate_pairs::source.eq(source),
        );
        let this_pair = duplicate_pairs::table
            .filter(duplicate_pairs::municipality_id.eq(tenant.as_str()))
            .filter(duplicate_pairs::child_a.eq(child_a))
            .filter(duplicate_pairs::child_b.eq(child_b));
        match existing.as_deref() {
            // "Not the same child" is remembered for these two children.
            Some("distinct") => continue,
            // Still open: keep it, with the latest evidence (e.g. the register now agrees).
            Some("open") => {
                diesel::update(this_pair).set(evidence).execute(conn)?;
            }
            // Merged or moot before, and now both have open applications again.
            Some(_) => {
                diesel::update(this_pair)
                    .set((
                        evidence,
                        duplicate_pairs::state.eq("open"),
                        duplicate_pairs::created_at.eq(ctx.at),
                        duplicate_pairs::resolved_at.eq(None::<NaiveDateTime>),
                        duplicate_pairs::resolved_by.eq(None::<String>),
                    ))
                    .execute(conn)?;
            }
            None => {
                diesel::insert_into(duplicate_pairs::table)
                    .values((
                        duplicate_pairs::id.eq(uuid::Uuid::new_v4().to_string()),
                        duplicate_pairs::municipality_id.eq(tenant.as_str()),
                        duplicate_pairs::child_a.eq(child_a),
                        duplicate_pairs::child_b.eq(child_b),
                        evidence,
                        duplicate_pairs::state.eq("open"),
                        duplicate_pairs::created_at.eq(ctx.at),
                    ))
                    .execute(conn)?;
                audit::record(
                    conn,
                    ctx,
                    Some(tenant),
                    "create",
                    "duplicate_pair",
                    Some(&subject.application_id),
                    &["child_a", "child_b", "score", "decision"],
                )?;
            }
        }
        // The other application waits for the office's decision as well.
        advance(conn, tenant, &other.id, "duplicate_suspected", ctx)?;
    }
    Ok(())
}

/// Across the district: stores the application's keyed fingerprints and compares them with
/// other municipalities' open applications. A match gives each side a notice naming only the
/// other municipality.
fn find_cross_duplicates(
    conn: &mut Conn,
    tenant: &TenantId,
    subject: &Subject,
    district_key: &[u8],
    ctx: &AuditCtx,
) -> AppResult<()> {
    let prints = dedupe::fingerprints(&subject.child, district_key);
    diesel::delete(
        application_fingerprints::table
            .filter(application_fingerprints::application_id.eq(&subject.application_id)),
    )
    .execute(conn)?;
    for p in &prints {
        diesel::insert_into(application_fingerprints::table)
            .values((
                application_fingerprints::application_id.eq(&subject.application_id),
                application_fingerprints::district_id.eq(&subject.district_id),
                application_fingerprints::municipality_id.eq(tenant.as_str()),
                application_fingerprints::fingerprint.eq(p),
            ))
            .execute(conn)?;
    }
    let matches: Vec<(String, String)> = application_fingerprints::table
        .inner_join(applications::table)
        .filter(application_fingerprints::district_id.eq(&subject.district_id))
        .filter(application_fingerprints::municipality_id.ne(tenant.as_str()))
        .filter(application_fingerprints::fingerprint.eq_any(&prints))
        .filter(applications::open_key.is_not_null())
        .select((applications::id, applications::municipality_id))
        .distinct()
        .load(conn)?;
    for (other_app, other_municipality) in matches {
        notice(
            conn,
            tenant.as_str(),
            &subject.application_id,
            &other_municipality,
            ctx,
        )?;
        notice(conn, &other_municipality, &other_app, tenant.as_str(), ctx)?;
    }
    Ok(())
}

fn notice(
    conn: &mut Conn,
    municipality: &str,
    application: &str,
    other_municipality: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let exists: i64 = cross_duplicates::table
        .filter(cross_duplicates::application_id.eq(application))
        .filter(cross_duplicates::other_municipality_id.eq(other_municipality))
        .count()
        .get_result(conn)?;
    if exists == 0 {
        diesel::insert_into(cross_duplicates::table)
            .values((
                cross_duplicates::id.eq(uuid::Uuid::new_v4().to_string()),
                cross_duplicates::municipality_id.eq(municipality),
                cross_duplicates::application_id.eq(application),
                cross_duplicates::other_municipality_id.eq(other_municipality),
                cross_duplicates::state.eq("open"),
                cross_duplicates::created_at.eq(ctx.at),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            ctx,
            Some(&crate::ids::MunicipalityId(municipality.to_string())),
            "create",
            "cross_duplicate",
            Some(application),
            &["other_municipality_id"],
        )?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Review queue

/// A duplicate pair with both records side by side.
#[derive(Debug, Clone, Serialize)]
pub struct PairView {
    /// Pair id.
    pub id: String,
    /// Score 0–100.
    pub score_percent: i32,
    /// `duplicate` or `review`.
    pub decision: String,
    /// `register` or `names`.
    pub source: String,
    /// First application.
    pub a: Summary,
    /// Its address.
    pub a_address: String,
    /// Second application.
    pub b: Summary,
    /// Its address.
    pub b_address: String,
}

/// A notice about a possible duplicate in another municipality.
#[derive(Debug, Clone, Serialize)]
pub struct CrossView {
    /// Notice id.
    pub id: String,
    /// The own application.
    pub application: Summary,
    /// The other municipality's name — nothing else about the other record.
    pub other_municipality: String,
}

/// What waits for the youth office.
#[derive(Debug, Clone, Serialize)]
pub struct Queue {
    /// Not found or ambiguous in the register.
    pub register: Vec<(Summary, String)>,
    /// Open duplicate pairs.
    pub pairs: Vec<PairView>,
    /// Open notices across municipalities.
    pub cross: Vec<CrossView>,
    /// Checks still waiting for the register.
    pub pending: i64,
}

fn address(conn: &mut Conn, tenant: &TenantId, application: &str) -> AppResult<String> {
    let (street, no, postal, city): (String, String, String, String) = applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::id.eq(application))
        .select((
            children::street,
            children::house_number,
            children::postal_code,
            children::city,
        ))
        .first(conn)?;
    Ok(format!("{street} {no}, {postal} {city}"))
}

fn summary(conn: &mut Conn, tenant: &TenantId, id: &str) -> AppResult<Summary> {
    apps::get(conn, tenant, None, id)?.ok_or(AppError::NotFound)
}

/// The review queue of the municipality.
pub fn queue(conn: &mut Conn, tenant: &TenantId) -> AppResult<Queue> {
    let register_ids: Vec<(String, String)> = applications::table
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::open_key.is_not_null())
        .filter(applications::register_status.eq_any([
            RegisterStatus::NotFound.code(),
            RegisterStatus::Ambiguous.code(),
        ]))
        .order(applications::submitted_at)
        .select((applications::id, applications::register_status))
        .load(conn)?;
    let mut register = Vec::new();
    for (id, status) in register_ids {
        register.push((summary(conn, tenant, &id)?, status));
    }
    let pair_rows: Vec<(String, i32, String, String, String, String)> = duplicate_pairs::table
        .filter(duplicate_pairs::municipality_id.eq(tenant.as_str()))
        .filter(duplicate_pairs::state.eq("open"))
        .order(duplicate_pairs::created_at)
        .select((
            duplicate_pairs::id,
            duplicate_pairs::score_permille,
            duplicate_pairs::decision,
            duplicate_pairs::source,
            duplicate_pairs::application_a,
            duplicate_pairs::application_b,
        ))
        .load(conn)?;
    let mut pairs = Vec::new();
    for (id, score, decision, source, a, b) in pair_rows {
        pairs.push(PairView {
            id,
            score_percent: (score + 5) / 10,
            decision,
            source,
            a_address: address(conn, tenant, &a)?,
            b_address: address(conn, tenant, &b)?,
            a: summary(conn, tenant, &a)?,
            b: summary(conn, tenant, &b)?,
        });
    }
    let cross_rows: Vec<(String, String, String)> = cross_duplicates::table
        .inner_join(
            municipalities::table
                .on(municipalities::id.eq(cross_duplicates::other_municipality_id)),
        )
        .filter(cross_duplicates::municipality_id.eq(tenant.as_str()))
        .filter(cross_duplicates::state.eq("open"))
        .order(cross_duplicates::created_at)
        .select((
            cross_duplicates::id,
            cross_duplicates::application_id,
            municipalities::name,
        ))
        .load(conn)?;
    let mut cross = Vec::new();
    for (id, application, other) in cross_rows {
        cross.push(CrossView {
            id,
            application: summary(conn, tenant, &application)?,
            other_municipality: other,
        });
    }
    Ok(Queue {
        register,
        pairs,
        cross,
        pending: pending_count(conn, tenant)?,
    })
}

/// Register and duplicate facts shown on the application's detail page.
#[derive(Debug, Clone, Serialize)]
pub struct Facts {
    /// Register status code.
    pub register_status: String,
    /// The office's reason for its decision.
    pub register_note: Option<String>,
    /// Planned moving-in date of an out-of-town child.
    pub move_in_date: Option<NaiveDate>,
    /// Failed attempts of a pending check.
    pub attempts: i32,
    /// Next attempt of a pending check.
    pub next_attempt_at: Option<NaiveDateTime>,
    /// Open duplicate pairs with this application.
    pub open_pairs: i64,
    /// Other municipalities with a possible duplicate (open notices).
    pub cross: Vec<String>,
    /// The application this one was merged into.
    pub merged_into: Option<String>,
}

/// The facts for one application of the tenant.
pub fn facts(conn: &mut Conn, tenant: &TenantId, application: &str) -> AppResult<Facts> {
    let (register_status, register_note, move_in_date, merged_into): (
        String,
        Option<String>,
        Option<NaiveDate>,
        Option<String>,
    ) = applications::table
        .find(application)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .select((
            applications::register_status,
            applications::register_note,
            applications::move_in_date,
            applications::merged_into,
        ))
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    let pending: Option<(i32, NaiveDateTime)> = register_checks::table
        .filter(register_checks::application_id.eq(application))
        .filter(register_checks::state.eq("pending"))
        .select((register_checks::attempts, register_checks::next_attempt_at))
        .first(conn)
        .optional()?;
    let open_pairs = open_pair_count(conn, application)?;
    let cross = cross_duplicates::table
        .inner_join(
            municipalities::table
                .on(municipalities::id.eq(cross_duplicates::other_municipality_id)),
        )
        .filter(cross_duplicates::application_id.eq(application))
        .filter(cross_duplicates::state.eq("open"))
        .select(municipalities::name)
        .load(conn)?;
    Ok(Facts {
        register_status,
        register_note,
        move_in_date,
        attempts: pending.map(|p| p.0).unwrap_or(0),
        next_attempt_at: pending.map(|p| p.1),
        open_pairs,
        cross,
        merged_into,
    })
}

// ---------------------------------------------------------------------------------------------
// Decisions

/// The e-mail address and language of the parent owning an application's household, if any.
pub fn parent_of(conn: &mut Conn, application: &str) -> AppResult<Option<(String, String)>> {
    Ok(applications::table
        .inner_join(households::table.on(households::id.eq(applications::household_id)))
        .inner_join(users::table.on(households::owner_user_id.eq(users::id.nullable())))
        .filter(applications::id.eq(application))
        .select((users::email, users::preferred_lang))
        .first(conn)
        .optional()?)
}

/// The office decides on a register finding. `Ok(None)` when the decision does not fit the
/// current finding (e.g. decided already in another tab); otherwise the new status, if any.
pub fn decide_register(
    conn: &mut Conn,
    tenant: &TenantId,
    application: &str,
    decision: RegisterDecision,
    reason: &str,
    move_in: Option<NaiveDate>,
    ctx: &AuditCtx,
) -> AppResult<Option<Option<Status>>> {
    let current: String = applications::table
        .find(application)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::open_key.is_not_null())
        .select(applications::register_status)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    let current = RegisterStatus::from_code(&current).unwrap_or(RegisterStatus::Pending);
    if !decision.allowed_from(current) {
        return Ok(None);
    }
    // Conditional on the finding just read: of two clicks at once, one wins.
    let n = diesel::update(
        applications::table
            .find(application)
            .filter(applications::register_status.eq(current.code()))
            .filter(applications::open_key.is_not_null()),
    )
    .set((
        applications::register_status.eq(decision.result().code()),
        applications::register_note.eq(reason),
        applications::move_in_date.eq(move_in),
        applications::updated_at.eq(ctx.at),
    ))
    .execute(conn)?;
    if n != 1 {
        return Ok(None);
    }
    let event = match decision {
        RegisterDecision::Resident => "register_confirmed",
        RegisterDecision::Approve => "out_of_town_approved",
        RegisterDecision::Reject => "out_of_town_rejected",
    };
    let moved = advance(conn, tenant, application, event, ctx)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "decide",
        "application_register",
        Some(application),
        &["register_status", "register_note", "move_in_date"],
    )?;
    Ok(Some(moved))
}

/// The two applications of the tenant's pair while it is open; `None` once it was resolved;
/// not found for another municipality's pair.
fn open_pair(
    conn: &mut Conn,
    tenant: &TenantId,
    pair: &str,
) -> AppResult<Option<(String, String)>> {
    let (state, a, b): (String, String, String) = duplicate_pairs::table
        .find(pair)
        .filter(duplicate_pairs::municipality_id.eq(tenant.as_str()))
        .select((
            duplicate_pairs::state,
            duplicate_pairs::application_a,
            duplicate_pairs::application_b,
        ))
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    Ok((state == "open").then_some((a, b)))
}

/// Resolves an open pair; `false` when it was resolved already (e.g. by a second click).
fn resolve_pair(conn: &mut Conn, pair: &str, state: &str, ctx: &AuditCtx) -> AppResult<bool> {
    let n = diesel::update(
        duplicate_pairs::table
            .find(pair)
            .filter(duplicate_pairs::state.eq("open")),
    )
    .set((
        duplicate_pairs::state.eq(state),
        duplicate_pairs::resolved_at.eq(ctx.at),
        duplicate_pairs::resolved_by.eq(ctx.actor.as_ref().map(|a| a.as_str().to_string())),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// "Not the same child": remembered for these two children, never asked again. `Ok(false)`
/// when the pair was already resolved.
pub fn mark_distinct(
    conn: &mut Conn,
    tenant: &TenantId,
    pair: &str,
    ctx: &AuditCtx,
) -> AppResult<bool> {
    let Some((a, b)) = open_pair(conn, tenant, pair)? else {
        return Ok(false);
    };
    if !resolve_pair(conn, pair, "distinct", ctx)? {
        return Ok(false);
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "distinct",
        "duplicate_pair",
        Some(pair),
        &["state"],
    )?;
    advance(conn, tenant, &a, "duplicate_distinct", ctx)?;
    advance(conn, tenant, &b, "duplicate_distinct", ctx)?;
    Ok(true)
}

/// Which application of a pair survives a merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The first.
    A,
    /// The second.
    B,
}

/// Merges the pair: the other application is closed with a pointer to the kept one; the
/// history of both stays. Returns the closed application's id, or `None` when the pair was
/// already resolved.
pub fn merge(
    conn: &mut Conn,
    tenant: &TenantId,
    pair: &str,
    keep: Keep,
    ctx: &AuditCtx,
) -> AppResult<Option<String>> {
    let Some((a, b)) = open_pair(conn, tenant, pair)? else {
        return Ok(None);
    };
    let (kept, gone) = match keep {
        Keep::A => (a, b),
        Keep::B => (b, a),
    };
    if !is_open(conn, &kept)? || !is_open(conn, &gone)? {
        // One of them was withdrawn or closed meanwhile: nothing to merge.
        resolve_pair(conn, pair, "obsolete", ctx)?;
        return Ok(None);
    }
    if !resolve_pair(conn, pair, "merged", ctx)? {
        return Ok(None);
    }
    let status: String = applications::table
        .find(&gone)
        .select(applications::status)
        .first(conn)?;
    let status = Status::from_code(&status).unwrap_or(Status::Closed);
    diesel::update(applications::table.find(&gone))
        .set((
            applications::status.eq(Status::Closed.code()),
            applications::open_key.eq(None::<String>),
            applications::merged_into.eq(Some(&kept)),
            applications::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    apps::event(
        conn,
        &gone,
        Some(status),
        Status::Closed,
        "merged_into",
        ctx,
    )?;
    let kept_status: String = applications::table
        .find(&kept)
        .select(applications::status)
        .first(conn)?;
    let kept_status = Status::from_code(&kept_status).unwrap_or(Status::Closed);
    apps::event(
        conn,
        &kept,
        Some(kept_status),
        kept_status,
        "merged_from",
        ctx,
    )?;
    // Other open pairs and notices of the closed application are moot now.
    release(conn, tenant, &gone, ctx)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "merge",
        "duplicate_pair",
        Some(pair),
        &["state", "merged_into", "status"],
    )?;
    advance(conn, tenant, &kept, "duplicate_merged", ctx)?;
    Ok(Some(gone))
}

/// The office has looked at a notice about another municipality. `Ok(false)` when it was
/// dismissed already.
pub fn dismiss_cross(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    ctx: &AuditCtx,
) -> AppResult<bool> {
    let state: String = cross_duplicates::table
        .find(id)
        .filter(cross_duplicates::municipality_id.eq(tenant.as_str()))
        .select(cross_duplicates::state)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    if state != "open" {
        return Ok(false);
    }
    let n = diesel::update(
        cross_duplicates::table
            .find(id)
            .filter(cross_duplicates::state.eq("open")),
    )
    .set((
        cross_duplicates::state.eq("dismissed"),
        cross_duplicates::resolved_at.eq(ctx.at),
        cross_duplicates::resolved_by.eq(ctx.actor.as_ref().map(|a| a.as_str().to_string())),
    ))
    .execute(conn)?;
    if n != 1 {
        return Ok(false);
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "dismiss",
        "cross_duplicate",
        Some(id),
        &["state"],
    )?;
    Ok(true)
}
