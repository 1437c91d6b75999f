//! SEPA direct debit in the database: the municipality as creditor, households' mandates,
//! collections with their debits (the fee bookings a debit collects point to it), returned
//! debits. The file itself is made by `kitaplatz_sepa` from what is stored here.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::outbox;
use super::Conn;
use crate::db::schema::{
    fee_assessments, sepa_collections, sepa_creditors, sepa_debits, sepa_mandates,
};
use crate::domain::collection::{plan_debits, Mandate, OpenItem, Skip};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// The municipality as creditor.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct Creditor {
    /// Account holder.
    pub name: String,
    /// IBAN (normalised).
    pub iban: String,
    /// BIC, if known.
    pub bic: Option<String>,
    /// Gläubiger-Identifikationsnummer.
    pub creditor_id: String,
    /// Days between the pre-notification and the collection.
    pub pre_notice_days: i32,
}

/// The creditor settings, if set.
pub fn creditor(conn: &mut Conn, tenant: &TenantId) -> AppResult<Option<Creditor>> {
    Ok(sepa_creditors::table
        .find(tenant.as_str())
        .select((
            sepa_creditors::name,
            sepa_creditors::iban,
            sepa_creditors::bic,
            sepa_creditors::creditor_id,
            sepa_creditors::pre_notice_days,
        ))
        .first(conn)
        .optional()?)
}

/// Saves the creditor settings (already validated).
pub fn save_creditor(
    conn: &mut Conn,
    tenant: &TenantId,
    c: &Creditor,
    ctx: &AuditCtx,
) -> AppResult<()> {
    diesel::delete(sepa_creditors::table.find(tenant.as_str())).execute(conn)?;
    diesel::insert_into(sepa_creditors::table)
        .values((
            sepa_creditors::municipality_id.eq(tenant.as_str()),
            sepa_creditors::name.eq(&c.name),
            sepa_creditors::iban.eq(&c.iban),
            sepa_creditors::bic.eq(&c.bic),
            sepa_creditors::creditor_id.eq(&c.creditor_id),
            sepa_creditors::pre_notice_days.eq(c.pre_notice_days),
            sepa_creditors::updated_at.eq(ctx.at),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "update",
        "sepa_creditor",
        Some(tenant.as_str()),
        &["name", "iban", "bic", "creditor_id", "pre_notice_days"],
    )
}

/// A household's mandate.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct MandateRow {
    /// Id.
    pub id: String,
    /// Household.
    pub household_id: String,
    /// Mandatsreferenz.
    pub reference: String,
    /// Signed on.
    pub signed_on: NaiveDate,
    /// Account holder.
    pub debtor_name: String,
    /// IBAN.
    pub iban: String,
    /// BIC.
    pub bic: Option<String>,
    /// Last collection.
    pub last_collected_on: Option<NaiveDate>,
}

/// Active (not revoked) mandates of the municipality, of one household or all.
pub fn mandates(
    conn: &mut Conn,
    tenant: &TenantId,
    household: Option<&str>,
) -> AppResult<Vec<MandateRow>> {
    let mut q = sepa_mandates::table
        .filter(sepa_mandates::municipality_id.eq(tenant.as_str()))
        .filter(sepa_mandates::revoked_at.is_null())
        .into_boxed();
    if let Some(h) = household {
        q = q.filter(sepa_mandates::household_id.eq(h));
    }
    Ok(q.order((sepa_mandates::created_at, sepa_mandates::id))
        .select((
            sepa_mandates::id,
            sepa_mandates::household_id,
            sepa_mandates::reference,
            sepa_mandates::signed_on,
            sepa_mandates::debtor_name,
            sepa_mandates::iban,
            sepa_mandates::bic,
            sepa_mandates::last_collected_on,
        ))
        .load(conn)?)
}

