//! The XMeld body both dialects carry: the search request
//! `datenabruf.personensuche.suchanfrage.1330` and our answer message
//! `datenabruf.personensuche.antwort.1331`.
//!
//! # Request (1330), the subset we send
//! ```text
//! xmeld:datenabruf.personensuche.suchanfrage.1330  version="25.11a" standard="XMeld" produkt…
//!   nachrichtenkopf.g2g
//!     identifikation.nachricht: nachrichtenUUID, nachrichtentyp/code = 1330, erstellungszeitpunkt
//!     leser: verzeichnisdienst/code = DVDV, kennung = "ags:<AGS>", name = "Meldebehörde <AGS>"
//!     autor: verzeichnisdienst/code = DVDV, kennung = meta.procedure, name = meta.authority
//!   xmeld:datenAbrufendeStelle
//!     sicherheitsbehoerde = false
//!     abrufberechtigteStelle/behoerdenname = meta.authority
//!     aktenzeichen = meta.file_reference, anlassDesAbrufs = meta.reason, kennung = meta.procedure
//!   xmeld:suchprofil/auswahldaten
//!     name/name/nachnameUndVornamen: vornamen/name (all first names), nachname/name
//!     anschrift: gemeindeschluessel/code (AGS) [, postleitzahl, strasse, hausnummer]
//!     geburtsdatum/geburtsdatum/teilbekanntesDatum/jahrMonatTag (YYYY-MM-DD)
//!   xmeld:steuerungsinformationen
//!     anforderungselement/code * (1201–1209 address; 0901 guardians, assumed), verzichtAufMitteilung
//! ```
//! `anschrift.leser`/`anschrift.autor` and `geschlecht` are left out (we do not hold them). The
//! town name of the address is not a search item, so it is not sent.
//!
//! # Answer (1331), our definition
//! The answer message is not public; this is the shape our adapters and the simulator agree on:
//! ```text
//! xmeld:datenabruf.personensuche.antwort.1331  (same root attributes)
//!   nachrichtenkopf.g2g   (nachrichtentyp/code = 1331; leser = the requester, autor = "ags:<AGS>")
//!   xmeld:bezug: referenzUUID (nachrichtenUUID of the request), aktenzeichen (echoed)
//!   xmeld:ergebnis, exactly one of
//!     person:          identifikationsmerkmal, hauptwohnung(strasse, hausnummer, postleitzahl,
//!                      wohnort), gesetzlicherVertreter*(name/nachnameUndVornamen)
//!     trefferliste:    treffer*(identifikationsmerkmal, name/nachnameUndVornamen,
//!                      geburtsdatum/jahrMonatTag?, hauptwohnung?, hinweis?)   — at most 100
//!     keinTreffer
//!     nichterstellung: grund/code (code list
//!                      urn:xoev-de:xmeld:codeliste:datenabruf.nichterstellung.grund), text?
//! ```
//! Parsing matches local names only (any prefix), ignores unknown elements and keeps the limits
//! of [`crate::xml`].

use std::io;

use chrono::{NaiveDate, SecondsFormat, Utc};
use uuid::Uuid;

use crate::xml::{
    self, clean_text, code_element, short, text_element, Element, WireError, XmlWriter,
};
use crate::{Address, Candidate, Guardian, Outcome, Person, RequestMeta, SearchRequest};

/// Namespace of XMeld 25.11a.
pub const NS: &str = "http://www.osci.de/xmeld2511a";
/// XMeld version written into the root element.
pub const VERSION: &str = "25.11a";
/// Local name of the search request.
pub const REQUEST_ROOT: &str = "datenabruf.personensuche.suchanfrage.1330";
/// Local name of the answer.
pub const ANSWER_ROOT: &str = "datenabruf.personensuche.antwort.1331";
/// Code list of the Nichterstellung reasons.
pub const NICHTERSTELLUNG_LIST: &str =
    "urn:xoev-de:xmeld:codeliste:datenabruf.nichterstellung.grund";
/// Requested data items: current main address (1201–1209) and guardians (0901, our assumption).
pub const REQUESTED_ITEMS: [&str; 10] = [
    "0901", "1201", "1202", "1203", "1204", "1205", "1206", "1207", "1208", "1209",
];

