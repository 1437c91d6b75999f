//! The background check of submitted applications: population-register lookup (MESO, OK.EWO)
//! and duplicate search. Parents never wait for it and the public portal never queries a
//! register (AKDB forbids online services to do so): submission queues a check, and
//! [`Checker::run_due`] works the queue with a timeout per lookup, retries with backoff and a
//! circuit breaker per municipality so that a dead register does not pile up requests.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use diesel::Connection;
use hmac::{Hmac, Mac};
use kitaplatz_register::sim::{self, Residents, SimHandle};
use kitaplatz_register::{
    client, Address, Endpoint, Kind, Outcome, Register, RequestMeta, SearchRequest,
};
use rocket::fairing::AdHoc;
use sha2::Sha256;

use crate::domain::checks::{backoff, Breaker, RegisterStatus};
use crate::error::AppResult;
use crate::ids::TenantId;
use crate::store::audit::AuditCtx;
use crate::store::checks::{self, Due, Lookup, Settings, Subject};
use crate::App;

/// The procedure name sent to the register and written to the lookup log (§11 BMeldDAV).
pub const PROCEDURE: &str = "kitaplatz-registerpruefung";
/// Why the register is asked.
pub const REASON: &str = "Prüfung Betreuungsanfrage Kindertagesbetreuung";
/// How long a claimed check is kept from other workers.
const LEASE: chrono::Duration = chrono::Duration::minutes(5);

