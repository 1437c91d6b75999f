//! Test harness: a fresh database per test (temporary SQLite file, or a fresh PostgreSQL
//! database when `KITAPLATZ_TEST_DATABASE_URL` is set), the real Rocket router, a manual
//! clock, and mail delivered into a temporary folder.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use diesel::{Connection, PgConnection, RunQueryDsl};
use kitaplatz::clock::ManualClock;
use kitaplatz::config::AppConfig;
use kitaplatz::db::Db;
use kitaplatz::App;
use rocket::http::{ContentType, Header, Status};
use rocket::local::blocking::{Client, LocalResponse};

/// Password of every demo user.
pub const PW: &str = kitaplatz::seed::DEMO_PASSWORD;
/// Public URL used in mails.
pub const BASE: &str = "http://kita.test";

/// A PostgreSQL database that is dropped with the test.
struct PgDatabase {
    admin_url: String,
    name: String,
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut conn) = PgConnection::establish(&self.admin_url) {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut conn);
        }
    }
}

/// One test's world.
pub struct TestApp {
    pub app: Arc<App>,
    pub clock: ManualClock,
    pub mail_dir: PathBuf,
    _tmp: tempfile::TempDir,
    _pg: Option<PgDatabase>,
}

/// The database URL for a fresh test database.
fn fresh_database(tmp: &tempfile::TempDir) -> (String, Option<PgDatabase>) {
    match std::env::var("KITAPLATZ_TEST_DATABASE_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("kp_test_{}", uuid::Uuid::new_v4().simple());
            let mut conn = PgConnection::establish(&admin_url).expect("PostgreSQL for tests");
            diesel::sql_query(format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .expect("create test database");
            let url = match admin_url.rsplit_once('/') {
                Some((base, _)) => format!("{base}/{name}"),
                None => panic!("KITAPLATZ_TEST_DATABASE_URL needs a database path"),
            };
            (url, Some(PgDatabase { admin_url, name }))
        }
        _ => (
            tmp.path().join("test.db").to_string_lossy().into_owned(),
            None,
        ),
    }
}

impl TestApp {
    /// Migrated, empty database.
    pub fn empty() -> Self {
        let tmp = tempfile::tempdir().expect("tempdir");
        let (url, pg) = fresh_database(&tmp);
        let db = Db::connect(&url).expect("connect");
        db.migrate().expect("migrate");
        let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap());
        let mail_dir = tmp.path().join("mail");
        let config = AppConfig {
            database_url: url,
            public_url: BASE.into(),
            mail_dir: mail_dir.clone(),
            field_keys_file: tmp.path().join("field-keys"),
            mail_worker: false,
            seed_demo: false,
            register_worker: false,
            job_worker: false,
            register_simulator: None,
            template_dir: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates"),
            ..AppConfig::default()
        };
        let app = App::new(db, Arc::new(clock.clone()), config);
        TestApp {
            app,
            clock,
            mail_dir,
            _tmp: tmp,
            _pg: pg,
        }
    }

    /// With the demo seeded.
    pub fn demo() -> Self {
        let t = Self::empty();
        let keys = t.app.field_keys().expect("field keys");
        kitaplatz::seed::seed_demo(&t.app.db, &t.clock, &keys).expect("seed");
        t
    }

    /// A new browser (own cookie jar) on this app.
    pub fn client(&self) -> Browser {
        let rocket = kitaplatz::build(self.app.clone(), &[7u8; 64]);
        Browser {
            client: Client::tracked(rocket).expect("rocket"),
        }
    }

    /// A browser logged in as `email` (demo password). A staff login's second factor is
    /// marked as given in the database: the real code step has its own tests
    /// (`accounts::second_factor_*`), and one code per 30 seconds does not fit a frozen clock.
    pub fn login(&self, email: &str) -> Browser {
        let b = self.client();
        let status = b
            .post_form("/login", &[("email", email), ("password", PW)])
            .status();
        assert_eq!(status, Status::SeeOther, "login of {email} failed");
        self.skip_second_factor(email);
        b
    }

    /// Marks the pending (password-only) sessions of `email` as verified.
    pub fn skip_second_factor(&self, email: &str) {
        use diesel::prelude::*;
        use kitaplatz::clock::Clock;
        use kitaplatz::db::schema::{sessions, users};
        let mut conn = self.app.db.get().expect("conn");
        let id: String = users::table
            .filter(users::email.eq(email))
            .select(users::id)
            .first(&mut conn)
            .expect("user");
        diesel::update(
            sessions::table
                .filter(sessions::user_id.eq(id))
                .filter(sessions::verified_at.is_null()),
        )
        .set(sessions::verified_at.eq(Some(self.clock.now_naive())))
        .execute(&mut conn)
        .expect("verify session");
    }

    /// Delivers the outbox into the mail folder; returns the new mails' texts.
    pub fn deliver_mail(&self) -> Vec<String> {
        let before: Vec<PathBuf> = self.mail_files();
        let transport =
            kitaplatz_mail::MailTransport::new(None, &self.mail_dir).expect("transport");
        kitaplatz::mail::deliver_pending(&self.app, &transport).expect("deliver");
        self.mail_files()
            .into_iter()
            .filter(|p| !before.contains(p))
            .map(|p| std::fs::read_to_string(p).expect("read eml"))
            .collect()
    }

    fn mail_files(&self) -> Vec<PathBuf> {
        std::fs::read_dir(&self.mail_dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default()
    }

    /// Number of audit rows.
    pub fn audit_count(&self) -> i64 {
        let mut conn = self.app.db.get().expect("conn");
        kitaplatz::store::audit::count_all(&mut conn).expect("count")
    }

    /// Actions of all audit rows, oldest first.
    pub fn audit_actions(&self) -> Vec<(String, String)> {
        self.audit_rows().into_iter().map(|r| (r.1, r.2)).collect()
    }

    /// (id, action, entity type) of all audit rows, oldest first. Rows written at the same
    /// (manual clock) time come in no particular order: compare by id, not by position.
    pub fn audit_rows(&self) -> Vec<(String, String, String)> {
        use diesel::prelude::*;
        use kitaplatz::db::schema::audit_log;
        let mut conn = self.app.db.get().expect("conn");
        audit_log::table
            .order(audit_log::at)
            .select((audit_log::id, audit_log::action, audit_log::entity_type))
            .load(&mut *conn)
            .expect("audit rows")
    }
}

