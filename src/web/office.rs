//! The Verwaltungsportal of a municipality: office landing page, staff accounts, settings,
//! audit log.

use std::sync::Arc;

use chrono::NaiveDate;
use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::json;

use super::account::{EmptyForm, FieldError};
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{MunicipalityAdmin, OfficeStaff, RequestId};
use super::ui::Ui;
use crate::domain::account::normalize_email;
use crate::domain::roles::{Role, Scope};
use crate::domain::tenant::{validate_settings, MODULES};
use crate::error::{AppError, AppResult};
use crate::invitations::{self, Invitation};
use crate::store::audit::AuditFilter;
use crate::store::{audit as audit_store, tenants, users};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        office_home,
        users_page,
        invite_staff,
        disable_membership,
        enable_membership,
        settings_page,
        save_settings,
        audit_page
    ]
}

#[get("/<_>/office", rank = 10)]
async fn office_home(staff: OfficeStaff, ui: Ui) -> Template {
    let roles: Vec<&str> = staff
        .user
        .grants
        .iter()
        .filter(|g| matches!(&g.scope, Scope::Municipality { municipality, .. } if municipality == staff.tenant.id.as_str()))
        .map(|g| g.role.code())
        .collect();
    ui.render_in(&staff.tenant, "office/home", json!({ "roles": roles }))
}

// ---------------------------------------------------------------- staff accounts

async fn render_users(
    app: &App,
    admin: &MunicipalityAdmin,
    ui: &Ui,
    errors: Vec<FieldError>,
    email: &str,
) -> AppResult<Template> {
    let tenant = admin.tenant.id.clone();
    let staff = app
        .db
        .run(move |conn| users::staff_of(conn, &tenant))
        .await?;
    let roles: Vec<&str> = Role::MUNICIPALITY_STAFF.iter().map(|r| r.code()).collect();
    let tenant = admin.tenant.id.clone();
    let providers = app
        .db
        .run(move |conn| crate::store::facilities::providers(conn, &tenant))
        .await?;
    let tenant = admin.tenant.id.clone();
    let mut facilities: Vec<(String, String)> = app
        .db
        .run(move |conn| crate::store::facilities::names(conn, &tenant))
        .await?
        .into_iter()
        .collect();
    facilities.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(ui.render_in(
        &admin.tenant,
        "office/users",
        json!({ "staff": staff, "roles": roles, "errors": errors, "email": email,
                "providers": providers, "facilities": facilities }),
    ))
}

#[get("/<_>/admin/users", rank = 10)]
async fn users_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
) -> AppResult<Template> {
    render_users(app, &admin, &ui, vec![], "").await
}

/// Invite form.
#[derive(Debug, FromForm)]
pub struct InviteForm {
    email: String,
    role: String,
    /// Provider, for provider administrators.
    provider: Option<String>,
    /// Facility, for facility leads and staff.
    facility: Option<String>,
}

#[post("/<_>/admin/users", data = "<form>", rank = 10)]
async fn invite_staff(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<InviteForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let mut errors = Vec::new();
    let email = normalize_email(&form.email);
    if email.is_none() {
        errors.push(FieldError {
            field: "email",
            key: "err-email-invalid",
        });
    }
    let role = Role::from_code(&form.role).filter(|r| Role::MUNICIPALITY_STAFF.contains(r));
    if role.is_none() {
        errors.push(FieldError {
            field: "role",
            key: "err-role-invalid",
        });
    }
    let provider = form
        .provider
        .clone()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty());
    let provider = if role == Some(Role::ProviderAdmin) {
        let tenant = admin.tenant.id.clone();
        let providers = app
            .db
            .run(move |conn| crate::store::facilities::providers(conn, &tenant))
            .await?;
        let found = provider.filter(|p| providers.iter().any(|x| x.id == *p));
        if found.is_none() {
            errors.push(FieldError {
                field: "provider",
                key: "err-f-provider",
            });
        }
        found
    } else {
        None
    };
    let facility = form
        .facility
        .clone()
        .map(|f| f.trim().to_string())
        .filter(|f| !f.is_empty());
    let facility = if matches!(role, Some(Role::FacilityLead | Role::FacilityStaff)) {
        let tenant = admin.tenant.id.clone();
        let names = app
            .db
            .run(move |conn| crate::store::facilities::names(conn, &tenant))
            .await?;
        let found = facility.filter(|f| names.contains_key(f));
        if found.is_none() {
            errors.push(FieldError {
                field: "facility",
                key: "err-users-facility",
            });
        }
        found
    } else {
        None
    };
    let (Some(email), Some(role), true) = (email, role, errors.is_empty()) else {
        let page = render_users(app, &admin, &ui, errors, &form.email).await?;
        return Ok(Err((Status::UnprocessableEntity, page)));
    };
    let invitation = Invitation {
        email,
        role,
        scope: Scope::Municipality {
            municipality: admin.tenant.id.0.clone(),
            facility,
            provider,
        },
        scope_name: admin.tenant.name.clone(),
        lang: ui.lang.to_string(),
        base_url: app.config.public_url.trim_end_matches('/').to_string(),
    };
    let ctx = audit(app, &rid, Some(admin.user_id()));
    app.db
        .run(move |conn| conn.transaction(|tx| invitations::invite(tx, &invitation, &ctx)))
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/admin/users", admin.tenant.slug)),
        "flash-invited",
    )))
}

