//! Applications in the JSON API: the youth office's integrations read the municipality's
//! applications (filtered, paged) and create applications on behalf of families — the same
//! checks and records as a paper application entered in the office (household, activation
//! code for the parents, audit), with origin `api`.

use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{get, post, routes, Route, State};
use serde::Serialize;

use super::api::{municipality_for, require_write, ApiCaller, ApiError, ErrorBody};
use super::contracts::{ApiChild, ApiGuardian};
use super::guards::RequestId;
use super::paper::{enter, PaperForm};
use crate::domain::application::{Kind, Status as AppStatus};
use crate::domain::roles::Role;
use crate::ids::MunicipalityId;
use crate::store::applications::{self as store, Filter, Sort, Summary};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![api_applications, api_application, api_create_application]
}

/// Applications hold personal data: only the youth office reads or creates them.
const ROLES: &[Role] = &[Role::YouthOffice];

/// Most applications per page.
const MAX_PER_PAGE: u32 = 200;

/// The child of an application as the API shows it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ApplicationChild {
    /// First names.
    pub first_names: String,
    /// Last name.
    pub last_name: String,
    /// Birth date.
    pub birth_date: NaiveDate,
}

/// An application as the API shows it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ApplicationOut {
    /// Id.
    pub id: String,
    /// `request` (Betreuungsanfrage) or `needs` (Bedarfsmeldung).
    pub kind: String,
    /// State, e.g. `submitted`, `checked`, `offered`, `contracted`.
    pub status: String,
    /// The child.
    pub child: ApplicationChild,
    /// Desired start.
    pub start_date: NaiveDate,
    /// Place category from the age at the start: `U2`, `U3`, `UE3`, `HORT`.
    pub category: String,
    /// Weekly hours asked for.
    pub weekly_hours: Option<i32>,
    /// Day from which the legal entitlement holds.
    pub entitlement_date: NaiveDate,
    /// Submitted after the registration deadline.
    pub late: bool,
    /// `online`, `paper` or `api`.
    pub origin: String,
    /// When submitted (UTC).
    pub submitted_at: NaiveDateTime,
    /// Wished facilities' ids, best first.
    pub wishes: Vec<String>,
}

impl From<Summary> for ApplicationOut {
    fn from(s: Summary) -> Self {
        Self {
            id: s.id,
            kind: s.kind,
            status: s.status,
            child: ApplicationChild {
                first_names: s.child_first_names,
                last_name: s.child_last_name,
                birth_date: s.birth_date,
            },
            start_date: s.start_date,
            category: s.category,
            weekly_hours: s.weekly_hours,
            entitlement_date: s.entitlement_date,
            late: s.late,
            origin: s.origin,
            submitted_at: s.submitted_at,
            wishes: s.wish_ids,
        }
    }
}

/// One page of applications.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ApplicationPage {
    /// Applications matching the filter.
    pub total: i64,
    /// This page (from 1).
    pub page: u32,
    /// Page size.
    pub per_page: u32,
    /// The applications of this page, newest submission first.
    pub items: Vec<ApplicationOut>,
}

fn invalid(what: &str) -> ApiError {
    ApiError::new(
        Status::UnprocessableEntity,
        "invalid",
        format!("invalid fields: {what}"),
    )
}

/// A positive number from the query, or the default; anything else is the field's error.
fn number(raw: Option<&str>, default: u32, max: u32, field: &str) -> Result<u32, ApiError> {
    match raw {
        None => Ok(default),
        Some(r) => r
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| invalid(field)),
    }
}

