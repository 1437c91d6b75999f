//! Parent fees on the web: the municipality admin keeps the fee schedule (every save a new
//! version from its valid-from month); parents declare their income and see their monthly
//! fees; the youth office verifies declarations, runs the assessment (a background job) and
//! sees the expected fee income of the next 12 months.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::{Datelike, Months, NaiveDate};
use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::account::EmptyForm;
use super::audit;
use super::chart::bar_chart;
use super::csrf::CsrfForm;
use super::guards::{MunicipalityAdmin, ParentOf, RequestId, YouthOffice};
use super::ui::Ui;
use crate::domain::fee_assessment::{fresh_month, month_of};
use crate::domain::fees::{parse_amount, schedule_from_form, schedule_to_form, ScheduleForm};
use crate::error::{AppError, AppResult};
use crate::i18n;
use crate::store::{fee_notices, fees, households, jobs, sepa, tenants};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        schedule_page,
        save_schedule,
        office_page,
        start_assessment,
        verify_declaration,
        office_income,
        finance_export,
        office_notice,
        parent_page,
        parent_notice,
        declare_income
    ]
}

/// How many of the newest fee notices the office's page lists.
const RECENT_NOTICES: i64 = 30;

/// The PDF of a fee notice of the tenant (of `household` only, if given), or 404.
async fn notice_pdf(
    app: &App,
    tenant: crate::ids::TenantId,
    household: Option<String>,
    id: &str,
) -> AppResult<super::letters::Pdf> {
    let id = id.to_string();
    app.db
        .run(move |c| {
            let (notice, kept) = fee_notices::get(c, &id)?.ok_or(AppError::NotFound)?;
            if notice.municipality_id != tenant.as_str()
                || household.is_some_and(|h| h != notice.household_id)
            {
                return Err(AppError::NotFound);
            }
            Ok(super::letters::Pdf {
                name: crate::letters::file_name(crate::letters::Kind::FeeNotice.code()),
                inline: false,
                bytes: crate::fee_notices::pdf_of(c, &notice, kept)?,
            })
        })
        .await
}

#[get("/<_>/office/fees/notices/<id>", rank = 10)]
async fn office_notice(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
) -> AppResult<super::letters::Pdf> {
    let pdf = notice_pdf(app, staff.tenant.id.clone(), None, id).await?;
    let (ctx, tenant, id) = (
        audit(app, &rid, Some(staff.user_id())),
        staff.tenant.id.clone(),
        id.to_string(),
    );
    app.db
        .run(move |c| crate::store::audit::read(c, &ctx, &tenant, "fee_notice", &id))
        .await?;
    Ok(pdf)
}

#[get("/<_>/family/fees/notices/<id>", rank = 10)]
async fn parent_notice(
    app: &State<Arc<App>>,
    parent: ParentOf,
    id: &str,
) -> AppResult<super::letters::Pdf> {
    let household = household(app, &parent).await?.ok_or(AppError::NotFound)?;
    notice_pdf(app, parent.tenant.id.clone(), Some(household), id).await
}

/// An amount of cents as the page's language writes it, with the currency.
fn money(lang: &str, cents: i64) -> String {
    i18n::t_args(
        lang,
        "fees-amount",
        &[("amount", i18n::format_amount(lang, fees::euros(cents)))],
    )
}

// ---------------------------------------------------------------- schedule (admin)

/// The schedule form, as typed.
#[derive(Debug, FromForm, Default)]
pub struct ScheduleFields {
    #[field(default = String::new())]
    valid_from: String,
    #[field(default = String::new())]
    income_limits: String,
    #[field(default = String::new())]
    sibling_discounts: String,
    #[field(default = String::new())]
    free_hours: String,
    #[field(default = String::new())]
    free_years: String,
    #[field(default = String::new())]
    meal_money: String,
    #[field(default = String::new())]
    cap: String,
    #[field(default = String::new())]
    proration: String,
    #[field(default = String::new())]
    rates: String,
}