/// Follows the invitation mail just sent to `email`, sets `password` and logs in.
pub fn accept_invitation(t: &TestApp, email: &str, password: &str) -> Browser {
    let mails = t.deliver_mail();
    let mail = mails
        .iter()
        .find(|m| m.contains(&format!("To: {email}")))
        .expect("invitation mail");
    let link = link_in(mail, "/invite/").expect("invitation link");
    let b = t.client();
    let set = b
        .post_form(&link, &[("password", password), ("password2", password)])
        .status();
    assert_eq!(set, Status::SeeOther);
    let login = b
        .post_form("/login", &[("email", email), ("password", password)])
        .status();
    assert_eq!(login, Status::SeeOther);
    t.skip_second_factor(email);
    b
}

/// Finds the first link starting with `BASE + prefix` in a text; returns its path.
pub fn link_in(text: &str, prefix: &str) -> Option<String> {
    let start = format!("{BASE}{prefix}");
    let i = text.find(&start)?;
    let rest = &text[i + BASE.len()..];
    let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

/// A client with its own cookies.
pub struct Browser {
    pub client: Client,
}

impl Browser {
    /// GET.
    pub fn get(&self, path: &str) -> LocalResponse<'_> {
        self.client.get(path.to_string()).dispatch()
    }

    /// GET and return status and body.
    pub fn page(&self, path: &str) -> (Status, String) {
        let res = self.get(path);
        let status = res.status();
        (status, res.into_string().unwrap_or_default())
    }

    /// The CSRF token of this browser (fetches a page if needed).
    pub fn csrf(&self) -> String {
        let body = self.get("/login").into_string().unwrap_or_default();
        token_in(&body).expect("csrf token on the login page")
    }

    /// POST a form with the CSRF token.
    pub fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> LocalResponse<'_> {
        let token = self.csrf();
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all)
    }

    /// POST a multipart form with the CSRF token and one file (field `file`).
    pub fn upload(&self, path: &str, name: &str, bytes: &[u8]) -> LocalResponse<'_> {
        let token = self.csrf();
        let boundary = "XkitaplatzX";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.client
            .post(path.to_string())
            .header(ContentType::new("multipart", "form-data").with_params(("boundary", boundary)))
            .header(Header::new("Sec-Fetch-Site", "same-origin"))
            .body(body)
            .dispatch()
    }

    /// POST a form exactly as given (no token added).
    pub fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> LocalResponse<'_> {
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.client
            .post(path.to_string())
            .header(ContentType::Form)
            .header(Header::new("Sec-Fetch-Site", "same-origin"))
            .body(body)
            .dispatch()
    }
}

/// The membership id of `email` as listed on Musterstadt's user page (seen by `admin`).
pub fn musterstadt_membership(admin: &Browser, email: &str) -> String {
    let (_, page) = admin.page("/musterstadt/admin/users");
    let row = page
        .split("<tr>")
        .find(|r| r.contains(email))
        .expect("a row for the address");
    let prefix = "/musterstadt/admin/users/";
    let start = row.find(prefix).expect("a membership link") + prefix.len();
    row[start..start + 36].to_string()
}

/// The value of the first hidden `csrf` field in a page.
pub fn token_in(html: &str) -> Option<String> {
    let marker = "name=\"csrf\" value=\"";
    let i = html.find(marker)? + marker.len();
    Some(html[i..i + 64].to_string())
}

/// `true` when running against PostgreSQL.
pub fn on_postgres() -> bool {
    std::env::var("KITAPLATZ_TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty())
}

/// The current code for a base32 secret at the app's clock (+ `steps` × 30 s).
pub fn code_for(t: &TestApp, base32: &str, steps: i64) -> String {
    let bytes = totp_rs_secret(base32);
    let at = kitaplatz::clock::Clock::now(&t.clock).timestamp() + steps * 30;
    kitaplatz::domain::second_factor::totp(&bytes, "x")
        .expect("totp")
        .generate(u64::try_from(at).unwrap())
        .to_string()
}

/// The raw bytes of a base32 secret (spaces allowed).
pub fn totp_rs_secret(base32: &str) -> Vec<u8> {
    let clean: String = base32.chars().filter(|c| !c.is_whitespace()).collect();
    totp_rs::Secret::try_from_base32(clean)
        .expect("base32")
        .as_ref()
        .to_vec()
}

/// The TOTP key an enrolment page shows as text.
pub fn secret_on(page: &str) -> String {
    let start = page
        .find("<code class=\"secret\" dir=\"ltr\">")
        .expect("secret shown")
        + "<code class=\"secret\" dir=\"ltr\">".len();
    page[start..start + page[start..].find('<').unwrap()].to_string()
}
