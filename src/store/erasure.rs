//! Erasure of household data: applications, contracts, children and households are deleted
//! with everything that hangs on them, in the order the foreign keys demand. Used by the
//! nightly retention run and by the deletion of an account (Art. 17 DSGVO). Two logs are left
//! alone because they have periods of their own and hold only ids: the audit log and the log of
//! register lookups.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::audit::{self, AuditCtx};
use super::Conn;
use crate::db::schema::{
    allocation_adjustments, allocation_confirmations, application_answers, application_events,
    application_fingerprints, application_wishes, applications, children, claim_codes,
    contract_end_dates, contract_hours, contracts, cross_duplicates, duplicate_pairs,
    fee_assessments, fee_notices, guardians, households, income_declarations, letters, offers,
    outbox, place_seats, recovery_codes, register_checks, sepa_debits, sepa_mandates, sessions,
    user_tokens, users,
};
use crate::error::AppResult;
use crate::ids::{MunicipalityId, UserId};

/// Ids per statement: SQLite allows a few thousand bound values in one statement.
const CHUNK: usize = 500;

fn n(rows: usize) -> i64 {
    i64::try_from(rows).unwrap_or(i64::MAX)
}

/// Applications that must stay while a contract exists: the contract names them, directly or
/// through the accepted offer.
fn under_contract(conn: &mut Conn) -> AppResult<Vec<String>> {
    let mut ids: Vec<String> = contracts::table
        .filter(contracts::application_id.is_not_null())
        .select(contracts::application_id.assume_not_null())
        .load(conn)?;
    ids.extend(
        offers::table
            .inner_join(contracts::table.on(contracts::offer_id.eq(offers::id.nullable())))
            .select(offers::application_id)
            .load::<String>(conn)?,
    );
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// Drops the ids of applications under a contract.
pub fn without_contract(conn: &mut Conn, mut ids: Vec<String>) -> AppResult<Vec<String>> {
    let kept = under_contract(conn)?;
    ids.retain(|id| kept.binary_search(id).is_err());
    Ok(ids)
}

/// Deletes applications (none of them under a contract: see [`without_contract`]) with their
/// wishes, answers, events, checks, duplicate findings, offers, letters and allocation notes.
pub fn delete_applications(conn: &mut Conn, ids: &[String]) -> AppResult<i64> {
    let mut deleted = 0;
    for chunk in ids.chunks(CHUNK) {
        let offer_ids: Vec<String> = offers::table
            .filter(offers::application_id.eq_any(chunk))
            .select(offers::id)
            .load(conn)?;
        diesel::delete(place_seats::table.filter(place_seats::offer_id.eq_any(&offer_ids)))
            .execute(conn)?;
        diesel::delete(offers::table.filter(offers::id.eq_any(&offer_ids))).execute(conn)?;
        let letter_ids: Vec<String> = letters::table
            .filter(letters::application_id.eq_any(chunk))
            .select(letters::id)
            .load(conn)?;
        diesel::delete(outbox::table.filter(outbox::letter_id.eq_any(&letter_ids)))
            .execute(conn)?;
        diesel::delete(letters::table.filter(letters::id.eq_any(&letter_ids))).execute(conn)?;
        diesel::delete(
            application_wishes::table.filter(application_wishes::application_id.eq_any(chunk)),
        )
        .execute(conn)?;
        diesel::delete(
            application_answers::table.filter(application_answers::application_id.eq_any(chunk)),
        )
        .execute(conn)?;
        diesel::delete(
            application_events::table.filter(application_events::application_id.eq_any(chunk)),
        )
        .execute(conn)?;
        diesel::delete(
            application_fingerprints::table
                .filter(application_fingerprints::application_id.eq_any(chunk)),
        )
        .execute(conn)?;
        diesel::delete(
            register_checks::table.filter(register_checks::application_id.eq_any(chunk)),
        )
        .execute(conn)?;
        diesel::delete(
            cross_duplicates::table.filter(cross_duplicates::application_id.eq_any(chunk)),
        )
        .execute(conn)?;
        diesel::delete(
            duplicate_pairs::table.filter(
                duplicate_pairs::application_a
                    .eq_any(chunk)
                    .or(duplicate_pairs::application_b.eq_any(chunk)),
            ),
        )
        .execute(conn)?;
        diesel::delete(
            allocation_adjustments::table
                .filter(allocation_adjustments::application_id.eq_any(chunk)),
        )
        .execute(conn)?;
        diesel::delete(
            allocation_confirmations::table
                .filter(allocation_confirmations::application_id.eq_any(chunk)),
        )
        .execute(conn)?;
        diesel::update(applications::table.filter(applications::merged_into.eq_any(chunk)))
            .set(applications::merged_into.eq(None::<String>))
            .execute(conn)?;
        deleted += n(
            diesel::delete(applications::table.filter(applications::id.eq_any(chunk)))
                .execute(conn)?,
        );
    }
    Ok(deleted)
}

/// Deletes contracts with their hours, end dates and fee assessments, and the applications
/// they came from. A household left without any contract loses its fee records too.
pub fn delete_contracts(conn: &mut Conn, ids: &[String]) -> AppResult<i64> {
    let mut deleted = 0;
    for chunk in ids.chunks(CHUNK) {
        let rows: Vec<(Option<String>, Option<String>, String)> = contracts::table
            .inner_join(children::table)
            .filter(contracts::id.eq_any(chunk))
            .select((
                contracts::application_id,
                contracts::offer_id,
                children::household_id,
            ))
            .load(conn)?;
        let offer_ids: Vec<String> = rows.iter().filter_map(|r| r.1.clone()).collect();
        let mut apps: Vec<String> = rows.iter().filter_map(|r| r.0.clone()).collect();
        apps.extend(
            offers::table
                .filter(offers::id.eq_any(&offer_ids))
                .select(offers::application_id)
                .load::<String>(conn)?,
        );
        diesel::delete(fee_assessments::table.filter(fee_assessments::contract_id.eq_any(chunk)))
            .execute(conn)?;
        diesel::delete(contract_hours::table.filter(contract_hours::contract_id.eq_any(chunk)))
            .execute(conn)?;
        diesel::delete(
            contract_end_dates::table.filter(contract_end_dates::contract_id.eq_any(chunk)),
        )
        .execute(conn)?;
        deleted += n(
            diesel::delete(contracts::table.filter(contracts::id.eq_any(chunk))).execute(conn)?,
        );
        apps.sort();
        apps.dedup();
        let apps = without_contract(conn, apps)?;
        delete_applications(conn, &apps)?;
        let mut homes: Vec<String> = rows.into_iter().map(|r| r.2).collect();
        homes.sort();
        homes.dedup();
        for home in homes {
            let left: i64 = contracts::table
                .inner_join(children::table)
                .filter(children::household_id.eq(&home))
                .count()
                .get_result(conn)?;
            if left == 0 {
                delete_fee_records(conn, &home)?;
            }
        }
    }
    Ok(deleted)
}

/// Deletes a household's fee notices (and their mails), income declarations, direct debits
/// and mandates.
fn delete_fee_records(conn: &mut Conn, household: &str) -> AppResult<()> {
    let notice_ids: Vec<String> = fee_notices::table
        .filter(fee_notices::household_id.eq(household))
        .select(fee_notices::id)
        .load(conn)?;
    diesel::delete(fee_assessments::table.filter(fee_assessments::household_id.eq(household)))
        .execute(conn)?;
    diesel::delete(outbox::table.filter(outbox::fee_notice_id.eq_any(&notice_ids)))
        .execute(conn)?;
    diesel::delete(fee_notices::table.filter(fee_notices::id.eq_any(&notice_ids))).execute(conn)?;
    diesel::delete(
        income_declarations::table.filter(income_declarations::household_id.eq(household)),
    )
    .execute(conn)?;
    diesel::delete(sepa_debits::table.filter(sepa_debits::household_id.eq(household)))
        .execute(conn)?;
    diesel::delete(sepa_mandates::table.filter(sepa_mandates::household_id.eq(household)))
        .execute(conn)?;
    Ok(())
}

/// Households whose account is gone (paper households, deleted accounts): their data is kept
/// only for applications and contracts.
fn without_live_owner(conn: &mut Conn) -> AppResult<Vec<String>> {
    let deleted = users::table
        .filter(users::deleted_at.is_not_null())
        .select(users::id.nullable());
    Ok(households::table
        .filter(
            households::owner_user_id
                .is_null()
                .or(households::owner_user_id.eq_any(deleted)),
        )
        .select(households::id)
        .load(conn)?)
}

/// What [`delete_orphans`] deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Orphans {
    /// Children without application and contract.
    pub children: i64,
    /// Households without children.
    pub households: i64,
}

