//! `kitaplatz-register-sim`: the register simulator as a stand-alone server.
//!
//! ```text
//! kitaplatz-register-sim --bind 127.0.0.1:8090 [--residents FILE] [--fault none|slow|error|malformed] [--delay-ms 5000]
//! ```
//! MESO is served at `/meso/MESOWebService`, OK.EWO at `/okkomm/gateway`; `POST /control/fault`
//! changes the fault at run time, `GET /healthz` answers `ok`. Stop it with Ctrl-C.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use kitaplatz_register::sim::{self, Fault, Residents};
use kitaplatz_register::Kind;

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FaultArg {
    None,
    Slow,
    Error,
    Malformed,
}

/// Population-register simulator (MESO and OK.EWO dialects) for development and tests.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8090")]
    bind: SocketAddr,
    /// Residents CSV; the bundled synthetic residents when not given.
    #[arg(long, value_name = "FILE")]
    residents: Option<PathBuf>,
    /// Misbehave from the start.
    #[arg(long, value_enum, default_value = "none")]
    fault: FaultArg,
    /// Delay of the `slow` fault in milliseconds (also the default for /control/fault).
    #[arg(long, default_value_t = 5000)]
    delay_ms: u64,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let args = Args::parse();

    let residents = match &args.residents {
        None => Residents::demo(),
        Some(path) => match std::fs::File::open(path)
            .map_err(|e| e.to_string())
            .and_then(|file| Residents::from_csv_reader(file).map_err(|e| e.to_string()))
        {
            Ok(residents) => residents,
            Err(error) => {
                eprintln!("cannot read {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
        },
    };
    let count = residents.len();
    let handle = match sim::start(residents, args.bind).await {
        Ok(handle) => handle,
        Err(error) => {
            eprintln!("cannot listen on {}: {error}", args.bind);
            return ExitCode::FAILURE;
        }
    };
    let delay = Duration::from_millis(args.delay_ms);
    handle.set_default_delay(delay);
    handle.set_fault(match args.fault {
        FaultArg::None => Fault::None,
        FaultArg::Slow => Fault::Slow(delay),
        FaultArg::Error => Fault::ServerError,
        FaultArg::Malformed => Fault::Malformed,
    });
    println!(
        "register simulator with {count} residents listening on {}",
        handle.base_url()
    );
    println!("  MESO:    POST {}", handle.url(Kind::Meso));
    println!("  OK.EWO:  POST {}", handle.url(Kind::OkEwo));
    println!(
        "  control: POST {}{} (none|slow|error|malformed, ?delay_ms=N)",
        handle.base_url(),
        sim::CONTROL_FAULT_PATH
    );
    println!("  fault:   {}", handle.fault().name());

    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("cannot wait for Ctrl-C: {error}");
    }
    handle.shutdown().await;
    ExitCode::SUCCESS
}
