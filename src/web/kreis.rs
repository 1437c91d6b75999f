//! The Kreisportal (district view) and the providers' (Träger) view: anonymised statistics
//! across municipalities or across a provider's facilities. Everything here comes from
//! `store::district` (counts only, and place totals from the planning module) and is built by
//! `domain::district_figures`; counts of children are released through `domain::suppression`.
//! Every table can be filtered (period of submission, category, municipality), downloaded as
//! CSV and XLSX, and read through the JSON API.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{Months, NaiveDate, NaiveDateTime};
use rocket::form::FromForm;
use rocket::http::{ContentType, Header, Status};
use rocket::request::{FromRequest, Outcome, Request};
use rocket::serde::json::Json;
use rocket::{get, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::api::{municipality_for, ApiCaller, ApiError, Caller, ErrorBody};
use super::chart::bar_chart;
use super::guards::{AuthUser, DistrictOfficial};
use super::office_applications::Download;
use super::ui::Ui;
use crate::domain::category::PlaceCategory;
use crate::domain::district_figures::{self as figures, code_labels, counted, Figure, Label, Num};
use crate::domain::forecast::{month_starts, Series};
use crate::domain::roles::{allows_in_district, Role, Scope as GrantScope};
use crate::domain::suppression::threshold_from_setting;
use crate::error::{AppError, AppResult};
use crate::i18n::t;
use crate::ids::{DistrictId, MunicipalityId};
use crate::store::district::{self, Scope};
use crate::store::tenants::{self, Municipality};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        district_home,
        statistics,
        export,
        provider_statistics,
        provider_export,
        api_district_statistics,
        api_municipality_statistics
    ]
}

#[get("/kreis/<_>")]
async fn district_home(
    app: &State<Arc<App>>,
    official: DistrictOfficial,
    ui: Ui,
) -> AppResult<Template> {
    let id = official.district.id.clone();
    let municipalities = app
        .db
        .run(move |conn| tenants::municipalities_of(conn, &id))
        .await?;
    Ok(ui.render(
        "kreis/home",
        json!({ "district": official.district, "municipalities": municipalities }),
    ))
}

/// The filter of the statistics, as typed into the form or the query.
#[derive(Debug, Clone, Default, FromForm, serde::Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FilterQuery {
    /// First month of submission, `YYYY-MM`.
    from: Option<String>,
    /// Last month of submission, `YYYY-MM`.
    to: Option<String>,
    /// Place category: `U2`, `U3`, `UE3` or `HORT`.
    category: Option<String>,
    /// Only this municipality (slug); for a municipality's own statistics always itself.
    municipality: Option<String>,
}

/// The filter, checked.
#[derive(Debug, Clone, Default)]
struct Filter {
    from: Option<NaiveDate>,
    /// The 1st of the month after the last month.
    to: Option<NaiveDate>,
    category: Option<PlaceCategory>,
    municipality: Option<String>,
}

fn month(raw: &Option<String>) -> Result<Option<NaiveDate>, ()> {
    match raw.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(m) => crate::store::applications::month_range(m)
            .filter(|(d, _)| (1900..=2200).contains(&chrono::Datelike::year(d)))
            .map(|r| Some(r.0))
            .ok_or(()),
    }
}

impl FilterQuery {
    /// The checked filter, or the names of the invalid fields.
    fn check(&self) -> Result<Filter, Vec<&'static str>> {
        let mut bad = Vec::new();
        let from = month(&self.from).unwrap_or_else(|()| {
            bad.push("from");
            None
        });
        let to = month(&self.to).unwrap_or_else(|()| {
            bad.push("to");
            None
        });
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                bad.push("to");
            }
        }
        let category = match self.category.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(c) => {
                let found = PlaceCategory::ALL.into_iter().find(|p| p.code() == c);
                if found.is_none() {
                    bad.push("category");
                }
                found
            }
        };
        let municipality = self
            .municipality
            .as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(str::to_string);
        if bad.is_empty() {
            Ok(Filter {
                from,
                to: to.and_then(|t| t.checked_add_months(Months::new(1))),
                category,
                municipality,
            })
        } else {
            Err(bad)
        }
    }
}

