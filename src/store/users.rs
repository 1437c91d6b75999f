//! User accounts and their role memberships.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{districts, memberships, municipalities, sessions, users};
use crate::domain::roles::{Grant, Role, Scope};
use crate::error::{AppError, AppResult};
use crate::ids::{MembershipId, TenantId, UserId};

type GrantRow = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);
type StaffRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);
type RoleRow = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// A user account.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    /// Id.
    pub id: String,
    /// Lower-case e-mail.
    pub email: String,
    /// argon2id PHC string; `None` until an invited user sets a password.
    #[serde(skip)]
    pub password_hash: Option<String>,
    /// When the address was confirmed.
    pub email_confirmed_at: Option<NaiveDateTime>,
    /// UI language for mails.
    pub preferred_lang: String,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Disabled by an administrator.
    pub disabled_at: Option<NaiveDateTime>,
    /// When the second factor (TOTP) was confirmed; `None`: not set up.
    pub totp_enabled_at: Option<NaiveDateTime>,
    /// Allowed networks (see `domain::access`), if restricted.
    pub access_networks: Option<String>,
    /// Allowed weekly time window (see `domain::access`), if restricted.
    pub access_window: Option<String>,
}

impl User {
    /// Typed id.
    pub fn user_id(&self) -> UserId {
        UserId(self.id.clone())
    }

    /// Are the account's access restrictions met by a request from `ip` at `now`?
    pub fn access(
        &self,
        ip: Option<std::net::IpAddr>,
        now: NaiveDateTime,
    ) -> Result<(), crate::domain::access::Denied> {
        crate::domain::access::check(
            self.access_networks.as_deref(),
            self.access_window.as_deref(),
            ip,
            now,
        )
    }
}

