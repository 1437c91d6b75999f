//! Central allocation (Zentrale Vergabe) in the database: lottery numbers, rounds, the
//! append-only run log, publishing offers, and the parents' answers. The matching itself is
//! pure code in `domain::allocation`; this module gathers its input and stores its output.
//!
//! Capacity of a (facility, category) slot at a round's start date = licensed places −
//! reserved places − children under contract outside the allocation (Bestandskinder, counted in
//! the category of their age that day) − places held by accepted offers (seats) − open offers
//! of that Kita year. Accepting an offer takes a numbered seat (1..licensed − reserved −
//! children under contract outside the allocation); the seat's primary key
//! makes it impossible for two parents to take the same last place.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use rand::Rng;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{
    allocation_rounds, allocation_runs, allocation_settings, application_answers,
    application_wishes, applications, children, facilities, municipalities, offers, place_seats,
    priority_criteria,
};
use crate::domain::allocation::priority::{self, Applicant, Bonuses};
use crate::domain::allocation::report::{self, Envy};
use crate::domain::allocation::round::NewRound;
use crate::domain::allocation::{self as engine, Instance, Outcome};
use crate::domain::application::{kita_year, Status};
use crate::domain::category::{category_at, PlaceCategory};
use crate::domain::facility::{licence_at, Licence};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// Version of the engine and of the way its input is built, logged with every run.
pub const ENGINE_VERSION: &str =
    concat!("deferred-acceptance+siblings/", env!("CARGO_PKG_VERSION"));

/// Days a family has to answer an offer when the municipality has not set its own.
pub const DEFAULT_OFFER_DAYS: i32 = 14;

/// Days before the deadline the reminder goes out.
pub const REMINDER_DAYS: i64 = 3;

/// Draws a lottery number with the operating system's cryptographically secure generator.
pub fn draw_lottery() -> i64 {
    rand::rngs::OsRng.gen_range(1..=999_999_999)
}

/// Allocation settings of a municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Settings {
    /// Facility-specific bonus points.
    pub bonuses: Bonuses,
    /// Days to answer an offer.
    pub offer_days: i32,
    /// Facility leads must confirm every proposed place before the round is published.
    pub confirmation_required: bool,
}

/// The settings, or the defaults when the municipality has not saved any.
pub fn settings(conn: &mut Conn, tenant: &TenantId) -> AppResult<Settings> {
    let row: Option<(i32, i32, i32, i32, i32, bool)> = allocation_settings::table
        .find(tenant.as_str())
        .select((
            allocation_settings::bonus_sibling,
            allocation_settings::bonus_own_krippe,
            allocation_settings::bonus_catchment,
            allocation_settings::bonus_staff,
            allocation_settings::offer_days,
            allocation_settings::confirmation_required,
        ))
        .first(conn)
        .optional()?;
    Ok(match row {
        Some((sibling, own_krippe, catchment, staff, offer_days, confirmation_required)) => {
            Settings {
                bonuses: Bonuses {
                    sibling: sibling.into(),
                    own_krippe: own_krippe.into(),
                    catchment: catchment.into(),
                    staff: staff.into(),
                },
                offer_days,
                confirmation_required,
            }
        }
        None => Settings {
            bonuses: Bonuses::default(),
            offer_days: DEFAULT_OFFER_DAYS,
            confirmation_required: false,
        },
    })
}

/// Saves the settings.
pub fn save_settings(
    conn: &mut Conn,
    tenant: &TenantId,
    s: &Settings,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let to_i32 = |v: i64| i32::try_from(v).map_err(|_| AppError::BadRequest("points".into()));
    let values = (
        allocation_settings::bonus_sibling.eq(to_i32(s.bonuses.sibling)?),
        allocation_settings::bonus_own_krippe.eq(to_i32(s.bonuses.own_krippe)?),
        allocation_settings::bonus_catchment.eq(to_i32(s.bonuses.catchment)?),
        allocation_settings::bonus_staff.eq(to_i32(s.bonuses.staff)?),
        allocation_settings::offer_days.eq(s.offer_days),
        allocation_settings::confirmation_required.eq(s.confirmation_required),
        allocation_settings::updated_at.eq(ctx.at),
    );
    let n = diesel::update(allocation_settings::table.find(tenant.as_str()))
        .set(values)
        .execute(conn)?;
    if n == 0 {
        diesel::insert_into(allocation_settings::table)
            .values((
                allocation_settings::municipality_id.eq(tenant.as_str()),
                values,
            ))
            .execute(conn)?;
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "allocation_settings",
        Some(tenant.as_str()),
        &["bonuses", "offer_days", "confirmation_required"],
    )
}

// ------------------------------------------------------------------------------ rounds

/// An allocation round.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = allocation_rounds)]
pub struct Round {
    /// Id.
    pub id: String,
    /// Name given by the office.
    pub name: String,
    /// Places are counted at this date.
    pub start_date: NaiveDate,
    /// Category codes taking part, comma-separated.
    pub categories: String,
    /// Kinds taking part (`request`, `needs`), comma-separated.
    pub kinds: String,
    /// First day of the first start month taking part.
    pub month_from: NaiveDate,
    /// Last day of the last start month taking part.
    pub month_to: NaiveDate,
    /// Created.
    pub created_at: NaiveDateTime,
    /// The run that was published.
    pub published_run_id: Option<String>,
    /// When published.
    pub published_at: Option<NaiveDateTime>,
    /// The run sent to the facility leads for confirmation.
    pub review_run_id: Option<String>,
}

impl Round {
    /// Category codes.
    pub fn category_list(&self) -> Vec<String> {
        split(&self.categories)
    }

    /// Kind codes.
    pub fn kind_list(&self) -> Vec<String> {
        split(&self.kinds)
    }
}

