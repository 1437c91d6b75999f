//! Contract tests: the same suite runs for MESO and OK.EWO against the simulator on port 0.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use kitaplatz_register::sim::{self, Fault, Residents, SimHandle};
use kitaplatz_register::{
    client, Address, Candidate, Endpoint, Guardian, Kind, Outcome, Register, RequestMeta,
    SearchRequest,
};

const TIMEOUT: Duration = Duration::from_secs(5);

async fn simulator() -> SimHandle {
    sim::start(Residents::demo(), SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .expect("simulator starts")
}

fn endpoint(url: String, timeout: Duration) -> Endpoint {
    Endpoint {
        url,
        username: Some("kitaplatz".into()),
        password: Some("test".into()),
        timeout,
        client_identity_pem: None,
        ca_certificate_pem: None,
    }
}

fn register(sim: &SimHandle, kind: Kind, timeout: Duration) -> impl Register {
    client(kind, endpoint(sim.url(kind), timeout)).expect("valid configuration")
}

fn address(street: &str, house_number: &str, postal_code: &str, city: &str) -> Address {
    Address {
        street: street.into(),
        house_number: house_number.into(),
        postal_code: postal_code.into(),
        city: city.into(),
    }
}

fn search(
    ags: &str,
    family: &str,
    first: &str,
    birth: (i32, u32, u32),
    addr: Option<Address>,
) -> SearchRequest {
    SearchRequest {
        family_name: family.into(),
        first_names: first.into(),
        birth_date: NaiveDate::from_ymd_opt(birth.0, birth.1, birth.2).expect("valid date"),
        address: addr,
        municipality_key: ags.into(),
        meta: RequestMeta {
            authority: "Stadt Musterstadt – Jugendamt".into(),
            file_reference: "KP-2026-000042".into(),
            reason: "Prüfung Betreuungsanfrage Kindertagesbetreuung".into(),
            procedure: "kitaplatz-registerpruefung".into(),
        },
    }
}

fn mia() -> SearchRequest {
    search(
        "05958001",
        "Beispiel",
        "Mia",
        (2023, 3, 14),
        Some(address("Lindenallee", "7", "59999", "Musterstadt")),
    )
}

fn assert_unavailable(outcome: &Outcome, containing: &str) {
    match outcome {
        Outcome::Unavailable(reason) => {
            assert!(
                reason.contains(containing),
                "reason {reason:?} should contain {containing:?}"
            )
        }
        other => panic!("expected Unavailable, got {other:?}"),
    }
}

// ---- the suite, generic over the dialect -------------------------------------------------

async fn finds_a_child_with_address_and_guardians(kind: Kind) {
    let sim = simulator().await;
    let register = register(&sim, kind, TIMEOUT);
    let Outcome::Found(person) = register.search(&mia()).await else {
        panic!("Mia Beispiel should be found")
    };
    assert_eq!(person.register_id, "MS-000001");
    assert_eq!(
        person.address,
        address("Lindenallee", "7", "59999", "Musterstadt")
    );
    assert_eq!(
        person.guardians,
        vec![Guardian {
            family_name: "Beispiel".into(),
            first_names: "Anna".into()
        }]
    );

    // Without an address, with different case, umlaut spelling and a second first name.
    let ben = search("05958001", "BEISPIEL", "Ben Lukas", (2021, 6, 2), None);
    let Outcome::Found(person) = register.search(&ben).await else {
        panic!("Ben Beispiel should be found")
    };
    assert_eq!(person.register_id, "MS-000002");

    let emil = search(
        "05958002",
        "Muster",
        "Emil",
        (2022, 9, 1),
        Some(address("Dorfstr.", "3", "59998", "")),
    );
    let Outcome::Found(person) = register.search(&emil).await else {
        panic!("Emil Muster should be found")
    };
    assert_eq!(person.register_id, "BD-000001");
    assert_eq!(
        person.address,
        address("Dorfstraße", "3", "59998", "Beispieldorf")
    );
    assert_eq!(person.guardians[0].first_names, "Eva");
    assert_eq!(sim.requests(), 3);
}

async fn does_not_find_strangers(kind: Kind) {
    let sim = simulator().await;
    let register = register(&sim, kind, TIMEOUT);
    let kai = search("05958001", "Fremd", "Kai", (2022, 1, 1), None);
    assert_eq!(register.search(&kai).await, Outcome::NotFound);
    // Mia lives in Musterstadt, not in Beispieldorf (where Lena has the same birthday).
    let mut elsewhere = mia();
    elsewhere.municipality_key = "05958002".into();
    assert_eq!(register.search(&elsewhere).await, Outcome::NotFound);
    let lena = search("05958002", "Beispiel", "Lena", (2023, 3, 14), None);
    assert!(
        matches!(register.search(&lena).await, Outcome::Found(p) if p.register_id == "BD-000002")
    );
    // Auskunftssperre: never returned.
    let blocked = search("05958001", "Geheim", "Sophie", (2022, 11, 11), None);
    assert_eq!(register.search(&blocked).await, Outcome::NotFound);
}

async fn lists_ambiguous_matches(kind: Kind) {
    let sim = simulator().await;
    let register = register(&sim, kind, TIMEOUT);
    let paul = |addr| search("05958001", "Schmidt", "Paul", (2022, 5, 1), addr);
    let Outcome::Ambiguous(candidates) = register
        .search(&paul(Some(address(
            "Lindenallee",
            "7",
            "59999",
            "Musterstadt",
        ))))
        .await
    else {
        panic!("two Paul Schmidt should be ambiguous")
    };
    let mut ids: Vec<&str> = candidates.iter().map(|c| c.register_id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["MS-000003", "MS-000004"]);
    let first: &Candidate = &candidates[0];
    assert_eq!(first.family_name, "Schmidt");
    assert_eq!(first.birth_date, NaiveDate::from_ymd_opt(2022, 5, 1));
    assert!(first.address.is_some());

    // The right address picks one.
    let at_home = paul(Some(address("Bahnhofstraße", "9", "59999", "Musterstadt")));
    assert!(
        matches!(register.search(&at_home).await, Outcome::Found(p) if p.register_id == "MS-000004")
    );

    // Someone who moved abroad comes as a one-entry Trefferliste with the hint.
    let finn = search("05958001", "Weg", "Finn", (2021, 8, 20), None);
    let Outcome::Ambiguous(candidates) = register.search(&finn).await else {
        panic!("Finn Weg should come with a hint")
    };
    assert_eq!(candidates.len(), 1);
    assert_eq!(candidates[0].hint.as_deref(), Some("verzogen ins Ausland"));
}

async fn unavailable_on_timeout(kind: Kind) {
    let sim = simulator().await;
    sim.set_fault(Fault::Slow(Duration::from_secs(3)));
    let register = register(&sim, kind, Duration::from_millis(300));
    let started = Instant::now();
    let outcome = register.search(&mia()).await;
    assert_unavailable(&outcome, "timeout");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "gave up after {:?}",
        started.elapsed()
    );
    assert_eq!(sim.requests(), 1);
}

