//! Statistics exports (issue 7): the children under contract on a reference day as counts in
//! the shape of the Kinder- und Jugendhilfestatistik (KJH) and of KiBiz.web, for the office
//! (page, CSV, XLSX) and for the district (CSV, XLSX, released with small-cell suppression).
//! Columns and rules: `docs/exports.md`; counting: `domain::statistics_exports`.
//!
//! Who: in the office the same people and scope as contracts ([`ContractKeeper`], [`scope`]):
//! the youth office sees all facilities, provider administrators their providers' facilities,
//! facility leads and staff their facility. In the district its officials, over all facilities
//! of all municipalities of the district.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use rocket::http::{ContentType, Header, Status};
use rocket::{get, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::json;

use super::contracts::{scope, ContractKeeper};
use super::guards::DistrictOfficial;
use super::office_applications::Download;
use super::ui::Ui;
use crate::domain::contract::parse_date;
use crate::domain::statistics_exports::{
    aggregate, category_label, release, KibizRow, KjhRow, Statistics,
};
use crate::domain::suppression::{threshold_from_setting, Cell};
use crate::error::{AppError, AppResult};
use crate::store::{district, facilities, statistics_exports as store, tenants};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![page, office_download, district_download]
}

/// The two exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Kjh,
    Kibiz,
}

impl Kind {
    fn parse(raw: &str) -> Option<Self> {
        match raw {
            "kjh" => Some(Self::Kjh),
            "kibiz" => Some(Self::Kibiz),
            _ => None,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Self::Kjh => "kjh",
            Self::Kibiz => "kibiz",
        }
    }
}

/// The file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Xlsx,
}

impl Format {
    fn parse(raw: &str) -> Option<Self> {
        match raw {
            "csv" => Some(Self::Csv),
            "xlsx" => Some(Self::Xlsx),
            _ => None,
        }
    }
}

/// The reference day: `?date=YYYY-MM-DD` (or DD.MM.YYYY), today when absent or empty;
/// `None` when given but not a date.
fn reference_day(raw: Option<&str>, today: NaiveDate) -> Option<NaiveDate> {
    match raw.map(str::trim) {
        None | Some("") => Some(today),
        Some(raw) => parse_date(raw),
    }
}

/// File columns of the KJH export (without the leading municipality column of the district).
const KJH_HEADERS: [&str; 7] = [
    "Einrichtungs-ID",
    "Einrichtung",
    "Geburtsjahr",
    "Geburtsmonat",
    "Betreuungsumfang (Std./Woche)",
    "Platzkategorie",
    "Anzahl Kinder",
];

/// File columns of the KiBiz export (without the leading municipality column of the district).
const KIBIZ_HEADERS: [&str; 6] = [
    "Einrichtungs-ID",
    "Einrichtung",
    "Gruppenform",
    "Buchungszeit (Std./Woche)",
    "U3/Ü3",
    "Anzahl Kinder",
];

fn kjh_cells(r: &KjhRow, names: &HashMap<String, String>) -> Vec<String> {
    vec![
        r.facility.clone(),
        names.get(&r.facility).cloned().unwrap_or_default(),
        r.birth_year.to_string(),
        r.birth_month.to_string(),
        r.band.label().to_string(),
        category_label(r.category).to_string(),
    ]
}

fn kibiz_cells(r: &KibizRow, names: &HashMap<String, String>) -> Vec<String> {
    vec![
        r.facility.clone(),
        names.get(&r.facility).cloned().unwrap_or_default(),
        r.group_form.code().to_string(),
        r.band.code().to_string(),
        category_label(r.category).to_string(),
    ]
}

fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Value(v) => v.to_string(),
        Cell::Small | Cell::Suppressed => "•".to_string(),
    }
}