/// Records a mandate signed on `signed_on` (validated); an earlier one of the household is
/// revoked. Returns the mandate reference.
#[expect(clippy::too_many_arguments, reason = "the fields of a mandate")]
pub fn give_mandate(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
    debtor_name: &str,
    iban: &str,
    bic: Option<&str>,
    signed_on: NaiveDate,
    ctx: &AuditCtx,
) -> AppResult<String> {
    revoke(conn, tenant, household, ctx)?;
    let id = uuid::Uuid::new_v4().to_string();
    let reference = format!(
        "KP-{}",
        uuid::Uuid::new_v4().simple().to_string()[..20].to_uppercase()
    );
    diesel::insert_into(sepa_mandates::table)
        .values((
            sepa_mandates::id.eq(&id),
            sepa_mandates::municipality_id.eq(tenant.as_str()),
            sepa_mandates::household_id.eq(household),
            sepa_mandates::reference.eq(&reference),
            sepa_mandates::signed_on.eq(signed_on),
            sepa_mandates::debtor_name.eq(debtor_name),
            sepa_mandates::iban.eq(iban),
            sepa_mandates::bic.eq(bic),
            sepa_mandates::created_at.eq(ctx.at),
            sepa_mandates::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "sepa_mandate",
        Some(&id),
        &["debtor_name", "iban", "bic", "signed_on"],
    )?;
    Ok(reference)
}

/// Revokes the household's active mandate, if any.
pub fn revoke(
    conn: &mut Conn,
    tenant: &TenantId,
    household: &str,
    ctx: &AuditCtx,
) -> AppResult<()> {
    let ids: Vec<String> = sepa_mandates::table
        .filter(sepa_mandates::municipality_id.eq(tenant.as_str()))
        .filter(sepa_mandates::household_id.eq(household))
        .filter(sepa_mandates::revoked_at.is_null())
        .select(sepa_mandates::id)
        .load(conn)?;
    for id in ids {
        diesel::update(sepa_mandates::table.find(&id))
            .set(sepa_mandates::revoked_at.eq(Some(ctx.at)))
            .execute(conn)?;
        audit::record(
            conn,
            ctx,
            Some(tenant),
            "revoke",
            "sepa_mandate",
            Some(&id),
            &["revoked_at"],
        )?;
    }
    Ok(())
}

/// A collection.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct CollectionRow {
    /// Id.
    pub id: String,
    /// Collection date.
    pub collection_date: NaiveDate,
    /// Message id of the file.
    pub message_id: String,
    /// Debits.
    pub debits: i32,
    /// Sum (cents).
    pub total_cents: i64,
    /// Made at.
    pub created_at: NaiveDateTime,
}

/// The municipality's collections, newest first.
pub fn collections(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<CollectionRow>> {
    Ok(sepa_collections::table
        .filter(sepa_collections::municipality_id.eq(tenant.as_str()))
        .order((
            sepa_collections::collection_date.desc(),
            sepa_collections::created_at.desc(),
        ))
        .select((
            sepa_collections::id,
            sepa_collections::collection_date,
            sepa_collections::message_id,
            sepa_collections::debits,
            sepa_collections::total_cents,
            sepa_collections::created_at,
        ))
        .load(conn)?)
}

/// The collection on a day, if one was made.
pub fn collection_on(
    conn: &mut Conn,
    tenant: &TenantId,
    day: NaiveDate,
) -> AppResult<Option<String>> {
    Ok(sepa_collections::table
        .filter(sepa_collections::municipality_id.eq(tenant.as_str()))
        .filter(sepa_collections::collection_date.eq(day))
        .select(sepa_collections::id)
        .first(conn)
        .optional()?)
}

/// What a new collection did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CollectionSummary {
    /// The collection (none when nothing was due).
    pub id: Option<String>,
    /// Debits made.
    pub debits: usize,
    /// Sum (cents).
    pub total_cents: i64,
    /// Households with fees due but no mandate.
    pub without_mandate: usize,
    /// Households whose mandate expired.
    pub expired: usize,
}

