//! Parent fees in the database: schedule versions with their rates, households' income
//! declarations, and the monthly bookings (original assessment and corrections). Amounts are
//! stored as integer cents; [`cents`] and [`euros`] convert.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{
    children, contracts, facilities, fee_assessments, fee_rates, fee_schedules, income_declarations,
};
use crate::domain::category::PlaceCategory;
use crate::domain::contract::{hours_schedule, ContractStatus};
use crate::domain::fee_assessment::{
    self as assessment, AssessmentError, Booked, Declaration, FeeContract, Inputs,
};
use crate::domain::fees::{round_cents, Proration, Rate, Schedule};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// Integer cents of an amount (rounded by the one rule first).
pub fn cents(amount: Decimal) -> i64 {
    (round_cents(amount) * Decimal::ONE_HUNDRED)
        .trunc()
        .to_i64()
        .unwrap_or(i64::MAX)
}

/// The amount of integer cents.
pub fn euros(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

fn join<T: ToString>(values: &[T]) -> String {
    values
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

fn split_numbers(text: &str) -> Vec<i64> {
    text.split(',')
        .filter_map(|v| v.trim().parse().ok())
        .collect()
}

/// A stored schedule version.
#[derive(Debug, Clone)]
pub struct StoredSchedule {
    /// Version number (1, 2, …).
    pub version: i32,
    /// The schedule.
    pub schedule: Schedule,
    /// Saved at.
    pub created_at: NaiveDateTime,
}

type ScheduleRow = (
    String,
    i32,
    NaiveDate,
    String,
    String,
    i32,
    i32,
    i64,
    Option<i64>,
    String,
    NaiveDateTime,
);

/// The municipality's schedule versions, oldest first.
pub fn schedules(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<StoredSchedule>> {
    let rows: Vec<ScheduleRow> = fee_schedules::table
        .filter(fee_schedules::municipality_id.eq(tenant.as_str()))
        .order(fee_schedules::version)
        .select((
            fee_schedules::id,
            fee_schedules::version,
            fee_schedules::valid_from,
            fee_schedules::income_limits,
            fee_schedules::sibling_discounts,
            fee_schedules::free_hours,
            fee_schedules::free_years_before_school,
            fee_schedules::meal_money_cents,
            fee_schedules::cap_cents,
            fee_schedules::proration,
            fee_schedules::created_at,
        ))
        .load(conn)?;
    let ids: Vec<&String> = rows.iter().map(|r| &r.0).collect();
    let rates: Vec<(String, String, i32, i32, i64)> = fee_rates::table
        .filter(fee_rates::schedule_id.eq_any(&ids))
        .order((fee_rates::category, fee_rates::max_hours, fee_rates::band))
        .select((
            fee_rates::schedule_id,
            fee_rates::category,
            fee_rates::max_hours,
            fee_rates::band,
            fee_rates::monthly_cents,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let schedule_rates = rates
                .iter()
                .filter(|rate| rate.0 == r.0)
                .filter_map(|(_, category, max_hours, band, monthly)| {
                    Some(Rate {
                        category: PlaceCategory::from_code(category)?,
                        max_hours: u32::try_from(*max_hours).ok()?,
                        band: usize::try_from(*band).ok()?,
                        monthly: euros(*monthly),
                    })
                })
                .collect();
            StoredSchedule {
                version: r.1,
                created_at: r.10,
                schedule: Schedule {
                    valid_from: r.2,
                    income_limits: split_numbers(&r.3).into_iter().map(euros).collect(),
                    rates: schedule_rates,
                    sibling_discount_percent: split_numbers(&r.4)
                        .into_iter()
                        .map(Decimal::from)
                        .collect(),
                    free_hours: u32::try_from(r.5).unwrap_or(0),
                    free_years_before_school: u32::try_from(r.6).unwrap_or(0),
                    meal_money: euros(r.7),
                    cap: r.8.map(euros),
                    proration: if r.9 == "half_month" {
                        Proration::HalfMonth
                    } else {
                        Proration::PerDay
                    },
                },
            }
        })
        .collect())
}

/// Saves a new schedule version (already validated); returns its number.
pub fn save_schedule(
    conn: &mut Conn,
    tenant: &TenantId,
    s: &Schedule,
    ctx: &AuditCtx,
) -> AppResult<i32> {
    let latest: Option<i32> = fee_schedules::table
        .filter(fee_schedules::municipality_id.eq(tenant.as_str()))
        .select(diesel::dsl::max(fee_schedules::version))
        .first(conn)?;
    let version = latest.unwrap_or(0) + 1;
    let id = uuid::Uuid::new_v4().to_string();
    let limits: Vec<i64> = s.income_limits.iter().map(|l| cents(*l)).collect();
    let discounts: Vec<i64> = s
        .sibling_discount_percent
        .iter()
        .map(|p| p.trunc().to_i64().unwrap_or(0))
        .collect();
    diesel::insert_into(fee_schedules::table)
        .values((
            fee_schedules::id.eq(&id),
            fee_schedules::municipality_id.eq(tenant.as_str()),
            fee_schedules::version.eq(version),
            fee_schedules::valid_from.eq(s.valid_from),
            fee_schedules::income_limits.eq(join(&limits)),
            fee_schedules::sibling_discounts.eq(join(&discounts)),
            fee_schedules::free_hours.eq(i32::try_from(s.free_hours).unwrap_or(0)),
            fee_schedules::free_years_before_school
                .eq(i32::try_from(s.free_years_before_school).unwrap_or(0)),
            fee_schedules::meal_money_cents.eq(cents(s.meal_money)),
            fee_schedules::cap_cents.eq(s.cap.map(cents)),
            fee_schedules::proration.eq(match s.proration {
                Proration::PerDay => "per_day",
                Proration::HalfMonth => "half_month",
            }),
            fee_schedules::created_at.eq(ctx.at),
            fee_schedules::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    for r in &s.rates {
        diesel::insert_into(fee_rates::table)
            .values((
                fee_rates::schedule_id.eq(&id),
                fee_rates::category.eq(r.category.code()),
                fee_rates::max_hours.eq(i32::try_from(r.max_hours).unwrap_or(i32::MAX)),
                fee_rates::band.eq(i32::try_from(r.band).unwrap_or(i32::MAX)),
                fee_rates::monthly_cents.eq(cents(r.monthly)),
            ))
            .execute(conn)?;
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "fee_schedule",
        Some(&id),
        &["valid_from", "rates", "income_limits", "sibling_discounts"],
    )?;
    Ok(version)
}

/// An income declaration.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct IncomeDeclaration {
    /// Id.
    pub id: String,
    /// Household.
    pub household_id: String,
    /// Annual income in cents (none: no declaration).
    pub annual_income_cents: Option<i64>,
    /// Valid from.
    pub valid_from: NaiveDate,
    /// Declared at.
    pub declared_at: NaiveDateTime,
    /// Verified at.
    pub verified_at: Option<NaiveDateTime>,
}

/// Declarations in the municipality, of one household or all, newest first.
pub fn declarations(
    conn: &mut Conn,
    tenant: &TenantId,
    household: Option<&str>,
) -> AppResult<Vec<IncomeDeclaration>> {
    let mut q = income_declarations::table
        .filter(income_declarations::municipality_id.eq(tenant.as_str()))
        .into_boxed();
    if let Some(h) = household {
        q = q.filter(income_declarations::household_id.eq(h));
    }
    Ok(q.order((
        income_declarations::declared_at.desc(),
        income_declarations::id,
    ))
    .select((
        income_declarations::id,
        income_declarations::household_id,
        income_declarations::annual_income_cents,
        income_declarations::valid_from,
        income_declarations::declared_at,
        income_declarations::verified_at,
    ))
    .load(conn)?)
}

/// Records a declaration (verified at once when the office enters it).
pub fn declare(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
    income: Option<Decimal>,
    valid_from: NaiveDate,
    verified: bool,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    let actor = ctx.actor.as_ref().map(|a| a.as_str());
    diesel::insert_into(income_declarations::table)
        .values((
            income_declarations::id.eq(&id),
            income_declarations::municipality_id.eq(tenant.as_str()),
            income_declarations::household_id.eq(household),
            income_declarations::annual_income_cents.eq(income.map(cents)),
            income_declarations::valid_from.eq(valid_from),
            income_declarations::declared_at.eq(ctx.at),
            income_declarations::declared_by.eq(actor),
            income_declarations::verified_at.eq(verified.then_some(ctx.at)),
            income_declarations::verified_by.eq(if verified { actor } else { None }),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "declare",
        "income_declaration",
        Some(&id),
        &["annual_income", "valid_from"],
    )?;
    Ok(id)
}

/// The office marks a declaration verified (evidence seen). Unknown or already verified: 404.
pub fn verify(conn: &mut Conn, tenant: &TenantId, id: &str, ctx: &AuditCtx) -> AppResult<()> {
    let n = diesel::update(
        income_declarations::table
            .filter(income_declarations::id.eq(id))
            .filter(income_declarations::municipality_id.eq(tenant.as_str()))
            .filter(income_declarations::verified_at.is_null()),
    )
    .set((
        income_declarations::verified_at.eq(Some(ctx.at)),
        income_declarations::verified_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
    ))
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "verify",
        "income_declaration",
        Some(id),
        &["verified_at"],
    )
}

/// Everything the assessment of the municipality needs.
pub fn inputs(conn: &mut Conn, tenant: &TenantId, cutoff: (u32, u32)) -> AppResult<Inputs> {
    let rows: Vec<(
        String,
        String,
        String,
        NaiveDate,
        NaiveDate,
        Option<NaiveDate>,
    )> = contracts::table
        .inner_join(children::table)
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .filter(contracts::status.ne(ContractStatus::Draft.code()))
        .order(contracts::id)
        .select((
            contracts::id,
            children::household_id,
            children::id,
            children::birth_date,
            contracts::start_date,
            contracts::end_date,
        ))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let hours = super::contracts::hour_records(conn, &ids)?;
    let contracts = rows
        .into_iter()
        .map(|(id, household, child, birth, start, end)| FeeContract {
            hours: hours_schedule(hours.get(&id).map_or(&[][..], |v| v)),
            id,
            household,
            child,
            birth,
            start,
            end,
        })
        .collect();
    let mut incomes: HashMap<String, Vec<Declaration>> = HashMap::new();
    for d in declarations(conn, tenant, None)?
        .into_iter()
        .filter(|d| d.verified_at.is_some())
        .rev()
    {
        incomes
            .entry(d.household_id)
            .or_default()
            .push(Declaration {
                valid_from: d.valid_from,
                income: d.annual_income_cents.map(euros),
            });
    }
    Ok(Inputs {
        schedules: schedules(conn, tenant)?
            .into_iter()
            .map(|s| (s.version, s.schedule))
            .collect(),
        contracts,
        incomes,
        cutoff,
    })
}

/// What is booked per contract and month.
pub fn booked(
    conn: &mut Conn,
    tenant: &TenantId,
) -> AppResult<HashMap<(String, NaiveDate), Booked>> {
    let rows: Vec<(String, String, NaiveDate, i64, i64)> = fee_assessments::table
        .filter(fee_assessments::municipality_id.eq(tenant.as_str()))
        .select((
            fee_assessments::contract_id,
            fee_assessments::household_id,
            fee_assessments::month,
            fee_assessments::care_cents,
            fee_assessments::meal_cents,
        ))
        .load(conn)?;
    let mut out: HashMap<(String, NaiveDate), Booked> = HashMap::new();
    for (contract, household, month, care, meals) in rows {
        let e = out.entry((contract, month)).or_insert(Booked {
            household,
            care: Decimal::ZERO,
            meals: Decimal::ZERO,
        });
        e.care += euros(care);
        e.meals += euros(meals);
    }
    Ok(out)
}

/// What an assessment run booked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RunSummary {
    /// Original assessments booked.
    pub originals: usize,
    /// Corrections booked.
    pub corrections: usize,
    /// Sum of everything booked (cents).
    pub total_cents: i64,
    /// Fee notices issued (one per household with bookings).
    pub notices: usize,
}

/// Assesses every month from the first schedule through `through` and books what differs from
/// what is booked (in the caller's transaction), then issues a fee notice to each household
/// with new bookings (its portal link starts with `public_url`). A missing rate stops the run
/// with nothing booked.
pub fn assess(
    conn: &mut Conn,
    tenant: &TenantId,
    cutoff: (u32, u32),
    through: NaiveDate,
    public_url: &str,
    ctx: &AuditCtx,
) -> AppResult<Result<RunSummary, AssessmentError>> {
    let inputs = inputs(conn, tenant, cutoff)?;
    let Some(first) = inputs.schedules.iter().map(|(_, s)| s.valid_from).min() else {
        return Ok(Ok(RunSummary::default()));
    };
    let months = assessment::months(first, through);
    let mut fresh = Vec::new();
    for m in &months {
        match assessment::fresh_month(&inputs, *m) {
            Ok(rows) => fresh.extend(rows),
            Err(e) => return Ok(Err(e)),
        }
    }
    let plan = assessment::plan(&fresh, &booked(conn, tenant)?, &months);
    let mut summary = RunSummary::default();
    let mut booked_now = Vec::with_capacity(plan.len());
    for b in plan {
        let (care, meals) = (cents(b.care), cents(b.meals));
        let id = uuid::Uuid::new_v4().to_string();
        diesel::insert_into(fee_assessments::table)
            .values((
                fee_assessments::id.eq(&id),
                fee_assessments::municipality_id.eq(tenant.as_str()),
                fee_assessments::contract_id.eq(&b.contract),
                fee_assessments::household_id.eq(&b.household),
                fee_assessments::month.eq(b.month),
                fee_assessments::kind.eq(b.kind.code()),
                fee_assessments::care_cents.eq(care),
                fee_assessments::meal_cents.eq(meals),
                fee_assessments::total_cents.eq(care + meals),
                fee_assessments::schedule_version.eq(b.schedule_version),
                fee_assessments::detail.eq(serde_json::to_string(&b.detail)
                    .map_err(|e| AppError::Internal(e.to_string()))?),
                fee_assessments::created_at.eq(ctx.at),
                fee_assessments::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
            ))
            .execute(conn)?;
        match b.kind {
            assessment::BookingKind::Original => summary.originals += 1,
            assessment::BookingKind::Correction => summary.corrections += 1,
        }
        summary.total_cents += care + meals;
        booked_now.push((id, b));
    }
    summary.notices = crate::fee_notices::issue(conn, tenant, &booked_now, public_url, ctx)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "assess",
        "fee_assessment",
        None,
        &["month", "care_cents", "meal_cents"],
    )?;
    Ok(Ok(summary))
}

/// A booking as shown to parents and the office.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct BookingRow {
    /// Booking id.
    pub id: String,
    /// Household.
    pub household_id: String,
    /// The facility (cost centre).
    pub facility_name: String,
    /// Contract.
    pub contract_id: String,
    /// The child's first names.
    pub child_first_names: String,
    /// Month.
    pub month: NaiveDate,
    /// `original` or `correction`.
    pub kind: String,
    /// Care fee (cents).
    pub care_cents: i64,
    /// Meal money (cents).
    pub meal_cents: i64,
    /// Total (cents).
    pub total_cents: i64,
    /// How it came about (JSON).
    pub detail: String,
    /// Booked at.
    pub created_at: NaiveDateTime,
}