fn split(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

/// Creates a round.
pub fn create_round(
    conn: &mut Conn,
    tenant: &TenantId,
    r: &NewRound,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(allocation_rounds::table)
        .values((
            allocation_rounds::id.eq(&id),
            allocation_rounds::municipality_id.eq(tenant.as_str()),
            allocation_rounds::name.eq(&r.name),
            allocation_rounds::start_date.eq(r.start_date),
            allocation_rounds::categories.eq(r.categories.join(",")),
            allocation_rounds::kinds.eq(r.kinds.join(",")),
            allocation_rounds::month_from.eq(r.months.0),
            allocation_rounds::month_to.eq(r.months.1),
            allocation_rounds::created_at.eq(ctx.at),
            allocation_rounds::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "allocation_round",
        Some(&id),
        &["name", "start_date", "categories", "kinds", "months"],
    )?;
    Ok(id)
}

/// Rounds of a municipality, newest first.
pub fn rounds(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<Round>> {
    Ok(allocation_rounds::table
        .filter(allocation_rounds::municipality_id.eq(tenant.as_str()))
        .order(allocation_rounds::created_at.desc())
        .select(Round::as_select())
        .load(conn)?)
}

/// One round of the tenant.
pub fn round(conn: &mut Conn, tenant: &TenantId, id: &str) -> AppResult<Option<Round>> {
    Ok(allocation_rounds::table
        .filter(allocation_rounds::municipality_id.eq(tenant.as_str()))
        .filter(allocation_rounds::id.eq(id))
        .select(Round::as_select())
        .first(conn)
        .optional()?)
}

// ------------------------------------------------------------------------------ input

/// Statuses whose applications take part in a round: checked, and the waiting list.
const ELIGIBLE: [&str; 2] = ["checked", "rejected"];

/// Capacity of each (facility, category) at a date: licensed − reserved − seats taken −
/// open offers (of other rounds) for that Kita year.
fn capacities(
    conn: &mut Conn,
    tenant: &TenantId,
    day: NaiveDate,
) -> AppResult<BTreeMap<String, BTreeMap<String, u32>>> {
    let licensed = licensed(conn, tenant, day)?;
    let year = kita_year(day);
    let seats: Vec<(String, String)> = place_seats::table
        .inner_join(facilities::table.on(facilities::id.eq(place_seats::facility_id)))
        .filter(facilities::municipality_id.eq(tenant.as_str()))
        .filter(place_seats::kita_year.eq(year))
        .select((place_seats::facility_id, place_seats::category))
        .load(conn)?;
    let open: Vec<(String, String)> = offers::table
        .filter(offers::municipality_id.eq(tenant.as_str()))
        .filter(offers::kita_year.eq(year))
        .filter(offers::status.eq("open"))
        .select((offers::facility_id, offers::category))
        .load(conn)?;
    let mut out = licensed;
    for (f, c) in seats.into_iter().chain(open) {
        if let Some(n) = out.get_mut(&f).and_then(|m| m.get_mut(&c)) {
            *n = n.saturating_sub(1);
        }
    }
    let rules = super::planning::rules(conn, tenant)?;
    for ((f, c), held) in super::contracts::held_outside_allocation(conn, tenant, day, &rules)? {
        if let Some(n) = out.get_mut(&f).and_then(|m| m.get_mut(&c)) {
            *n = n.saturating_sub(held);
        }
    }
    Ok(out)
}

/// Licensed minus reserved places of a category on a day, from a facility's licences.
fn bookable(licences: &[Licence], day: NaiveDate, c: PlaceCategory) -> u32 {
    licence_at(licences, day)
        .map(|l| (l.places.of(c) - l.reserved.of(c)).max(0) as u32)
        .unwrap_or(0)
}

/// Licensed minus reserved places of every facility of the tenant at a date.
fn licensed(
    conn: &mut Conn,
    tenant: &TenantId,
    day: NaiveDate,
) -> AppResult<BTreeMap<String, BTreeMap<String, u32>>> {
    let all = super::facilities::licences(conn, tenant, None)?;
    let ids: Vec<String> = facilities::table
        .filter(facilities::municipality_id.eq(tenant.as_str()))
        .order(facilities::name)
        .select(facilities::id)
        .load(conn)?;
    Ok(ids
        .into_iter()
        .map(|f| {
            let own: Vec<_> = all
                .iter()
                .filter(|(id, _)| *id == f)
                .map(|(_, l)| l.clone())
                .collect();
            let caps = PlaceCategory::ALL
                .into_iter()
                .map(|c| (c.code().to_string(), bookable(&own, day, c)))
                .filter(|(_, n)| *n > 0)
                .collect();
            (f, caps)
        })
        .collect())
}

/// An application as it enters a round.
struct Candidate {
    id: String,
    household: String,
    child: String,
    category: String,
    birth: NaiveDate,
    postal_code: String,
    street: String,
    lottery: Option<i64>,
    current_facility: Option<String>,
    staff_facility: Option<String>,
}

type CandidateRow = (
    String,
    String,
    String,
    String,
    NaiveDate,
    String,
    String,
    Option<i64>,
    Option<String>,
    Option<String>,
);

fn candidates(conn: &mut Conn, tenant: &TenantId, r: &Round) -> AppResult<Vec<Candidate>> {
    let rows: Vec<CandidateRow> = applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::status.eq_any(ELIGIBLE))
        .filter(applications::merged_into.is_null())
        .filter(applications::category.eq_any(r.category_list()))
        .filter(applications::kind.eq_any(r.kind_list()))
        .filter(applications::start_date.ge(r.month_from))
        .filter(applications::start_date.le(r.month_to))
        .order(applications::id)
        .select((
            applications::id,
            applications::household_id,
            applications::child_id,
            applications::category,
            children::birth_date,
            children::postal_code,
            children::street,
            applications::lottery,
            applications::current_facility_id,
            applications::staff_facility_id,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| Candidate {
            id: r.0,
            household: r.1,
            child: r.2,
            category: r.3,
            birth: r.4,
            postal_code: r.5,
            street: r.6,
            lottery: r.7,
            current_facility: r.8,
            staff_facility: r.9,
        })
        .collect())
}

/// Gives every application without a lottery number one (applications from before lottery
/// numbers existed). Each draw is audited; a number once drawn is never replaced.
fn ensure_lottery(
    conn: &mut Conn,
    tenant: &TenantId,
    c: &mut Candidate,
    ctx: &AuditCtx,
) -> AppResult<i64> {
    if let Some(l) = c.lottery {
        return Ok(l);
    }
    let drawn = draw_lottery();
    let n = diesel::update(
        applications::table
            .filter(applications::id.eq(&c.id))
            .filter(applications::lottery.is_null()),
    )
    .set(applications::lottery.eq(Some(drawn)))
    .execute(conn)?;
    let value = if n == 1 {
        audit::record(
            conn,
            ctx,
            Some(tenant),
            "draw_lottery",
            "application",
            Some(&c.id),
            &["lottery"],
        )?;
        drawn
    } else {
        applications::table
            .find(&c.id)
            .select(applications::lottery)
            .first::<Option<i64>>(conn)?
            .ok_or_else(|| AppError::Internal("lottery vanished".into()))?
    };
    c.lottery = Some(value);
    Ok(value)
}

/// Everything a run is made of.
pub struct Input {
    /// The engine's input.
    pub instance: Instance,
    /// Capacity per facility and category at the start date.
    pub capacity: BTreeMap<String, BTreeMap<String, u32>>,
    /// Hash of the points catalogue and bonuses.
    pub criteria_version: String,
}

/// Builds the engine input of a round from the current database state.
pub fn input(conn: &mut Conn, tenant: &TenantId, r: &Round, ctx: &AuditCtx) -> AppResult<Input> {
    let capacity = capacities(conn, tenant, r.start_date)?;
    let settings = settings(conn, tenant)?;
    let cutoff = super::tenants::settings(conn, tenant)?.school_entry_cutoff;
    let mut cands = candidates(conn, tenant, r)?;
    let ids: Vec<String> = cands.iter().map(|c| c.id.clone()).collect();

    let wishes: Vec<(String, String)> = application_wishes::table
        .filter(application_wishes::application_id.eq_any(&ids))
        .order((application_wishes::application_id, application_wishes::rank))
        .select((
            application_wishes::application_id,
            application_wishes::facility_id,
        ))
        .load(conn)?;
    let mut wishes_of: HashMap<String, Vec<String>> = HashMap::new();
    for (a, f) in wishes {
        wishes_of.entry(a).or_default().push(f);
    }
    let points: Vec<(String, i32)> = application_answers::table
        .inner_join(
            priority_criteria::table
                .on(priority_criteria::id.eq(application_answers::criterion_id)),
        )
        .filter(application_answers::application_id.eq_any(&ids))
        .select((
            application_answers::application_id,
            priority_criteria::points,
        ))
        .load(conn)?;
    let mut points_of: HashMap<String, i64> = HashMap::new();
    for (a, p) in points {
        *points_of.entry(a).or_default() += i64::from(p);
    }
    let catalogue: Vec<(String, i32)> = priority_criteria::table
        .filter(priority_criteria::municipality_id.eq(tenant.as_str()))
        .order(priority_criteria::id)
        .select((priority_criteria::id, priority_criteria::points))
        .load(conn)?;
    let criteria_version = hex_digest(
        &serde_json::to_vec(&(&catalogue, &settings.bonuses))
            .map_err(|e| AppError::Internal(e.to_string()))?,
    );
    // Siblings: other children of the household holding a place (accepted offer).
    let households: Vec<String> = cands.iter().map(|c| c.household.clone()).collect();
    let held: Vec<(String, String, String)> = offers::table
        .inner_join(applications::table)
        .filter(applications::household_id.eq_any(&households))
        .filter(offers::status.eq("accepted"))
        .select((
            applications::household_id,
            applications::child_id,
            offers::facility_id,
        ))
        .load(conn)?;
    let catchments: HashMap<String, Vec<String>> = facilities::table
        .filter(facilities::municipality_id.eq(tenant.as_str()))
        .select((facilities::id, facilities::catchment))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(f, c)| (f, priority::parse_catchment(&c)))
        .collect();
    let mut per_household: HashMap<&str, usize> = HashMap::new();
    for c in &cands {
        *per_household.entry(c.household.as_str()).or_default() += 1;
    }
    let groups: HashSet<String> = per_household
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(h, _)| h.to_string())
        .collect();

    let today = ctx.at.date();
    let mut children = Vec::with_capacity(cands.len());
    for c in cands.iter_mut() {
        let lottery = ensure_lottery(conn, tenant, c, ctx)?;
        let applicant = Applicant {
            criteria_points: points_of.get(&c.id).copied().unwrap_or(0),
            category: PlaceCategory::from_code(&c.category),
            wishes: wishes_of.remove(&c.id).unwrap_or_default(),
            current: c
                .current_facility
                .clone()
                .and_then(|f| category_at(c.birth, today, cutoff, false).map(|now| (f, now))),
            staff_facility: c.staff_facility.clone(),
            sibling_facilities: held
                .iter()
                .filter(|(h, child, _)| *h == c.household && *child != c.child)
                .map(|(_, _, f)| f.clone())
                .collect(),
            postal_code: c.postal_code.clone(),
            street: c.street.clone(),
        };
        let p = priority::priority(&applicant, &catchments, &settings.bonuses);
        children.push(engine::Child {
            id: c.id.clone(),
            category: c.category.clone(),
            wishes: p.wishes,
            points: p.points,
            bonus: p.bonus,
            lottery,
            sibling_group: groups.contains(&c.household).then(|| c.household.clone()),
        });
    }
    let instance = Instance {
        facilities: capacity
            .iter()
            .map(|(f, caps)| engine::Facility {
                id: f.clone(),
                capacity: caps.clone(),
            })
            .collect(),
        children,
    };
    Ok(Input {
        instance,
        capacity,
        criteria_version,
    })
}

