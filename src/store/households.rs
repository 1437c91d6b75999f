//! A parent account's household: guardians and children. Every function is scoped to the
//! household of the acting user; a child of another household is not found.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{children, guardians, households};
use crate::domain::household::ChildDraft;
use crate::error::{AppError, AppResult};
use crate::ids::{TenantId, UserId};

/// A guardian.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = guardians)]
pub struct Guardian {
    /// Id.
    pub id: String,
    /// First names.
    pub first_names: String,
    /// Last name.
    pub last_name: String,
}

/// A child.
#[derive(Debug, Clone, Serialize, Queryable, Selectable)]
#[diesel(table_name = children)]
pub struct Child {
    /// Id.
    pub id: String,
    /// First names.
    pub first_names: String,
    /// Last name.
    pub last_name: String,
    /// Birth date.
    pub birth_date: NaiveDate,
    /// Street.
    pub street: String,
    /// House number.
    pub house_number: String,
    /// Postal code.
    pub postal_code: String,
    /// City.
    pub city: String,
}

/// The household of `user`, created on first use.
pub fn household_of(
    conn: &mut Conn,
    user: &UserId,
    tenant: &TenantId,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let found: Option<String> = households::table
        .filter(households::owner_user_id.eq(user.as_str()))
        .select(households::id)
        .first(conn)
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(households::table)
        .values((
            households::id.eq(&id),
            households::owner_user_id.eq(user.as_str()),
            households::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "household",
        Some(&id),
        &["owner_user_id"],
    )?;
    Ok(id)
}

/// The e-mail address and language of the parent owning a household (none for households the
/// office entered from paper).
pub fn owner_contact(conn: &mut Conn, household: &str) -> AppResult<Option<(String, String)>> {
    use crate::db::schema::users;
    Ok(households::table
        .inner_join(users::table.on(households::owner_user_id.eq(users::id.nullable())))
        .filter(households::id.eq(household))
        .select((users::email, users::preferred_lang))
        .first(conn)
        .optional()?)
}

/// The household id of `user`, if one exists (read-only pages do not create one).
pub fn find_household(conn: &mut Conn, user: &UserId) -> AppResult<Option<String>> {
    Ok(households::table
        .filter(households::owner_user_id.eq(user.as_str()))
        .select(households::id)
        .first(conn)
        .optional()?)
}

/// Guardians of a household.
pub fn guardians(conn: &mut Conn, household: &str) -> AppResult<Vec<Guardian>> {
    Ok(guardians::table
        .filter(guardians::household_id.eq(household))
        .order(guardians::created_at)
        .select(Guardian::as_select())
        .load(conn)?)
}

/// Adds a guardian.
pub fn add_guardian(
    conn: &mut Conn,
    household: &str,
    first: &str,
    last: &str,
    tenant: &TenantId,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(guardians::table)
        .values((
            guardians::id.eq(&id),
            guardians::household_id.eq(household),
            guardians::first_names.eq(first),
            guardians::last_name.eq(last),
            guardians::created_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "guardian",
        Some(&id),
        &["first_names", "last_name"],
    )?;
    Ok(id)
}

/// Children of a household, oldest first.
pub fn children(conn: &mut Conn, household: &str) -> AppResult<Vec<Child>> {
    Ok(children::table
        .filter(children::household_id.eq(household))
        .order(children::birth_date)
        .select(Child::as_select())
        .load(conn)?)
}

/// One child of the household.
pub fn child(conn: &mut Conn, household: &str, id: &str) -> AppResult<Option<Child>> {
    Ok(children::table
        .filter(children::household_id.eq(household))
        .filter(children::id.eq(id))
        .select(Child::as_select())
        .first(conn)
        .optional()?)
}

const CHILD_FIELDS: [&str; 7] = [
    "first_names",
    "last_name",
    "birth_date",
    "street",
    "house_number",
    "postal_code",
    "city",
];

/// The columns a child draft sets (shared by insert and update).
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = children)]
struct ChildColumns<'a> {
    first_names: &'a str,
    last_name: &'a str,
    birth_date: NaiveDate,
    street: &'a str,
    house_number: &'a str,
    postal_code: &'a str,
    city: &'a str,
    updated_at: NaiveDateTime,
}

impl<'a> ChildColumns<'a> {
    fn of(d: &'a ChildDraft, at: NaiveDateTime) -> Self {
        Self {
            first_names: &d.first_names,
            last_name: &d.last_name,
            birth_date: d.birth_date,
            street: &d.street,
            house_number: &d.house_number,
            postal_code: &d.postal_code,
            city: &d.city,
            updated_at: at,
        }
    }
}

