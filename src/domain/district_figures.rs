//! The figures of the district (Kreisportal) and provider (Träger) statistics, built from the
//! aggregate counts of `store::district`: applications by category, outcome and month, needs
//! reports and unserved demand, allocation outcomes by wish, out-of-town flows between
//! municipalities, and places (now, forecast, coverage). Counts of children are released
//! through [`super::suppression`]; place figures are facility data (licences, free places —
//! what a youth-welfare plan publishes) and are shown as they are.

use std::collections::BTreeMap;

use serde::Serialize;

use super::application::Status;
use super::category::PlaceCategory;
use super::forecast::Series;
use super::suppression::{suppress, Cell, Table};

/// A row or column label: a code the page translates, or a name shown as it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Label {
    /// Translated by the page (`kreis-col-<code>` / `kreis-row-<code>`).
    Code(String),
    /// A municipality's, facility's or month's name.
    Text(String),
}

impl Label {
    /// The code or the name.
    pub fn as_str(&self) -> &str {
        match self {
            Label::Code(s) | Label::Text(s) => s,
        }
    }
}

/// Labels for codes.
pub fn code_labels(items: &[&str]) -> Vec<Label> {
    items
        .iter()
        .map(|c| Label::Code((*c).to_string()))
        .collect()
}

/// One shown value.
#[derive(Debug, Clone, PartialEq)]
pub enum Num {
    /// A released count.
    Count(u64),
    /// A count below this threshold (at least 1), shown as "< threshold".
    Below(u64),
    /// A count withheld so that the small ones cannot be worked out.
    Withheld,
    /// Places (weighted by the municipality's rule; may be fractional or negative).
    Places(f64),
    /// A ratio in per cent.
    Percent(f64),
    /// Not known (e.g. no birth cohorts uploaded).
    Missing,
}

impl Num {
    /// A released cell under `threshold`.
    pub fn of(c: &Cell, threshold: u64) -> Self {
        match c {
            Cell::Value(v) => Num::Count(*v),
            Cell::Small => Num::Below(threshold),
            Cell::Suppressed => Num::Withheld,
        }
    }
}

/// A table of figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Stable key (`categories`, `outcomes`, …).
    pub key: &'static str,
    /// Row labels.
    pub rows: Vec<Label>,
    /// Column labels.
    pub columns: Vec<Label>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<Num>>,
    /// Row, column and grand totals, where the figure has them.
    pub totals: Option<Totals>,
    /// Counts of children (suppressed) rather than places.
    pub counts: bool,
}

/// The totals of a table of counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    /// One per row.
    pub rows: Vec<Num>,
    /// One per column.
    pub columns: Vec<Num>,
    /// The grand total.
    pub total: Num,
}

/// Releases a table of counts under `threshold` as a figure.
pub fn counted(
    key: &'static str,
    rows: Vec<Label>,
    columns: Vec<Label>,
    counts: Vec<Vec<u64>>,
    threshold: u64,
) -> Figure {
    let table = Table {
        rows: rows.iter().map(|r| r.as_str().to_string()).collect(),
        columns: columns.iter().map(|c| c.as_str().to_string()).collect(),
        counts,
    };
    let released = suppress(&table, threshold);
    let num = |c: &Cell| Num::of(c, threshold);
    Figure {
        key,
        rows,
        columns,
        cells: released
            .cells
            .iter()
            .map(|r| r.iter().map(num).collect())
            .collect(),
        totals: Some(Totals {
            rows: released.row_totals.iter().map(num).collect(),
            columns: released.column_totals.iter().map(num).collect(),
            total: num(&released.total),
        }),
        counts: true,
    }
}

/// Application counts as `store::district::application_counts` returns them, keyed by the
/// row (municipality or facility) index: (row, kind, category, status, count).
pub type Counts = [(usize, String, String, String, u64)];

/// The place categories in their stored codes.
pub const CATEGORIES: [&str; 4] = ["U2", "U3", "UE3", "HORT"];

/// Applications by category.
pub fn by_category(rows: usize, counts: &Counts) -> Vec<Vec<u64>> {
    let mut out = vec![vec![0u64; CATEGORIES.len()]; rows];
    for (r, _, category, _, n) in counts {
        if let (Some(row), Some(c)) = (
            out.get_mut(*r),
            CATEGORIES.iter().position(|c| c == category),
        ) {
            row[c] += n;
        }
    }
    out
}

/// The outcome groups of applications.
pub const OUTCOMES: [&str; 4] = ["waiting", "offered", "placed", "ended"];