fn hex_digest(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

// ------------------------------------------------------------------------------ runs

/// A stored run, as listed.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = allocation_runs)]
pub struct RunRow {
    /// Id.
    pub id: String,
    /// Round.
    pub round_id: String,
    /// Number within the round (1, 2, …).
    pub seq: i32,
    /// When.
    pub created_at: NaiveDateTime,
    /// SHA-256 of the engine input.
    pub input_hash: String,
    /// Hash of the points catalogue and bonuses.
    pub criteria_version: String,
    /// Engine version.
    pub engine_version: String,
    /// SHA-256 of the lottery numbers in the run.
    pub lottery_digest: String,
}

/// A stored run with its input and result.
pub struct Run {
    /// Log fields.
    pub row: RunRow,
    /// Capacity snapshot.
    pub capacity: BTreeMap<String, BTreeMap<String, u32>>,
    /// Engine input.
    pub instance: Instance,
    /// Engine output.
    pub outcome: Outcome,
    /// Justified-envy cases after the run.
    pub stability: Vec<Envy>,
}

fn json<T: Serialize>(v: &T) -> AppResult<String> {
    serde_json::to_string(v).map_err(|e| AppError::Internal(format!("json: {e}")))
}

fn parse<T: serde::de::DeserializeOwned>(s: &str) -> AppResult<T> {
    serde_json::from_str(s).map_err(|e| AppError::Internal(format!("stored run: {e}")))
}

/// An engine result ready to be logged.
pub struct Computed {
    input: Input,
    outcome: Outcome,
    stability: Vec<Envy>,
}

/// Runs the engine on a round's input (pure; no database).
pub fn compute(input: Input) -> AppResult<Computed> {
    let started = std::time::Instant::now();
    let mut outcome = engine::allocate(&input.instance)
        .map_err(|e| AppError::Internal(format!("allocation input: {e}")))?;
    outcome.stats.seconds = started.elapsed().as_secs_f64();
    let stability = report::envy(&input.instance, &outcome.assignments);
    Ok(Computed {
        input,
        outcome,
        stability,
    })
}

/// Appends a computed run to the log of `round_id`; returns the run id.
pub fn save_run(
    conn: &mut Conn,
    tenant: &TenantId,
    round_id: &str,
    c: &Computed,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let instance_json = json(&c.input.instance)?;
    let lotteries: Vec<(&str, i64)> = c
        .input
        .instance
        .children
        .iter()
        .map(|c| (c.id.as_str(), c.lottery))
        .collect();
    let seq: Option<i32> = allocation_runs::table
        .filter(allocation_runs::round_id.eq(round_id))
        .select(diesel::dsl::max(allocation_runs::seq))
        .first(conn)?;
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(allocation_runs::table)
        .values((
            allocation_runs::id.eq(&id),
            allocation_runs::round_id.eq(round_id),
            allocation_runs::municipality_id.eq(tenant.as_str()),
            allocation_runs::seq.eq(seq.unwrap_or(0) + 1),
            allocation_runs::created_at.eq(ctx.at),
            allocation_runs::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
            allocation_runs::input_hash.eq(hex_digest(instance_json.as_bytes())),
            allocation_runs::criteria_version.eq(&c.input.criteria_version),
            allocation_runs::engine_version.eq(ENGINE_VERSION),
            allocation_runs::lottery_digest.eq(hex_digest(json(&lotteries)?.as_bytes())),
            allocation_runs::capacity_snapshot.eq(json(&c.input.capacity)?),
            allocation_runs::instance.eq(&instance_json),
            allocation_runs::outcome.eq(json(&c.outcome)?),
            allocation_runs::stability.eq(json(&c.stability)?),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "run",
        "allocation_run",
        Some(&id),
        &["round_id"],
    )?;
    Ok(id)
}

/// Runs of a round, newest first.
pub fn runs(conn: &mut Conn, tenant: &TenantId, round_id: &str) -> AppResult<Vec<RunRow>> {
    Ok(allocation_runs::table
        .filter(allocation_runs::municipality_id.eq(tenant.as_str()))
        .filter(allocation_runs::round_id.eq(round_id))
        .order(allocation_runs::seq.desc())
        .select(RunRow::as_select())
        .load(conn)?)
}

/// One run of the tenant with input and result.
pub fn run(conn: &mut Conn, tenant: &TenantId, id: &str) -> AppResult<Option<Run>> {
    let row: Option<(RunRow, String, String, String, String)> = allocation_runs::table
        .filter(allocation_runs::municipality_id.eq(tenant.as_str()))
        .filter(allocation_runs::id.eq(id))
        .select((
            RunRow::as_select(),
            allocation_runs::capacity_snapshot,
            allocation_runs::instance,
            allocation_runs::outcome,
            allocation_runs::stability,
        ))
        .first(conn)
        .optional()?;
    let Some((row, capacity, instance, outcome, stability)) = row else {
        return Ok(None);
    };
    Ok(Some(Run {
        row,
        capacity: parse(&capacity)?,
        instance: parse(&instance)?,
        outcome: parse(&outcome)?,
        stability: parse(&stability)?,
    }))
}

// ------------------------------------------------------------------------------ publish

/// What publishing changed for one application (for the letters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Application.
    pub application: String,
    /// `offered` or `rejected`.
    pub status: Status,
    /// Offered facility's name.
    pub facility: Option<String>,
    /// Answer by.
    pub deadline: Option<NaiveDate>,
}

/// Result of publishing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Published {
    /// Offers and waiting-list notices to send, and the round's name (for the letters).
    Done {
        /// The round's name.
        round: String,
        /// One per application.
        notices: Vec<Notice>,
    },
    /// The round was published before; nothing was sent again.
    Already,
    /// Places changed since the run (another round, an acceptance): run again.
    Outdated,
    /// Confirmations are required and this many proposed places are not confirmed.
    Unconfirmed(usize),
}

