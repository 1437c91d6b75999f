//! Roles (DESIGN.md §4) and the capabilities the guards check.

use serde::{Deserialize, Serialize};

/// A role a user holds in a scope (municipality, facility, district or the whole system).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A parent: sees only their own household.
    Parent,
    /// Staff of one facility.
    FacilityStaff,
    /// Head of one facility.
    FacilityLead,
    /// Administrator of one Träger's facilities.
    ProviderAdmin,
    /// Youth office: allocation, all applications of the municipality.
    YouthOffice,
    /// Settings, users, texts and modules of the municipality.
    MunicipalityAdmin,
    /// Read-only anonymised statistics of a district.
    DistrictOfficial,
    /// System operator.
    Operator,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 8] = [
        Role::Parent,
        Role::FacilityStaff,
        Role::FacilityLead,
        Role::ProviderAdmin,
        Role::YouthOffice,
        Role::MunicipalityAdmin,
        Role::DistrictOfficial,
        Role::Operator,
    ];

    /// Roles a municipality admin may give to staff of their municipality.
    pub const MUNICIPALITY_STAFF: [Role; 5] = [
        Role::FacilityStaff,
        Role::FacilityLead,
        Role::ProviderAdmin,
        Role::YouthOffice,
        Role::MunicipalityAdmin,
    ];

    /// As stored.
    pub fn code(self) -> &'static str {
        match self {
            Role::Parent => "parent",
            Role::FacilityStaff => "facility_staff",
            Role::FacilityLead => "facility_lead",
            Role::ProviderAdmin => "provider_admin",
            Role::YouthOffice => "youth_office",
            Role::MunicipalityAdmin => "municipality_admin",
            Role::DistrictOfficial => "district_official",
            Role::Operator => "operator",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Staff roles get the short idle timeout and (later) TOTP.
    pub fn is_staff(self) -> bool {
        self != Role::Parent
    }
}

/// Where a role applies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scope {
    /// The whole system (operator).
    Global,
    /// One Landkreis (district officials).
    District(String),
    /// One Gemeinde, optionally narrowed to one facility.
    Municipality {
        /// The municipality id.
        municipality: String,
        /// The facility id, for facility roles.
        facility: Option<String>,
        /// The provider (Träger) id, for provider administrators.
        provider: Option<String>,
    },
}

impl Scope {
    /// A stable key for the uniqueness of (user, role, scope).
    pub fn key(&self) -> String {
        match self {
            Scope::Global => "global".into(),
            Scope::District(d) => format!("d:{d}"),
            Scope::Municipality {
                municipality,
                facility,
                provider,
            } => {
                let mut key = format!("m:{municipality}");
                if let Some(f) = facility {
                    key.push_str(&format!("/f:{f}"));
                }
                if let Some(p) = provider {
                    key.push_str(&format!("/p:{p}"));
                }
                key
            }
        }
    }
}

/// A role in a scope, as the guards see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    /// The role.
    pub role: Role,
    /// Its scope.
    pub scope: Scope,
}

/// Something a guard checks: which roles in the municipality allow it.
pub trait Capability {
    /// Roles that have this capability within a municipality.
    const ROLES: &'static [Role];
}

/// Does any grant give one of `roles` in `municipality`?
pub fn allows_in_municipality(grants: &[Grant], municipality: &str, roles: &[Role]) -> bool {
    grants.iter().any(|g| {
        roles.contains(&g.role)
            && matches!(&g.scope, Scope::Municipality { municipality: m, .. } if m == municipality)
    })
}

/// Does any grant give `role` in `district`?
pub fn allows_in_district(grants: &[Grant], district: &str, role: Role) -> bool {
    grants
        .iter()
        .any(|g| g.role == role && matches!(&g.scope, Scope::District(d) if d == district))
}

/// Providers whose facilities the user maintains in `municipality`: `None` when the user may
/// maintain all of them (youth office), otherwise the providers of their provider-admin roles.
pub fn facility_scope(grants: &[Grant], municipality: &str) -> Option<Vec<String>> {
    if allows_in_municipality(grants, municipality, &[Role::YouthOffice]) {
        return None;
    }
    Some(
        grants
            .iter()
            .filter(|g| g.role == Role::ProviderAdmin)
            .filter_map(|g| match &g.scope {
                Scope::Municipality {
                    municipality: m,
                    provider: Some(p),
                    ..
                } if m == municipality => Some(p.clone()),
                _ => None,
            })
            .collect(),
    )
}

/// Facilities for which the user holds `role` (a facility-scoped grant) in `municipality`.
pub fn facilities_with(grants: &[Grant], municipality: &str, role: Role) -> Vec<String> {
    grants
        .iter()
        .filter(|g| g.role == role)
        .filter_map(|g| match &g.scope {
            Scope::Municipality {
                municipality: m,
                facility: Some(f),
                ..
            } if m == municipality => Some(f.clone()),
            _ => None,
        })
        .collect()
}

/// Is the user a system operator?
pub fn is_operator(grants: &[Grant]) -> bool {
    grants
        .iter()
        .any(|g| g.role == Role::Operator && g.scope == Scope::Global)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(role: Role, m: &str) -> Grant {
        Grant {
            role,
            scope: Scope::Municipality {
                municipality: m.into(),
                facility: None,
                provider: None,
            },
        }
    }

    #[test]
    fn roles_round_trip_and_only_parents_are_not_staff() {
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.code()), Some(r));
            assert_eq!(r.is_staff(), r != Role::Parent);
        }
        assert_eq!(Role::from_code("king"), None);
    }

    #[test]
    fn a_role_counts_only_in_its_own_municipality() {
        let grants = vec![grant(Role::YouthOffice, "a"), grant(Role::Parent, "b")];
        assert!(allows_in_municipality(&grants, "a", &[Role::YouthOffice]));
        assert!(!allows_in_municipality(&grants, "b", &[Role::YouthOffice]));
        assert!(!allows_in_municipality(
            &grants,
            "a",
            &[Role::MunicipalityAdmin]
        ));
        assert!(!is_operator(&grants));
        assert!(!allows_in_district(&grants, "a", Role::DistrictOfficial));
    }

    #[test]
    fn scope_keys_are_distinct() {
        let keys = [
            Scope::Global.key(),
            Scope::District("x".into()).key(),
            Scope::Municipality {
                municipality: "x".into(),
                facility: None,
                provider: None,
            }
            .key(),
            Scope::Municipality {
                municipality: "x".into(),
                facility: Some("f".into()),
                provider: None,
            }
            .key(),
            Scope::Municipality {
                municipality: "x".into(),
                facility: None,
                provider: Some("p".into()),
            }
            .key(),
        ];
        let set: std::collections::HashSet<_> = keys.iter().collect();
        assert_eq!(set.len(), 5);
    }
}