fn start_of(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(0, 0, 0).unwrap_or_default()
}

impl Filter {
    fn scope(&self, municipalities: Vec<String>) -> Scope {
        let earliest = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default();
        let latest = NaiveDate::from_ymd_opt(2201, 1, 1).unwrap_or_default();
        Scope {
            municipalities,
            from: start_of(self.from.unwrap_or(earliest)),
            to: start_of(self.to.unwrap_or(latest)),
            categories: match self.category {
                Some(c) => vec![c.code().to_string()],
                None => figures::CATEGORIES.iter().map(|c| c.to_string()).collect(),
            },
        }
    }

    /// The months of the monthly table: the period, at most its last 36 months; without a
    /// period the last 12 months up to `today`.
    fn months(&self, today: NaiveDate) -> Vec<NaiveDate> {
        let last = self
            .to
            .and_then(|t| t.checked_sub_months(Months::new(1)))
            .unwrap_or(today);
        let first = self
            .from
            .unwrap_or_else(|| last.checked_sub_months(Months::new(11)).unwrap_or(last));
        let mut months = month_starts(first, 1);
        while let Some(&m) = months.last() {
            let next = m.checked_add_months(Months::new(1)).unwrap_or(m);
            if next > last || next == m {
                break;
            }
            months.push(next);
        }
        let skip = months.len().saturating_sub(36);
        months.split_off(skip)
    }
}

/// Months of the place forecast (now and 24 ahead).
const FORECAST_SPAN: usize = 25;

/// Index of rows by id.
fn index_of<'a>(ids: impl Iterator<Item = &'a str>) -> BTreeMap<&'a str, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

fn counts_by_row(
    rows: Vec<district::ApplicationCount>,
    index: &BTreeMap<&str, usize>,
) -> Vec<(usize, String, String, String, u64)> {
    rows.into_iter()
        .filter_map(|(id, kind, cat, status, n)| {
            index
                .get(id.as_str())
                .map(|&r| (r, kind, cat, status, n.max(0) as u64))
        })
        .collect()
}

fn ranks_by_row(
    rows: Vec<(String, i32, i64)>,
    index: &BTreeMap<&str, usize>,
) -> Vec<(usize, i32, u64)> {
    rows.into_iter()
        .filter_map(|(id, rank, n)| index.get(id.as_str()).map(|&r| (r, rank, n.max(0) as u64)))
        .collect()
}

fn places_figure(
    key: &'static str,
    mut rows: Vec<Label>,
    columns: &[&str],
    mut cells: Vec<Vec<Num>>,
) -> Figure {
    figures::with_total_row(&mut rows, &mut cells);
    Figure {
        key,
        rows,
        columns: code_labels(columns),
        cells,
        totals: None,
        counts: false,
    }
}

