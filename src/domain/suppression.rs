//! Statistical disclosure control for the district's tables: district officials (Landkreis)
//! see counts across municipalities only in anonymised form (§ 64 Abs. 3 SGB VIII), so small
//! counts are withheld — together with enough other counts that no withheld count can be
//! worked out from what is shown.
//!
//! A [`Table`] is a two-way table of counts; it is released with its row totals, column totals
//! and grand total. A list ([`suppress_list`]) is a single line with its total. The threshold
//! is the municipality's `small_cell_threshold` (2–20, default 3; see
//! [`threshold_from_setting`]).
//!
//! # Rules
//!
//! Below, a *line* is a row with its row total, a column with its column total, the row totals
//! with the grand total and the column totals with the grand total; the last entry of a line
//! (its total) is the sum of the others (its *parts*).
//!
//! 1. **Primary suppression.** Every count — inner cell, row total, column total, grand total —
//!    with `0 < count < threshold` is suppressed and shown as "< threshold" ([`Cell::Small`]).
//!    **Zeros are released**: a zero identifies nobody, and hiding all zeros would blank out
//!    most sparse district tables. The price is that a reader knows every small count lies in
//!    `1..threshold` and every other withheld count ([`Cell::Suppressed`], chosen by rules 2
//!    and 3 among released counts) is at least the threshold; rule 3 takes both into account.
//!    With a threshold of 2, "< 2" would say "1", so small counts are not marked then and a
//!    reader only knows that withheld counts are at least 1.
//! 2. **Secondary (complementary) suppression.** No line may have exactly one suppressed
//!    entry: otherwise it is its total minus the released parts (or, for a suppressed total,
//!    the sum of its parts). Such a line gets one more suppressed entry: the smallest non-zero
//!    released part (ties: the first); if there is none, its total. The lines are checked in
//!    the order rows, columns, row totals against the grand total, column totals against the
//!    grand total, and again from the start after every new suppression until none has
//!    exactly one; suppressing a total or a cell makes its crossing lines checked again
//!    the same way. A line can always be fixed: if the lonely entry is the total, the total is
//!    positive, so some part is a positive released count.
//! 3. **No recomputation by combining lines.** Counting per line is not enough in a two-way
//!    table: two suppressed 2×2 blocks joined by one more suppressed cell leave that cell
//!    determined by adding and subtracting lines, and a suppressed row `1 1` with a released
//!    total 2 gives both cells away, since suppressed counts are known to be at least 1. So
//!    after rule 2 every suppressed entry is checked to lie on an *alternating cycle* of
//!    suppressed entries — a closed path through the extended table (cells and totals) that
//!    turns at every step between a row and a column — along which the counts can be moved
//!    up and down by one in turn (totals moving with their parts) without any count leaving
//!    what a reader knows of it (rule 1: small ones stay in `1..threshold`, other withheld
//!    ones at or above the threshold; unmarked: at least 1). Then a second table, consistent with everything released, shows
//!    a different value there, so the entry is not determined. This condition is exact: an
//!    entry that lies on no such cycle is determined by the released counts (every
//!    difference between two consistent tables splits into such cycles). An entry that fails
//!    gets the cheapest completing cycle suppressed — fewest totals first, then the smallest
//!    sum of newly suppressed counts — and the process goes back to rule 2. Without marks such
//!    a cycle always exists (an inner cell with its row total, the grand total and its column
//!    total, all moving up), so the process ends; released zeros are never used. With marks
//!    the marks themselves can give a count away (two cells "< 3" whose column total is "< 3"
//!    are both 1); when an entry cannot be covered the whole table is released again without
//!    marks.
//! 4. **Lists** ([`suppress_list`]) are released as a table of one row.
//!
//! What this protects against is exact recomputation: every suppressed count has at least
//! two values consistent with the released counts, the totals and what the marks say (small:
//! `1..threshold`; other withheld: at least the threshold, or at least 1 without marks). It
//! does not guarantee a wide interval: a reader may still bound a suppressed count. Pages show
//! [`Cell::Small`] as "< threshold" and [`Cell::Suppressed`] as a neutral mark ("•").
//!
//! Rows of [`Table::counts`] shorter than [`Table::columns`] count as zero-padded, extra
//! entries and rows beyond [`Table::rows`] are ignored. Sums saturate at `u64::MAX`.

use serde::Serialize;

/// The threshold when a municipality has not set one.
pub const DEFAULT_THRESHOLD: u64 = 3;
/// The smallest threshold a municipality may set.
pub const MIN_THRESHOLD: u64 = 2;
/// The largest threshold a municipality may set.
pub const MAX_THRESHOLD: u64 = 20;

