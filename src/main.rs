//! The `kitaplatz` command: serve (default), migrate, seed, user administration.

use std::io::BufRead;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use diesel::Connection;

use kitaplatz::clock::{Clock, SystemClock};
use kitaplatz::config::AppConfig;
use kitaplatz::db::Db;
use kitaplatz::domain::account::{check_new_password, normalize_email};
use kitaplatz::domain::roles::{Role, Scope};
use kitaplatz::error::AppError;
use kitaplatz::invitations::{self, Invitation};
use kitaplatz::store::{audit::AuditCtx, tenants, users};
use kitaplatz::{auth, cli, seed, App};

#[derive(Parser)]
#[command(
    name = "kitaplatz",
    version,
    about = "Kita-Platzvergabe und Bedarfsplanung"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the portal (default): migrate, seed the demo into an empty database, serve.
    Serve,
    /// Apply pending database migrations.
    Migrate,
    /// Print the OpenAPI document of the JSON API (as served at /api/v1/openapi.json).
    Openapi,
    /// Seed data.
    Seed {
        /// The demo district with three municipalities and one user per role.
        #[arg(long)]
        demo: bool,
    },
    /// User administration.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Districts (Landkreise).
    District {
        #[command(subcommand)]
        command: DistrictCommand,
    },
    /// Municipalities (Gemeinden, the tenants).
    Municipality {
        #[command(subcommand)]
        command: MunicipalityCommand,
    },
    /// SEPA direct debit of parent fees.
    Sepa {
        #[command(subcommand)]
        command: SepaCommand,
    },
    /// Bearer tokens of the JSON API (as at /SLUG/admin/api-tokens).
    ApiToken {
        #[command(subcommand)]
        command: ApiTokenCommand,
    },
    /// Add a new field encryption key to KITAPLATZ_FIELD_KEYS_FILE and re-encrypt every
    /// encrypted field with it (older keys stay in the file for older backups).
    RotateKey,
    /// The current second-factor code of the demo staff accounts (their secret is published
    /// with the demo; real accounts have their own).
    DemoCode,
    /// Duplicate detection: dedupe, dedupe-synth, bench dedupe (no database needed).
    #[command(flatten)]
    Dedupe(kitaplatz::dedupe_cli::DedupeCommand),
    /// Place allocation: allocate, allocate-synth (no database needed).
    #[command(flatten)]
    Allocate(kitaplatz::allocate_cli::AllocateCommand),
}