async fn unavailable_on_server_error(kind: Kind) {
    let sim = simulator().await;
    sim.set_fault(Fault::ServerError);
    let register = register(&sim, kind, TIMEOUT);
    assert_unavailable(&register.search(&mia()).await, "HTTP status 500");
    // Back to normal.
    sim.set_fault(Fault::None);
    assert!(matches!(register.search(&mia()).await, Outcome::Found(_)));
    assert_eq!(sim.requests(), 2);
}

async fn unavailable_on_malformed_xml(kind: Kind) {
    let sim = simulator().await;
    sim.set_fault(Fault::Malformed);
    let register = register(&sim, kind, TIMEOUT);
    assert_unavailable(&register.search(&mia()).await, "malformed XML");
    assert_unavailable(
        &register
            .search(&search("05958001", "Fremd", "Kai", (2022, 1, 1), None))
            .await,
        "malformed XML",
    );
}

async fn unavailable_when_refused(kind: Kind) {
    // Nothing listens on a port that was just free.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let path = match kind {
        Kind::Meso => sim::MESO_PATH,
        Kind::OkEwo => sim::OKEWO_PATH,
    };
    let register = client(
        kind,
        endpoint(format!("http://127.0.0.1:{port}{path}"), TIMEOUT),
    )
    .expect("valid");
    assert_unavailable(&register.search(&mia()).await, "connection failed");
}