/// The municipality's applications, newest first, optionally filtered.
#[utoipa::path(
    tag = "applications",
    params(
        ("slug" = String, Path, description = "The municipality's URL slug"),
        ("status" = Option<String>, Query, description = "Only this state, e.g. `checked`"),
        ("kind" = Option<String>, Query, description = "`request` or `needs`"),
        ("category" = Option<String>, Query, description = "`U2`, `U3`, `UE3` or `HORT`"),
        ("facility" = Option<String>, Query, description = "Only applications wishing this facility id"),
        ("page" = Option<u32>, Query, description = "Page from 1 (default 1)"),
        ("per_page" = Option<u32>, Query, description = "1–200 (default 50)"),
    ),
    responses(
        (status = 200, description = "One page of applications", body = ApplicationPage),
        (status = 401, description = "No or an invalid bearer token", body = ErrorBody),
        (status = 404, description = "Unknown municipality, or not the caller's (youth office only)", body = ErrorBody),
        (status = 422, description = "Invalid filter or page", body = ErrorBody),
        (status = 429, description = "Rate limit; see `Retry-After`", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/municipalities/<slug>/applications?<status>&<kind>&<category>&<facility>&<page>&<per_page>")]
#[expect(
    clippy::too_many_arguments,
    reason = "one argument per query parameter"
)]
pub(crate) async fn api_applications(
    app: &State<Arc<App>>,
    caller: ApiCaller,
    slug: &str,
    status: Option<&str>,
    kind: Option<&str>,
    category: Option<&str>,
    facility: Option<&str>,
    page: Option<&str>,
    per_page: Option<&str>,
) -> Result<Json<ApplicationPage>, ApiError> {
    let caller = caller.get()?;
    let m = municipality_for(app, &caller, slug, ROLES).await?;
    if status.is_some_and(|s| AppStatus::from_code(s).is_none()) {
        return Err(invalid("status"));
    }
    if kind.is_some_and(|k| Kind::from_code(k).is_none()) {
        return Err(invalid("kind"));
    }
    if category.is_some_and(|c| !["U2", "U3", "UE3", "HORT"].contains(&c)) {
        return Err(invalid("category"));
    }
    let page = number(page, 1, 1_000_000, "page")?;
    let per_page = number(per_page, 50, MAX_PER_PAGE, "per_page")?;
    let filter = Filter {
        status: status.map(str::to_string),
        kind: kind.map(str::to_string),
        category: category.map(str::to_string),
        facility: facility.map(str::to_string),
        ..Filter::default()
    };
    let (tenant, today) = (MunicipalityId(m.id), app.today());
    let offset = i64::from(page - 1) * i64::from(per_page);
    let (rows, total) = app
        .db
        .run(move |c| {
            store::list(
                c,
                &tenant,
                &filter,
                Sort::Submitted,
                offset,
                i64::from(per_page),
                today,
            )
        })
        .await?;
    Ok(Json(ApplicationPage {
        total,
        page,
        per_page,
        items: rows.into_iter().map(ApplicationOut::from).collect(),
    }))
}