#[derive(Subcommand)]
enum SepaCommand {
    /// Write the pain.008.001.08 file of a collection (made first if there is none that day).
    Export {
        /// The municipality's slug.
        #[arg(long)]
        municipality: String,
        /// The collection date (YYYY-MM-DD).
        #[arg(long)]
        collection_date: String,
        /// The XML file to write.
        #[arg(long)]
        output: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
enum ApiTokenCommand {
    /// Issue a token and print it (only this once; it is stored hashed).
    Create {
        /// The municipality's slug.
        #[arg(long)]
        municipality: String,
        /// What the integration is, as listed on the admin page.
        #[arg(long)]
        name: String,
        /// `youth_office` or `municipality_admin`.
        #[arg(long, default_value = "youth_office")]
        role: String,
        /// May also write (create applications, upsert contracts).
        #[arg(long)]
        write: bool,
    },
}

#[derive(Subcommand)]
enum DistrictCommand {
    /// Create a district.
    Create {
        /// URL slug, e.g. `musterkreis`.
        #[arg(long)]
        slug: String,
        /// Name, e.g. "Landkreis Musterkreis".
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum MunicipalityCommand {
    /// Create a municipality with default settings.
    Create {
        /// Slug of its district.
        #[arg(long)]
        district: String,
        /// URL slug, e.g. `musterstadt`.
        #[arg(long)]
        slug: String,
        /// Name.
        #[arg(long)]
        name: String,
        /// Amtlicher Gemeindeschlüssel (8 digits).
        #[arg(long)]
        ags: String,
        /// Bundesland code: SH HH NI HB NW HE RP BW BY SL BE BB MV SN ST TH.
        #[arg(long)]
        bundesland: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account (bootstrap an operator).
    Create {
        /// E-mail address.
        #[arg(long)]
        email: String,
        /// Role; only `operator` can be created here (everything else through the admin pages).
        #[arg(long, default_value = "operator")]
        role: String,
        /// Read the password from standard input; without it an invitation is mailed.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Invite a municipality's first administrator or a district official.
    Invite {
        /// E-mail address.
        #[arg(long)]
        email: String,
        /// `municipality_admin` or `district_official`.
        #[arg(long)]
        role: String,
        /// Slug of the municipality or district.
        #[arg(long)]
        scope: String,
    },
    /// Remove an account's second factor (lost phone and recovery codes) and end its sessions;
    /// it is set up again at the next login. For the operator, district officials and a
    /// municipality's last administrator; other staff are reset by their municipality admin.
    ResetSecondFactor {
        /// E-mail address.
        #[arg(long)]
        email: String,
    },
    /// Undo a parent's deletion of the account within the soft-delete period (before the
    /// nightly run purges it): the account can log in again; withdrawn applications stay
    /// withdrawn.
    Restore {
        /// E-mail address.
        #[arg(long)]
        email: String,
    },
}

fn init_tracing(config: &AppConfig) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&config.log));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    if config.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("kitaplatz: {message}");
    ExitCode::FAILURE
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Pure commands need neither configuration nor database.
    if let Some(Command::Dedupe(command)) = cli.command {
        return kitaplatz::dedupe_cli::run(command);
    }
    if let Some(Command::Openapi) = cli.command {
        use utoipa::OpenApi;
        return match kitaplatz::web::api::ApiDoc::openapi().to_pretty_json() {
            Ok(doc) => {
                println!("{doc}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("kitaplatz: {e}");
                ExitCode::FAILURE
            }
        };
    }
    if let Some(Command::Allocate(command)) = cli.command {
        return kitaplatz::allocate_cli::run(command);
    }
    if let Some(Command::DemoCode) = cli.command {
        return report(cli::demo_code(&SystemClock));
    }
    let config = match AppConfig::load() {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    init_tracing(&config);
    let db = match Db::connect(&config.database_url) {
        Ok(db) => db,
        Err(e) => return fail(e),
    };
    match cli.command.unwrap_or(Command::Serve) {
        Command::Dedupe(command) => kitaplatz::dedupe_cli::run(command),
        Command::Allocate(command) => kitaplatz::allocate_cli::run(command),
        Command::Serve => serve(config, db),
        Command::Openapi | Command::DemoCode => ExitCode::SUCCESS,
        Command::Migrate => match db.migrate() {
            Ok(applied) => {
                println!("{} migration(s) applied", applied.len());
                ExitCode::SUCCESS
            }
            Err(e) => fail(e),
        },
        Command::Seed { demo } => {
            if !demo {
                return fail("nothing to seed: use --demo");
            }
            let result = db.migrate().and_then(|_| {
                let mut conn = db.get()?;
                if !tenants::is_empty(&mut conn)? {
                    return Err(AppError::Conflict(
                        "the database already holds districts".into(),
                    ));
                }
                seed::seed_demo(&db, &SystemClock, &field_keys(&config)?)
            });
            match result {
                Ok(logins) => {
                    seed::print_logins(&logins, &config.public_url);
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            }
        }
        Command::User {
            command:
                UserCommand::Create {
                    email,
                    role,
                    password_stdin,
                },
        } => create_user(&config, &db, &email, &role, password_stdin),
        Command::User {
            command: UserCommand::Invite { email, role, scope },
        } => report(
            db.migrate()
                .and_then(|_| cli::invite(&db, &SystemClock, &config, &email, &role, &scope)),
        ),
        Command::User {
            command: UserCommand::ResetSecondFactor { email },
        } => report(
            db.migrate()
                .and_then(|_| cli::reset_second_factor(&db, &SystemClock, &email)),
        ),
        Command::User {
            command: UserCommand::Restore { email },
        } => report(
            db.migrate()
                .and_then(|_| cli::restore_account(&db, &SystemClock, &email)),
        ),
        Command::ApiToken {
            command:
                ApiTokenCommand::Create {
                    municipality,
                    name,
                    role,
                    write,
                },
        } => report(db.migrate().and_then(|_| {
            cli::create_api_token(&db, &SystemClock, &municipality, &name, &role, write)
        })),
        Command::RotateKey => report(
            db.migrate()
                .and_then(|_| cli::rotate_key(&db, &SystemClock, &config)),
        ),
        Command::Sepa {
            command:
                SepaCommand::Export {
                    municipality,
                    collection_date,
                    output,
                },
        } => report(db.migrate().and_then(|_| {
            cli::sepa_export(
                &db,
                &SystemClock,
                &config,
                &municipality,
                &collection_date,
                &output,
            )
        })),
        Command::District {
            command: DistrictCommand::Create { slug, name },
        } => report(
            db.migrate()
                .and_then(|_| cli::create_district(&db, &SystemClock, &slug, &name)),
        ),
        Command::Municipality {
            command:
                MunicipalityCommand::Create {
                    district,
                    slug,
                    name,
                    ags,
                    bundesland,
                },
        } => report(db.migrate().and_then(|_| {
            cli::create_municipality(
                &db,
                &SystemClock,
                &district,
                &slug,
                &name,
                &ags,
                &bundesland,
            )
        })),
    }
}

/// The field key ring of the configuration (created on first use).
fn field_keys(config: &AppConfig) -> Result<kitaplatz::field_crypto::KeyRing, AppError> {
    kitaplatz::field_crypto::KeyRing::load_or_create(
        &config.field_keys_file,
        SystemClock.now_naive(),
    )
    .map_err(|e| AppError::BadRequest(e.to_string()))
}

fn report(result: Result<String, AppError>) -> ExitCode {
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

fn create_user(
    config: &AppConfig,
    db: &Db,
    email: &str,
    role: &str,
    password_stdin: bool,
) -> ExitCode {
    if Role::from_code(role) != Some(Role::Operator) {
        return fail("only --role operator can be created on the command line");
    }
    let Some(email) = normalize_email(email) else {
        return fail("invalid e-mail address");
    };
    if let Err(e) = db.migrate() {
        return fail(e);
    }
    let ctx = AuditCtx::new(None, "cli-user-create", SystemClock.now_naive());
    let result = if password_stdin {
        let mut line = String::new();
        if std::io::stdin().lock().read_line(&mut line).is_err() {
            return fail("cannot read the password from standard input");
        }
        let password = line.trim_end_matches(['\r', '\n']).to_string();
        if let Err(problem) = check_new_password(&password, &password) {
            return fail(format!(
                "password refused: {problem:?} (at least 12 characters, not a common password)"
            ));
        }
        auth::hash_password(&password).and_then(|hash| {
            let mut conn = db.get()?;
            conn.transaction(|tx| {
                if users::by_email(tx, &email)?.is_some() {
                    return Err(AppError::Conflict(
                        "an account with this e-mail exists".into(),
                    ));
                }
                let id = users::create(tx, &email, Some(&hash), true, "de", &ctx)?;
                users::grant(tx, &id, Role::Operator, &Scope::Global, &ctx)?;
                Ok(format!("operator {email} created"))
            })
        })
    } else {
        let invitation = Invitation {
            email: email.clone(),
            role: Role::Operator,
            scope: Scope::Global,
            scope_name: "kitaplatz".into(),
            lang: "de".into(),
            base_url: config.public_url.trim_end_matches('/').to_string(),
        };
        db.get().and_then(|mut conn| {
            conn.transaction(|tx| invitations::invite(tx, &invitation, &ctx))
                .map(|_| format!("invitation for {email} queued in the mail outbox (see {} or your SMTP server)", config.mail_dir.display()))
        })
    };
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

fn serve(config: AppConfig, db: Db) -> ExitCode {
    if let Err(e) = db.migrate() {
        return fail(e);
    }
    let empty = db.get().and_then(|mut c| tenants::is_empty(&mut c));
    match empty {
        Ok(true) if config.seed_demo => {
            match field_keys(&config).and_then(|keys| seed::seed_demo(&db, &SystemClock, &keys)) {
                Ok(logins) => seed::print_logins(&logins, &config.public_url),
                Err(e) => return fail(e),
            }
        }
        Ok(false) if config.seed_demo => {
            let mut conn = match db.get() {
                Ok(c) => c,
                Err(e) => return fail(e),
            };
            if let Ok(Some(_)) = tenants::district_by_slug(&mut conn, "musterkreis") {
                seed::print_logins(&seed::demo_logins(), &config.public_url);
            }
        }
        Ok(_) => {}
        Err(e) => return fail(e),
    }
    let secret = match config.secret_key_bytes() {
        Ok(k) => k,
        Err(e) => return fail(e),
    };
    println!(
        "kitaplatz läuft auf http://{}:{} (Datenbank: {:?})",
        config.address,
        config.port,
        db.backend()
    );
    let app = App::new(db, Arc::new(SystemClock), config);
    // The field keys are read (or made) now, so a broken key file stops the start.
    if let Err(e) = app.field_keys() {
        return fail(e);
    }
    let rocket = kitaplatz::build(app, &secret);
    let runtime = match rocket::tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    match runtime.block_on(rocket.launch()) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}
