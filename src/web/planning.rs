//! Planning for the youth office: occupancy of every facility at any date (confirmed and
//! planned), the 24-month forecast of the municipality and of each facility (SVG charts with
//! the same numbers as tables), demand coverage with the months where demand exceeds places,
//! "when will a place be free?", and open needs reports past the entitlement date. The JSON
//! forecast is `GET /api/v1/municipalities/{slug}/forecast?months=24`.

use std::sync::Arc;

use chrono::NaiveDate;
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{get, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::chart::line_chart;
use super::directory::api_error;
use super::guards::{CurrentUser, YouthOffice};
use super::ui::Ui;
use crate::domain::contract::parse_date;
use crate::domain::forecast::{first_free_month, forecast, month_starts, CoverageRates, Series};
use crate::domain::occupancy::occupancy_at;
use crate::domain::roles::{allows_in_municipality, Role};
use crate::error::{AppError, AppResult};
use crate::ids::MunicipalityId;
use crate::store::{planning, tenants};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![planning_page, facility_page, api_forecast]
}

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

/// The series as rows for a table and lines for a chart: capacity and planned occupancy plus
/// open demand per category.
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
        &[],
        &[],
        &CoverageRates::default(),
        &months,
        &inputs.rules,
    );
    let municipality = series_view(&fc.municipality, &months, "Plätze und Bedarf der Gemeinde");
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

type ApiResult = Result<Json<Value>, (Status, Json<Value>)>;

#[get("/api/v1/municipalities/<slug>/forecast?<months>")]
async fn api_forecast(
    app: &State<Arc<App>>,
    user: CurrentUser,
    slug: &str,
    months: Option<&str>,
) -> ApiResult {
    let Some(user) = user.0 else {
        return Err(api_error(
            Status::Unauthorized,
            "unauthenticated",
            "log in as staff of the municipality",
        ));
    };
    let n = match months.map(str::parse::<usize>) {
        None => MONTHS,
        Some(Ok(n)) if (1..=60).contains(&n) => n,
        Some(_) => {
            return Err(api_error(
                Status::UnprocessableEntity,
                "invalid_months",
                "months must be a whole number from 1 to 60",
            ))
        }
    };
    let unavailable = |_| {
        api_error(
            Status::ServiceUnavailable,
            "unavailable",
            "database unavailable",
        )
    };
    let slug = slug.to_string();
    let found = app
        .db
        .run(move |c| tenants::municipality_by_slug(c, &slug))
        .await
        .map_err(unavailable)?;
    // Another municipality's forecast is "not found", like an unknown slug.
    let Some(m) = found.filter(|m| {
        allows_in_municipality(
            &user.grants,
            &m.id,
            &[Role::YouthOffice, Role::MunicipalityAdmin],
        )
    }) else {
        return Err(api_error(
            Status::NotFound,
            "municipality_not_found",
            "no municipality with this slug for this user",
        ));
    };
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
        &[],
        &[],
        &CoverageRates::default(),
        &month_list,
        &inputs.rules,
    );
    let series_json = |series: &[Series]| -> Value {
        series
            .iter()
            .map(|s| {
                json!({
                    "category": s.category.code(),
                    "months": s.months.iter().zip(&month_list).map(|(c, m)| {
                        super::merge(json!(c), json!({ "month": m.format("%Y-%m").to_string() }))
                    }).collect::<Vec<_>>(),
                })
            })
            .collect()
    };
    let facilities: Vec<Value> = inputs
        .facilities
        .iter()
        .map(|f| {
            json!({
                "id": f.id,
                "name": inputs.names.get(&f.id),
                "series": series_json(fc.facilities.get(&f.id).map_or(&[][..], |s| s)),
            })
        })
        .collect();
    Ok(Json(json!({
        "municipality": { "slug": m.slug, "name": m.name },
        "months": n,
        "from": month_list.first().map(|d| d.format("%Y-%m").to_string()),
        "series": series_json(&fc.municipality),
        "facilities": facilities,
    })))
}
