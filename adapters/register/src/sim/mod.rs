//! Register simulator: serves both dialects from a list of synthetic residents.
//!
//! Start it in-process on the current tokio runtime with [`start`], or as the binary
//! `kitaplatz-register-sim`. Routes:
//!
//! | method and path | what |
//! |---|---|
//! | `POST` [`MESO_PATH`] (`/meso/MESOWebService`) | MESO: SOAP 1.1, see [`crate::meso`] |
//! | `POST` [`OKEWO_PATH`] (`/okkomm/gateway`) | OK.EWO through the gateway, see [`crate::okewo`] |
//! | `POST` [`CONTROL_FAULT_PATH`] (`/control/fault`) | body `none`, `slow`, `error` or `malformed`; optional `?delay_ms=N` for `slow` |
//! | `GET` [`HEALTH_PATH`] (`/healthz`) | `ok` |
//!
//! Faults apply to the two register routes: `slow` answers after a delay, `error` answers
//! HTTP 500 with a plain-text body, `malformed` answers HTTP 200 with the right content type
//! and a truncated XML answer. The simulator is for development and tests: it checks no
//! credentials and should only listen on loopback.

mod residents;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

pub use residents::{fold, Resident, Residents, ResidentsError, DEMO_CSV};

use crate::xmeld::Answer;
use crate::xml::MAX_MESSAGE_BYTES;
use crate::{meso, okewo, Kind};

/// MESO endpoint path.
pub const MESO_PATH: &str = "/meso/MESOWebService";
/// OK.EWO (OK.KOMM gateway) endpoint path.
pub const OKEWO_PATH: &str = "/okkomm/gateway";
/// Runtime fault control.
pub const CONTROL_FAULT_PATH: &str = "/control/fault";
/// Health check.
pub const HEALTH_PATH: &str = "/healthz";
/// Delay of `slow` when none is given.
pub const DEFAULT_SLOW_DELAY: Duration = Duration::from_secs(5);

/// How the simulator misbehaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fault {
    /// Answer normally.
    #[default]
    None,
    /// Answer normally after this delay.
    Slow(Duration),
    /// HTTP 500 with a plain-text body.
    ServerError,
    /// HTTP 200, right content type, truncated XML.
    Malformed,
}

impl Fault {
    /// Parses `none`, `slow`, `error` or `malformed`; `slow` takes `slow_delay`.
    pub fn parse(name: &str, slow_delay: Duration) -> Option<Fault> {
        match name.trim().to_ascii_lowercase().as_str() {
            "none" => Some(Fault::None),
            "slow" => Some(Fault::Slow(slow_delay)),
            "error" => Some(Fault::ServerError),
            "malformed" => Some(Fault::Malformed),
            _ => None,
        }
    }

    /// The name used by [`Fault::parse`] and the control endpoint.
    pub fn name(self) -> &'static str {
        match self {
            Fault::None => "none",
            Fault::Slow(_) => "slow",
            Fault::ServerError => "error",
            Fault::Malformed => "malformed",
        }
    }
}

/// State shared by all connections.
#[derive(Debug)]
struct State {
    residents: Residents,
    fault: Mutex<Fault>,
    slow_delay: Mutex<Duration>,
    requests: AtomicU64,
}