/// The threshold for a stored `small_cell_threshold`, clamped to
/// [`MIN_THRESHOLD`]`..=`[`MAX_THRESHOLD`] (the stored value is validated to that range, the
/// clamp only guards against a bad row).
pub fn threshold_from_setting(setting: i32) -> u64 {
    u64::try_from(setting)
        .unwrap_or(MIN_THRESHOLD)
        .clamp(MIN_THRESHOLD, MAX_THRESHOLD)
}

/// A released cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Cell {
    /// A count that may be shown (zero included).
    Value(u64),
    /// A count below the threshold (at least 1): shown as "< threshold".
    Small,
    /// A count withheld so that the small ones cannot be worked out (at least the threshold
    /// when the table marks small counts, else at least 1): shown as a neutral mark.
    Suppressed,
}

impl Cell {
    /// The count, if released.
    pub fn value(self) -> Option<u64> {
        match self {
            Self::Value(v) => Some(v),
            Self::Small | Self::Suppressed => None,
        }
    }

    /// Whether the count is withheld (small, or complementary).
    pub fn is_suppressed(self) -> bool {
        !matches!(self, Self::Value(_))
    }
}

/// A two-way table of counts with row and column totals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Row labels (e.g. municipalities).
    pub rows: Vec<String>,
    /// Column labels (e.g. place categories).
    pub columns: Vec<String>,
    /// `counts[row][column]`; the totals are computed, never given.
    pub counts: Vec<Vec<u64>>,
}

impl Table {
    /// The count in `row` and `column` (0 where [`Table::counts`] has no entry).
    pub fn count(&self, row: usize, column: usize) -> u64 {
        self.counts
            .get(row)
            .and_then(|r| r.get(column))
            .copied()
            .unwrap_or(0)
    }
}

/// The released table: inner cells, row totals, column totals and grand total, each a Cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Released {
    /// Row labels, as in the table.
    pub rows: Vec<String>,
    /// Column labels, as in the table.
    pub columns: Vec<String>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<Cell>>,
    /// One per row.
    pub row_totals: Vec<Cell>,
    /// One per column.
    pub column_totals: Vec<Cell>,
    /// The grand total.
    pub total: Cell,
}

/// Releases `table` under `threshold` (see the module documentation for the rules).
pub fn suppress(table: &Table, threshold: u64) -> Released {
    if threshold >= 3 {
        if let Some(grid) = run(table, threshold, true) {
            return grid.released(table);
        }
    }
    run(table, threshold, false)
        .unwrap_or_else(|| {
            let mut grid = Grid::new(table, threshold, false);
            grid.hide_all_positive();
            grid
        })
        .released(table)
}

/// Rules 1–3 with small counts marked as such (`marks_small`) or not; `None` when some entry
/// cannot be covered (then, with marks, the caller tries again without them; without marks
/// this cannot happen, see rule 3).
fn run(table: &Table, threshold: u64, marks_small: bool) -> Option<Grid> {
    let mut grid = Grid::new(table, threshold, marks_small);
    grid.hide_small();
    let lines = grid.lines();
    loop {
        if grid.hide_partner_of_lonely(&lines) {
            continue;
        }
        let Some(exposed) = grid.first_exposed() else {
            return Some(grid);
        };
        match grid.cover(exposed) {
            Some(path) if path.iter().any(|&e| !grid.is_hidden(e)) => {
                for e in path {
                    grid.hide(e);
                }
            }
            _ => return None,
        }
    }
}

/// Releases a one-dimensional table (`items` and their total) under `threshold`: as a table
/// of one row, whose column totals repeat the items and whose grand total repeats the total.
pub fn suppress_list(items: &[(String, u64)], threshold: u64) -> (Vec<(String, Cell)>, Cell) {
    let table = Table {
        rows: vec![String::new()],
        columns: items.iter().map(|(label, _)| label.clone()).collect(),
        counts: vec![items.iter().map(|(_, v)| *v).collect()],
    };
    let released = suppress(&table, threshold);
    let cells = released.cells.into_iter().next().unwrap_or_default();
    let total = released
        .row_totals
        .first()
        .copied()
        .unwrap_or(Cell::Value(0));
    (
        items
            .iter()
            .zip(cells)
            .map(|((label, _), cell)| (label.clone(), cell))
            .collect(),
        total,
    )
}

/// A position in the extended table: `(row, column)`, where row `rows` holds the column totals,
/// column `columns` the row totals and `(rows, columns)` the grand total.
type Entry = (usize, usize);

/// The cost of suppressing more entries: (totals, sum of counts), compared in that order.
type Cost = (u64, u64);

/// How the cycle search best reached a vertex: the cost, and the vertex and entry it came from
/// (none for the start).
type Reached = (Cost, Option<(usize, Entry)>);

