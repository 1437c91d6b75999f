//! What the operator can do on the command line besides serving: bootstrap tenants and their
//! first administrators. Each function validates like the admin pages, writes its audit rows,
//! and returns a message for the terminal.

use diesel::Connection;

use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db::Db;
use crate::domain::account::normalize_email;
use crate::domain::roles::{Role, Scope};
use crate::domain::tenant::{validate_ags, validate_slug, Bundesland};
use crate::error::{AppError, AppResult};
use crate::ids::DistrictId;
use crate::invitations::{self, Invitation};
use crate::store::audit::AuditCtx;
use crate::store::tenants::{self, NewMunicipality};

fn ctx(clock: &dyn Clock, what: &str) -> AuditCtx {
    AuditCtx::new(None, format!("cli-{what}"), clock.now_naive())
}

/// `kitaplatz district create --slug … --name …`
pub fn create_district(db: &Db, clock: &dyn Clock, slug: &str, name: &str) -> AppResult<String> {
    let slug = validate_slug(slug)
        .ok_or_else(|| AppError::BadRequest(format!("invalid slug '{slug}'")))?;
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::BadRequest("the name must not be empty".into()));
    }
    let ctx = ctx(clock, "district-create");
    let mut conn = db.get()?;
    conn.transaction(|tx| tenants::create_district(tx, &slug, name, &ctx))?;
    Ok(format!("district {slug} created"))
}

/// `kitaplatz municipality create --district … --slug … --name … --ags … --bundesland …`
pub fn create_municipality(
    db: &Db,
    clock: &dyn Clock,
    district: &str,
    slug: &str,
    name: &str,
    ags: &str,
    bundesland: &str,
) -> AppResult<String> {
    let land = Bundesland::from_code(&bundesland.to_uppercase()).ok_or_else(|| {
        AppError::BadRequest(format!("unknown Bundesland '{bundesland}' (use NW, BY, …)"))
    })?;
    let ags = validate_ags(ags, land)
        .map_err(|e| AppError::BadRequest(format!("invalid AGS '{ags}': {e:?}")))?;
    let slug = validate_slug(slug)
        .ok_or_else(|| AppError::BadRequest(format!("invalid slug '{slug}'")))?;
    let name = name.trim().to_string();
    if name.is_empty() {
        return Err(AppError::BadRequest("the name must not be empty".into()));
    }
    let ctx = ctx(clock, "municipality-create");
    let mut conn = db.get()?;
    let district = tenants::district_by_slug(&mut conn, district)?
        .ok_or_else(|| AppError::BadRequest(format!("no district '{district}'")))?;
    let new = NewMunicipality {
        district: DistrictId(district.id),
        slug: slug.clone(),
        name,
        ags,
        bundesland: land,
    };
    conn.transaction(|tx| tenants::create_municipality(tx, &new, &ctx))?;
    Ok(format!("municipality {slug} created"))
}

/// `kitaplatz user invite --email … --role municipality_admin|district_official --scope SLUG`
pub fn invite(
    db: &Db,
    clock: &dyn Clock,
    config: &AppConfig,
    email: &str,
    role: &str,
    scope: &str,
) -> AppResult<String> {
    let email = normalize_email(email)
        .ok_or_else(|| AppError::BadRequest("invalid e-mail address".into()))?;
    let mut conn = db.get()?;
    let (role, scope, scope_name) = match Role::from_code(role) {
        Some(Role::MunicipalityAdmin) => {
            let m = tenants::municipality_by_slug(&mut conn, scope)?
                .ok_or_else(|| AppError::BadRequest(format!("no municipality '{scope}'")))?;
            (
                Role::MunicipalityAdmin,
                Scope::Municipality {
                    municipality: m.id,
                    facility: None,
                    provider: None,
                },
                m.name,
            )
        }
        Some(Role::DistrictOfficial) => {
            let d = tenants::district_by_slug(&mut conn, scope)?
                .ok_or_else(|| AppError::BadRequest(format!("no district '{scope}'")))?;
            (Role::DistrictOfficial, Scope::District(d.id), d.name)
        }
        _ => {
            return Err(AppError::BadRequest(
                "--role must be municipality_admin or district_official".into(),
            ))
        }
    };
    let invitation = Invitation {
        email: email.clone(),
        role,
        scope,
        scope_name,
        lang: "de".into(),
        base_url: config.public_url.trim_end_matches('/').to_string(),
    };
    let ctx = ctx(clock, "user-invite");
    conn.transaction(|tx| invitations::invite(tx, &invitation, &ctx))?;
    Ok(format!("invitation for {email} queued in the mail outbox"))
}

