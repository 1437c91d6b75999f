//! The JSON API's plumbing (DESIGN.md §6.3): who calls (a bearer token issued by a municipality
//! admin, or a logged-in staff session), rate limits per caller (429 with `Retry-After`), errors
//! as `{"error": {"code", "message"}}` — also for unknown routes and malformed requests below
//! `/api/v1` — and `GET /api/v1/token`, which tells an integration what its token may do.

use std::io::Cursor;
use std::sync::Arc;

use rocket::http::{ContentType, Header, Status};
use rocket::request::{FromRequest, Outcome, Request};
use rocket::response::{self, Responder, Response};
use rocket::serde::json::Json;
use rocket::{catch, catchers, get, routes, Catcher, Route};
use serde_json::json;

use super::guards::CurrentUser;
use crate::domain::roles::{allows_in_municipality, Role};
use crate::store::api_tokens::{self, Grant};

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![token_info, openapi_json]
}

/// The error body of every API error.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// Code and message of an error.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable machine-readable code, e.g. `not_found`, `rate_limited`.
    pub code: String,
    /// Explanation for developers.
    pub message: String,
}

/// The OpenAPI document, generated from the handlers' annotations.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "kitaplatz API",
        version = "1",
        description = "JSON interface of the kitaplatz portal. Bearer tokens are issued by a municipality's administrator (Verwaltung → API-Zugänge) and scoped to that municipality, a role and read or read/write. Errors: `{\"error\": {\"code\", \"message\"}}`."
    ),
    paths(
        super::directory::api_facilities,
        super::planning::api_forecast,
        super::planning::api_occupancy,
        super::contracts::api_contracts,
        super::contracts::api_upsert_contract,
        super::api_applications::api_applications,
        super::api_applications::api_application,
        super::api_applications::api_create_application,
        super::kreis::api_district_statistics,
        super::kreis::api_municipality_statistics,
        token_info,
        openapi_json
    ),
    components(schemas(
        ErrorBody,
        ErrorDetail,
        MunicipalityRef,
        TokenInfo,
        super::contracts::ContractList,
        super::contracts::ContractOut,
        super::planning::OccupancyOut,
        super::planning::ForecastOut,
        super::directory::FacilityDirectory,
        super::kreis::StatisticsOut,
        super::kreis::TableOut,
        super::planning::SeriesOut,
        super::planning::NamedSeries,
        super::planning::MonthOut,
        super::planning::FacilityOccupancy,
        super::planning::CategoryOccupancyOut,
        super::directory::DirectoryMunicipality,
        super::directory::DirectoryFacility,
        super::directory::PublicAddress,
        super::directory::CategoryPlaces,
        super::contracts::ApiContract,
        super::contracts::ApiChild,
        super::contracts::ApiGuardian,
        super::api_applications::ApiApplication,
        super::api_applications::ApplicationOut,
        super::api_applications::ApplicationChild,
        super::api_applications::ApplicationPage,
        super::api_applications::CreatedApplication
    )),
    modifiers(&BearerScheme)
)]
pub struct ApiDoc;

/// Adds the bearer security scheme.
struct BearerScheme;

impl utoipa::Modify for BearerScheme {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// This document.
#[utoipa::path(
    tag = "meta",
    responses((status = 200, description = "The OpenAPI 3 document of this API", content_type = "application/json"))
)]
#[get("/api/v1/openapi.json")]
pub(crate) fn openapi_json() -> (ContentType, String) {
    use utoipa::OpenApi;
    (
        ContentType::JSON,
        ApiDoc::openapi().to_json().unwrap_or_default(),
    )
}

/// A municipality named in an answer.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct MunicipalityRef {
    /// URL slug.
    pub slug: String,
    /// Name.
    pub name: String,
}

impl MunicipalityRef {
    /// Of a stored municipality.
    pub fn of(m: &crate::store::tenants::Municipality) -> Self {
        Self {
            slug: m.slug.clone(),
            name: m.name.clone(),
        }
    }
}

