//! The youth office maintains providers (Träger), facilities and licence periods.

use std::sync::Arc;

use chrono::NaiveDate;
use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::account::FieldError;
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{FacilityMaintainer, RequestId};
use super::ui::Ui;
use crate::domain::facility::{
    validate_facility, FacilityFields, FacilityKind, Licence, LicenceProblem, Places, ProviderKind,
};
use crate::error::{AppError, AppResult};
use crate::store::facilities;
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        list_page,
        create_provider,
        create_facility,
        edit_page,
        update_facility,
        add_licence
    ]
}

type FormResult = AppResult<Result<Flash<Redirect>, (Status, Template)>>;

/// Is facility `id` of the tenant and within the maintainer's providers?
async fn facility_in_scope(app: &App, staff: &FacilityMaintainer, id: &str) -> AppResult<bool> {
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    let found = app
        .db
        .run(move |conn| facilities::get(conn, &tenant, &id))
        .await?;
    Ok(found.is_some_and(|f| may_use_provider(staff, &f.provider_id)))
}

/// May this maintainer assign facilities to `provider`?
fn may_use_provider(staff: &FacilityMaintainer, provider: &str) -> bool {
    staff
        .facility_scope()
        .is_none_or(|s| s.iter().any(|p| p == provider))
}

fn errors_of(fields: &[&'static str]) -> Vec<FieldError> {
    fields
        .iter()
        .map(|f| FieldError {
            field: f,
            key: match *f {
                "name" => "err-f-name",
                "kind" => "err-f-kind",
                "street" | "house_number" | "city" => "err-f-address",
                "postal_code" => "err-f-postal-code",
                "latitude" => "err-f-coordinates",
                "phone" | "opening_hours" => "err-f-text",
                "email" => "err-email-invalid",
                "website" => "err-f-website",
                "care_hours" => "err-f-care-hours",
                "tags" => "err-f-tags",
                "provider" => "err-f-provider",
                "provider_name" => "err-name",
                "provider_kind" => "err-f-kind",
                "valid_from" => "err-l-from",
                "valid_to" => "err-l-to",
                "overlap" => "err-l-overlap",
                "reserved" => "err-l-reserved",
                "places" => "err-l-places",
                _ => "err-f-text",
            },
        })
        .collect()
}

async fn render_list(
    app: &App,
    staff: &FacilityMaintainer,
    ui: &Ui,
    status: Status,
    extra: Value,
) -> AppResult<(Status, Template)> {
    let tenant = staff.tenant.id.clone();
    let (providers, list) = app
        .db
        .run(move |conn| {
            Ok((
                facilities::providers(conn, &tenant)?,
                facilities::list(conn, &tenant)?,
            ))
        })
        .await?;
    let providers: Vec<_> = providers
        .into_iter()
        .filter(|p| may_use_provider(staff, &p.id))
        .collect();
    let list: Vec<_> = list
        .into_iter()
        .filter(|f| may_use_provider(staff, &f.provider_id))
        .collect();
    let ctx = json!({
        "providers": providers,
        "facilities": list,
        "provider_kinds": ProviderKind::ALL.iter().map(|k| k.code()).collect::<Vec<_>>(),
        "kinds": FacilityKind::ALL.iter().map(|k| k.code()).collect::<Vec<_>>(),
        "errors": [],
        "form": {},
    });
    let ctx = super::merge(ctx, extra);
    Ok((
        status,
        ui.render_in(&staff.tenant, "office/facilities", ctx),
    ))
}

#[get("/<_>/office/facilities", rank = 10)]
async fn list_page(
    app: &State<Arc<App>>,
    staff: FacilityMaintainer,
    ui: Ui,
) -> AppResult<(Status, Template)> {
    render_list(app, &staff, &ui, Status::Ok, json!({})).await
}

/// New provider.
#[derive(Debug, FromForm)]
pub struct ProviderForm {
    name: String,
    kind: String,
}

#[post("/<_>/office/providers", data = "<form>", rank = 10)]
async fn create_provider(
    app: &State<Arc<App>>,
    staff: FacilityMaintainer,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<ProviderForm>,
) -> FormResult {
    // Providers are created by the youth office only.
    if staff.facility_scope().is_some() {
        return Err(AppError::Forbidden);
    }
    let name = form.name.trim().to_string();
    let kind = ProviderKind::from_code(&form.kind);
    let mut bad = Vec::new();
    if name.is_empty() || name.chars().count() > 200 {
        bad.push("provider_name");
    }
    if kind.is_none() {
        bad.push("provider_kind");
    }
    let Some(kind) = kind.filter(|_| bad.is_empty()) else {
        return render_list(
            app,
            &staff,
            &ui,
            Status::UnprocessableEntity,
            json!({ "errors": errors_of(&bad) }),
        )
        .await
        .map(Err);
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    match app
        .db
        .run(move |conn| {
            conn.transaction(|tx| facilities::create_provider(tx, &tenant, &name, kind, &ctx))
        })
        .await
    {
        Ok(_) => Ok(Ok(Flash::success(
            Redirect::to(format!("/{}/office/facilities", staff.tenant.slug)),
            "flash-saved",
        ))),
        Err(AppError::Conflict(_)) => render_list(
            app,
            &staff,
            &ui,
            Status::Conflict,
            json!({ "errors": [FieldError { field: "provider_name", key: "err-provider-taken" }] }),
        )
        .await
        .map(Err),
        Err(e) => Err(e),
    }
}

/// Facility form (create and edit).
#[derive(Debug, FromForm)]
pub struct FacilityForm {
    provider: String,
    name: String,
    kind: String,
    street: String,
    house_number: String,
    postal_code: String,
    city: String,
    latitude: String,
    longitude: String,
    phone: String,
    email: String,
    website: String,
    opening_hours: String,
    care_hours: String,
    tags: String,
}

impl FacilityForm {
    fn fields(&self) -> FacilityFields<'_> {
        FacilityFields {
            provider_id: &self.provider,
            name: &self.name,
            kind: &self.kind,
            street: &self.street,
            house_number: &self.house_number,
            postal_code: &self.postal_code,
            city: &self.city,
            latitude: &self.latitude,
            longitude: &self.longitude,
            phone: &self.phone,
            email: &self.email,
            website: &self.website,
            opening_hours: &self.opening_hours,
            care_hours: &self.care_hours,
            tags: &self.tags,
        }
    }

    fn echo(&self) -> Value {
        json!({
            "provider_id": self.provider, "name": self.name, "kind": self.kind, "street": self.street,
            "house_number": self.house_number, "postal_code": self.postal_code, "city": self.city,
            "latitude": self.latitude, "longitude": self.longitude, "phone": self.phone,
            "email": self.email, "website": self.website, "opening_hours": self.opening_hours,
            "care_hours": self.care_hours, "tags": self.tags,
        })
    }
}

#[post("/<_>/office/facilities", data = "<form>", rank = 10)]
async fn create_facility(
    app: &State<Arc<App>>,
    staff: FacilityMaintainer,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<FacilityForm>,
) -> FormResult {
    let draft = match validate_facility(&form.fields()) {
        Ok(d) if !may_use_provider(&staff, &d.provider_id) => {
            return render_list(
                app,
                &staff,
                &ui,
                Status::UnprocessableEntity,
                json!({ "errors": errors_of(&["provider"]), "form": form.echo() }),
            )
            .await
            .map(Err)
        }
        Ok(d) => d,
        Err(bad) => {
            return render_list(
                app,
                &staff,
                &ui,
                Status::UnprocessableEntity,
                json!({ "errors": errors_of(&bad), "form": form.echo() }),
            )
            .await
            .map(Err)
        }
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    match app
        .db
        .run(move |conn| conn.transaction(|tx| facilities::create(tx, &tenant, &draft, &ctx)))
        .await
    {
        Ok(id) => Ok(Ok(Flash::success(Redirect::to(format!("/{}/office/facilities/{id}", staff.tenant.slug)), "flash-saved"))),
        Err(AppError::Conflict(_)) => {
            render_list(app, &staff, &ui, Status::Conflict, json!({ "errors": [FieldError { field: "name", key: "err-facility-taken" }], "form": form.echo() }))
                .await
                .map(Err)
        }
        Err(AppError::BadRequest(_)) => {
            render_list(app, &staff, &ui, Status::UnprocessableEntity, json!({ "errors": errors_of(&["provider"]), "form": form.echo() }))
                .await
                .map(Err)
        }
        Err(e) => Err(e),
    }
}

async fn render_edit(
    app: &App,
    staff: &FacilityMaintainer,
    ui: &Ui,
    id: &str,
    status: Status,
    extra: Value,
) -> AppResult<Option<(Status, Template)>> {
    let tenant = staff.tenant.id.clone();
    let id2 = id.to_string();
    let found = app
        .db
        .run(move |conn| {
            let Some(f) = facilities::get(conn, &tenant, &id2)? else {
                return Ok(None);
            };
            Ok(Some((
                f,
                facilities::providers(conn, &tenant)?,
                facilities::licences(conn, &tenant, Some(&id2))?,
                crate::store::allocation::catchment(conn, &tenant, &id2)?.unwrap_or_default(),
            )))
        })
        .await?;
    let Some((facility, providers, licences, catchment)) = found else {
        return Ok(None);
    };
    if !may_use_provider(staff, &facility.provider_id) {
        return Ok(None);
    }
    let providers: Vec<_> = providers
        .into_iter()
        .filter(|p| may_use_provider(staff, &p.id))
        .collect();
    let form = json!({
        "provider_id": facility.provider_id, "name": facility.name, "kind": facility.kind,
        "street": facility.street, "house_number": facility.house_number, "postal_code": facility.postal_code,
        "city": facility.city,
        "latitude": facility.latitude_e6.map(|v| format!("{:.6}", v as f64 / 1e6)).unwrap_or_default(),
        "longitude": facility.longitude_e6.map(|v| format!("{:.6}", v as f64 / 1e6)).unwrap_or_default(),
        "phone": facility.phone, "email": facility.email, "website": facility.website,
        "opening_hours": facility.opening_hours, "care_hours": facility.care_hours.replace(',', ", "),
        "tags": facility.tags.replace(',', ", "),
    });
    let ctx = json!({
        "facility": facility,
        "providers": providers,
        "licences": licences.into_iter().map(|(_, l)| l).collect::<Vec<_>>(),
        "kinds": FacilityKind::ALL.iter().map(|k| k.code()).collect::<Vec<_>>(),
        "errors": [],
        "form": form,
        "licence_form": {},
        "catchment": catchment,
        // The catchment area is the youth office's planning decision, not the provider's.
        "may_set_catchment": staff.facility_scope().is_none(),
    });
    let ctx = super::merge(ctx, extra);
    Ok(Some((
        status,
        ui.render_in(&staff.tenant, "office/facility", ctx),
    )))
}

#[get("/<_>/office/facilities/<id>", rank = 10)]
async fn edit_page(
    app: &State<Arc<App>>,
    staff: FacilityMaintainer,
    ui: Ui,
    id: &str,
) -> AppResult<Option<(Status, Template)>> {
    render_edit(app, &staff, &ui, id, Status::Ok, json!({})).await
}

#[post("/<_>/office/facilities/<id>", data = "<form>", rank = 10)]
async fn update_facility(
    app: &State<Arc<App>>,
    staff: FacilityMaintainer,
    ui: Ui,
    rid: RequestId,
    id: &str,
    form: CsrfForm<FacilityForm>,
) -> FormResult {
    if !facility_in_scope(app, &staff, id).await? {
        return Err(AppError::NotFound);
    }
    let draft = match validate_facility(&form.fields()) {
        Ok(d) if !may_use_provider(&staff, &d.provider_id) => {
            return render_edit(
                app,
                &staff,
                &ui,
                id,
                Status::UnprocessableEntity,
                json!({ "errors": errors_of(&["provider"]), "form": form.echo() }),
            )
            .await?
            .ok_or(AppError::NotFound)
            .map(Err)
        }
        Ok(d) => d,
        Err(bad) => {
            return render_edit(
                app,
                &staff,
                &ui,
                id,
                Status::UnprocessableEntity,
                json!({ "errors": errors_of(&bad), "form": form.echo() }),
            )
            .await?
            .ok_or(AppError::NotFound)
            .map(Err)
        }
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    let id2 = id.to_string();
    match app
        .db
        .run(move |conn| conn.transaction(|tx| facilities::update(tx, &tenant, &id2, &draft, &ctx)))
        .await
    {
        Ok(()) => Ok(Ok(Flash::success(Redirect::to(format!("/{}/office/facilities/{id}", staff.tenant.slug)), "flash-saved"))),
        Err(AppError::Conflict(_)) => render_edit(app, &staff, &ui, id, Status::Conflict, json!({ "errors": [FieldError { field: "name", key: "err-facility-taken" }], "form": form.echo() }))
            .await?
            .ok_or(AppError::NotFound)
            .map(Err),
        Err(AppError::BadRequest(_)) => render_edit(app, &staff, &ui, id, Status::UnprocessableEntity, json!({ "errors": errors_of(&["provider"]), "form": form.echo() }))
            .await?
            .ok_or(AppError::NotFound)
            .map(Err),
        Err(e) => Err(e),
    }
}

/// New licence period.
#[derive(Debug, FromForm)]
pub struct LicenceForm {
    valid_from: String,
    valid_to: String,
    places_u2: String,
    places_u3: String,
    places_ue3: String,
    places_hort: String,
    reserved_u2: String,
    reserved_u3: String,
    reserved_ue3: String,
    reserved_hort: String,
}

fn count(raw: &str) -> Option<i32> {
    let t = raw.trim();
    if t.is_empty() {
        Some(0)
    } else {
        t.parse::<i32>().ok().filter(|n| (0..=10_000).contains(n))
    }
}

fn parse_licence(f: &LicenceForm) -> Result<Licence, Vec<&'static str>> {
    let mut bad = Vec::new();
    let from = NaiveDate::parse_from_str(f.valid_from.trim(), "%Y-%m-%d").ok();
    if from.is_none() {
        bad.push("valid_from");
    }
    let to = match f.valid_to.trim() {
        "" => Some(None),
        t => NaiveDate::parse_from_str(t, "%Y-%m-%d").ok().map(Some),
    };
    if to.is_none() {
        bad.push("valid_to");
    }
    let nums: Vec<Option<i32>> = [
        &f.places_u2,
        &f.places_u3,
        &f.places_ue3,
        &f.places_hort,
        &f.reserved_u2,
        &f.reserved_u3,
        &f.reserved_ue3,
        &f.reserved_hort,
    ]
    .iter()
    .map(|s| count(s))
    .collect();
    if nums.iter().any(Option::is_none) {
        bad.push("places");
    }
    match (from, to, bad.is_empty()) {
        (Some(valid_from), Some(valid_to), true) => {
            let n: Vec<i32> = nums.into_iter().map(|n| n.unwrap_or(0)).collect();
            Ok(Licence {
                valid_from,
                valid_to,
                places: Places {
                    u2: n[0],
                    u3: n[1],
                    ue3: n[2],
                    hort: n[3],
                },
                reserved: Places {
                    u2: n[4],
                    u3: n[5],
                    ue3: n[6],
                    hort: n[7],
                },
            })
        }
        _ => Err(bad),
    }
}

#[post("/<_>/office/facilities/<id>/licences", data = "<form>", rank = 10)]
async fn add_licence(
    app: &State<Arc<App>>,
    staff: FacilityMaintainer,
    ui: Ui,
    rid: RequestId,
    id: &str,
    form: CsrfForm<LicenceForm>,
) -> FormResult {
    if !facility_in_scope(app, &staff, id).await? {
        return Err(AppError::NotFound);
    }
    let echo = json!({
        "valid_from": form.valid_from, "valid_to": form.valid_to,
        "places_u2": form.places_u2, "places_u3": form.places_u3, "places_ue3": form.places_ue3, "places_hort": form.places_hort,
        "reserved_u2": form.reserved_u2, "reserved_u3": form.reserved_u3, "reserved_ue3": form.reserved_ue3, "reserved_hort": form.reserved_hort,
    });
    let licence = match parse_licence(&form) {
        Ok(l) => l,
        Err(bad) => {
            return render_edit(
                app,
                &staff,
                &ui,
                id,
                Status::UnprocessableEntity,
                json!({ "errors": errors_of(&bad), "licence_form": echo }),
            )
            .await?
            .ok_or(AppError::NotFound)
            .map(Err)
        }
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    let id2 = id.to_string();
    let result = app
        .db
        .run(move |conn| {
            conn.transaction(|tx| facilities::add_licence(tx, &tenant, &id2, &licence, &ctx))
        })
        .await?;
    match result {
        Ok(()) => Ok(Ok(Flash::success(
            Redirect::to(format!("/{}/office/facilities/{id}", staff.tenant.slug)),
            "flash-saved",
        ))),
        Err(problem) => {
            let field = match problem {
                LicenceProblem::EndsBeforeStart => "valid_to",
                LicenceProblem::Overlap => "overlap",
                LicenceProblem::ReservedAboveLicensed => "reserved",
                LicenceProblem::Negative | LicenceProblem::Empty => "places",
            };
            let status = if problem == LicenceProblem::Overlap {
                Status::Conflict
            } else {
                Status::UnprocessableEntity
            };
            render_edit(
                app,
                &staff,
                &ui,
                id,
                status,
                json!({ "errors": errors_of(&[field]), "licence_form": echo }),
            )
            .await?
            .ok_or(AppError::NotFound)
            .map(Err)
        }
    }
}
