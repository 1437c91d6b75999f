//! Inputs of occupancy and forecast, read from the database in a few queries: facilities with
//! their licences, everything that occupies places (contracts, accepted offers), open demand
//! (care requests and needs reports not yet placed), and the municipality's rules. The
//! computing is pure ([`crate::domain::occupancy`], [`crate::domain::forecast`]).

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use super::Conn;
use crate::db::schema::{application_wishes, applications, children};
use crate::domain::application::{Kind, Status};
use crate::domain::forecast::{DemandItem, FacilityInput};
use crate::domain::occupancy::Rules;
use crate::error::AppResult;
use crate::ids::TenantId;

/// Applications that still wait for a place and count as demand.
pub const OPEN: [Status; 6] = [
    Status::Submitted,
    Status::Checked,
    Status::NeedsReview,
    Status::InAllocation,
    Status::Offered,
    Status::Rejected,
];

/// Everything the planning views compute from.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// Facilities (id, licences, placements), by name.
    pub facilities: Vec<FacilityInput>,
    /// Facility names by id.
    pub names: HashMap<String, String>,
    /// Open demand.
    pub demand: Vec<DemandItem>,
    /// Occupancy rules of the municipality.
    pub rules: Rules,
}

/// Reads the inputs of the tenant.
pub fn inputs(conn: &mut Conn, tenant: &TenantId) -> AppResult<Inputs> {
    let settings = super::tenants::settings(conn, tenant)?;
    let rules = Rules::new(settings.school_entry_cutoff);
    let names = super::facilities::names(conn, tenant)?;
    let mut licences: HashMap<String, Vec<_>> = HashMap::new();
    for (f, l) in super::facilities::licences(conn, tenant, None)? {
        licences.entry(f).or_default().push(l);
    }
    let mut placements = super::contracts::placements(conn, tenant)?;
    let mut ids: Vec<(&String, &String)> = names.iter().collect();
    ids.sort_by(|a, b| a.1.cmp(b.1));
    let facilities = ids
        .into_iter()
        .map(|(id, _)| FacilityInput {
            id: id.clone(),
            licences: licences.remove(id).unwrap_or_default(),
            placements: placements.remove(id).unwrap_or_default(),
        })
        .collect();
    let open: Vec<&str> = OPEN.iter().map(|s| s.code()).collect();
    let rows: Vec<(String, String, NaiveDate, NaiveDate)> = applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::status.eq_any(open))
        .select((
            applications::id,
            applications::kind,
            children::birth_date,
            applications::start_date,
        ))
        .load(conn)?;
    let wishes: HashMap<String, String> = application_wishes::table
        .inner_join(applications::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(application_wishes::rank.eq(1))
        .select((
            application_wishes::application_id,
            application_wishes::facility_id,
        ))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect();
    let demand = rows
        .into_iter()
        .map(|(id, kind, birth, start)| DemandItem {
            birth,
            start,
            first_wish: wishes.get(&id).cloned(),
            needs_report: kind == Kind::Needs.code(),
        })
        .collect();
    Ok(Inputs {
        facilities,
        names,
        demand,
        rules,
    })
}

/// An open needs report whose entitlement date has passed: the youth office owes a place.
#[derive(Debug, Clone, Serialize)]
pub struct Overdue {
    /// Application id.
    pub id: String,
    /// Child's first names.
    pub first_names: String,
    /// Child's last name.
    pub last_name: String,
    /// Birth date.
    pub birth_date: NaiveDate,
    /// Entitlement date.
    pub entitlement_date: NaiveDate,
    /// Desired start.
    pub start_date: NaiveDate,
    /// Status code.
    pub status: String,
}

/// Open needs reports whose entitlement date and desired start lie before `today`, oldest
/// entitlement first.
pub fn overdue_needs(
    conn: &mut Conn,
    tenant: &TenantId,
    today: NaiveDate,
) -> AppResult<Vec<Overdue>> {
    let open: Vec<&str> = OPEN.iter().map(|s| s.code()).collect();
    let rows: Vec<(
        String,
        String,
        String,
        NaiveDate,
        NaiveDate,
        NaiveDate,
        String,
    )> = applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq(tenant.as_str()))
        .filter(applications::kind.eq(Kind::Needs.code()))
        .filter(applications::status.eq_any(open))
        .filter(applications::entitlement_date.le(today))
        .filter(applications::start_date.le(today))
        .order(applications::entitlement_date)
        .select((
            applications::id,
            children::first_names,
            children::last_name,
            children::birth_date,
            applications::entitlement_date,
            applications::start_date,
            applications::status,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| Overdue {
            id: r.0,
            first_names: r.1,
            last_name: r.2,
            birth_date: r.3,
            entitlement_date: r.4,
            start_date: r.5,
            status: r.6,
        })
        .collect())
}
