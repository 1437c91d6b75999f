//! The right of access (Art. 15 GDPR): everything stored about a household in one
//! municipality, as one JSON document — account, guardians, children, applications with the
//! points breakdown, register checks and history, letters, contracts (with the decrypted notes
//! on integration assistance), fees, notices, mandates and debits, and who opened or changed
//! any of it (the audit log).

use diesel::prelude::*;
use serde_json::{json, Value};

use super::Conn;
use crate::db::schema::{
    audit_log, children, contracts, facilities, households, register_lookups, sepa_debits, users,
};
use crate::error::{AppError, AppResult};
use crate::field_crypto::KeyRing;
use crate::ids::TenantId;

/// The export of `household` (of the tenant), made at `now`.
pub fn household(
    conn: &mut Conn,
    keys: &KeyRing,
    tenant: &TenantId,
    household: &str,
    now: chrono::NaiveDateTime,
) -> AppResult<Value> {
    let owner: Option<(String, String, chrono::NaiveDateTime)> = households::table
        .inner_join(users::table.on(households::owner_user_id.eq(users::id.nullable())))
        .filter(households::id.eq(household))
        .select((users::email, users::preferred_lang, users::created_at))
        .first(conn)
        .optional()?;
    let municipality = super::tenants::municipality(conn, tenant.as_str())?
        .ok_or(AppError::NotFound)?
        .name;
    let guardians = super::households::guardians(conn, household)?;
    let children = super::households::children(conn, household)?;
    let criteria = super::rules::criteria(conn, tenant, false)?;

    let mut ids: Vec<String> = vec![household.to_string()];
    ids.extend(guardians.iter().map(|g| g.id.clone()));
    ids.extend(children.iter().map(|c| c.id.clone()));

    let mut applications = Vec::new();
    for a in super::applications::of_household(conn, tenant, household)? {
        let answered = super::applications::answers(conn, &a.id)?;
        let points: Vec<Value> = criteria
            .iter()
            .filter(|c| answered.contains(&c.id))
            .map(|c| json!({ "criterion": c.label, "points": c.points }))
            .collect();
        let total: i32 = criteria
            .iter()
            .filter(|c| answered.contains(&c.id))
            .map(|c| c.points)
            .sum();
        let checks: Vec<(chrono::NaiveDateTime, String, String, String)> = register_lookups::table
            .filter(register_lookups::application_id.eq(&a.id))
            .order(register_lookups::at)
            .select((
                register_lookups::at,
                register_lookups::procedure_name,
                register_lookups::reason,
                register_lookups::result,
            ))
            .load(conn)?;
        let facts = super::checks::facts(conn, tenant, &a.id)?;
        let letters = super::letters::of_application(conn, tenant, &a.id)?;
        ids.push(a.id.clone());
        ids.extend(letters.iter().map(|l| l.id.clone()));
        applications.push(json!({
            "application": a,
            "points": { "criteria": points, "total": total },
            "register": {
                "status": facts.register_status,
                "decision_note": facts.register_note,
                "lookups": checks.iter().map(|(at, procedure, reason, result)| json!({
                    "at": at, "procedure": procedure, "reason": reason, "result": result,
                })).collect::<Vec<_>>(),
            },
            "history": super::applications::events(conn, &a.id)?,
            "letters": letters.iter().map(|l| json!({
                "id": l.id, "kind": l.kind, "made_at": l.created_at,
                "recipient": l.recipient, "subject": l.subject, "text": l.body,
            })).collect::<Vec<_>>(),
        }));
    }

    type ContractRow = (
        String,
        String,
        chrono::NaiveDate,
        Option<chrono::NaiveDate>,
        String,
        Option<String>,
    );
    let contract_rows: Vec<ContractRow> = contracts::table
        .inner_join(children::table)
        .inner_join(facilities::table)
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .filter(children::household_id.eq(household))
        .select((
            contracts::id,
            facilities::name,
            contracts::start_date,
            contracts::end_date,
            contracts::status,
            contracts::integration_note,
        ))
        .load(conn)?;
    let mut contracts_out = Vec::new();
    for (id, facility, start, end, status, note) in contract_rows {
        let note = note
            .map(|n| keys.open(&format!("contracts.integration_note.{id}"), &n))
            .transpose()
            .map_err(|e| AppError::Internal(e.to_string()))?;
        contracts_out.push(json!({
            "id": id, "facility": facility, "start_date": start, "end_date": end,
            "status": status, "notes_on_integration_assistance": note,
        }));
        ids.push(id);
    }

    let notices = super::fee_notices::list(conn, tenant, Some(household), i64::MAX)?;
    ids.extend(notices.iter().map(|n| n.id.clone()));
    let mandates = super::sepa::mandates(conn, tenant, Some(household))?;
    type DebitRow = (
        String,
        i64,
        String,
        Option<chrono::NaiveDateTime>,
        Option<String>,
    );
    let debits: Vec<DebitRow> = sepa_debits::table
        .filter(sepa_debits::municipality_id.eq(tenant.as_str()))
        .filter(sepa_debits::household_id.eq(household))
        .select((
            sepa_debits::end_to_end_id,
            sepa_debits::amount_cents,
            sepa_debits::sequence,
            sepa_debits::returned_at,
            sepa_debits::return_reason,
        ))
        .load(conn)?;

    type AuditRow = (
        chrono::NaiveDateTime,
        Option<String>,
        String,
        String,
        Option<String>,
        String,
    );
    let mut access: Vec<AuditRow> = Vec::new();
    for chunk in ids.chunks(500) {
        access.extend(
            audit_log::table
                .left_join(users::table.on(users::id.nullable().eq(audit_log::actor_user_id)))
                .filter(audit_log::municipality_id.eq(tenant.as_str()))
                .filter(audit_log::entity_id.eq_any(chunk))
                .select((
                    audit_log::at,
                    users::email.nullable(),
                    audit_log::action,
                    audit_log::entity_type,
                    audit_log::entity_id,
                    audit_log::changed_fields,
                ))
                .load::<AuditRow>(conn)?,
        );
    }
    access.sort_by_key(|a| a.0);

    Ok(json!({
        "about": {
            "made_at": now,
            "controller": format!("{municipality}, Jugendamt"),
            "legal_basis": "Art. 15 DSGVO",
        },
        "account": owner.map(|(email, lang, created)| json!({
            "email": email, "language": lang, "created_at": created,
        })),
        "guardians": guardians,
        "children": children,
        "applications": applications,
        "contracts": contracts_out,
        "fees": {
            "income_declarations": super::fees::declarations(conn, tenant, Some(household))?,
            "bookings": super::fees::bookings(conn, tenant, super::fees::Bookings::Household(household))?,
            "notices": notices.iter().map(|n| json!({
                "id": n.id, "made_at": n.created_at, "subject": n.subject, "text": n.body,
                "total_cents": n.total_cents,
            })).collect::<Vec<_>>(),
            "sepa_mandates": mandates,
            "sepa_debits": debits.iter().map(|(e2e, cents, seq, returned, reason)| json!({
                "end_to_end_id": e2e, "amount_cents": cents, "sequence": seq,
                "returned_at": returned, "return_reason": reason,
            })).collect::<Vec<_>>(),
        },
        "access_log": access.iter().map(|(at, who, action, entity, id, fields)| json!({
            "at": at, "by": who, "action": action, "record": entity, "record_id": id,
            "fields": fields,
        })).collect::<Vec<_>>(),
    }))
}
