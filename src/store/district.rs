//! The district's (Landkreis) and providers' (Träger) statistics: aggregate queries that return
//! counts only. The district and provider pages and exports read nothing else — every
//! function here groups and counts, or (for places) hands over the totals that the planning
//! module computes; no row of a person leaves this module (§64 Abs. 3 SGB VIII: planning and
//! statistics data anonymised).

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::Conn;
use crate::db::schema::{
    application_wishes, applications, children, facilities, municipalities, municipality_settings,
    offers,
};
use crate::domain::application::{Kind, Status};
use crate::domain::category::PlaceCategory;
use crate::domain::forecast::{self, CoverageRates, Series};
use crate::error::AppResult;
use crate::ids::{DistrictId, MunicipalityId};

/// Which applications a figure counts: those of `municipalities`, submitted in
/// [`from`, `to`), of one of `categories`.
#[derive(Debug, Clone)]
pub struct Scope {
    /// Municipality ids.
    pub municipalities: Vec<String>,
    /// First moment (inclusive).
    pub from: NaiveDateTime,
    /// Last moment (exclusive).
    pub to: NaiveDateTime,
    /// Category codes.
    pub categories: Vec<String>,
}

/// Open needs reports (no place yet) — past the entitlement date they are unserved demand.
pub const OPEN_NEEDS: [Status; 5] = [
    Status::Submitted,
    Status::Checked,
    Status::NeedsReview,
    Status::InAllocation,
    Status::Rejected,
];

/// A count of applications: municipality id, kind, category, status, count.
pub type ApplicationCount = (String, String, String, String, i64);

/// Applications in `scope`, counted by municipality id, kind, category and status.
pub fn application_counts(conn: &mut Conn, scope: &Scope) -> AppResult<Vec<ApplicationCount>> {
    Ok(applications::table
        .filter(applications::municipality_id.eq_any(&scope.municipalities))
        .filter(applications::submitted_at.ge(scope.from))
        .filter(applications::submitted_at.lt(scope.to))
        .filter(applications::category.eq_any(&scope.categories))
        .group_by((
            applications::municipality_id,
            applications::kind,
            applications::category,
            applications::status,
        ))
        .select((
            applications::municipality_id,
            applications::kind,
            applications::category,
            applications::status,
            diesel::dsl::count_star(),
        ))
        .load(conn)?)
}

/// Open needs reports in `scope` whose entitlement date and desired start have come (the youth
/// office owes a place now; as `planning::overdue_needs`), counted by municipality id.
pub fn overdue_needs(
    conn: &mut Conn,
    scope: &Scope,
    today: NaiveDate,
) -> AppResult<Vec<(String, i64)>> {
    let open: Vec<&str> = OPEN_NEEDS.iter().map(|s| s.code()).collect();
    Ok(applications::table
        .filter(applications::municipality_id.eq_any(&scope.municipalities))
        .filter(applications::submitted_at.ge(scope.from))
        .filter(applications::submitted_at.lt(scope.to))
        .filter(applications::category.eq_any(&scope.categories))
        .filter(applications::kind.eq(Kind::Needs.code()))
        .filter(applications::status.eq_any(open))
        .filter(applications::entitlement_date.le(today))
        .filter(applications::start_date.le(today))
        .group_by(applications::municipality_id)
        .select((applications::municipality_id, diesel::dsl::count_star()))
        .load(conn)?)
}

/// Applications in `scope` per calendar month of submission (`months`: the 1st of each
/// month, ascending), counted by category: one map per month.
pub fn monthly_counts(
    conn: &mut Conn,
    scope: &Scope,
    months: &[NaiveDate],
) -> AppResult<Vec<BTreeMap<String, i64>>> {
    let mut out = Vec::with_capacity(months.len());
    for &month in months {
        let start = month
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default()
            .max(scope.from);
        let end = month
            .checked_add_months(chrono::Months::new(1))
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .unwrap_or(scope.to)
            .min(scope.to);
        let rows: Vec<(String, i64)> = applications::table
            .filter(applications::municipality_id.eq_any(&scope.municipalities))
            .filter(applications::submitted_at.ge(start))
            .filter(applications::submitted_at.lt(end))
            .filter(applications::category.eq_any(&scope.categories))
            .group_by(applications::category)
            .select((applications::category, diesel::dsl::count_star()))
            .load(conn)?;
        out.push(rows.into_iter().collect());
    }
    Ok(out)
}

/// Offers to applications in `scope`, counted by municipality id and the rank of the offered
/// facility among the child's wishes (1 = first wish).
pub fn offer_ranks(conn: &mut Conn, scope: &Scope) -> AppResult<Vec<(String, i32, i64)>> {
    Ok(offers::table
        .inner_join(applications::table.on(applications::id.eq(offers::application_id)))
        .inner_join(
            application_wishes::table.on(application_wishes::application_id
                .eq(offers::application_id)
                .and(application_wishes::facility_id.eq(offers::facility_id))),
        )
        .filter(offers::municipality_id.eq_any(&scope.municipalities))
        .filter(applications::submitted_at.ge(scope.from))
        .filter(applications::submitted_at.lt(scope.to))
        .filter(applications::category.eq_any(&scope.categories))
        .group_by((offers::municipality_id, application_wishes::rank))
        .select((
            offers::municipality_id,
            application_wishes::rank,
            diesel::dsl::count_star(),
        ))
        .load(conn)?)
}