/// `kitaplatz sepa export --municipality SLUG --collection-date YYYY-MM-DD --output FILE.xml`:
/// the pain.008.001.08 file of the collection on that day. Without one yet, it is made first
/// as the office's button makes it: fees assessed through the month, a debit per household
/// with a mandate, pre-notification mails queued (sent by the running server).
pub fn sepa_export(
    db: &Db,
    clock: &dyn Clock,
    config: &AppConfig,
    slug: &str,
    date: &str,
    output: &std::path::Path,
) -> AppResult<String> {
    use crate::store::sepa::{self, CollectProblem};
    let date = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::BadRequest(format!("collection date '{date}' is not YYYY-MM-DD")))?;
    let mut conn = db.get()?;
    let municipality = tenants::municipality_by_slug(&mut conn, slug)?
        .ok_or_else(|| AppError::BadRequest(format!("no municipality '{slug}'")))?;
    let tenant = municipality.tenant_id();
    let ctx = ctx(clock, "sepa-export");
    let today = clock.now_naive().date();
    let id = match conn.transaction(|tx| sepa::prepare(tx, &tenant, date, today, &config.public_url, &ctx))? {
        Ok(summary) => summary.id.ok_or_else(|| {
            AppError::BadRequest(format!(
                "nothing to collect on {date}: no household with a mandate owes fees \
                 ({} without mandate, {} with an expired mandate)",
                summary.without_mandate, summary.expired
            ))
        })?,
        Err(CollectProblem::Exists(id)) => id,
        Err(CollectProblem::NoCreditor) => {
            return Err(AppError::BadRequest(format!(
                "{slug} has no creditor data (IBAN, creditor identifier): /{slug}/admin/sepa"
            )))
        }
        Err(CollectProblem::TooEarly(earliest)) => {
            return Err(AppError::BadRequest(format!(
                "the collection date must leave time for the pre-notification: {earliest} at the earliest"
            )))
        }
        Err(CollectProblem::MissingRate(e)) => {
            return Err(AppError::BadRequest(format!(
                "the fee schedule (version {}) has no rate for {}, {} hours, income band {} ({}); nothing was booked",
                e.schedule_version,
                e.category,
                e.hours,
                e.band + 1,
                e.month.format("%m/%Y")
            )))
        }
    };
    let xml = sepa::pain008(&mut conn, &tenant, &id)?;
    std::fs::write(output, &xml)
        .map_err(|e| AppError::BadRequest(format!("cannot write {}: {e}", output.display())))?;
    let count = xml.matches("<DrctDbtTxInf>").count();
    Ok(format!(
        "{count} debit(s) on {date} written to {}",
        output.display()
    ))
}

/// `kitaplatz rotate-key`: appends a new field key to the key file and re-encrypts every
/// encrypted field with it, in one transaction. The older keys stay in the file: backups made
/// before still need them (remove a key only when no backup sealed with it is kept).
pub fn rotate_key(db: &Db, clock: &dyn Clock, config: &AppConfig) -> AppResult<String> {
    use crate::field_crypto::KeyRing;
    let path = &config.field_keys_file;
    let id = KeyRing::append_key(path, clock.now_naive())
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    let keys = KeyRing::load_or_create(path, clock.now_naive())
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    let mut conn = db.get()?;
    let n = conn.transaction(|tx| {
        Ok::<_, AppError>(
            crate::store::contracts::reseal_all(tx, &keys)?
                + crate::store::second_factor::reseal_all(tx, &keys)?,
        )
    })?;
    Ok(format!(
        "new field key {id} in {}; {n} encrypted field(s) re-encrypted with it",
        path.display()
    ))
}

