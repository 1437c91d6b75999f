//! Planning for the youth office: occupancy of every facility at any date (confirmed and
//! planned), the 24-month forecast of the municipality and of each facility (SVG charts with
//! the same numbers as tables), demand coverage with the months where demand exceeds places,
//! "when will a place be free?", and open needs reports past the entitlement date. The JSON
//! forecast is `GET /api/v1/municipalities/{slug}/forecast?months=24`.

use std::sync::Arc;

use chrono::NaiveDate;
use diesel::Connection;
use rocket::form::{Form, FromForm};
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::serde::json::Json;
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::account::EmptyForm;
use super::api::{municipality_for, ApiCaller, ApiError};
use super::audit;
use super::chart::line_chart;
use super::csrf::{CsrfForm, Upload, UploadOrigin};
use super::guards::{RequestId, YouthOffice};
use super::ui::Ui;
use crate::domain::contract::parse_date;
use crate::domain::forecast::{first_free_month, forecast, month_starts, Series};
use crate::domain::occupancy::{counted_category, occupancy_at, Basis};
use crate::domain::planning::{check_cohorts, CohortProblem};
use crate::domain::roles::Role;
use crate::domain::staffing::{staffing, target_fte};
use crate::error::{AppError, AppResult};
use crate::ids::MunicipalityId;
use crate::store::planning;
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        planning_page,
        facility_page,
        api_forecast,
        api_occupancy,
        setup_page,
        create_area,
        update_area,
        delete_area,
        upload_cohorts,
        save_settings,
        staffing_page,
        record_fte,
        save_key,
    ]
}

/// Who may read planning data through the API.
const READERS: &[Role] = &[Role::YouthOffice, Role::MunicipalityAdmin];

/// Months in the forecast views.
pub const MONTHS: usize = 24;

