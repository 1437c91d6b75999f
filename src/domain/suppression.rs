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
//!    with `0 < count < threshold` is suppressed. **Zeros are released**: a zero identifies
//!    nobody, and hiding all zeros would blank out most sparse district tables. The price is
//!    that a reader knows every suppressed count is at least 1; rule 3 takes that into
//!    account.
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
//!    up and down by one in turn (totals moving with their parts) without any suppressed
//!    count dropping below 1. Then a second table, consistent with everything released, shows
//!    a different value there, so the entry is not determined. This condition is exact: an
//!    entry that lies on no such cycle is determined by the released counts (every
//!    difference between two consistent tables splits into such cycles). An entry that fails
//!    gets the cheapest completing cycle suppressed — fewest totals first, then the smallest
//!    sum of newly suppressed counts — and the process goes back to rule 2. Such a cycle always
//!    exists (an inner cell with its row total, the grand total and its column total, all
//!    moving up), so the process ends; released zeros are never used.
//! 4. **Lists** follow the same rules for their single line: every suppressed item has a
//!    partner that can move against it (another suppressed item, one of the two at least 2)
//!    or the suppressed total.
//!
//! What this protects against is exact recomputation: every suppressed count has at least
//! two values consistent with the released counts, the totals and "suppressed means at least
//! 1". It does not guarantee a wide interval (a reader may still bound a suppressed count), and
//! it assumes the page does not tell primary from complementary suppressions: complementary
//! counts can be large, so a page should show a neutral mark rather than "< threshold" for
//! every suppressed count, or it gives readers upper bounds this module does not account for.
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
    /// A count that must not be shown: below the threshold, or withheld so that others
    /// cannot be worked out.
    Suppressed,
}

impl Cell {
    /// The count, if released.
    pub fn value(self) -> Option<u64> {
        match self {
            Self::Value(v) => Some(v),
            Self::Suppressed => None,
        }
    }