/// Deletes, in households without a live account, the children that have no application and
/// no contract left, then the households that have no child left (with guardians, claim codes
/// and fee records). A parent with an account keeps the family data until deleting it.
pub fn delete_orphans(conn: &mut Conn) -> AppResult<Orphans> {
    let homes = without_live_owner(conn)?;
    let mut done = Orphans::default();
    for chunk in homes.chunks(CHUNK) {
        let mut in_use: HashSet<String> = applications::table
            .filter(applications::household_id.eq_any(chunk))
            .select(applications::child_id)
            .load::<String>(conn)?
            .into_iter()
            .collect();
        in_use.extend(
            contracts::table
                .inner_join(children::table)
                .filter(children::household_id.eq_any(chunk))
                .select(contracts::child_id)
                .load::<String>(conn)?,
        );
        let orphans: Vec<String> = children::table
            .filter(children::household_id.eq_any(chunk))
            .select(children::id)
            .load::<String>(conn)?
            .into_iter()
            .filter(|c| !in_use.contains(c))
            .collect();
        for kids in orphans.chunks(CHUNK) {
            diesel::delete(
                duplicate_pairs::table.filter(
                    duplicate_pairs::child_a
                        .eq_any(kids)
                        .or(duplicate_pairs::child_b.eq_any(kids)),
                ),
            )
            .execute(conn)?;
            done.children += n(
                diesel::delete(children::table.filter(children::id.eq_any(kids))).execute(conn)?,
            );
        }
        let with_children: HashSet<String> = children::table
            .filter(children::household_id.eq_any(chunk))
            .select(children::household_id)
            .distinct()
            .load::<String>(conn)?
            .into_iter()
            .collect();
        for home in chunk.iter().filter(|h| !with_children.contains(*h)) {
            delete_fee_records(conn, home)?;
            diesel::delete(claim_codes::table.filter(claim_codes::household_id.eq(home)))
                .execute(conn)?;
            diesel::delete(guardians::table.filter(guardians::household_id.eq(home)))
                .execute(conn)?;
            done.households += n(diesel::delete(households::table.find(home)).execute(conn)?);
        }
    }
    Ok(done)
}