fn local(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

fn month_label(d: NaiveDate) -> String {
    d.format("%m/%Y").to_string()
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The series as rows for a table and lines for a chart: per category the places, the planned
/// occupancy and the demand (planned plus open, or the cohort projection).
fn series_view(series: &[Series], months: &[NaiveDate], title: &str) -> Value {
    let labels: Vec<String> = months.iter().map(|m| month_label(*m)).collect();
    let mut lines = Vec::new();
    let mut tables = Vec::new();
    for s in series {
        let code = s.category.code();
        lines.push((
            format!("{code} Plätze"),
            s.months.iter().map(|c| c.capacity).collect(),
        ));
        lines.push((
            format!("{code} belegt/geplant"),
            s.months.iter().map(|c| c.planned).collect(),
        ));
        lines.push((
            format!("{code} Bedarf"),
            s.months.iter().map(|c| c.total_demand()).collect(),
        ));
        let rows: Vec<Value> = s
            .months
            .iter()
            .zip(&labels)
            .map(|(c, label)| {
                json!({
                    "month": label,
                    "capacity": round1(c.capacity),
                    "confirmed": round1(c.confirmed),
                    "planned": round1(c.planned),
                    "free": round1(c.free),
                    "demand": round1(c.demand),
                    "projected": c.projected.map(round1),
                    "total": round1(c.total_demand()),
                    "coverage": c.coverage().map(|x| (x * 100.0).round()),
                    "shortfall": c.shortfall(),
                    "switching_in": c.switching_in,
                    "switching_out": c.switching_out,
                    "ageing_out": c.ageing_out,
                    "contracts_ending": c.contracts_ending,
                })
            })
            .collect();
        tables.push(json!({ "category": code, "rows": rows }));
    }
    json!({ "chart": line_chart(title, &labels, &lines), "tables": tables })
}

/// Coverage per category: for the municipality and every area, places / demand now, the lowest
/// coverage in the window and the months where demand exceeds places; one chart per category
/// with a coverage line per area.
fn coverage_view(fc: &crate::domain::forecast::Forecast, months: &[NaiveDate]) -> Vec<Value> {
    let labels: Vec<String> = months.iter().map(|m| month_label(*m)).collect();
    let mut regions: Vec<(String, &Vec<Series>)> = vec![("Gemeinde".to_string(), &fc.municipality)];
    regions.extend(fc.areas.iter().map(|(n, s)| (n.clone(), s)));
    let mut out = Vec::new();
    for s in &fc.municipality {
        let category = s.category;
        let mut lines = Vec::new();
        let mut rows = Vec::new();
        for (name, series) in &regions {
            let Some(cat) = series.iter().find(|x| x.category == category) else {
                continue;
            };
            // Months without any demand have no coverage: a gap in the chart, left out of
            // the lowest value.
            let pct: Vec<f64> = cat
                .months
                .iter()
                .map(|c| c.coverage().map_or(f64::NAN, |x| (x * 100.0).round()))
                .collect();
            let lowest = pct
                .iter()
                .copied()
                .filter(|x| x.is_finite())
                .reduce(f64::min);
            let short: Vec<String> = cat
                .months
                .iter()
                .zip(&labels)
                .filter(|(c, _)| c.shortfall())
                .map(|(_, l)| l.clone())
                .collect();
            let first = cat.months.first();
            rows.push(json!({
                "name": name,
                "capacity": first.map(|c| round1(c.capacity)),
                "demand": first.map(|c| round1(c.total_demand())),
                "coverage": first.and_then(|c| c.coverage()).map(|x| (x * 100.0).round()),
                "lowest": lowest,
                "shortfall_months": short,
            }));
            lines.push((name.clone(), pct));
        }
        out.push(json!({
            "category": category.code(),
            "chart": line_chart(&format!("Versorgungsquote {} in Prozent", category.code()), &labels, &lines),
            "rows": rows,
        }));
    }
    out
}

#[get("/<_>/office/planning?<date>&<birth>&<wish>")]
async fn planning_page(
    app: &State<Arc<App>>,
    office: YouthOffice,
    ui: Ui,
    date: Option<&str>,
    birth: Option<&str>,
    wish: Vec<String>,
) -> AppResult<Template> {
    let today = app.today();
    let day = date.and_then(parse_date).unwrap_or(today);
    let tenant = office.tenant.id.clone();
    let (inputs, overdue) = app
        .db
        .run(move |c| {
            Ok((
                planning::inputs(c, &tenant)?,
                planning::overdue_needs(c, &tenant, today)?,
            ))
        })
        .await?;
    // Occupancy on the chosen day, per facility.
    let occupancy: Vec<Value> = inputs
        .facilities
        .iter()
        .map(|f| {
            let cats: Vec<Value> = occupancy_at(&f.licences, &f.placements, day, &inputs.rules)
                .into_iter()
                .map(|o| {
                    json!({
                        "category": o.category.code(),
                        "licensed": o.licensed,
                        "reserved": o.reserved,
                        "confirmed": round1(o.confirmed),
                        "planned": round1(o.planned),
                        "free": round1(o.free_planned()),
                        "over": o.free_planned() < 0.0,
                    })
                })
                .collect();
            json!({ "id": f.id, "name": inputs.names.get(&f.id), "categories": cats })
        })
        .collect();
    let months = month_starts(today, MONTHS);
    let fc = forecast(
        &inputs.facilities,
        &inputs.demand,
        &inputs.areas,
        &inputs.cohorts,
        &inputs.rates,
        &months,
        &inputs.rules,
    );
    let municipality = series_view(&fc.municipality, &months, "Plätze und Bedarf der Gemeinde");
    let areas: Vec<Value> = fc
        .areas
        .iter()
        .map(|(name, series)| {
            json!({ "name": name, "forecast": series_view(series, &months, &format!("Plätze und Bedarf: {name}")) })
        })
        .collect();
    let coverage = coverage_view(&fc, &months);
    // "When will a place be free?"
    let birth = birth.and_then(parse_date);
    let answers: Option<Vec<Value>> = birth.map(|b| {
        inputs
            .facilities
            .iter()
            .filter(|f| wish.is_empty() || wish.contains(&f.id))
            .map(|f| {
                let series = fc.facilities.get(&f.id).map_or(&[][..], |s| s);
                let first = first_free_month(series, b, &months, &inputs.rules);
                json!({ "name": inputs.names.get(&f.id), "month": first.map(month_label) })
            })
            .collect()
    });
    let overdue: Vec<Value> = overdue
        .iter()
        .map(|o| {
            super::merge(
                json!(o),
                json!({ "birth_local": local(o.birth_date), "entitlement_local": local(o.entitlement_date) }),
            )
        })
        .collect();
    let facilities: Vec<Value> = inputs
        .facilities
        .iter()
        .map(|f| json!({ "id": f.id, "name": inputs.names.get(&f.id), "wished": wish.contains(&f.id) }))
        .collect();
    Ok(ui.render_in(
        &office.tenant,
        "office/planning",
        json!({
            "day": day.format("%Y-%m-%d").to_string(),
            "day_local": local(day),
            "occupancy": occupancy,
            "forecast": municipality,
            "facilities": facilities,
            "birth": birth.map(|b| b.format("%Y-%m-%d").to_string()),
            "answers": answers,
            "overdue": overdue,
            "areas": areas,
            "coverage": coverage,
            "has_cohorts": !inputs.cohorts.is_empty(),
        }),
    ))
}

#[get("/<_>/office/planning/facilities/<id>")]
async fn facility_page(
    app: &State<Arc<App>>,
    office: YouthOffice,
    ui: Ui,
    id: &str,
) -> AppResult<Template> {
    let tenant = office.tenant.id.clone();
    let inputs = app.db.run(move |c| planning::inputs(c, &tenant)).await?;
    let f = inputs
        .facilities
        .iter()
        .find(|f| f.id == id)
        .ok_or(AppError::NotFound)?;
    let months = month_starts(app.today(), MONTHS);
    let series = crate::domain::forecast::facility_forecast(f, &months, &inputs.rules);
    let name = inputs.names.get(id).cloned().unwrap_or_default();
    let view = series_view(&series, &months, &format!("Belegung {name}"));
    Ok(ui.render_in(
        &office.tenant,
        "office/planning_facility",
        json!({ "name": name, "forecast": view }),
    ))
}

/// The forecast as JSON for a token or session of the municipality's youth office or admin.
#[utoipa::path(
    tag = "planning",
    params(
        ("slug" = String, Path, description = "The municipality's URL slug"),
        ("months" = Option<u32>, Query, description = "Months from the current one, 1–60 (default 24)"),
    ),
    responses(
        (status = 200, description = "Month by month per category for the municipality, each planning area and each facility", body = ForecastOut),
        (status = 401, description = "No or an invalid bearer token", body = super::api::ErrorBody),
        (status = 404, description = "Unknown municipality or not the caller's", body = super::api::ErrorBody),
        (status = 422, description = "`months` out of range", body = super::api::ErrorBody),
        (status = 429, description = "Rate limit; see `Retry-After`", body = super::api::ErrorBody),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/municipalities/<slug>/forecast?<months>")]
pub(crate) async fn api_forecast(
    app: &State<Arc<App>>,
    caller: ApiCaller,
    slug: &str,
    months: Option<&str>,
) -> Result<Json<ForecastOut>, ApiError> {
    let caller = caller.get()?;
    let n = match months.map(str::parse::<usize>) {
        None => MONTHS,
        Some(Ok(n)) if (1..=60).contains(&n) => n,
        Some(_) => {
            return Err(ApiError::new(
                Status::UnprocessableEntity,
                "invalid_months",
                "months must be a whole number from 1 to 60",
            ))
        }
    };
    let unavailable = |_| ApiError::unavailable();
    let m = municipality_for(app, &caller, slug, READERS).await?;
    let tenant = MunicipalityId(m.id.clone());
    let inputs = app
        .db
        .run(move |c| planning::inputs(c, &tenant))
        .await
        .map_err(unavailable)?;
    let month_list = month_starts(app.today(), n);
    let fc = forecast(
        &inputs.facilities,
        &inputs.demand,
        &inputs.areas,
        &inputs.cohorts,
        &inputs.rates,
        &month_list,
        &inputs.rules,
    );
    let series_out = |series: &[Series]| -> Vec<SeriesOut> {
        series
            .iter()
            .map(|s| SeriesOut {
                category: s.category.code(),
                months: s
                    .months
                    .iter()
                    .zip(&month_list)
                    .map(|(c, m)| MonthOut::of(c, *m))
                    .collect(),
            })
            .collect()
    };
    let facilities = inputs
        .facilities
        .iter()
        .map(|f| NamedSeries {
            id: Some(f.id.clone()),
            name: inputs.names.get(&f.id).cloned().unwrap_or_default(),
            series: series_out(fc.facilities.get(&f.id).map_or(&[][..], |s| s)),
        })
        .collect();
    let areas = fc
        .areas
        .iter()
        .map(|(name, series)| NamedSeries {
            id: None,
            name: name.clone(),
            series: series_out(series),
        })
        .collect();
    Ok(Json(ForecastOut {
        municipality: super::api::MunicipalityRef::of(&m),
        months: n,
        from: month_list.first().map(|d| d.format("%Y-%m").to_string()),
        series: series_out(&fc.municipality),
        areas,
        facilities,
    }))
}

/// The forecast of a municipality.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ForecastOut {
    /// The municipality.
    pub municipality: super::api::MunicipalityRef,
    /// Number of months.
    pub months: usize,
    /// First month, `YYYY-MM`.
    pub from: Option<String>,
    /// The whole municipality, per category.
    pub series: Vec<SeriesOut>,
    /// Per planning area.
    pub areas: Vec<NamedSeries>,
    /// Per facility.
    pub facilities: Vec<NamedSeries>,
}

/// The series of a facility (with id) or a planning area.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct NamedSeries {
    /// Facility id (areas have none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name.
    pub name: String,
    /// Per category.
    pub series: Vec<SeriesOut>,
}

/// One category over the months.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct SeriesOut {
    /// `U2`, `U3`, `UE3` or `HORT`.
    pub category: &'static str,
    /// One entry per month.
    pub months: Vec<MonthOut>,
}

