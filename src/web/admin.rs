//! The operator's pages: districts, municipalities and their first administrators.

use std::sync::Arc;

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
use super::guards::{Operator, RequestId};
use super::ui::Ui;
use crate::domain::account::normalize_email;
use crate::domain::roles::{Role, Scope};
use crate::domain::tenant::{validate_ags, validate_slug, AgsError, Bundesland};
use crate::error::{AppError, AppResult};
use crate::ids::DistrictId;
use crate::invitations::{self, Invitation};
use crate::store::tenants::{self, NewMunicipality};
use crate::store::users;
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        admin_home,
        create_district,
        create_municipality,
        invite_user
    ]
}

fn field(field: &'static str, key: &'static str) -> FieldError {
    FieldError { field, key }
}

async fn render_home(
    app: &App,
    ui: &Ui,
    status: Status,
    extra: Value,
) -> AppResult<(Status, Template)> {
    let (districts, municipalities, staff) = app
        .db
        .run(|conn| {
            Ok((
                tenants::list_districts(conn)?,
                tenants::list_municipalities(conn)?,
                users::all_staff(conn)?,
            ))
        })
        .await?;
    let lands: Vec<(&str, &str)> = Bundesland::ALL
        .iter()
        .map(|b| (b.code(), b.name()))
        .collect();
    let ctx = json!({
        "districts": districts,
        "municipalities": municipalities,
        "staff": staff,
        "lands": lands,
        "errors": [],
        "form": {},
    });
    let ctx = super::merge(ctx, extra);
    Ok(ui.render_status(status, "admin/home", ctx))
}

#[get("/admin")]
async fn admin_home(app: &State<Arc<App>>, _op: Operator, ui: Ui) -> AppResult<(Status, Template)> {
    render_home(app, &ui, Status::Ok, json!({})).await
}

type FormResult = AppResult<Result<Flash<Redirect>, (Status, Template)>>;

/// New district.
#[derive(Debug, FromForm)]
pub struct DistrictForm {
    slug: String,
    name: String,
}

#[post("/admin/districts", data = "<form>")]
async fn create_district(
    app: &State<Arc<App>>,
    op: Operator,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<DistrictForm>,
) -> FormResult {
    let mut errors = Vec::new();
    let slug = validate_slug(&form.slug);
    if slug.is_none() {
        errors.push(field("district_slug", "err-slug"));
    }
    let name = form.name.trim().to_string();
    if name.is_empty() || name.len() > 200 {
        errors.push(field("district_name", "err-name"));
    }
    let Some(slug) = slug.filter(|_| errors.is_empty()) else {
        return render_home(app, &ui, Status::UnprocessableEntity, json!({ "errors": errors, "form": { "district_slug": form.slug, "district_name": form.name } }))
            .await
            .map(Err);
    };
    let ctx = audit(app, &rid, Some(op.user_id()));
    let result = app
        .db
        .run(move |conn| conn.transaction(|tx| tenants::create_district(tx, &slug, &name, &ctx)))
        .await;
    match result {
        Ok(_) => Ok(Ok(Flash::success(Redirect::to("/admin"), "flash-saved"))),
        Err(AppError::Conflict(_)) => render_home(app, &ui, Status::Conflict, json!({ "errors": [field("district_slug", "err-slug-taken")], "form": { "district_slug": form.slug, "district_name": form.name } }))
            .await
            .map(Err),
        Err(e) => Err(e),
    }
}

/// New municipality.
#[derive(Debug, FromForm)]
pub struct MunicipalityForm {
    district: String,
    slug: String,
    name: String,
    ags: String,
    bundesland: String,
}