/// The district's figures for `filter` (rows: the chosen municipalities).
async fn district_figures(
    app: &App,
    district: &DistrictId,
    filter: &Filter,
) -> AppResult<Option<(Vec<Figure>, u64)>> {
    let (id, filter2, today) = (district.clone(), filter.clone(), app.today());
    let months = filter.months(today);
    let months2 = months.clone();
    let forecast_months = month_starts(today, FORECAST_SPAN);
    let data = app
        .db
        .run(move |c| {
            let all = tenants::municipalities_of(c, &id)?;
            let chosen: Vec<Municipality> = match &filter2.municipality {
                Some(slug) => all.iter().filter(|m| &m.slug == slug).cloned().collect(),
                None => all.clone(),
            };
            if chosen.is_empty() {
                return Ok(None);
            }
            let scope = filter2.scope(chosen.iter().map(|m| m.id.clone()).collect());
            let mut places = Vec::with_capacity(chosen.len());
            for m in &chosen {
                places.push(district::places(
                    c,
                    &MunicipalityId(m.id.clone()),
                    &forecast_months,
                )?);
            }
            Ok(Some((
                all,
                chosen,
                district::application_counts(c, &scope)?,
                district::overdue_needs(c, &scope, today)?,
                district::monthly_counts(c, &scope, &months2)?,
                district::offer_ranks(c, &scope)?,
                district::residence_counts(c, &scope)?,
                district::threshold(c, &id)?,
                places,
            )))
        })
        .await?;
    let Some((all, chosen, counts, overdue, monthly, ranks, residence, threshold, places)) = data
    else {
        return Ok(None);
    };
    let threshold = threshold_from_setting(threshold);
    let index = index_of(chosen.iter().map(|m| m.id.as_str()));
    let names: Vec<Label> = chosen.iter().map(|m| Label::Text(m.name.clone())).collect();
    let n = chosen.len();
    let counts = counts_by_row(counts, &index);
    let mut late = vec![0u64; n];
    for (id, k) in overdue {
        if let Some(&r) = index.get(id.as_str()) {
            late[r] += k.max(0) as u64;
        }
    }
    let ranks = ranks_by_row(ranks, &index);
    let categories = code_labels(&figures::CATEGORIES);
    let month_rows: Vec<Label> = months
        .iter()
        .map(|m| Label::Text(m.format("%Y-%m").to_string()))
        .collect();
    let month_counts: Vec<Vec<u64>> = monthly
        .iter()
        .map(|m| {
            figures::CATEGORIES
                .iter()
                .map(|c| m.get(*c).copied().unwrap_or(0).max(0) as u64)
                .collect()
        })
        .collect();
    // Flows: rows are where children live (every municipality of the district, then
    // "outside"), columns the chosen municipalities they apply to.
    let towns: Vec<String> = all.iter().map(|m| figures::town_key(&m.name)).collect();
    let all_index = index_of(all.iter().map(|m| m.id.as_str()));
    let residence: Vec<(usize, String, u64)> = residence
        .into_iter()
        .filter_map(|(id, town, k)| {
            all_index
                .get(id.as_str())
                .map(|&c| (c, town, k.max(0) as u64))
        })
        .collect();
    let full = figures::flows(&towns, &residence);
    let columns: Vec<usize> = chosen
        .iter()
        .filter_map(|m| all_index.get(m.id.as_str()).copied())
        .collect();
    let flow_counts: Vec<Vec<u64>> = full
        .iter()
        .map(|row| columns.iter().map(|&c| row[c]).collect())
        .collect();
    let mut flow_rows: Vec<Label> = all.iter().map(|m| Label::Text(m.name.clone())).collect();
    flow_rows.push(Label::Code("outside".into()));
    let series: Vec<&[Series]> = places.iter().map(|p| p.municipality.as_slice()).collect();
    let children: Vec<Option<&BTreeMap<PlaceCategory, f64>>> =
        places.iter().map(|p| p.children.as_ref()).collect();
    let figs = vec![
        counted(
            "categories",
            names.clone(),
            categories.clone(),
            figures::by_category(n, &counts),
            threshold,
        ),
        counted(
            "outcomes",
            names.clone(),
            code_labels(&figures::OUTCOMES),
            figures::by_outcome(n, &counts),
            threshold,
        ),
        counted(
            "needs",
            names.clone(),
            code_labels(&figures::NEEDS),
            figures::needs(n, &counts, &late),
            threshold,
        ),
        counted("months", month_rows, categories, month_counts, threshold),
        counted(
            "wishes",
            names.clone(),
            code_labels(&figures::WISHES),
            figures::by_wish(n, &ranks, &counts),
            threshold,
        ),
        counted(
            "flows",
            flow_rows,
            chosen.iter().map(|m| Label::Text(m.name.clone())).collect(),
            flow_counts,
            threshold,
        ),
        places_figure(
            "places",
            names.clone(),
            &figures::PLACES,
            figures::places_now(&series, filter.category),
        ),
        places_figure(
            "forecast",
            names.clone(),
            &["m0", "m3", "m6", "m12", "m24"],
            figures::free_ahead(&series, filter.category),
        ),
        places_figure(
            "coverage",
            names,
            &figures::COVERAGE,
            figures::coverage(&series, &children),
        ),
    ];
    Ok(Some((figs, threshold)))
}

