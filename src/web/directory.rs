//! The public facility directory of a municipality (no login, no personal data), as HTML and
//! as JSON (`GET /api/v1/municipalities/{slug}/facilities`).

use std::sync::Arc;

use chrono::NaiveDate;
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{get, routes, Route, State};
use rocket_dyn_templates::Template;
use serde::Serialize;
use serde_json::{json, Value};

use super::guards::Tenant;
use super::ui::Ui;
use crate::domain::category::PlaceCategory;
use crate::domain::facility::{licence_at, FacilityKind, Licence};
use crate::error::AppResult;
use crate::ids::{MunicipalityId, TenantId};
use crate::store::facilities::{self, Facility, Provider};
use crate::store::tenants;
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![directory, facility_detail, api_facilities]
}

/// Licensed places of one category (for the directory and the API).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CategoryPlaces {
    /// `U2`, `U3`, `UE3`, `HORT`.
    pub category: &'static str,
    /// Licensed places (including reserved ones).
    pub licensed_places: i32,
}

/// A facility as the public sees it.
#[derive(Debug, Clone, Serialize)]
pub struct PublicFacility {
    /// Opaque id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind code.
    pub kind: String,
    /// Provider name.
    pub provider: String,
    /// Address.
    pub address: PublicAddress,
    /// Categories with licensed places today.
    pub categories: Vec<CategoryPlaces>,
    /// Weekly care-hour options.
    pub care_hours: Vec<u32>,
    /// Profile tags.
    pub tags: Vec<String>,
    /// Opening hours.
    pub opening_hours: String,
    /// Phone.
    pub phone: String,
    /// Contact e-mail of the facility.
    pub email: String,
    /// Website.
    pub website: String,
    /// Coordinates (decimal degrees).
    pub coordinates: Option<(f64, f64)>,
}

/// A postal address.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublicAddress {
    /// Street.
    pub street: String,
    /// House number.
    pub house_number: String,
    /// Postal code.
    pub postal_code: String,
    /// City.
    pub city: String,
}

fn public_view(
    f: Facility,
    providers: &[Provider],
    licences: &[(String, Licence)],
    today: NaiveDate,
) -> PublicFacility {
    let own: Vec<Licence> = licences
        .iter()
        .filter(|(id, _)| *id == f.id)
        .map(|(_, l)| l.clone())
        .collect();
    let categories = licence_at(&own, today)
        .map(|l| {
            PlaceCategory::ALL
                .iter()
                .filter(|c| l.places.of(**c) > 0)
                .map(|c| CategoryPlaces {
                    category: c.code(),
                    licensed_places: l.places.of(*c),
                })
                .collect()
        })
        .unwrap_or_default();
    let care_hours = f.care_hour_list();
    let tags = f.tag_list();
    PublicFacility {
        provider: providers
            .iter()
            .find(|p| p.id == f.provider_id)
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        coordinates: f
            .latitude_e6
            .zip(f.longitude_e6)
            .map(|(a, b)| (a as f64 / 1e6, b as f64 / 1e6)),
        address: PublicAddress {
            street: f.street,
            house_number: f.house_number,
            postal_code: f.postal_code,
            city: f.city,
        },
        id: f.id,
        name: f.name,
        kind: f.kind,
        categories,
        care_hours,
        tags,
        opening_hours: f.opening_hours,
        phone: f.phone,
        email: f.email,
        website: f.website,
    }
}

/// All facilities of a tenant as the public sees them today.
/// With `only`, just that facility (no need to build the whole directory for one page).
async fn public_facilities(
    app: &App,
    tenant: TenantId,
    only: Option<String>,
) -> AppResult<Vec<PublicFacility>> {
    let today = app.clock.now().date_naive();
    app.db
        .run(move |conn| {
            let providers = facilities::providers(conn, &tenant)?;
            let licences = facilities::licences(conn, &tenant, only.as_deref())?;
            let list = match &only {
                Some(id) => facilities::get(conn, &tenant, id)?.into_iter().collect(),
                None => facilities::list(conn, &tenant)?,
            };
            Ok(list
                .into_iter()
                .map(|f| public_view(f, &providers, &licences, today))
                .collect())
        })
        .await
}

/// Directory filters.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Filter {
    kind: String,
    category: String,
    hours: String,
    tag: String,
}

fn matches(f: &PublicFacility, filter: &Filter) -> bool {
    (filter.kind.is_empty() || f.kind == filter.kind)
        && (filter.category.is_empty()
            || f.categories.iter().any(|c| c.category == filter.category))
        && (filter.hours.is_empty()
            || filter
                .hours
                .parse::<u32>()
                .is_ok_and(|h| f.care_hours.contains(&h)))
        && (filter.tag.is_empty() || f.tags.contains(&filter.tag))
}