/// Applications in `scope` (not withdrawn or closed), counted by the municipality applied to
/// and the town of the child's address as entered (trimmed, lower case): the caller matches
/// towns to municipalities and never shows a town.
pub fn residence_counts(conn: &mut Conn, scope: &Scope) -> AppResult<Vec<(String, String, i64)>> {
    let rows: Vec<(String, String, i64)> = applications::table
        .inner_join(children::table)
        .filter(applications::municipality_id.eq_any(&scope.municipalities))
        .filter(applications::submitted_at.ge(scope.from))
        .filter(applications::submitted_at.lt(scope.to))
        .filter(applications::category.eq_any(&scope.categories))
        .filter(applications::status.ne_all([Status::Withdrawn.code(), Status::Closed.code()]))
        .group_by((applications::municipality_id, children::city))
        .select((
            applications::municipality_id,
            children::city,
            diesel::dsl::count_star(),
        ))
        .load(conn)?;
    let mut merged: BTreeMap<(String, String), i64> = BTreeMap::new();
    for (m, city, n) in rows {
        *merged.entry((m, city.trim().to_lowercase())).or_default() += n;
    }
    Ok(merged.into_iter().map(|((m, c), n)| (m, c, n)).collect())
}

/// Applications in `scope` wishing one of `facility_ids` (at any rank), counted by facility id
/// and category.
pub fn wish_counts(
    conn: &mut Conn,
    facility_ids: &[String],
    scope: &Scope,
) -> AppResult<Vec<(String, String, i64)>> {
    Ok(application_wishes::table
        .inner_join(applications::table)
        .filter(application_wishes::facility_id.eq_any(facility_ids))
        .filter(applications::submitted_at.ge(scope.from))
        .filter(applications::submitted_at.lt(scope.to))
        .filter(applications::category.eq_any(&scope.categories))
        .group_by((application_wishes::facility_id, applications::category))
        .select((
            application_wishes::facility_id,
            applications::category,
            diesel::dsl::count_star(),
        ))
        .load(conn)?)
}

/// Offers at `facility_ids` to applications in `scope`, counted by facility id and the rank of
/// the wish.
pub fn facility_offer_ranks(
    conn: &mut Conn,
    facility_ids: &[String],
    scope: &Scope,
) -> AppResult<Vec<(String, i32, i64)>> {
    Ok(offers::table
        .inner_join(applications::table.on(applications::id.eq(offers::application_id)))
        .inner_join(
            application_wishes::table.on(application_wishes::application_id
                .eq(offers::application_id)
                .and(application_wishes::facility_id.eq(offers::facility_id))),
        )
        .filter(offers::facility_id.eq_any(facility_ids))
        .filter(applications::submitted_at.ge(scope.from))
        .filter(applications::submitted_at.lt(scope.to))
        .filter(applications::category.eq_any(&scope.categories))
        .group_by((offers::facility_id, application_wishes::rank))
        .select((
            offers::facility_id,
            application_wishes::rank,
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

/// The strictest small-cell threshold of the given municipalities (at least 3).
pub fn threshold_of(conn: &mut Conn, municipality_ids: &[String]) -> AppResult<i32> {
    let values: Vec<i32> = municipality_settings::table
        .filter(municipality_settings::municipality_id.eq_any(municipality_ids))
        .select(municipality_settings::small_cell_threshold)
        .load(conn)?;
    Ok(values.into_iter().max().unwrap_or(3).max(3))
}

/// Places of one municipality over `months` from the planning module's forecast: the
/// municipality's totals and each facility's, never a child.
#[derive(Debug, Clone)]
pub struct Places {
    /// The municipality's series per category.
    pub municipality: Vec<Series>,
    /// Per facility id.
    pub facilities: BTreeMap<String, Vec<Series>>,
    /// Children per category from the uploaded birth cohorts on the first month (`None`
    /// without cohorts): the base of coverage ratios.
    pub children: Option<BTreeMap<PlaceCategory, f64>>,
}

/// The places of `municipality` over `months` (the 1st of each month).
pub fn places(
    conn: &mut Conn,
    municipality: &MunicipalityId,
    months: &[NaiveDate],
) -> AppResult<Places> {
    let inputs = super::planning::inputs(conn, municipality)?;
    let f = forecast::forecast(
        &inputs.facilities,
        &inputs.demand,
        &inputs.areas,
        &inputs.cohorts,
        &inputs.rates,
        months,
        &inputs.rules,
    );
    let children = (!inputs.cohorts.is_empty())
        .then(|| months.first().copied())
        .flatten()
        .map(|day| {
            forecast::projected_demand(&inputs.cohorts, None, &CoverageRates([1.0; 10]), day)
                .into_iter()
                .collect()
        });
    Ok(Places {
        municipality: f.municipality,
        facilities: f.facilities,
        children,
    })
}

/// The facilities (id, name, municipality id) of the given providers, by name.
pub fn provider_facilities(
    conn: &mut Conn,
    provider_ids: &[String],
) -> AppResult<Vec<(String, String, String)>> {
    Ok(facilities::table
        .filter(facilities::provider_id.eq_any(provider_ids))
        .order((facilities::name, facilities::id))
        .select((
            facilities::id,
            facilities::name,
            facilities::municipality_id,
        ))
        .load(conn)?)
}