/// `kitaplatz demo-code`: the current second-factor code for the demo's published secret.
pub fn demo_code(clock: &dyn Clock) -> AppResult<String> {
    let totp = crate::domain::second_factor::totp(&crate::seed::demo_totp_bytes(), "demo")
        .ok_or_else(|| AppError::Internal("demo secret".into()))?;
    let now = u64::try_from(clock.now().timestamp()).unwrap_or_default();
    Ok(totp.generate(now).to_string())
}

/// `kitaplatz user reset-second-factor --email E`: removes the account's second factor and
/// ends its sessions (audited as done on the command line).
pub fn reset_second_factor(db: &Db, clock: &dyn Clock, email: &str) -> AppResult<String> {
    let email = normalize_email(email)
        .ok_or_else(|| AppError::BadRequest(format!("not an e-mail address: {email}")))?;
    let ctx = AuditCtx::new(None, "cli-reset-second-factor", clock.now_naive());
    let mut conn = db.get()?;
    conn.transaction(|tx| {
        let user = crate::store::users::by_email(tx, &email)?
            .ok_or_else(|| AppError::BadRequest(format!("no account {email}")))?;
        crate::store::second_factor::remove(tx, &user.user_id(), None, "second_factor_reset", &ctx)
    })?;
    Ok(format!(
        "second factor of {email} removed and its sessions ended; it is set up again at the next login"
    ))
}

/// `kitaplatz user restore --email E`: undoes a parent's deletion of the account while it is
/// still in the soft-delete period (audited as done on the command line).
pub fn restore_account(db: &Db, clock: &dyn Clock, email: &str) -> AppResult<String> {
    let email = normalize_email(email)
        .ok_or_else(|| AppError::BadRequest(format!("not an e-mail address: {email}")))?;
    let ctx = AuditCtx::new(None, "cli-restore-account", clock.now_naive());
    let mut conn = db.get()?;
    conn.transaction(|tx| {
        let user = crate::store::users::by_email(tx, &email)?
            .ok_or_else(|| AppError::BadRequest(format!("no account {email}")))?;
        crate::store::erasure::restore_account(tx, &user.user_id(), &ctx)
    })?;
    Ok(format!("account {email} restored; it can log in again"))
}

/// `kitaplatz api-token create --municipality SLUG --name N --role youth_office [--write]`:
/// issues a bearer token of the JSON API as the admin page does (stored hashed, audited as
/// issued on the command line); returns the token, which is shown only this once.
pub fn create_api_token(
    db: &Db,
    clock: &dyn Clock,
    municipality: &str,
    name: &str,
    role: &str,
    write: bool,
) -> AppResult<String> {
    use crate::store::api_tokens::{self, TOKEN_ROLES};
    let name = crate::domain::household::valid_name(name)
        .ok_or_else(|| AppError::BadRequest("the name must not be empty".into()))?;
    let role = Role::from_code(role)
        .filter(|r| TOKEN_ROLES.contains(r))
        .ok_or_else(|| {
            AppError::BadRequest(format!(
                "role '{role}': a token is for youth_office or municipality_admin"
            ))
        })?;
    let mut conn = db.get()?;
    let m = tenants::municipality_by_slug(&mut conn, municipality)?
        .ok_or_else(|| AppError::BadRequest(format!("no municipality '{municipality}'")))?;
    let token = format!("kp_{}", crate::auth::new_token());
    let ctx = ctx(clock, "api-token-create");
    let tenant = crate::ids::MunicipalityId(m.id);
    conn.transaction(|tx| api_tokens::issue(tx, &tenant, &name, role, write, &token, &ctx))?;
    Ok(token)
}