async fn set_disabled(
    app: &App,
    admin: &MunicipalityAdmin,
    rid: &RequestId,
    membership: &str,
    disabled: bool,
) -> AppResult<Flash<Redirect>> {
    let ctx = audit(app, rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    let membership = membership.to_string();
    let result = app
        .db
        .run(move |conn| {
            conn.transaction(|tx| {
                users::set_membership_disabled(tx, &tenant, &membership, disabled, &ctx)
            })
        })
        .await;
    let back = Redirect::to(format!("/{}/admin/users", admin.tenant.slug));
    match result {
        Ok(()) if disabled => Ok(Flash::success(back, "flash-disabled")),
        Ok(()) => Ok(Flash::success(back, "flash-enabled")),
        // An administrator cannot lock themselves out.
        Err(AppError::Conflict(_)) => Ok(Flash::error(back, "flash-own-membership")),
        Err(e) => Err(e),
    }
}

#[post("/<_>/admin/users/<membership>/disable", data = "<_form>", rank = 10)]
async fn disable_membership(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    rid: RequestId,
    membership: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    set_disabled(app, &admin, &rid, membership, true).await
}

#[post("/<_>/admin/users/<membership>/enable", data = "<_form>", rank = 10)]
async fn enable_membership(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    rid: RequestId,
    membership: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    set_disabled(app, &admin, &rid, membership, false).await
}

// ---------------------------------------------------------------- settings

#[get("/<_>/admin/settings", rank = 10)]
async fn settings_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
) -> AppResult<Template> {
    let tenant = admin.tenant.id.clone();
    let settings = app
        .db
        .run(move |conn| tenants::settings(conn, &tenant))
        .await?;
    Ok(ui.render_in(
        &admin.tenant,
        "office/settings",
        json!({
            "max_wishes": settings.max_wishes.to_string(),
            "advance_months": settings.advance_months.to_string(),
            "school_entry_cutoff": settings.cutoff_text(),
            "small_cell_threshold": settings.small_cell_threshold.to_string(),
            "modules": settings.modules,
            "all_modules": MODULES,
            "errors": [],
        }),
    ))
}

/// Settings form.
#[derive(Debug, FromForm)]
pub struct SettingsForm {
    max_wishes: String,
    advance_months: String,
    school_entry_cutoff: String,
    small_cell_threshold: String,
    modules: Vec<String>,
}

#[post("/<_>/admin/settings", data = "<form>", rank = 10)]
async fn save_settings(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<SettingsForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let form = form.into_inner();
    match validate_settings(
        &form.max_wishes,
        &form.advance_months,
        &form.school_entry_cutoff,
        &form.small_cell_threshold,
        &form.modules,
    ) {
        Ok(settings) => {
            let ctx = audit(app, &rid, Some(admin.user_id()));
            let tenant = admin.tenant.id.clone();
            app.db
                .run(move |conn| {
                    conn.transaction(|tx| tenants::update_settings(tx, &tenant, &settings, &ctx))
                })
                .await?;
            Ok(Ok(Flash::success(
                Redirect::to(format!("/{}/admin/settings", admin.tenant.slug)),
                "flash-saved",
            )))
        }
        Err(errors) => {
            let errors: Vec<FieldError> = errors
                .iter()
                .map(|e| FieldError {
                    field: e.field,
                    key: match e.field {
                        "max_wishes" => "err-max-wishes",
                        "advance_months" => "err-advance-months",
                        "school_entry_cutoff" => "err-cutoff",
                        "small_cell_threshold" => "err-threshold",
                        _ => "err-modules",
                    },
                })
                .collect();
            Ok(Err((
                Status::UnprocessableEntity,
                ui.render_in(
                    &admin.tenant,
                    "office/settings",
                    json!({
                        "max_wishes": form.max_wishes,
                        "advance_months": form.advance_months,
                        "school_entry_cutoff": form.school_entry_cutoff,
                        "small_cell_threshold": form.small_cell_threshold,
                        "modules": form.modules,
                        "all_modules": MODULES,
                        "errors": errors,
                    }),
                ),
            )))
        }
    }
}

// ---------------------------------------------------------------- audit log

fn parse_day(raw: Option<&str>) -> Option<NaiveDate> {
    raw.filter(|s| !s.is_empty())
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
}

#[get("/<_>/admin/audit?<entity>&<id>&<user>&<from>&<to>", rank = 10)]
#[expect(clippy::too_many_arguments, reason = "one per filter of the page")]
async fn audit_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    entity: Option<&str>,
    id: Option<&str>,
    user: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
) -> AppResult<Template> {
    let filter = AuditFilter {
        entity_type: entity.filter(|s| !s.is_empty()).map(str::to_string),
        entity_id: id
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        actor_email: user.and_then(normalize_email),
        from: parse_day(from),
        to: parse_day(to),
    };
    let tenant = admin.tenant.id.clone();
    let f2 = filter.clone();
    let (entries, types) = app
        .db
        .run(move |conn| {
            Ok((
                audit_store::list(conn, &tenant, &f2, 500)?,
                audit_store::entity_types(conn, &tenant)?,
            ))
        })
        .await?;
    let entries: Vec<serde_json::Value> = entries
        .into_iter()
        .map(|e| {
            let mut v = json!(e);
            v["at_local"] = json!(super::berlin_time(e.at));
            v
        })
        .collect();
    Ok(ui.render_in(
        &admin.tenant,
        "office/audit",
        json!({
            "entries": entries,
            "types": types,
            "filter": {
                "entity": filter.entity_type.unwrap_or_default(),
                "id": filter.entity_id.unwrap_or_default(),
                "user": user.unwrap_or_default(),
                "from": from.unwrap_or_default(),
                "to": to.unwrap_or_default(),
            },
        }),
    ))
}
