//! The youth office's view of applications: filtered, sorted, paged list; detail; export of
//! the filtered list as CSV and XLSX.

use std::sync::Arc;

use rocket::form::FromForm;
use rocket::http::{ContentType, Header};
use rocket::{get, routes, Responder, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::guards::{RequestId, YouthOffice};
use super::ui::Ui;
use crate::domain::application::{Kind, Status};
use crate::domain::category::PlaceCategory;
use crate::domain::checks::RegisterStatus;
use crate::error::{AppError, AppResult};
use crate::i18n::t;
use crate::store::applications::{self, Filter, Sort, Summary};
use crate::store::{checks, facilities, rules};
use crate::App;
use kitaplatz_export::{to_csv, to_xlsx, Table};

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![list_page, export, detail_page]
}

const PAGE_SIZE: i64 = 50;
/// Most rows one export may hold (bigger exports belong in a background job).
const EXPORT_LIMIT: i64 = 20_000;

/// Filters, sort and page from the query string.
#[derive(Debug, Clone, Default, FromForm)]
pub struct ListQuery {
    status: Option<String>,
    kind: Option<String>,
    category: Option<String>,
    facility: Option<String>,
    month: Option<String>,
    late: Option<bool>,
    overdue: Option<bool>,
    sort: Option<String>,
    page: Option<i64>,
}

impl ListQuery {
    fn filter(&self) -> Filter {
        let keep = |v: &Option<String>| {
            v.as_ref()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        Filter {
            status: keep(&self.status).filter(|s| Status::from_code(s).is_some()),
            kind: keep(&self.kind).filter(|k| Kind::from_code(k).is_some()),
            category: keep(&self.category).filter(|c| PlaceCategory::from_code(c).is_some()),
            facility: keep(&self.facility),
            month: keep(&self.month).filter(|m| applications::month_range(m).is_some()),
            late: self.late.unwrap_or(false),
            overdue: self.overdue.unwrap_or(false),
        }
    }

    fn sort(&self) -> Sort {
        match self.sort.as_deref() {
            Some("start") => Sort::Start,
            Some("child") => Sort::Child,
            _ => Sort::Submitted,
        }
    }

    /// The query string without the page, for paging and export links.
    fn query_string(&self) -> String {
        let f = self.filter();
        let mut s = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("status", f.status),
            ("kind", f.kind),
            ("category", f.category),
            ("facility", f.facility),
            ("month", f.month),
        ] {
            if let Some(v) = v {
                s.append_pair(k, &v);
            }
        }
        if f.late {
            s.append_pair("late", "true");
        }
        if f.overdue {
            s.append_pair("overdue", "true");
        }
        if let Some(sort) = &self.sort {
            s.append_pair("sort", sort);
        }
        s.finish()
    }
}

#[get("/<_>/office/applications?<q..>", rank = 10)]
async fn list_page(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    ui: Ui,
    q: ListQuery,
) -> AppResult<Template> {
    let filter = q.filter();
    let page = q.page.unwrap_or(1).max(1);
    let tenant = staff.tenant.id.clone();
    let today = app.clock.now().date_naive();
    let (sort, f2) = (q.sort(), filter.clone());
    let (rows, total, facility_list) = app
        .db
        .run(move |conn| {
            let (rows, total) = applications::list(
                conn,
                &tenant,
                &f2,
                sort,
                (page - 1) * PAGE_SIZE,
                PAGE_SIZE,
                today,
            )?;
            Ok((rows, total, facilities::list(conn, &tenant)?))
        })
        .await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let qs = q.query_string();
    Ok(ui.render_in(
        &staff.tenant,
        "office/applications",
        json!({
            "applications": rows,
            "total": total,
            "page": page,
            "pages": pages,
            "query": qs,
            "filter": filter,
            "sort": q.sort.clone().unwrap_or_else(|| "submitted".into()),
            "statuses": Status::ALL.iter().map(|s| s.code()).collect::<Vec<_>>(),
            "categories": PlaceCategory::ALL.iter().map(|c| c.code()).collect::<Vec<_>>(),
            "facilities": facility_list.iter().map(|f| json!({ "id": f.id, "name": f.name })).collect::<Vec<_>>(),
        }),
    ))
}

