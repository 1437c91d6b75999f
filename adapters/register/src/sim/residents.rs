//! The simulator's synthetic residents and how a search is matched against them.

use std::io;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::xmeld::Answer;
use crate::{Address, Candidate, Guardian, Person, SearchRequest};

/// The bundled synthetic residents (`data/residents.csv`).
pub const DEMO_CSV: &str = include_str!("../../data/residents.csv");

/// One resident of the simulated register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resident {
    pub register_id: String,
    /// AGS of the municipality whose register holds the resident.
    pub ags: String,
    pub family_name: String,
    /// Space separated.
    pub first_names: String,
    pub birth_date: NaiveDate,
    /// Main residence (Hauptwohnung).
    pub address: Address,
    pub guardians: Vec<Guardian>,
    /// Auskunftssperre (§51 BMG): never returned.
    pub blocked: bool,
    /// E.g. "verzogen ins Ausland": the person is no longer resident at the address.
    pub hint: Option<String>,
}

/// A CSV row as it is in the file.
#[derive(Debug, Deserialize)]
struct Row {
    register_id: String,
    ags: String,
    family_name: String,
    first_names: String,
    birth_date: String,
    street: String,
    house_number: String,
    postal_code: String,
    city: String,
    guardians: String,
    blocked: String,
    hint: String,
}

/// An unreadable residents file.
#[derive(Debug, thiserror::Error)]
#[error("residents CSV: {0}")]
pub struct ResidentsError(String);

/// The residents the simulator answers from.
#[derive(Debug, Clone, Default)]
pub struct Residents {
    residents: Vec<Resident>,
}

impl Residents {
    /// Reads residents from CSV (UTF-8, header row, `,` separated) with the columns
    /// `register_id,ags,family_name,first_names,birth_date,street,house_number,postal_code,city,
    /// guardians,blocked,hint`: `birth_date` as `YYYY-MM-DD`; `guardians` as
    /// `Family, First names` entries separated by `|` (may be empty); `blocked` `true`/`false`;
    /// `hint` free text or empty.
    pub fn from_csv_reader<R: io::Read>(reader: R) -> Result<Residents, ResidentsError> {
        let mut csv = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(reader);
        let mut residents = Vec::new();
        for (index, row) in csv.deserialize::<Row>().enumerate() {
            let line = index + 2;
            let row = row.map_err(|e| ResidentsError(format!("line {line}: {e}")))?;
            let birth_date =
                NaiveDate::parse_from_str(&row.birth_date, "%Y-%m-%d").map_err(|_| {
                    ResidentsError(format!("line {line}: birth_date must be YYYY-MM-DD"))
                })?;
            let blocked = match row.blocked.to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" => true,
                "false" | "0" | "no" | "" => false,
                _ => {
                    return Err(ResidentsError(format!(
                        "line {line}: blocked must be true or false"
                    )))
                }
            };
            let guardians = row
                .guardians
                .split('|')
                .map(str::trim)
                .filter(|g| !g.is_empty())
                .map(|g| match g.split_once(',') {
                    Some((family, first)) => Ok(Guardian {
                        family_name: family.trim().to_owned(),
                        first_names: first.trim().to_owned(),
                    }),
                    None => Err(ResidentsError(format!(
                        "line {line}: guardian must be \"Family, First names\""
                    ))),
                })
                .collect::<Result<Vec<_>, _>>()?;
            residents.push(Resident {
                register_id: row.register_id,
                ags: row.ags,
                family_name: row.family_name,
                first_names: row.first_names,
                birth_date,
                address: Address {
                    street: row.street,
                    house_number: row.house_number,
                    postal_code: row.postal_code,
                    city: row.city,
                },
                guardians,
                blocked,
                hint: Some(row.hint).filter(|h| !h.is_empty()),
            });
        }
        Ok(Residents { residents })
    }

    /// The bundled synthetic residents.
    pub fn demo() -> Residents {
        Residents::from_csv_reader(DEMO_CSV.as_bytes())
            .expect("the bundled residents CSV is valid (tested)")
    }

    /// Residents from a list.
    pub fn from_vec(residents: Vec<Resident>) -> Residents {
        Residents { residents }
    }

    pub fn len(&self) -> usize {
        self.residents.len()
    }

    pub fn is_empty(&self) -> bool {
        self.residents.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Resident> {
        self.residents.iter()
    }

    /// Answers a search the way the simulated register does:
    ///
    /// 1. the AGS of the search data must be the reader's AGS, else Nichterstellung `14`;
    /// 2. candidates are the residents of that municipality without Auskunftssperre whose family
    ///    name and birth date match and who share at least one first name with the search
    ///    (names compared case-insensitively after transliterating ä/ö/ü/ß);
    /// 3. if several match and an address was given, those at that postal code and street are
    ///    preferred (when there are any);
    /// 4. one current resident → the person; otherwise (several, or one who moved away or died,
    ///    i.e. has a hint) → a Trefferliste; none → no hit.
    pub fn search(&self, reader_ags: &str, request: &SearchRequest) -> Answer {
        if request.municipality_key.trim() != reader_ags.trim() {
            return Answer::Refused { code: "14".into() };
        }
        let family_name = fold(&request.family_name);
        let first_names: Vec<String> = request.first_names.split_whitespace().map(fold).collect();
        let mut matches: Vec<&Resident> = self
            .residents
            .iter()
            .filter(|r| {
                r.ags == reader_ags.trim()
                    && !r.blocked
                    && r.birth_date == request.birth_date
                    && !family_name.is_empty()
                    && fold(&r.family_name) == family_name
                    && r.first_names
                        .split_whitespace()
                        .map(fold)
                        .any(|f| first_names.contains(&f))
            })
            .collect();
        if matches.len() > 1 {
            if let Some(address) = &request.address {
                let at_address: Vec<&Resident> = matches
                    .iter()
                    .copied()
                    .filter(|r| {
                        r.address.postal_code.trim() == address.postal_code.trim()
                            && street_key(&r.address.street) == street_key(&address.street)
                    })
                    .collect();
                if !at_address.is_empty() {
                    matches = at_address;
                }
            }
        }
        match matches.as_slice() {
            [] => Answer::NoHit,
            [one] if one.hint.is_none() => Answer::Found(Person {
                register_id: one.register_id.clone(),
                address: one.address.clone(),
                guardians: one.guardians.clone(),
            }),
            several => Answer::Candidates(
                several
                    .iter()
                    .map(|r| Candidate {
                        register_id: r.register_id.clone(),
                        family_name: r.family_name.clone(),
                        first_names: r.first_names.clone(),
                        birth_date: Some(r.birth_date),
                        address: Some(r.address.clone()),
                        hint: r.hint.clone(),
                    })
                    .collect(),
            ),
        }
    }
}