/// The outcome group of a status.
pub fn outcome_of(status: &str) -> &'static str {
    match Status::from_code(status) {
        Some(Status::Offered) => "offered",
        Some(Status::Accepted | Status::Contracted) => "placed",
        Some(Status::Withdrawn | Status::Closed | Status::Declined | Status::Expired) => "ended",
        _ => "waiting",
    }
}

/// Applications by outcome group.
pub fn by_outcome(rows: usize, counts: &Counts) -> Vec<Vec<u64>> {
    let mut out = vec![vec![0u64; OUTCOMES.len()]; rows];
    for (r, _, _, status, n) in counts {
        let o = OUTCOMES
            .iter()
            .position(|o| *o == outcome_of(status))
            .unwrap_or(0);
        if let Some(row) = out.get_mut(*r) {
            row[o] += n;
        }
    }
    out
}

/// The states of needs reports (Bedarfsmeldungen) shown: still open within the entitlement
/// date, open past it (unserved demand), offered or placed, ended without a place.
pub const NEEDS: [&str; 4] = ["open", "overdue", "served", "ended"];

/// Needs reports by state; `overdue[row]` of the open ones are past the entitlement date.
pub fn needs(rows: usize, counts: &Counts, overdue: &[u64]) -> Vec<Vec<u64>> {
    let mut out = vec![vec![0u64; NEEDS.len()]; rows];
    for (r, kind, _, status, n) in counts {
        if kind != "needs" {
            continue;
        }
        let column = match outcome_of(status) {
            "waiting" => 0,
            "offered" | "placed" => 2,
            _ => 3,
        };
        if let Some(row) = out.get_mut(*r) {
            row[column] += n;
        }
    }
    for (row, late) in out.iter_mut().zip(overdue) {
        let late = (*late).min(row[0]);
        row[0] -= late;
        row[1] += late;
    }
    out
}

/// The columns of the allocation outcome: offers at the 1st, 2nd, 3rd, 4th or later wish,
/// and requests left on the waiting list.
pub const WISHES: [&str; 5] = ["wish1", "wish2", "wish3", "wish4", "unplaced"];

/// Offers by the rank of the wish (row, rank, count) and unplaced requests.
pub fn by_wish(rows: usize, ranks: &[(usize, i32, u64)], counts: &Counts) -> Vec<Vec<u64>> {
    let mut out = vec![vec![0u64; WISHES.len()]; rows];
    for (r, rank, n) in ranks {
        if let Some(row) = out.get_mut(*r) {
            row[((*rank).clamp(1, 4) - 1) as usize] += n;
        }
    }
    for (r, kind, _, status, n) in counts {
        if kind == "request" && status == Status::Rejected.code() {
            if let Some(row) = out.get_mut(*r) {
                row[4] += n;
            }
        }
    }
    out
}

