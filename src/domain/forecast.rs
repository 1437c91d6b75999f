//! Needs planning (Bedarfsplanung): month by month, per facility, area and the whole
//! municipality, how many places there are, how many are taken, who moves between categories
//! and how much demand is waiting.
//!
//! # Semantics
//!
//! Each month is evaluated on the day given in `months` — the 1st of the month, see
//! [`month_starts`] — and covers the days up to the day before the 1st of the following
//! calendar month. Per category (occupancy rules as in [`super::occupancy`]):
//!
//! * `capacity`, `confirmed`, `planned`, `free` — as
//!   [`occupancy_at`](super::occupancy::occupancy_at) on the 1st: bookable places (licensed −
//!   reserved of the licence in force), places taken by contracts, by contracts and accepted
//!   offers (weighted), and `capacity − planned` (negative = overbooked).
//! * `switching_out` / `switching_in` — children of the planned view, counted on the 1st, that
//!   are still placed on the 1st of the next month and are counted in another category then
//!   (counted out of the old, into the new category): e.g. a child whose 3rd birthday is on
//!   the 15th.
//! * `ageing_out` — children of the planned view, counted on the 1st, that have no category
//!   any more on the 1st of the next month (they left the Hort age, see
//!   [`super::occupancy::hort_end`]); counted in the old category, whether or not their
//!   contract runs on.
//! * `contracts_ending` — contracts whose last day falls inside the month, in the category
//!   the child has on that day (not counted when it has none).
//! * `demand` — open requests ([`DemandItem`]) with `start` on or before the last day of the
//!   month, counted in the category the child has on the later of `start` and the 1st
//!   (not counted when it has none), weighted like a child with unknown hours. A facility
//!   gets the items whose first wish it is, an area those whose first wish is one of its
//!   facilities, the municipality all of them.
//! * `projected` — cohort-based total demand ([`projected_demand`] of the area's cohorts, or
//!   all cohorts for the municipality), weighted like a child with unknown hours; `None`
//!   when there are no such cohorts, for categories the rates do not cover (U2, which the
//!   projection counts in U3, and categories whose ages all have rate 0 — by default Hort),
//!   and always for single facilities.
//!
//! Area and municipality series are the sums of their facilities' cells (capacity,
//! confirmed, planned, free, switching, ageing out, contracts ending; a facility listed twice
//! counts once, unknown facility ids count nothing) plus their own `demand` and `projected`.
//! Facility ids are expected to be unique; facilities sharing an id are merged.
//!
//! A series is included for every category (in [`PlaceCategory::ALL`] order) that has
//! licensed places, a counted child, a switch, an ending contract, demand or projected
//! demand in some month of the window.
//!
//! # Speed
//!
//! The switch days of every child (2nd and 3rd birthday, school entry, end of Hort,
//! [`CategoryDates`]) are computed once per placement; each month then costs a few date
//! comparisons per placement. Cells are stored densely per entity (month × category) and
//! only turned into [`Series`] at the end.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::category::PlaceCategory;
use super::facility::{self, Licence};
use super::occupancy::{category_index, weight, Basis, CategoryDates, Placement, Rules};

const CATEGORIES: usize = PlaceCategory::ALL.len();

/// A facility with its licences and placements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacilityInput {
    /// Facility id.
    pub id: String,
    /// Licence periods.
    pub licences: Vec<Licence>,
    /// Contracts and accepted offers.
    pub placements: Vec<Placement>,
}

/// An open care request or needs report (Bedarfsmeldung) not yet placed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DemandItem {
    /// The child's birth date.
    pub birth: NaiveDate,
    /// Wanted start.
    pub start: NaiveDate,
    /// Facility id of the first wish, if any.
    pub first_wish: Option<String>,
    /// A needs report rather than an application.
    pub needs_report: bool,
}

/// A planning area (Planungsbezirk / Sozialraum).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    /// Name.
    pub name: String,
    /// Ids of its facilities.
    pub facilities: Vec<String>,
}

/// Children born in one year living in one area (from the population register).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cohort {
    /// Birth year.
    pub birth_year: i32,
    /// Area name.
    pub area: String,
    /// Number of children.
    pub count: u32,
}

/// Share of the children of each completed age year 0–9 who need a place (Betreuungsquote).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CoverageRates(pub [f64; 10]);

impl Default for CoverageRates {
    /// Planning assumptions close to the national picture (Destatis / Kindertagesbetreuung
    /// regional, 1 March 2023 / 2024: care rate about 2 % under one year, about 37–40 % of
    /// one-year-olds, about 64–66 % of two-year-olds, above 90 % from three to school entry;
    /// the parents' stated need — DJI Kinderbetreuungsstudie — is higher still for
    /// under-threes). Ages 6–9 are 0: Hort demand depends so much on the local school
    /// (Ganztag) that a municipality must set it itself. Adjust all values to the local
    /// youth-welfare plan.
    fn default() -> Self {
        Self([0.02, 0.40, 0.65, 0.93, 0.93, 0.93, 0.0, 0.0, 0.0, 0.0])
    }
}

