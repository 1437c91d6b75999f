//! Newtype ids. All ids are random UUIDs (opaque in URLs, never sequential).

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// A fresh random id.
            pub fn new() -> Self {
                Self(uuid::Uuid::new_v4().to_string())
            }

            /// The id as stored.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    )*};
}

id_type!(
    /// A Landkreis.
    DistrictId,
    /// A Gemeinde: the tenant. Every store function that reads tenant data takes one.
    MunicipalityId,
    /// A user account.
    UserId,
    /// A role assignment.
    MembershipId,
);

/// The tenant a store function works in. Store functions that touch tenant data take this
/// type, so an unscoped query does not compile.
pub type TenantId = MunicipalityId;
