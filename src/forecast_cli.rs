//! The needs-planning forecast benchmark behind `kitaplatz bench forecast` (wired in
//! `crate::dedupe_cli::BenchCommand`). Pure: no configuration, no database.
//!
//! The synthetic municipality is deterministic from the seed and anchored on a fixed day
//! ([`REFERENCE_DAY`], not the clock), so the same arguments always give the same data:
//!
//! * facilities `F0001…` with U3 (10–40 places, 10 % with 1–3 reserved), Ü3 (30–90) and, in
//!   a third of them, Hort (10–50) places; the licence changes on 1 August 2027 (Ü3 ± 5);
//! * contracts: the category (U3, Ü3, Hort) in proportion to all places of the category,
//!   the facility in proportion to its places of that category (so about 95 % of the places
//!   are taken at 90,000 contracts for 1,000 facilities, some facilities overbooked), the
//!   child's age today inside the category (U3 from 4 months), start between half its age
//!   (at most 300 days after birth) and today, Hort at school entry; ending on 31 July
//!   before school entry (Hort: at the end of Hort), 15 % ending on a random day within two
//!   years, 5 % open-ended; 25, 35 or 45 weekly hours, 10 % with a change of hours during
//!   the window;
//! * 2 % of the placements are accepted offers starting within eight months;
//! * 5,000 open requests (children 0–6, start from two months ago to a year ahead, 85 % with
//!   a first wish, 20 % needs reports), 10 areas (facility *i* in area *i* mod 10), cohorts
//!   of the last eleven birth years per area, sized so that the projected Ü3 demand is about
//!   the Ü3 places;
//! * rules: NRW cut-off (30 September), no U2, 4 primary-school years, hours weighting with
//!   45 full-time hours (the most work per child).

use std::time::Instant;

