//! The one error type of the application. Handlers return `Result<_, AppError>`; the responder
//! logs the cause (without personal data) and hands the status to the catchers, which render a
//! localised error page.

use rocket::http::Status;
use rocket::response::{self, Responder};
use rocket::Request;

/// Everything that can go wrong in a request, a worker or the CLI.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The resource does not exist or belongs to another tenant (never reveal which).
    #[error("not found")]
    NotFound,
    /// Logged in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Not logged in.
    #[error("login required")]
    Unauthorized,
    /// Invalid input that the handler did not turn into a form message.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// Throttled.
    #[error("too many requests")]
    TooManyRequests,
    /// A unique constraint was hit (e.g. slug or AGS taken).
    #[error("conflict: {0}")]
    Conflict(String),
    /// The database was busy with a conflicting write (SQLite lock, PostgreSQL serialisation
    /// failure); the operation may be retried.
    #[error("busy")]
    Busy,
    /// A dependency (the database) is not available.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// A bug or an unexpected failure.
    #[error("internal: {0}")]
    Internal(String),
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match e {
            Error::NotFound => AppError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                AppError::Conflict(info.constraint_name().unwrap_or("unique").to_string())
            }
            Error::DatabaseError(DatabaseErrorKind::SerializationFailure, _) => AppError::Busy,
            // One child, one binding contract: the PostgreSQL exclusion constraint and the
            // SQLite trigger are both named `contract_overlap`.
            Error::DatabaseError(_, info)
                if info.message().contains("contract_overlap")
                    || info.constraint_name() == Some("contract_overlap") =>
            {
                AppError::Conflict("contract_overlap".into())
            }
            Error::DatabaseError(_, info)
                if info.message().contains("database is locked")
                    || info.message().contains("database table is locked") =>
            {
                AppError::Busy
            }
            // A NUL byte in a text value (from an address or a form): SQLite stores it,
            // PostgreSQL refuses it. Bad input, not a failure of ours.
            Error::DatabaseError(_, info)
                if info.message().contains("invalid byte sequence")
                    && info.message().contains("0x00") =>
            {
                AppError::BadRequest("NUL byte in a text value".into())
            }
            other => AppError::Internal(format!("database: {other}")),
        }
    }
}

impl AppError {
    /// The HTTP status for this error.
    pub fn status(&self) -> Status {
        match self {
            AppError::NotFound => Status::NotFound,
            AppError::Forbidden => Status::Forbidden,
            AppError::Unauthorized => Status::Unauthorized,
            AppError::BadRequest(_) => Status::BadRequest,
            AppError::TooManyRequests => Status::TooManyRequests,
            AppError::Conflict(_) => Status::Conflict,
            AppError::Unavailable(_) | AppError::Busy => Status::ServiceUnavailable,
            AppError::Internal(_) => Status::InternalServerError,
        }
    }
}

impl<'r> Responder<'r, 'static> for AppError {
    fn respond_to(self, req: &'r Request<'_>) -> response::Result<'static> {
        let status = self.status();
        if status.code >= 500 {
            tracing::error!(route = ?req.route().map(|r| r.uri.to_string()), error = %self, "request failed");
        } else {
            tracing::debug!(error = %self, "request refused");
        }
        Err(status)
    }
}

/// Shorthand.
pub type AppResult<T> = Result<T, AppError>;