/// Publishes a run's effective proposal (the run with its manual adjustments): offers for
/// the placed, waiting list for the others. Refused when places changed since the run
/// (`Outdated`) or when the municipality requires confirmations and places are unconfirmed.
/// Idempotent: the round is marked published in the same transaction, and offers are unique
/// per round and application. Applications that left the eligible states since the run are
/// skipped.
pub fn publish(
    conn: &mut Conn,
    tenant: &TenantId,
    run_id: &str,
    ctx: &AuditCtx,
) -> AppResult<Published> {
    let reviewed = super::review::reviewed(conn, tenant, run_id)?.ok_or(AppError::NotFound)?;
    let round_id = reviewed.run.row.round_id.clone();
    let r = round(conn, tenant, &round_id)?.ok_or(AppError::NotFound)?;
    if r.published_at.is_some() {
        return Ok(Published::Already);
    }
    let settings = settings(conn, tenant)?;
    if settings.confirmation_required {
        // Answers count only for the run the leads were asked about.
        let answers = if r.review_run_id.as_deref() == Some(run_id) {
            super::review::answers(conn, run_id)?
        } else {
            HashMap::new()
        };
        let led = super::review::led_facilities(conn, tenant)?;
        let missing = super::review::unconfirmed(&reviewed.proposal, &answers, &led);
        if missing > 0 {
            return Ok(Published::Unconfirmed(missing));
        }
    }
    // Capacity is checked again: the run may be older than another round's offers, and
    // places held back by hand stay free.
    let now_capacity = capacities(conn, tenant, r.start_date)?;
    let mut needed: HashMap<(&str, &str), u32> = HashMap::new();
    for c in &reviewed.run.instance.children {
        if let Some(Some(f)) = reviewed.proposal.assignments.get(&c.id) {
            *needed.entry((f.as_str(), c.category.as_str())).or_default() += 1;
        }
    }
    for ((f, cat), n) in &needed {
        let free = now_capacity
            .get(*f)
            .and_then(|m| m.get(*cat))
            .copied()
            .unwrap_or(0);
        if n + reviewed.proposal.held(f, cat) > free {
            return Ok(Published::Outdated);
        }
    }
    let claimed = diesel::update(
        allocation_rounds::table
            .filter(allocation_rounds::id.eq(&round_id))
            .filter(allocation_rounds::municipality_id.eq(tenant.as_str()))
            .filter(allocation_rounds::published_at.is_null()),
    )
    .set((
        allocation_rounds::published_at.eq(Some(ctx.at)),
        allocation_rounds::published_run_id.eq(Some(run_id)),
        allocation_rounds::published_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
    ))
    .execute(conn)?;
    if claimed == 0 {
        return Ok(Published::Already);
    }
    let run = &reviewed.run;
    let days = settings.offer_days;
    let deadline = ctx.at.date() + Duration::days(days.into());
    let names = super::facilities::names(conn, tenant)?;
    // Applications that left the eligible states since the run (withdrawn, merged) are skipped.
    let ids: Vec<&str> = run
        .instance
        .children
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let current: HashMap<String, (String, NaiveDate, Option<i32>)> = applications::table
        .filter(applications::id.eq_any(&ids))
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::status.eq_any(ELIGIBLE))
        .select((
            applications::id,
            applications::status,
            applications::start_date,
            applications::weekly_hours,
        ))
        .load::<(String, String, NaiveDate, Option<i32>)>(conn)?
        .into_iter()
        .map(|(id, status, start, hours)| (id, (status, start, hours)))
        .collect();
    let mut notices = Vec::new();
    for c in &run.instance.children {
        let Some((status, start, hours)) = current.get(&c.id).cloned() else {
            continue;
        };
        let from = Status::from_code(&status);
        match reviewed.proposal.assignments.get(&c.id).cloned().flatten() {
            Some(f) => {
                diesel::insert_into(offers::table)
                    .values((
                        offers::id.eq(uuid::Uuid::new_v4().to_string()),
                        offers::municipality_id.eq(tenant.as_str()),
                        offers::application_id.eq(&c.id),
                        offers::round_id.eq(&round_id),
                        offers::run_id.eq(run_id),
                        offers::facility_id.eq(&f),
                        offers::category.eq(&c.category),
                        // The hours the parents asked for: an offer never changes them.
                        offers::weekly_hours.eq(hours),
                        offers::kita_year.eq(kita_year(r.start_date)),
                        offers::start_date.eq(start.max(r.start_date)),
                        offers::status.eq("open"),
                        offers::deadline.eq(deadline),
                        offers::created_at.eq(ctx.at),
                    ))
                    .execute(conn)?;
                set_status(conn, &c.id, from, Status::Offered, "offered", ctx)?;
                notices.push(Notice {
                    application: c.id.clone(),
                    status: Status::Offered,
                    facility: names.get(&f).cloned(),
                    deadline: Some(deadline),
                });
            }
            None => {
                set_status(
                    conn,
                    &c.id,
                    from,
                    Status::Rejected,
                    "no_place_this_round",
                    ctx,
                )?;
                notices.push(Notice {
                    application: c.id.clone(),
                    status: Status::Rejected,
                    facility: None,
                    deadline: None,
                });
            }
        }
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "publish",
        "allocation_round",
        Some(&round_id),
        &["published_run_id"],
    )?;
    Ok(Published::Done {
        round: r.name,
        notices,
    })
}