use chrono::{Datelike, Duration, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::domain::category::{self, PlaceCategory};
use crate::domain::facility::{Licence, Places};
use crate::domain::forecast::{
    forecast, month_starts, Area, Cohort, CoverageRates, DemandItem, FacilityInput, Forecast,
};
use crate::domain::occupancy::{counted_category, hort_end, Basis, Placement, Rules, Weighting};

/// The "today" of the synthetic data.
pub const REFERENCE_DAY: (i32, u32, u32) = (2026, 11, 30);

/// Open requests in the synthetic data.
const DEMAND_ITEMS: usize = 5_000;

/// Areas in the synthetic data.
const AREAS: usize = 10;

/// Timed runs after one warm-up run.
const RUNS: usize = 10;

struct Synthetic {
    facilities: Vec<FacilityInput>,
    demand: Vec<DemandItem>,
    areas: Vec<Area>,
    cohorts: Vec<Cohort>,
    rules: Rules,
    months: Vec<NaiveDate>,
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn generate(facilities: usize, contracts: usize, months: usize, seed: u64) -> Synthetic {
    let mut rng = StdRng::seed_from_u64(seed);
    let today = day(REFERENCE_DAY.0, REFERENCE_DAY.1, REFERENCE_DAY.2);
    let change = day(2027, 8, 1);
    let rules = Rules {
        weighting: Weighting::Hours { full_time: 45 },
        ..Rules::new((9, 30))
    };
    let mut list: Vec<FacilityInput> = (0..facilities)
        .map(|f| {
            let places = Places {
                u2: 0,
                u3: rng.gen_range(10..=40),
                ue3: rng.gen_range(30..=90),
                hort: if rng.gen_bool(1.0 / 3.0) {
                    rng.gen_range(10..=50)
                } else {
                    0
                },
            };
            let reserved = Places {
                u3: if rng.gen_bool(0.1) {
                    rng.gen_range(1..=3)
                } else {
                    0
                },
                ..Places::default()
            };
            let later = Places {
                ue3: (places.ue3 + rng.gen_range(-5..=5)).max(0),
                ..places
            };
            FacilityInput {
                id: format!("F{:04}", f + 1),
                licences: vec![
                    Licence {
                        valid_from: day(2018, 8, 1),
                        valid_to: change.pred_opt(),
                        places,
                        reserved,
                    },
                    Licence {
                        valid_from: change,
                        valid_to: None,
                        places: later,
                        reserved,
                    },
                ],
                placements: Vec::with_capacity(contracts / facilities.max(1) + 1),
            }
        })
        .collect();
    // Children go to facilities in proportion to their places in the child's category.
    let categories = [PlaceCategory::U3, PlaceCategory::UE3, PlaceCategory::Hort];
    let cumulative: Vec<Vec<i64>> = categories
        .iter()
        .map(|&c| {
            list.iter()
                .scan(0i64, |sum, f| {
                    *sum += i64::from(f.licences[0].places.of(c));
                    Some(*sum)
                })
                .collect()
        })
        .collect();
    let totals: Vec<i64> = cumulative
        .iter()
        .map(|c| c.last().copied().unwrap_or(0))
        .collect();
    let all_places: i64 = totals.iter().sum();
    // Ages (in days) of each category today, by rejection from a range that contains it.
    let ages = [(120, 3 * 365), (3 * 365, 7 * 365), (6 * 365, 11 * 365)];
    let hours = [25u32, 35, 45];
    for _ in 0..if all_places == 0 { 0 } else { contracts } {
        let mut pick = rng.gen_range(0..all_places);
        let k = totals
            .iter()
            .position(|&t| {
                let inside = pick < t;
                if !inside {
                    pick -= t;
                }
                inside
            })
            .unwrap_or(0);
        let f = cumulative[k].partition_point(|&sum| sum <= pick);
        let mut birth = today;
        for _ in 0..50 {
            birth = today - Duration::days(rng.gen_range(ages[k].0..ages[k].1));
            if counted_category(birth, today, &rules) == Some(categories[k]) {
                break;
            }
        }
        let entry = category::school_entry(birth, rules.cutoff);
        let offer = rng.gen_bool(0.02);
        let start = if offer {
            today + Duration::days(rng.gen_range(1..240))
        } else if categories[k] == PlaceCategory::Hort {
            entry
        } else {
            let earliest = birth + Duration::days(((today - birth).num_days() / 2).min(300));
            earliest + Duration::days(rng.gen_range(0..=(today - earliest).num_days().max(0)))
        };
        let regular_end = if categories[k] == PlaceCategory::Hort {
            hort_end(birth, &rules)
        } else {
            entry
        }
        .pred_opt();
        let end = match rng.gen_range(0..100) {
            0..=14 => Some(today + Duration::days(rng.gen_range(0..730))),
            15..=19 => None,
            _ => regular_end,
        }
        .map(|e| e.max(start));
        let h = hours[rng.gen_range(0..hours.len())];
        let mut care = vec![(start, h)];
        if rng.gen_bool(0.1) {
            care.push((
                today + Duration::days(rng.gen_range(30..400)),
                hours[rng.gen_range(0..hours.len())],
            ));
        }
        list[f].placements.push(Placement {
            birth,
            start,
            end,
            hours: care,
            basis: if offer { Basis::Offer } else { Basis::Contract },
        });
    }
    let demand = (0..DEMAND_ITEMS)
        .map(|_| DemandItem {
            birth: today - Duration::days(rng.gen_range(0..6 * 365)),
            start: today + Duration::days(rng.gen_range(-60..365)),
            first_wish: (!list.is_empty() && rng.gen_bool(0.85))
                .then(|| list[rng.gen_range(0..list.len())].id.clone()),
            needs_report: rng.gen_bool(0.2),
        })
        .collect();
    let areas: Vec<Area> = (0..AREAS)
        .map(|a| Area {
            name: format!("Bezirk {:02}", a + 1),
            facilities: list
                .iter()
                .skip(a)
                .step_by(AREAS)
                .map(|f| f.id.clone())
                .collect(),
        })
        .collect();
    // Birth cohorts sized so that the projected Ü3 demand (3 years × 93 %) is about the Ü3
    // places: some areas short, some not.
    let per_cohort = ((totals[1] as f64 / 2.79 / AREAS as f64) as u32).max(4);
    let cohorts = areas
        .iter()
        .flat_map(|area| (today.year() - 10..=today.year()).map(move |y| (area, y)))
        .map(|(area, birth_year)| Cohort {
            birth_year,
            area: area.name.clone(),
            count: rng.gen_range(per_cohort * 3 / 4..=per_cohort * 5 / 4),
        })
        .collect();
    Synthetic {
        facilities: list,
        demand,
        areas,
        cohorts,
        rules,
        months: month_starts(today, months),
    }
}

fn run(data: &Synthetic, rates: &CoverageRates) -> Forecast {
    forecast(
        &data.facilities,
        &data.demand,
        &data.areas,
        &data.cohorts,
        rates,
        &data.months,
        &data.rules,
    )
}

/// `kitaplatz bench forecast …`: generates the data, runs [`forecast`] once to warm up and
/// then ten times, and returns the input sizes and the timings (min / median / max).
pub fn bench_report(
    facilities: usize,
    contracts: usize,
    months: usize,
    seed: u64,
) -> Result<String, String> {
    if facilities == 0 || months == 0 {
        return Err("bench forecast: --facilities and --months must be at least 1".into());
    }
    let t = Instant::now();
    let data = generate(facilities, contracts, months, seed);
    let generate_ms = t.elapsed().as_secs_f64() * 1e3;
    let rates = CoverageRates::default();
    let warm = run(&data, &rates);
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            let result = run(&data, &rates);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            std::hint::black_box(result);
            ms
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let placements: usize = data.facilities.iter().map(|f| f.placements.len()).sum();
    let offers = data
        .facilities
        .iter()
        .flat_map(|f| &f.placements)
        .filter(|p| p.basis == Basis::Offer)
        .count();
    let series: usize = warm.facilities.values().map(Vec::len).sum::<usize>()
        + warm.areas.values().map(Vec::len).sum::<usize>()
        + warm.municipality.len();
    let mut shortfalls = String::new();
    for s in &warm.municipality {
        let months_short = s.months.iter().filter(|c| c.shortfall()).count();
        let first = &s.months[0];
        shortfalls.push_str(&format!(
            "\n  {:<4} capacity {:>7.0}  planned {:>9.1}  demand {:>7.1}  projected {:>9}  \
             shortfall in {months_short} of {} months",
            s.category.code(),
            first.capacity,
            first.planned,
            first.demand,
            first
                .projected
                .map_or_else(|| "–".to_string(), |p| format!("{p:.1}")),
            s.months.len(),
        ));
    }
    Ok(format!(
        "{} facilities, {} placements ({} contracts, {offers} accepted offers), {} open requests, \
         {} areas, {} cohorts, {} months from {} (seed {seed})\n\
         generate {generate_ms:.0} ms | {} series\n\
         municipality, first month:{shortfalls}\n\
         forecast ({RUNS} runs after 1 warm-up): min {:.1} ms | median {:.1} ms | max {:.1} ms",
        data.facilities.len(),
        placements,
        placements - offers,
        data.demand.len(),
        data.areas.len(),
        data.cohorts.len(),
        data.months.len(),
        data.months[0],
        series,
        times[0],
        (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2.0,
        times[RUNS - 1],
    ))
}

/// `kitaplatz bench forecast --facilities N --contracts N --months N --seed S`: prints
/// [`bench_report`].
pub fn bench(facilities: usize, contracts: usize, months: usize, seed: u64) -> Result<(), String> {
    println!("{}", bench_report(facilities, contracts, months, seed)?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forecast_bench_is_deterministic_and_reports() {
        let a = generate(12, 600, 6, 3);
        let b = generate(12, 600, 6, 3);
        assert_eq!(a.facilities, b.facilities);
        assert_eq!(a.demand, b.demand);
        assert_eq!(a.cohorts, b.cohorts);
        assert_eq!(a.areas.len(), AREAS);
        assert_eq!(a.demand.len(), DEMAND_ITEMS);
        let n: usize = a.facilities.iter().map(|f| f.placements.len()).sum();
        assert_eq!(n, 600);
        assert!(a
            .facilities
            .iter()
            .flat_map(|f| &f.placements)
            .all(|p| p.end.is_none_or(|e| e >= p.start)));
        let report = bench_report(12, 600, 6, 3).unwrap();
        assert!(report.contains("12 facilities, 600 placements"), "{report}");
        assert!(report.contains("median"), "{report}");
        assert!(bench_report(0, 10, 6, 1).is_err());
        assert!(bench_report(3, 10, 0, 1).is_err());
    }
}