/// The 1st of `from`'s month and the 1st of each of the `n − 1` following months.
pub fn month_starts(from: NaiveDate, n: usize) -> Vec<NaiveDate> {
    let mut out = Vec::with_capacity(n);
    let mut m = from.with_day(1).unwrap_or(from);
    for _ in 0..n {
        out.push(m);
        m = next_month_start(m);
    }
    out
}

/// The 1st of the month after `day`'s month.
fn next_month_start(day: NaiveDate) -> NaiveDate {
    let (y, m) = if day.month() == 12 {
        (day.year() + 1, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MAX)
}

/// One category in one month (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Cell {
    /// Bookable places on the 1st.
    pub capacity: f64,
    /// Places taken by contracts on the 1st (weighted).
    pub confirmed: f64,
    /// Places taken by contracts and accepted offers on the 1st (weighted).
    pub planned: f64,
    /// `capacity − planned`; negative when overbooked.
    pub free: f64,
    /// Children moving into this category from another during the month.
    pub switching_in: u32,
    /// Children moving from this category into another during the month.
    pub switching_out: u32,
    /// Children leaving care age (end of Hort) during the month.
    pub ageing_out: u32,
    /// Contracts whose last day is in the month.
    pub contracts_ending: u32,
    /// Open requests (weighted).
    pub demand: f64,
    /// Cohort-based total demand (weighted), where cohorts are known.
    pub projected: Option<f64>,
}

impl Cell {
    /// Total demand: the projection where there is one, else places taken plus open requests.
    pub fn total_demand(&self) -> f64 {
        self.projected.unwrap_or(self.planned + self.demand)
    }

    /// Places per unit of demand (1.0 = exactly covered); `None` when there is no demand.
    pub fn coverage(&self) -> Option<f64> {
        let demand = self.total_demand();
        (demand != 0.0).then(|| self.capacity / demand)
    }

    /// More demand than places?
    pub fn shortfall(&self) -> bool {
        self.total_demand() > self.capacity
    }
}

/// One category over the months of a forecast.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    /// The category.
    pub category: PlaceCategory,
    /// One cell per month of [`Forecast::months`].
    pub months: Vec<Cell>,
}

/// A forecast for facilities, areas and the whole municipality.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Forecast {
    /// The months (1st day each).
    pub months: Vec<NaiveDate>,
    /// Per facility id.
    pub facilities: BTreeMap<String, Vec<Series>>,
    /// Per area name.
    pub areas: BTreeMap<String, Vec<Series>>,
    /// The whole municipality.
    pub municipality: Vec<Series>,
}

/// Cells of one entity, dense: `cells[month * CATEGORIES + category]`.
#[derive(Debug, Clone)]
struct Grid {
    cells: Vec<Cell>,
    /// Categories with anything in them.
    seen: [bool; CATEGORIES],
}

impl Grid {
    fn new(months: usize) -> Self {
        Self {
            cells: vec![Cell::default(); months * CATEGORIES],
            seen: [false; CATEGORIES],
        }
    }

    /// Adds another entity's places and children (not its demand or projection).
    fn add_places(&mut self, other: &Grid) {
        for (a, b) in self.cells.iter_mut().zip(&other.cells) {
            a.capacity += b.capacity;
            a.confirmed += b.confirmed;
            a.planned += b.planned;
            a.switching_in += b.switching_in;
            a.switching_out += b.switching_out;
            a.ageing_out += b.ageing_out;
            a.contracts_ending += b.contracts_ending;
        }
        for (a, b) in self.seen.iter_mut().zip(other.seen) {
            *a |= b;
        }
    }

    /// Adds a demand grid (`demand[month * CATEGORIES + category]`).
    fn add_demand(&mut self, demand: &DemandGrid) {
        for (cell, d) in self.cells.iter_mut().zip(&demand.values) {
            cell.demand += d;
        }
        for (a, b) in self.seen.iter_mut().zip(demand.seen) {
            *a |= b;
        }
    }

    fn into_series(mut self) -> Vec<Series> {
        for cell in &mut self.cells {
            cell.free = cell.capacity - cell.planned;
        }
        let months = self.cells.len() / CATEGORIES;
        PlaceCategory::ALL
            .iter()
            .enumerate()
            .filter(|&(c, _)| self.seen[c])
            .map(|(c, &category)| Series {
                category,
                months: (0..months)
                    .map(|m| self.cells[m * CATEGORIES + c].clone())
                    .collect(),
            })
            .collect()
    }
}

/// Demand only: `values[month * CATEGORIES + category]`.
#[derive(Debug, Clone)]
struct DemandGrid {
    values: Vec<f64>,
    seen: [bool; CATEGORIES],
}

impl DemandGrid {
    fn new(months: usize) -> Self {
        Self {
            values: vec![0.0; months * CATEGORIES],
            seen: [false; CATEGORIES],
        }
    }
}

/// The month boundaries, prepared once.
struct Window<'a> {
    months: &'a [NaiveDate],
    /// 1st of the month after each month.
    next: Vec<NaiveDate>,
    /// Does `next[i] == months[i + 1]` (the usual case: consecutive months)?
    consecutive: Vec<bool>,
    /// The earliest day evaluated.
    first: NaiveDate,
    /// The latest day evaluated (the 1st after the last month).
    last: NaiveDate,
}