fn set_status(
    conn: &mut Conn,
    id: &str,
    from: Option<Status>,
    to: Status,
    reason: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    // Declined, expired and closed applications free the "one open application" key, so the
    // parents can apply again.
    let closes = matches!(to, Status::Declined | Status::Expired | Status::Closed);
    diesel::update(applications::table.find(id))
        .set((
            applications::status.eq(to.code()),
            applications::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    if closes {
        diesel::update(applications::table.find(id))
            .set(applications::open_key.eq(None::<String>))
            .execute(conn)?;
    }
    super::applications::event(conn, id, from, to, reason, ctx)
}

// ------------------------------------------------------------------------------ offers

/// An offer as the parents and the office see it.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct OfferView {
    /// Id.
    pub id: String,
    /// Facility id.
    pub facility_id: String,
    /// Facility name.
    pub facility: String,
    /// Category code.
    pub category: String,
    /// Weekly hours offered (= asked for).
    pub weekly_hours: Option<i32>,
    /// Start.
    pub start_date: NaiveDate,
    /// `open`, `accepted`, `declined`, `expired`, `lapsed` (place taken meanwhile).
    pub status: String,
    /// Answer by (inclusive).
    pub deadline: NaiveDate,
}

/// The newest offer of an application.
pub fn offer_of(
    conn: &mut Conn,
    tenant: &TenantId,
    application: &str,
) -> AppResult<Option<OfferView>> {
    Ok(offers::table
        .inner_join(facilities::table)
        .filter(offers::municipality_id.eq(tenant.as_str()))
        .filter(offers::application_id.eq(application))
        .order(offers::created_at.desc())
        .select((
            offers::id,
            offers::facility_id,
            facilities::name,
            offers::category,
            offers::weekly_hours,
            offers::start_date,
            offers::status,
            offers::deadline,
        ))
        .first(conn)
        .optional()?)
}

/// What became of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Done. For an acceptance: the other applications of the child that were closed.
    Done(Vec<String>),
    /// The offer is not open any more (answered, expired).
    NotOpen,
    /// Someone else took the last place first; the application is back on the waiting list.
    PlaceGone,
}