/// A file download.
#[derive(Responder)]
pub struct Download(pub Vec<u8>, pub ContentType, pub Header<'static>);

fn table(lang: &str, rows: &[Summary]) -> Table {
    let headers = [
        "x-kind",
        "x-status",
        "x-first-names",
        "x-last-name",
        "x-birth-date",
        "x-start",
        "x-category",
        "x-hours",
        "x-wishes",
        "x-submitted",
        "x-late",
        "x-origin",
        "x-entitlement",
    ];
    Table {
        headers: headers.iter().map(|h| t(lang, h)).collect(),
        rows: rows
            .iter()
            .map(|a| {
                vec![
                    t(lang, &format!("a-kind-{}", a.kind)),
                    t(lang, &format!("status-{}", a.status)),
                    a.child_first_names.clone(),
                    a.child_last_name.clone(),
                    a.birth_date.format("%d.%m.%Y").to_string(),
                    a.start_date.format("%d.%m.%Y").to_string(),
                    a.category.clone(),
                    a.weekly_hours.map(|h| h.to_string()).unwrap_or_default(),
                    a.wishes.join(" | "),
                    super::berlin_time(a.submitted_at),
                    if a.late {
                        t(lang, "x-yes")
                    } else {
                        t(lang, "x-no")
                    },
                    a.origin.clone(),
                    a.entitlement_date.format("%d.%m.%Y").to_string(),
                ]
            })
            .collect(),
    }
}

#[get("/<_>/office/applications/export?<format>&<q..>", rank = 9)]
async fn export(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    ui: Ui,
    rid: RequestId,
    format: &str,
    q: ListQuery,
) -> AppResult<Download> {
    if !matches!(format, "csv" | "xlsx") {
        return Err(AppError::NotFound);
    }
    let filter = q.filter();
    let tenant = staff.tenant.id.clone();
    let today = app.clock.now().date_naive();
    let sort = q.sort();
    let ctx = super::audit(app, &rid, Some(staff.user_id()));
    let (rows, _) = app
        .db
        .run(move |conn| {
            let rows = applications::list(conn, &tenant, &filter, sort, 0, EXPORT_LIMIT, today)?;
            crate::store::audit::record(
                conn,
                &ctx,
                Some(&tenant),
                "export",
                "application",
                None,
                &[&format!("rows={}", rows.0.len())],
            )?;
            Ok(rows)
        })
        .await?;
    let table = table(ui.lang, &rows);
    let stamp = app.clock.now().format("%Y-%m-%d");
    let name = |ext: &str| {
        Header::new(
            "Content-Disposition",
            format!(
                "attachment; filename=\"antraege-{}-{stamp}.{ext}\"",
                staff.tenant.slug
            ),
        )
    };
    match format {
        "csv" => Ok(Download(
            to_csv(&table).map_err(|e| AppError::Internal(e.to_string()))?,
            ContentType::new("text", "csv").with_params(("charset", "utf-8")),
            name("csv"),
        )),
        "xlsx" => Ok(Download(
            to_xlsx(&table, &t(ui.lang, "x-sheet"))
                .map_err(|e| AppError::Internal(e.to_string()))?,
            ContentType::new(
                "application",
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            name("xlsx"),
        )),
        _ => Err(AppError::NotFound),
    }
}

/// How many entries of an application's access log its page shows (newest first; the
/// municipality admin's audit page has all).
const ACCESS_LOG_ROWS: i64 = 50;

#[get("/<_>/office/applications/<id>", rank = 10)]
async fn detail_page(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    ui: Ui,
    rid: RequestId,
    id: &str,
) -> AppResult<Template> {
    let tenant = staff.tenant.id.clone();
    let id2 = id.to_string();
    let ctx = super::audit(app, &rid, Some(staff.user_id()));
    let found = app
        .db
        .run(move |conn| {
            let Some(a) = applications::get(conn, &tenant, None, &id2)? else {
                return Ok(None);
            };
            crate::store::audit::read(conn, &ctx, &tenant, "application", &a.id)?;
            let access = crate::store::audit::list(
                conn,
                &tenant,
                &crate::store::audit::AuditFilter {
                    entity_type: Some("application".into()),
                    entity_id: Some(a.id.clone()),
                    ..Default::default()
                },
                ACCESS_LOG_ROWS,
            )?;
            let answered = applications::answers(conn, &a.id)?;
            let criteria: Vec<_> = rules::criteria(conn, &tenant, false)?
                .into_iter()
                .filter(|c| answered.contains(&c.id))
                .collect();
            Ok(Some((
                a.clone(),
                (criteria, access),
                applications::events(conn, &a.id)?,
                checks::facts(conn, &tenant, &a.id)?,
                (
                    crate::store::allocation::facts(conn, &tenant, &a.id)?.unwrap_or_default(),
                    crate::store::facilities::list(conn, &tenant)?,
                    crate::store::allocation::offer_of(conn, &tenant, &a.id)?,
                ),
            )))
        })
        .await?;
    let (application, (criteria, access), events, facts, (allocation, facilities, offer)) =
        found.ok_or(AppError::NotFound)?;
    let access: Vec<Value> = access
        .into_iter()
        .map(|e| {
            json!({
                "at": super::berlin_time(e.at),
                "who": e.actor.or(e.token).unwrap_or_default(),
                "action": e.action,
            })
        })
        .collect();
    let register = RegisterStatus::from_code(&facts.register_status);
    let next_attempt = facts.next_attempt_at.map(super::berlin_time);
    let decidable = register.is_some_and(|r| r.needs_decision())
        && Status::from_code(&application.status).is_some_and(|s| s.open());
    let points: i32 = criteria.iter().map(|c| c.points).sum();
    let passed = application.kind == Kind::Needs.code()
        && application.entitlement_date < app.clock.now().date_naive();
    let events: Vec<Value> = events
        .into_iter()
        .map(|e| {
            let mut v = json!(e);
            v["at_local"] = json!(super::berlin_time(e.at));
            v
        })
        .collect();
    let letters = super::letters::list(app, staff.tenant.id.clone(), &application.id).await?;
    Ok(ui.render_in(
        &staff.tenant,
        "office/application",
        json!({
            "letters": letters,
            "access": access,
            "application": application,
            "criteria": criteria,
            "points": points,
            "events": events,
            "entitlement_passed": passed,
            "facts": facts,
            "next_attempt_local": next_attempt,
            "decidable": decidable,
            "ambiguous": register == Some(RegisterStatus::Ambiguous),
            "days_open": (app.clock.now().naive_utc() - application.submitted_at).num_days(),
            "allocation": allocation,
            "facilities": facilities,
            "offer": offer,
        }),
    ))
}