async fn render_schedule(
    app: &App,
    admin: &MunicipalityAdmin,
    ui: &Ui,
    form: Option<Value>,
    errors: Vec<Value>,
) -> AppResult<Template> {
    let tenant = admin.tenant.id.clone();
    let versions = app.db.run(move |c| fees::schedules(c, &tenant)).await?;
    let form = form.unwrap_or_else(|| {
        let mut fields: serde_json::Map<String, Value> = versions
            .last()
            .map(|v| schedule_to_form(&v.schedule))
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        fields.entry("proration").or_insert(json!("per_day"));
        Value::Object(fields)
    });
    let list: Vec<Value> = versions
        .iter()
        .rev()
        .map(|v| {
            json!({
                "version": v.version,
                "valid_from": v.schedule.valid_from.format("%d.%m.%Y").to_string(),
                "bands": v.schedule.income_limits.len() + 1,
                "rates": v.schedule.rates.len(),
                "saved": super::berlin_time(v.created_at),
            })
        })
        .collect();
    Ok(ui.render_in(
        &admin.tenant,
        "office/fee_schedule",
        json!({ "versions": list, "form": form, "errors": errors }),
    ))
}

#[get("/<_>/admin/fees", rank = 10)]
async fn schedule_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
) -> AppResult<Template> {
    render_schedule(app, &admin, &ui, None, Vec::new()).await
}

#[post("/<_>/admin/fees", data = "<form>", rank = 10)]
async fn save_schedule(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<ScheduleFields>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let f = form.into_inner();
    let parsed = schedule_from_form(&ScheduleForm {
        valid_from: &f.valid_from,
        income_limits: &f.income_limits,
        sibling_discounts: &f.sibling_discounts,
        free_hours: &f.free_hours,
        free_years: &f.free_years,
        meal_money: &f.meal_money,
        cap: &f.cap,
        proration: &f.proration,
        rates: &f.rates,
    });
    let schedule = match parsed {
        Ok(s) => s,
        Err(problems) => {
            let errors = problems
                .into_iter()
                .map(|(field, key, line)| json!({ "field": field, "key": key, "arg": line.to_string() }))
                .collect();
            let form = json!({
                "valid_from": f.valid_from, "income_limits": f.income_limits,
                "sibling_discounts": f.sibling_discounts, "free_hours": f.free_hours,
                "free_years": f.free_years, "meal_money": f.meal_money, "cap": f.cap,
                "proration": f.proration, "rates": f.rates,
            });
            let page = render_schedule(app, &admin, &ui, Some(form), errors).await?;
            return Ok(Err((Status::UnprocessableEntity, page)));
        }
    };
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    app.db
        .run(move |c| c.transaction(|tx| fees::save_schedule(tx, &tenant, &schedule, &ctx)))
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/admin/fees", admin.tenant.slug)),
        "flash-saved",
    )))
}

// ---------------------------------------------------------------- office

/// The expected fee income (cents) of each of the 12 months from `from`, from contracts and
/// schedules as they are now (no bookings).
fn forecast(
    inputs: &crate::domain::fee_assessment::Inputs,
    from: NaiveDate,
) -> Vec<(NaiveDate, Option<i64>)> {
    (0..12)
        .filter_map(|i| month_of(from).checked_add_months(Months::new(i)))
        .map(|m| {
            let total = fresh_month(inputs, m)
                .ok()
                .map(|rows| rows.iter().map(|r| fees::cents(r.care + r.meals)).sum());
            (m, total)
        })
        .collect()
}

/// The job error of a failed assessment as a message (missing rate), if it is one.
fn job_problem(lang: &str, error: Option<&str>) -> Option<String> {
    let json = error?.split_once("fees-no-rate:")?.1;
    let v: Value = serde_json::from_str(json).ok()?;
    let arg = |k: &str| match &v[k] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    Some(i18n::t_args(
        lang,
        "fees-no-rate",
        &[
            ("version", arg("version")),
            ("category", arg("category")),
            ("hours", arg("hours")),
            ("band", arg("band")),
            ("month", arg("month")),
        ],
    ))
}