/// The file of a table.
fn download(
    data: kitaplatz_export::Table,
    kind: Kind,
    format: Format,
    slug: &str,
    day: NaiveDate,
) -> AppResult<Download> {
    let stem = format!("{}-{slug}-{}", kind.code(), day.format("%Y-%m-%d"));
    let name = |ext: &str| {
        Header::new(
            "Content-Disposition",
            format!("attachment; filename=\"{stem}.{ext}\""),
        )
    };
    let internal = |e: kitaplatz_export::ExportError| AppError::Internal(e.to_string());
    Ok(match format {
        Format::Csv => Download(
            kitaplatz_export::to_csv(&data).map_err(internal)?,
            ContentType::new("text", "csv").with_params(("charset", "utf-8")),
            name("csv"),
        ),
        Format::Xlsx => Download(
            kitaplatz_export::to_xlsx(&data, kind.code()).map_err(internal)?,
            ContentType::new(
                "application",
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            name("xlsx"),
        ),
    })
}

/// The office's statistics of `day` over its scope, with the facility names of the tenant.
async fn office_statistics(
    app: &App,
    staff: &ContractKeeper,
    day: NaiveDate,
) -> AppResult<(Statistics, HashMap<String, String>)> {
    let scope = scope(app, staff).await?;
    let tenant = staff.tenant.id.clone();
    app.db
        .run(move |c| {
            let rules = store::rules(c, &tenant)?;
            let counted = store::placements_on(c, &tenant, scope.as_deref(), day)?;
            let mut names = facilities::names(c, &tenant)?;
            if let Some(ids) = &scope {
                names.retain(|id, _| ids.contains(id));
            }
            Ok((aggregate(&counted, day, &rules), names))
        })
        .await
}

#[get("/<_>/office/statistics?<date>", rank = 10)]
async fn page(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    ui: Ui,
    date: Option<&str>,
) -> AppResult<(Status, Template)> {
    let Some(day) = reference_day(date, app.today()) else {
        return Ok((
            Status::UnprocessableEntity,
            ui.render_in(
                &staff.tenant,
                "office/statistics",
                json!({ "invalid_date": true, "day": date.unwrap_or_default() }),
            ),
        ));
    };
    let (stats, names) = office_statistics(app, &staff, day).await?;
    let name = |id: &str| names.get(id).cloned().unwrap_or_default();
    let per_facility = stats.per_facility();
    let mut summary: Vec<(String, u64, u64)> = names
        .keys()
        .map(|id| {
            let kibiz = stats
                .kibiz
                .iter()
                .filter(|r| &r.facility == id)
                .map(|r| r.count)
                .sum();
            (name(id), per_facility.get(id).copied().unwrap_or(0), kibiz)
        })
        .collect();
    summary.sort();
    let mut kjh: Vec<_> = stats
        .kjh
        .iter()
        .map(|r| {
            json!({
                "facility": name(&r.facility),
                "year": r.birth_year,
                "month": r.birth_month,
                "band": r.band.code(),
                "category": r.category.code(),
                "count": r.count,
            })
        })
        .collect();
    kjh.sort_by_key(|v| v["facility"].as_str().unwrap_or_default().to_string());
    let mut kibiz: Vec<_> = stats
        .kibiz
        .iter()
        .map(|r| {
            json!({
                "facility": name(&r.facility),
                "form": r.group_form.code(),
                "band": r.band.code(),
                "category": r.category.code(),
                "count": r.count,
            })
        })
        .collect();
    kibiz.sort_by_key(|v| v["facility"].as_str().unwrap_or_default().to_string());
    Ok((
        Status::Ok,
        ui.render_in(
            &staff.tenant,
            "office/statistics",
            json!({
                "invalid_date": false,
                "day": day.format("%Y-%m-%d").to_string(),
                "day_local": day.format("%d.%m.%Y").to_string(),
                "summary": summary
                    .iter()
                    .map(|(n, all, kibiz)| json!({ "name": n, "children": all, "kibiz": kibiz }))
                    .collect::<Vec<_>>(),
                "kjh": kjh,
                "kibiz": kibiz,
            }),
        ),
    ))
}

/// The export, format and reference day a download asks for: unknown export or format 404,
/// an invalid day 422.
fn wanted(
    kind: &str,
    format: &str,
    date: Option<&str>,
    today: NaiveDate,
) -> AppResult<Result<(Kind, Format, NaiveDate), Status>> {
    let (Some(kind), Some(format)) = (Kind::parse(kind), Format::parse(format)) else {
        return Err(AppError::NotFound);
    };
    Ok(reference_day(date, today)
        .map(|day| (kind, format, day))
        .ok_or(Status::UnprocessableEntity))
}

#[get("/<_>/office/statistics/<kind>/<format>?<date>", rank = 10)]
async fn office_download(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    kind: &str,
    format: &str,
    date: Option<&str>,
) -> AppResult<Result<Download, Status>> {
    let (kind, format, day) = match wanted(kind, format, date, app.today())? {
        Ok(w) => w,
        Err(status) => return Ok(Err(status)),
    };
    let (stats, names) = office_statistics(app, &staff, day).await?;
    let mut rows: Vec<Vec<String>> = match kind {
        Kind::Kjh => stats
            .kjh
            .iter()
            .map(|r| {
                let mut row = kjh_cells(r, &names);
                row.push(r.count.to_string());
                row
            })
            .collect(),
        Kind::Kibiz => stats
            .kibiz
            .iter()
            .map(|r| {
                let mut row = kibiz_cells(r, &names);
                row.push(r.count.to_string());
                row
            })
            .collect(),
    };
    // By facility name; within a facility in the domain's order (stable sort).
    rows.sort_by(|a, b| a[1].cmp(&b[1]));
    let headers = match kind {
        Kind::Kjh => KJH_HEADERS.to_vec(),
        Kind::Kibiz => KIBIZ_HEADERS.to_vec(),
    };
    let data = kitaplatz_export::Table {
        headers: headers.into_iter().map(String::from).collect(),
        rows,
    };
    download(data, kind, format, &staff.tenant.slug, day).map(Ok)
}

#[get("/kreis/<_>/exports/<kind>/<format>?<date>")]
async fn district_download(
    app: &State<Arc<App>>,
    official: DistrictOfficial,
    kind: &str,
    format: &str,
    date: Option<&str>,
) -> AppResult<Result<Download, Status>> {
    let (kind, format, day) = match wanted(kind, format, date, app.today())? {
        Ok(w) => w,
        Err(status) => return Ok(Err(status)),
    };
    let id = official.district.id.clone();
    let (stats, names, municipality_of, threshold) = app
        .db
        .run(move |c| {
            let mut stats = Statistics::default();
            let mut names: HashMap<String, String> = HashMap::new();
            let mut municipality_of: HashMap<String, String> = HashMap::new();
            for m in tenants::municipalities_of(c, &id)? {
                let tenant = m.tenant_id();
                let rules = store::rules(c, &tenant)?;
                let counted = store::placements_on(c, &tenant, None, day)?;
                stats.extend(aggregate(&counted, day, &rules));
                for (facility, name) in facilities::names(c, &tenant)? {
                    municipality_of.insert(facility.clone(), m.name.clone());
                    names.insert(facility, name);
                }
            }
            Ok((stats, names, municipality_of, district::threshold(c, &id)?))
        })
        .await?;
    // Released through small-cell suppression: these long tables have no totals, so within
    // one table withholding the small counts is enough; `release` also keeps the two tables
    // (which count the same children) from revealing a withheld count through each other.
    // No totals row is written.
    let released = release(&stats, threshold_from_setting(threshold));
    let with_municipality = |facility: &str, mut cells: Vec<String>, count: &Cell| {
        let mut row = vec![municipality_of.get(facility).cloned().unwrap_or_default()];
        row.append(&mut cells);
        row.push(cell_text(count));
        row
    };
    let mut rows: Vec<Vec<String>> = match kind {
        Kind::Kjh => released
            .kjh
            .iter()
            .map(|(r, c)| with_municipality(&r.facility, kjh_cells(r, &names), c))
            .collect(),
        Kind::Kibiz => released
            .kibiz
            .iter()
            .map(|(r, c)| with_municipality(&r.facility, kibiz_cells(r, &names), c))
            .collect(),
    };
    // By municipality and facility name; within a facility in the domain's order.
    rows.sort_by(|a, b| (&a[0], &a[2]).cmp(&(&b[0], &b[2])));
    let mut headers = vec!["Gemeinde".to_string()];
    headers.extend(
        match kind {
            Kind::Kjh => KJH_HEADERS.to_vec(),
            Kind::Kibiz => KIBIZ_HEADERS.to_vec(),
        }
        .into_iter()
        .map(String::from),
    );
    let data = kitaplatz_export::Table { headers, rows };
    download(data, kind, format, &official.district.slug, day).map(Ok)
}