/// The text of one value.
fn text(lang: &str, n: &Num) -> String {
    let decimal = |v: f64, digits: usize| {
        let s = format!("{v:.digits$}");
        if lang == "de" {
            s.replace('.', ",")
        } else {
            s
        }
    };
    match n {
        Num::Count(v) => v.to_string(),
        Num::Below(t) => format!("< {t}"),
        Num::Withheld => "•".into(),
        Num::Places(v) if v.fract().abs() < 0.05 => format!("{v:.0}"),
        Num::Places(v) => decimal(*v, 1),
        Num::Percent(v) => format!("{} %", decimal(*v, 1)),
        Num::Missing => "–".into(),
    }
}

fn label(lang: &str, prefix: &str, l: &Label) -> String {
    match l {
        Label::Code(c) => t(lang, &format!("{prefix}{c}")),
        Label::Text(s) => s.clone(),
    }
}

/// What a bar of the chart shows: the row total of counts, the last column of places.
fn bar_value(f: &Figure, row: usize) -> Option<usize> {
    let n = match &f.totals {
        Some(tot) => tot.rows.get(row)?,
        None => f.cells.get(row)?.last()?,
    };
    match n {
        Num::Count(v) => Some(*v as usize),
        Num::Places(v) | Num::Percent(v) => Some(v.max(0.0).round() as usize),
        Num::Below(_) | Num::Withheld | Num::Missing => None,
    }
}

/// The header of a figure's first column: months, home towns, or the rows' kind (`first`).
fn first_column(f: &Figure, first: &str) -> String {
    match f.key {
        "months" => "kreis-month".into(),
        "flows" => "kreis-home".into(),
        _ => first.into(),
    }
}

/// A figure for the template: translated labels and texts, the chart.
fn shown(lang: &str, f: &Figure, first: &str) -> Value {
    // One bar per row; the row "all together" would dwarf them.
    let bars: Vec<(String, usize)> = f
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| **r != Label::Code("total".into()))
        .filter_map(|(i, r)| bar_value(f, i).map(|v| (label(lang, "kreis-row-", r), v)))
        .collect();
    let totals = f.totals.as_ref();
    json!({
        "key": f.key,
        "counts": f.counts,
        "first": t(lang, &first_column(f, first)),
        "columns": f.columns.iter().map(|c| label(lang, "kreis-col-", c)).collect::<Vec<_>>(),
        "rows": f.rows.iter().enumerate().map(|(i, r)| json!({
            "name": label(lang, "kreis-row-", r),
            "cells": f.cells[i].iter().map(|n| text(lang, n)).collect::<Vec<_>>(),
            "total": totals.map(|t| text(lang, &t.rows[i])),
        })).collect::<Vec<_>>(),
        "column_totals": totals.map(|t| t.columns.iter().map(|n| text(lang, n)).collect::<Vec<_>>()),
        "total": totals.map(|t| text(lang, &t.total)),
        "chart": bar_chart(&t(lang, &format!("kreis-chart-{}", f.key)), &bars),
    })
}

/// A figure as a download.
fn download(lang: &str, f: &Figure, first: &str, base: &str, format: &str) -> AppResult<Download> {
    let mut headers = vec![t(lang, &first_column(f, first))];
    headers.extend(f.columns.iter().map(|c| label(lang, "kreis-col-", c)));
    let totals = f.totals.as_ref();
    if totals.is_some() {
        headers.push(t(lang, "kreis-sum"));
    }
    let mut rows: Vec<Vec<String>> = f
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut row = vec![label(lang, "kreis-row-", r)];
            row.extend(f.cells[i].iter().map(|n| text(lang, n)));
            if let Some(tot) = totals {
                row.push(text(lang, &tot.rows[i]));
            }
            row
        })
        .collect();
    if let Some(tot) = totals {
        let mut last = vec![t(lang, "kreis-sum")];
        last.extend(tot.columns.iter().map(|n| text(lang, n)));
        last.push(text(lang, &tot.total));
        rows.push(last);
    }
    let data = kitaplatz_export::Table { headers, rows };
    let name = |ext: &str| {
        Header::new(
            "Content-Disposition",
            format!("attachment; filename=\"{base}-{}.{ext}\"", f.key),
        )
    };
    let internal = |e: kitaplatz_export::ExportError| AppError::Internal(e.to_string());
    match format {
        "csv" => Ok(Download(
            kitaplatz_export::to_csv(&data).map_err(internal)?,
            ContentType::new("text", "csv").with_params(("charset", "utf-8")),
            name("csv"),
        )),
        "xlsx" => Ok(Download(
            kitaplatz_export::to_xlsx(&data, f.key).map_err(internal)?,
            ContentType::new(
                "application",
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            name("xlsx"),
        )),
        _ => Err(AppError::NotFound),
    }
}