/// The extended table being suppressed.
///
/// For the cycle search it is a bipartite graph: a vertex per line of the extended table
/// (row vertices `0..=rows`, column vertices `rows + 1 + column`) and an edge per entry
/// joining its row and its column. With row and column totals negated, every row and every
/// column of the extended table sums to zero, so moving the entries of an alternating cycle
/// by `+1, -1, +1, …` (in the negated view) keeps every line consistent.
struct Grid {
    rows: usize,
    columns: usize,
    values: Vec<Vec<u64>>,
    hidden: Vec<Vec<bool>>,
    /// Hidden by rule 1 and shown as "< threshold" (known to lie in `1..threshold`).
    small: Vec<Vec<bool>>,
    threshold: u64,
    /// Whether small counts are marked (then every other withheld count is known to be at
    /// least the threshold).
    marks_small: bool,
}

impl Grid {
    fn new(table: &Table, threshold: u64, marks_small: bool) -> Self {
        let (rows, columns) = (table.rows.len(), table.columns.len());
        let mut values = vec![vec![0u64; columns + 1]; rows + 1];
        for i in 0..rows {
            for j in 0..columns {
                let v = table.count(i, j);
                values[i][j] = v;
                values[i][columns] = values[i][columns].saturating_add(v);
                values[rows][j] = values[rows][j].saturating_add(v);
                values[rows][columns] = values[rows][columns].saturating_add(v);
            }
        }
        Self {
            rows,
            columns,
            hidden: vec![vec![false; columns + 1]; rows + 1],
            small: vec![vec![false; columns + 1]; rows + 1],
            values,
            threshold,
            marks_small,
        }
    }

    fn value(&self, (i, j): Entry) -> u64 {
        self.values[i][j]
    }

    fn is_hidden(&self, (i, j): Entry) -> bool {
        self.hidden[i][j]
    }

    fn hide(&mut self, (i, j): Entry) {
        self.hidden[i][j] = true;
    }

    fn is_total(&self, (i, j): Entry) -> bool {
        i == self.rows || j == self.columns
    }

    /// +1 for inner cells and the grand total, -1 for row and column totals (the negated view).
    fn sign(&self, (i, j): Entry) -> i8 {
        if (i == self.rows) != (j == self.columns) {
            -1
        } else {
            1
        }
    }

    fn entries(&self) -> impl Iterator<Item = Entry> {
        let columns = self.columns;
        (0..=self.rows).flat_map(move |i| (0..=columns).map(move |j| (i, j)))
    }

    /// Rule 1.
    fn hide_small(&mut self) {
        for e in self.entries().collect::<Vec<_>>() {
            let v = self.value(e);
            if v > 0 && v < self.threshold {
                self.hide(e);
                self.small[e.0][e.1] = self.marks_small;
            }
        }
    }

    fn hide_all_positive(&mut self) {
        for e in self.entries().collect::<Vec<_>>() {
            if self.value(e) > 0 {
                self.hide(e);
            }
        }
    }

    /// The lines in the order of rule 2, each ending with its total.
    fn lines(&self) -> Vec<Vec<Entry>> {
        let (m, n) = (self.rows, self.columns);
        let mut lines: Vec<Vec<Entry>> = Vec::with_capacity(m + n + 2);
        lines.extend((0..m).map(|i| (0..=n).map(|j| (i, j)).collect()));
        lines.extend((0..n).map(|j| (0..=m).map(|i| (i, j)).collect()));
        lines.push((0..=m).map(|i| (i, n)).collect());
        lines.push((0..=n).map(|j| (m, j)).collect());
        lines
    }

    /// Rule 2, one step: fixes the first line with exactly one suppressed entry.
    fn hide_partner_of_lonely(&mut self, lines: &[Vec<Entry>]) -> bool {
        for line in lines {
            if line.iter().filter(|&&e| self.is_hidden(e)).count() != 1 {
                continue;
            }
            let Some((&total, parts)) = line.split_last() else {
                continue;
            };
            let partner = parts
                .iter()
                .copied()
                .filter(|&e| !self.is_hidden(e) && self.value(e) > 0)
                .min_by_key(|&e| self.value(e))
                .or(Some(total).filter(|&t| !self.is_hidden(t)));
            if let Some(p) = partner {
                self.hide(p);
                return true;
            }
        }
        false
    }

    /// Rule 3: the first suppressed entry that lies on no movable cycle.
    fn first_exposed(&self) -> Option<Entry> {
        self.entries().find(|&e| {
            self.is_hidden(e)
                && [true, false]
                    .iter()
                    .all(|&up| self.cycle(e, up, false).is_none())
        })
    }

