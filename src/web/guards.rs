//! Request guards: request id, language, session user, tenant, and one guard per capability.
//! Failing guards answer 401 (not logged in → login page), 403 (wrong role) or 404 (unknown
//! tenant, or a resource of another municipality).

use std::marker::PhantomData;
use std::sync::Arc;

use rocket::http::{Cookie, SameSite, Status};
use rocket::request::{FromRequest, Outcome, Request};
use rocket::time::Duration as CookieDuration;
use serde::Serialize;

use crate::domain::roles::{
    allows_in_district, allows_in_municipality, is_operator, Capability, Role,
};
use crate::error::AppError;
use crate::i18n;
use crate::ids::{DistrictId, TenantId, UserId};
use crate::store::sessions::{self, Lookup, SessionUser};
use crate::store::tenants;
use crate::App;

/// Session cookie (private: encrypted and authenticated by Rocket).
pub const SESSION_COOKIE: &str = "kp_session";
/// Language cookie.
pub const LANG_COOKIE: &str = "kp_lang";

/// The shared application state.
pub fn app<'r>(req: &'r Request<'_>) -> &'r Arc<App> {
    req.rocket()
        .state::<Arc<App>>()
        .expect("App is managed by web::build")
}

/// The id of this request (also in logs and the `X-Request-Id` header).
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