impl<'a> Window<'a> {
    fn new(months: &'a [NaiveDate]) -> Self {
        let next: Vec<NaiveDate> = months.iter().map(|&m| next_month_start(m)).collect();
        let consecutive = (0..months.len())
            .map(|i| months.get(i + 1) == Some(&next[i]))
            .collect();
        Self {
            first: months.iter().copied().min().unwrap_or(NaiveDate::MAX),
            last: next.iter().copied().max().unwrap_or(NaiveDate::MIN),
            months,
            next,
            consecutive,
        }
    }

    /// The month containing `day` (`months[i] <= day < next[i]`), first match.
    fn month_of(&self, day: NaiveDate) -> Option<usize> {
        (0..self.months.len()).find(|&i| self.months[i] <= day && day < self.next[i])
    }
}

/// Adds one facility's licences and placements to `grid`.
fn add_facility(grid: &mut Grid, f: &FacilityInput, w: &Window<'_>, rules: &Rules) {
    for (i, &day) in w.months.iter().enumerate() {
        if let Some(l) = facility::licence_at(&f.licences, day) {
            for (c, &category) in PlaceCategory::ALL.iter().enumerate() {
                let licensed = l.places.of(category);
                let bookable = (licensed - l.reserved.of(category)).max(0);
                grid.cells[i * CATEGORIES + c].capacity += f64::from(bookable);
                if licensed > 0 {
                    grid.seen[c] = true;
                }
            }
        }
    }
    let by_hours = matches!(rules.weighting, super::occupancy::Weighting::Hours { .. });
    for p in &f.placements {
        let end = p.end.unwrap_or(NaiveDate::MAX);
        if end < w.first || p.start > w.last || p.start > end {
            continue;
        }
        let dates = CategoryDates::new(p.birth, rules);
        let contract = p.basis == Basis::Contract;
        if contract {
            if let Some(i) = p.end.and_then(|e| w.month_of(e)) {
                if let Some(c) = dates.category_on(end) {
                    let c = category_index(c);
                    grid.cells[i * CATEGORIES + c].contracts_ending += 1;
                    grid.seen[c] = true;
                }
            }
        }
        // State on the 1st of month i, carried over as "next" of month i − 1.
        let state = |day: NaiveDate| -> (bool, Option<usize>) {
            let active = p.start <= day && day <= end;
            (active, dates.category_on(day).map(category_index))
        };
        let mut carried: Option<(bool, Option<usize>)> = None;
        for (i, &day) in w.months.iter().enumerate() {
            let (active, cat) = carried.take().unwrap_or_else(|| state(day));
            let next = state(w.next[i]);
            if w.consecutive[i] {
                carried = Some(next);
            }
            let (true, Some(c)) = (active, cat) else {
                continue;
            };
            let category = PlaceCategory::ALL[c];
            let hours = if by_hours { p.hours_on(day) } else { None };
            let places = weight(category, hours, rules.weighting);
            let cell = &mut grid.cells[i * CATEGORIES + c];
            cell.planned += places;
            if contract {
                cell.confirmed += places;
            }
            grid.seen[c] = true;
            match next {
                (_, None) => grid.cells[i * CATEGORIES + c].ageing_out += 1,
                (true, Some(n)) if n != c => {
                    grid.cells[i * CATEGORIES + c].switching_out += 1;
                    grid.cells[i * CATEGORIES + n].switching_in += 1;
                    grid.seen[n] = true;
                }
                _ => {}
            }
        }
    }
}

/// The forecast of one facility: places, children, switches and ending contracts (no
/// demand, no projection).
pub fn facility_forecast(f: &FacilityInput, months: &[NaiveDate], rules: &Rules) -> Vec<Series> {
    let w = Window::new(months);
    let mut grid = Grid::new(months.len());
    add_facility(&mut grid, f, &w, rules);
    grid.into_series()
}

/// Adds one demand item to `grid`.
fn add_demand_item(grid: &mut DemandGrid, item: &DemandItem, w: &Window<'_>, rules: &Rules) {
    let dates = CategoryDates::new(item.birth, rules);
    for (i, &day) in w.months.iter().enumerate() {
        if item.start >= w.next[i] {
            continue;
        }
        let Some(category) = dates.category_on(item.start.max(day)) else {
            continue;
        };
        let c = category_index(category);
        grid.values[i * CATEGORIES + c] += weight(category, None, rules.weighting);
        grid.seen[c] = true;
    }
}

/// Sets the projection of every cell of `grid`.
fn set_projection(
    grid: &mut Grid,
    cohorts: &[Cohort],
    area: Option<&str>,
    rates: &CoverageRates,
    months: &[NaiveDate],
    rules: &Rules,
) {
    if !cohorts
        .iter()
        .any(|c| area.is_none_or(|a| c.area.as_str() == a))
    {
        return;
    }
    // Categories the rates cannot project (U2, or all their ages at rate 0) stay `None`, so
    // their total demand falls back to places taken plus open requests.
    let projectable = |category: PlaceCategory| -> bool {
        let ages = match category {
            PlaceCategory::U2 => return false,
            PlaceCategory::U3 => 0..3,
            PlaceCategory::UE3 => 3..6,
            PlaceCategory::Hort => 6..10,
        };
        rates.0[ages].iter().any(|&r| r > 0.0)
    };
    for (i, &day) in months.iter().enumerate() {
        let projected = projected_demand(cohorts, area, rates, day);
        for (c, &category) in PlaceCategory::ALL.iter().enumerate() {
            if !projectable(category) {
                continue;
            }
            let value = projected.get(&category).copied().unwrap_or(0.0)
                * weight(category, None, rules.weighting);
            grid.cells[i * CATEGORIES + c].projected = Some(value);
            if value > 0.0 {
                grid.seen[c] = true;
            }
        }
    }
}