/// A search request as the register (the simulator) receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedRequest {
    /// `nachrichtenUUID` of the request, echoed in the answer's `referenzUUID`.
    pub message_id: String,
    /// AGS from the reader's (leser) kennung `ags:<AGS>`.
    pub reader_ags: String,
    /// The search; `municipality_key` is the `gemeindeschluessel` of the search data. The town of
    /// the address is not transmitted and stays empty.
    pub search: SearchRequest,
}

/// A register's answer, before it is turned into an [`Outcome`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Exactly one person.
    Found(Person),
    /// A Trefferliste.
    Candidates(Vec<Candidate>),
    /// No hit.
    NoHit,
    /// A Nichterstellung with its reason code.
    Refused { code: String },
}

impl Answer {
    /// Maps the answer to the outcome the application sees. A Nichterstellung and an empty
    /// Trefferliste are `Unavailable` (someone has to look; the check is retried).
    pub fn into_outcome(self) -> Outcome {
        match self {
            Answer::Found(person) => Outcome::Found(person),
            Answer::Candidates(candidates) if candidates.is_empty() => {
                Outcome::Unavailable("empty Trefferliste".into())
            }
            Answer::Candidates(candidates) => Outcome::Ambiguous(candidates),
            Answer::NoHit => Outcome::NotFound,
            Answer::Refused { code } => Outcome::Refused(format!(
                "Nichterstellung {code} ({})",
                nichterstellung_text(&code)
            )),
        }
    }
}

/// Our description of a Nichterstellung reason code (from the public part of the code list).
pub fn nichterstellung_text(code: &str) -> &'static str {
    match code {
        "01" => "invalid Identifikationsmerkmal",
        "02" => "street unknown",
        "11" => "not entitled to the Einzugsdatum",
        "12" => "more than 1,000 hits",
        "13" => "more than 1,000 results",
        "14" => "AGS of the reader differs from the AGS in the search data",
        _ => "unknown reason code",
    }
}

/// The request as a standalone XML document (without a vendor envelope).
pub fn request_document(request: &SearchRequest, message_id: Uuid) -> Vec<u8> {
    xml::finish(xml::new_document().and_then(|mut w| {
        write_request(&mut w, request, message_id)?;
        Ok(w)
    }))
}

/// The answer as a standalone XML document (without a vendor envelope).
pub fn answer_document(request: &ReceivedRequest, answer: &Answer) -> Vec<u8> {
    xml::finish(xml::new_document().and_then(|mut w| {
        write_answer(&mut w, request, answer)?;
        Ok(w)
    }))
}

/// Parses a standalone request document (the simulator's side).
pub fn parse_request(bytes: &[u8]) -> Result<ReceivedRequest, WireError> {
    request_from_element(&xml::parse_document(bytes)?)
}

/// Parses a standalone answer document.
pub fn parse_answer(bytes: &[u8]) -> Result<Answer, WireError> {
    answer_from_element(&xml::parse_document(bytes)?)
}

fn root_attributes(
    w: &mut XmlWriter,
    root: &str,
    f: impl FnOnce(&mut XmlWriter) -> io::Result<()>,
) -> io::Result<()> {
    w.create_element(format!("xmeld:{root}"))
        .with_attributes([
            ("xmlns:xmeld", NS),
            ("version", VERSION),
            ("standard", "XMeld"),
            ("produkt", "kitaplatz"),
            ("produkthersteller", "kitaplatz"),
            ("produktversion", env!("CARGO_PKG_VERSION")),
        ])
        .write_inner_content(f)?;
    Ok(())
}

fn write_header(
    w: &mut XmlWriter,
    message_id: &str,
    message_type: &str,
    reader: (&str, &str),
    author: (&str, &str),
) -> io::Result<()> {
    w.create_element("nachrichtenkopf.g2g")
        .write_inner_content(|w| {
            w.create_element("identifikation.nachricht")
                .write_inner_content(|w| {
                    text_element(w, "nachrichtenUUID", message_id)?;
                    code_element(w, "nachrichtentyp", message_type)?;
                    text_element(
                        w,
                        "erstellungszeitpunkt",
                        &Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
                    )
                })?;
            for (element, (kennung, name)) in [("leser", reader), ("autor", author)] {
                w.create_element(element).write_inner_content(|w| {
                    code_element(w, "verzeichnisdienst", "DVDV")?;
                    text_element(w, "kennung", kennung)?;
                    text_element(w, "name", name)
                })?;
            }
            Ok(())
        })?;
    Ok(())
}