/// Makes the collection on `date` of everything booked and not yet collected up to its month
/// (the caller assesses first), and queues a pre-notification mail (Vorabankündigung) to each
/// debited household in its language. The caller checks the creditor and the date.
pub fn collect(
    conn: &mut Conn,
    tenant: &TenantId,
    date: NaiveDate,
    municipality: &str,
    creditor: &Creditor,
    ctx: &AuditCtx,
) -> AppResult<CollectionSummary> {
    let open: Vec<(String, String, NaiveDate, i64)> = fee_assessments::table
        .filter(fee_assessments::municipality_id.eq(tenant.as_str()))
        .filter(fee_assessments::debit_id.is_null())
        .order((
            fee_assessments::month,
            fee_assessments::created_at,
            fee_assessments::id,
        ))
        .select((
            fee_assessments::id,
            fee_assessments::household_id,
            fee_assessments::month,
            fee_assessments::total_cents,
        ))
        .load(conn)?;
    let open: Vec<OpenItem> = open
        .into_iter()
        .map(|(booking, household, month, cents)| OpenItem {
            booking,
            household,
            month,
            cents,
        })
        .collect();
    let active = mandates(conn, tenant, None)?;
    let by_household: HashMap<String, Mandate> = active
        .iter()
        .map(|m| {
            (
                m.household_id.clone(),
                Mandate {
                    id: m.id.clone(),
                    signed_on: m.signed_on,
                    last_collected_on: m.last_collected_on,
                },
            )
        })
        .collect();
    let (debits, skipped) = plan_debits(&open, &by_household, date);
    let mut summary = CollectionSummary {
        without_mandate: skipped.iter().filter(|s| s.1 == Skip::NoMandate).count(),
        expired: skipped.iter().filter(|s| s.1 == Skip::Expired).count(),
        ..Default::default()
    };
    if debits.is_empty() {
        return Ok(summary);
    }
    let id = uuid::Uuid::new_v4().to_string();
    let total: i64 = debits.iter().map(|d| d.cents).sum();
    diesel::insert_into(sepa_collections::table)
        .values((
            sepa_collections::id.eq(&id),
            sepa_collections::municipality_id.eq(tenant.as_str()),
            sepa_collections::collection_date.eq(date),
            sepa_collections::message_id.eq(format!(
                "KP-{}",
                uuid::Uuid::new_v4().simple().to_string()[..24].to_uppercase()
            )),
            sepa_collections::debits.eq(i32::try_from(debits.len()).unwrap_or(i32::MAX)),
            sepa_collections::total_cents.eq(total),
            sepa_collections::created_at.eq(ctx.at),
            sepa_collections::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    for d in &debits {
        let debit = uuid::Uuid::new_v4().simple().to_string();
        diesel::insert_into(sepa_debits::table)
            .values((
                sepa_debits::id.eq(&debit),
                sepa_debits::collection_id.eq(&id),
                sepa_debits::municipality_id.eq(tenant.as_str()),
                sepa_debits::mandate_id.eq(&d.mandate),
                sepa_debits::household_id.eq(&d.household),
                sepa_debits::end_to_end_id.eq(format!("E2E{}", &debit[..29].to_uppercase())),
                sepa_debits::sequence.eq(if d.first { "FRST" } else { "RCUR" }),
                sepa_debits::amount_cents.eq(d.cents),
            ))
            .execute(conn)?;
        diesel::update(fee_assessments::table.filter(fee_assessments::id.eq_any(&d.bookings)))
            .set(fee_assessments::debit_id.eq(Some(&debit)))
            .execute(conn)?;
        diesel::update(sepa_mandates::table.find(&d.mandate))
            .set(sepa_mandates::last_collected_on.eq(Some(date)))
            .execute(conn)?;
        let reference = active
            .iter()
            .find(|m| m.id == d.mandate)
            .map(|m| m.reference.clone())
            .unwrap_or_default();
        if let Some((email, lang)) = super::households::owner_contact(conn, &d.household)? {
            let mail = crate::mail::pre_notification(
                &lang,
                &email,
                &crate::i18n::format_amount(&lang, super::fees::euros(d.cents)),
                &crate::i18n::format_date(&lang, date),
                &reference,
                &creditor.creditor_id,
                municipality,
            );
            outbox::enqueue(conn, &mail, ctx.at)?;
        }
    }
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "create",
        "sepa_collection",
        Some(&id),
        &["collection_date", "debits", "total_cents"],
    )?;
    summary.id = Some(id);
    summary.debits = debits.len();
    summary.total_cents = total;
    Ok(summary)
}

/// The pain.008.001.08 file of a stored collection.
pub fn pain008(conn: &mut Conn, tenant: &TenantId, collection: &str) -> AppResult<String> {
    let creditor = creditor(conn, tenant)?.ok_or(AppError::NotFound)?;
    let (date, message_id, created_at): (NaiveDate, String, NaiveDateTime) =
        sepa_collections::table
            .filter(sepa_collections::id.eq(collection))
            .filter(sepa_collections::municipality_id.eq(tenant.as_str()))
            .select((
                sepa_collections::collection_date,
                sepa_collections::message_id,
                sepa_collections::created_at,
            ))
            .first(conn)
            .optional()?
            .ok_or(AppError::NotFound)?;
    type DebitRow = (
        String,
        String,
        i64,
        String,
        NaiveDate,
        String,
        String,
        Option<String>,
    );
    let rows: Vec<DebitRow> = sepa_debits::table
        .inner_join(sepa_mandates::table)
        .filter(sepa_debits::collection_id.eq(collection))
        .order(sepa_debits::end_to_end_id)
        .select((
            sepa_debits::end_to_end_id,
            sepa_debits::sequence,
            sepa_debits::amount_cents,
            sepa_mandates::reference,
            sepa_mandates::signed_on,
            sepa_mandates::debtor_name,
            sepa_mandates::iban,
            sepa_mandates::bic,
        ))
        .load(conn)?;
    let remittance = format!("Elternbeitrag bis {}", date.format("%m/%Y"));
    let file = kitaplatz_sepa::Collection {
        message_id,
        created_at,
        collection_date: date,
        creditor: kitaplatz_sepa::Creditor {
            name: creditor.name,
            iban: creditor.iban,
            bic: creditor.bic,
            creditor_id: creditor.creditor_id,
        },
        debits: rows
            .into_iter()
            .map(
                |(e2e, seq, cents, reference, signed, name, iban, bic)| kitaplatz_sepa::Debit {
                    end_to_end_id: e2e,
                    amount: super::fees::euros(cents),
                    mandate_id: reference.clone(),
                    mandate_signed: signed,
                    sequence: if seq == "FRST" {
                        kitaplatz_sepa::Sequence::First
                    } else {
                        kitaplatz_sepa::Sequence::Recurring
                    },
                    debtor_name: name,
                    debtor_iban: iban,
                    debtor_bic: bic,
                    remittance: format!("{remittance} Mandat {reference}"),
                },
            )
            .collect(),
    };
    kitaplatz_sepa::pain008(&file).map_err(|e| AppError::BadRequest(e.to_string()))
}

/// What a returns upload did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ReturnsSummary {
    /// Debits marked returned (their fees are open again).
    pub returned: usize,
    /// Lines whose end-to-end id is unknown here (or already returned).
    pub unknown: Vec<String>,
}

