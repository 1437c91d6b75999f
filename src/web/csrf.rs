//! CSRF protection for every state-changing form.
//!
//! A random token lives in a private cookie (encrypted and authenticated with the server's
//! secret key, so a third-party site can neither read nor forge it); every form carries the
//! same token in the hidden field `csrf`. [`CsrfForm`] is the only way our handlers accept a
//! form: it rejects a request with 403 before parsing when the token is missing or differs
//! (constant-time compare), or when the browser says the request is cross-site
//! (`Sec-Fetch-Site`) or the `Origin` does not match the host.

use rocket::data::{self, Data, FromData, ToByteUnit};
use rocket::form::{Form, FromForm, ValueField};
use rocket::http::Status;
use rocket::outcome::Outcome;
use rocket::request::{self, FromRequest, Request};

use super::guards::{app, private_cookie};
use crate::auth::{new_token, secrets_equal};
use crate::error::AppError;

/// Name of the CSRF cookie.
pub const CSRF_COOKIE: &str = "kp_csrf";
/// Name of the hidden form field.
pub const CSRF_FIELD: &str = "csrf";

/// The CSRF token of this client (created on first use), for templates.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

impl CsrfToken {
    /// Reads the token from the cookie or issues a new one.
    pub fn of(req: &Request<'_>) -> String {
        req.local_cache(|| {
            let existing = req
                .cookies()
                .get_private(CSRF_COOKIE)
                .map(|c| c.value().to_string())
                .filter(|v| v.len() == 64);
            CsrfToken(existing.unwrap_or_else(|| {
                let token = new_token();
                let secure = app(req).config.behind_tls;
                req.cookies()
                    .add_private(private_cookie(CSRF_COOKIE, token.clone(), secure));
                token
            }))
        })
        .0
        .clone()
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for CsrfToken {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, AppError> {
        Outcome::Success(CsrfToken(CsrfToken::of(req)))
    }
}

/// `true` when the request comes from our own pages as far as the browser tells.
pub fn same_origin(req: &Request<'_>) -> bool {
    if let Some(site) = req.headers().get_one("Sec-Fetch-Site") {
        if !matches!(site, "same-origin" | "none") {
            return false;
        }
    }
    if let Some(origin) = req.headers().get_one("Origin") {
        let host = req.headers().get_one("Host").unwrap_or_default();
        let origin_host = origin
            .split_once("://")
            .map(|(_, rest)| rest)
            .unwrap_or(origin);
        if origin == "null" || !origin_host.eq_ignore_ascii_case(host) {
            return false;
        }
    }
    true
}

/// A form whose CSRF token was checked.
#[derive(Debug)]
pub struct CsrfForm<T>(pub T);

impl<T> std::ops::Deref for CsrfForm<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> CsrfForm<T> {
    /// The parsed form.
    pub fn into_inner(self) -> T {
        self.0
    }
}

#[rocket::async_trait]
impl<'r, T> FromData<'r> for CsrfForm<T>
where
    T: for<'a> FromForm<'a> + Send + 'static,
{
    type Error = AppError;

    async fn from_data(req: &'r Request<'_>, data: Data<'r>) -> data::Outcome<'r, Self> {
        if !same_origin(req) {
            return Outcome::Error((Status::Forbidden, AppError::Forbidden));
        }
        let limit = req.limits().get("form").unwrap_or(64.kibibytes());
        let body = match data.open(limit).into_string().await {
            Ok(s) if s.is_complete() => s.into_inner(),
            Ok(_) => {
                return Outcome::Error((
                    Status::PayloadTooLarge,
                    AppError::BadRequest("form too large".into()),
                ))
            }
            Err(e) => {
                return Outcome::Error((Status::BadRequest, AppError::BadRequest(e.to_string())))
            }
        };
        // Decode once (application/x-www-form-urlencoded: percent-escapes and '+').
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(body.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let sent = pairs
            .iter()
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.clone());
        let expected = req
            .cookies()
            .get_private(CSRF_COOKIE)
            .map(|c| c.value().to_string());
        match (sent, expected) {
            (Some(sent), Some(expected)) if secrets_equal(&sent, &expected) => {}
            _ => return Outcome::Error((Status::Forbidden, AppError::Forbidden)),
        }
        let fields = pairs
            .iter()
            .map(|(k, v)| ValueField::from((k.as_str(), v.as_str())));
        match Form::<T>::parse_iter(fields) {
            Ok(value) => Outcome::Success(CsrfForm(value)),
            Err(errors) => Outcome::Error((
                Status::UnprocessableEntity,
                AppError::BadRequest(errors.to_string()),
            )),
        }
    }
}

/// Guard for multipart uploads, which [`CsrfForm`] does not parse: the request must come from
/// our own origin; the handler then checks the form's `csrf` field with [`UploadOrigin::check`].
pub struct UploadOrigin {
    expected: Option<String>,
}

impl UploadOrigin {
    /// Does the token sent in the form match the session's?
    pub fn check(&self, sent: &str) -> Result<(), AppError> {
        match &self.expected {
            Some(expected) if secrets_equal(sent, expected) => Ok(()),
            _ => Err(AppError::Forbidden),
        }
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for UploadOrigin {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, AppError> {
        if !same_origin(req) {
            return Outcome::Error((Status::Forbidden, AppError::Forbidden));
        }
        Outcome::Success(UploadOrigin {
            expected: req
                .cookies()
                .get_private(CSRF_COOKIE)
                .map(|c| c.value().to_string()),
        })
    }
}

/// A multipart form with one file (imports, uploads): the CSRF token and the file.
#[derive(rocket::FromForm)]
pub struct Upload<'r> {
    /// The CSRF token (checked by [`Upload::read`]).
    pub csrf: String,
    /// The uploaded file.
    pub file: rocket::fs::TempFile<'r>,
}

impl Upload<'_> {
    /// Checks the token against the session's, then returns the file's name (without any path,
    /// control characters, at most 200 characters) and its bytes.
    pub async fn read(&self, origin: &UploadOrigin) -> Result<(String, Vec<u8>), AppError> {
        use rocket::tokio::io::AsyncReadExt;
        origin.check(&self.csrf)?;
        let raw = self
            .file
            .raw_name()
            .map(|n| n.dangerous_unsafe_unsanitized_raw().as_str().to_string())
            .unwrap_or_default();
        let name: String = raw
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect();
        let mut bytes = Vec::new();
        self.file
            .open()
            .await
            .map_err(|e| AppError::BadRequest(e.to_string()))?
            .read_to_end(&mut bytes)
            .await
            .map_err(|e| AppError::BadRequest(e.to_string()))?;
        Ok((name, bytes))
    }
}