#[get("/<_>/kitas?<kind>&<category>&<hours>&<tag>", rank = 10)]
async fn directory(
    app: &State<Arc<App>>,
    tenant: Tenant,
    ui: Ui,
    kind: Option<String>,
    category: Option<String>,
    hours: Option<String>,
    tag: Option<String>,
) -> AppResult<Template> {
    let all = public_facilities(app, tenant.id.clone(), None).await?;
    let filter = Filter {
        kind: kind.unwrap_or_default(),
        category: category.unwrap_or_default(),
        hours: hours.unwrap_or_default(),
        tag: tag.unwrap_or_default(),
    };
    let mut hour_options: Vec<u32> = all.iter().flat_map(|f| f.care_hours.clone()).collect();
    hour_options.sort_unstable();
    hour_options.dedup();
    let mut tag_options: Vec<String> = all.iter().flat_map(|f| f.tags.clone()).collect();
    tag_options.sort();
    tag_options.dedup();
    let shown: Vec<&PublicFacility> = all.iter().filter(|f| matches(f, &filter)).collect();
    Ok(ui.render_in(
        &tenant,
        "public/directory",
        json!({
            "facilities": shown,
            "total": all.len(),
            "filter": filter,
            "kinds": FacilityKind::ALL.iter().map(|k| k.code()).collect::<Vec<_>>(),
            "categories": PlaceCategory::ALL.iter().map(|c| c.code()).collect::<Vec<_>>(),
            "hour_options": hour_options,
            "tag_options": tag_options,
        }),
    ))
}

#[get("/<_>/kitas/<id>", rank = 10)]
async fn facility_detail(
    app: &State<Arc<App>>,
    tenant: Tenant,
    ui: Ui,
    id: &str,
) -> AppResult<Option<Template>> {
    let found = public_facilities(app, tenant.id.clone(), Some(id.to_string())).await?;
    Ok(found
        .into_iter()
        .next()
        .map(|f| ui.render_in(&tenant, "public/facility", json!({ "facility": f }))))
}

/// JSON API error body (DESIGN.md §6.3).
pub fn api_error(status: Status, code: &str, message: &str) -> (Status, Json<Value>) {
    (
        status,
        Json(json!({ "error": { "code": code, "message": message } })),
    )
}

/// The public facility directory of a municipality (no login).
#[utoipa::path(
    tag = "facilities",
    params(("slug" = String, Path, description = "The municipality's URL slug, e.g. `musterstadt`")),
    responses(
        (status = 200, description = "The municipality and its facilities with categories, care hours and tags", body = FacilityDirectory),
        (status = 404, description = "No municipality with this slug", body = super::api::ErrorBody),
    )
)]
#[get("/api/v1/municipalities/<slug>/facilities")]
pub(crate) async fn api_facilities(
    app: &State<Arc<App>>,
    slug: &str,
) -> Result<Json<FacilityDirectory>, (Status, Json<Value>)> {
    let slug = slug.to_string();
    let found = app
        .db
        .run(move |conn| tenants::municipality_by_slug(conn, &slug))
        .await
        .map_err(|_| {
            api_error(
                Status::ServiceUnavailable,
                "unavailable",
                "database unavailable",
            )
        })?;
    let Some(m) = found else {
        return Err(api_error(
            Status::NotFound,
            "municipality_not_found",
            "no municipality with this slug",
        ));
    };
    let list = public_facilities(app, MunicipalityId(m.id.clone()), None)
        .await
        .map_err(|_| {
            api_error(
                Status::ServiceUnavailable,
                "unavailable",
                "database unavailable",
            )
        })?;
    Ok(Json(FacilityDirectory {
        municipality: DirectoryMunicipality {
            slug: m.slug,
            name: m.name,
            ags: m.ags,
        },
        facilities: list
            .into_iter()
            .map(|f| DirectoryFacility {
                id: f.id,
                name: f.name,
                kind: f.kind,
                address: f.address,
                categories: f.categories,
                care_hours: f.care_hours,
                tags: f.tags,
            })
            .collect(),
    }))
}

/// The public directory of a municipality.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FacilityDirectory {
    /// The municipality.
    pub municipality: DirectoryMunicipality,
    /// Its facilities.
    pub facilities: Vec<DirectoryFacility>,
}

/// The municipality of a directory.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DirectoryMunicipality {
    /// URL slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Amtlicher Gemeindeschlüssel.
    pub ags: String,
}

/// A facility in the directory.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DirectoryFacility {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind code (`kita`, `krippe`, `hort`, …).
    pub kind: String,
    /// Address.
    pub address: PublicAddress,
    /// Categories with licensed places today.
    pub categories: Vec<CategoryPlaces>,
    /// Weekly care-hour options.
    pub care_hours: Vec<u32>,
    /// Profile tags.
    pub tags: Vec<String>,
}
