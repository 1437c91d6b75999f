//! kitaplatz: municipal Kita place allocation and needs planning.
//!
//! [`build`] assembles the Rocket instance from an [`App`]; `main.rs` and the integration
//! tests both use it, so the tests exercise the real router.

pub mod allocate_cli;
pub mod allocation;
pub mod auth;
pub mod checks;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod dedupe_cli;
pub mod domain;
pub mod error;
pub mod fee_notices;
pub mod field_crypto;
pub mod forecast_cli;
pub mod i18n;
pub mod ids;
pub mod invitations;
pub mod jobs;
pub mod letters;
pub mod load_cli;
pub mod mail;
pub mod seed;
pub mod store;
pub mod web;

use std::sync::Arc;

use rocket::{Build, Rocket};

use crate::clock::SharedClock;
use crate::config::AppConfig;
use crate::db::Db;

/// Everything a running portal shares: database, clock, configuration, rate limiters.
pub struct App {
    /// Database pool.
    pub db: Db,
    /// Injectable clock.
    pub clock: SharedClock,
    /// Validated configuration.
    pub config: AppConfig,
    /// Login throttling.
    pub limits: web::throttle::LoginLimits,
    /// JSON API rate limits per caller.
    pub api_limits: web::throttle::ApiLimits,
    /// Wakes the background job worker.
    pub jobs: jobs::Wake,
    /// Keys of encrypted fields, read on first use.
    field_keys: std::sync::OnceLock<Arc<field_crypto::KeyRing>>,
}

impl App {
    /// Assembles the shared state.
    pub fn new(db: Db, clock: SharedClock, config: AppConfig) -> Arc<Self> {
        let api_limits = web::throttle::ApiLimits::new(config.api_requests_per_minute);
        Arc::new(Self {
            db,
            clock,
            config,
            limits: web::throttle::LoginLimits::new(),
            api_limits,
            jobs: jobs::Wake::default(),
            field_keys: std::sync::OnceLock::new(),
        })
    }

    /// The keys of encrypted fields (the key file is read, or created, on first use).
    pub fn field_keys(&self) -> error::AppResult<Arc<field_crypto::KeyRing>> {
        if let Some(keys) = self.field_keys.get() {
            return Ok(keys.clone());
        }
        let keys = field_crypto::KeyRing::load_or_create(
            &self.config.field_keys_file,
            self.clock.now_naive(),
        )
        .map_err(|e| error::AppError::Internal(e.to_string()))?;
        Ok(self.field_keys.get_or_init(|| Arc::new(keys)).clone())
    }

    /// Today's calendar day in Germany (contracts, occupancy and forecasts count days there).
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock
            .now()
            .with_timezone(&chrono_tz::Europe::Berlin)
            .date_naive()
    }
}

/// Builds the Rocket instance (routes, catchers, fairings, templates, managed state).
pub fn build(app: Arc<App>, secret_key: &[u8]) -> Rocket<Build> {
    web::build(app, secret_key)
}