/// What the caller may do.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct TokenInfo {
    /// `token` or `session`.
    pub kind: &'static str,
    /// Tokens: the municipality's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipality_id: Option<String>,
    /// Tokens: `youth_office` or `municipality_admin`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    /// Tokens: may write.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub write: Option<bool>,
}

/// JSON catchers for everything below `/api/v1`.
pub fn catchers() -> Vec<Catcher> {
    catchers![api_default]
}

/// An API error: status, a stable code, a message for developers, and for 429 the seconds to
/// wait.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: Status,
    /// Stable machine-readable code.
    pub code: &'static str,
    /// Human-readable explanation (English, for developers).
    pub message: String,
    /// `Retry-After` in seconds (rate limit).
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// An error without `Retry-After`.
    pub fn new(status: Status, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            retry_after: None,
        }
    }

    /// 404: unknown, or not visible to this caller (never say which).
    pub fn not_found(what: &str) -> Self {
        Self::new(
            Status::NotFound,
            "not_found",
            format!("no {what} for this caller"),
        )
    }

    /// 503: the database did not answer.
    pub fn unavailable() -> Self {
        Self::new(
            Status::ServiceUnavailable,
            "unavailable",
            "database unavailable",
        )
    }
}

impl From<crate::error::AppError> for ApiError {
    fn from(e: crate::error::AppError) -> Self {
        use crate::error::AppError as E;
        match e {
            E::NotFound => Self::not_found("resource"),
            E::Forbidden => Self::new(Status::Forbidden, "forbidden", "not allowed"),
            E::Unauthorized => Self::new(Status::Unauthorized, "unauthenticated", "log in"),
            E::BadRequest(m) => Self::new(Status::BadRequest, "bad_request", m),
            E::Conflict(m) => Self::new(Status::Conflict, "conflict", m),
            E::TooManyRequests => Self::new(Status::TooManyRequests, "rate_limited", "slow down"),
            E::Busy | E::Unavailable(_) => Self::unavailable(),
            E::Internal(_) => Self::new(Status::InternalServerError, "internal", "internal error"),
        }
    }
}

impl<'r> Responder<'r, 'static> for ApiError {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        let body = json!({ "error": { "code": self.code, "message": self.message } }).to_string();
        let mut res = Response::build();
        res.status(self.status)
            .header(ContentType::JSON)
            .sized_body(body.len(), Cursor::new(body));
        if let Some(secs) = self.retry_after {
            res.header(Header::new("Retry-After", secs.to_string()));
        }
        Ok(res.finalize())
    }
}

/// Who calls the API.
#[derive(Debug, Clone)]
pub enum Caller {
    /// An integration with a bearer token.
    Token(Grant),
    /// A logged-in user (the browser, e.g. the office's own pages): user id and grants.
    Session(String, Vec<crate::domain::roles::Grant>),
}

impl Caller {
    /// May the caller read data of `municipality` with one of `roles`?
    pub fn may_read(&self, municipality: &str, roles: &[Role]) -> bool {
        match self {
            Caller::Token(g) => g.municipality_id == municipality && roles.contains(&g.role),
            Caller::Session(_, grants) => allows_in_municipality(grants, municipality, roles),
        }
    }
}

/// The municipality of `slug` if the caller may read it with one of `roles`; an unknown slug
/// and another municipality's slug are the same 404.
pub async fn municipality_for(
    app: &crate::App,
    caller: &Caller,
    slug: &str,
    roles: &[Role],
) -> Result<crate::store::tenants::Municipality, ApiError> {
    let slug = slug.to_string();
    let found = app
        .db
        .run(move |c| crate::store::tenants::municipality_by_slug(c, &slug))
        .await
        .map_err(|_| ApiError::unavailable())?;
    found
        .filter(|m| caller.may_read(&m.id, roles))
        .ok_or_else(|| ApiError::not_found("municipality"))
}