/// Which bookings to read.
#[derive(Debug, Clone, Copy)]
pub enum Bookings<'a> {
    /// Those of one household.
    Household(&'a str),
    /// Those made in `[from, to)` (UTC), for the finance export.
    MadeBetween(NaiveDateTime, NaiveDateTime),
}

/// Bookings of the municipality, by month.
pub fn bookings(
    conn: &mut Conn,
    tenant: &TenantId,
    which: Bookings<'_>,
) -> AppResult<Vec<BookingRow>> {
    let mut q = fee_assessments::table
        .inner_join(
            contracts::table
                .inner_join(children::table)
                .inner_join(facilities::table),
        )
        .filter(fee_assessments::municipality_id.eq(tenant.as_str()))
        .into_boxed();
    q = match which {
        Bookings::Household(h) => q.filter(fee_assessments::household_id.eq(h)),
        Bookings::MadeBetween(from, to) => q
            .filter(fee_assessments::created_at.ge(from))
            .filter(fee_assessments::created_at.lt(to)),
    };
    Ok(q.order((
        fee_assessments::month,
        fee_assessments::contract_id,
        fee_assessments::created_at,
        fee_assessments::id,
    ))
    .select((
        fee_assessments::id,
        fee_assessments::household_id,
        facilities::name,
        fee_assessments::contract_id,
        children::first_names,
        fee_assessments::month,
        fee_assessments::kind,
        fee_assessments::care_cents,
        fee_assessments::meal_cents,
        fee_assessments::total_cents,
        fee_assessments::detail,
        fee_assessments::created_at,
    ))
    .load(conn)?)
}