/// An open offer with what accepting needs.
#[derive(Debug, Clone, Queryable)]
struct OpenOffer {
    id: String,
    facility: String,
    category: String,
    kita_year: i32,
    start_date: NaiveDate,
    deadline: NaiveDate,
}

/// The open offer of an application of the household, with what accepting needs.
fn open_offer(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
    application: &str,
) -> AppResult<Option<OpenOffer>> {
    let owned: Option<String> = applications::table
        .filter(applications::id.eq(application))
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::household_id.eq(household))
        .select(applications::id)
        .first(conn)
        .optional()?;
    if owned.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(offers::table
        .filter(offers::application_id.eq(application))
        .filter(offers::status.eq("open"))
        .select((
            offers::id,
            offers::facility_id,
            offers::category,
            offers::kita_year,
            offers::start_date,
            offers::deadline,
        ))
        .first(conn)
        .optional()?)
}

fn close_offer(conn: &mut Conn, offer: &str, status: &str, ctx: &AuditCtx) -> AppResult<bool> {
    Ok(diesel::update(
        offers::table
            .filter(offers::id.eq(offer))
            .filter(offers::status.eq("open")),
    )
    .set((
        offers::status.eq(status),
        offers::responded_at.eq(Some(ctx.at)),
    ))
    .execute(conn)?
        == 1)
}

/// Seats of a slot: licensed − reserved places at the Kita year's first day or later start.
fn seat_count(
    conn: &mut Conn,
    tenant: &TenantId,
    facility: &str,
    category: &str,
    start: NaiveDate,
) -> AppResult<u32> {
    let own: Vec<_> = super::facilities::licences(conn, tenant, Some(facility))?
        .into_iter()
        .map(|(_, l)| l)
        .collect();
    let rules = super::planning::rules(conn, tenant)?;
    let held = super::contracts::held_outside_allocation(conn, tenant, start, &rules)?
        .get(&(facility.to_string(), category.to_string()))
        .copied()
        .unwrap_or(0);
    Ok(PlaceCategory::from_code(category)
        .map(|c| bookable(&own, start, c).saturating_sub(held))
        .unwrap_or(0))
}

