//! Input of the statistics exports (issue 7): the children under a binding contract on a
//! reference day, per facility, with their birth date and weekly hours on that day. These rows
//! go straight into `domain::statistics_exports`, which hands out counts only; nothing of this
//! module reaches a page or a file directly.

use chrono::NaiveDate;

use super::Conn;
use crate::domain::occupancy::{Basis, Rules};
use crate::domain::statistics_exports::Counted;
use crate::error::AppResult;
use crate::ids::TenantId;

/// Children under a binding (signed or since ended) contract of the tenant whose contract
/// covers `day`, in the facilities `facility_ids` (all of the tenant when `None`). The hours are
/// those in force on `day` (the contract's hour schedule from [`super::contracts::placements`],
/// so both views agree); accepted offers without a contract are not counted.
pub fn placements_on(
    conn: &mut Conn,
    tenant: &TenantId,
    facility_ids: Option<&[String]>,
    day: NaiveDate,
) -> AppResult<Vec<Counted>> {
    let mut out = Vec::new();
    for (facility, placements) in super::contracts::placements(conn, tenant)? {
        if facility_ids.is_some_and(|ids| !ids.contains(&facility)) {
            continue;
        }
        for p in placements {
            if p.basis == Basis::Contract && p.active_on(day) {
                out.push(Counted {
                    facility: facility.clone(),
                    birth: p.birth,
                    weekly_hours: p.hours_on(day),
                });
            }
        }
    }
    Ok(out)
}

/// The counting rules of the tenant (school-entry cut-off, Hort years), as for occupancy.
pub fn rules(conn: &mut Conn, tenant: &TenantId) -> AppResult<Rules> {
    super::planning::rules(conn, tenant)
}