/// What is booked per month: (month, originals, corrections, number of corrections), cents,
/// newest month first.
pub fn booked_per_month(
    conn: &mut Conn,
    tenant: &TenantId,
) -> AppResult<Vec<(NaiveDate, i64, i64, i64)>> {
    use diesel::dsl::{count_star, sql};
    use diesel::sql_types::{BigInt, Nullable};
    // SUM of a BIGINT is NUMERIC on PostgreSQL: cast back.
    let rows: Vec<(NaiveDate, String, Option<i64>, i64)> = fee_assessments::table
        .filter(fee_assessments::municipality_id.eq(tenant.as_str()))
        .group_by((fee_assessments::month, fee_assessments::kind))
        .select((
            fee_assessments::month,
            fee_assessments::kind,
            sql::<Nullable<BigInt>>("CAST(SUM(total_cents) AS BIGINT)"),
            count_star(),
        ))
        .load(conn)?;
    let mut out: std::collections::BTreeMap<NaiveDate, (i64, i64, i64)> = Default::default();
    for (month, kind, cents, n) in rows {
        let e = out.entry(month).or_default();
        if kind == assessment::BookingKind::Original.code() {
            e.0 += cents.unwrap_or(0);
        } else {
            e.1 += cents.unwrap_or(0);
            e.2 += n;
        }
    }
    Ok(out
        .into_iter()
        .rev()
        .map(|(m, (o, c, n))| (m, o, c, n))
        .collect())
}