    /// The released entries to suppress so that `entry` lies on a movable cycle.
    fn cover(&self, entry: Entry) -> Option<Vec<Entry>> {
        [true, false]
            .iter()
            .filter_map(|&up| self.cycle(entry, up, true))
            .min_by_key(|(cost, _)| *cost)
            .map(|(_, path)| path.into_iter().filter(|&e| !self.is_hidden(e)).collect())
    }

    /// Whether the count of `entry` may move by one and stay in what a reader knows of it: a
    /// small count stays in `1..threshold`, any other withheld (or to be withheld) count at
    /// or above the threshold.
    fn can_move(&self, (i, j): Entry, up: bool) -> bool {
        let v = self.values[i][j];
        let floor = if self.marks_small { self.threshold } else { 1 };
        match (self.small[i][j], up) {
            (true, true) => v + 1 < self.threshold,
            (true, false) => v >= 2,
            (false, true) => true,
            (false, false) => v > floor,
        }
    }

    /// The cheapest movable cycle through `entry` with `entry` moving up (`up`) or down: the
    /// other entries of the cycle, and the cost of suppressing those not yet suppressed.
    /// Only suppressed entries are used unless `may_hide`; then released positive counts too.
    fn cycle(&self, entry: Entry, up: bool, may_hide: bool) -> Option<(Cost, Vec<Entry>)> {
        if !self.can_move(entry, up) {
            return None;
        }
        let m = self.rows;
        // Moves (in the negated view) of entries walked from their row to their column; the
        // walk back from a column to a row moves the other way.
        let forward = if up {
            self.sign(entry)
        } else {
            -self.sign(entry)
        };
        let vertex_count = m + self.columns + 2;
        let (start, goal) = (m + 1 + entry.1, entry.0);
        let mut best: Vec<Option<Reached>> = vec![None; vertex_count];
        let mut done = vec![false; vertex_count];
        best[start] = Some(((0, 0), None));
        loop {
            let (cost, v) = (0..vertex_count)
                .filter(|&v| !done[v])
                .filter_map(|v| best[v].map(|(c, _)| (c, v)))
                .min()?;
            if v == goal {
                break;
            }
            done[v] = true;
            let arcs: Vec<(usize, Entry, i8)> = if v <= m {
                (0..=self.columns)
                    .map(|j| (m + 1 + j, (v, j), forward))
                    .collect()
            } else {
                (0..=m).map(|i| (i, (i, v - m - 1), -forward)).collect()
            };
            for (next, e, moved) in arcs {
                if e == entry || done[next] || !self.can_move(e, moved * self.sign(e) > 0) {
                    continue;
                }
                let step = if self.is_hidden(e) {
                    (0, 0)
                } else if may_hide && self.value(e) > 0 {
                    (u64::from(self.is_total(e)), self.value(e))
                } else {
                    continue;
                };
                let new = (cost.0 + step.0, cost.1.saturating_add(step.1));
                if best[next].is_none_or(|(c, _)| new < c) {
                    best[next] = Some((new, Some((v, e))));
                }
            }
        }
        let cost = best[goal].map(|(c, _)| c)?;
        let mut path = Vec::new();
        let mut v = goal;
        while let Some((_, Some((previous, e)))) = best[v] {
            path.push(e);
            v = previous;
        }
        Some((cost, path))
    }