/// The parents accept an offer (one attempt, in the caller's transaction). Takes a seat;
/// closes the child's other applications in the municipality.
pub fn accept(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
    application: &str,
    ctx: &AuditCtx,
) -> AppResult<Answer> {
    let Some(OpenOffer {
        id: offer,
        facility,
        category,
        kita_year: year,
        start_date: start,
        deadline,
    }) = open_offer(conn, tenant, household, application)?
    else {
        return Ok(Answer::NotOpen);
    };
    if ctx.at.date() > deadline {
        return Ok(Answer::NotOpen);
    }
    let seats = seat_count(conn, tenant, &facility, &category, start)?;
    let taken: HashSet<i32> = place_seats::table
        .filter(place_seats::facility_id.eq(&facility))
        .filter(place_seats::category.eq(&category))
        .filter(place_seats::kita_year.eq(year))
        .select(place_seats::seat)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    let free = (1..=seats as i32).find(|s| !taken.contains(s));
    let Some(seat) = free else {
        close_offer(conn, &offer, "lapsed", ctx)?;
        set_status(
            conn,
            application,
            Some(Status::Offered),
            Status::Rejected,
            "place_taken_meanwhile",
            ctx,
        )?;
        return Ok(Answer::PlaceGone);
    };
    // A concurrent acceptance of the same seat fails here on the primary key (PostgreSQL
    // waits for the other transaction, SQLite serialises writers); the caller retries and
    // then sees the seat taken.
    diesel::insert_into(place_seats::table)
        .values((
            place_seats::facility_id.eq(&facility),
            place_seats::category.eq(&category),
            place_seats::kita_year.eq(year),
            place_seats::seat.eq(seat),
            place_seats::offer_id.eq(&offer),
            place_seats::taken_at.eq(ctx.at),
        ))
        .execute(conn)?;
    if !close_offer(conn, &offer, "accepted", ctx)? {
        return Err(AppError::Conflict("offer answered concurrently".into()));
    }
    set_status(
        conn,
        application,
        Some(Status::Offered),
        Status::Accepted,
        "accepted_by_parent",
        ctx,
    )?;
    // Other applications of the same child in this municipality are closed.
    let child: String = applications::table
        .find(application)
        .select(applications::child_id)
        .first(conn)?;
    let others: Vec<(String, String)> = applications::table
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::child_id.eq(&child))
        .filter(applications::id.ne(application))
        .filter(applications::open_key.is_not_null())
        .select((applications::id, applications::status))
        .load(conn)?;
    let mut closed = Vec::new();
    for (id, status) in others {
        let from = Status::from_code(&status);
        release_offers(conn, &id, ctx)?;
        set_status(
            conn,
            &id,
            from,
            Status::Closed,
            "closed_other_accepted",
            ctx,
        )?;
        super::checks::release(conn, tenant, &id, ctx)?;
        closed.push(id);
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "accept",
        "offer",
        Some(&offer),
        &["status"],
    )?;
    Ok(Answer::Done(closed))
}

/// Accepts with retries: a lost race on the last seat (unique violation, a busy SQLite
/// writer, a PostgreSQL serialisation failure) is tried again in a fresh transaction, which
/// then sees the seat taken.
pub fn accept_with_retry(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
    application: &str,
    ctx: &AuditCtx,
) -> AppResult<Answer> {
    let mut last = None;
    for attempt in 0..5u64 {
        match conn.transaction(|tx| accept(tx, tenant, household, application, ctx)) {
            Err(e @ (AppError::Conflict(_) | AppError::Busy)) => {
                last = Some(e);
                std::thread::sleep(std::time::Duration::from_millis(20 * (attempt + 1)));
            }
            other => return other,
        }
    }
    Err(last.unwrap_or(AppError::Busy))
}

/// The parents decline an offer: the place is free for the next round.
pub fn decline(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
    application: &str,
    ctx: &AuditCtx,
) -> AppResult<Answer> {
    let Some(OpenOffer { id: offer, .. }) = open_offer(conn, tenant, household, application)?
    else {
        return Ok(Answer::NotOpen);
    };
    if !close_offer(conn, &offer, "declined", ctx)? {
        return Ok(Answer::NotOpen);
    }
    set_status(
        conn,
        application,
        Some(Status::Offered),
        Status::Declined,
        "declined_by_parent",
        ctx,
    )?;
    super::checks::release(conn, tenant, application, ctx)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "decline",
        "offer",
        Some(&offer),
        &["status"],
    )?;
    Ok(Answer::Done(Vec::new()))
}

/// An offer that needs a letter from the scheduled job.
#[derive(Debug, Clone)]
pub struct Due {
    /// Municipality.
    pub municipality: String,
    /// Its slug (for links).
    pub slug: String,
    /// Application.
    pub application: String,
    /// Facility name.
    pub facility: String,
    /// Deadline.
    pub deadline: NaiveDate,
}

type DueRow = (String, String, String, String, String, NaiveDate);

/// Expires open offers whose deadline has passed (the place is free for the next round) and
/// returns them; marks the reminders due (3 days before the deadline) and returns them.
pub fn run_due(conn: &mut Conn, ctx: &AuditCtx) -> AppResult<(Vec<Due>, Vec<Due>)> {
    let today = ctx.at.date();
    let load = |conn: &mut Conn, expired: bool| -> AppResult<Vec<DueRow>> {
        let q = offers::table
            .inner_join(facilities::table)
            .inner_join(municipalities::table.on(municipalities::id.eq(offers::municipality_id)))
            .filter(offers::status.eq("open"))
            .select((
                offers::id,
                offers::municipality_id,
                municipalities::slug,
                offers::application_id,
                facilities::name,
                offers::deadline,
            ));
        Ok(if expired {
            q.filter(offers::deadline.lt(today)).load(conn)?
        } else {
            q.filter(offers::deadline.le(today + Duration::days(REMINDER_DAYS)))
                .filter(offers::reminded_at.is_null())
                .load(conn)?
        })
    };
    let mut expired = Vec::new();
    for (offer, m, slug, application, facility, deadline) in load(conn, true)? {
        let tenant = crate::ids::MunicipalityId(m.clone());
        if !close_offer(conn, &offer, "expired", ctx)? {
            continue;
        }
        set_status(
            conn,
            &application,
            Some(Status::Offered),
            Status::Expired,
            "offer_expired",
            ctx,
        )?;
        super::checks::release(conn, &tenant, &application, ctx)?;
        audit::record(
            conn,
            ctx,
            Some(&tenant),
            "expire",
            "offer",
            Some(&offer),
            &["status"],
        )?;
        expired.push(Due {
            municipality: m,
            slug,
            application,
            facility,
            deadline,
        });
    }
    let mut reminders = Vec::new();
    for (offer, m, slug, application, facility, deadline) in load(conn, false)? {
        let n = diesel::update(
            offers::table
                .filter(offers::id.eq(&offer))
                .filter(offers::reminded_at.is_null()),
        )
        .set(offers::reminded_at.eq(Some(ctx.at)))
        .execute(conn)?;
        if n == 1 {
            reminders.push(Due {
                municipality: m,
                slug,
                application,
                facility,
                deadline,
            });
        }
    }
    Ok((expired, reminders))
}