/// The key for the keyed fingerprints of one district: derived from the server secret, so no
/// municipality (and no database dump alone) can recompute them.
pub fn district_key(secret: &[u8], district_id: &str) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC takes any key size");
    mac.update(b"kitaplatz duplicate fingerprints v1\0");
    mac.update(district_id.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// Works the check queue; keeps the circuit breakers between passes.
pub struct Checker {
    app: Arc<App>,
    secret: Vec<u8>,
    breakers: Mutex<HashMap<String, Breaker>>,
}

impl Checker {
    /// A checker for this app; `secret` is the server secret (fingerprint keys derive from it).
    pub fn new(app: Arc<App>, secret: &[u8]) -> Self {
        Self {
            app,
            secret: secret.to_vec(),
            breakers: Mutex::new(HashMap::new()),
        }
    }

    /// Performs the checks that are due; returns how many were handled (completed or put back
    /// for a later attempt).
    pub async fn run_due(&self) -> AppResult<usize> {
        let mut n = 0;
        // One at a time, so that a lease always covers the one lookup in flight.
        while n < 20 {
            let now = self.app.clock.now_naive();
            let due = self
                .app
                .db
                .run(move |conn| checks::claim_due(conn, now, now + LEASE, 1))
                .await?;
            let Some(d) = due.into_iter().next() else {
                break;
            };
            n += 1;
            let id = d.id.clone();
            if let Err(e) = self.check(d).await {
                // Leave it for a later pass; the lease expires by itself.
                tracing::warn!(check = %id, error = %e, "register check failed");
            }
        }
        Ok(n)
    }

    fn breaker<R>(&self, municipality: &str, f: impl FnOnce(&mut Breaker) -> R) -> R {
        let mut map = self.breakers.lock().unwrap_or_else(|e| e.into_inner());
        f(map.entry(municipality.to_string()).or_default())
    }

    async fn check(&self, due: Due) -> AppResult<()> {
        let app = &self.app;
        let now = app.clock.now_naive();
        let tenant = crate::ids::MunicipalityId(due.municipality_id.clone());
        let (application, t2) = (due.application_id.clone(), tenant.clone());
        let (subject, settings) = app
            .db
            .run(move |c| Ok((checks::subject(c, &application)?, checks::settings(c, &t2)?)))
            .await?;
        let Some(subject) = subject.filter(|s| s.open) else {
            // Withdrawn or closed meanwhile: nothing to look up.
            let id = due.id.clone();
            return app.db.run(move |c| checks::complete(c, &id, now)).await;
        };
        let (register, person) = match settings {
            None => (RegisterStatus::Unchecked, None),
            Some(settings) => {
                if let Some(until) = self.breaker(tenant.as_str(), |b| b.blocked_until(now)) {
                    let (id, attempts) = (due.id.clone(), due.attempts);
                    return app
                        .db
                        .run(move |c| {
                            checks::reschedule(c, &id, attempts, until, Some("circuit open"))
                        })
                        .await;
                }
                let outcome = self.lookup(&tenant, &subject, &settings).await?;
                match outcome {
                    Outcome::Found(p) => (RegisterStatus::Resident, Some(p.register_id)),
                    Outcome::NotFound => (RegisterStatus::NotFound, None),
                    // The register refused this search: a person looks, as with several hits.
                    Outcome::Ambiguous(_) | Outcome::Refused(_) => {
                        (RegisterStatus::Ambiguous, None)
                    }
                    Outcome::Unavailable(reason) => {
                        let attempts = due.attempts + 1;
                        let next = now + backoff(attempts);
                        let id = due.id.clone();
                        tracing::warn!(
                            application = %subject.application_id,
                            attempts,
                            "register unavailable, check retried later"
                        );
                        return app
                            .db
                            .run(move |c| checks::reschedule(c, &id, attempts, next, Some(&reason)))
                            .await;
                    }
                }
            }
        };
        let key = district_key(&self.secret, &subject.district_id);
        let ctx = AuditCtx::new(None, format!("check-{}", due.id), now);
        let id = due.id.clone();
        app.db
            .run(move |c| {
                c.transaction(|tx| {
                    // The parents may have changed the child's data during the lookup: then
                    // this answer is stale and the check runs again.
                    let fresh = checks::subject(tx, &subject.application_id)?;
                    if fresh
                        .as_ref()
                        .is_some_and(|f| f.open && f.child != subject.child)
                    {
                        return checks::reschedule(tx, &id, due.attempts, now, None);
                    }
                    checks::record_result(tx, &subject, register, person.as_deref(), &key, &ctx)?;
                    checks::complete(tx, &id, now)
                })
            })
            .await
    }

    /// Asks the register once and logs the lookup.
    async fn lookup(
        &self,
        tenant: &TenantId,
        subject: &Subject,
        settings: &Settings,
    ) -> AppResult<Outcome> {
        let config = &self.app.config;
        let timeout = Duration::from_millis(settings.timeout_ms.clamp(500, 120_000) as u64);
        let read = |p: &Option<std::path::PathBuf>| -> Option<Vec<u8>> {
            p.as_ref().and_then(|p| std::fs::read(p).ok())
        };
        let endpoint = Endpoint {
            url: settings.endpoint.clone(),
            username: settings.username.clone(),
            password: settings.password.clone(),
            timeout,
            client_identity_pem: read(&config.register_client_identity),
            ca_certificate_pem: read(&config.register_ca_certificate),
        };
        let c = &subject.child;
        let request = SearchRequest {
            family_name: c.last_name.clone(),
            first_names: c.first_names.clone(),
            birth_date: c.birth_date.unwrap_or_default(),
            address: Some(Address {
                street: c.street.clone(),
                house_number: c.house_number.clone(),
                postal_code: c.postal_code.clone(),
                city: c.city.clone(),
            }),
            municipality_key: subject.ags.clone(),
            meta: RequestMeta {
                authority: format!("{} – Jugendamt", subject.municipality_name),
                file_reference: subject.application_id.clone(),
                reason: REASON.into(),
                procedure: PROCEDURE.into(),
            },
        };
        let started = Instant::now();
        let outcome = match Kind::parse(&settings.kind)
            .ok_or_else(|| format!("unknown register kind {}", settings.kind))
            .and_then(|kind| client(kind, endpoint).map_err(|e| e.to_string()))
        {
            Ok(client) => {
                // The adapter has its own timeout; this one guards against a hung adapter.
                match rocket::tokio::time::timeout(
                    timeout + Duration::from_secs(5),
                    client.search(&request),
                )
                .await
                {
                    Ok(outcome) => outcome,
                    Err(_) => Outcome::Unavailable("timeout".into()),
                }
            }
            Err(e) => Outcome::Unavailable(format!("configuration: {e}")),
        };
        let now = self.app.clock.now_naive();
        match &outcome {
            Outcome::Unavailable(_) => self.breaker(tenant.as_str(), |b| b.failure(now)),
            _ => self.breaker(tenant.as_str(), |b| b.success()),
        }
        let lookup = Lookup {
            at: now,
            application_id: subject.application_id.clone(),
            procedure_name: PROCEDURE.into(),
            reason: REASON.into(),
            adapter: settings.kind.clone(),
            result: outcome.class().into(),
            duration_ms: started.elapsed().as_millis().min(i32::MAX as u128) as i32,
            detail: match &outcome {
                Outcome::Unavailable(r) | Outcome::Refused(r) => {
                    Some(r.chars().take(200).collect())
                }
                Outcome::Ambiguous(c) => Some(format!("{} candidates", c.len())),
                _ => None,
            },
        };
        let t2 = tenant.clone();
        self.app
            .db
            .run(move |c| checks::log_lookup(c, &t2, &lookup))
            .await?;
        Ok(outcome)
    }
}

/// Starts the check worker when the server lifts off: every two seconds it works what is due.
pub fn worker_fairing(app: Arc<App>, secret: &[u8]) -> AdHoc {
    let checker = Arc::new(Checker::new(app, secret));
    AdHoc::on_liftoff("register check worker", move |_| {
        Box::pin(async move {
            rocket::tokio::spawn(async move {
                loop {
                    match checker.run_due().await {
                        Ok(n) if n > 0 => tracing::info!(checks = n, "register checks handled"),
                        Ok(_) => {}
                        Err(e) => tracing::warn!(error = %e, "register check pass failed"),
                    }
                    rocket::tokio::time::sleep(Duration::from_secs(2)).await;
                }
            });
        })
    })
}

static SIMULATOR: OnceLock<SimHandle> = OnceLock::new();

/// Starts the register simulator (both dialects, synthetic residents) in this process, for the
/// demo: `musterstadt` is wired to its MESO endpoint, `beispieldorf` to its OK.EWO gateway.
pub fn simulator_fairing(addr: std::net::SocketAddr) -> AdHoc {
    AdHoc::on_liftoff("register simulator", move |_| {
        Box::pin(async move {
            match sim::start(Residents::demo(), addr).await {
                Ok(handle) => {
                    tracing::info!(address = %handle.addr(), "register simulator running");
                    let _ = SIMULATOR.set(handle);
                }
                Err(e) => tracing::error!(error = %e, %addr, "register simulator not started"),
            }
        })
    })
}