/// Lower case with ä→ae, ö→oe, ü→ue, ß→ss; whitespace collapsed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .flat_map(char::to_lowercase)
    {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
    out
}

/// A street compared loosely: folded, "str." = "straße", only letters and digits.
fn street_key(s: &str) -> String {
    fold(s)
        .replace("str.", "strasse")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RequestMeta;

    fn request(
        ags: &str,
        family: &str,
        first: &str,
        birth: (i32, u32, u32),
        address: Option<(&str, &str)>,
    ) -> SearchRequest {
        SearchRequest {
            family_name: family.into(),
            first_names: first.into(),
            birth_date: NaiveDate::from_ymd_opt(birth.0, birth.1, birth.2).unwrap(),
            address: address.map(|(street, postal_code)| Address {
                street: street.into(),
                house_number: String::new(),
                postal_code: postal_code.into(),
                city: String::new(),
            }),
            municipality_key: ags.into(),
            meta: RequestMeta {
                authority: "Jugendamt".into(),
                file_reference: "A-1".into(),
                reason: "Test".into(),
                procedure: "test".into(),
            },
        }
    }

    #[test]
    fn bundled_residents_contain_the_fixed_people() {
        let residents = Residents::demo();
        assert!(residents.len() >= 200, "{}", residents.len());
        let by_id = |id: &str| {
            residents
                .iter()
                .find(|r| r.register_id == id)
                .unwrap()
                .clone()
        };
        let mia = by_id("MS-000001");
        assert_eq!(
            (
                mia.ags.as_str(),
                mia.family_name.as_str(),
                mia.first_names.as_str()
            ),
            ("05958001", "Beispiel", "Mia")
        );
        assert_eq!(
            mia.birth_date,
            NaiveDate::from_ymd_opt(2023, 3, 14).unwrap()
        );
        assert_eq!(mia.address.street, "Lindenallee");
        assert_eq!(
            mia.guardians,
            vec![Guardian {
                family_name: "Beispiel".into(),
                first_names: "Anna".into()
            }]
        );
        assert_eq!(by_id("MS-000002").first_names, "Ben");
        assert_eq!(by_id("MS-000003").address.street, "Hauptstraße");
        assert_eq!(by_id("MS-000004").address.street, "Bahnhofstraße");
        assert_eq!(by_id("BD-000001").guardians[0].first_names, "Eva");
        assert_eq!(by_id("BD-000002").address.house_number, "5");
        let fixed_families = ["Beispiel", "Schmidt", "Geheim", "Weg", "Muster", "Fremd"];
        let with_fixed_family = residents
            .iter()
            .filter(|r| fixed_families.contains(&r.family_name.as_str()))
            .count();
        assert_eq!(
            with_fixed_family, 8,
            "generated residents must not collide with the fixed ones"
        );
        let ids: std::collections::HashSet<_> = residents.iter().map(|r| &r.register_id).collect();
        assert_eq!(ids.len(), residents.len(), "register ids are unique");
    }

    #[test]
    fn matching_follows_the_documented_rules() {
        let residents = Residents::demo();
        let found = |answer: Answer| match answer {
            Answer::Found(p) => p.register_id,
            other => panic!("expected Found, got {other:?}"),
        };
        // Case, umlaut transliteration and extra first names do not matter.
        assert_eq!(
            found(residents.search(
                "05958001",
                &request("05958001", "BEISPIEL", "Mia Sophie", (2023, 3, 14), None)
            )),
            "MS-000001"
        );
        // Same birthday, other municipality.
        assert_eq!(
            residents.search(
                "05958002",
                &request("05958002", "Beispiel", "Mia", (2023, 3, 14), None)
            ),
            Answer::NoHit
        );
        assert_eq!(
            found(residents.search(
                "05958002",
                &request("05958002", "Beispiel", "Lena", (2023, 3, 14), None)
            )),
            "BD-000002"
        );
        // Two Paul Schmidt: the address decides, an unknown address leaves both.
        let paul = |addr| {
            residents.search(
                "05958001",
                &request("05958001", "Schmidt", "Paul", (2022, 5, 1), addr),
            )
        };
        assert_eq!(found(paul(Some(("Hauptstr.", "59999")))), "MS-000003");
        assert_eq!(found(paul(Some(("Bahnhofstraße", "59999")))), "MS-000004");
        assert!(
            matches!(paul(Some(("Lindenallee", "59999"))), Answer::Candidates(c) if c.len() == 2)
        );
        assert!(matches!(paul(None), Answer::Candidates(c) if c.len() == 2));
        // Reader and search data disagree.
        assert_eq!(
            residents.search(
                "05958002",
                &request("05958001", "Beispiel", "Mia", (2023, 3, 14), None)
            ),
            Answer::Refused { code: "14".into() }
        );
        assert_eq!(
            residents.search(
                "05958001",
                &request("05958001", "Fremd", "Kai", (2022, 1, 1), None)
            ),
            Answer::NoHit
        );
    }

    #[test]
    fn blocked_residents_are_never_returned_and_moved_ones_come_with_a_hint() {
        let residents = Residents::demo();
        // MS-000005 Sophie Geheim has an Auskunftssperre.
        assert!(residents
            .iter()
            .any(|r| r.register_id == "MS-000005" && r.blocked));
        let sophie = request("05958001", "Geheim", "Sophie", (2022, 11, 11), None);
        assert_eq!(residents.search("05958001", &sophie), Answer::NoHit);
        // MS-000006 Finn Weg moved abroad: a Trefferliste of one, with the hint.
        let finn = request("05958001", "Weg", "Finn", (2021, 8, 20), None);
        match residents.search("05958001", &finn) {
            Answer::Candidates(c) => {
                assert_eq!(c.len(), 1);
                assert_eq!(c[0].register_id, "MS-000006");
                assert_eq!(c[0].hint.as_deref(), Some("verzogen ins Ausland"));
            }
            other => panic!("expected a Trefferliste, got {other:?}"),
        }
    }

    #[test]
    fn csv_errors_name_the_line() {
        let header = "register_id,ags,family_name,first_names,birth_date,street,house_number,postal_code,city,guardians,blocked,hint\n";
        let bad_date = format!("{header}X-1,05958001,A,B,14.03.2023,S,1,59999,M,,false,\n");
        let error = Residents::from_csv_reader(bad_date.as_bytes()).unwrap_err();
        assert!(error.to_string().contains("line 2"), "{error}");
        let bad_guardian =
            format!("{header}X-1,05958001,A,B,2023-03-14,S,1,59999,M,Anna Beispiel,false,\n");
        assert!(Residents::from_csv_reader(bad_guardian.as_bytes()).is_err());
        let ok = format!(
            "{header}X-1,05958001,A,B,2023-03-14,S,1,59999,M,\"A, B|C, D\",true,verzogen\n"
        );
        let residents = Residents::from_csv_reader(ok.as_bytes()).unwrap();
        let r = residents.iter().next().unwrap();
        assert_eq!(r.guardians.len(), 2);
        assert!(r.blocked);
        assert_eq!(r.hint.as_deref(), Some("verzogen"));
    }

    #[test]
    fn folding() {
        assert_eq!(
            fold("  Müller-Lüdenscheidt  Größe "),
            "mueller-luedenscheidt groesse"
        );
        assert_eq!(fold("ÄRGER"), "aerger");
        assert_eq!(street_key("Hauptstr. "), street_key("Hauptstraße"));
    }
}
