//! Typed configuration: `Rocket.toml` (section `[default.kitaplatz]` etc.), then `KITAPLATZ_*`
//! environment variables, then `DATABASE_URL`. Validated at start with a clear message.

use std::path::PathBuf;

use rocket::figment::providers::{Env, Format, Serialized, Toml};
use rocket::figment::Figment;
use serde::{Deserialize, Serialize};

/// The application's configuration.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AppConfig {
    /// `postgres://…` or an SQLite file path.
    pub database_url: String,
    /// Listen address.
    pub address: String,
    /// Listen port.
    pub port: u16,
    /// Base64 key (32 or 64 bytes) for private cookies; generated into `secret_file` when unset.
    pub secret_key: Option<String>,
    /// Where a generated secret key is kept.
    pub secret_file: PathBuf,
    /// The keys of encrypted fields (created with a first key when missing; see
    /// `field_crypto`).
    pub field_keys_file: PathBuf,
    /// External base URL for links in e-mails.
    pub public_url: String,
    /// Served behind TLS (nginx): cookies get `Secure`, HSTS is sent.
    pub behind_tls: bool,
    /// SMTP server URL; unset → mails are written to `mail_dir`.
    pub smtp_url: Option<String>,
    /// Sender address of all mails.
    pub mail_from: String,
    /// Folder for `.eml` files when no SMTP is configured.
    pub mail_dir: PathBuf,
    /// Run the outbox worker in this process.
    pub mail_worker: bool,
    /// Seed the demo when the database is empty at start.
    pub seed_demo: bool,
    /// Tera templates.
    pub template_dir: PathBuf,
    /// Log filter (`info`, `kitaplatz=debug`, …).
    pub log: String,
    /// `text` or `json`.
    pub log_format: String,
    /// Run the register check worker in this process.
    pub register_worker: bool,
    /// Run the background job worker (allocation runs) in this process.
    pub job_worker: bool,
    /// Start the register simulator in this process on this address (demo and development);
    /// empty or unset: off.
    pub register_simulator: Option<String>,
    /// PEM file with the client certificate and key for registers that require mutual TLS.
    pub register_client_identity: Option<PathBuf>,
    /// PEM file with an extra CA certificate to trust for registers.
    pub register_ca_certificate: Option<PathBuf>,
    /// Requests a minute one JSON API caller (token or session) may make before 429.
    pub api_requests_per_minute: u32,
}

impl Default for AppConfig {
    fn default() -> Self {
        Self {
            database_url: "kitaplatz.db".into(),
            address: "127.0.0.1".into(),
            port: 8000,
            secret_key: None,
            secret_file: "kitaplatz.secret".into(),
            field_keys_file: "kitaplatz.field-keys".into(),
            public_url: "http://127.0.0.1:8000".into(),
            behind_tls: false,
            smtp_url: None,
            mail_from: "Kitaplatz <noreply@kitaplatz.invalid>".into(),
            mail_dir: "mail-outbox".into(),
            mail_worker: true,
            seed_demo: true,
            template_dir: default_template_dir(),
            log: "info,rocket=warn,rocket::launch=info,rocket::launch_=info".into(),
            log_format: "text".into(),
            register_worker: true,
            job_worker: true,
            register_simulator: Some(crate::seed::DEMO_SIMULATOR.into()),
            register_client_identity: None,
            register_ca_certificate: None,
            api_requests_per_minute: crate::web::throttle::API_PER_MINUTE,
        }
    }
}

fn default_template_dir() -> PathBuf {
    let local = PathBuf::from("templates");
    if local.is_dir() {
        local
    } else {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates")
    }
}

/// A configuration value that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration: {0}")]
pub struct ConfigError(pub String);

impl AppConfig {
    /// The address of the in-process register simulator, if it is switched on.
    pub fn simulator_address(&self) -> Option<std::net::SocketAddr> {
        self.register_simulator
            .as_deref()
            .and_then(|s| s.trim().parse().ok())
    }

    /// Reads and validates the configuration from all sources.
    pub fn load() -> Result<Self, ConfigError> {
        let file = Figment::from(Toml::file("Rocket.toml").nested()).focus("kitaplatz");
        let mut figment = Figment::from(Serialized::defaults(AppConfig::default()))
            .merge(file)
            .merge(Env::prefixed("KITAPLATZ_"));
        if let Ok(url) = std::env::var("DATABASE_URL") {
            if std::env::var("KITAPLATZ_DATABASE_URL").is_err() {
                figment = figment.merge(("database_url", url));
            }
        }
        let config: AppConfig = figment.extract().map_err(|e| ConfigError(e.to_string()))?;
        config.validate()?;
        Ok(config)
    }