#[get("/<_>/office/fees", rank = 10)]
async fn office_page(app: &State<Arc<App>>, staff: YouthOffice, ui: Ui) -> AppResult<Template> {
    let tenant = staff.tenant.id.clone();
    let today = app.today();
    let (
        (collections, returned, creditor, sepa_job),
        (declarations, booked, inputs, job, names, in_care),
        notices,
    ) = app
        .db
        .run(move |c| {
            let sepa_part = (
                sepa::collections(c, &tenant)?,
                sepa::returned(c, &tenant)?,
                sepa::creditor(c, &tenant)?,
                jobs::latest(c, &tenant, crate::jobs::SEPA_COLLECTION)?,
            );
            let cutoff = tenants::settings(c, &tenant)?.school_entry_cutoff;
            let in_care = fees::households_in_care(c, &tenant)?;
            let declarations = fees::declarations(c, &tenant, None)?;
            let notices = fee_notices::list(c, &tenant, None, RECENT_NOTICES)?;
            let open: Vec<String> = declarations
                .iter()
                .filter(|d| d.verified_at.is_none())
                .map(|d| d.household_id.clone())
                .collect();
            Ok((
                sepa_part,
                (
                    declarations,
                    fees::booked_per_month(c, &tenant)?,
                    fees::inputs(c, &tenant, cutoff)?,
                    jobs::latest(c, &tenant, crate::jobs::FEE_ASSESSMENT)?,
                    fees::household_names(c, &open)?,
                    in_care,
                ),
                notices,
            ))
        })
        .await?;
    let labels: HashMap<&str, &str> = in_care
        .iter()
        .map(|(id, label)| (id.as_str(), label.as_str()))
        .collect();
    // A household by its guardians and children in care, else by its guardians.
    let label = |h: &str| -> String {
        labels
            .get(h)
            .map(|l| l.to_string())
            .or_else(|| names.get(h).cloned())
            .unwrap_or_default()
    };
    let pending: Vec<Value> = declarations
        .iter()
        .filter(|d| d.verified_at.is_none())
        .map(|d| {
            json!({
                "id": d.id,
                "household": label(&d.household_id),
                "income": d.annual_income_cents.map(|c| money(ui.lang, c)),
                "valid_from": d.valid_from.format("%m/%Y").to_string(),
                "declared": super::berlin_time(d.declared_at),
            })
        })
        .collect();
    let booked: Vec<Value> = booked
        .iter()
        .map(|(m, original, corrections, n)| {
            json!({
                "month": m.format("%m/%Y").to_string(),
                "original": money(ui.lang, *original),
                "corrections": money(ui.lang, *corrections),
                "count": n,
                "total": money(ui.lang, original + corrections),
            })
        })
        .collect();
    let expected = forecast(&inputs, today);
    let bars: Vec<(String, usize)> = expected
        .iter()
        .map(|(m, c)| {
            (
                m.format("%m/%y").to_string(),
                c.map_or(0, |c| usize::try_from(c / 100).unwrap_or(0)),
            )
        })
        .collect();
    let expected_rows: Vec<Value> = expected
        .iter()
        .map(|(m, c)| json!({ "month": m.format("%m/%Y").to_string(), "total": c.map(|c| money(ui.lang, c)) }))
        .collect();
    let job = job.map(|j| {
        json!({
            "status": j.status,
            "through": NaiveDate::parse_from_str(&j.subject_id, "%Y-%m-%d")
                .map(|d| d.format("%m/%Y").to_string()).unwrap_or_default(),
            "problem": job_problem(ui.lang, j.error.as_deref()),
            "at": super::berlin_time(j.created_at),
        })
    });
    let collections: Vec<Value> = collections
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "date": c.collection_date.format("%d.%m.%Y").to_string(),
                "debits": c.debits,
                "total": money(ui.lang, c.total_cents),
            })
        })
        .collect();
    let returned: Vec<Value> = returned
        .iter()
        .map(|r| {
            json!({
                "e2e": r.end_to_end_id,
                "name": r.debtor_name,
                "amount": money(ui.lang, r.amount_cents),
                "reason": r.reason.as_deref().map(|code| format!("{code} – {}", kitaplatz_sepa::reason_text(code))),
            })
        })
        .collect();
    let notices: Vec<Value> = notices
        .iter()
        .map(|n| {
            json!({
                "id": n.id,
                "household": label(&n.household_id),
                "subject": n.subject,
                "total": money(ui.lang, n.total_cents),
                "at": super::berlin_time(n.created_at),
            })
        })
        .collect();
    let earliest = creditor.as_ref().map(|c| {
        (today + chrono::Days::new(u64::try_from(c.pre_notice_days).unwrap_or(14)))
            .format("%Y-%m-%d")
            .to_string()
    });
    let sepa_problem = sepa_job.as_ref().and_then(|j| {
        job_problem(ui.lang, j.error.as_deref()).or_else(|| {
            j.error.as_deref().and_then(|e| {
                ["sepa-no-creditor", "sepa-too-early"]
                    .into_iter()
                    .find(|k| e.contains(k))
                    .map(|k| i18n::t(ui.lang, k))
            })
        })
    });
    Ok(ui.render_in(
        &staff.tenant,
        "office/fees",
        json!({
            "households": in_care.iter().map(|(id, label)| json!({ "id": id, "label": label })).collect::<Vec<_>>(),
            "collections": collections,
            "returned": returned,
            "earliest": earliest,
            "sepa_problem": sepa_problem,
            "pending": pending,
            "notices": notices,
            "booked": booked,
            "expected": expected_rows,
            "chart": bar_chart(&i18n::t(ui.lang, "fees-expected"), &bars),
            "job": job,
            "through": format!("{:04}-{:02}", today.year(), today.month()),
            "has_schedule": !inputs.schedules.is_empty(),
        }),
    ))
}