impl RequestId {
    /// The cached id of a request (created on first use).
    pub fn of(req: &Request<'_>) -> String {
        req.local_cache(|| RequestId(uuid::Uuid::new_v4().to_string()))
            .0
            .clone()
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for RequestId {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        Outcome::Success(RequestId(RequestId::of(req)))
    }
}

/// The UI language: cookie, else `Accept-Language`, else German.
#[derive(Debug, Clone, Copy)]
pub struct Lang(pub &'static str);

impl Lang {
    /// Resolves the language of a request.
    pub fn of(req: &Request<'_>) -> &'static str {
        req.cookies()
            .get(LANG_COOKIE)
            .and_then(|c| i18n::supported(c.value()))
            .unwrap_or_else(|| i18n::negotiate(req.headers().get_one("Accept-Language")))
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Lang {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        Outcome::Success(Lang(Lang::of(req)))
    }
}

/// The client address used for throttling ("unknown" when Rocket cannot tell).
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ClientAddr {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        Outcome::Success(ClientAddr(
            req.client_ip()
                .map(|ip| ip.to_string())
                .unwrap_or_else(|| super::throttle::UNKNOWN_ADDRESS.into()),
        ))
    }
}

/// Builds a private cookie with our attributes.
pub fn private_cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((name, value))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .path("/")
        .build()
}

/// Builds the (non-secret) language cookie.
pub fn lang_cookie(lang: &str, secure: bool) -> Cookie<'static> {
    Cookie::build((LANG_COOKIE, lang.to_string()))
        .same_site(SameSite::Lax)
        .secure(secure)
        .path("/")
        .max_age(CookieDuration::days(365))
        .build()
}

/// The clear-text session token in this browser's (private) session cookie.
pub fn session_token(cookies: &rocket::http::CookieJar<'_>) -> Option<String> {
    cookies
        .get_private(SESSION_COOKIE)
        .map(|c| c.value().to_string())
}

/// The session of this request, if any (looked up once per request).
#[derive(Debug, Clone)]
pub struct CurrentUser(pub Option<SessionUser>);

/// Set when a session timed out during this request (the login page says so).
#[derive(Debug, Clone, Copy)]
pub struct SessionExpired(pub bool);

async fn load_session(req: &Request<'_>) -> Result<Option<SessionUser>, AppError> {
    let Some(token) = session_token(req.cookies()) else {
        return Ok(None);
    };
    let app = app(req).clone();
    let now = app.clock.now_naive();
    let ip = req.client_ip();
    let found = app
        .db
        .run(move |conn| sessions::lookup(conn, &token, now, ip))
        .await?;
    match found {
        Lookup::Valid(user) => Ok(Some(*user)),
        // Keep the cookie: the second-factor page needs it.
        Lookup::Pending => Ok(None),
        Lookup::Expired | Lookup::Denied => {
            req.local_cache(|| SessionExpired(true));
            req.cookies().remove_private(SESSION_COOKIE);
            Ok(None)
        }
        Lookup::None => {
            req.cookies().remove_private(SESSION_COOKIE);
            Ok(None)
        }
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for CurrentUser {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        let cached: &Result<Option<SessionUser>, String> = req
            .local_cache_async(async { load_session(req).await.map_err(|e| e.to_string()) })
            .await;
        match cached {
            Ok(user) => Outcome::Success(CurrentUser(user.clone())),
            Err(e) => {
                Outcome::Error((Status::ServiceUnavailable, AppError::Unavailable(e.clone())))
            }
        }
    }
}

/// A logged-in user (401 → login page otherwise).
#[derive(Debug, Clone)]
pub struct AuthUser(pub SessionUser);

impl AuthUser {
    /// The user id.
    pub fn id(&self) -> UserId {
        self.0.user.user_id()
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for AuthUser {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        match req.guard::<CurrentUser>().await {
            Outcome::Success(CurrentUser(Some(u))) => Outcome::Success(AuthUser(u)),
            Outcome::Success(CurrentUser(None)) => {
                Outcome::Error((Status::Unauthorized, AppError::Unauthorized))
            }
            Outcome::Error(e) => Outcome::Error(e),
            Outcome::Forward(s) => Outcome::Forward(s),
        }
    }
}

/// The municipality of a `/{slug}/…` URL. Unknown slug → 404.
#[derive(Debug, Clone, Serialize)]
pub struct Tenant {
    /// Tenant id.
    #[serde(skip)]
    pub id: TenantId,
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// District id.
    #[serde(skip)]
    pub district_id: DistrictId,
    /// Bundesland code.
    pub bundesland: String,
}

async fn load_tenant(req: &Request<'_>) -> Result<Option<Tenant>, String> {
    let Some(slug) = req.routed_segment(0).map(str::to_string) else {
        return Ok(None);
    };
    let app = app(req).clone();
    let found = app
        .db
        .run(move |conn| {
            let found = tenants::municipality_by_slug(conn, &slug)?;
            if let Some(m) = &found {
                crate::store::texts::refresh(conn, &m.tenant_id(), m.texts_version)?;
            }
            Ok(found)
        })
        .await
        .map_err(|e| e.to_string())?;
    Ok(found.map(|m| Tenant {
        id: crate::ids::MunicipalityId(m.id),
        slug: m.slug,
        name: m.name,
        district_id: DistrictId(m.district_id),
        bundesland: m.bundesland,
    }))
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Tenant {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        let cached: &Result<Option<Tenant>, String> = req.local_cache_async(load_tenant(req)).await;
        match cached {
            Ok(Some(t)) => Outcome::Success(t.clone()),
            Ok(None) => Outcome::Error((Status::NotFound, AppError::NotFound)),
            Err(e) => {
                Outcome::Error((Status::ServiceUnavailable, AppError::Unavailable(e.clone())))
            }
        }
    }
}

/// A user who holds one of `C::ROLES` in the tenant of the URL (staff roles, or the parent
/// role for [`ParentOf`]).
#[derive(Debug, Clone)]
pub struct Staff<C: Capability> {
    /// The user.
    pub user: SessionUser,
    /// The tenant.
    pub tenant: Tenant,
    _capability: PhantomData<C>,
}

impl<C: Capability> Staff<C> {
    /// The acting user's id.
    pub fn user_id(&self) -> UserId {
        self.user.user.user_id()
    }
}

#[rocket::async_trait]
impl<'r, C: Capability + Send + Sync + 'static> FromRequest<'r> for Staff<C> {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        let tenant = match req.guard::<Tenant>().await {
            Outcome::Success(t) => t,
            Outcome::Error(e) => return Outcome::Error(e),
            Outcome::Forward(s) => return Outcome::Forward(s),
        };
        let user = match req.guard::<AuthUser>().await {
            Outcome::Success(u) => u.0,
            Outcome::Error(e) => return Outcome::Error(e),
            Outcome::Forward(s) => return Outcome::Forward(s),
        };
        if allows_in_municipality(&user.grants, tenant.id.as_str(), C::ROLES) {
            Outcome::Success(Staff {
                user,
                tenant,
                _capability: PhantomData,
            })
        } else {
            Outcome::Error((Status::Forbidden, AppError::Forbidden))
        }
    }
}

/// Any staff role of the municipality (the office landing page).
#[derive(Debug, Clone)]
pub struct AnyStaffCap;
impl Capability for AnyStaffCap {
    const ROLES: &'static [Role] = &Role::MUNICIPALITY_STAFF;
}

/// Youth office work: allocation, all applications.
#[derive(Debug, Clone)]
pub struct YouthOfficeCap;
impl Capability for YouthOfficeCap {
    const ROLES: &'static [Role] = &[Role::YouthOffice];
}