/// The query string of a filter, for links.
fn query_of(q: &FilterQuery) -> String {
    let mut parts = Vec::new();
    for (k, v) in [
        ("from", &q.from),
        ("to", &q.to),
        ("category", &q.category),
        ("municipality", &q.municipality),
    ] {
        if let Some(v) = v.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            parts.push(format!(
                "{k}={}",
                rocket::http::RawStr::new(v).percent_encode()
            ));
        }
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Renders the statistics page (also with filter errors: 422).
#[expect(clippy::too_many_arguments, reason = "the page's parts")]
fn page(
    ui: &Ui,
    first: &str,
    title: String,
    base: String,
    figs: &[Figure],
    threshold: u64,
    q: &FilterQuery,
    municipalities: Vec<Value>,
    errors: &[&str],
) -> (Status, Template) {
    let status = if errors.is_empty() {
        Status::Ok
    } else {
        Status::UnprocessableEntity
    };
    let tables: Vec<Value> = figs.iter().map(|f| shown(ui.lang, f, first)).collect();
    (
        status,
        ui.render(
            "kreis/statistics",
            json!({
                "title": title,
                "base": base,
                "tables": tables,
                "threshold": threshold,
                "filter": q,
                "query": query_of(q),
                "categories": figures::CATEGORIES,
                "municipalities": municipalities,
                "errors": errors,
            }),
        ),
    )
}

#[get("/kreis/<_>/statistics?<filter..>")]
async fn statistics(
    app: &State<Arc<App>>,
    official: DistrictOfficial,
    ui: Ui,
    filter: FilterQuery,
) -> AppResult<(Status, Template)> {
    let id = official.district.id.clone();
    let all = app
        .db
        .run(move |c| tenants::municipalities_of(c, &id))
        .await?;
    let options: Vec<Value> = all
        .iter()
        .map(|m| json!({ "slug": m.slug, "name": m.name }))
        .collect();
    let title = crate::i18n::t_args(
        ui.lang,
        "kreis-stats-title",
        &[("name", official.district.name.clone())],
    );
    let base = format!("/kreis/{}/statistics", official.district.slug);
    let checked = filter.check().and_then(|f| match &f.municipality {
        Some(s) if !all.iter().any(|m| &m.slug == s) => Err(vec!["municipality"]),
        _ => Ok(f),
    });
    let f = match checked {
        Ok(f) => f,
        Err(bad) => {
            return Ok(page(
                &ui,
                "kreis-municipality",
                title,
                base,
                &[],
                0,
                &filter,
                options,
                &bad,
            ))
        }
    };
    let (figs, threshold) = district_figures(app, &official.district.id, &f)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(page(
        &ui,
        "kreis-municipality",
        title,
        base,
        &figs,
        threshold,
        &filter,
        options,
        &[],
    ))
}

#[get("/kreis/<_>/statistics/<table>/<format>?<filter..>")]
async fn export(
    app: &State<Arc<App>>,
    official: DistrictOfficial,
    ui: Ui,
    table: &str,
    format: &str,
    filter: FilterQuery,
) -> AppResult<Download> {
    let f = filter
        .check()
        .map_err(|bad| AppError::BadRequest(format!("invalid filter: {}", bad.join(", "))))?;
    let (figs, _) = district_figures(app, &official.district.id, &f)
        .await?
        .ok_or(AppError::NotFound)?;
    let fig = figs
        .iter()
        .find(|f| f.key == table)
        .ok_or(AppError::NotFound)?;
    download(
        ui.lang,
        fig,
        "kreis-municipality",
        &format!("kreis-{}", official.district.slug),
        format,
    )
}

/// Guard: a provider administrator (Träger) somewhere; their providers' ids.
pub struct ProviderAdmin {
    /// The providers' ids, over all municipalities.
    pub providers: Vec<String>,
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ProviderAdmin {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        let user = match req.guard::<AuthUser>().await {
            Outcome::Success(u) => u.0,
            Outcome::Error(e) => return Outcome::Error(e),
            Outcome::Forward(s) => return Outcome::Forward(s),
        };
        let mut providers: Vec<String> = user
            .grants
            .iter()
            .filter(|g| g.role == Role::ProviderAdmin)
            .filter_map(|g| match &g.scope {
                GrantScope::Municipality {
                    provider: Some(p), ..
                } => Some(p.clone()),
                _ => None,
            })
            .collect();
        providers.sort();
        providers.dedup();
        if providers.is_empty() {
            Outcome::Error((Status::Forbidden, AppError::Forbidden))
        } else {
            Outcome::Success(ProviderAdmin { providers })
        }
    }
}

/// The provider's figures: rows are its facilities in every municipality.
async fn provider_figures(
    app: &App,
    providers: &[String],
    filter: &Filter,
) -> AppResult<(Vec<Figure>, u64)> {
    let (providers, filter2, today) = (providers.to_vec(), filter.clone(), app.today());
    let forecast_months = month_starts(today, FORECAST_SPAN);
    let (facilities, wishes, ranks, threshold, places) = app
        .db
        .run(move |c| {
            let facilities = district::provider_facilities(c, &providers)?;
            let ids: Vec<String> = facilities.iter().map(|f| f.0.clone()).collect();
            let mut municipalities: Vec<String> = facilities.iter().map(|f| f.2.clone()).collect();
            municipalities.sort();
            municipalities.dedup();
            let scope = filter2.scope(municipalities.clone());
            let mut places: BTreeMap<String, Vec<Series>> = BTreeMap::new();
            for m in &municipalities {
                let p = district::places(c, &MunicipalityId(m.clone()), &forecast_months)?;
                places.extend(p.facilities.into_iter().filter(|(id, _)| ids.contains(id)));
            }
            Ok((
                facilities,
                district::wish_counts(c, &ids, &scope)?,
                district::facility_offer_ranks(c, &ids, &scope)?,
                district::threshold_of(c, &municipalities)?,
                places,
            ))
        })
        .await?;
    let threshold = threshold_from_setting(threshold);
    let index = index_of(facilities.iter().map(|f| f.0.as_str()));
    let names: Vec<Label> = facilities
        .iter()
        .map(|f| Label::Text(f.1.clone()))
        .collect();
    let n = facilities.len();
    let wish_rows: Vec<(usize, String, String, String, u64)> = wishes
        .into_iter()
        .filter_map(|(id, cat, k)| {
            index.get(id.as_str()).map(|&r| {
                (
                    r,
                    "request".to_string(),
                    cat,
                    String::new(),
                    k.max(0) as u64,
                )
            })
        })
        .collect();
    let ranks = ranks_by_row(ranks, &index);
    let mut by_rank = figures::by_wish(n, &ranks, &[]);
    for row in &mut by_rank {
        row.truncate(4);
    }
    let empty: Vec<Series> = Vec::new();
    let series: Vec<&[Series]> = facilities
        .iter()
        .map(|f| places.get(&f.0).map_or(empty.as_slice(), Vec::as_slice))
        .collect();
    let figs = vec![
        counted(
            "facility_wishes",
            names.clone(),
            code_labels(&figures::CATEGORIES),
            figures::by_category(n, &wish_rows),
            threshold,
        ),
        counted(
            "facility_offers",
            names.clone(),
            code_labels(&figures::WISHES[..4]),
            by_rank,
            threshold,
        ),
        places_figure(
            "places",
            names.clone(),
            &figures::PLACES,
            figures::places_now(&series, filter.category),
        ),
        places_figure(
            "forecast",
            names,
            &["m0", "m3", "m6", "m12", "m24"],
            figures::free_ahead(&series, filter.category),
        ),
    ];
    Ok((figs, threshold))
}

#[get("/traeger/statistics?<filter..>")]
async fn provider_statistics(
    app: &State<Arc<App>>,
    provider: ProviderAdmin,
    ui: Ui,
    filter: FilterQuery,
) -> AppResult<(Status, Template)> {
    let title = t(ui.lang, "kreis-provider-title");
    let base = "/traeger/statistics".to_string();
    let f = match filter.check() {
        Ok(f) if f.municipality.is_none() => f,
        Ok(_) => {
            return Ok(page(
                &ui,
                "kreis-facility",
                title,
                base,
                &[],
                0,
                &filter,
                vec![],
                &["municipality"],
            ))
        }
        Err(bad) => {
            return Ok(page(
                &ui,
                "kreis-facility",
                title,
                base,
                &[],
                0,
                &filter,
                vec![],
                &bad,
            ))
        }
    };
    let (figs, threshold) = provider_figures(app, &provider.providers, &f).await?;
    Ok(page(
        &ui,
        "kreis-facility",
        title,
        base,
        &figs,
        threshold,
        &filter,
        vec![],
        &[],
    ))
}

#[get("/traeger/statistics/<table>/<format>?<filter..>")]
async fn provider_export(
    app: &State<Arc<App>>,
    provider: ProviderAdmin,
    ui: Ui,
    table: &str,
    format: &str,
    filter: FilterQuery,
) -> AppResult<Download> {
    let f = filter
        .check()
        .map_err(|bad| AppError::BadRequest(format!("invalid filter: {}", bad.join(", "))))?;
    let (figs, _) = provider_figures(app, &provider.providers, &f).await?;
    let fig = figs
        .iter()
        .find(|f| f.key == table)
        .ok_or(AppError::NotFound)?;
    download(ui.lang, fig, "kreis-facility", "traeger", format)
}

/// The statistics in the API.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct StatisticsOut {
    /// Counts of children from 1 to below this are withheld.
    pub threshold: u64,
    /// The tables.
    pub tables: Vec<TableOut>,
}