/// One application of the municipality.
#[utoipa::path(
    tag = "applications",
    params(
        ("slug" = String, Path, description = "The municipality's URL slug"),
        ("id" = String, Path, description = "The application's id"),
    ),
    responses(
        (status = 200, description = "The application", body = ApplicationOut),
        (status = 401, description = "No or an invalid bearer token", body = ErrorBody),
        (status = 404, description = "Unknown municipality or application, or not the caller's", body = ErrorBody),
        (status = 429, description = "Rate limit; see `Retry-After`", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/municipalities/<slug>/applications/<id>")]
pub(crate) async fn api_application(
    app: &State<Arc<App>>,
    caller: ApiCaller,
    rid: RequestId,
    slug: &str,
    id: &str,
) -> Result<Json<ApplicationOut>, ApiError> {
    let caller = caller.get()?;
    let m = municipality_for(app, &caller, slug, ROLES).await?;
    let (tenant, id) = (MunicipalityId(m.id), id.to_string());
    let ctx = super::api::audit_ctx(app, &rid, &caller);
    app.db
        .run(move |c| {
            let found = store::get(c, &tenant, None, &id)?;
            if found.is_some() {
                crate::store::audit::read(c, &ctx, &tenant, "application", &id)?;
            }
            Ok::<_, crate::error::AppError>(found)
        })
        .await?
        .map(|s| Json(ApplicationOut::from(s)))
        .ok_or_else(|| ApiError::not_found("application"))
}

/// An application entered on behalf of a family (as on paper).
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApiApplication {
    /// `request` (Betreuungsanfrage, with wishes) or `needs` (Bedarfsmeldung).
    kind: String,
    /// The child.
    child: ApiChild,
    /// One guardian.
    guardian: ApiGuardian,
    /// Desired start, `YYYY-MM-DD`.
    start_date: String,
    /// Weekly hours asked for.
    weekly_hours: Option<u32>,
    /// Wished facility ids, best first (requests: at least one, at most the municipality's
    /// maximum).
    #[serde(default)]
    wishes: Vec<String>,
    /// Ids of the municipality's priority criteria that apply.
    #[serde(default)]
    criteria: Vec<String>,
}

/// The created application and the activation code for the parents.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CreatedApplication {
    /// The application.
    pub application: ApplicationOut,
    /// Single-use code with which the parents take over the household in their account
    /// (ten characters in two groups of five, joined by a hyphen); shown only in this answer.
    pub activation_code: String,
    /// Days the code stays valid.
    pub activation_code_valid_days: i64,
}

/// Enters an application for a family without an account: the same checks as the office's
/// paper form (dates, hours, wishes against the municipality's facilities, criteria).
#[utoipa::path(
    tag = "applications",
    params(("slug" = String, Path, description = "The municipality's URL slug")),
    request_body = ApiApplication,
    responses(
        (status = 201, description = "Created", body = CreatedApplication),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "No or an invalid bearer token", body = ErrorBody),
        (status = 403, description = "Read-only token", body = ErrorBody),
        (status = 404, description = "Unknown municipality, or not the caller's (youth office only)", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "Wrong types, unknown fields or invalid values (the message names the fields)", body = ErrorBody),
        (status = 429, description = "Rate limit; see `Retry-After`", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/municipalities/<slug>/applications", data = "<body>")]
pub(crate) async fn api_create_application(
    app: &State<Arc<App>>,
    caller: ApiCaller,
    rid: RequestId,
    slug: &str,
    body: Json<ApiApplication>,
) -> Result<(Status, Json<CreatedApplication>), ApiError> {
    let caller = caller.get()?;
    let m = municipality_for(app, &caller, slug, ROLES).await?;
    require_write(&caller)?;
    let b = body.into_inner();
    let form = PaperForm {
        g_first_names: b.guardian.first_names,
        g_last_name: b.guardian.last_name,
        first_names: b.child.first_names,
        last_name: b.child.last_name,
        birth_date: b.child.birth_date,
        street: b.child.street,
        house_number: b.child.house_number,
        postal_code: b.child.postal_code,
        city: b.child.city,
        kind: b.kind,
        start_date: b.start_date,
        hours: b.weekly_hours.map(|h| h.to_string()).unwrap_or_default(),
        wishes: b.wishes,
        answers: b.criteria,
    };
    let ctx = super::api::audit_ctx(app, &rid, &caller);
    let tenant = MunicipalityId(m.id);
    let (id, code) = match enter(app, &tenant, &form, "api", ctx).await? {
        Ok(done) => done,
        Err(errors) => {
            let mut fields: Vec<&str> = errors.iter().map(|e| api_field(e.field())).collect();
            fields.dedup();
            return Err(invalid(&fields.join(", ")));
        }
    };
    let found = app
        .db
        .run(move |c| store::get(c, &tenant, None, &id))
        .await?
        .ok_or_else(|| ApiError::not_found("application"))?;
    Ok((
        Status::Created,
        Json(CreatedApplication {
            application: found.into(),
            activation_code: code,
            activation_code_valid_days: crate::domain::household::claim_validity().num_days(),
        }),
    ))
}

/// The API's name of a paper-form field.
fn api_field(form_field: &str) -> &str {
    match form_field {
        "g_first_names" | "g_last_name" => "guardian",
        "first_names" | "last_name" | "birth_date" => form_field,
        "street" | "house_number" | "postal_code" | "city" => "child.address",
        "hours" => "weekly_hours",
        "answers" => "criteria",
        other => other,
    }
}
