//! The Kreisportal (district view): the municipalities of the district and anonymised
//! statistics across them. Everything here comes from `store::district` (counts only) and is
//! released through `domain::suppression`: small counts and the cells that would reveal them
//! are withheld; every table can be downloaded as CSV and XLSX.

use std::collections::BTreeMap;
use std::sync::Arc;

use rocket::http::{ContentType, Header};
use rocket::{get, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::chart::bar_chart;
use super::guards::DistrictOfficial;
use super::office_applications::Download;
use super::ui::Ui;
use crate::domain::application::Status as AppStatus;
use crate::domain::suppression::{suppress, threshold_from_setting, Cell, Released, Table};
use crate::error::{AppError, AppResult};
use crate::store::{district, tenants};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![district_home, statistics, export]
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

/// The outcome groups of applications shown to the district.
const OUTCOMES: [&str; 4] = ["waiting", "offered", "placed", "ended"];

fn outcome_of(status: &str) -> &'static str {
    match AppStatus::from_code(status) {
        Some(AppStatus::Offered) => "offered",
        Some(AppStatus::Accepted | AppStatus::Contracted) => "placed",
        Some(
            AppStatus::Withdrawn | AppStatus::Closed | AppStatus::Declined | AppStatus::Expired,
        ) => "ended",
        _ => "waiting",
    }
}

/// The district's tables, suppressed: (key, released table).
async fn tables(
    app: &App,
    official: &DistrictOfficial,
) -> AppResult<(Vec<(&'static str, Released)>, u64)> {
    let id = official.district.id.clone();
    let (municipalities, counts, ranks, threshold) = app
        .db
        .run(move |c| {
            Ok((
                tenants::municipalities_of(c, &id)?,
                district::application_counts(c, &id)?,
                district::offer_ranks(c, &id)?,
                district::threshold(c, &id)?,
            ))
        })
        .await?;
    let threshold = threshold_from_setting(threshold);
    let rows: Vec<String> = municipalities.iter().map(|m| m.name.clone()).collect();
    let index: BTreeMap<&str, usize> = municipalities
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    let categories = ["U2", "U3", "UE3", "HORT"];
    let mut by_category = vec![vec![0u64; categories.len()]; rows.len()];
    let mut by_outcome = vec![vec![0u64; OUTCOMES.len()]; rows.len()];
    for (m, category, status, n) in counts {
        let Some(&r) = index.get(m.as_str()) else {
            continue;
        };
        let n = n.max(0) as u64;
        if let Some(c) = categories.iter().position(|c| *c == category) {
            by_category[r][c] += n;
        }
        if let Some(o) = OUTCOMES.iter().position(|o| *o == outcome_of(&status)) {
            by_outcome[r][o] += n;
        }
    }
    // Offers by the rank of the offered wish: 1st, 2nd, 3rd, 4th or later.
    let mut by_rank = vec![vec![0u64; 4]; rows.len()];
    for (m, rank, n) in ranks {
        if let Some(&r) = index.get(m.as_str()) {
            by_rank[r][(rank.clamp(1, 4) - 1) as usize] += n.max(0) as u64;
        }
    }
    let rank_table = Table {
        rows: rows.clone(),
        columns: ["wish1", "wish2", "wish3", "wish4"]
            .iter()
            .map(|c| c.to_string())
            .collect(),
        counts: by_rank,
    };
    let category_table = Table {
        rows: rows.clone(),
        columns: categories.iter().map(|c| c.to_string()).collect(),
        counts: by_category,
    };
    let outcome_table = Table {
        rows,
        columns: OUTCOMES.iter().map(|o| o.to_string()).collect(),
        counts: by_outcome,
    };
    Ok((
        vec![
            ("categories", suppress(&category_table, threshold)),
            ("outcomes", suppress(&outcome_table, threshold)),
            ("wishes", suppress(&rank_table, threshold)),
        ],
        threshold,
    ))
}

fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Value(v) => v.to_string(),
        Cell::Suppressed => "•".to_string(),
    }
}

#[get("/kreis/<_>/statistics")]
async fn statistics(
    app: &State<Arc<App>>,
    official: DistrictOfficial,
    ui: Ui,
) -> AppResult<Template> {
    let (tables, threshold) = tables(app, &official).await?;
    let views: Vec<Value> = tables
        .iter()
        .map(|(key, t)| {
            let bars: Vec<(String, usize)> = t
                .rows
                .iter()
                .zip(&t.row_totals)
                .filter_map(|(name, total)| match total {
                    Cell::Value(v) => Some((name.clone(), *v as usize)),
                    Cell::Suppressed => None,
                })
                .collect();
            json!({
                "key": key,
                "columns": t.columns,
                "rows": t.rows.iter().enumerate().map(|(i, name)| json!({
                    "name": name,
                    "cells": t.cells[i].iter().map(cell_text).collect::<Vec<_>>(),
                    "total": cell_text(&t.row_totals[i]),
                })).collect::<Vec<_>>(),
                "column_totals": t.column_totals.iter().map(cell_text).collect::<Vec<_>>(),
                "total": cell_text(&t.total),
                "chart": bar_chart(&format!("Anträge je Gemeinde ({key})"), &bars),
            })
        })
        .collect();
    Ok(ui.render(
        "kreis/statistics",
        json!({ "district": official.district, "tables": views, "threshold": threshold }),
    ))
}

#[get("/kreis/<_>/statistics/<table>/<format>")]
async fn export(
    app: &State<Arc<App>>,
    official: DistrictOfficial,
    table: &str,
    format: &str,
) -> AppResult<Download> {
    let (tables, _) = tables(app, &official).await?;
    let (key, t) = tables
        .into_iter()
        .find(|(k, _)| *k == table)
        .ok_or(AppError::NotFound)?;
    let mut headers = vec!["Gemeinde".to_string()];
    headers.extend(t.columns.iter().cloned());
    headers.push("Summe".into());
    let mut rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut row = vec![name.clone()];
            row.extend(t.cells[i].iter().map(cell_text));
            row.push(cell_text(&t.row_totals[i]));
            row
        })
        .collect();
    let mut last = vec!["Summe".to_string()];
    last.extend(t.column_totals.iter().map(cell_text));
    last.push(cell_text(&t.total));
    rows.push(last);
    let data = kitaplatz_export::Table { headers, rows };
    let name = |ext: &str| {
        Header::new(
            "Content-Disposition",
            format!(
                "attachment; filename=\"kreis-{}-{key}.{ext}\"",
                official.district.slug
            ),
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
            kitaplatz_export::to_xlsx(&data, key).map_err(internal)?,
            ContentType::new(
                "application",
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            name("xlsx"),
        )),
        _ => Err(AppError::NotFound),
    }
}