/// One category in one month (places weighted as the municipality counts).
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct MonthOut {
    /// `YYYY-MM`.
    pub month: String,
    /// Bookable places on the 1st.
    pub capacity: f64,
    /// Taken by contracts.
    pub confirmed: f64,
    /// Taken by contracts and accepted offers.
    pub planned: f64,
    /// `capacity − planned` (negative: overbooked).
    pub free: f64,
    /// Children moving into this category during the month.
    pub switching_in: u32,
    /// Children moving out of it.
    pub switching_out: u32,
    /// Children leaving care age.
    pub ageing_out: u32,
    /// Contracts ending in the month.
    pub contracts_ending: u32,
    /// Open requests.
    pub demand: f64,
    /// Demand projected from the birth cohorts, where known.
    pub projected: Option<f64>,
}

impl MonthOut {
    fn of(c: &crate::domain::forecast::Cell, month: chrono::NaiveDate) -> Self {
        Self {
            month: month.format("%Y-%m").to_string(),
            capacity: c.capacity,
            confirmed: c.confirmed,
            planned: c.planned,
            free: c.free,
            switching_in: c.switching_in,
            switching_out: c.switching_out,
            ageing_out: c.ageing_out,
            contracts_ending: c.contracts_ending,
            demand: c.demand,
            projected: c.projected,
        }
    }
}