    /// Checks values that parse but make no sense.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.database_url.trim().is_empty() {
            return Err(ConfigError(
                "KITAPLATZ_DATABASE_URL must not be empty".into(),
            ));
        }
        if self.address.parse::<std::net::IpAddr>().is_err() {
            return Err(ConfigError(format!(
                "KITAPLATZ_ADDRESS '{}' is not an IP address",
                self.address
            )));
        }
        match url::Url::parse(&self.public_url) {
            Ok(u) if u.scheme() == "http" || u.scheme() == "https" => {}
            _ => {
                return Err(ConfigError(format!(
                    "KITAPLATZ_PUBLIC_URL '{}' must be an http(s) URL",
                    self.public_url
                )))
            }
        }
        if let Some(key) = &self.secret_key {
            use base64::Engine;
            let ok = base64::engine::general_purpose::STANDARD
                .decode(key.trim())
                .map(|k| k.len() == 32 || k.len() == 64)
                .unwrap_or(false);
            if !ok {
                return Err(ConfigError(
                    "KITAPLATZ_SECRET_KEY must be 32 or 64 bytes in base64 (openssl rand -base64 32)"
                        .into(),
                ));
            }
        }
        if let Some(smtp) = &self.smtp_url {
            if !(smtp.starts_with("smtp://") || smtp.starts_with("smtps://")) {
                return Err(ConfigError(
                    "KITAPLATZ_SMTP_URL must start with smtp:// or smtps://".into(),
                ));
            }
        }
        if self.api_requests_per_minute == 0 {
            return Err(ConfigError(
                "KITAPLATZ_API_REQUESTS_PER_MINUTE must be at least 1".into(),
            ));
        }
        if !matches!(self.log_format.as_str(), "text" | "json") {
            return Err(ConfigError(
                "KITAPLATZ_LOG_FORMAT must be 'text' or 'json'".into(),
            ));
        }
        if let Some(sim) = &self.register_simulator {
            if !sim.trim().is_empty() && sim.trim().parse::<std::net::SocketAddr>().is_err() {
                return Err(ConfigError(format!(
                    "KITAPLATZ_REGISTER_SIMULATOR '{sim}' must be an address like 127.0.0.1:8090"
                )));
            }
        }
        for (name, path) in [
            (
                "KITAPLATZ_REGISTER_CLIENT_IDENTITY",
                &self.register_client_identity,
            ),
            (
                "KITAPLATZ_REGISTER_CA_CERTIFICATE",
                &self.register_ca_certificate,
            ),
        ] {
            if let Some(p) = path {
                if !p.is_file() {
                    return Err(ConfigError(format!(
                        "{name} '{}' is not a file",
                        p.display()
                    )));
                }
            }
        }
        if !self.template_dir.is_dir() {
            return Err(ConfigError(format!(
                "KITAPLATZ_TEMPLATE_DIR '{}' is not a folder",
                self.template_dir.display()
            )));
        }
        Ok(())
    }

    /// The secret key: configured, or read from / generated into `secret_file` (mode 0600).
    pub fn secret_key_bytes(&self) -> Result<Vec<u8>, ConfigError> {
        use base64::Engine;
        let engine = base64::engine::general_purpose::STANDARD;
        if let Some(key) = &self.secret_key {
            return engine
                .decode(key.trim())
                .map_err(|e| ConfigError(e.to_string()));
        }
        if let Ok(text) = std::fs::read_to_string(&self.secret_file) {
            return engine
                .decode(text.trim())
                .map_err(|e| ConfigError(format!("{}: {e}", self.secret_file.display())));
        }
        let mut key = vec![0u8; 64];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut key);
        write_private_file(&self.secret_file, &engine.encode(&key)).map_err(|e| {
            ConfigError(format!("cannot write {}: {e}", self.secret_file.display()))
        })?;
        Ok(key)
    }
}

#[cfg(unix)]
pub(crate) fn write_private_file(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(text.as_bytes())
}

#[cfg(not(unix))]
pub(crate) fn write_private_file(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        AppConfig::default().validate().unwrap();
    }

    #[test]
    fn bad_values_are_named_in_the_message() {
        let c = AppConfig {
            address: "localhost:80".into(),
            ..AppConfig::default()
        };
        assert!(c
            .validate()
            .unwrap_err()
            .to_string()
            .contains("KITAPLATZ_ADDRESS"));
        let c = AppConfig {
            secret_key: Some("short".into()),
            ..AppConfig::default()
        };
        assert!(c
            .validate()
            .unwrap_err()
            .to_string()
            .contains("KITAPLATZ_SECRET_KEY"));
        let c = AppConfig {
            api_requests_per_minute: 0,
            ..AppConfig::default()
        };
        assert!(c
            .validate()
            .unwrap_err()
            .to_string()
            .contains("KITAPLATZ_API_REQUESTS_PER_MINUTE"));
        let c = AppConfig {
            smtp_url: Some("mail.example.org".into()),
            ..AppConfig::default()
        };
        assert!(c
            .validate()
            .unwrap_err()
            .to_string()
            .contains("KITAPLATZ_SMTP_URL"));
    }
}