impl State {
    fn fault(&self) -> Fault {
        *self.fault.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn set_fault(&self, fault: Fault) {
        *self.fault.lock().unwrap_or_else(|e| e.into_inner()) = fault;
    }

    fn slow_delay(&self) -> Duration {
        *self.slow_delay.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A running simulator. Dropping the handle stops it (open connections are closed too).
#[derive(Debug)]
pub struct SimHandle {
    addr: SocketAddr,
    state: Arc<State>,
    task: Option<JoinHandle<()>>,
}

impl SimHandle {
    /// The address it listens on (with the real port when started on port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://<addr>`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The endpoint URL for a dialect.
    pub fn url(&self, kind: Kind) -> String {
        let path = match kind {
            Kind::Meso => MESO_PATH,
            Kind::OkEwo => OKEWO_PATH,
        };
        format!("{}{path}", self.base_url())
    }

    /// Changes the fault for the following requests.
    pub fn set_fault(&self, fault: Fault) {
        self.state.set_fault(fault);
    }

    /// The current fault.
    pub fn fault(&self) -> Fault {
        self.state.fault()
    }

    /// The delay the control endpoint uses for `slow` without `delay_ms`.
    pub fn set_default_delay(&self, delay: Duration) {
        *self
            .state
            .slow_delay
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = delay;
    }

    /// Requests received on the two register routes so far (faulty ones included).
    pub fn requests(&self) -> u64 {
        self.state.requests.load(Ordering::SeqCst)
    }

    /// Stops accepting, closes open connections and waits until the server task has ended.
    pub async fn shutdown(mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
            let _ = task.await;
        }
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// Binds `addr` (port 0 picks a free port) and serves on the current tokio runtime.
pub async fn start(residents: Residents, addr: SocketAddr) -> std::io::Result<SimHandle> {
    let listener = TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let state = Arc::new(State {
        residents,
        fault: Mutex::new(Fault::None),
        slow_delay: Mutex::new(DEFAULT_SLOW_DELAY),
        requests: AtomicU64::new(0),
    });
    let task = tokio::spawn(serve(listener, Arc::clone(&state)));
    Ok(SimHandle {
        addr,
        state,
        task: Some(task),
    })
}

/// Accept loop. Connections live in a `JoinSet`, so aborting this task closes them all.
async fn serve(listener: TcpListener, state: Arc<State>) {
    let mut connections = JoinSet::new();
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(error) => {
                tracing::warn!(%error, "register simulator: accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        while connections.try_join_next().is_some() {}
        let state = Arc::clone(&state);
        connections.spawn(async move {
            let service = service_fn(move |request| handle(Arc::clone(&state), request));
            if let Err(error) = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await
            {
                tracing::debug!(%error, "register simulator: connection ended with an error");
            }
        });
    }
}

type HttpResponse = Response<Full<Bytes>>;

fn respond(status: StatusCode, content_type: &'static str, body: impl Into<Bytes>) -> HttpResponse {
    let mut response = Response::new(Full::new(body.into()));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

fn plain(status: StatusCode, text: &'static str) -> HttpResponse {
    respond(status, "text/plain; charset=utf-8", text)
}

async fn handle(state: Arc<State>, request: Request<Incoming>) -> Result<HttpResponse, Infallible> {
    let path = request.uri().path().to_owned();
    let method = request.method().clone();
    let response = match (path.as_str(), method) {
        (HEALTH_PATH, Method::GET) => plain(StatusCode::OK, "ok"),
        (CONTROL_FAULT_PATH, Method::POST) => control(&state, request).await,
        (MESO_PATH | OKEWO_PATH, Method::POST) => {
            state.requests.fetch_add(1, Ordering::SeqCst);
            let kind = if path == MESO_PATH {
                Kind::Meso
            } else {
                Kind::OkEwo
            };
            register(&state, kind, request).await
        }
        (HEALTH_PATH | CONTROL_FAULT_PATH | MESO_PATH | OKEWO_PATH, _) => {
            plain(StatusCode::METHOD_NOT_ALLOWED, "method not allowed")
        }
        _ => plain(StatusCode::NOT_FOUND, "not found"),
    };
    Ok(response)
}

/// Reads a request body up to `limit` bytes.
async fn body(request: Request<Incoming>, limit: usize) -> Option<Bytes> {
    Limited::new(request.into_body(), limit)
        .collect()
        .await
        .ok()
        .map(|b| b.to_bytes())
}

/// `POST /control/fault` with body `none|slow|error|malformed` and optional `?delay_ms=N`.
async fn control(state: &State, request: Request<Incoming>) -> HttpResponse {
    let delay = request
        .uri()
        .query()
        .unwrap_or_default()
        .split('&')
        .find_map(|pair| pair.strip_prefix("delay_ms="))
        .map(|ms| ms.parse::<u64>().map(Duration::from_millis));
    let delay = match delay {
        None => state.slow_delay(),
        Some(Ok(delay)) => delay,
        Some(Err(_)) => {
            return plain(
                StatusCode::BAD_REQUEST,
                "delay_ms must be a number of milliseconds\n",
            )
        }
    };
    let Some(body) = body(request, 1024).await else {
        return plain(StatusCode::BAD_REQUEST, "body too large\n");
    };
    match std::str::from_utf8(&body)
        .ok()
        .and_then(|name| Fault::parse(name, delay))
    {
        Some(fault) => {
            state.set_fault(fault);
            tracing::info!(fault = fault.name(), "register simulator: fault changed");
            respond(
                StatusCode::OK,
                "text/plain; charset=utf-8",
                format!("fault={}\n", fault.name()),
            )
        }
        None => plain(
            StatusCode::BAD_REQUEST,
            "body must be none, slow, error or malformed\n",
        ),
    }
}

/// One of the two register routes, with the current fault applied.
async fn register(state: &State, kind: Kind, request: Request<Incoming>) -> HttpResponse {
    let soap_action = request.headers().get("SOAPAction").cloned();
    let Some(body) = body(request, MAX_MESSAGE_BYTES).await else {
        return plain(StatusCode::PAYLOAD_TOO_LARGE, "request too large\n");
    };
    let fault = state.fault();
    match fault {
        Fault::Slow(delay) => tokio::time::sleep(delay).await,
        Fault::ServerError => {
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "simulated server error\n",
            )
        }
        Fault::None | Fault::Malformed => {}
    }
    let (status, content_type, mut answer) = match kind {
        Kind::Meso => meso_answer(&state.residents, soap_action.as_ref(), &body),
        Kind::OkEwo => okewo_answer(&state.residents, &body),
    };
    if fault == Fault::Malformed {
        // Still announced as XML, no longer well-formed.
        answer.truncate(answer.len() / 2);
    }
    respond(status, content_type, answer)
}

/// Status, content type and body of an answer.
type Reply = (StatusCode, &'static str, Vec<u8>);

fn meso_answer(residents: &Residents, soap_action: Option<&HeaderValue>, body: &[u8]) -> Reply {
    let fault = |code: &str, text: &str| {
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            meso::CONTENT_TYPE,
            meso::build_fault(code, text),
        )
    };
    let action = soap_action
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if action.trim().trim_matches('"') != meso::SOAP_ACTION.trim_matches('"') {
        return fault("soap:Client", "unknown SOAPAction");
    }
    let received = match meso::parse_request(body) {
        Ok(received) => received,
        Err(error) => return fault("soap:Client", &format!("invalid request: {error}")),
    };
    let answer = residents.search(&received.reader_ags, &received.search);
    log_answer(Kind::Meso, &received.search.meta.file_reference, &answer);
    (
        StatusCode::OK,
        meso::CONTENT_TYPE,
        meso::build_response(&received, &answer),
    )
}

fn okewo_answer(residents: &Residents, body: &[u8]) -> Reply {
    let status = |id: &str, code: &str| {
        (
            StatusCode::OK,
            okewo::CONTENT_TYPE,
            okewo::build_response(id, code, None, &Answer::NoHit),
        )
    };
    let auftrag = match okewo::parse_request(body) {
        Ok(auftrag) => auftrag,
        Err(_) => return status("", okewo::STATUS_INVALID),
    };
    if auftrag.verfahren != okewo::VERFAHREN {
        return status(&auftrag.id, okewo::STATUS_INVALID);
    }
    if !residents.iter().any(|r| r.ags == auftrag.mandant) {
        return status(&auftrag.id, okewo::STATUS_UNKNOWN_MANDANT);
    }
    if auftrag.mandant != auftrag.request.reader_ags {
        return status(&auftrag.id, okewo::STATUS_MANDANT_MISMATCH);
    }
    let received = &auftrag.request;
    let answer = residents.search(&auftrag.mandant, &received.search);
    log_answer(Kind::OkEwo, &received.search.meta.file_reference, &answer);
    (
        StatusCode::OK,
        okewo::CONTENT_TYPE,
        okewo::build_response(&auftrag.id, okewo::STATUS_OK, Some(received), &answer),
    )
}

fn log_answer(kind: Kind, file_reference: &str, answer: &Answer) {
    let result = match answer {
        Answer::Found(_) => "found",
        Answer::Candidates(_) => "trefferliste",
        Answer::NoHit => "no_hit",
        Answer::Refused { .. } => "nichterstellung",
    };
    tracing::debug!(dialect = kind.as_str(), aktenzeichen = %file_reference, result, "register simulator answered");
}