// ------------------------------------------------------------------------------ set-up

#[get("/<_>/office/planning/setup")]
async fn setup_page(app: &State<Arc<App>>, office: YouthOffice, ui: Ui) -> AppResult<Template> {
    render_setup(app, &office, &ui, json!({}))
        .await
        .map(|(_, t)| t)
}

async fn render_setup(
    app: &App,
    office: &YouthOffice,
    ui: &Ui,
    extra: Value,
) -> AppResult<(Status, Template)> {
    let tenant = office.tenant.id.clone();
    let (areas, cohorts, settings, names) = app
        .db
        .run(move |c| {
            Ok((
                planning::areas(c, &tenant)?,
                planning::cohorts(c, &tenant)?,
                planning::settings(c, &tenant)?,
                crate::store::facilities::names(c, &tenant)?,
            ))
        })
        .await?;
    let mut facilities: Vec<(String, String)> = names.into_iter().collect();
    facilities.sort_by(|a, b| a.1.cmp(&b.1));
    let areas: Vec<Value> = areas
        .iter()
        .map(|a| {
            let members: Vec<Value> = facilities
                .iter()
                .map(|(id, name)| json!({ "id": id, "name": name, "member": a.facilities.contains(id) }))
                .collect();
            json!({ "id": a.id, "name": a.name, "facilities": members })
        })
        .collect();
    let rates: Vec<Value> = settings
        .rates
        .0
        .iter()
        .enumerate()
        .map(|(age, r)| json!({ "age": age, "percent": (r * 1000.0).round() / 10.0 }))
        .collect();
    let status = extra
        .get("status")
        .and_then(Value::as_u64)
        .and_then(|c| Status::from_code(c as u16))
        .unwrap_or(Status::Ok);
    Ok((
        status,
        ui.render_in(
            &office.tenant,
            "office/planning_setup",
            super::merge(
                json!({
                    "areas": areas,
                    "facilities": facilities,
                    "cohorts": cohorts.iter().map(|c| json!({ "year": c.birth_year, "area": c.area, "count": c.count })).collect::<Vec<_>>(),
                    "weighting": crate::domain::planning::weighting_code(settings.weighting),
                    "primary_school_years": settings.primary_school_years,
                    "rates": rates,
                    "errors": [],
                }),
                extra,
            ),
        ),
    ))
}