/// Households with a child under a binding contract in the municipality, with a label for
/// the office's choice ("Eva Beispiel – Lina, Paul"), sorted by label.
pub fn households_in_care(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<(String, String)>> {
    let rows: Vec<(String, String, String)> = contracts::table
        .inner_join(children::table)
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .filter(contracts::status.ne(ContractStatus::Draft.code()))
        .select((
            children::household_id,
            children::first_names,
            children::last_name,
        ))
        .distinct()
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let guardians = household_names(conn, &ids)?;
    let mut children: HashMap<String, Vec<String>> = HashMap::new();
    for (h, first, last) in rows {
        children
            .entry(h)
            .or_default()
            .push(format!("{first} {last}"));
    }
    let mut out: Vec<(String, String)> = children
        .into_iter()
        .map(|(h, mut kids)| {
            kids.sort();
            kids.dedup();
            let label = match guardians.get(&h) {
                Some(g) => format!("{g} – {}", kids.join(", ")),
                None => kids.join(", "),
            };
            (h, label)
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

/// The guardians' names of households, for the office's lists ("Anna Muster, Ben Muster").
pub fn household_names(
    conn: &mut Conn,
    households: &[String],
) -> AppResult<HashMap<String, String>> {
    use crate::db::schema::guardians;
    let rows: Vec<(String, String, String)> = guardians::table
        .filter(guardians::household_id.eq_any(households))
        .order((
            guardians::household_id,
            guardians::created_at,
            guardians::id,
        ))
        .select((
            guardians::household_id,
            guardians::first_names,
            guardians::last_name,
        ))
        .load(conn)?;
    let mut out: HashMap<String, String> = HashMap::new();
    for (h, first, last) in rows {
        let e = out.entry(h).or_default();
        if !e.is_empty() {
            e.push_str(", ");
        }
        e.push_str(&format!("{first} {last}"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cents_round_commercially_and_convert_back() {
        assert_eq!(cents(Decimal::new(12345, 3)), 1235);
        assert_eq!(cents(Decimal::new(-12345, 3)), -1235);
        assert_eq!(euros(1235), Decimal::new(1235, 2));
        assert_eq!(
            split_numbers("3000000, 6000000"),
            vec![3_000_000, 6_000_000]
        );
    }
}
