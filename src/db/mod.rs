//! Database access: one connection enum over SQLite and PostgreSQL, an r2d2 pool, embedded
//! migrations per dialect, and [`Db::run`] which moves every Diesel call off the async executor.

mod group_commit;
pub mod schema;

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{self, ManageConnection, Pool, PooledConnection};
use diesel::{Connection, PgConnection, RunQueryDsl, SqliteConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::error::AppError;

/// Migrations for SQLite; `migrations/postgres` has the same versions for PostgreSQL.
pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
/// Migrations for PostgreSQL.
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// A connection to either database. `Postgresql` comes first: `establish` tries the variants in
/// order and SQLite would accept any string as a file name (our manager picks by scheme anyway).
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    /// Production.
    Postgresql(PgConnection),
    /// Embedded default.
    Sqlite(SqliteConnection),
}

/// Which database a URL points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// `postgres://` or `postgresql://`.
    Postgres,
    /// Anything else: a file path (or `sqlite://path`).
    Sqlite,
}

impl Backend {
    /// Chooses the backend from the URL scheme.
    pub fn of(url: &str) -> Self {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Self::Postgres
        } else {
            Self::Sqlite
        }
    }
}

/// SQLite connection settings applied to every new connection. `synchronous=FULL` because an
/// acknowledged submission must survive a crash (DESIGN.md §7).
const SQLITE_PRAGMAS: &str =
    "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = FULL;";

/// r2d2 manager that opens the right variant for the URL and sets SQLite pragmas.
pub struct Manager {
    url: String,
    backend: Backend,
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        match self.backend {
            Backend::Postgres => PgConnection::establish(&self.url)
                .map(DbConnection::Postgresql)
                .map_err(r2d2::Error::ConnectionError),
            Backend::Sqlite => {
                let path = self.url.strip_prefix("sqlite://").unwrap_or(&self.url);
                let mut conn =
                    SqliteConnection::establish(path).map_err(r2d2::Error::ConnectionError)?;
                conn.batch_execute(SQLITE_PRAGMAS)
                    .map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        diesel::sql_query("SELECT 1")
            .execute(conn)
            .map(|_| ())
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConnection) -> bool {
        false
    }
}

/// The pooled database handle shared by the web layer, the workers and the CLI.
#[derive(Clone)]
pub struct Db {
    pool: Pool<Manager>,
    backend: Backend,
    /// SQLite: one writer at a time through [`Db::write`].
    write_gate: std::sync::Arc<std::sync::Mutex<()>>,
    /// SQLite: the work queued for the next group commit.
    writes: group_commit::Queue,
}

/// A connection checked out of the pool.
pub type PooledConn = PooledConnection<Manager>;

impl Db {
    /// Opens a pool for `url` (does not migrate).
    pub fn connect(url: &str) -> Result<Self, AppError> {
        Self::connect_with_timeout(url, Duration::from_secs(10))
    }

    /// Opens a pool; waiting for a connection gives up after `timeout`. Connections are made
    /// lazily, so a database that is down at start shows up in `/healthz` instead of a hang.
    pub fn connect_with_timeout(url: &str, timeout: Duration) -> Result<Self, AppError> {
        let backend = Backend::of(url);
        let manager = Manager {
            url: url.to_string(),
            backend,
        };
        let size = match backend {
            Backend::Postgres => 16,
            Backend::Sqlite => 8,
        };
        let pool = Pool::builder()
            .max_size(size)
            .min_idle(Some(1))
            .connection_timeout(timeout)
            .build_unchecked(manager);
        Ok(Self {
            pool,
            backend,
            write_gate: std::sync::Arc::default(),
            writes: group_commit::Queue::default(),
        })
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A connection for synchronous callers (CLI, workers already on a blocking thread).
    pub fn get(&self) -> Result<PooledConn, AppError> {
        self.pool
            .get()
            .map_err(|e| AppError::Unavailable(format!("database: {e}")))
    }

    /// Runs Diesel work on the blocking pool, never on the async executor.
    pub async fn run<T, F>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let db = self.clone();
        rocket::tokio::task::spawn_blocking(move || {
            let mut conn = db.get()?;
            f(&mut conn)
        })
        .await
        .map_err(|e| AppError::Internal(format!("blocking task: {e}")))?
    }

    /// Like [`Db::run`], for work that writes in a hot path (submissions). On SQLite the
    /// writers of this process queue and share commits ([`group_commit`]): one disk flush for
    /// many submissions, each still in its own savepoint and answered only after the commit.
    /// Before, every submission paid its own flush and the writers met in SQLite's busy
    /// handler (see `docs/benchmarks.md`, "Registration day load"). On PostgreSQL the same as
    /// `run`.
    pub async fn write<T, F>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        if self.backend != Backend::Sqlite {
            return self.run(f).await;
        }
        let db = self.clone();
        rocket::tokio::task::spawn_blocking(move || group_commit::write(&db, f))
            .await
            .map_err(|e| AppError::Internal(format!("blocking task: {e}")))?
    }

    /// Applies pending migrations of the right dialect; returns the versions applied.
    pub fn migrate(&self) -> Result<Vec<String>, AppError> {
        let mut conn = self.get()?;
        let applied = match &mut *conn {
            DbConnection::Postgresql(c) => c
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|v| v.iter().map(|m| m.to_string()).collect()),
            DbConnection::Sqlite(c) => c
                .run_pending_migrations(SQLITE_MIGRATIONS)
                .map(|v| v.iter().map(|m| m.to_string()).collect()),
        };
        applied.map_err(|e| AppError::Internal(format!("migration failed: {e}")))
    }

    /// `true` when the database answers a trivial query.
    pub fn ping(&self) -> bool {
        self.get()
            .and_then(|mut c| {
                diesel::sql_query("SELECT 1")
                    .execute(&mut *c)
                    .map_err(AppError::from)
            })
            .is_ok()
    }
}