/// An area form: name and member facilities.
#[derive(Debug, FromForm)]
pub struct AreaForm {
    name: String,
    facilities: Vec<String>,
}

type SetupResult = AppResult<Result<Flash<Redirect>, (Status, Template)>>;

fn setup_saved(office: &YouthOffice) -> Flash<Redirect> {
    Flash::success(
        Redirect::to(format!("/{}/office/planning/setup", office.tenant.slug)),
        "flash-saved",
    )
}

async fn area_action(
    app: &App,
    office: &YouthOffice,
    ui: &Ui,
    rid: &RequestId,
    id: Option<&str>,
    form: AreaForm,
) -> SetupResult {
    let Some(name) = crate::domain::planning::valid_area_name(&form.name) else {
        return render_setup(
            app,
            office,
            ui,
            json!({ "status": 422, "errors": [{ "field": "area-name", "key": "plan-err-area-name" }] }),
        )
        .await
        .map(Err);
    };
    let ctx = audit(app, rid, Some(office.user_id()));
    let tenant = office.tenant.id.clone();
    let id = id.map(String::from);
    let result = app
        .db
        .run(move |c| {
            c.transaction(|tx| {
                planning::save_area(tx, &tenant, id.as_deref(), &name, &form.facilities, &ctx)
            })
        })
        .await;
    match result {
        Ok(_) => Ok(Ok(setup_saved(office))),
        Err(AppError::Conflict(_)) => render_setup(
            app,
            office,
            ui,
            json!({ "status": 409, "errors": [{ "field": "area-name", "key": "plan-err-area-taken" }] }),
        )
        .await
        .map(Err),
        Err(e) => Err(e),
    }
}

#[post("/<_>/office/planning/areas", data = "<form>")]
async fn create_area(
    app: &State<Arc<App>>,
    office: YouthOffice,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<AreaForm>,
) -> SetupResult {
    area_action(app, &office, &ui, &rid, None, form.into_inner()).await
}

#[post("/<_>/office/planning/areas/<id>", data = "<form>")]
async fn update_area(
    app: &State<Arc<App>>,
    office: YouthOffice,
    ui: Ui,
    rid: RequestId,
    id: &str,
    form: CsrfForm<AreaForm>,
) -> SetupResult {
    area_action(app, &office, &ui, &rid, Some(id), form.into_inner()).await
}