    fn released(&self, table: &Table) -> Released {
        let (m, n) = (self.rows, self.columns);
        let cell = |(i, j): Entry| {
            if self.small[i][j] {
                Cell::Small
            } else if self.hidden[i][j] {
                Cell::Suppressed
            } else {
                Cell::Value(self.values[i][j])
            }
        };
        Released {
            rows: table.rows.clone(),
            columns: table.columns.clone(),
            cells: (0..m)
                .map(|i| (0..n).map(|j| cell((i, j))).collect())
                .collect(),
            row_totals: (0..m).map(|i| cell((i, n))).collect(),
            column_totals: (0..n).map(|j| cell((m, j))).collect(),
            total: cell((m, n)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::ops::RangeInclusive;

    const S: Cell = Cell::Suppressed;
    const L: Cell = Cell::Small;

    fn v(x: u64) -> Cell {
        Cell::Value(x)
    }

    fn table(counts: &[&[u64]]) -> Table {
        Table {
            rows: (0..counts.len()).map(|i| format!("r{i}")).collect(),
            columns: (0..counts.first().map_or(0, |r| r.len()))
                .map(|j| format!("c{j}"))
                .collect(),
            counts: counts.iter().map(|r| r.to_vec()).collect(),
        }
    }

    /// The true extended table: inner counts, row totals in the last column, column totals in
    /// the last row, the grand total in the corner.
    fn extended(t: &Table) -> Vec<Vec<u64>> {
        let (m, n) = (t.rows.len(), t.columns.len());
        let mut x = vec![vec![0; n + 1]; m + 1];
        for i in 0..m {
            for j in 0..n {
                let c = t.count(i, j);
                x[i][j] = c;
                x[i][n] += c;
                x[m][j] += c;
                x[m][n] += c;
            }
        }
        x
    }

    /// The released extended table, laid out as [`extended`].
    fn released_extended(r: &Released) -> Vec<Vec<Cell>> {
        let mut x: Vec<Vec<Cell>> = r
            .cells
            .iter()
            .zip(&r.row_totals)
            .map(|(row, total)| row.iter().copied().chain([*total]).collect())
            .collect();
        x.push(r.column_totals.iter().copied().chain([r.total]).collect());
        x
    }

    /// Rules (a), (b), (c): nothing small released, released values true, and no line with a
    /// single suppressed entry (for a released total: one suppressed part; for a suppressed
    /// total: no suppressed part).
    fn assert_sound(t: &Table, threshold: u64, r: &Released) {
        let truth = extended(t);
        let shown = released_extended(r);
        let (m, n) = (t.rows.len(), t.columns.len());
        assert_eq!(r.rows, t.rows);
        assert_eq!(r.columns, t.columns);
        assert_eq!(shown.len(), m + 1);
        for (i, row) in shown.iter().enumerate() {
            assert_eq!(row.len(), n + 1);
            for (j, cell) in row.iter().enumerate() {
                match cell {
                    Cell::Value(x) => {
                        assert_eq!(*x, truth[i][j], "released value at {i},{j}");
                        assert!(*x == 0 || *x >= threshold, "small value at {i},{j}");
                    }
                    Cell::Small => assert!(
                        (1..threshold).contains(&truth[i][j]),
                        "shown as small at {i},{j}"
                    ),
                    Cell::Suppressed => assert!(
                        truth[i][j] >= floor(r, threshold),
                        "withheld and not marked small at {i},{j}"
                    ),
                }
            }
        }
        let mut lines: Vec<Vec<Cell>> = shown.clone();
        lines.extend((0..=n).map(|j| shown.iter().map(|row| row[j]).collect()));
        for line in lines {
            let (total, parts) = line.split_last().unwrap();
            let hidden = parts.iter().filter(|c| c.is_suppressed()).count();
            if total.is_suppressed() {
                assert!(hidden >= 1, "suppressed total recomputable: {r:?}");
            } else {
                assert_ne!(hidden, 1, "single suppressed part: {r:?}");
            }
        }
    }

    /// What a reader knows of a withheld count not marked small: at least the threshold when
    /// the table marks small counts, else at least 1.
    fn floor(r: &Released, threshold: u64) -> u64 {
        let marked = released_extended(r)
            .iter()
            .flatten()
            .any(|c| *c == Cell::Small);
        if marked {
            threshold
        } else {
            1
        }
    }

    /// Suppressed entries of the extended table that take the same value in every completion
    /// found: each suppressed inner cell ranges over `range(true count)` (never below 1 — a
    /// reader knows zeros are released), totals follow, and a completion counts if it agrees
    /// with everything released: released values equal, entries shown as small in
    /// `1..threshold`, other withheld entries at least `threshold`.
    fn pinned(
        t: &Table,
        r: &Released,
        threshold: u64,
        range: impl Fn(u64) -> RangeInclusive<u64>,
    ) -> Vec<(usize, usize)> {
        let truth = extended(t);
        let shown = released_extended(r);
        let (m, n) = (t.rows.len(), t.columns.len());
        let unknowns: Vec<(usize, usize)> = (0..m)
            .flat_map(|i| (0..n).map(move |j| (i, j)))
            .filter(|&(i, j)| shown[i][j].is_suppressed())
            .collect();
        let choices: Vec<Vec<u64>> = unknowns
            .iter()
            .map(|&(i, j)| range(truth[i][j]).filter(|&x| x >= 1).collect())
            .collect();
        let mut varied = vec![vec![false; n + 1]; m + 1];
        let mut digits = vec![0usize; unknowns.len()];
        let floor = floor(r, threshold);
        let mut x = truth.clone();
        'search: loop {
            for (k, &(i, j)) in unknowns.iter().enumerate() {
                x[i][j] = choices[k][digits[k]];
            }
            for row in x.iter_mut().take(m) {
                row[n] = row[..n].iter().sum();
            }
            x[m] = (0..=n)
                .map(|j| x[..m].iter().map(|row| row[j]).sum())
                .collect();
            let consistent = (0..=m).all(|i| {
                (0..=n).all(|j| match shown[i][j] {
                    Cell::Value(value) => value == x[i][j],
                    Cell::Small => (1..threshold).contains(&x[i][j]),
                    Cell::Suppressed => x[i][j] >= floor,
                })
            });
            if consistent {
                for i in 0..=m {
                    for j in 0..=n {
                        varied[i][j] |= x[i][j] != truth[i][j];
                    }
                }
            }
            let mut k = 0;
            loop {
                if k == digits.len() {
                    break 'search;
                }
                digits[k] += 1;
                if digits[k] < choices[k].len() {
                    break;
                }
                digits[k] = 0;
                k += 1;
            }
        }
        (0..=m)
            .flat_map(|i| (0..=n).map(move |j| (i, j)))
            .filter(|&(i, j)| shown[i][j].is_suppressed() && !varied[i][j])
            .collect()
    }

    /// One unit either way: enough, since any other consistent table differs from the true one
    /// by a sum of such one-unit cycles (see the module documentation); the full range is
    /// searched where it is cheap.
    fn near(x: u64) -> RangeInclusive<u64> {
        x.saturating_sub(1)..=x + 1
    }

    #[test]
    fn one_small_cell_gets_one_partner_in_its_row_one_in_its_column_and_one_where_they_cross() {
        let t = table(&[&[1, 4, 9], &[6, 3, 8], &[7, 10, 5]]);
        let r = suppress(&t, 3);
        assert_eq!(
            r.cells,
            vec![vec![L, S, v(9)], vec![S, S, v(8)], vec![v(7), v(10), v(5)],]
        );
        assert_eq!(r.row_totals, vec![v(14), v(17), v(22)]);
        assert_eq!(r.column_totals, vec![v(14), v(17), v(22)]);
        assert_eq!(r.total, v(53));
        assert_sound(&t, 3, &r);
        assert!(pinned(&t, &r, 3, |_| 1..=11).is_empty());
    }

    #[test]
    fn a_row_with_a_single_small_count_has_its_total_suppressed() {
        let t = table(&[&[0, 2], &[4, 9]]);
        let r = suppress(&t, 3);
        // The small cell and its row total (2) are primary. Column 1 then needs 9, row 1 the
        // 4 beside it, column 0 (nothing else but a zero) its total 4; the row totals need
        // 13 beside 2, the column totals 11 beside 4. Only the zero and the grand total stay.
        assert_eq!(r.cells, vec![vec![v(0), L], vec![S, S]]);
        assert_eq!(r.row_totals, vec![L, S]);
        assert_eq!(r.column_totals, vec![S, S]);
        assert_eq!(r.total, v(15));
        assert_sound(&t, 3, &r);
        assert!(pinned(&t, &r, 3, |_| 1..=16).is_empty());
    }

    #[test]
    fn a_large_cell_alone_in_its_row_takes_the_row_total_with_it() {
        // 1 needs a partner in column 0: the 5 (row 1), which is alone in its row.
        let t = table(&[&[1, 8], &[5, 0], &[9, 6]]);
        let r = suppress(&t, 3);
        assert_eq!(r.cells[1], vec![S, v(0)]);
        assert!(r.row_totals[1].is_suppressed());
        assert_sound(&t, 3, &r);
        assert!(pinned(&t, &r, 3, near).is_empty());
    }

    #[test]
    fn zeros_stay_released() {
        let t = table(&[&[0, 1, 0, 7], &[0, 6, 0, 5], &[0, 0, 0, 0]]);
        let r = suppress(&t, 3);
        for (i, row) in t.counts.iter().enumerate() {
            for (j, &c) in row.iter().enumerate() {
                if c == 0 {
                    assert_eq!(r.cells[i][j], v(0), "{i},{j}");
                }
            }
        }
        assert_eq!(r.row_totals[2], v(0));
        assert_eq!(r.column_totals[0], v(0));
        assert_eq!(r.column_totals[2], v(0));
        assert_sound(&t, 3, &r);
    }

    #[test]
    fn the_threshold_decides_what_is_small() {
        let t = table(&[&[2, 5], &[6, 7]]);
        let two = suppress(&t, 2);
        assert_eq!(two.cells, vec![vec![v(2), v(5)], vec![v(6), v(7)]]);
        let three = suppress(&t, 3);
        assert_eq!(three.cells, vec![vec![L, S], vec![S, S]]);
        assert_eq!(three.row_totals, vec![v(7), v(13)]);
        assert_eq!(three.column_totals, vec![v(8), v(12)]);
        assert_eq!(three.total, v(20));
        assert!(pinned(&t, &three, 3, |_| 1..=8).is_empty());
    }

    #[test]
    fn marks_that_would_give_counts_away_are_dropped_for_the_whole_table() {
        // Two ones marked "< 3" with a column total marked "< 3" can only be 1 + 1: the table
        // is released with neutral marks only (every withheld count at least 1).
        let t = table(&[&[5, 1], &[5, 1]]);
        let r = suppress(&t, 3);
        assert_sound(&t, 3, &r);
        assert!(released_extended(&r).iter().flatten().all(|c| *c != L));
        assert!(pinned(&t, &r, 3, |_| 1..=12).is_empty());
    }

    #[test]
    fn a_block_of_ones_is_not_enough() {
        // The four 1s satisfy rule 2, but every row of them sums to 2 and suppressed counts
        // are at least 1, so rule 3 adds a cycle the ones can move along.
        let t = table(&[&[1, 1, 5], &[1, 1, 5], &[5, 5, 5]]);
        let r = suppress(&t, 3);
        assert_sound(&t, 3, &r);
        assert!(pinned(&t, &r, 3, near).is_empty());
        let ones = [(0, 0), (0, 1), (1, 0), (1, 1)];
        assert!(ones.iter().all(|&(i, j)| r.cells[i][j].is_suppressed()));
        assert!(
            r.cells
                .iter()
                .flatten()
                .filter(|c| c.is_suppressed())
                .count()
                > 4
        );
    }

    #[test]
    fn two_blocks_joined_by_one_cell_do_not_give_that_cell_away() {
        // Each line has two or more suppressed cells, yet (1, 2) would be the difference of
        // the two blocks' sums; rule 3 closes a cycle through it.
        let t = table(&[&[2, 2, 9, 9], &[2, 2, 2, 9], &[9, 9, 2, 2], &[9, 9, 2, 2]]);
        let r = suppress(&t, 3);
        assert_sound(&t, 3, &r);
        assert!(pinned(&t, &r, 3, near).is_empty());
    }

    #[test]
    fn empty_and_all_zero_tables_are_released_as_they_are() {
        let empty = suppress(&Table::default(), 3);
        assert!(empty.cells.is_empty());
        assert_eq!(empty.total, v(0));
        let zeros = table(&[&[0, 0], &[0, 0]]);
        let r = suppress(&zeros, 3);
        assert_eq!(r.cells, vec![vec![v(0), v(0)], vec![v(0), v(0)]]);
        assert_eq!(r.total, v(0));
    }

    #[test]
    fn ragged_counts_are_zero_padded() {
        let t = Table {
            rows: vec!["a".into(), "b".into()],
            columns: vec!["x".into(), "y".into()],
            counts: vec![vec![5]],
        };
        let r = suppress(&t, 3);
        assert_eq!(r.cells, vec![vec![v(5), v(0)], vec![v(0), v(0)]]);
        assert_eq!(r.total, v(5));
    }

    #[test]
    fn lists_hide_a_partner_for_a_small_item() {
        let items = |xs: &[u64]| -> Vec<(String, u64)> {
            xs.iter()
                .enumerate()
                .map(|(k, &x)| (format!("i{k}"), x))
                .collect()
        };
        let cells = |r: (Vec<(String, Cell)>, Cell)| -> (Vec<Cell>, Cell) {
            (r.0.into_iter().map(|(_, c)| c).collect(), r.1)
        };
        assert_eq!(
            cells(suppress_list(&items(&[1, 7, 4, 0]), 3)),
            (vec![L, v(7), S, v(0)], v(12))
        );
        // A single non-zero item that is small: the total goes too.
        assert_eq!(
            cells(suppress_list(&items(&[0, 2, 0]), 3)),
            (vec![v(0), L, v(0)], L)
        );
        // Two ones next to a released 9 would both be 1 (11 - 9 = 2): the 9 goes too.
        assert_eq!(
            cells(suppress_list(&items(&[1, 1, 9]), 3)),
            (vec![L, L, S], v(11))
        );
        // Two twos, each "< 3", can only both be smaller: the 9 must be able to grow.
        assert_eq!(
            cells(suppress_list(&items(&[2, 2, 9]), 3)),
            (vec![L, L, S], v(13))
        );
        // Threshold 2: a 1 whose only partner is zero takes the total with it.
        assert_eq!(
            cells(suppress_list(&items(&[1, 0, 2]), 2)),
            (vec![S, v(0), S], v(3))
        );
        assert_eq!(
            cells(suppress_list(&items(&[3, 0, 5]), 3)),
            (vec![v(3), v(0), v(5)], v(8))
        );
        assert_eq!(cells(suppress_list(&[], 3)), (vec![], v(0)));
    }

    #[test]
    fn cells_serialize_with_a_kind() {
        assert_eq!(
            serde_json::to_string(&v(5)).unwrap(),
            r#"{"kind":"value","value":5}"#
        );
        assert_eq!(
            serde_json::to_string(&S).unwrap(),
            r#"{"kind":"suppressed"}"#
        );
        assert_eq!(serde_json::to_string(&L).unwrap(), r#"{"kind":"small"}"#);
    }

    #[test]
    fn thresholds_from_settings_are_clamped() {
        assert_eq!(threshold_from_setting(3), DEFAULT_THRESHOLD);
        assert_eq!(threshold_from_setting(20), 20);
        assert_eq!(threshold_from_setting(0), MIN_THRESHOLD);
        assert_eq!(threshold_from_setting(-4), MIN_THRESHOLD);
        assert_eq!(threshold_from_setting(99), MAX_THRESHOLD);
    }

    fn tables(
        max_rows: usize,
        max_columns: usize,
        count: BoxedStrategy<u64>,
    ) -> impl Strategy<Value = Table> {
        (1..=max_rows, 1..=max_columns).prop_flat_map(move |(m, n)| {
            prop::collection::vec(prop::collection::vec(count.clone(), n), m).prop_map(
                move |counts| Table {
                    rows: (0..m).map(|i| format!("r{i}")).collect(),
                    columns: (0..n).map(|j| format!("c{j}")).collect(),
                    counts,
                },
            )
        })
    }

    /// Counts for small tables: mostly releasable, some zeros, some small.
    fn mixed_counts() -> BoxedStrategy<u64> {
        prop_oneof![4 => 5u64..=20, 2 => Just(0u64), 2 => 1u64..=4].boxed()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

        #[test]
        fn released_tables_are_sound(
            t in tables(6, 6, (0u64..=20).boxed()),
            threshold in 2u64..=5,
        ) {
            let r = suppress(&t, threshold);
            assert_sound(&t, threshold, &r);
        }

        #[test]
        fn tables_without_small_counts_are_released_unchanged(
            (threshold, t) in (2u64..=5).prop_flat_map(|threshold| {
                let count = prop_oneof![Just(0u64), threshold..=20].boxed();
                (Just(threshold), tables(6, 6, count))
            }),
        ) {
            let r = suppress(&t, threshold);
            let truth = extended(&t);
            let shown = released_extended(&r);
            for (row, truth_row) in shown.iter().zip(&truth) {
                for (cell, &x) in row.iter().zip(truth_row) {
                    prop_assert_eq!(*cell, Cell::Value(x));
                }
            }
        }

        #[test]
        fn lists_are_sound(
            values in prop::collection::vec(0u64..=20, 0..=8),
            threshold in 2u64..=5,
        ) {
            let items: Vec<(String, u64)> =
                values.iter().enumerate().map(|(k, &x)| (format!("i{k}"), x)).collect();
            let (released, total) = suppress_list(&items, threshold);
            // The same checks as a one-row table.
            let t = Table {
                rows: vec!["list".into()],
                columns: items.iter().map(|(label, _)| label.clone()).collect(),
                counts: vec![values.clone()],
            };
            let cells: Vec<Cell> = released.iter().map(|(_, c)| *c).collect();
            prop_assert!(released.iter().zip(&items).all(|((a, _), (b, _))| a == b));
            let hidden = cells.iter().filter(|c| c.is_suppressed()).count();
            if total.is_suppressed() {
                prop_assert!(hidden >= 1);
            } else {
                prop_assert_ne!(hidden, 1);
            }
            let as_table = Released {
                rows: t.rows.clone(),
                columns: t.columns.clone(),
                cells: vec![cells.clone()],
                row_totals: vec![total],
                column_totals: values
                    .iter()
                    .zip(&cells)
                    .map(|(&x, c)| if c.is_suppressed() { *c } else { Cell::Value(x) })
                    .collect(),
                total,
            };
            for (cell, &x) in cells.iter().zip(&values) {
                if let Cell::Value(shown) = cell {
                    prop_assert_eq!(*shown, x);
                    prop_assert!(x == 0 || x >= threshold);
                }
            }
            if let Cell::Value(shown) = total {
                prop_assert_eq!(shown, values.iter().sum::<u64>());
                prop_assert!(shown == 0 || shown >= threshold);
            }
            prop_assert!(pinned(&t, &as_table, threshold, near).is_empty());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 500,
            max_global_rejects: 20_000,
            ..ProptestConfig::default()
        })]

        /// Brute force: every suppressed entry of a small table takes another value in some
        /// table consistent with everything released.
        #[test]
        fn no_suppressed_count_is_determined(
            t in tables(4, 4, mixed_counts()),
            threshold in 2u64..=5,
        ) {
            let r = suppress(&t, threshold);
            let hidden = r.cells.iter().flatten().filter(|c| c.is_suppressed()).count();
            prop_assume!(hidden <= 10);
            let pinned = if hidden <= 3 {
                pinned(&t, &r, threshold, |_| 1..=21)
            } else {
                pinned(&t, &r, threshold, near)
            };
            prop_assert!(pinned.is_empty(), "determined {:?} in {:?}", pinned, r);
        }
    }
}