/// Finds a user by (normalised) e-mail.
pub fn by_email(conn: &mut Conn, email: &str) -> AppResult<Option<User>> {
    Ok(users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

/// Finds a user by id.
pub fn by_id(conn: &mut Conn, id: &UserId) -> AppResult<Option<User>> {
    Ok(users::table
        .find(id.as_str())
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

/// Creates a user. `password_hash` is `None` for invited staff.
pub fn create(
    conn: &mut Conn,
    email: &str,
    password_hash: Option<&str>,
    confirmed: bool,
    lang: &str,
    ctx: &AuditCtx,
) -> AppResult<UserId> {
    let id = UserId::new();
    diesel::insert_into(users::table)
        .values((
            users::id.eq(id.as_str()),
            users::email.eq(email),
            users::password_hash.eq(password_hash),
            users::email_confirmed_at.eq(confirmed.then_some(ctx.at)),
            users::preferred_lang.eq(lang),
            users::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        None,
        "create",
        "user",
        Some(id.as_str()),
        &["email", "password_hash"],
    )?;
    Ok(id)
}

/// Sets a new password and ends every session of the user.
pub fn set_password(conn: &mut Conn, user: &UserId, hash: &str, ctx: &AuditCtx) -> AppResult<()> {
    diesel::update(users::table.find(user.as_str()))
        .set(users::password_hash.eq(hash))
        .execute(conn)?;
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user.as_str()))).execute(conn)?;
    audit::record(
        conn,
        ctx,
        None,
        "update",
        "user",
        Some(user.as_str()),
        &["password_hash"],
    )
}

/// Marks the e-mail address as confirmed (idempotent).
pub fn confirm_email(conn: &mut Conn, user: &UserId, ctx: &AuditCtx) -> AppResult<()> {
    diesel::update(
        users::table
            .find(user.as_str())
            .filter(users::email_confirmed_at.is_null()),
    )
    .set(users::email_confirmed_at.eq(ctx.at))
    .execute(conn)?;
    audit::record(
        conn,
        ctx,
        None,
        "confirm",
        "user",
        Some(user.as_str()),
        &["email_confirmed_at"],
    )
}

/// Active grants of a user (disabled memberships do not count).
pub fn grants(conn: &mut Conn, user: &UserId) -> AppResult<Vec<Grant>> {
    let rows: Vec<GrantRow> = memberships::table
        .filter(memberships::user_id.eq(user.as_str()))
        .filter(memberships::disabled_at.is_null())
        .select((
            memberships::role,
            memberships::municipality_id,
            memberships::district_id,
            memberships::facility_id,
            memberships::provider_id,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(role, m, d, f, p)| {
            let role = Role::from_code(&role)?;
            let scope = match (m, d) {
                (Some(municipality), _) => Scope::Municipality {
                    municipality,
                    facility: f,
                    provider: p,
                },
                (None, Some(d)) => Scope::District(d),
                (None, None) => Scope::Global,
            };
            Some(Grant { role, scope })
        })
        .collect())
}

/// Gives `role` in `scope` to `user` (no-op when it exists and is active; re-enables a
/// disabled one).
pub fn grant(
    conn: &mut Conn,
    user: &UserId,
    role: Role,
    scope: &Scope,
    ctx: &AuditCtx,
) -> AppResult<MembershipId> {
    let key = scope.key();
    let existing: Option<(String, Option<NaiveDateTime>)> = memberships::table
        .filter(memberships::user_id.eq(user.as_str()))
        .filter(memberships::role.eq(role.code()))
        .filter(memberships::scope_key.eq(&key))
        .select((memberships::id, memberships::disabled_at))
        .first(conn)
        .optional()?;
    let municipality = match scope {
        Scope::Municipality { municipality, .. } => {
            Some(crate::ids::MunicipalityId(municipality.clone()))
        }
        _ => None,
    };
    if let Some((id, disabled)) = existing {
        if disabled.is_some() {
            diesel::update(memberships::table.find(&id))
                .set(memberships::disabled_at.eq(None::<NaiveDateTime>))
                .execute(conn)?;
            audit::record(
                conn,
                ctx,
                municipality.as_ref(),
                "enable",
                "membership",
                Some(&id),
                &["disabled_at"],
            )?;
        }
        return Ok(MembershipId(id));
    }
    let id = MembershipId::new();
    let (m, d, f, p) = match scope {
        Scope::Global => (None, None, None, None),
        Scope::District(d) => (None, Some(d.as_str()), None, None),
        Scope::Municipality {
            municipality,
            facility,
            provider,
        } => (
            Some(municipality.as_str()),
            None,
            facility.as_deref(),
            provider.as_deref(),
        ),
    };
    diesel::insert_into(memberships::table)
        .values((
            memberships::id.eq(id.as_str()),
            memberships::user_id.eq(user.as_str()),
            memberships::role.eq(role.code()),
            memberships::municipality_id.eq(m),
            memberships::district_id.eq(d),
            memberships::facility_id.eq(f),
            memberships::provider_id.eq(p),
            memberships::scope_key.eq(&key),
            memberships::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        municipality.as_ref(),
        "create",
        "membership",
        Some(id.as_str()),
        &["user_id", "role", "scope"],
    )?;
    Ok(id)
}

/// A staff member of a municipality, as listed for its admins.
#[derive(Debug, Clone, Serialize)]
pub struct StaffMember {
    /// Membership id (used in URLs).
    pub membership_id: String,
    /// User id.
    pub user_id: String,
    /// E-mail.
    pub email: String,
    /// Role code.
    pub role: String,
    /// Has set a password.
    pub active: bool,
    /// Membership disabled.
    pub disabled: bool,
    /// Has set up the second factor.
    pub second_factor: bool,
}

fn staff_member(row: StaffRow) -> StaffMember {
    let (membership_id, user_id, email, role, hash, disabled, totp) = row;
    StaffMember {
        membership_id,
        user_id,
        email,
        role,
        active: hash.is_some(),
        disabled: disabled.is_some(),
        second_factor: totp.is_some(),
    }
}

/// Staff (every role but parent) of one municipality.
pub fn staff_of(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<StaffMember>> {
    let rows: Vec<StaffRow> = memberships::table
        .inner_join(users::table)
        .filter(memberships::municipality_id.eq(tenant.as_str()))
        .filter(memberships::role.ne(Role::Parent.code()))
        .order((users::email, memberships::role))
        .select(STAFF_COLUMNS)
        .load(conn)?;
    Ok(rows.into_iter().map(staff_member).collect())
}

const STAFF_COLUMNS: (
    memberships::id,
    users::id,
    users::email,
    memberships::role,
    users::password_hash,
    memberships::disabled_at,
    users::totp_enabled_at,
) = (
    memberships::id,
    users::id,
    users::email,
    memberships::role,
    users::password_hash,
    memberships::disabled_at,
    users::totp_enabled_at,
);

/// One staff membership of the municipality with its account's restrictions; `None` for a
/// membership of another municipality or a parent's.
pub fn staff_membership(
    conn: &mut Conn,
    tenant: &TenantId,
    membership: &str,
) -> AppResult<Option<(StaffMember, User)>> {
    let row: Option<StaffRow> = memberships::table
        .inner_join(users::table)
        .filter(memberships::municipality_id.eq(tenant.as_str()))
        .filter(memberships::role.ne(Role::Parent.code()))
        .filter(memberships::id.eq(membership))
        .select(STAFF_COLUMNS)
        .first(conn)
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    let member = staff_member(row);
    let user = by_id(conn, &UserId(member.user_id.clone()))?;
    Ok(user.map(|u| (member, u)))
}

/// Sets an account's access restrictions (already validated; `None` lifts one).
pub fn set_access(
    conn: &mut Conn,
    tenant: &TenantId,
    user: &UserId,
    networks: Option<String>,
    window: Option<String>,
    ctx: &AuditCtx,
) -> AppResult<()> {
    diesel::update(users::table.find(user.as_str()))
        .set((
            users::access_networks.eq(networks),
            users::access_window.eq(window),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "access_restrictions",
        "user",
        Some(user.as_str()),
        &["access_networks", "access_window"],
    )
}

/// Disables or re-enables one staff membership of the tenant. A membership of another
/// municipality is not found.
pub fn set_membership_disabled(
    conn: &mut Conn,
    tenant: &TenantId,
    membership: &str,
    disabled: bool,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let owner: Option<String> = memberships::table
        .find(membership)
        .select(memberships::user_id)
        .first(conn)
        .optional()?;
    if disabled && owner.is_some() && owner.as_deref() == ctx.actor.as_ref().map(|a| a.as_str()) {
        return Err(AppError::Conflict("own membership".into()));
    }
    let n = diesel::update(
        memberships::table
            .find(membership)
            .filter(memberships::municipality_id.eq(tenant.as_str()))
            .filter(memberships::role.ne(Role::Parent.code())),
    )
    .set(memberships::disabled_at.eq(disabled.then_some(ctx.at)))
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    let action = if disabled { "disable" } else { "enable" };
    audit::record(
        conn,
        ctx,
        Some(tenant),
        action,
        "membership",
        Some(membership),
        &["disabled_at"],
    )
}

/// A role with its scope's display name, for the account page.
#[derive(Debug, Clone, Serialize)]
pub struct RoleView {
    /// Role code.
    pub role: String,
    /// Municipality or district name ("" for global).
    pub scope_name: String,
    /// Municipality or district slug.
    pub scope_slug: String,
    /// `municipality`, `district` or `global`.
    pub scope_kind: String,
}

/// Active roles of a user with names, for the account page and the navigation.
pub fn role_views(conn: &mut Conn, user: &UserId) -> AppResult<Vec<RoleView>> {
    let rows: Vec<RoleRow> = memberships::table
        .left_join(
            municipalities::table.on(municipalities::id
                .nullable()
                .eq(memberships::municipality_id)),
        )
        .left_join(districts::table.on(districts::id.nullable().eq(memberships::district_id)))
        .filter(memberships::user_id.eq(user.as_str()))
        .filter(memberships::disabled_at.is_null())
        .order(memberships::created_at)
        .select((
            memberships::role,
            municipalities::name.nullable(),
            municipalities::slug.nullable(),
            districts::name.nullable(),
            districts::slug.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(role, mname, mslug, dname, dslug)| match (mname, mslug, dname, dslug) {
                (Some(n), Some(s), _, _) => RoleView {
                    role,
                    scope_name: n,
                    scope_slug: s,
                    scope_kind: "municipality".into(),
                },
                (_, _, Some(n), Some(s)) => RoleView {
                    role,
                    scope_name: n,
                    scope_slug: s,
                    scope_kind: "district".into(),
                },
                _ => RoleView {
                    role,
                    scope_name: String::new(),
                    scope_slug: String::new(),
                    scope_kind: "global".into(),
                },
            },
        )
        .collect())
}

/// Accounts with any staff role anywhere (operator's user list).
pub fn all_staff(conn: &mut Conn) -> AppResult<Vec<(String, String, String)>> {
    let rows: Vec<(String, String, Option<String>, Option<String>)> = memberships::table
        .inner_join(users::table)
        .left_join(
            municipalities::table.on(municipalities::id
                .nullable()
                .eq(memberships::municipality_id)),
        )
        .left_join(districts::table.on(districts::id.nullable().eq(memberships::district_id)))
        .filter(memberships::role.ne(Role::Parent.code()))
        .filter(memberships::disabled_at.is_null())
        .order((users::email, memberships::role))
        .select((
            users::email,
            memberships::role,
            municipalities::name.nullable(),
            districts::name.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(e, r, m, d)| (e, r, m.or(d).unwrap_or_default()))
        .collect())
}