#[post("/<_>/office/planning/areas/<id>/delete", data = "<_form>")]
async fn delete_area(
    app: &State<Arc<App>>,
    office: YouthOffice,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    let ctx = audit(app, &rid, Some(office.user_id()));
    let (tenant, id) = (office.tenant.id.clone(), id.to_string());
    let found = app
        .db
        .run(move |c| c.transaction(|tx| planning::delete_area(tx, &tenant, &id, &ctx)))
        .await?;
    if !found {
        return Err(AppError::NotFound);
    }
    Ok(Flash::success(
        Redirect::to(format!("/{}/office/planning/setup", office.tenant.slug)),
        "flash-saved",
    ))
}

#[post("/<_>/office/planning/cohorts", data = "<form>")]
async fn upload_cohorts(
    app: &State<Arc<App>>,
    office: YouthOffice,
    origin: UploadOrigin,
    ui: Ui,
    rid: RequestId,
    form: Form<Upload<'_>>,
) -> SetupResult {
    let (name, bytes) = form.read(&origin).await?;
    let tenant = office.tenant.id.clone();
    let areas: Vec<String> = app
        .db
        .run(move |c| planning::areas(c, &tenant))
        .await?
        .into_iter()
        .map(|a| a.name)
        .collect();
    let checked = match kitaplatz_export::read_table(&name, &bytes) {
        Ok(table) => check_cohorts(&table.headers, &table.rows, &areas, app.today()),
        Err(_) => Err(CohortProblem::Header(
            crate::domain::planning::COHORT_COLUMNS.to_vec(),
        )),
    };
    let rows = match checked {
        Ok(rows) => rows,
        Err(problem) => {
            return render_setup(
                app,
                &office,
                &ui,
                json!({ "status": 422, "cohort_problem": problem }),
            )
            .await
            .map(Err)
        }
    };
    let ctx = audit(app, &rid, Some(office.user_id()));
    let tenant = office.tenant.id.clone();
    app.db
        .run(move |c| c.transaction(|tx| planning::replace_cohorts(tx, &tenant, &rows, &ctx)))
        .await?;
    Ok(Ok(setup_saved(&office)))
}

/// Planning rules form.
#[derive(Debug, FromForm)]
pub struct SettingsForm {
    weighting: String,
    full_time: Option<String>,
    primary_school_years: String,
    rates: Vec<String>,
}

#[post("/<_>/office/planning/settings", data = "<form>")]
async fn save_settings(
    app: &State<Arc<App>>,
    office: YouthOffice,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<SettingsForm>,
) -> SetupResult {
    let raw_weighting = match form.weighting.as_str() {
        "hours" => format!("hours:{}", form.full_time.as_deref().unwrap_or("").trim()),
        other => other.to_string(),
    };
    let weighting = crate::domain::planning::parse_weighting(&raw_weighting);
    let years = form
        .primary_school_years
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (4..=6).contains(y));
    let rates = crate::domain::planning::parse_rate_percents(&form.rates);
    let mut errors = Vec::new();
    if weighting.is_none() {
        errors.push(json!({ "field": "weighting", "key": "plan-err-weighting" }));
    }
    if years.is_none() {
        errors.push(json!({ "field": "primary_school_years", "key": "plan-err-years" }));
    }
    if rates.is_err() {
        errors.push(json!({ "field": "rate-0", "key": "plan-err-rates" }));
    }
    let (Some(weighting), Some(primary_school_years), Ok(rates)) = (weighting, years, rates) else {
        return render_setup(
            app,
            &office,
            &ui,
            json!({ "status": 422, "errors": errors }),
        )
        .await
        .map(Err);
    };
    let ctx = audit(app, &rid, Some(office.user_id()));
    let tenant = office.tenant.id.clone();
    let s = planning::PlanningSettings {
        rates,
        weighting,
        primary_school_years,
    };
    app.db
        .run(move |c| c.transaction(|tx| planning::save_settings(tx, &tenant, &s, &ctx)))
        .await?;
    Ok(Ok(setup_saved(&office)))
}

// ------------------------------------------------------------------------------ staffing