/// Art. 17: the owner deletes the account. At once: it is locked, every session ends, and the
/// household's open applications are withdrawn (so no place is offered any more). The personal
/// data goes with [`purge_accounts`] after [`crate::domain::retention::SOFT_DELETE_DAYS`].
pub fn request_account_deletion(conn: &mut Conn, user: &UserId, ctx: &AuditCtx) -> AppResult<()> {
    diesel::update(users::table.find(user.as_str()))
        .set((
            users::deleted_at.eq(Some(ctx.at)),
            users::disabled_at.eq(Some(ctx.at)),
        ))
        .execute(conn)?;
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user.as_str()))).execute(conn)?;
    let open: Vec<(String, String, String)> = applications::table
        .inner_join(households::table.on(households::id.eq(applications::household_id)))
        .filter(households::owner_user_id.eq(user.as_str()))
        .select((
            applications::id,
            applications::municipality_id,
            applications::household_id,
        ))
        .load(conn)?;
    for (id, municipality, household) in open {
        super::applications::withdraw(conn, &MunicipalityId(municipality), &household, &id, ctx)?;
    }
    audit::record(
        conn,
        ctx,
        None,
        "account_deleted",
        "user",
        Some(user.as_str()),
        &["deleted_at"],
    )
}

/// Undoes [`request_account_deletion`] before the purge (the operator, on request). Fails
/// for an account that was not deleted by its owner or is purged already.
pub fn restore_account(conn: &mut Conn, user: &UserId, ctx: &AuditCtx) -> AppResult<()> {
    let n = diesel::update(
        users::table
            .find(user.as_str())
            .filter(users::deleted_at.is_not_null())
            .filter(users::purged_at.is_null()),
    )
    .set((
        users::deleted_at.eq(None::<NaiveDateTime>),
        users::disabled_at.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)?;
    if n == 0 {
        return Err(crate::error::AppError::BadRequest(
            "the account was not deleted by its owner, or its data is purged already".into(),
        ));
    }
    audit::record(
        conn,
        ctx,
        None,
        "account_restored",
        "user",
        Some(user.as_str()),
        &["deleted_at"],
    )
}

/// Purges the accounts deleted before `before`: the household's applications go (those under
/// a contract stay, as the law requires, and are unlinked from the account), then children and
/// households with nothing left; the account keeps only its id, with a pseudonymous address.
/// Returns how many accounts were purged.
pub fn purge_accounts(
    conn: &mut Conn,
    before: NaiveDateTime,
    now: NaiveDateTime,
) -> AppResult<i64> {
    let due: Vec<String> = users::table
        .filter(users::deleted_at.lt(before))
        .filter(users::purged_at.is_null())
        .select(users::id)
        .load(conn)?;
    for id in &due {
        let apps: Vec<String> = applications::table
            .inner_join(households::table.on(households::id.eq(applications::household_id)))
            .filter(households::owner_user_id.eq(id))
            .select(applications::id)
            .load(conn)?;
        let apps = without_contract(conn, apps)?;
        delete_applications(conn, &apps)?;
        diesel::update(households::table.filter(households::owner_user_id.eq(id)))
            .set(households::owner_user_id.eq(None::<String>))
            .execute(conn)?;
        diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(id)))
            .execute(conn)?;
        diesel::delete(user_tokens::table.filter(user_tokens::user_id.eq(id))).execute(conn)?;
        diesel::delete(sessions::table.filter(sessions::user_id.eq(id))).execute(conn)?;
        diesel::update(users::table.find(id))
            .set((
                users::email.eq(format!("geloescht-{id}@konto.invalid")),
                users::password_hash.eq(None::<String>),
                users::totp_secret.eq(None::<String>),
                users::totp_enabled_at.eq(None::<NaiveDateTime>),
                users::totp_last_step.eq(None::<i64>),
                users::access_networks.eq(None::<String>),
                users::access_window.eq(None::<String>),
                users::purged_at.eq(Some(now)),
            ))
            .execute(conn)?;
    }
    Ok(n(due.len()))
}
