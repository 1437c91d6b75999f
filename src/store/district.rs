//! The district's (Landkreis) statistics: aggregate queries that return counts only. This module
//! reads no person rows — every function groups and counts; the district pages and exports use
//! nothing else (§64 Abs. 3 SGB VIII: planning and statistics data anonymised).

use diesel::prelude::*;

use super::Conn;
use crate::db::schema::{
    application_wishes, applications, municipalities, municipality_settings, offers,
};
use crate::error::AppResult;
use crate::ids::DistrictId;

/// Applications of the district's municipalities, counted by municipality id, category and
/// status.
pub fn application_counts(
    conn: &mut Conn,
    district: &DistrictId,
) -> AppResult<Vec<(String, String, String, i64)>> {
    Ok(applications::table
        .inner_join(municipalities::table.on(municipalities::id.eq(applications::municipality_id)))
        .filter(municipalities::district_id.eq(district.as_str()))
        .group_by((
            applications::municipality_id,
            applications::category,
            applications::status,
        ))
        .select((
            applications::municipality_id,
            applications::category,
            applications::status,
            diesel::dsl::count_star(),
        ))
        .load(conn)?)
}

/// The strictest small-cell threshold of the district's municipalities (at least 3).
pub fn threshold(conn: &mut Conn, district: &DistrictId) -> AppResult<i32> {
    let values: Vec<i32> = municipality_settings::table
        .inner_join(
            municipalities::table.on(municipalities::id.eq(municipality_settings::municipality_id)),
        )
        .filter(municipalities::district_id.eq(district.as_str()))
        .select(municipality_settings::small_cell_threshold)
        .load(conn)?;
    Ok(values.into_iter().max().unwrap_or(3).max(3))
}

/// Published offers of the district's municipalities, counted by municipality id and the rank
/// of the offered facility among the child's wishes (1 = first wish).
pub fn offer_ranks(conn: &mut Conn, district: &DistrictId) -> AppResult<Vec<(String, i32, i64)>> {
    Ok(offers::table
        .inner_join(municipalities::table.on(municipalities::id.eq(offers::municipality_id)))
        .inner_join(
            application_wishes::table.on(application_wishes::application_id
                .eq(offers::application_id)
                .and(application_wishes::facility_id.eq(offers::facility_id))),
        )
        .filter(municipalities::district_id.eq(district.as_str()))
        .group_by((offers::municipality_id, application_wishes::rank))
        .select((
            offers::municipality_id,
            application_wishes::rank,
            diesel::dsl::count_star(),
        ))
        .load(conn)?)
}