/// Marks returned debits (Rücklastschriften): the debit keeps the reason, its fee bookings are
/// open again for the next collection, and every active youth-office member of the
/// municipality gets a mail pointing to `office_link` (the office's fee page).
pub fn returns(
    conn: &mut Conn,
    tenant: &TenantId,
    rows: &[kitaplatz_sepa::Return],
    office_link: &str,
    ctx: &AuditCtx,
) -> AppResult<ReturnsSummary> {
    let mut summary = ReturnsSummary::default();
    for r in rows {
        let debit: Option<String> = sepa_debits::table
            .filter(sepa_debits::municipality_id.eq(tenant.as_str()))
            .filter(sepa_debits::end_to_end_id.eq(&r.end_to_end_id))
            .filter(sepa_debits::returned_at.is_null())
            .select(sepa_debits::id)
            .first(conn)
            .optional()?;
        let Some(debit) = debit else {
            summary.unknown.push(r.end_to_end_id.clone());
            continue;
        };
        diesel::update(sepa_debits::table.find(&debit))
            .set((
                sepa_debits::returned_at.eq(Some(ctx.at)),
                sepa_debits::return_reason.eq(Some(&r.reason_code)),
            ))
            .execute(conn)?;
        diesel::update(fee_assessments::table.filter(fee_assessments::debit_id.eq(&debit)))
            .set(fee_assessments::debit_id.eq(None::<String>))
            .execute(conn)?;
        audit::record(
            conn,
            ctx,
            Some(tenant),
            "return",
            "sepa_debit",
            Some(&debit),
            &["returned_at", "return_reason"],
        )?;
        summary.returned += 1;
    }
    if summary.returned > 0 {
        for staff in super::users::staff_of(conn, tenant)? {
            if staff.role == Role::YouthOffice.code() && staff.active && !staff.disabled {
                let mail = crate::mail::returns_to_office(
                    crate::i18n::DEFAULT_LANG,
                    &staff.email,
                    summary.returned,
                    office_link,
                );
                outbox::enqueue(conn, &mail, ctx.at)?;
            }
        }
    }
    Ok(summary)
}