/// Normalises a town for matching: trimmed, lower case, inner white space collapsed.
pub fn town_key(town: &str) -> String {
    town.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Out-of-town flows: applications to municipality `to` (column) by children living in
/// municipality `from` (row; the last row is "outside the district"). `towns` are the
/// municipalities' names in [`town_key`] form, in column order; `residence` is (column of the
/// municipality applied to, town key, count). Children applying where they live are not a
/// flow.
pub fn flows(towns: &[String], residence: &[(usize, String, u64)]) -> Vec<Vec<u64>> {
    let mut out = vec![vec![0u64; towns.len()]; towns.len() + 1];
    for (to, town, n) in residence {
        if *to >= towns.len() {
            continue;
        }
        let from = towns.iter().position(|t| t == town).unwrap_or(towns.len());
        if from != *to {
            out[from][*to] += n;
        }
    }
    out
}

/// The categories summed for a filter (`None` = all).
fn selected(category: Option<PlaceCategory>) -> Vec<PlaceCategory> {
    category.map_or_else(|| PlaceCategory::ALL.to_vec(), |c| vec![c])
}

fn sum_at(
    series: &[Series],
    categories: &[PlaceCategory],
    month: usize,
    f: fn(&super::forecast::Cell) -> f64,
) -> f64 {
    series
        .iter()
        .filter(|s| categories.contains(&s.category))
        .filter_map(|s| s.months.get(month))
        .map(f)
        .sum()
}

/// The columns of the places table.
pub const PLACES: [&str; 4] = ["capacity", "confirmed", "planned", "free"];

/// Places on the first month per row: capacity, under contract, under contract or accepted,
/// free.
pub fn places_now(series: &[&[Series]], category: Option<PlaceCategory>) -> Vec<Vec<Num>> {
    let cats = selected(category);
    series
        .iter()
        .map(|s| {
            vec![
                Num::Places(sum_at(s, &cats, 0, |c| c.capacity)),
                Num::Places(sum_at(s, &cats, 0, |c| c.confirmed)),
                Num::Places(sum_at(s, &cats, 0, |c| c.planned)),
                Num::Places(sum_at(s, &cats, 0, |c| c.free)),
            ]
        })
        .collect()
}

/// Month offsets of the forecast table.
pub const FORECAST_MONTHS: [usize; 5] = [0, 3, 6, 12, 24];

/// Free places per row at each of [`FORECAST_MONTHS`] (series must cover 25 months).
pub fn free_ahead(series: &[&[Series]], category: Option<PlaceCategory>) -> Vec<Vec<Num>> {
    let cats = selected(category);
    series
        .iter()
        .map(|s| {
            FORECAST_MONTHS
                .iter()
                .map(|&m| Num::Places(sum_at(s, &cats, m, |c| c.free)))
                .collect()
        })
        .collect()
}

/// The columns of the coverage table.
pub const COVERAGE: [&str; 6] = [
    "u3_places",
    "u3_children",
    "u3_ratio",
    "ue3_places",
    "ue3_children",
    "ue3_ratio",
];

/// Coverage per row on the first month: places for under-threes (U2 and U3) and for
/// three-year-olds to school entry, the children of those ages from the birth cohorts, and
/// places per 100 children (Versorgungsquote). Without cohorts the children and ratios are
/// missing.
pub fn coverage(
    series: &[&[Series]],
    children: &[Option<&BTreeMap<PlaceCategory, f64>>],
) -> Vec<Vec<Num>> {
    let u3 = [PlaceCategory::U2, PlaceCategory::U3];
    let ue3 = [PlaceCategory::UE3];
    series
        .iter()
        .zip(children)
        .map(|(s, kids)| {
            let mut row = Vec::with_capacity(6);
            for cats in [&u3[..], &ue3[..]] {
                let places = sum_at(s, cats, 0, |c| c.capacity);
                let n: Option<f64> =
                    kids.map(|k| cats.iter().filter_map(|c| k.get(c)).sum::<f64>());
                row.push(Num::Places(places));
                row.push(n.map_or(Num::Missing, |n| Num::Places(n.round())));
                row.push(match n {
                    Some(n) if n >= 0.5 => Num::Percent(100.0 * places / n),
                    _ => Num::Missing,
                });
            }
            row
        })
        .collect()
}

/// The row "all together" of a place figure (places, forecast, coverage): the sum of each
/// column of places; unknown when a row is unknown; coverage ratios from the summed places
/// and children. Appended as [`Label::Code`] `total` when there are several rows.
pub fn with_total_row(rows: &mut Vec<Label>, cells: &mut Vec<Vec<Num>>) {
    if rows.len() < 2 {
        return;
    }
    let columns = cells.first().map_or(0, Vec::len);
    let mut total: Vec<Num> = (0..columns)
        .map(|j| {
            cells
                .iter()
                .try_fold(0.0, |sum, row| match row.get(j) {
                    Some(Num::Places(v)) => Some(sum + v),
                    _ => None,
                })
                .map_or(Num::Missing, Num::Places)
        })
        .collect();
    // Coverage: the ratio of the sums, not the sum of the ratios.
    for (ratio, places, children) in [(2, 0, 1), (5, 3, 4)] {
        if columns == COVERAGE.len() {
            total[ratio] = match (&total[places], &total[children]) {
                (Num::Places(p), Num::Places(c)) if *c >= 0.5 => Num::Percent(100.0 * p / c),
                _ => Num::Missing,
            };
        }
    }
    rows.push(Label::Code("total".into()));
    cells.push(total);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::forecast::Cell as FCell;

    fn c(
        r: usize,
        kind: &str,
        cat: &str,
        status: &str,
        n: u64,
    ) -> (usize, String, String, String, u64) {
        (r, kind.into(), cat.into(), status.into(), n)
    }

    #[test]
    fn applications_are_grouped_by_category_outcome_and_needs_state() {
        let counts = vec![
            c(0, "request", "U3", "checked", 4),
            c(0, "request", "UE3", "offered", 2),
            c(0, "needs", "U3", "checked", 5),
            c(0, "needs", "U3", "contracted", 1),
            c(1, "request", "HORT", "withdrawn", 3),
            c(1, "request", "UE3", "rejected", 6),
            c(7, "request", "UE3", "rejected", 6),
        ];
        assert_eq!(
            by_category(2, &counts),
            vec![vec![0, 10, 2, 0], vec![0, 0, 6, 3]]
        );
        assert_eq!(
            by_outcome(2, &counts),
            vec![vec![9, 2, 1, 0], vec![6, 0, 0, 3]]
        );
        // Two of the five open needs reports are past the entitlement date.
        assert_eq!(
            needs(2, &counts, &[2, 0]),
            vec![vec![3, 2, 1, 0], vec![0, 0, 0, 0]]
        );
        // More overdue than open (cannot happen, but never negative).
        assert_eq!(needs(1, &counts, &[9])[0], vec![0, 5, 1, 0]);
        let ranks = vec![(0, 1, 5), (0, 2, 1), (0, 7, 2), (1, 1, 1)];
        assert_eq!(
            by_wish(2, &ranks, &counts),
            vec![vec![5, 1, 0, 2, 0], vec![1, 0, 0, 0, 6]]
        );
    }

    #[test]
    fn flows_count_children_applying_outside_their_municipality() {
        let towns = vec![town_key("Musterstadt"), town_key("Neustadt am  See")];
        let residence = vec![
            (0, "musterstadt".to_string(), 9),
            (0, "neustadt am see".to_string(), 4),
            (1, "musterstadt".to_string(), 3),
            (1, "berlin".to_string(), 2),
        ];
        assert_eq!(
            flows(&towns, &residence),
            vec![vec![0, 3], vec![4, 0], vec![0, 2]]
        );
    }

    #[test]
    fn small_counts_are_withheld_with_their_complements() {
        let f = counted(
            "categories",
            vec![Label::Text("A".into()), Label::Text("B".into())],
            code_labels(&["U3", "UE3"]),
            vec![vec![1, 10], vec![5, 10]],
            3,
        );
        assert_eq!(f.cells[0][0], Num::Below(3));
        let withheld = f
            .cells
            .iter()
            .flatten()
            .filter(|n| **n == Num::Withheld)
            .count();
        assert!(withheld >= 1, "{f:?}");
        assert!(f.counts);
    }

    fn series(cat: PlaceCategory, capacity: f64, free: f64, months: usize) -> Series {
        Series {
            category: cat,
            months: (0..months)
                .map(|_| FCell {
                    capacity,
                    free,
                    confirmed: capacity - free,
                    planned: capacity - free,
                    ..FCell::default()
                })
                .collect(),
        }
    }

    #[test]
    fn place_figures_get_a_row_for_all_together() {
        let mut rows = vec![Label::Text("A".into()), Label::Text("B".into())];
        let mut cells = vec![
            vec![
                Num::Places(10.0),
                Num::Places(20.0),
                Num::Percent(50.0),
                Num::Places(30.0),
                Num::Missing,
                Num::Missing,
            ],
            vec![
                Num::Places(5.0),
                Num::Places(10.0),
                Num::Percent(50.0),
                Num::Places(10.0),
                Num::Places(10.0),
                Num::Percent(100.0),
            ],
        ];
        with_total_row(&mut rows, &mut cells);
        assert_eq!(rows[2], Label::Code("total".into()));
        assert_eq!(
            cells[2],
            vec![
                Num::Places(15.0),
                Num::Places(30.0),
                Num::Percent(50.0),
                Num::Places(40.0),
                Num::Missing,
                Num::Missing
            ]
        );
        let mut one = vec![Label::Text("A".into())];
        let mut single = vec![vec![Num::Places(1.0)]];
        with_total_row(&mut one, &mut single);
        assert_eq!(one.len(), 1);
    }

    #[test]
    fn places_and_coverage_sum_the_selected_categories() {
        let s = vec![
            series(PlaceCategory::U2, 10.0, 2.0, 25),
            series(PlaceCategory::U3, 20.0, 5.0, 25),
            series(PlaceCategory::UE3, 50.0, -1.0, 25),
        ];
        let rows: Vec<&[Series]> = vec![&s];
        assert_eq!(
            places_now(&rows, None)[0],
            vec![
                Num::Places(80.0),
                Num::Places(74.0),
                Num::Places(74.0),
                Num::Places(6.0)
            ]
        );
        assert_eq!(
            places_now(&rows, Some(PlaceCategory::UE3))[0][3],
            Num::Places(-1.0)
        );
        assert_eq!(
            free_ahead(&rows, Some(PlaceCategory::U3))[0],
            vec![Num::Places(5.0); 5]
        );
        let kids: BTreeMap<PlaceCategory, f64> =
            [(PlaceCategory::U3, 60.0), (PlaceCategory::UE3, 50.0)]
                .into_iter()
                .collect();
        let cov = coverage(&rows, &[Some(&kids)]);
        assert_eq!(cov[0][0], Num::Places(30.0));
        assert_eq!(cov[0][2], Num::Percent(50.0));
        assert_eq!(cov[0][5], Num::Percent(100.0));
        let none = coverage(&rows, &[None]);
        assert_eq!(none[0][1], Num::Missing);
        assert_eq!(none[0][2], Num::Missing);
    }
}