/// Adds a child.
pub fn add_child(
    conn: &mut Conn,
    household: &str,
    d: &ChildDraft,
    tenant: &TenantId,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(children::table)
        .values((
            children::id.eq(&id),
            children::household_id.eq(household),
            children::created_at.eq(ctx.at),
            ChildColumns::of(d, ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "child",
        Some(&id),
        &CHILD_FIELDS,
    )?;
    Ok(id)
}

/// Updates a child of the household; audits the names of the changed fields.
pub fn update_child(
    conn: &mut Conn,
    household: &str,
    id: &str,
    d: &ChildDraft,
    tenant: &TenantId,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let old = child(conn, household, id)?.ok_or(AppError::NotFound)?;
    let changes = [
        old.first_names != d.first_names,
        old.last_name != d.last_name,
        old.birth_date != d.birth_date,
        old.street != d.street,
        old.house_number != d.house_number,
        old.postal_code != d.postal_code,
        old.city != d.city,
    ];
    let changed: Vec<&str> = CHILD_FIELDS
        .iter()
        .zip(changes)
        .filter(|(_, c)| *c)
        .map(|(f, _)| *f)
        .collect();
    diesel::update(
        children::table
            .filter(children::id.eq(id))
            .filter(children::household_id.eq(household)),
    )
    .set(ChildColumns::of(d, ctx.at))
    .execute(conn)?;
    if !changed.is_empty() {
        // Names, birth date or address changed: the register and duplicate check runs again.
        super::checks::recheck_child(conn, id, ctx.at)?;
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "child",
        Some(id),
        &changed,
    )
}

/// A household entered on paper by staff (no owner yet), with one guardian and one child.
pub fn create_paper(
    conn: &mut Conn,
    guardian: (&str, &str),
    child: &ChildDraft,
    tenant: &TenantId,
    ctx: &AuditCtx,
) -> AppResult<(String, String)> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(households::table)
        .values((households::id.eq(&id), households::created_at.eq(ctx.at)))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "household",
        Some(&id),
        &["origin"],
    )?;
    add_guardian(conn, &id, guardian.0, guardian.1, tenant, ctx)?;
    let child = add_child(conn, &id, child, tenant, ctx)?;
    Ok((id, child))
}

/// Stores an activation code (hashed) for a paper household.
pub fn issue_claim_code(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
    code: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    use crate::db::schema::claim_codes;
    diesel::insert_into(claim_codes::table)
        .values((
            claim_codes::code_hash.eq(crate::auth::token_hash(code)),
            claim_codes::municipality_id.eq(tenant.as_str()),
            claim_codes::household_id.eq(household),
            claim_codes::created_at.eq(ctx.at),
            claim_codes::expires_at.eq(ctx.at + crate::domain::household::claim_validity()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Why a code does not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimProblem {
    /// Unknown here.
    Unknown,
    /// Expired.
    Expired,
    /// Already used.
    Used,
}

/// Claims a paper household for `user`: its children, guardians and applications join the
/// user's household (created if needed). The code works once.
pub fn claim(
    conn: &mut Conn,
    tenant: &TenantId,
    code: &str,
    user: &UserId,
    ctx: &AuditCtx,
) -> AppResult<Result<String, ClaimProblem>> {
    use crate::db::schema::{applications, claim_codes};
    let hash = crate::auth::token_hash(code);
    let row: Option<(String, NaiveDateTime, Option<NaiveDateTime>)> = claim_codes::table
        .filter(claim_codes::code_hash.eq(&hash))
        .filter(claim_codes::municipality_id.eq(tenant.as_str()))
        .select((
            claim_codes::household_id,
            claim_codes::expires_at,
            claim_codes::used_at,
        ))
        .first(conn)
        .optional()?;
    let paper = match row {
        None => return Ok(Err(ClaimProblem::Unknown)),
        Some((_, _, Some(_))) => return Ok(Err(ClaimProblem::Used)),
        Some((_, expires, None)) if expires <= ctx.at => return Ok(Err(ClaimProblem::Expired)),
        Some((h, _, None)) => h,
    };
    let won = diesel::update(
        claim_codes::table
            .find(&hash)
            .filter(claim_codes::used_at.is_null()),
    )
    .set(claim_codes::used_at.eq(ctx.at))
    .execute(conn)?;
    if won != 1 {
        return Ok(Err(ClaimProblem::Used));
    }
    let mine = household_of(conn, user, tenant, ctx)?;
    diesel::update(children::table.filter(children::household_id.eq(&paper)))
        .set(children::household_id.eq(&mine))
        .execute(conn)?;
    diesel::update(guardians::table.filter(guardians::household_id.eq(&paper)))
        .set(guardians::household_id.eq(&mine))
        .execute(conn)?;
    diesel::update(applications::table.filter(applications::household_id.eq(&paper)))
        .set(applications::household_id.eq(&mine))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "claim",
        "household",
        Some(&paper),
        &["household_id"],
    )?;
    Ok(Ok(mine))
}

/// Where a household's letters go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The guardians ("Anna Muster und Ben Muster"; "Familie Muster" without any).
    pub names: String,
    /// Street and house number.
    pub street: String,
    /// Postal code and town.
    pub town: String,
}

impl Address {
    /// The address window's lines.
    pub fn block(&self) -> String {
        format!("{}\n{}\n{}", self.names, self.street, self.town)
    }
}

/// The household's guardians at the address of `child` (or of its first child).
pub fn letter_address(conn: &mut Conn, household: &str, child: Option<&str>) -> AppResult<Address> {
    let names: Vec<String> = guardians::table
        .filter(guardians::household_id.eq(household))
        .order((guardians::created_at, guardians::id))
        .select((guardians::first_names, guardians::last_name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(f, l)| format!("{f} {l}"))
        .collect();
    let mut q = children::table
        .filter(children::household_id.eq(household))
        .into_boxed();
    if let Some(c) = child {
        q = q.filter(children::id.eq(c));
    }
    let child: Option<(String, String, String, String, String)> = q
        .order((children::created_at, children::id))
        .select((
            children::last_name,
            children::street,
            children::house_number,
            children::postal_code,
            children::city,
        ))
        .first(conn)
        .optional()?;
    let (last, street, no, postal, city) = child.unwrap_or_default();
    Ok(Address {
        names: if names.is_empty() {
            format!("Familie {last}")
        } else {
            names.join(" und ")
        },
        street: format!("{street} {no}").trim().to_string(),
        town: format!("{postal} {city}").trim().to_string(),
    })
}