/// A returned debit for the office's list.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct ReturnedDebit {
    /// End-to-end id.
    pub end_to_end_id: String,
    /// Amount (cents).
    pub amount_cents: i64,
    /// Account holder.
    pub debtor_name: String,
    /// Reason code.
    pub reason: Option<String>,
    /// Marked at.
    pub returned_at: Option<NaiveDateTime>,
}

/// Returned debits of the municipality, newest first.
pub fn returned(conn: &mut Conn, tenant: &TenantId) -> AppResult<Vec<ReturnedDebit>> {
    Ok(sepa_debits::table
        .inner_join(sepa_mandates::table)
        .filter(sepa_debits::municipality_id.eq(tenant.as_str()))
        .filter(sepa_debits::returned_at.is_not_null())
        .order(sepa_debits::returned_at.desc())
        .select((
            sepa_debits::end_to_end_id,
            sepa_debits::amount_cents,
            sepa_mandates::debtor_name,
            sepa_debits::return_reason,
            sepa_debits::returned_at,
        ))
        .load(conn)?)
}

/// Why a collection cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CollectProblem {
    /// The municipality has not entered its creditor data.
    NoCreditor,
    /// The collection date is too soon for the pre-notification; the earliest day.
    TooEarly(NaiveDate),
    /// A collection on that day exists already (its id).
    Exists(String),
    /// The assessment stopped (a rate is missing).
    MissingRate(crate::domain::fee_assessment::AssessmentError),
}

/// Assesses the fees through the collection's month, then collects (in the caller's
/// transaction): the path of the office's button and of `kitaplatz sepa export`.
pub fn prepare(
    conn: &mut Conn,
    tenant: &TenantId,
    date: NaiveDate,
    today: NaiveDate,
    public_url: &str,
    ctx: &AuditCtx,
) -> AppResult<Result<CollectionSummary, CollectProblem>> {
    let Some(creditor) = creditor(conn, tenant)? else {
        return Ok(Err(CollectProblem::NoCreditor));
    };
    let earliest = today + chrono::Days::new(u64::try_from(creditor.pre_notice_days).unwrap_or(14));
    if date < earliest {
        return Ok(Err(CollectProblem::TooEarly(earliest)));
    }
    if let Some(id) = collection_on(conn, tenant, date)? {
        return Ok(Err(CollectProblem::Exists(id)));
    }
    let settings = super::tenants::settings(conn, tenant)?;
    if let Err(e) = super::fees::assess(
        conn,
        tenant,
        settings.school_entry_cutoff,
        date,
        public_url,
        ctx,
    )? {
        return Ok(Err(CollectProblem::MissingRate(e)));
    }
    let municipality = super::tenants::municipality(conn, tenant.as_str())?
        .map(|m| m.name)
        .unwrap_or_default();
    Ok(Ok(collect(
        conn,
        tenant,
        date,
        &municipality,
        &creditor,
        ctx,
    )?))
}