/// The forecast for all facilities, areas and the municipality (see the module
/// documentation).
pub fn forecast(
    facilities: &[FacilityInput],
    demand: &[DemandItem],
    areas: &[Area],
    cohorts: &[Cohort],
    rates: &CoverageRates,
    months: &[NaiveDate],
    rules: &Rules,
) -> Forecast {
    let n = months.len();
    let w = Window::new(months);

    // Facilities, merged by id.
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(facilities.len());
    let mut ids: Vec<&str> = Vec::with_capacity(facilities.len());
    for f in facilities {
        if !index.contains_key(f.id.as_str()) {
            index.insert(f.id.as_str(), ids.len());
            ids.push(f.id.as_str());
        }
    }
    let mut grids: Vec<Grid> = (0..ids.len()).map(|_| Grid::new(n)).collect();
    for f in facilities {
        add_facility(&mut grids[index[f.id.as_str()]], f, &w, rules);
    }

    // Demand by first wish (any id, known or not) and in total.
    let mut by_wish: HashMap<&str, DemandGrid> = HashMap::new();
    let mut total_demand = DemandGrid::new(n);
    for item in demand {
        add_demand_item(&mut total_demand, item, &w, rules);
        if let Some(wish) = &item.first_wish {
            let grid = by_wish
                .entry(wish.as_str())
                .or_insert_with(|| DemandGrid::new(n));
            add_demand_item(grid, item, &w, rules);
        }
    }

    // Areas.
    let mut area_series = BTreeMap::new();
    for area in areas {
        let mut grid = Grid::new(n);
        let mut members: Vec<&str> = area.facilities.iter().map(String::as_str).collect();
        members.sort_unstable();
        members.dedup();
        for id in members {
            if let Some(&f) = index.get(id) {
                grid.add_places(&grids[f]);
            }
            if let Some(d) = by_wish.get(id) {
                grid.add_demand(d);
            }
        }
        set_projection(&mut grid, cohorts, Some(&area.name), rates, months, rules);
        area_series.insert(area.name.clone(), grid.into_series());
    }

    // Municipality.
    let mut municipality = Grid::new(n);
    for g in &grids {
        municipality.add_places(g);
    }
    municipality.add_demand(&total_demand);
    // The municipality's projected demand only when the cohorts cover every facility's area;
    // otherwise part of the places would be set against no demand at all.
    let covered: std::collections::HashSet<&str> = areas
        .iter()
        .filter(|a| cohorts.iter().any(|c| c.area == a.name))
        .flat_map(|a| a.facilities.iter().map(String::as_str))
        .collect();
    if ids.iter().all(|id| covered.contains(id)) {
        set_projection(&mut municipality, cohorts, None, rates, months, rules);
    }

    // Facilities.
    let mut facility_series = BTreeMap::new();
    for (id, mut grid) in ids.into_iter().zip(grids) {
        if let Some(d) = by_wish.get(id) {
            grid.add_demand(d);
        }
        facility_series.insert(id.to_string(), grid.into_series());
    }

    Forecast {
        months: months.to_vec(),
        facilities: facility_series,
        areas: area_series,
        municipality: municipality.into_series(),
    }
}

/// Children needing a place on `month` from the cohorts (of one area, or all when `area` is
/// `None`): births are spread evenly over the year, so on a day when the share `s` of the
/// year has passed, a cohort of year `y` has the share `s` aged `month.year − y` and `1 − s`
/// aged `month.year − y − 1` (negative ages are ignored). Ages 0–2 count as U3, 3–5 as Ü3,
/// 6–9 as Hort (an approximation: school entry follows the cut-off day, and U2 is not
/// projected separately), each times `count` times the age's coverage rate. A category is in
/// the map when some cohort has children of its ages.
pub fn projected_demand(
    cohorts: &[Cohort],
    area: Option<&str>,
    rates: &CoverageRates,
    month: NaiveDate,
) -> BTreeMap<PlaceCategory, f64> {
    let days = if month.leap_year() { 366.0 } else { 365.0 };
    let s = f64::from(month.ordinal0()) / days;
    let mut out = BTreeMap::new();
    for cohort in cohorts
        .iter()
        .filter(|c| area.is_none_or(|a| c.area.as_str() == a))
    {
        let older = month.year() - cohort.birth_year;
        for (age, share) in [(older, s), (older - 1, 1.0 - s)] {
            let Ok(age) = usize::try_from(age) else {
                continue;
            };
            let category = match age {
                0..=2 => PlaceCategory::U3,
                3..=5 => PlaceCategory::UE3,
                6..=9 => PlaceCategory::Hort,
                _ => continue,
            };
            *out.entry(category).or_insert(0.0) += share * f64::from(cohort.count) * rates.0[age];
        }
    }
    out
}