/// The audit context of an API write: the logged-in user, or the token.
pub fn audit_ctx(
    app: &crate::App,
    rid: &super::guards::RequestId,
    caller: &Caller,
) -> crate::store::audit::AuditCtx {
    match caller {
        Caller::Token(g) => crate::store::audit::AuditCtx {
            token: Some(g.token_id.clone()),
            ..super::audit(app, rid, None)
        },
        Caller::Session(user, _) => super::audit(app, rid, Some(crate::ids::UserId(user.clone()))),
    }
}

/// Refuses a read-only token for a write.
pub fn require_write(caller: &Caller) -> Result<(), ApiError> {
    match caller {
        Caller::Token(g) if !g.can_write => Err(ApiError::new(
            Status::Forbidden,
            "read_only_token",
            "this token may only read",
        )),
        _ => Ok(()),
    }
}

/// Guard: the authenticated, rate-limited caller, or the API error to answer with. Never
/// fails as a guard, so the handler answers in JSON.
pub struct ApiCaller(pub Result<Caller, ApiError>);

impl ApiCaller {
    /// The caller, or the error.
    pub fn get(self) -> Result<Caller, ApiError> {
        self.0
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ApiCaller {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let app = super::guards::app(req);
        let bearer = req
            .headers()
            .get_one("Authorization")
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(|t| t.trim().to_string());
        let caller = match bearer {
            Some(token) => {
                let at = app.clock.now_naive();
                let app2 = Arc::clone(app);
                match app2
                    .db
                    .run(move |c| api_tokens::authenticate(c, &token, at))
                    .await
                {
                    Ok(Some(grant)) => Ok(Caller::Token(grant)),
                    Ok(None) => Err(ApiError::new(
                        Status::Unauthorized,
                        "invalid_token",
                        "the bearer token is unknown or revoked",
                    )),
                    Err(_) => Err(ApiError::unavailable()),
                }
            }
            None => match req.guard::<CurrentUser>().await {
                Outcome::Success(CurrentUser(Some(user))) => Ok(Caller::Session(
                    user.user.user_id().as_str().to_string(),
                    user.grants,
                )),
                _ => Err(ApiError::new(
                    Status::Unauthorized,
                    "unauthenticated",
                    "send a bearer token or log in as staff",
                )),
            },
        };
        let caller = caller.and_then(|c| {
            let key = match &c {
                Caller::Token(g) => format!("token:{}", g.token_id),
                Caller::Session(user, _) => format!("user:{user}"),
            };
            match app.api_limits.check(&key) {
                Ok(()) => Ok(c),
                Err(wait) => Err(ApiError {
                    retry_after: Some(wait),
                    ..ApiError::new(
                        Status::TooManyRequests,
                        "rate_limited",
                        format!("too many requests; retry after {wait} s"),
                    )
                }),
            }
        });
        Outcome::Success(ApiCaller(caller))
    }
}

/// What the calling token (or session) may do.
#[utoipa::path(
    tag = "meta",
    responses(
        (status = 200, description = "What the caller may do", body = TokenInfo),
        (status = 401, description = "No or an invalid bearer token", body = ErrorBody),
        (status = 429, description = "Rate limit; see `Retry-After`", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/token")]
pub(crate) fn token_info(caller: ApiCaller) -> Result<Json<TokenInfo>, ApiError> {
    Ok(Json(match caller.get()? {
        Caller::Token(g) => TokenInfo {
            kind: "token",
            municipality_id: Some(g.municipality_id),
            role: Some(g.role.code()),
            write: Some(g.can_write),
        },
        Caller::Session(..) => TokenInfo {
            kind: "session",
            municipality_id: None,
            role: None,
            write: None,
        },
    }))
}

/// Any error below `/api/v1` that no handler answered (unknown route, malformed body, too
/// large): JSON instead of an HTML page.
#[catch(default)]
fn api_default(status: Status, _req: &Request<'_>) -> ApiError {
    let code = match status.code {
        400 => "bad_request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not_found",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        422 => "unprocessable",
        429 => "rate_limited",
        c if c >= 500 => "internal",
        _ => "error",
    };
    ApiError::new(status, code, status.reason().unwrap_or("error"))
}
