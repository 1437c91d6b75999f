//! Tenants: Landkreis and Gemeinde, the AGS, Bundesländer and per-municipality settings.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The 16 Länder, with the two-digit key that starts every AGS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Bundesland {
    /// Schleswig-Holstein (01)
    SH,
    /// Hamburg (02)
    HH,
    /// Niedersachsen (03)
    NI,
    /// Bremen (04)
    HB,
    /// Nordrhein-Westfalen (05)
    NW,
    /// Hessen (06)
    HE,
    /// Rheinland-Pfalz (07)
    RP,
    /// Baden-Württemberg (08)
    BW,
    /// Bayern (09)
    BY,
    /// Saarland (10)
    SL,
    /// Berlin (11)
    BE,
    /// Brandenburg (12)
    BB,
    /// Mecklenburg-Vorpommern (13)
    MV,
    /// Sachsen (14)
    SN,
    /// Sachsen-Anhalt (15)
    ST,
    /// Thüringen (16)
    TH,
}

impl Bundesland {
    /// All Länder in AGS order.
    pub const ALL: [Bundesland; 16] = [
        Self::SH,
        Self::HH,
        Self::NI,
        Self::HB,
        Self::NW,
        Self::HE,
        Self::RP,
        Self::BW,
        Self::BY,
        Self::SL,
        Self::BE,
        Self::BB,
        Self::MV,
        Self::SN,
        Self::ST,
        Self::TH,
    ];

    /// Short code as stored (`NW`, `BY`, …).
    pub fn code(self) -> &'static str {
        match self {
            Self::SH => "SH",
            Self::HH => "HH",
            Self::NI => "NI",
            Self::HB => "HB",
            Self::NW => "NW",
            Self::HE => "HE",
            Self::RP => "RP",
            Self::BW => "BW",
            Self::BY => "BY",
            Self::SL => "SL",
            Self::BE => "BE",
            Self::BB => "BB",
            Self::MV => "MV",
            Self::SN => "SN",
            Self::ST => "ST",
            Self::TH => "TH",
        }
    }

    /// German name.
    pub fn name(self) -> &'static str {
        match self {
            Self::SH => "Schleswig-Holstein",
            Self::HH => "Hamburg",
            Self::NI => "Niedersachsen",
            Self::HB => "Bremen",
            Self::NW => "Nordrhein-Westfalen",
            Self::HE => "Hessen",
            Self::RP => "Rheinland-Pfalz",
            Self::BW => "Baden-Württemberg",
            Self::BY => "Bayern",
            Self::SL => "Saarland",
            Self::BE => "Berlin",
            Self::BB => "Brandenburg",
            Self::MV => "Mecklenburg-Vorpommern",
            Self::SN => "Sachsen",
            Self::ST => "Sachsen-Anhalt",
            Self::TH => "Thüringen",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.code() == code)
    }

    /// The two-digit Land key of the AGS.
    pub fn ags_prefix(self) -> String {
        let index = Self::ALL.iter().position(|b| *b == self).unwrap_or(0) + 1;
        format!("{index:02}")
    }

    /// School-entry cut-off (month, day): a child who turns six on or before this day of the
    /// year becomes school-age that summer. Defaults from the Länder school acts; each
    /// municipality can override it in its settings.
    pub fn school_entry_cutoff(self) -> (u32, u32) {
        match self {
            Self::BY | Self::BE | Self::BB | Self::NI | Self::NW => (9, 30),
            Self::RP => (8, 31),
            Self::TH => (8, 1),
            Self::SH
            | Self::HH
            | Self::HB
            | Self::HE
            | Self::BW
            | Self::SL
            | Self::MV
            | Self::SN
            | Self::ST => (6, 30),
        }
    }
}

/// Why an AGS was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgsError {
    /// Not exactly eight digits.
    Format,
    /// The first two digits are not a Land key 01–16.
    UnknownLand,
    /// The Land key does not match the chosen Bundesland.
    WrongLand,
}