#[get("/<_>/office/planning/staffing?<date>")]
async fn staffing_page(
    app: &State<Arc<App>>,
    office: YouthOffice,
    ui: Ui,
    date: Option<&str>,
) -> AppResult<Template> {
    let day = date.and_then(parse_date).unwrap_or_else(|| app.today());
    let tenant = office.tenant.id.clone();
    let (inputs, keys, actual) = app
        .db
        .run(move |c| {
            Ok((
                planning::inputs(c, &tenant)?,
                crate::store::staffing::keys(c, &tenant)?,
                crate::store::staffing::actual_fte(c, &tenant, day)?,
            ))
        })
        .await?;
    let domain_keys: Vec<_> = keys.iter().filter_map(|k| k.key()).collect();
    let rows: Vec<Value> = inputs
        .facilities
        .iter()
        .map(|f| {
            let children: Vec<_> = f
                .placements
                .iter()
                .filter(|p| p.basis == Basis::Contract && p.active_on(day))
                .filter_map(|p| {
                    counted_category(p.birth, day, &inputs.rules).map(|c| (c, p.hours_on(day)))
                })
                .collect();
            let s = staffing(
                target_fte(&domain_keys, &children),
                actual.get(&f.id).copied(),
            );
            json!({
                "id": f.id,
                "name": inputs.names.get(&f.id),
                "children": children.len(),
                "target": round2(s.target),
                "actual": s.actual.map(round2),
                "gap": s.gap.map(round2),
                "short": s.gap.is_some_and(|g| g < 0.0),
            })
        })
        .collect();
    Ok(ui.render_in(
        &office.tenant,
        "office/planning_staffing",
        json!({
            "day": day.format("%Y-%m-%d").to_string(),
            "day_local": local(day),
            "rows": rows,
            "keys": keys,
        }),
    ))
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Parses a decimal with comma or point into hundredths, within `range` (in hundredths).
fn centi(raw: &str, range: std::ops::RangeInclusive<i32>) -> Option<i32> {
    let v: f64 = raw.trim().replace(',', ".").parse().ok()?;
    let c = (v * 100.0).round();
    (c.is_finite() && range.contains(&(c as i32))).then_some(c as i32)
}

/// Actual staff of a facility from a day on.
#[derive(Debug, FromForm)]
pub struct FteForm {
    valid_from: String,
    fte: String,
}

#[post("/<_>/office/planning/staffing/<facility>", data = "<form>")]
async fn record_fte(
    app: &State<Arc<App>>,
    office: YouthOffice,
    rid: RequestId,
    facility: &str,
    form: CsrfForm<FteForm>,
) -> AppResult<Flash<Redirect>> {
    let back = format!("/{}/office/planning/staffing", office.tenant.slug);
    let (Some(from), Some(fte)) = (parse_date(&form.valid_from), centi(&form.fte, 0..=50_000))
    else {
        return Ok(Flash::error(Redirect::to(back), "plan-err-fte"));
    };
    let ctx = audit(app, &rid, Some(office.user_id()));
    let (tenant, facility) = (office.tenant.id.clone(), facility.to_string());
    app.db
        .run(move |c| {
            c.transaction(|tx| {
                crate::store::staffing::record_fte(tx, &tenant, &facility, from, fte, &ctx)
            })
        })
        .await?;
    Ok(Flash::success(Redirect::to(back), "flash-saved"))
}

/// The municipality's own staffing key for a category.
#[derive(Debug, FromForm)]
pub struct KeyForm {
    category: String,
    children_per_fte: String,
    reference_hours: String,
    weight: String,
    source: String,
}

#[post("/<_>/office/planning/staffing-keys", data = "<form>")]
async fn save_key(
    app: &State<Arc<App>>,
    office: YouthOffice,
    rid: RequestId,
    form: CsrfForm<KeyForm>,
) -> AppResult<Flash<Redirect>> {
    let back = format!("/{}/office/planning/staffing", office.tenant.slug);
    let parsed = (
        crate::domain::category::PlaceCategory::from_code(&form.category),
        centi(&form.children_per_fte, 50..=5_000),
        form.reference_hours
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|h| (5..=60).contains(h)),
        centi(&form.weight, 10..=500),
        crate::domain::household::valid_name(&form.source),
    );
    let (Some(category), Some(cpf), Some(hours), Some(weight), Some(source)) = parsed else {
        return Ok(Flash::error(Redirect::to(back), "plan-err-key"));
    };
    let ctx = audit(app, &rid, Some(office.user_id()));
    let tenant = office.tenant.id.clone();
    app.db
        .run(move |c| {
            c.transaction(|tx| {
                crate::store::staffing::save_key(
                    tx, &tenant, category, cpf, hours, weight, &source, &ctx,
                )
            })
        })
        .await?;
    Ok(Flash::success(Redirect::to(back), "flash-saved"))
}