/// One table of the statistics.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct TableOut {
    /// `categories`, `outcomes`, `needs`, `months`, `wishes`, `flows`, `places`, `forecast`,
    /// `coverage`.
    pub key: &'static str,
    /// Counts of children (suppressed, with totals) rather than places.
    pub counts: bool,
    /// Row labels: municipality names, months (`YYYY-MM`), or `outside` (flows).
    pub rows: Vec<String>,
    /// Column codes, or municipality names (flows).
    pub columns: Vec<String>,
    /// `cells[row][column]`: a number; a string `"<3"` for a count of children below the
    /// threshold (at least 1); `null` for a count withheld so that small ones cannot be worked
    /// out, or an unknown value.
    #[schema(value_type = Vec<Vec<Value>>)]
    pub cells: Vec<Vec<Value>>,
    /// Row totals (tables of counts), as the cells.
    #[schema(value_type = Option<Vec<Value>>)]
    pub row_totals: Option<Vec<Value>>,
    /// Column totals (tables of counts), as the cells.
    #[schema(value_type = Option<Vec<Value>>)]
    pub column_totals: Option<Vec<Value>>,
    /// Grand total (tables of counts), as the cells.
    #[schema(value_type = Option<Value>)]
    pub total: Option<Value>,
}

/// A figure in the API: codes and names as they are, withheld or unknown values as `null`.
fn figure_out(f: &Figure) -> TableOut {
    let num = |n: &Num| match n {
        Num::Count(v) => json!(v),
        Num::Below(t) => json!(format!("<{t}")),
        Num::Places(v) | Num::Percent(v) => json!((v * 10.0).round() / 10.0),
        Num::Withheld | Num::Missing => Value::Null,
    };
    let totals = f.totals.as_ref();
    TableOut {
        key: f.key,
        counts: f.counts,
        rows: f.rows.iter().map(|l| l.as_str().to_string()).collect(),
        columns: f.columns.iter().map(|l| l.as_str().to_string()).collect(),
        cells: f
            .cells
            .iter()
            .map(|r| r.iter().map(num).collect())
            .collect(),
        row_totals: totals.map(|t| t.rows.iter().map(num).collect()),
        column_totals: totals.map(|t| t.columns.iter().map(num).collect()),
        total: totals.map(|t| num(&t.total)),
    }
}