    /// Whether the count is withheld.
    pub fn is_suppressed(self) -> bool {
        self == Self::Suppressed
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
    let mut grid = Grid::new(table);
    grid.hide_small(threshold);
    let lines = grid.lines();
    loop {
        if grid.hide_partner_of_lonely(&lines) {
            continue;
        }
        let Some(exposed) = grid.first_exposed() else {
            break;
        };
        match grid.cover(exposed) {
            Some(path) if path.iter().any(|&e| !grid.is_hidden(e)) => {
                for e in path {
                    grid.hide(e);
                }
            }
            // Cannot happen (see rule 3); withholding everything non-zero is safe regardless.
            _ => {
                grid.hide_all_positive();
                break;
            }
        }
    }
    grid.released(table)
}

/// Releases a one-dimensional table (`items` and their total) under `threshold`, by the same
/// rules as [`suppress`] for a single line.
pub fn suppress_list(items: &[(String, u64)], threshold: u64) -> (Vec<(String, Cell)>, Cell) {
    let values: Vec<u64> = items.iter().map(|(_, v)| *v).collect();
    let total = values.iter().fold(0u64, |s, v| s.saturating_add(*v));
    let small = |v: u64| v > 0 && v < threshold;
    let mut hidden: Vec<bool> = values.iter().map(|&v| small(v)).collect();
    let mut total_hidden = small(total);
    loop {
        // A suppressed item needs a partner that can move against it, or the total moving
        // with it; a suppressed total needs a suppressed item moving with it.
        let exposed_item = (0..values.len()).any(|k| {
            hidden[k]
                && !total_hidden
                && !(0..values.len())
                    .any(|f| f != k && hidden[f] && (values[f] >= 2 || values[k] >= 2))
        });
        let exposed_total = total_hidden && !hidden.contains(&true);
        if !exposed_item && !exposed_total {
            break;
        }
        let partner = (0..values.len())
            .filter(|&f| !hidden[f] && values[f] > 0)
            .min_by_key(|&f| values[f]);
        match partner {
            Some(f) => hidden[f] = true,
            None if !total_hidden => total_hidden = true,
            // Cannot happen: a positive suppressed total has a positive item.
            None => break,
        }
    }
    let cell = |hide: bool, v: u64| {
        if hide {
            Cell::Suppressed
        } else {
            Cell::Value(v)
        }
    };
    let released = items
        .iter()
        .zip(hidden)
        .map(|((label, v), hide)| (label.clone(), cell(hide, *v)))
        .collect();
    (released, cell(total_hidden, total))
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
}

impl Grid {
    fn new(table: &Table) -> Self {
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
            values,
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
    fn hide_small(&mut self, threshold: u64) {
        for e in self.entries().collect::<Vec<_>>() {
            let v = self.value(e);
            if v > 0 && v < threshold {
                self.hide(e);
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

    /// Whether the count of `entry` may move by one (up, or down without dropping below 1).
    fn can_move(&self, entry: Entry, up: bool) -> bool {
        up || self.value(entry) >= 2
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
        let cell = |e: Entry| {
            if self.is_hidden(e) {
                Cell::Suppressed
            } else {
                Cell::Value(self.value(e))
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
                if let Cell::Value(x) = cell {
                    assert_eq!(*x, truth[i][j], "released value at {i},{j}");
                    assert!(*x == 0 || *x >= threshold, "small value at {i},{j}");
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

    /// Suppressed entries of the extended table that take the same value in every completion
    /// found: each suppressed inner cell ranges over `range(true count)` (never below 1 — a
    /// reader knows zeros are released), totals follow, and a completion counts if it agrees
    /// with everything released.
    fn pinned(
        t: &Table,
        r: &Released,
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
            let consistent = (0..=m)
                .all(|i| (0..=n).all(|j| shown[i][j].value().is_none_or(|value| value == x[i][j])));
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
            vec![vec![S, S, v(9)], vec![S, S, v(8)], vec![v(7), v(10), v(5)],]
        );
        assert_eq!(r.row_totals, vec![v(14), v(17), v(22)]);
        assert_eq!(r.column_totals, vec![v(14), v(17), v(22)]);
        assert_eq!(r.total, v(53));
        assert_sound(&t, 3, &r);
        assert!(pinned(&t, &r, |_| 1..=11).is_empty());
    }

    #[test]
    fn a_row_with_a_single_small_count_has_its_total_suppressed() {
        let t = table(&[&[0, 2], &[4, 9]]);
        let r = suppress(&t, 3);
        // The small cell and its row total (2) are primary. Column 1 then needs 9, row 1 the
        // 4 beside it, column 0 (nothing else but a zero) its total 4; the row totals need
        // 13 beside 2, the column totals 11 beside 4. Only the zero and the grand total stay.
        assert_eq!(r.cells, vec![vec![v(0), S], vec![S, S]]);
        assert_eq!(r.row_totals, vec![S, S]);
        assert_eq!(r.column_totals, vec![S, S]);
        assert_eq!(r.total, v(15));
        assert_sound(&t, 3, &r);
        assert!(pinned(&t, &r, |_| 1..=16).is_empty());
    }

    #[test]
    fn a_large_cell_alone_in_its_row_takes_the_row_total_with_it() {
        // 1 needs a partner in column 0: the 5 (row 1), which is alone in its row.
        let t = table(&[&[1, 8], &[5, 0], &[9, 6]]);
        let r = suppress(&t, 3);
        assert_eq!(r.cells[1], vec![S, v(0)]);
        assert!(r.row_totals[1].is_suppressed());
        assert_sound(&t, 3, &r);
        assert!(pinned(&t, &r, near).is_empty());
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
        assert_eq!(three.cells, vec![vec![S, S], vec![S, S]]);
        assert_eq!(three.row_totals, vec![v(7), v(13)]);
        assert_eq!(three.column_totals, vec![v(8), v(12)]);
        assert_eq!(three.total, v(20));
        assert!(pinned(&t, &three, |_| 1..=8).is_empty());
    }

    #[test]
    fn a_block_of_ones_is_not_enough() {
        // The four 1s satisfy rule 2, but every row of them sums to 2 and suppressed counts
        // are at least 1, so rule 3 adds a cycle the ones can move along.
        let t = table(&[&[1, 1, 5], &[1, 1, 5], &[5, 5, 5]]);
        let r = suppress(&t, 3);
        assert_sound(&t, 3, &r);
        assert!(pinned(&t, &r, near).is_empty());
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
        assert!(pinned(&t, &r, near).is_empty());
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
            (vec![S, v(7), S, v(0)], v(12))
        );
        // A single non-zero item that is small: the total goes too.
        assert_eq!(
            cells(suppress_list(&items(&[0, 2, 0]), 3)),
            (vec![v(0), S, v(0)], S)
        );
        // Two ones next to a released total 11 - 9 = 2 would both be 1.
        assert_eq!(
            cells(suppress_list(&items(&[1, 1, 9]), 3)),
            (vec![S, S, S], v(11))
        );
        // Two twos can be 1 + 3: the total stays.
        assert_eq!(
            cells(suppress_list(&items(&[2, 2, 9]), 3)),
            (vec![S, S, v(9)], v(13))
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
                    .map(|(&x, c)| if c.is_suppressed() { S } else { Cell::Value(x) })
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
            prop_assert!(pinned(&t, &as_table, near).is_empty());
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
                pinned(&t, &r, |_| 1..=21)
            } else {
                pinned(&t, &r, near)
            };
            prop_assert!(pinned.is_empty(), "determined {:?} in {:?}", pinned, r);
        }
    }
}