/// The first month in which a child born on `birth` would find a free place: the category
/// it is counted in on each month's 1st, the first month whose `free` places in that
/// category (in `series`, e.g. a facility's) are at least the child's weight (hours
/// unknown). `None` when no month of the window has room.
pub fn first_free_month(
    series: &[Series],
    birth: NaiveDate,
    months: &[NaiveDate],
    rules: &Rules,
) -> Option<NaiveDate> {
    let dates = CategoryDates::new(birth, rules);
    months.iter().enumerate().find_map(|(i, &day)| {
        let category = dates.category_on(day)?;
        let free = series
            .iter()
            .find(|s| s.category == category)?
            .months
            .get(i)?
            .free;
        (free >= weight(category, None, rules.weighting)).then_some(day)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::facility::Places;
    use crate::domain::occupancy::tests::{d, licence, places, NW};
    use crate::domain::occupancy::{counted_category, occupancy_at, Weighting};
    use proptest::prelude::*;

    fn placement(
        birth: NaiveDate,
        start: NaiveDate,
        end: Option<NaiveDate>,
        basis: Basis,
    ) -> Placement {
        Placement {
            birth,
            start,
            end,
            hours: vec![],
            basis,
        }
    }

    fn series(all: &[Series], c: PlaceCategory) -> &Series {
        all.iter()
            .find(|s| s.category == c)
            .unwrap_or_else(|| panic!("no {c:?} series"))
    }

    /// Facility A: U3 2 (1 reserved) / Ü3 3 / Hort 1 places, from November 2026:
    /// - child 1, contract, 3rd birthday 15 January 2027 (U3 → Ü3 in January),
    /// - child 2, Ü3 contract ending 17 December 2026,
    /// - child 3, accepted offer (U3) from 1 December 2026.
    fn facility_a() -> FacilityInput {
        FacilityInput {
            id: "A".into(),
            licences: vec![licence(places(2, 3, 1), places(1, 0, 0))],
            placements: vec![
                placement(d(2024, 1, 15), d(2025, 8, 1), None, Basis::Contract),
                placement(
                    d(2022, 3, 3),
                    d(2025, 8, 1),
                    Some(d(2026, 12, 17)),
                    Basis::Contract,
                ),
                placement(d(2025, 6, 1), d(2026, 12, 1), None, Basis::Offer),
            ],
        }
    }

    #[test]
    fn month_starts_cross_the_year() {
        assert_eq!(
            month_starts(d(2026, 11, 30), 3),
            vec![d(2026, 11, 1), d(2026, 12, 1), d(2027, 1, 1)]
        );
        assert!(month_starts(d(2026, 11, 30), 0).is_empty());
    }

    #[test]
    fn a_facility_month_by_month() {
        let rules = Rules::new(NW);
        let months = month_starts(d(2026, 11, 1), 4); // Nov, Dec, Jan, Feb
        let f = facility_a();
        let s = facility_forecast(&f, &months, &rules);
        assert_eq!(
            s.iter().map(|s| s.category).collect::<Vec<_>>(),
            vec![PlaceCategory::U3, PlaceCategory::UE3, PlaceCategory::Hort]
        );
        let u3 = series(&s, PlaceCategory::U3);
        let ue3 = series(&s, PlaceCategory::UE3);
        // Capacity: U3 2 − 1 reserved.
        assert!(u3.months.iter().all(|c| c.capacity == 1.0));
        assert!(ue3.months.iter().all(|c| c.capacity == 3.0));
        // November: child 1 in U3, child 2 in Ü3, the offer not started.
        assert_eq!((u3.months[0].confirmed, u3.months[0].planned), (1.0, 1.0));
        assert_eq!(ue3.months[0].confirmed, 1.0);
        // December: the offer counts in planned only; child 2's contract ends on the 17th.
        assert_eq!((u3.months[1].confirmed, u3.months[1].planned), (1.0, 2.0));
        assert_eq!(u3.months[1].free, -1.0);
        assert_eq!(ue3.months[1].contracts_ending, 1);
        assert_eq!(ue3.months[0].contracts_ending, 0);
        assert_eq!(ue3.months[1].confirmed, 1.0);
        // January: child 2 gone; child 1 turns three on the 15th: U3 → Ü3 in January's row.
        assert_eq!(ue3.months[2].confirmed, 0.0);
        assert_eq!(u3.months[2].switching_out, 1);
        assert_eq!(ue3.months[2].switching_in, 1);
        assert_eq!(u3.months[1].switching_out, 0);
        assert_eq!(u3.months[2].planned, 2.0);
        // February: child 1 counted in Ü3.
        assert_eq!((u3.months[3].confirmed, u3.months[3].planned), (0.0, 1.0));
        assert_eq!(ue3.months[3].confirmed, 1.0);
        assert_eq!(ue3.months[3].free, 2.0);
        // The cells agree with occupancy_at on every 1st.
        for (i, &day) in months.iter().enumerate() {
            for o in occupancy_at(&f.licences, &f.placements, day, &rules) {
                let cell = &series(&s, o.category).months[i];
                assert_eq!(cell.capacity, f64::from(o.bookable()));
                assert_eq!(cell.confirmed, o.confirmed);
                assert_eq!(cell.planned, o.planned);
                assert_eq!(cell.free, o.free_planned());
            }
        }
        // No demand or projection for a single facility.
        assert!(s
            .iter()
            .flat_map(|s| &s.months)
            .all(|c| c.demand == 0.0 && c.projected.is_none() && c.ageing_out == 0));
    }

    #[test]
    fn ageing_out_of_hort() {
        let rules = Rules::new(NW);
        // School entry 1 August 2023, Hort until 31 July 2027.
        let f = FacilityInput {
            id: "H".into(),
            licences: vec![licence(places(0, 0, 5), Places::default())],
            placements: vec![placement(
                d(2017, 5, 5),
                d(2023, 8, 1),
                None,
                Basis::Contract,
            )],
        };
        let months = month_starts(d(2027, 6, 1), 3);
        let s = facility_forecast(&f, &months, &rules);
        let hort = series(&s, PlaceCategory::Hort);
        assert_eq!(hort.months[0].ageing_out, 0);
        assert_eq!(hort.months[1].ageing_out, 1);
        assert_eq!(hort.months[1].switching_out, 0);
        assert_eq!(hort.months[2].confirmed, 0.0);
        assert_eq!(
            first_free_month(&s, d(2023, 1, 1), &months, &rules),
            None,
            "a U3/Ü3 child finds nothing in a Hort"
        );
        let full = FacilityInput {
            licences: vec![licence(places(0, 0, 1), Places::default())],
            ..f
        };
        let s = facility_forecast(&full, &months, &rules);
        // A Hort child (school entry 2026) finds the place in August when the other left.
        assert_eq!(
            first_free_month(&s, d(2019, 6, 1), &months, &rules),
            Some(d(2027, 8, 1))
        );
    }

    #[test]
    fn first_free_month_after_a_contract_end() {
        let rules = Rules::new(NW);
        let f = FacilityInput {
            id: "A".into(),
            licences: vec![licence(places(1, 1, 0), Places::default())],
            placements: vec![
                placement(
                    d(2025, 2, 1),
                    d(2026, 1, 1),
                    Some(d(2027, 1, 10)),
                    Basis::Contract,
                ),
                placement(d(2022, 2, 1), d(2025, 1, 1), None, Basis::Contract),
            ],
        };
        let months = month_starts(d(2026, 12, 1), 4);
        let s = facility_forecast(&f, &months, &rules);
        // U3: the contract ends 10 January, so the place is free from 1 February.
        assert_eq!(
            first_free_month(&s, d(2025, 9, 1), &months, &rules),
            Some(d(2027, 2, 1))
        );
        // Ü3 full throughout.
        assert_eq!(first_free_month(&s, d(2022, 9, 1), &months, &rules), None);
        // A child that is not born yet in December and turns up in January: still February.
        assert_eq!(
            first_free_month(&s, d(2026, 12, 20), &months, &rules),
            Some(d(2027, 2, 1))
        );
        // U3-double weighting: one free U3 place is not enough for a U3 child.
        let double = Rules {
            weighting: Weighting::U3Double,
            ..Rules::new(NW)
        };
        let s = facility_forecast(&f, &months, &double);
        assert_eq!(first_free_month(&s, d(2025, 9, 1), &months, &double), None);
    }

    #[test]
    fn demand_areas_and_municipality() {
        let rules = Rules::new(NW);
        let months = month_starts(d(2026, 11, 1), 4);
        let a = facility_a();
        let b = FacilityInput {
            id: "B".into(),
            licences: vec![licence(places(4, 10, 0), Places::default())],
            placements: vec![placement(
                d(2021, 1, 1),
                d(2024, 8, 1),
                None,
                Basis::Contract,
            )],
        };
        let demand = vec![
            // A needs report for a U3 child, from January (month 3).
            DemandItem {
                birth: d(2025, 10, 1),
                start: d(2027, 1, 20),
                first_wish: Some("B".into()),
                needs_report: true,
            },
            // Ü3 application for A, start already passed.
            DemandItem {
                birth: d(2022, 1, 1),
                start: d(2026, 8, 1),
                first_wish: Some("A".into()),
                needs_report: false,
            },
            // No first wish: municipality only.
            DemandItem {
                birth: d(2022, 1, 1),
                start: d(2026, 8, 1),
                first_wish: None,
                needs_report: false,
            },
            // First wish outside the input but listed in area "Nord".
            DemandItem {
                birth: d(2022, 1, 1),
                start: d(2026, 8, 1),
                first_wish: Some("Z".into()),
                needs_report: false,
            },
        ];
        let areas = vec![
            Area {
                name: "Nord".into(),
                facilities: vec!["A".into(), "Z".into(), "A".into()],
            },
            Area {
                name: "Süd".into(),
                facilities: vec!["B".into()],
            },
        ];
        let cohorts = vec![Cohort {
            birth_year: 2025,
            area: "Süd".into(),
            count: 100,
        }];
        let rates = CoverageRates::default();
        let (a2, b2) = (a.clone(), b.clone());
        let fc = forecast(&[a, b], &demand, &areas, &cohorts, &rates, &months, &rules);
        assert_eq!(fc.months, months);
        assert_eq!(fc.facilities.keys().collect::<Vec<_>>(), vec!["A", "B"]);
        let b_u3 = series(&fc.facilities["B"], PlaceCategory::U3);
        assert_eq!(
            b_u3.months.iter().map(|c| c.demand).collect::<Vec<_>>(),
            vec![0.0, 0.0, 1.0, 1.0]
        );
        let a_ue3 = series(&fc.facilities["A"], PlaceCategory::UE3);
        assert!(a_ue3.months.iter().all(|c| c.demand == 1.0));
        assert!(a_ue3.months.iter().all(|c| c.projected.is_none()));
        // Nord: A (listed twice, counted once) + the unknown Z's demand; no cohorts.
        let nord = &fc.areas["Nord"];
        let nord_ue3 = series(nord, PlaceCategory::UE3);
        assert_eq!(nord_ue3.months[0].capacity, 3.0);
        assert_eq!(nord_ue3.months[0].demand, 2.0);
        assert!(nord_ue3.months[0].projected.is_none());
        assert_eq!(nord_ue3.months[0].total_demand(), 3.0); // planned 1 + demand 2
        assert_eq!(nord_ue3.months[0].coverage(), Some(1.0));
        assert!(!nord_ue3.months[0].shortfall());
        // Süd: B and the projection of the 2025 cohort.
        let sued_u3 = series(&fc.areas["Süd"], PlaceCategory::U3);
        assert_eq!(sued_u3.months[2].capacity, 4.0);
        assert_eq!(sued_u3.months[2].demand, 1.0);
        // 1 January 2027: the whole 2025 cohort is 1 year old: 100 × 0.40.
        let p = sued_u3.months[2].projected.unwrap();
        assert!((p - 40.0).abs() < 1e-9, "{p}");
        assert!(sued_u3.months[2].shortfall());
        assert_eq!(sued_u3.months[2].coverage(), Some(0.1));
        // Municipality: sums of A and B plus all demand.
        let m_u3 = series(&fc.municipality, PlaceCategory::U3);
        let m_ue3 = series(&fc.municipality, PlaceCategory::UE3);
        assert_eq!(m_u3.months[0].capacity, 5.0);
        assert_eq!(m_ue3.months[0].capacity, 13.0);
        assert_eq!(m_ue3.months[0].confirmed, 2.0);
        assert_eq!(m_ue3.months[0].demand, 3.0);
        assert_eq!(m_ue3.months[0].free, 11.0);
        assert_eq!(m_u3.months[2].switching_out, 1);
        assert_eq!(m_ue3.months[1].contracts_ending, 1);
        // Only Süd has cohorts: a projection for the whole municipality would set all places
        // against Süd's children alone, so there is none.
        assert!(m_u3.months[0].projected.is_none());
        let mut all = cohorts.clone();
        all.push(Cohort {
            birth_year: 2024,
            area: "Nord".into(),
            count: 50,
        });
        let covered = forecast(&[a2, b2], &demand, &areas, &all, &rates, &months, &rules);
        assert!(series(&covered.municipality, PlaceCategory::U3).months[0]
            .projected
            .is_some());
        // Hort rates are 0 by default: no projection, total demand = planned + demand.
        let m_hort = series(&fc.municipality, PlaceCategory::Hort);
        assert!(m_hort.months.iter().all(|c| c.projected.is_none()));
        // Hort: A has one licensed Hort place, so the series exists everywhere A is.
        assert!(fc
            .municipality
            .iter()
            .any(|s| s.category == PlaceCategory::Hort));
        assert!(!fc.areas["Süd"]
            .iter()
            .any(|s| s.category == PlaceCategory::Hort));
    }

    #[test]
    fn projection_of_one_cohort_by_hand() {
        let rates = CoverageRates([0.1, 0.2, 0.3, 0.9, 0.9, 0.9, 0.5, 0.5, 0.5, 0.5]);
        let cohorts = vec![
            Cohort {
                birth_year: 2023,
                area: "Nord".into(),
                count: 365,
            },
            Cohort {
                birth_year: 2023,
                area: "Süd".into(),
                count: 1000,
            },
        ];
        // 1 July 2026 (not a leap year): 181 of 365 days passed. The 2023 cohort: 181/365
        // are 3 (Ü3), 184/365 are 2 (U3).
        let p = projected_demand(&cohorts, Some("Nord"), &rates, d(2026, 7, 1));
        assert!((p[&PlaceCategory::U3] - 184.0 * 0.3).abs() < 1e-9);
        assert!((p[&PlaceCategory::UE3] - 181.0 * 0.9).abs() < 1e-9);
        assert_eq!(p.len(), 2);
        // 1 January 2023: share 1 is aged −1 (ignored), share 0 aged 0.
        let p = projected_demand(&cohorts, Some("Nord"), &rates, d(2023, 1, 1));
        assert_eq!(p.get(&PlaceCategory::U3), Some(&0.0));
        // All areas.
        let p = projected_demand(&cohorts, None, &rates, d(2027, 1, 1));
        assert!((p[&PlaceCategory::UE3] - 1365.0 * 0.9).abs() < 1e-9);
        // Older than 9: nothing.
        assert!(projected_demand(&cohorts, None, &rates, d(2034, 1, 1)).is_empty());
        assert!(projected_demand(&cohorts, Some("Ost"), &rates, d(2027, 1, 1)).is_empty());
    }

    #[test]
    fn projection_is_weighted_like_the_places() {
        let rules = Rules {
            weighting: Weighting::U3Double,
            ..Rules::new(NW)
        };
        let months = month_starts(d(2027, 1, 1), 1);
        let cohorts = vec![Cohort {
            birth_year: 2025,
            area: "Nord".into(),
            count: 10,
        }];
        let rates = CoverageRates([0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
        let fc = forecast(&[], &[], &[], &cohorts, &rates, &months, &rules);
        let u3 = series(&fc.municipality, PlaceCategory::U3);
        assert_eq!(u3.months[0].projected, Some(10.0));
        assert_eq!(fc.municipality.len(), 1);
        assert!(fc.areas.is_empty() && fc.facilities.is_empty());
    }

    #[test]
    fn cells_and_empty_windows() {
        let cell = Cell {
            capacity: 10.0,
            planned: 8.0,
            demand: 4.0,
            ..Cell::default()
        };
        assert_eq!(cell.total_demand(), 12.0);
        assert!(cell.shortfall());
        let none = Cell::default();
        assert_eq!(none.coverage(), None);
        assert!(!none.shortfall());
        let projected = Cell {
            projected: Some(5.0),
            ..cell
        };
        assert_eq!(projected.coverage(), Some(2.0));
        let fc = forecast(
            &[facility_a()],
            &[],
            &[],
            &[],
            &CoverageRates::default(),
            &[],
            &Rules::new(NW),
        );
        assert!(fc.facilities["A"].is_empty() && fc.municipality.is_empty());
    }

    fn rules() -> impl Strategy<Value = Rules> {
        (
            any::<bool>(),
            prop_oneof![
                Just(Weighting::Plain),
                Just(Weighting::U3Double),
                Just(Weighting::Hours { full_time: 45 })
            ],
        )
            .prop_map(|(uses_u2, weighting)| Rules {
                uses_u2,
                weighting,
                ..Rules::new(NW)
            })
    }

    type RawPlacement = (i64, i64, Option<i64>, Vec<(i64, u32)>, bool);

    proptest! {
        /// The precomputed month-by-month path agrees with `occupancy_at` on every 1st, and
        /// counts every contract ending inside the window exactly once.
        #[test]
        fn cells_agree_with_occupancy_at(
            raw in prop::collection::vec(
                (0i64..4200, -500i64..800, prop::option::of(0i64..900),
                 prop::collection::vec((-100i64..800, 10u32..50), 0..3), any::<bool>()),
                0..25),
            rules in rules(),
            from in 0i64..700,
        ) {
            let base = d(2025, 1, 1);
            let raw: Vec<RawPlacement> = raw;
            let placements: Vec<Placement> = raw
                .iter()
                .map(|(age, start, length, hours, contract)| {
                    let start = base + chrono::Duration::days(*start);
                    let mut hours: Vec<(NaiveDate, u32)> = hours
                        .iter()
                        .map(|&(o, h)| (base + chrono::Duration::days(o), h))
                        .collect();
                    hours.sort();
                    Placement {
                        birth: base - chrono::Duration::days(*age),
                        start,
                        end: length.map(|l| start + chrono::Duration::days(l)),
                        hours,
                        basis: if *contract { Basis::Contract } else { Basis::Offer },
                    }
                })
                .collect();
            let f = FacilityInput {
                id: "A".into(),
                licences: vec![
                    Licence {
                        valid_to: Some(d(2026, 7, 31)),
                        ..licence(places(5, 10, 3), places(1, 0, 0))
                    },
                    Licence {
                        valid_from: d(2026, 8, 1),
                        ..licence(places(0, 12, 0), Places::default())
                    },
                ],
                placements: placements.clone(),
            };
            let months = month_starts(base + chrono::Duration::days(from), 14);
            let s = facility_forecast(&f, &months, &rules);
            for (i, &day) in months.iter().enumerate() {
                let occ = occupancy_at(&f.licences, &placements, day, &rules);
                for o in &occ {
                    let cell = &series(&s, o.category).months[i];
                    prop_assert_eq!(cell.capacity, f64::from(o.bookable()));
                    prop_assert!((cell.confirmed - o.confirmed).abs() < 1e-9);
                    prop_assert!((cell.planned - o.planned).abs() < 1e-9);
                }
                for series in &s {
                    if !occ.iter().any(|o| o.category == series.category) {
                        prop_assert_eq!(series.months[i].planned, 0.0);
                        prop_assert_eq!(series.months[i].capacity, 0.0);
                    }
                }
            }
            let window_end = next_month_start(*months.last().unwrap());
            let ending = placements
                .iter()
                .filter(|p| {
                    p.basis == Basis::Contract
                        && p.end.is_some_and(|e| {
                            e >= months[0]
                                && e < window_end
                                && counted_category(p.birth, e, &rules).is_some()
                        })
                })
                .count() as u32;
            let counted: u32 = s.iter().flat_map(|s| &s.months).map(|c| c.contracts_ending).sum();
            prop_assert_eq!(counted, ending);
        }
    }
}