/// The month to assess through (`YYYY-MM`).
#[derive(Debug, FromForm)]
pub struct AssessForm {
    through: String,
}

#[post("/<_>/office/fees/assess", data = "<form>", rank = 10)]
async fn start_assessment(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    form: CsrfForm<AssessForm>,
) -> AppResult<Result<Redirect, Flash<Redirect>>> {
    let back = format!("/{}/office/fees", staff.tenant.slug);
    let through = NaiveDate::parse_from_str(&format!("{}-01", form.through.trim()), "%Y-%m-%d")
        .ok()
        // Months up to a year ahead (forward bookings are not collected before they are due).
        .filter(|m| *m <= app.today() + Months::new(12));
    let Some(through) = through else {
        return Ok(Err(Flash::error(Redirect::to(back), "err-fees-month")));
    };
    queue_day_job(app, &staff, &rid, crate::jobs::FEE_ASSESSMENT, through)
        .await
        .map(Ok)
}

/// Queues a one-step fee job about a day (assessment through its month, collection on it)
/// and sends the office to its progress page.
pub(crate) async fn queue_day_job(
    app: &App,
    staff: &YouthOffice,
    rid: &RequestId,
    kind: &'static str,
    day: NaiveDate,
) -> AppResult<Redirect> {
    let ctx = audit(app, rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    let job = app
        .db
        .run(move |c| {
            jobs::enqueue(
                c,
                &tenant,
                kind,
                &day.format("%Y-%m-%d").to_string(),
                1,
                &ctx,
            )
        })
        .await?;
    app.jobs.notify();
    Ok(Redirect::to(format!(
        "/{}/office/jobs/{job}",
        staff.tenant.slug
    )))
}

#[post(
    "/<_>/office/fees/declarations/<id>/verify",
    data = "<_form>",
    rank = 10
)]
async fn verify_declaration(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    app.db
        .run(move |c| c.transaction(|tx| fees::verify(tx, &tenant, &id, &ctx)))
        .await?;
    Ok(Flash::success(
        Redirect::to(format!("/{}/office/fees", staff.tenant.slug)),
        "flash-saved",
    ))
}

