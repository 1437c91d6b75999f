//! Staffing (Personalbemessung): the full-time equivalents (FTE, Vollzeitäquivalente) a
//! facility needs for its children under the Land's staffing key, against the staff it has.
//!
//! A key says how many children one full-time member of staff looks after when the children
//! are cared for `reference_hours` a week; a child occupies `weight × hours /
//! reference_hours / children_per_fte` FTE. Examples (simplified, without management time
//! and other supplements):
//!
//! * **Sachsen** (§ 12 SächsKitaG): Krippe 1 : 5 for 9 hours of care a day (45 a week) →
//!   `StaffingKey { category: U3, children_per_fte: 5.0, reference_hours: 45.0, weight: 1.0 }`;
//!   a child booked 45 hours needs 0.2 FTE, one booked 30 hours 0.133 FTE.
//! * **Bayern** (§ 17 AVBayKiBiG): Anstellungsschlüssel 1 : 11 — one hour of pedagogical staff
//!   time per 11 weighted booking hours — with a 39-hour week and the weighting factors of
//!   Art. 21 BayKiBiG, 2.0 for under-threes and 1.0 from three to school entry →
//!   `(UE3, 11, 39, 1.0)`, `(U3, 11, 39, 2.0)` (school children: 1.2).

use serde::{Deserialize, Serialize};

use super::category::PlaceCategory;

/// The staffing key of one category.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StaffingKey {
    /// The category it applies to.
    pub category: PlaceCategory,
    /// Children per full-time member of staff at `reference_hours`.
    pub children_per_fte: f64,
    /// Weekly care hours the key assumes.
    pub reference_hours: f64,
    /// Weighting factor of a child of this category.
    pub weight: f64,
}

/// Target full-time equivalents for `children` (category, weekly hours; unknown hours count
/// as the key's `reference_hours`): Σ weight × hours / reference_hours / children_per_fte.
/// Children whose category has no key need no staff here; the first key of a category
/// applies; a key with `children_per_fte` or `reference_hours` not above 0 counts as no key.
pub fn target_fte(keys: &[StaffingKey], children: &[(PlaceCategory, Option<u32>)]) -> f64 {
    children
        .iter()
        .filter_map(|&(category, hours)| {
            let key = keys.iter().find(|k| k.category == category)?;
            if key.children_per_fte <= 0.0 || key.reference_hours <= 0.0 {
                return None;
            }
            let hours = hours.map_or(key.reference_hours, f64::from);
            Some(key.weight * hours / key.reference_hours / key.children_per_fte)
        })
        .sum()
}

/// Target and actual staff of a facility.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Staffing {
    /// Target FTE ([`target_fte`]).
    pub target: f64,
    /// Actual FTE, where known.
    pub actual: Option<f64>,
    /// `actual − target`: negative = understaffed.
    pub gap: Option<f64>,
}

/// Compares the target with the actual staff.
pub fn staffing(target: f64, actual: Option<f64>) -> Staffing {
    Staffing {
        target,
        actual,
        gap: actual.map(|a| a - target),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PlaceCategory::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn sachsen_krippe() {
        let keys = [StaffingKey {
            category: U3,
            children_per_fte: 5.0,
            reference_hours: 45.0,
            weight: 1.0,
        }];
        // 10 children at 45 hours: 2 FTE.
        assert!(close(target_fte(&keys, &[(U3, Some(45)); 10]), 2.0));
        // 5 at 45 hours (1.0) + 5 at 30 hours (5 × 30 / 45 / 5 = 0.667) + 1 unknown (0.2).
        let mut children = vec![(U3, Some(45)); 5];
        children.extend([(U3, Some(30)); 5]);
        children.push((U3, None));
        assert!(close(target_fte(&keys, &children), 1.0 + 2.0 / 3.0 + 0.2));
        // No key for Ü3: not counted.
        assert!(close(target_fte(&keys, &[(UE3, Some(45))]), 0.0));
    }

    #[test]
    fn bayern_weighted_booking_hours() {
        let keys = [
            StaffingKey {
                category: UE3,
                children_per_fte: 11.0,
                reference_hours: 39.0,
                weight: 1.0,
            },
            StaffingKey {
                category: U3,
                children_per_fte: 11.0,
                reference_hours: 39.0,
                weight: 2.0,
            },
        ];
        // 2 U3 at 39 h: 2 × 2 × 39 / 39 / 11 = 4/11; 11 Ü3 with unknown hours: 1.
        let mut children = vec![(U3, Some(39)); 2];
        children.extend([(UE3, None); 11]);
        assert!(close(target_fte(&keys, &children), 15.0 / 11.0));
        // One Ü3 child at 26 h: 26 / 39 / 11 = 2/33.
        assert!(close(target_fte(&keys, &[(UE3, Some(26))]), 2.0 / 33.0));
    }

    #[test]
    fn broken_keys_count_nothing() {
        let keys = [StaffingKey {
            category: U3,
            children_per_fte: 0.0,
            reference_hours: 45.0,
            weight: 1.0,
        }];
        assert_eq!(target_fte(&keys, &[(U3, Some(45))]), 0.0);
        assert_eq!(target_fte(&[], &[]), 0.0);
    }

    #[test]
    fn gap() {
        let s = staffing(4.5, Some(4.0));
        assert_eq!(s.gap, Some(-0.5));
        assert_eq!(staffing(4.5, None).gap, None);
        assert_eq!(
            serde_json::to_value(staffing(2.0, Some(3.0))).unwrap(),
            serde_json::json!({"target": 2.0, "actual": 3.0, "gap": 1.0})
        );
    }
}