async fn unavailable_on_wrong_path(kind: Kind) {
    let sim = simulator().await;
    let register = client(
        kind,
        endpoint(format!("{}/nowhere", sim.base_url()), TIMEOUT),
    )
    .expect("valid");
    assert_unavailable(&register.search(&mia()).await, "HTTP status 404");
}

async fn controlled_from_outside(kind: Kind) {
    let sim = simulator().await;
    let register = register(&sim, kind, Duration::from_millis(500));
    let http = reqwest::Client::new();
    let control = format!("{}{}", sim.base_url(), sim::CONTROL_FAULT_PATH);
    let set = |body: &'static str, query: &'static str| {
        let request = http.post(format!("{control}{query}")).body(body);
        async move {
            request
                .send()
                .await
                .expect("control endpoint answers")
                .status()
                .as_u16()
        }
    };

    assert_eq!(set("error", "").await, 200);
    assert_eq!(sim.fault(), Fault::ServerError);
    assert_unavailable(&register.search(&mia()).await, "HTTP status 500");

    assert_eq!(set("slow", "?delay_ms=2000").await, 200);
    assert_eq!(sim.fault(), Fault::Slow(Duration::from_millis(2000)));
    assert_unavailable(&register.search(&mia()).await, "timeout");

    assert_eq!(set("malformed", "").await, 200);
    assert_unavailable(&register.search(&mia()).await, "malformed");

    assert_eq!(set("none", "").await, 200);
    assert!(matches!(register.search(&mia()).await, Outcome::Found(_)));

    assert_eq!(set("explode", "").await, 400);
    assert_eq!(set("slow", "?delay_ms=soon").await, 400);
    assert_eq!(sim.fault(), Fault::None);
    assert_eq!(sim.requests(), 4, "control requests are not counted");

    let health = http
        .get(format!("{}{}", sim.base_url(), sim::HEALTH_PATH))
        .send()
        .await
        .expect("healthz answers");
    assert_eq!(health.status().as_u16(), 200);
}

async fn stops_when_shut_down(kind: Kind) {
    let sim = simulator().await;
    let register = register(&sim, kind, TIMEOUT);
    assert!(matches!(register.search(&mia()).await, Outcome::Found(_)));
    let url = sim.url(kind);
    sim.shutdown().await;
    let register = client(kind, endpoint(url, TIMEOUT)).expect("valid");
    assert_unavailable(&register.search(&mia()).await, "");
}

macro_rules! contract_suite {
    ($module:ident, $kind:expr) => {
        mod $module {
            use super::*;

            #[tokio::test]
            async fn found() {
                finds_a_child_with_address_and_guardians($kind).await
            }
            #[tokio::test]
            async fn not_found() {
                does_not_find_strangers($kind).await
            }
            #[tokio::test]
            async fn ambiguous() {
                lists_ambiguous_matches($kind).await
            }
            #[tokio::test]
            async fn timeout() {
                unavailable_on_timeout($kind).await
            }
            #[tokio::test]
            async fn server_error() {
                unavailable_on_server_error($kind).await
            }
            #[tokio::test]
            async fn malformed() {
                unavailable_on_malformed_xml($kind).await
            }
            #[tokio::test]
            async fn connection_refused() {
                unavailable_when_refused($kind).await
            }
            #[tokio::test]
            async fn wrong_path() {
                unavailable_on_wrong_path($kind).await
            }
            #[tokio::test]
            async fn fault_control_endpoint() {
                controlled_from_outside($kind).await
            }
            #[tokio::test]
            async fn shutdown() {
                stops_when_shut_down($kind).await
            }
        }
    };
}

contract_suite!(meso, Kind::Meso);
contract_suite!(okewo, Kind::OkEwo);
