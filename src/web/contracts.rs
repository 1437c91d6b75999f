//! Care contracts in the office: the facility's list (with accepted offers waiting for a
//! contract), a draft from an offer or for a child already in care, signing, hour and end-date
//! changes, ending; and the Bestandskinder import (upload → dry run with a per-row report →
//! all-or-nothing import as a background job).
//!
//! Who: the youth office (all facilities), provider administrators (their providers'
//! facilities), facility leads and staff (their facility). Anything outside that scope is 404.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::Connection;
use rocket::form::{Form, FromForm};
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::serde::json::Json;
use rocket::{get, post, put, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::account::{EmptyForm, FieldError};
use super::api::{municipality_for, ApiCaller, ApiError};
use super::audit;
use super::csrf::{CsrfForm, Upload, UploadOrigin};
use super::guards::{RequestId, Staff};
use super::ui::Ui;
use crate::db::schema::facilities;
use crate::domain::contract::{parse_date, parse_hours, validate_direct, Direct, DirectInput};
use crate::domain::roles::{facilities_with, Capability, Role};
use crate::error::{AppError, AppResult};
use crate::store::contracts::{self as store, Refusal};
use crate::store::imports;
use crate::App;

/// Contract work: the youth office, provider admins, facility leads and staff.
#[derive(Debug, Clone)]
pub struct ContractCap;
impl Capability for ContractCap {
    const ROLES: &'static [Role] = &[
        Role::YouthOffice,
        Role::ProviderAdmin,
        Role::FacilityLead,
        Role::FacilityStaff,
    ];
}

/// Guard: may work on contracts of some facilities (see [`scope`]).
pub type ContractKeeper = Staff<ContractCap>;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        list_page,
        from_offer,
        new_page,
        create,
        detail,
        sign,
        change_hours,
        change_end,
        end,
        save_note,
        import_page,
        upload,
        import_report,
        run_import,
        api_contracts,
        api_upsert_contract,
    ]
}

/// The facilities the user may keep contracts for: `None` = all of the tenant.
pub async fn scope(app: &App, staff: &ContractKeeper) -> AppResult<Option<Vec<String>>> {
    let tenant = staff.tenant.id.as_str().to_string();
    let grants = &staff.user.grants;
    if crate::domain::roles::allows_in_municipality(grants, &tenant, &[Role::YouthOffice]) {
        return Ok(None);
    }
    let mut ids: HashSet<String> = facilities_with(grants, &tenant, Role::FacilityLead)
        .into_iter()
        .chain(facilities_with(grants, &tenant, Role::FacilityStaff))
        .collect();
    if let Some(providers) = crate::domain::roles::facility_scope(grants, &tenant) {
        if !providers.is_empty() {
            let found: Vec<String> = app
                .db
                .run(move |c| {
                    Ok(facilities::table
                        .filter(facilities::municipality_id.eq(&tenant))
                        .filter(facilities::provider_id.eq_any(providers))
                        .select(facilities::id)
                        .load(c)?)
                })
                .await?;
            ids.extend(found);
        }
    }
    let mut ids: Vec<String> = ids.into_iter().collect();
    ids.sort();
    Ok(Some(ids))
}

fn in_scope(scope: &Option<Vec<String>>, facility: &str) -> bool {
    scope
        .as_ref()
        .is_none_or(|s| s.iter().any(|f| f == facility))
}