/// Validates an Amtlicher Gemeindeschlüssel: eight digits, starting with the Land key of
/// `land`. Spaces are ignored (`05 9 58 001` is accepted as `05958001`).
pub fn validate_ags(raw: &str, land: Bundesland) -> Result<String, AgsError> {
    let ags: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if ags.len() != 8 || !ags.chars().all(|c| c.is_ascii_digit()) {
        return Err(AgsError::Format);
    }
    let key: u32 = ags[..2].parse().map_err(|_| AgsError::Format)?;
    if !(1..=16).contains(&key) {
        return Err(AgsError::UnknownLand);
    }
    if ags[..2] != land.ags_prefix() {
        return Err(AgsError::WrongLand);
    }
    Ok(ags)
}

/// Path segments that can never be a municipality slug because the app uses them.
pub const RESERVED_SLUGS: &[&str] = &[
    "admin",
    "api",
    "kreis",
    "login",
    "logout",
    "account",
    "static",
    "healthz",
    "lang",
    "confirm",
    "password",
    "invite",
    "register",
    "office",
    "favicon.ico",
    "robots.txt",
    "traeger",
    "barrierefreiheit",
];

/// A URL slug: 2–63 characters of `a-z`, `0-9` and inner hyphens, not reserved.
pub fn validate_slug(raw: &str) -> Option<String> {
    let slug = raw.trim().to_lowercase();
    let ok = (2..=63).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && !RESERVED_SLUGS.contains(&slug.as_str());
    ok.then_some(slug)
}

/// Modules a municipality can switch on or off.
pub const MODULES: &[&str] = &[
    "parents",
    "register",
    "allocation",
    "contracts",
    "statistics",
];

/// Per-municipality settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Maximum wish facilities per application / needs report.
    pub max_wishes: i32,
    /// How many months ahead of the desired start a request may be submitted.
    pub advance_months: i32,
    /// School-entry cut-off as (month, day).
    pub school_entry_cutoff: (u32, u32),
    /// Statistics cells below this count are shown as "< n".
    pub small_cell_threshold: i32,
    /// Enabled modules (subset of [`MODULES`]).
    pub modules: Vec<String>,
}

impl Settings {
    /// The defaults for a municipality in `land`.
    pub fn defaults_for(land: Bundesland) -> Self {
        Self {
            max_wishes: 5,
            advance_months: 12,
            school_entry_cutoff: land.school_entry_cutoff(),
            small_cell_threshold: 3,
            modules: MODULES.iter().map(|m| m.to_string()).collect(),
        }
    }

    /// Cut-off as stored: `MM-DD`.
    pub fn cutoff_text(&self) -> String {
        format!(
            "{:02}-{:02}",
            self.school_entry_cutoff.0, self.school_entry_cutoff.1
        )
    }
}

/// Why settings were refused (field name for the form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsError {
    /// Form field.
    pub field: &'static str,
}

/// Parses a cut-off `MM-DD` (a real day in a leap year, so 02-29 is allowed).
pub fn parse_cutoff(raw: &str) -> Option<(u32, u32)> {
    let (m, d) = raw.trim().split_once('-')?;
    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    NaiveDate::from_ymd_opt(2024, m, d).map(|_| (m, d))
}