/// The receivables (Sollstellungen) booked in a month as booking lines for municipal finance
/// software (documented in `docs/exports.md`): document date and number, amount, debit or
/// credit (S/H), the household's debtor account, the facility as cost centre, a text.
pub fn finance_table(bookings: &[fees::BookingRow]) -> kitaplatz_export::Table {
    use chrono::TimeZone;
    let headers = [
        "Belegdatum",
        "Belegnummer",
        "Betrag",
        "Soll/Haben",
        "Personenkonto",
        "Kostenstelle",
        "Buchungstext",
        "Leistungsmonat",
        "Erlösart",
    ];
    let hex = |id: &str, n: usize| -> String {
        id.chars()
            .filter(char::is_ascii_hexdigit)
            .take(n)
            .collect::<String>()
            .to_uppercase()
    };
    let mut rows = Vec::new();
    for b in bookings {
        let day = chrono_tz::Europe::Berlin
            .from_utc_datetime(&b.created_at)
            .date_naive();
        let correction = if b.kind == "correction" {
            "Korrektur "
        } else {
            ""
        };
        // Care fee and meal money are separate receivables (separate revenue accounts).
        for (suffix, what, kind, cents) in [
            ("B", "Elternbeitrag", "Betreuung", b.care_cents),
            ("V", "Essengeld", "Verpflegung", b.meal_cents),
        ] {
            if cents == 0 {
                continue;
            }
            rows.push(vec![
                day.format("%d.%m.%Y").to_string(),
                format!("{}-{suffix}", hex(&b.id, 12)),
                i18n::format_amount("de", fees::euros(cents.abs())),
                if cents > 0 { "S" } else { "H" }.to_string(),
                format!("D{}", hex(&b.household_id, 8)),
                b.facility_name.clone(),
                format!(
                    "{correction}{what} {} {}",
                    b.month.format("%m/%Y"),
                    b.child_first_names
                ),
                b.month.format("%m/%Y").to_string(),
                kind.to_string(),
            ]);
        }
    }
    kitaplatz_export::Table {
        headers: headers.iter().map(ToString::to_string).collect(),
        rows,
    }
}

/// Midnight in Germany at the start of `day`, in UTC (as bookings are stored).
fn berlin_midnight(day: NaiveDate) -> chrono::NaiveDateTime {
    use chrono::TimeZone;
    chrono_tz::Europe::Berlin
        .from_local_datetime(&day.and_time(chrono::NaiveTime::MIN))
        .earliest()
        .map_or_else(|| day.and_time(chrono::NaiveTime::MIN), |t| t.naive_utc())
}