/// `<nachnameUndVornamen><vornamen><name>…</name></vornamen><nachname><name>…</name></nachname>`
fn write_names(w: &mut XmlWriter, family_name: &str, first_names: &str) -> io::Result<()> {
    w.create_element("nachnameUndVornamen")
        .write_inner_content(|w| {
            w.create_element("vornamen")
                .write_inner_content(|w| text_element(w, "name", first_names))?;
            w.create_element("nachname")
                .write_inner_content(|w| text_element(w, "name", family_name))?;
            Ok(())
        })?;
    Ok(())
}

fn write_address(w: &mut XmlWriter, element: &str, address: &Address) -> io::Result<()> {
    w.create_element(element).write_inner_content(|w| {
        text_element(w, "strasse", &address.street)?;
        text_element(w, "hausnummer", &address.house_number)?;
        text_element(w, "postleitzahl", &address.postal_code)?;
        text_element(w, "wohnort", &address.city)
    })?;
    Ok(())
}

/// Writes the request element (used inside the vendor envelopes).
pub(crate) fn write_request(
    w: &mut XmlWriter,
    request: &SearchRequest,
    message_id: Uuid,
) -> io::Result<()> {
    let meta = &request.meta;
    let ags = clean_text(&request.municipality_key);
    root_attributes(w, REQUEST_ROOT, |w| {
        write_header(
            w,
            &message_id.to_string(),
            "1330",
            (&format!("ags:{ags}"), &format!("Meldebehörde {ags}")),
            (&meta.procedure, &meta.authority),
        )?;
        w.create_element("xmeld:datenAbrufendeStelle")
            .write_inner_content(|w| {
                text_element(w, "sicherheitsbehoerde", "false")?;
                w.create_element("abrufberechtigteStelle")
                    .write_inner_content(|w| text_element(w, "behoerdenname", &meta.authority))?;
                text_element(w, "aktenzeichen", &meta.file_reference)?;
                text_element(w, "anlassDesAbrufs", &meta.reason)?;
                text_element(w, "kennung", &meta.procedure)
            })?;
        w.create_element("xmeld:suchprofil")
            .write_inner_content(|w| {
                w.create_element("auswahldaten").write_inner_content(|w| {
                    w.create_element("name").write_inner_content(|w| {
                        w.create_element("name").write_inner_content(|w| {
                            write_names(w, &request.family_name, &request.first_names)
                        })?;
                        Ok(())
                    })?;
                    w.create_element("anschrift").write_inner_content(|w| {
                        w.create_element("gemeindeschluessel")
                            .with_attribute(("listVersionID", "3"))
                            .write_inner_content(|w| text_element(w, "code", &ags))?;
                        if let Some(address) = &request.address {
                            text_element(w, "postleitzahl", &address.postal_code)?;
                            text_element(w, "strasse", &address.street)?;
                            text_element(w, "hausnummer", &address.house_number)?;
                        }
                        Ok(())
                    })?;
                    w.create_element("geburtsdatum").write_inner_content(|w| {
                        w.create_element("geburtsdatum").write_inner_content(|w| {
                            w.create_element("teilbekanntesDatum")
                                .write_inner_content(|w| {
                                    text_element(
                                        w,
                                        "jahrMonatTag",
                                        &request.birth_date.format("%Y-%m-%d").to_string(),
                                    )
                                })?;
                            Ok(())
                        })?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
                Ok(())
            })?;
        w.create_element("xmeld:steuerungsinformationen")
            .write_inner_content(|w| {
                for item in REQUESTED_ITEMS {
                    code_element(w, "anforderungselement", item)?;
                }
                text_element(w, "verzichtAufMitteilung", "false")
            })?;
        Ok(())
    })
}

/// Writes the answer element (used inside the vendor envelopes).
pub(crate) fn write_answer(
    w: &mut XmlWriter,
    request: &ReceivedRequest,
    answer: &Answer,
) -> io::Result<()> {
    let ags = format!("ags:{}", request.reader_ags);
    let register = format!("Meldebehörde {}", request.reader_ags);
    let meta = &request.search.meta;
    root_attributes(w, ANSWER_ROOT, |w| {
        write_header(
            w,
            &Uuid::new_v4().to_string(),
            "1331",
            (&meta.procedure, &meta.authority),
            (&ags, &register),
        )?;
        w.create_element("xmeld:bezug").write_inner_content(|w| {
            text_element(w, "referenzUUID", &request.message_id)?;
            text_element(w, "aktenzeichen", &meta.file_reference)
        })?;
        w.create_element("xmeld:ergebnis")
            .write_inner_content(|w| match answer {
                Answer::Found(person) => {
                    w.create_element("person").write_inner_content(|w| {
                        text_element(w, "identifikationsmerkmal", &person.register_id)?;
                        write_address(w, "hauptwohnung", &person.address)?;
                        for guardian in &person.guardians {
                            w.create_element("gesetzlicherVertreter")
                                .write_inner_content(|w| {
                                    w.create_element("name").write_inner_content(|w| {
                                        write_names(w, &guardian.family_name, &guardian.first_names)
                                    })?;
                                    Ok(())
                                })?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                }
                Answer::Candidates(candidates) => {
                    w.create_element("trefferliste").write_inner_content(|w| {
                        for candidate in candidates {
                            w.create_element("treffer")
                                .write_inner_content(|w| write_candidate(w, candidate))?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                }
                Answer::NoHit => {
                    w.create_element("keinTreffer").write_empty()?;
                    Ok(())
                }
                Answer::Refused { code } => {
                    w.create_element("nichterstellung")
                        .write_inner_content(|w| {
                            w.create_element("grund")
                                .with_attribute(("listURI", NICHTERSTELLUNG_LIST))
                                .write_inner_content(|w| text_element(w, "code", code))?;
                            text_element(w, "text", nichterstellung_text(code))
                        })?;
                    Ok(())
                }
            })?;
        Ok(())
    })
}

fn write_candidate(w: &mut XmlWriter, candidate: &Candidate) -> io::Result<()> {
    text_element(w, "identifikationsmerkmal", &candidate.register_id)?;
    w.create_element("name")
        .write_inner_content(|w| write_names(w, &candidate.family_name, &candidate.first_names))?;
    if let Some(date) = candidate.birth_date {
        w.create_element("geburtsdatum").write_inner_content(|w| {
            text_element(w, "jahrMonatTag", &date.format("%Y-%m-%d").to_string())
        })?;
    }
    if let Some(address) = &candidate.address {
        write_address(w, "hauptwohnung", address)?;
    }
    if let Some(hint) = &candidate.hint {
        text_element(w, "hinweis", hint)?;
    }
    Ok(())
}

/// Reads `nachnameUndVornamen` below `element` → (family name, first names).
fn names_at(element: &Element, path: &[&str]) -> (String, String) {
    match element.path(path) {
        Some(names) => (
            names.text_or_empty(&["nachname", "name"]),
            names.text_or_empty(&["vornamen", "name"]),
        ),
        None => (String::new(), String::new()),
    }
}

fn address_from(element: &Element) -> Address {
    Address {
        street: element.text_or_empty(&["strasse"]),
        house_number: element.text_or_empty(&["hausnummer"]),
        postal_code: element.text_or_empty(&["postleitzahl"]),
        city: element.text_or_empty(&["wohnort"]),
    }
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

fn missing(what: &str) -> WireError {
    WireError::Structure(format!("missing {what}"))
}

/// Reads a 1330 request element.
pub(crate) fn request_from_element(root: &Element) -> Result<ReceivedRequest, WireError> {
    if root.name != REQUEST_ROOT {
        return Err(WireError::Structure(format!(
            "expected {REQUEST_ROOT}, got {}",
            short(&root.name)
        )));
    }
    let message_id = root
        .text_at(&[
            "nachrichtenkopf.g2g",
            "identifikation.nachricht",
            "nachrichtenUUID",
        ])
        .filter(|s| !s.is_empty())
        .ok_or_else(|| missing("nachrichtenUUID"))?
        .to_owned();
    let reader_ags = root
        .text_at(&["nachrichtenkopf.g2g", "leser", "kennung"])
        .and_then(|k| k.strip_prefix("ags:"))
        .ok_or_else(|| missing("leser kennung ags:<AGS>"))?
        .trim()
        .to_owned();
    let stelle = root
        .child("datenAbrufendeStelle")
        .ok_or_else(|| missing("datenAbrufendeStelle"))?;
    let meta = RequestMeta {
        authority: stelle.text_or_empty(&["abrufberechtigteStelle", "behoerdenname"]),
        file_reference: stelle.text_or_empty(&["aktenzeichen"]),
        reason: stelle.text_or_empty(&["anlassDesAbrufs"]),
        procedure: stelle.text_or_empty(&["kennung"]),
    };
    let data = root
        .path(&["suchprofil", "auswahldaten"])
        .ok_or_else(|| missing("suchprofil/auswahldaten"))?;
    let (family_name, first_names) = names_at(data, &["name", "name", "nachnameUndVornamen"]);
    let anschrift = data
        .child("anschrift")
        .ok_or_else(|| missing("anschrift"))?;
    let municipality_key = anschrift
        .text_at(&["gemeindeschluessel", "code"])
        .ok_or_else(|| missing("gemeindeschluessel"))?
        .to_owned();
    let address = ["postleitzahl", "strasse", "hausnummer"]
        .iter()
        .any(|n| anschrift.child(n).is_some())
        .then(|| Address {
            street: anschrift.text_or_empty(&["strasse"]),
            house_number: anschrift.text_or_empty(&["hausnummer"]),
            postal_code: anschrift.text_or_empty(&["postleitzahl"]),
            city: String::new(),
        });
    let birth_date = data
        .text_at(&[
            "geburtsdatum",
            "geburtsdatum",
            "teilbekanntesDatum",
            "jahrMonatTag",
        ])
        .and_then(parse_date)
        .ok_or_else(|| missing("geburtsdatum jahrMonatTag"))?;
    Ok(ReceivedRequest {
        message_id,
        reader_ags,
        search: SearchRequest {
            family_name,
            first_names,
            birth_date,
            address,
            municipality_key,
            meta,
        },
    })
}

/// Reads a 1331 answer element.
pub(crate) fn answer_from_element(root: &Element) -> Result<Answer, WireError> {
    if root.name != ANSWER_ROOT {
        return Err(WireError::Structure(format!(
            "expected {ANSWER_ROOT}, got {}",
            short(&root.name)
        )));
    }
    let result = root.child("ergebnis").ok_or_else(|| missing("ergebnis"))?;
    let mut answers = result
        .children
        .iter()
        .filter_map(|child| match child.name.as_str() {
            "person" => Some(person_from(child).map(Answer::Found)),
            "trefferliste" => Some(candidates_from(child).map(Answer::Candidates)),
            "keinTreffer" => Some(Ok(Answer::NoHit)),
            "nichterstellung" => Some(refusal_from(child)),
            _ => None,
        });
    let answer = answers.next().ok_or_else(|| {
        missing("person, trefferliste, keinTreffer or nichterstellung in ergebnis")
    })?;
    if answers.next().is_some() {
        return Err(WireError::Structure(
            "more than one result in ergebnis".into(),
        ));
    }
    answer
}

fn person_from(element: &Element) -> Result<Person, WireError> {
    let register_id = element
        .text_at(&["identifikationsmerkmal"])
        .filter(|s| !s.is_empty())
        .ok_or_else(|| missing("identifikationsmerkmal of the person"))?
        .to_owned();
    let address = address_from(
        element
            .child("hauptwohnung")
            .ok_or_else(|| missing("hauptwohnung"))?,
    );
    let guardians = element
        .children_named("gesetzlicherVertreter")
        .map(|g| {
            let (family_name, first_names) = names_at(g, &["name", "nachnameUndVornamen"]);
            Guardian {
                family_name,
                first_names,
            }
        })
        .collect();
    Ok(Person {
        register_id,
        address,
        guardians,
    })
}

fn candidates_from(element: &Element) -> Result<Vec<Candidate>, WireError> {
    let entries: Vec<&Element> = element.children_named("treffer").collect();
    if entries.len() > xml::MAX_CANDIDATES {
        return Err(WireError::TooManyCandidates(xml::MAX_CANDIDATES));
    }
    entries
        .into_iter()
        .map(|t| {
            let register_id = t
                .text_at(&["identifikationsmerkmal"])
                .filter(|s| !s.is_empty())
                .ok_or_else(|| missing("identifikationsmerkmal of a treffer"))?
                .to_owned();
            let (family_name, first_names) = names_at(t, &["name", "nachnameUndVornamen"]);
            Ok(Candidate {
                register_id,
                family_name,
                first_names,
                birth_date: t
                    .text_at(&["geburtsdatum", "jahrMonatTag"])
                    .and_then(parse_date),
                address: t.child("hauptwohnung").map(address_from),
                hint: t
                    .text_at(&["hinweis"])
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            })
        })
        .collect()
}

fn refusal_from(element: &Element) -> Result<Answer, WireError> {
    let code = element
        .text_at(&["grund", "code"])
        .filter(|c| !c.is_empty() && c.len() <= 8 && c.chars().all(|c| c.is_ascii_alphanumeric()))
        .ok_or_else(|| missing("valid nichterstellung grund/code"))?;
    Ok(Answer::Refused {
        code: code.to_owned(),
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn sample_request() -> SearchRequest {
        SearchRequest {
            family_name: "Beispiel".into(),
            first_names: "Mia Sophie".into(),
            birth_date: NaiveDate::from_ymd_opt(2023, 3, 14).unwrap(),
            address: Some(Address {
                street: "Lindenallee".into(),
                house_number: "7".into(),
                postal_code: "59999".into(),
                city: "Musterstadt".into(),
            }),
            municipality_key: "05958001".into(),
            meta: RequestMeta {
                authority: "Stadt Musterstadt – Jugendamt".into(),
                file_reference: "A-2026-0001".into(),
                reason: "Prüfung Betreuungsanfrage Kindertagesbetreuung".into(),
                procedure: "kitaplatz-registerpruefung".into(),
            },
        }
    }

    #[test]
    fn request_has_the_documented_structure() {
        let id = Uuid::new_v4();
        let doc = request_document(&sample_request(), id);
        let text = String::from_utf8(doc.clone()).unwrap();
        assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assert!(text.contains("xmlns:xmeld=\"http://www.osci.de/xmeld2511a\""));
        let root = xml::parse_document(&doc).unwrap();
        assert_eq!(root.name, REQUEST_ROOT);
        assert_eq!(
            root.text_at(&[
                "nachrichtenkopf.g2g",
                "identifikation.nachricht",
                "nachrichtentyp",
                "code"
            ]),
            Some("1330")
        );
        assert_eq!(
            root.text_at(&["nachrichtenkopf.g2g", "leser", "kennung"]),
            Some("ags:05958001")
        );
        assert_eq!(
            root.text_at(&[
                "datenAbrufendeStelle",
                "abrufberechtigteStelle",
                "behoerdenname"
            ]),
            Some("Stadt Musterstadt – Jugendamt")
        );
        assert_eq!(
            root.text_at(&["datenAbrufendeStelle", "aktenzeichen"]),
            Some("A-2026-0001")
        );
        assert_eq!(
            root.text_at(&["suchprofil", "auswahldaten", "anschrift", "strasse"]),
            Some("Lindenallee")
        );

        let parsed = parse_request(&doc).unwrap();
        assert_eq!(parsed.message_id, id.to_string());
        assert_eq!(parsed.reader_ags, "05958001");
        let mut expected = sample_request();
        expected.address.as_mut().unwrap().city.clear();
        assert_eq!(parsed.search, expected);
    }

    #[test]
    fn request_without_address_sends_only_the_municipality() {
        let mut request = sample_request();
        request.address = None;
        let parsed = parse_request(&request_document(&request, Uuid::new_v4())).unwrap();
        assert_eq!(parsed.search, request);
    }

    fn received() -> ReceivedRequest {
        ReceivedRequest {
            message_id: Uuid::new_v4().to_string(),
            reader_ags: "05958001".into(),
            search: sample_request(),
        }
    }

    #[test]
    fn answers_round_trip() {
        let person = Person {
            register_id: "MS-000001".into(),
            address: Address {
                street: "Lindenallee".into(),
                house_number: "7".into(),
                postal_code: "59999".into(),
                city: "Musterstadt".into(),
            },
            guardians: vec![Guardian {
                family_name: "Beispiel".into(),
                first_names: "Anna".into(),
            }],
        };
        let candidate = Candidate {
            register_id: "MS-000003".into(),
            family_name: "Schmidt".into(),
            first_names: "Paul".into(),
            birth_date: NaiveDate::from_ymd_opt(2022, 5, 1),
            address: Some(person.address.clone()),
            hint: Some("verzogen innerhalb Deutschlands".into()),
        };
        for answer in [
            Answer::Found(person),
            Answer::Candidates(vec![
                candidate.clone(),
                Candidate {
                    hint: None,
                    address: None,
                    birth_date: None,
                    ..candidate
                },
            ]),
            Answer::NoHit,
            Answer::Refused { code: "14".into() },
        ] {
            let doc = answer_document(&received(), &answer);
            assert_eq!(parse_answer(&doc), Ok(answer));
        }
    }

    #[test]
    fn nichterstellung_is_refused() {
        let doc = answer_document(&received(), &Answer::Refused { code: "14".into() });
        let outcome = parse_answer(&doc).unwrap().into_outcome();
        assert_eq!(
            outcome,
            Outcome::Refused(
                "Nichterstellung 14 (AGS of the reader differs from the AGS in the search data)"
                    .into()
            )
        );
    }

    #[test]
    fn tolerates_other_prefixes_and_unknown_elements() {
        let doc = br#"<?xml version="1.0"?>
<m:datenabruf.personensuche.antwort.1331 xmlns:m="http://www.osci.de/xmeld2511a">
  <unbekannt><tief>x</tief></unbekannt>
  <m:ergebnis><m:zusatz/><m:person>
    <m:identifikationsmerkmal> BD-000001 </m:identifikationsmerkmal>
    <m:hauptwohnung><m:strasse>Dorfstra&#223;e</m:strasse><m:hausnummer>3</m:hausnummer>
      <m:postleitzahl>59998</m:postleitzahl><m:wohnort>Beispieldorf</m:wohnort></m:hauptwohnung>
  </m:person></m:ergebnis>
</m:datenabruf.personensuche.antwort.1331>"#;
        let Answer::Found(person) = parse_answer(doc).unwrap() else {
            panic!()
        };
        assert_eq!(person.register_id, "BD-000001");
        assert_eq!(person.address.street, "Dorfstraße");
        assert!(person.guardians.is_empty());
    }

    #[test]
    fn rejects_inconsistent_answers() {
        let wrap = |inner: &str| {
            format!(
                "<x:{ANSWER_ROOT} xmlns:x=\"{NS}\"><ergebnis>{inner}</ergebnis></x:{ANSWER_ROOT}>"
            )
        };
        for inner in [
            "",
            "<keinTreffer/><keinTreffer/>",
            "<person><hauptwohnung/></person>",
            "<person><identifikationsmerkmal>1</identifikationsmerkmal></person>",
            "<trefferliste><treffer/></trefferliste>",
            "<nichterstellung><grund><code></code></grund></nichterstellung>",
            "<nichterstellung><grund><code>1 OR 1=1</code></grund></nichterstellung>",
        ] {
            assert!(
                matches!(
                    parse_answer(wrap(inner).as_bytes()),
                    Err(WireError::Structure(_))
                ),
                "{inner}"
            );
        }
        let many = format!(
            "<trefferliste>{}</trefferliste>",
            "<treffer><identifikationsmerkmal>x</identifikationsmerkmal></treffer>"
                .repeat(xml::MAX_CANDIDATES + 1)
        );
        assert_eq!(
            parse_answer(wrap(&many).as_bytes()),
            Err(WireError::TooManyCandidates(xml::MAX_CANDIDATES))
        );
        assert!(matches!(
            parse_answer(b"<other/>"),
            Err(WireError::Structure(_))
        ));
    }
}