/// Validates settings from the admin form.
pub fn validate_settings(
    max_wishes: &str,
    advance_months: &str,
    cutoff: &str,
    threshold: &str,
    modules: &[String],
) -> Result<Settings, Vec<SettingsError>> {
    let mut errors = Vec::new();
    let max_wishes = match max_wishes.trim().parse::<i32>() {
        Ok(n) if (1..=10).contains(&n) => n,
        _ => {
            errors.push(SettingsError {
                field: "max_wishes",
            });
            0
        }
    };
    let advance_months = match advance_months.trim().parse::<i32>() {
        Ok(n) if (1..=36).contains(&n) => n,
        _ => {
            errors.push(SettingsError {
                field: "advance_months",
            });
            0
        }
    };
    let school_entry_cutoff = parse_cutoff(cutoff).unwrap_or_else(|| {
        errors.push(SettingsError {
            field: "school_entry_cutoff",
        });
        (0, 0)
    });
    let small_cell_threshold = match threshold.trim().parse::<i32>() {
        Ok(n) if (2..=20).contains(&n) => n,
        _ => {
            errors.push(SettingsError {
                field: "small_cell_threshold",
            });
            0
        }
    };
    let mut chosen: Vec<String> = Vec::new();
    for m in modules {
        if MODULES.contains(&m.as_str()) {
            if !chosen.contains(m) {
                chosen.push(m.clone());
            }
        } else {
            errors.push(SettingsError { field: "modules" });
        }
    }
    if errors.is_empty() {
        Ok(Settings {
            max_wishes,
            advance_months,
            school_entry_cutoff,
            small_cell_threshold,
            modules: chosen,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ags_must_be_eight_digits_of_the_right_land() {
        assert_eq!(
            validate_ags("05958001", Bundesland::NW),
            Ok("05958001".into())
        );
        assert_eq!(
            validate_ags("05 958 001", Bundesland::NW),
            Ok("05958001".into())
        );
        assert_eq!(
            validate_ags("0595800", Bundesland::NW),
            Err(AgsError::Format)
        );
        assert_eq!(
            validate_ags("059580011", Bundesland::NW),
            Err(AgsError::Format)
        );
        assert_eq!(
            validate_ags("0595800a", Bundesland::NW),
            Err(AgsError::Format)
        );
        assert_eq!(
            validate_ags("17000000", Bundesland::NW),
            Err(AgsError::UnknownLand)
        );
        assert_eq!(
            validate_ags("00000000", Bundesland::NW),
            Err(AgsError::UnknownLand)
        );
        assert_eq!(
            validate_ags("09162000", Bundesland::NW),
            Err(AgsError::WrongLand)
        );
        assert_eq!(
            validate_ags("09162000", Bundesland::BY),
            Ok("09162000".into())
        );
    }

    #[test]
    fn every_land_has_its_own_prefix() {
        let prefixes: std::collections::HashSet<_> =
            Bundesland::ALL.iter().map(|b| b.ags_prefix()).collect();
        assert_eq!(prefixes.len(), 16);
        assert_eq!(Bundesland::SH.ags_prefix(), "01");
        assert_eq!(Bundesland::TH.ags_prefix(), "16");
        for b in Bundesland::ALL {
            assert_eq!(Bundesland::from_code(b.code()), Some(b));
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(
            validate_slug("neustadt-am-see"),
            Some("neustadt-am-see".into())
        );
        assert_eq!(validate_slug("Musterstadt"), Some("musterstadt".into()));
        assert_eq!(validate_slug("admin"), None);
        assert_eq!(validate_slug("traeger"), None);
        assert_eq!(validate_slug("barrierefreiheit"), None);
        assert_eq!(validate_slug("-x"), None);
        assert_eq!(validate_slug("a--b"), None);
        assert_eq!(validate_slug("münster"), None);
        assert_eq!(validate_slug("x"), None);
    }

    #[test]
    fn settings_defaults_follow_the_land() {
        let s = Settings::defaults_for(Bundesland::BW);
        assert_eq!(s.max_wishes, 5);
        assert_eq!(s.advance_months, 12);
        assert_eq!(s.small_cell_threshold, 3);
        assert_eq!(s.cutoff_text(), "06-30");
        assert_eq!(
            Settings::defaults_for(Bundesland::NW).cutoff_text(),
            "09-30"
        );
    }

    #[test]
    fn settings_validation_names_each_bad_field() {
        let errors = validate_settings("0", "12", "02-30", "1", &["nonsense".into()]).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![
                "max_wishes",
                "school_entry_cutoff",
                "small_cell_threshold",
                "modules"
            ]
        );
        let ok = validate_settings("3", "6", "02-29", "5", &["parents".into()]).unwrap();
        assert_eq!(ok.school_entry_cutoff, (2, 29));
        assert_eq!(ok.modules, vec!["parents".to_string()]);
    }
}