/// Occupancy of every facility on a day, as JSON.
#[utoipa::path(
    tag = "planning",
    params(
        ("slug" = String, Path, description = "The municipality's URL slug"),
        ("date" = Option<String>, Query, description = "The day, `YYYY-MM-DD` (default today)"),
    ),
    responses(
        (status = 200, description = "Per facility and category: licensed, reserved, confirmed (contracts), planned (with accepted offers), free (planned view), weighted as the municipality counts", body = OccupancyOut),
        (status = 401, description = "No or an invalid bearer token", body = super::api::ErrorBody),
        (status = 404, description = "Unknown municipality or not the caller's", body = super::api::ErrorBody),
        (status = 422, description = "Invalid date", body = super::api::ErrorBody),
        (status = 429, description = "Rate limit; see `Retry-After`", body = super::api::ErrorBody),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/municipalities/<slug>/occupancy?<date>")]
pub(crate) async fn api_occupancy(
    app: &State<Arc<App>>,
    caller: ApiCaller,
    slug: &str,
    date: Option<&str>,
) -> Result<Json<OccupancyOut>, ApiError> {
    let caller = caller.get()?;
    let day = match date {
        None => app.today(),
        Some(raw) => parse_date(raw).ok_or_else(|| {
            ApiError::new(
                Status::UnprocessableEntity,
                "invalid_date",
                "date must be YYYY-MM-DD",
            )
        })?,
    };
    let m = municipality_for(app, &caller, slug, READERS).await?;
    let tenant = MunicipalityId(m.id.clone());
    let inputs = app.db.run(move |c| planning::inputs(c, &tenant)).await?;
    let facilities = inputs
        .facilities
        .iter()
        .map(|f| FacilityOccupancy {
            id: f.id.clone(),
            name: inputs.names.get(&f.id).cloned().unwrap_or_default(),
            categories: occupancy_at(&f.licences, &f.placements, day, &inputs.rules)
                .into_iter()
                .map(|o| CategoryOccupancyOut {
                    category: o.category.code(),
                    licensed: o.licensed,
                    reserved: o.reserved,
                    confirmed: o.confirmed,
                    planned: o.planned,
                    free: o.free_planned(),
                })
                .collect(),
        })
        .collect();
    Ok(Json(OccupancyOut {
        municipality: super::api::MunicipalityRef::of(&m),
        date: day,
        facilities,
    }))
}

/// Occupancy of a municipality's facilities on a day.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct OccupancyOut {
    /// The municipality.
    pub municipality: super::api::MunicipalityRef,
    /// The day.
    pub date: chrono::NaiveDate,
    /// Per facility.
    pub facilities: Vec<FacilityOccupancy>,
}

/// One facility's occupancy.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct FacilityOccupancy {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Per category.
    pub categories: Vec<CategoryOccupancyOut>,
}

/// One category of a facility on the day (places weighted as the municipality counts).
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CategoryOccupancyOut {
    /// `U2`, `U3`, `UE3` or `HORT`.
    pub category: &'static str,
    /// Licensed places.
    pub licensed: i32,
    /// Of those, reserved.
    pub reserved: i32,
    /// Taken by contracts.
    pub confirmed: f64,
    /// Taken by contracts and accepted offers.
    pub planned: f64,
    /// Bookable minus planned.
    pub free: f64,
}