fn api_filter(q: &FilterQuery) -> Result<Filter, ApiError> {
    q.check().map_err(|bad| {
        ApiError::new(
            Status::UnprocessableEntity,
            "invalid",
            format!("invalid fields: {}", bad.join(", ")),
        )
    })
}

fn statistics_out(figs: &[Figure], threshold: u64) -> Json<StatisticsOut> {
    Json(StatisticsOut {
        threshold,
        tables: figs.iter().map(figure_out).collect(),
    })
}

/// The district's anonymised statistics, as on the Kreisportal: counts of children below the
/// threshold are `"<3"`, the cells that would reveal them `null`.
#[utoipa::path(
    tag = "statistics",
    params(("slug" = String, Path, description = "The district's URL slug"), FilterQuery),
    responses(
        (status = 200, description = "The tables as on the Kreisportal (`\"<3\"` = below the threshold, `null` = withheld or unknown)", body = StatisticsOut),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 404, description = "Unknown district, or the caller is not its district official (tokens are issued per municipality)", body = ErrorBody),
        (status = 422, description = "Invalid filter", body = ErrorBody),
        (status = 429, description = "Rate limit; see `Retry-After`", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/districts/<slug>/statistics?<filter..>")]
pub(crate) async fn api_district_statistics(
    app: &State<Arc<App>>,
    caller: ApiCaller,
    slug: &str,
    filter: FilterQuery,
) -> Result<Json<StatisticsOut>, ApiError> {
    let caller = caller.get()?;
    let slug2 = slug.to_string();
    let found = app
        .db
        .run(move |c| tenants::district_by_slug(c, &slug2))
        .await?;
    let district = found
        .filter(|d| match &caller {
            Caller::Session(_, grants) => allows_in_district(grants, &d.id, Role::DistrictOfficial),
            Caller::Token(_) => false,
        })
        .ok_or_else(|| ApiError::not_found("district"))?;
    let f = api_filter(&filter)?;
    let (figs, threshold) = district_figures(app, &DistrictId(district.id), &f)
        .await?
        .ok_or_else(|| ApiError::not_found("municipality"))?;
    Ok(statistics_out(&figs, threshold))
}

/// The municipality's anonymised statistics (the Kreisportal's tables for this municipality),
/// with the same suppression.
#[utoipa::path(
    tag = "statistics",
    params(("slug" = String, Path, description = "The municipality's URL slug"), FilterQuery),
    responses(
        (status = 200, description = "As for the district (`\"<3\"` = below the threshold, `null` = withheld or unknown)", body = StatisticsOut),
        (status = 401, description = "No or an invalid bearer token", body = ErrorBody),
        (status = 404, description = "Unknown municipality or not the caller's", body = ErrorBody),
        (status = 422, description = "Invalid filter", body = ErrorBody),
        (status = 429, description = "Rate limit; see `Retry-After`", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/municipalities/<slug>/statistics?<filter..>")]
pub(crate) async fn api_municipality_statistics(
    app: &State<Arc<App>>,
    caller: ApiCaller,
    slug: &str,
    filter: FilterQuery,
) -> Result<Json<StatisticsOut>, ApiError> {
    let caller = caller.get()?;
    let m = municipality_for(
        app,
        &caller,
        slug,
        &[Role::YouthOffice, Role::MunicipalityAdmin],
    )
    .await?;
    let mut f = api_filter(&filter)?;
    f.municipality = Some(m.slug.clone());
    let (figs, threshold) = district_figures(app, &DistrictId(m.district_id), &f)
        .await?
        .ok_or_else(|| ApiError::not_found("municipality"))?;
    Ok(statistics_out(&figs, threshold))
}