/// Municipality administration: settings, users, audit log.
#[derive(Debug, Clone)]
pub struct MunicipalityAdminCap;
impl Capability for MunicipalityAdminCap {
    const ROLES: &'static [Role] = &[Role::MunicipalityAdmin];
}

/// A parent of the municipality.
#[derive(Debug, Clone)]
pub struct ParentCap;
impl Capability for ParentCap {
    const ROLES: &'static [Role] = &[Role::Parent];
}

/// Guard: a parent in the municipality of the URL (their own household only).
pub type ParentOf = Staff<ParentCap>;
/// Facility master data: the youth office (all facilities) and provider admins (their own).
#[derive(Debug, Clone)]
pub struct FacilityMaintainerCap;
impl Capability for FacilityMaintainerCap {
    const ROLES: &'static [Role] = &[Role::YouthOffice, Role::ProviderAdmin];
}

/// Guard: may maintain facilities (see [`Staff::facility_scope`]).
pub type FacilityMaintainer = Staff<FacilityMaintainerCap>;

impl<C: Capability> Staff<C> {
    /// `None`: all facilities of the tenant; `Some(providers)`: only those providers'.
    pub fn facility_scope(&self) -> Option<Vec<String>> {
        crate::domain::roles::facility_scope(&self.user.grants, self.tenant.id.as_str())
    }
}

/// Facility leadership: confirming the places proposed for one's own facilities.
#[derive(Debug, Clone)]
pub struct FacilityLeadCap;
impl Capability for FacilityLeadCap {
    const ROLES: &'static [Role] = &[Role::FacilityLead];
}

/// Guard: a facility lead of the municipality (see [`Staff::led_facilities`]).
pub type FacilityLead = Staff<FacilityLeadCap>;

impl<C: Capability> Staff<C> {
    /// Facilities the user leads in the tenant.
    pub fn led_facilities(&self) -> Vec<String> {
        crate::domain::roles::facilities_with(
            &self.user.grants,
            self.tenant.id.as_str(),
            Role::FacilityLead,
        )
    }
}

/// Guard: any staff member of the municipality.
pub type OfficeStaff = Staff<AnyStaffCap>;
/// Guard: the youth office of the municipality.
pub type YouthOffice = Staff<YouthOfficeCap>;
/// Guard: an administrator of the municipality.
pub type MunicipalityAdmin = Staff<MunicipalityAdminCap>;

/// Guard: the system operator.
#[derive(Debug, Clone)]
pub struct Operator(pub SessionUser);

impl Operator {
    /// The acting user's id.
    pub fn user_id(&self) -> UserId {
        self.0.user.user_id()
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Operator {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        match req.guard::<AuthUser>().await {
            Outcome::Success(u) if is_operator(&u.0.grants) => Outcome::Success(Operator(u.0)),
            Outcome::Success(_) => Outcome::Error((Status::Forbidden, AppError::Forbidden)),
            Outcome::Error(e) => Outcome::Error(e),
            Outcome::Forward(s) => Outcome::Forward(s),
        }
    }
}

/// The district of a `/kreis/{slug}/…` URL.
#[derive(Debug, Clone, Serialize)]
pub struct DistrictScope {
    /// Id.
    #[serde(skip)]
    pub id: DistrictId,
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
}

/// Guard: a district official of the district in the URL.
#[derive(Debug, Clone)]
pub struct DistrictOfficial {
    /// The user.
    pub user: SessionUser,
    /// The district.
    pub district: DistrictScope,
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for DistrictOfficial {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        let Some(slug) = req.routed_segment(1).map(str::to_string) else {
            return Outcome::Error((Status::NotFound, AppError::NotFound));
        };
        let app = app(req).clone();
        let district = match app
            .db
            .run(move |c| tenants::district_by_slug(c, &slug))
            .await
        {
            Ok(Some(d)) => DistrictScope {
                id: DistrictId(d.id),
                slug: d.slug,
                name: d.name,
            },
            Ok(None) => return Outcome::Error((Status::NotFound, AppError::NotFound)),
            Err(e) => return Outcome::Error((Status::ServiceUnavailable, e)),
        };
        let user = match req.guard::<AuthUser>().await {
            Outcome::Success(u) => u.0,
            Outcome::Error(e) => return Outcome::Error(e),
            Outcome::Forward(s) => return Outcome::Forward(s),
        };
        if allows_in_district(&user.grants, district.id.as_str(), Role::DistrictOfficial) {
            Outcome::Success(DistrictOfficial { user, district })
        } else {
            Outcome::Error((Status::Forbidden, AppError::Forbidden))
        }
    }
}