#[post("/admin/municipalities", data = "<form>")]
async fn create_municipality(
    app: &State<Arc<App>>,
    op: Operator,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<MunicipalityForm>,
) -> FormResult {
    let form = form.into_inner();
    let mut errors = Vec::new();
    let slug = validate_slug(&form.slug);
    if slug.is_none() {
        errors.push(field("m_slug", "err-slug"));
    }
    let name = form.name.trim().to_string();
    if name.is_empty() || name.len() > 200 {
        errors.push(field("m_name", "err-name"));
    }
    let land = Bundesland::from_code(&form.bundesland);
    if land.is_none() {
        errors.push(field("m_bundesland", "err-bundesland"));
    }
    let ags = match land.map(|l| validate_ags(&form.ags, l)) {
        Some(Ok(a)) => Some(a),
        Some(Err(AgsError::WrongLand)) => {
            errors.push(field("m_ags", "err-ags-land"));
            None
        }
        Some(Err(_)) | None => {
            errors.push(field("m_ags", "err-ags"));
            None
        }
    };
    let district = form.district.clone();
    let district_ok = app
        .db
        .run(move |conn| {
            Ok(tenants::list_districts(conn)?
                .iter()
                .any(|d| d.id == district))
        })
        .await?;
    if !district_ok {
        errors.push(field("m_district", "err-district"));
    }
    let echo = json!({ "m_slug": form.slug, "m_name": form.name, "m_ags": form.ags, "m_bundesland": form.bundesland, "m_district": form.district });
    let (Some(slug), Some(land), Some(ags), true) = (slug, land, ags, errors.is_empty()) else {
        return render_home(
            app,
            &ui,
            Status::UnprocessableEntity,
            json!({ "errors": errors, "form": echo }),
        )
        .await
        .map(Err);
    };
    let new = NewMunicipality {
        district: DistrictId(form.district.clone()),
        slug,
        name,
        ags,
        bundesland: land,
    };
    let ctx = audit(app, &rid, Some(op.user_id()));
    match app
        .db
        .run(move |conn| conn.transaction(|tx| tenants::create_municipality(tx, &new, &ctx)))
        .await
    {
        Ok(_) => Ok(Ok(Flash::success(Redirect::to("/admin"), "flash-saved"))),
        Err(AppError::Conflict(_)) => render_home(
            app,
            &ui,
            Status::Conflict,
            json!({ "errors": [field("m_slug", "err-slug-or-ags-taken")], "form": echo }),
        )
        .await
        .map(Err),
        Err(e) => Err(e),
    }
}

/// Invite an administrator or district official.
#[derive(Debug, FromForm)]
pub struct UserForm {
    email: String,
    /// `municipality_admin` (scope: a municipality id) or `district_official` (a district id).
    role: String,
    scope: String,
}

#[post("/admin/users", data = "<form>")]
async fn invite_user(
    app: &State<Arc<App>>,
    op: Operator,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<UserForm>,
) -> FormResult {
    let form = form.into_inner();
    let mut errors = Vec::new();
    let email = normalize_email(&form.email);
    if email.is_none() {
        errors.push(field("u_email", "err-email-invalid"));
    }
    let role = Role::from_code(&form.role)
        .filter(|r| matches!(r, Role::MunicipalityAdmin | Role::DistrictOfficial));
    let scope_id = form.scope.clone();
    let scope = app
        .db
        .run(move |conn| {
            Ok(match role {
                Some(Role::MunicipalityAdmin) => tenants::municipality(conn, &scope_id)?.map(|m| {
                    (
                        Scope::Municipality {
                            municipality: m.id,
                            facility: None,
                            provider: None,
                        },
                        m.name,
                    )
                }),
                Some(Role::DistrictOfficial) => tenants::list_districts(conn)?
                    .into_iter()
                    .find(|d| d.id == scope_id)
                    .map(|d| (Scope::District(d.id), d.name)),
                _ => None,
            })
        })
        .await?;
    if role.is_none() || scope.is_none() {
        errors.push(field("u_scope", "err-role-scope"));
    }
    let (Some(email), Some(role), Some((scope, scope_name)), true) =
        (email, role, scope, errors.is_empty())
    else {
        return render_home(
            app,
            &ui,
            Status::UnprocessableEntity,
            json!({ "errors": errors, "form": { "u_email": form.email } }),
        )
        .await
        .map(Err);
    };
    let invitation = Invitation {
        email,
        role,
        scope,
        scope_name,
        lang: ui.lang.to_string(),
        base_url: app.config.public_url.trim_end_matches('/').to_string(),
    };
    let ctx = audit(app, &rid, Some(op.user_id()));
    app.db
        .run(move |conn| conn.transaction(|tx| invitations::invite(tx, &invitation, &ctx)))
        .await?;
    Ok(Ok(Flash::success(Redirect::to("/admin"), "flash-invited")))
}