/// The outcome of the newest published round an application took part in, for its parents:
/// the facility it got (if any) and the lines explaining the wishes above it. Facility ids in
/// the lines are replaced by names. No other child's data is in here.
#[derive(Debug, Clone, Serialize)]
pub struct Explained {
    /// Facility name of the place, if placed.
    pub placed: Option<String>,
    /// Lines for the wishes ranked above the place (all wishes if unplaced).
    pub lines: Vec<report::ParentLine>,
    /// The child's category code in that round.
    pub category: String,
}

/// See [`Explained`].
pub fn explain(
    conn: &mut Conn,
    tenant: &TenantId,
    application: &str,
) -> AppResult<Option<Explained>> {
    let published: Vec<String> = allocation_rounds::table
        .filter(allocation_rounds::municipality_id.eq(tenant.as_str()))
        .filter(allocation_rounds::published_run_id.is_not_null())
        .order(allocation_rounds::published_at.desc())
        .select(allocation_rounds::published_run_id.assume_not_null())
        .load(conn)?;
    let names = super::facilities::names(conn, tenant)?;
    let name = |id: &str| names.get(id).cloned().unwrap_or_else(|| id.to_string());
    for run_id in published {
        let Some(r) = super::review::reviewed(conn, tenant, &run_id)? else {
            continue;
        };
        let Some(child) = r.instance.children.iter().find(|c| c.id == application) else {
            continue;
        };
        let mut lines = report::parent_lines(&r.instance, &r.outcome, application);
        for l in &mut lines {
            l.facility = name(&l.facility);
        }
        let placed = r
            .outcome
            .assignments
            .get(application)
            .cloned()
            .flatten()
            .map(|f| name(&f));
        return Ok(Some(Explained {
            placed,
            lines,
            category: child.category.clone(),
        }));
    }
    Ok(None)
}

/// An application leaves (withdrawn by the parents): its open offer is withdrawn and the
/// seat of an accepted offer becomes free again.
pub fn release_offers(conn: &mut Conn, application: &str, ctx: &AuditCtx) -> AppResult<()> {
    let held: Vec<String> = offers::table
        .filter(offers::application_id.eq(application))
        .filter(offers::status.eq_any(["open", "accepted"]))
        .select(offers::id)
        .load(conn)?;
    for offer in held {
        diesel::delete(place_seats::table.filter(place_seats::offer_id.eq(&offer)))
            .execute(conn)?;
        diesel::update(offers::table.find(&offer))
            .set((
                offers::status.eq("withdrawn"),
                offers::responded_at.eq(Some(ctx.at)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The office's facts about an application that give facility bonuses: the facility the
/// child attends now, and the facility where a parent works.
#[derive(Debug, Clone, Default, Serialize, Queryable)]
pub struct Facts {
    /// Current facility id.
    pub current_facility_id: Option<String>,
    /// A parent works at this facility.
    pub staff_facility_id: Option<String>,
}

/// See [`Facts`].
pub fn facts(conn: &mut Conn, tenant: &TenantId, application: &str) -> AppResult<Option<Facts>> {
    Ok(applications::table
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::id.eq(application))
        .select((
            applications::current_facility_id,
            applications::staff_facility_id,
        ))
        .first(conn)
        .optional()?)
}

/// Sets the [`Facts`]; both facilities must belong to the tenant. `Ok(false)` if one does not.
pub fn set_facts(
    conn: &mut Conn,
    tenant: &TenantId,
    application: &str,
    f: &Facts,
    ctx: &AuditCtx,
) -> AppResult<bool> {
    if facts(conn, tenant, application)?.is_none() {
        return Err(AppError::NotFound);
    }
    for id in [&f.current_facility_id, &f.staff_facility_id]
        .into_iter()
        .flatten()
    {
        if super::facilities::get(conn, tenant, id)?.is_none() {
            return Ok(false);
        }
    }
    diesel::update(applications::table.find(application))
        .set((
            applications::current_facility_id.eq(&f.current_facility_id),
            applications::staff_facility_id.eq(&f.staff_facility_id),
            applications::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "application",
        Some(application),
        &["current_facility_id", "staff_facility_id"],
    )?;
    Ok(true)
}

/// The catchment area text of a facility of the tenant (postal codes and streets, one per line).
pub fn catchment(conn: &mut Conn, tenant: &TenantId, facility: &str) -> AppResult<Option<String>> {
    Ok(facilities::table
        .filter(facilities::municipality_id.eq(tenant.as_str()))
        .filter(facilities::id.eq(facility))
        .select(facilities::catchment)
        .first(conn)
        .optional()?)
}

/// Sets the catchment area (already validated).
pub fn set_catchment(
    conn: &mut Conn,
    tenant: &TenantId,
    facility: &str,
    text: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let n = diesel::update(
        facilities::table
            .filter(facilities::municipality_id.eq(tenant.as_str()))
            .filter(facilities::id.eq(facility)),
    )
    .set((
        facilities::catchment.eq(text),
        facilities::updated_at.eq(ctx.at),
    ))
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "facility",
        Some(facility),
        &["catchment"],
    )
}