fn local(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// The facilities (id, name) of the scope, by name.
async fn scoped_facilities(
    app: &App,
    staff: &ContractKeeper,
    scope: &Option<Vec<String>>,
) -> AppResult<Vec<(String, String)>> {
    let tenant = staff.tenant.id.clone();
    let all = app
        .db
        .run(move |c| crate::store::facilities::names(c, &tenant))
        .await?;
    let mut out: Vec<(String, String)> = all
        .into_iter()
        .filter(|(id, _)| in_scope(scope, id))
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

fn contract_json(c: &store::Contract) -> Value {
    super::merge(
        json!(c),
        json!({
            "birth_local": local(c.birth_date),
            "start_local": local(c.start_date),
            "end_local": c.end_date.map(local),
        }),
    )
}

#[get("/<_>/office/contracts")]
async fn list_page(app: &State<Arc<App>>, staff: ContractKeeper, ui: Ui) -> AppResult<Template> {
    let scope = scope(app, &staff).await?;
    let tenant = staff.tenant.id.clone();
    let today = app.today();
    let s2 = scope.clone();
    let (contracts, awaiting) = app
        .db
        .run(move |c| {
            Ok((
                store::list(c, &tenant, s2.as_deref(), today)?,
                store::awaiting(c, &tenant, s2.as_deref())?,
            ))
        })
        .await?;
    let awaiting: Vec<Value> = awaiting
        .iter()
        .map(|a| {
            super::merge(
                json!(a),
                json!({ "birth_local": local(a.birth_date), "start_local": local(a.start_date) }),
            )
        })
        .collect();
    Ok(ui.render_in(
        &staff.tenant,
        "office/contracts",
        json!({
            "contracts": contracts.iter().map(contract_json).collect::<Vec<_>>(),
            "awaiting": awaiting,
            "all_facilities": scope.is_none(),
        }),
    ))
}

/// Hours for a contract from an offer without hours.
#[derive(Debug, FromForm)]
pub struct FromOfferForm {
    weekly_hours: Option<String>,
}

#[post("/<_>/office/contracts/offer/<offer>", data = "<form>")]
async fn from_offer(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    rid: RequestId,
    offer: &str,
    form: CsrfForm<FromOfferForm>,
) -> AppResult<Redirect> {
    let scope = scope(app, &staff).await?;
    // Hours only matter when the offer has none; 35 is the usual booking.
    let hours = match form.weekly_hours.as_deref().map(str::trim) {
        None | Some("") => 35,
        Some(raw) => parse_hours(raw).ok_or_else(|| {
            AppError::BadRequest("weekly hours must be a whole number 1–60".into())
        })?,
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    let offer = offer.to_string();
    let id = app
        .db
        .run(move |c| {
            c.transaction(|tx| {
                store::create_from_offer(tx, &tenant, &offer, scope.as_deref(), hours, &ctx)
            })
        })
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Redirect::to(format!(
        "/{}/office/contracts/{id}",
        staff.tenant.slug
    )))
}

#[get("/<_>/office/contracts/new")]
async fn new_page(app: &State<Arc<App>>, staff: ContractKeeper, ui: Ui) -> AppResult<Template> {
    let scope = scope(app, &staff).await?;
    let facilities = scoped_facilities(app, &staff, &scope).await?;
    Ok(ui.render_in(
        &staff.tenant,
        "office/contract_new",
        json!({ "facilities": facilities, "form": {}, "errors": [] }),
    ))
}

/// The form for a contract of a child already in care.
#[derive(Debug, FromForm, serde::Serialize)]
pub struct DirectForm {
    facility: String,
    first_names: String,
    last_name: String,
    birth_date: String,
    street: String,
    house_number: String,
    postal_code: String,
    city: String,
    guardian_first_names: String,
    guardian_last_name: String,
    start_date: String,
    end_date: String,
    weekly_hours: String,
}

/// Form errors: the field and its message key.
fn errors_of(fields: &[&'static str]) -> Vec<FieldError> {
    fields
        .iter()
        .map(|f| FieldError {
            field: f,
            key: match *f {
                "facility" => "contract-err-facility",
                "first_names" | "last_name" | "guardian" => "contract-err-name",
                "birth_date" => "contract-err-birth-date",
                "street" | "postal_code" => "contract-err-address",
                "start_date" => "contract-err-start",
                "end_date" => "contract-err-end",
                "weekly_hours" => "contract-err-hours",
                "overlap" => "contract-err-overlap",
                "state" => "contract-err-state",
                "offer_gone" => "contract-err-offer-gone",
                "use_offer" => "contract-err-use-offer",
                "note" => "contract-err-note",
                _ => "contract-err-outside",
            },
        })
        .collect()
}

#[post("/<_>/office/contracts", data = "<form>")]
async fn create(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<DirectForm>,
) -> AppResult<Result<Redirect, (Status, Template)>> {
    let scope = scope(app, &staff).await?;
    let facilities = scoped_facilities(app, &staff, &scope).await?;
    let f = form.into_inner();
    let mut bad: Vec<&'static str> = Vec::new();
    if !facilities.iter().any(|(id, _)| *id == f.facility) {
        bad.push("facility");
    }
    let checked = validate_direct(
        &DirectInput {
            first_names: &f.first_names,
            last_name: &f.last_name,
            birth_date: &f.birth_date,
            street: &f.street,
            house_number: &f.house_number,
            postal_code: &f.postal_code,
            city: &f.city,
            guardian_first_names: &f.guardian_first_names,
            guardian_last_name: &f.guardian_last_name,
            start_date: &f.start_date,
            end_date: &f.end_date,
            weekly_hours: &f.weekly_hours,
        },
        app.today(),
    );
    if let Err(e) = &checked {
        bad.extend(e.iter().map(|f| match *f {
            "guardian_first_names" | "guardian_last_name" => "guardian",
            other => other,
        }));
        bad.dedup();
    }
    let render_error = |status: Status, bad: &[&'static str]| {
        (
            status,
            ui.render_in(
                &staff.tenant,
                "office/contract_new",
                json!({ "facilities": facilities, "form": f, "errors": errors_of(bad) }),
            ),
        )
    };
    let (
        Ok(Direct {
            child,
            guardian: (g1, g2),
            terms,
        }),
        true,
    ) = (checked, bad.is_empty())
    else {
        return Ok(Err(render_error(Status::UnprocessableEntity, &bad)));
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    let facility = f.facility.clone();
    let result = app
        .db
        .run(move |c| {
            c.transaction(|tx| {
                let mut known = store::known_children(tx, &tenant)?;
                store::create_direct(
                    tx,
                    &tenant,
                    &facility,
                    &child,
                    (&g1, &g2),
                    terms,
                    None,
                    crate::domain::contract::Origin::Direct,
                    crate::domain::contract::ContractStatus::Draft,
                    &mut known,
                    &ctx,
                )
            })
        })
        .await?;
    Ok(Ok(Redirect::to(format!(
        "/{}/office/contracts/{result}",
        staff.tenant.slug
    ))))
}

/// Loads a contract of the tenant within the user's scope, or 404.
async fn contract_in_scope(
    app: &App,
    staff: &ContractKeeper,
    id: &str,
) -> AppResult<store::Contract> {
    let scope = scope(app, staff).await?;
    let (tenant, id, today) = (staff.tenant.id.clone(), id.to_string(), app.today());
    let found = app
        .db
        .run(move |c| store::get(c, &tenant, &id, today))
        .await?;
    found
        .filter(|c| in_scope(&scope, &c.facility_id))
        .ok_or(AppError::NotFound)
}

async fn render_detail(
    app: &App,
    staff: &ContractKeeper,
    ui: &Ui,
    id: &str,
    status: Status,
    errors: Vec<FieldError>,
) -> AppResult<(Status, Template)> {
    let contract = contract_in_scope(app, staff, id).await?;
    let id2 = id.to_string();
    let keys = app.field_keys()?;
    let (history, note) = app
        .db
        .run(move |c| {
            Ok((
                store::history(c, &id2)?,
                store::integration_note(c, &keys, &id2)?,
            ))
        })
        .await?;
    let history: Vec<Value> = history
        .iter()
        .map(|v| {
            super::merge(
                json!(v),
                json!({
                    "at_local": super::berlin_time(v.recorded_at),
                    "from_local": v.valid_from.map(local),
                    "end_local": v.end_date.map(local),
                }),
            )
        })
        .collect();
    Ok((
        status,
        ui.render_in(
            &staff.tenant,
            "office/contract",
            json!({
                "c": contract_json(&contract), "history": history, "errors": errors,
                "note": note.unwrap_or_default(),
            }),
        ),
    ))
}

#[get("/<_>/office/contracts/<id>", rank = 10)]
async fn detail(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    ui: Ui,
    rid: RequestId,
    id: &str,
) -> AppResult<Template> {
    let page = render_detail(app, &staff, &ui, id, Status::Ok, vec![]).await?;
    // Only a contract the page showed (of the staff member's facilities) is recorded.
    let (ctx, tenant, id) = (
        super::audit(app, &rid, Some(staff.user_id())),
        staff.tenant.id.clone(),
        id.to_string(),
    );
    app.db
        .run(move |c| crate::store::audit::read(c, &ctx, &tenant, "contract", &id))
        .await?;
    Ok(page.1)
}

type ActionResult = AppResult<Result<Flash<Redirect>, (Status, Template)>>;

/// A form of the detail page that cannot be read: the page again with `field` marked (404 for
/// a contract out of the staff member's scope).
async fn refuse(
    app: &App,
    staff: &ContractKeeper,
    ui: &Ui,
    id: &str,
    field: &'static str,
) -> ActionResult {
    contract_in_scope(app, staff, id).await?;
    render_detail(
        app,
        staff,
        ui,
        id,
        Status::UnprocessableEntity,
        errors_of(&[field]),
    )
    .await
    .map(Err)
}

/// Runs a contract change and answers with the detail page (redirect or error).
async fn act<F>(
    app: &App,
    staff: &ContractKeeper,
    ui: &Ui,
    rid: &RequestId,
    id: &str,
    change: F,
) -> ActionResult
where
    F: FnOnce(
            &mut crate::store::Conn,
            &crate::ids::TenantId,
            &crate::store::audit::AuditCtx,
        ) -> AppResult<Result<(), Refusal>>
        + Send
        + 'static,
{
    contract_in_scope(app, staff, id).await?;
    let ctx = audit(app, rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    let result = app
        .db
        .run(move |c| c.transaction(|tx| change(tx, &tenant, &ctx)))
        .await;
    let field = match result {
        Ok(Ok(())) => {
            return Ok(Ok(Flash::success(
                Redirect::to(format!("/{}/office/contracts/{id}", staff.tenant.slug)),
                "flash-saved",
            )))
        }
        Err(e) if store::is_overlap(&e) => "overlap",
        Err(e) => return Err(e),
        Ok(Err(refusal)) => refusal.code(),
    };
    let status = if matches!(field, "overlap" | "state" | "offer_gone" | "use_offer") {
        Status::Conflict
    } else {
        Status::UnprocessableEntity
    };
    render_detail(app, staff, ui, id, status, errors_of(&[field]))
        .await
        .map(Err)
}

#[post("/<_>/office/contracts/<id>/sign", rank = 10, data = "<_form>")]
async fn sign(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    ui: Ui,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> ActionResult {
    let id2 = id.to_string();
    act(app, &staff, &ui, &rid, id, move |tx, t, ctx| {
        store::sign(tx, t, &id2, ctx)
    })
    .await
}

/// An hours change.
#[derive(Debug, FromForm)]
pub struct HoursForm {
    valid_from: String,
    weekly_hours: String,
}

#[post("/<_>/office/contracts/<id>/hours", rank = 10, data = "<form>")]
async fn change_hours(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    ui: Ui,
    rid: RequestId,
    id: &str,
    form: CsrfForm<HoursForm>,
) -> ActionResult {
    let (Some(from), Some(hours)) = (
        parse_date(&form.valid_from),
        parse_hours(&form.weekly_hours),
    ) else {
        return refuse(app, &staff, &ui, id, "weekly_hours").await;
    };
    let id2 = id.to_string();
    act(app, &staff, &ui, &rid, id, move |tx, t, ctx| {
        store::change_hours(tx, t, &id2, from, hours, ctx)
    })
    .await
}

/// A new end date (empty: open-ended).
#[derive(Debug, FromForm)]
pub struct EndForm {
    end_date: String,
}

async fn end_action(
    app: &App,
    staff: &ContractKeeper,
    ui: &Ui,
    rid: &RequestId,
    id: &str,
    raw: &str,
    terminate: bool,
) -> ActionResult {
    let end = match raw.trim() {
        "" if !terminate => Some(None),
        r => parse_date(r).map(Some),
    };
    let Some(end) = end else {
        contract_in_scope(app, staff, id).await?;
        return render_detail(
            app,
            staff,
            ui,
            id,
            Status::UnprocessableEntity,
            errors_of(&["end_date"]),
        )
        .await
        .map(Err);
    };
    let id2 = id.to_string();
    act(app, staff, ui, rid, id, move |tx, t, ctx| {
        store::change_end(tx, t, &id2, end, terminate, ctx)
    })
    .await
}

#[post("/<_>/office/contracts/<id>/end-date", rank = 10, data = "<form>")]
async fn change_end(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    ui: Ui,
    rid: RequestId,
    id: &str,
    form: CsrfForm<EndForm>,
) -> ActionResult {
    end_action(app, &staff, &ui, &rid, id, &form.end_date, false).await
}

#[post("/<_>/office/contracts/<id>/end", rank = 10, data = "<form>")]
async fn end(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    ui: Ui,
    rid: RequestId,
    id: &str,
    form: CsrfForm<EndForm>,
) -> ActionResult {
    end_action(app, &staff, &ui, &rid, id, &form.end_date, true).await
}

/// Notes on integration assistance (empty: removed).
#[derive(Debug, FromForm)]
pub struct NoteForm {
    note: String,
}

/// Longest integration note accepted.
const MAX_NOTE: usize = 2000;

#[post("/<_>/office/contracts/<id>/note", rank = 10, data = "<form>")]
async fn save_note(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    ui: Ui,
    rid: RequestId,
    id: &str,
    form: CsrfForm<NoteForm>,
) -> ActionResult {
    let note = form.note.replace("\r\n", "\n").trim().to_string();
    if note.chars().count() > MAX_NOTE {
        return refuse(app, &staff, &ui, id, "note").await;
    }
    let keys = app.field_keys()?;
    let id2 = id.to_string();
    act(app, &staff, &ui, &rid, id, move |tx, t, ctx| {
        let note = (!note.is_empty()).then_some(note.as_str());
        store::set_integration_note(tx, &keys, t, &id2, note, ctx).map(Ok)
    })
    .await
}

// ------------------------------------------------------------------------------ import

#[get("/<_>/office/contracts/import")]
async fn import_page(staff: ContractKeeper, ui: Ui) -> Template {
    let columns: Vec<Value> = crate::domain::contract_import::COLUMNS
        .iter()
        .map(|(c, required)| json!({ "name": c, "required": required }))
        .collect();
    ui.render_in(
        &staff.tenant,
        "office/contract_import",
        json!({ "columns": columns }),
    )
}

#[post("/<_>/office/contracts/import", data = "<form>")]
async fn upload(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    origin: UploadOrigin,
    rid: RequestId,
    form: Form<Upload<'_>>,
) -> AppResult<Redirect> {
    let (name, bytes) = form.read(&origin).await?;
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    let id = app
        .db
        .run(move |c| imports::store_upload(c, &tenant, &name, &bytes, &ctx))
        .await?;
    Ok(Redirect::to(format!(
        "/{}/office/contracts/import/{id}",
        staff.tenant.slug
    )))
}

#[get("/<_>/office/contracts/import/<id>")]
async fn import_report(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    ui: Ui,
    id: &str,
) -> AppResult<Template> {
    let scope = scope(app, &staff).await?;
    let (tenant, id2, today) = (staff.tenant.id.clone(), id.to_string(), app.today());
    let report = app
        .db
        .run(move |c| imports::dry_run(c, &tenant, &id2, scope.as_deref(), today))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ui.render_in(
        &staff.tenant,
        "office/contract_import_report",
        json!({ "r": report, "id": id }),
    ))
}

#[post("/<_>/office/contracts/import/<id>", data = "<_form>")]
async fn run_import(
    app: &State<Arc<App>>,
    staff: ContractKeeper,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    let scope = scope(app, &staff).await?;
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let (tenant, id2, today) = (staff.tenant.id.clone(), id.to_string(), app.today());
    let queued = app
        .db
        .run(move |c| {
            c.transaction(|tx| imports::queue(tx, &tenant, &id2, scope.as_deref(), today, &ctx))
        })
        .await?;
    let report = format!("/{}/office/contracts/import/{id}", staff.tenant.slug);
    match queued {
        None => Err(AppError::NotFound),
        Some(false) => Ok(Flash::error(Redirect::to(report), "import-not-importable")),
        Some(true) => {
            app.jobs.notify();
            Ok(Flash::success(Redirect::to(report), "import-queued"))
        }
    }
}

// ------------------------------------------------------------------------------ API

/// Who may use the contracts API.
const API_ROLES: &[Role] = &[Role::YouthOffice, Role::MunicipalityAdmin];

/// The contracts of the municipality (for facility software keeping them in sync).
#[utoipa::path(
    tag = "contracts",
    params(("slug" = String, Path, description = "The municipality's URL slug")),
    responses(
        (status = 200, description = "Every contract of the municipality", body = ContractList),
        (status = 401, description = "No or an invalid bearer token", body = super::api::ErrorBody),
        (status = 404, description = "Unknown municipality or not the caller's", body = super::api::ErrorBody),
        (status = 429, description = "Rate limit; see `Retry-After`", body = super::api::ErrorBody),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/municipalities/<slug>/contracts")]
pub(crate) async fn api_contracts(
    app: &State<Arc<App>>,
    caller: ApiCaller,
    slug: &str,
) -> Result<Json<ContractList>, ApiError> {
    let caller = caller.get()?;
    let m = municipality_for(app, &caller, slug, API_ROLES).await?;
    let (tenant, today) = (crate::ids::MunicipalityId(m.id.clone()), app.today());
    let list = app
        .db
        .run(move |c| store::list(c, &tenant, None, today))
        .await?;
    Ok(Json(ContractList {
        municipality: super::api::MunicipalityRef::of(&m),
        contracts: list.iter().map(ContractOut::from).collect(),
    }))
}

/// The contracts of a municipality.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ContractList {
    /// The municipality.
    pub municipality: super::api::MunicipalityRef,
    /// Its contracts.
    pub contracts: Vec<ContractOut>,
}

/// A contract as the API shows it.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ContractOut {
    /// Id in kitaplatz.
    pub id: String,
    /// Id in the facility software, if it came from there.
    pub external_id: Option<String>,
    /// The facility.
    pub facility_id: String,
    /// The child.
    pub child: super::api_applications::ApplicationChild,
    /// `draft`, `signed` or `ended`.
    pub status: String,
    /// First day of care.
    pub start_date: NaiveDate,
    /// Last day of care, if set.
    pub end_date: Option<NaiveDate>,
    /// Weekly hours in force today.
    pub weekly_hours: Option<i32>,
}

impl From<&store::Contract> for ContractOut {
    fn from(c: &store::Contract) -> Self {
        Self {
            id: c.id.clone(),
            external_id: c.external_id.clone(),
            facility_id: c.facility_id.clone(),
            child: super::api_applications::ApplicationChild {
                first_names: c.first_names.clone(),
                last_name: c.last_name.clone(),
                birth_date: c.birth_date,
            },
            status: c.status.clone(),
            start_date: c.start_date,
            end_date: c.end_date,
            weekly_hours: c.weekly_hours,
        }
    }
}

/// The child in an API contract.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApiChild {
    /// First names.
    pub(crate) first_names: String,
    /// Last name.
    pub(crate) last_name: String,
    /// `YYYY-MM-DD`.
    pub(crate) birth_date: String,
    /// Street.
    pub(crate) street: String,
    /// House number.
    pub(crate) house_number: String,
    /// Postal code (five digits).
    pub(crate) postal_code: String,
    /// City.
    pub(crate) city: String,
}

/// A guardian in an API contract.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApiGuardian {
    /// First names.
    pub(crate) first_names: String,
    /// Last name.
    pub(crate) last_name: String,
}

/// A contract as the facility software sends it.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApiContract {
    /// The facility's id in kitaplatz.
    facility_id: String,
    /// The child.
    child: ApiChild,
    /// One guardian.
    guardian: ApiGuardian,
    /// First day of care, `YYYY-MM-DD`.
    start_date: String,
    /// Last day of care, `YYYY-MM-DD`, or null.
    end_date: Option<String>,
    /// Booked hours per week, 1–60.
    weekly_hours: u32,
}

/// Creates or updates the contract with this external id (the facility software's id): a new
/// one is signed; an existing one gets its end date and hours as new versions.
#[utoipa::path(
    tag = "contracts",
    params(
        ("slug" = String, Path, description = "The municipality's URL slug"),
        ("external_id" = String, Path, description = "The contract's id in the facility software (1–100 characters)"),
    ),
    request_body = ApiContract,
    responses(
        (status = 201, description = "Created (signed)", body = ContractOut),
        (status = 200, description = "Updated", body = ContractOut),
        (status = 400, description = "Malformed JSON", body = super::api::ErrorBody),
        (status = 401, description = "No or an invalid bearer token", body = super::api::ErrorBody),
        (status = 403, description = "Read-only token", body = super::api::ErrorBody),
        (status = 404, description = "Unknown municipality or not the caller's", body = super::api::ErrorBody),
        (status = 409, description = "Overlaps another signed contract of the child, the child holds an accepted offer, or facility/child/start would change", body = super::api::ErrorBody),
        (status = 413, description = "Body too large", body = super::api::ErrorBody),
        (status = 422, description = "Wrong types, unknown fields or invalid values", body = super::api::ErrorBody),
        (status = 429, description = "Rate limit; see `Retry-After`", body = super::api::ErrorBody),
    ),
    security(("bearer" = []))
)]
#[put(
    "/api/v1/municipalities/<slug>/contracts/<external_id>",
    data = "<body>"
)]
pub(crate) async fn api_upsert_contract(
    app: &State<Arc<App>>,
    caller: ApiCaller,
    rid: RequestId,
    slug: &str,
    external_id: &str,
    body: Json<ApiContract>,
) -> Result<(Status, Json<ContractOut>), ApiError> {
    let caller = caller.get()?;
    let m = municipality_for(app, &caller, slug, API_ROLES).await?;
    super::api::require_write(&caller)?;
    let external = external_id.trim();
    if external.is_empty()
        || external.chars().count() > 100
        || external.chars().any(char::is_control)
    {
        return Err(ApiError::new(
            Status::UnprocessableEntity,
            "invalid",
            "external_id: 1–100 characters",
        ));
    }
    let b = body.into_inner();
    let hours = b.weekly_hours.to_string();
    let checked = validate_direct(
        &DirectInput {
            first_names: &b.child.first_names,
            last_name: &b.child.last_name,
            birth_date: &b.child.birth_date,
            street: &b.child.street,
            house_number: &b.child.house_number,
            postal_code: &b.child.postal_code,
            city: &b.child.city,
            guardian_first_names: &b.guardian.first_names,
            guardian_last_name: &b.guardian.last_name,
            start_date: &b.start_date,
            end_date: b.end_date.as_deref().unwrap_or(""),
            weekly_hours: &hours,
        },
        app.today(),
    );
    let Direct {
        child,
        guardian: (g1, g2),
        terms,
    } = checked.map_err(|bad| {
        let mut fields: Vec<&str> = bad
            .iter()
            .map(|f| match *f {
                "first_names" | "last_name" | "birth_date" | "start_date" | "end_date"
                | "weekly_hours" => *f,
                "guardian_first_names" | "guardian_last_name" => "guardian",
                _ => "address",
            })
            .collect();
        fields.dedup();
        ApiError::new(
            Status::UnprocessableEntity,
            "invalid",
            format!("invalid fields: {}", fields.join(", ")),
        )
    })?;
    let input = store::ExternalContract {
        facility_id: b.facility_id,
        child,
        guardian: (g1, g2),
        terms,
    };
    let ctx = super::api::audit_ctx(app, &rid, &caller);
    let (tenant, today, external) = (
        crate::ids::MunicipalityId(m.id.clone()),
        app.today(),
        external.to_string(),
    );
    let result = app
        .db
        .run(move |c| {
            c.transaction(|tx| {
                let r = store::upsert_external(tx, &tenant, &external, &input, today, &ctx)?;
                let contract = match &r {
                    Ok((id, _)) => store::get(tx, &tenant, id, today)?,
                    Err(_) => None,
                };
                Ok((r, contract))
            })
        })
        .await;
    let conflict =
        |code: &'static str, message: &str| ApiError::new(Status::Conflict, code, message);
    match result {
        Ok((Ok((_, created)), Some(contract))) => Ok((
            if created { Status::Created } else { Status::Ok },
            Json(ContractOut::from(&contract)),
        )),
        Ok((Ok(_), None)) => Err(ApiError::not_found("contract")),
        Ok((Err(store::UpsertProblem::UnknownFacility), _)) => Err(ApiError::new(
            Status::UnprocessableEntity,
            "invalid",
            "invalid fields: facility_id",
        )),
        Ok((Err(store::UpsertProblem::Immutable), _)) => Err(conflict(
            "immutable",
            "facility, child and start of a contract cannot change; send a new external id",
        )),
        Ok((Err(store::UpsertProblem::Ended), _)) => {
            Err(conflict("ended", "the contract has ended"))
        }
        Ok((Err(store::UpsertProblem::Refused(r)), _)) => Err(conflict(r.code(), "refused")),
        Err(e) if store::is_overlap(&e) => Err(conflict(
            "contract_overlap",
            "the child has another signed contract in this period",
        )),
        Err(AppError::Conflict(c)) if c == "use_offer" => Err(conflict(
            "use_offer",
            "the child holds an accepted offer; make the contract from the offer",
        )),
        Err(e) => Err(e.into()),
    }
}
