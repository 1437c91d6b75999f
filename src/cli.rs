//! What the operator can do on the command line besides serving: bootstrap tenants and their
//! first administrators. Each function validates like the admin pages, writes its audit rows,
//! and returns a message for the terminal.

use diesel::Connection;

use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db::Db;
use crate::domain::account::normalize_email;
use crate::domain::roles::{Role, Scope};
use crate::domain::tenant::{validate_ags, validate_slug, Bundesland};
use crate::error::{AppError, AppResult};
use crate::ids::DistrictId;
use crate::invitations::{self, Invitation};
use crate::store::audit::AuditCtx;
use crate::store::tenants::{self, NewMunicipality};

fn ctx(clock: &dyn Clock, what: &str) -> AuditCtx {
    AuditCtx::new(None, format!("cli-{what}"), clock.now_naive())
}

/// `kitaplatz district create --slug … --name …`
pub fn create_district(db: &Db, clock: &dyn Clock, slug: &str, name: &str) -> AppResult<String> {
    let slug = validate_slug(slug)
        .ok_or_else(|| AppError::BadRequest(format!("invalid slug '{slug}'")))?;
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::BadRequest("the name must not be empty".into()));
    }
    let ctx = ctx(clock, "district-create");
    let mut conn = db.get()?;
    conn.transaction(|tx| tenants::create_district(tx, &slug, name, &ctx))?;
    Ok(format!("district {slug} created"))
}

/// `kitaplatz municipality create --district … --slug … --name … --ags … --bundesland …`
pub fn create_municipality(
    db: &Db,
    clock: &dyn Clock,
    district: &str,
    slug: &str,
    name: &str,
    ags: &str,
    bundesland: &str,
) -> AppResult<String> {
    let land = Bundesland::from_code(&bundesland.to_uppercase()).ok_or_else(|| {
        AppError::BadRequest(format!("unknown Bundesland '{bundesland}' (use NW, BY, …)"))
    })?;
    let ags = validate_ags(ags, land)
        .map_err(|e| AppError::BadRequest(format!("invalid AGS '{ags}': {e:?}")))?;
    let slug = validate_slug(slug)
        .ok_or_else(|| AppError::BadRequest(format!("invalid slug '{slug}'")))?;
    let name = name.trim().to_string();
    if name.is_empty() {
        return Err(AppError::BadRequest("the name must not be empty".into()));
    }
    let ctx = ctx(clock, "municipality-create");
    let mut conn = db.get()?;
    let district = tenants::district_by_slug(&mut conn, district)?
        .ok_or_else(|| AppError::BadRequest(format!("no district '{district}'")))?;
    let new = NewMunicipality {
        district: DistrictId(district.id),
        slug: slug.clone(),
        name,
        ags,
        bundesland: land,
    };
    conn.transaction(|tx| tenants::create_municipality(tx, &new, &ctx))?;
    Ok(format!("municipality {slug} created"))
}

/// `kitaplatz user invite --email … --role municipality_admin|district_official --scope SLUG`
pub fn invite(
    db: &Db,
    clock: &dyn Clock,
    config: &AppConfig,
    email: &str,
    role: &str,
    scope: &str,
) -> AppResult<String> {
    let email = normalize_email(email)
        .ok_or_else(|| AppError::BadRequest("invalid e-mail address".into()))?;
    let mut conn = db.get()?;
    let (role, scope, scope_name) = match Role::from_code(role) {
        Some(Role::MunicipalityAdmin) => {
            let m = tenants::municipality_by_slug(&mut conn, scope)?
                .ok_or_else(|| AppError::BadRequest(format!("no municipality '{scope}'")))?;
            (
                Role::MunicipalityAdmin,
                Scope::Municipality {
                    municipality: m.id,
                    facility: None,
                    provider: None,
                },
                m.name,
            )
        }
        Some(Role::DistrictOfficial) => {
            let d = tenants::district_by_slug(&mut conn, scope)?
                .ok_or_else(|| AppError::BadRequest(format!("no district '{scope}'")))?;
            (Role::DistrictOfficial, Scope::District(d.id), d.name)
        }
        _ => {
            return Err(AppError::BadRequest(
                "--role must be municipality_admin or district_official".into(),
            ))
        }
    };
    let invitation = Invitation {
        email: email.clone(),
        role,
        scope,
        scope_name,
        lang: "de".into(),
        base_url: config.public_url.trim_end_matches('/').to_string(),
    };
    let ctx = ctx(clock, "user-invite");
    conn.transaction(|tx| invitations::invite(tx, &invitation, &ctx))?;
    Ok(format!("invitation for {email} queued in the mail outbox"))
}