#[get("/<_>/office/fees/export?<month>", rank = 10)]
async fn finance_export(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    month: Option<&str>,
) -> AppResult<super::office_applications::Download> {
    let month = month
        .and_then(|m| NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").ok())
        .ok_or(AppError::BadRequest("month".into()))?;
    let tenant = staff.tenant.id.clone();
    let (from, to) = (
        berlin_midnight(month),
        berlin_midnight(month + Months::new(1)),
    );
    let bookings = app
        .db
        .run(move |c| fees::bookings(c, &tenant, fees::Bookings::MadeBetween(from, to)))
        .await?;
    let csv = kitaplatz_export::to_csv(&finance_table(&bookings))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(super::office_applications::Download(
        csv,
        rocket::http::ContentType::new("text", "csv").with_params(("charset", "utf-8")),
        rocket::http::Header::new(
            "Content-Disposition",
            format!(
                "attachment; filename=\"sollstellungen-{}.csv\"",
                month.format("%Y-%m")
            ),
        ),
    ))
}

/// A stated annual income: `Some(None)` for "no statement", `Some(amount)` for a plausible
/// amount, `None` for anything else.
fn stated_income(text: &str, none: bool) -> Option<Option<Decimal>> {
    if none {
        return Some(None);
    }
    parse_amount(text)
        .filter(|i| *i <= Decimal::from(100_000_000))
        .map(Some)
}

/// The first day of a `YYYY-MM` month (from the year 2000 on).
fn month_start(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .ok()
        .filter(|d| d.year() >= 2000)
}

/// An income statement the office enters for a household (from a paper form; verified at once).
#[derive(Debug, FromForm)]
pub struct OfficeIncomeForm {
    #[field(default = String::new())]
    household: String,
    #[field(default = String::new())]
    income: String,
    none: Option<String>,
    #[field(default = String::new())]
    valid_from: String,
}

/// The household if it has a child in care in the municipality (else 404).
pub(crate) async fn household_in_care(
    app: &App,
    staff: &YouthOffice,
    household: &str,
) -> AppResult<String> {
    let (tenant, household) = (staff.tenant.id.clone(), household.to_string());
    app.db
        .run(move |c| {
            let known = fees::households_in_care(c, &tenant)?
                .into_iter()
                .any(|(h, _)| h == household);
            if known {
                Ok(household)
            } else {
                Err(AppError::NotFound)
            }
        })
        .await
}

#[post("/<_>/office/fees/income", data = "<form>", rank = 10)]
async fn office_income(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    form: CsrfForm<OfficeIncomeForm>,
) -> AppResult<Flash<Redirect>> {
    let back = Redirect::to(format!("/{}/office/fees", staff.tenant.slug));
    let f = form.into_inner();
    let household = household_in_care(app, &staff, &f.household).await?;
    let (income, valid_from) = (
        stated_income(&f.income, f.none.is_some()),
        month_start(&f.valid_from),
    );
    let (Some(income), Some(valid_from)) = (income, valid_from) else {
        return Ok(Flash::error(back, "err-fees-income"));
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    app.db
        .run(move |c| {
            c.transaction(|tx| {
                fees::declare(tx, &tenant, &household, income, valid_from, true, &ctx)
            })
        })
        .await?;
    Ok(Flash::success(back, "flash-saved"))
}

// ---------------------------------------------------------------- parents

/// The parent's household, if there is one yet (it comes with the first child).
async fn household(app: &App, parent: &ParentOf) -> AppResult<Option<String>> {
    let user = parent.user_id();
    app.db
        .run(move |c| households::find_household(c, &user))
        .await
}

/// What the parent's fee page shows: the monthly fees per child, the declarations and the
/// mandate.
pub(crate) async fn parent_context(
    app: &App,
    parent: &ParentOf,
    lang: &'static str,
) -> AppResult<Value> {
    let tenant = parent.tenant.id.clone();
    let household = household(app, parent).await?;
    let (declarations, bookings, mandate, creditor, notices) = app
        .db
        .run(move |c| {
            let creditor = sepa::creditor(c, &tenant)?;
            Ok(match household {
                Some(h) => (
                    fees::declarations(c, &tenant, Some(&h))?,
                    fees::bookings(c, &tenant, fees::Bookings::Household(&h))?,
                    sepa::mandates(c, &tenant, Some(&h))?.pop(),
                    creditor,
                    fee_notices::list(c, &tenant, Some(&h), i64::MAX)?,
                ),
                None => (Vec::new(), Vec::new(), None, creditor, Vec::new()),
            })
        })
        .await?;
    let amount = |cents: i64| money(lang, cents);
    let mut per_month: BTreeMap<(NaiveDate, String), (i64, i64, bool)> = BTreeMap::new();
    for b in &bookings {
        let e = per_month
            .entry((b.month, b.child_first_names.clone()))
            .or_default();
        e.0 += b.care_cents;
        e.1 += b.meal_cents;
        e.2 |= b.kind == "correction";
    }
    let months: Vec<Value> = per_month
        .iter()
        .rev()
        .map(|((m, child), (care, meals, corrected))| {
            json!({
                "month": i18n::format_month(lang, *m),
                "child": child,
                "care": amount(*care),
                "meals": amount(*meals),
                "total": amount(care + meals),
                "corrected": corrected,
            })
        })
        .collect();
    let declared: Vec<Value> = declarations
        .iter()
        .map(|d| {
            json!({
                "income": d.annual_income_cents.map(amount),
                "valid_from": i18n::format_date(lang, d.valid_from),
                "verified": d.verified_at.is_some(),
            })
        })
        .collect();
    let today = app.today();
    let mandate = mandate.map(|m| {
        let masked = format!(
            "{} … {}",
            m.iban.get(..4).unwrap_or_default(),
            m.iban.get(m.iban.len().saturating_sub(4)..).unwrap_or_default()
        );
        json!({ "reference": m.reference, "iban": masked, "date": i18n::format_date(lang, m.signed_on) })
    });
    let notices: Vec<Value> = notices
        .iter()
        .map(|n| {
            json!({
                "id": n.id,
                "date": i18n::format_date(lang, super::berlin_day(n.created_at)),
                "total": amount(n.total_cents),
            })
        })
        .collect();
    Ok(json!({
        "months": months,
        "notices": notices,
        "declarations": declared,
        "mandate": mandate,
        "creditor": creditor.map(|c| json!({ "id": c.creditor_id })),
        "municipality": parent.tenant.name,
        "mandate_form": {},
        "errors": [],
        "form": { "valid_from": format!("{:04}-{:02}", today.year(), today.month()) },
    }))
}

#[get("/<_>/family/fees", rank = 10)]
async fn parent_page(app: &State<Arc<App>>, parent: ParentOf, ui: Ui) -> AppResult<Template> {
    let ctx = parent_context(app, &parent, ui.lang).await?;
    Ok(ui.render_in(&parent.tenant, "family/fees", ctx))
}

/// A parent's income declaration.
#[derive(Debug, FromForm)]
pub struct IncomeForm {
    /// Annual household income (empty with `none`).
    income: String,
    /// `yes`: no declaration (the highest band).
    none: Option<String>,
    /// `YYYY-MM`.
    valid_from: String,
}

#[post("/<_>/family/fees/income", data = "<form>", rank = 10)]
async fn declare_income(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<IncomeForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let f = form.into_inner();
    let (income, valid_from) = (
        stated_income(&f.income, f.none.is_some()),
        month_start(&f.valid_from),
    );
    let mut errors = Vec::new();
    if income.is_none() {
        errors.push(json!({ "field": "income", "key": "err-fees-income" }));
    }
    if valid_from.is_none() {
        errors.push(json!({ "field": "valid_from", "key": "err-fees-month" }));
    }
    let (Some(income), Some(valid_from)) = (income, valid_from) else {
        let ctx = parent_context(app, &parent, ui.lang).await?;
        let ctx = super::merge(
            ctx,
            json!({
                "errors": errors,
                "form": { "income": f.income, "none": f.none.is_some(), "valid_from": f.valid_from },
            }),
        );
        return Ok(Err((
            Status::UnprocessableEntity,
            ui.render_in(&parent.tenant, "family/fees", ctx),
        )));
    };
    let ctx = audit(app, &rid, Some(parent.user_id()));
    let (tenant, user) = (parent.tenant.id.clone(), parent.user_id());
    app.db
        .run(move |c| {
            c.transaction(|tx| {
                let h = households::household_of(tx, &user, &tenant, &ctx)?;
                fees::declare(tx, &tenant, &h, income, valid_from, false, &ctx)
            })
        })
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/family/fees", parent.tenant.slug)),
        "flash-fees-declared",
    )))
}
