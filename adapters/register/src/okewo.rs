//! OK.EWO (AKDB) dialect: the XMeld body in an OK.KOMM-style gateway envelope.
//!
//! AKDB's OK.KOMM interfaces are not public, and AKDB states that online services must not
//! query the register directly; the portal therefore asks through a gateway, from its back-office
//! queue. Our assumptions:
//! * `POST` to the configured gateway URL (the simulator serves [`crate::sim::OKEWO_PATH`]) with
//!   `Content-Type: application/xml; charset=utf-8`;
//! * request (namespace [`NS`]):
//!   ```text
//!   okkomm:Auftrag version="1.0"
//!     okkomm:AuftragsID   UUID (= nachrichtenUUID of the XMeld message)
//!     okkomm:Verfahren    "OK.EWO"
//!     okkomm:Dienst       "XMeld.datenabruf.personensuche"
//!     okkomm:Mandant      AGS of the municipality (8 digits) — selects the register
//!     okkomm:Nachricht    xmeld:datenabruf.personensuche.suchanfrage.1330
//!   ```
//! * answer, always HTTP 200 when the gateway itself works:
//!   ```text
//!   okkomm:Ergebnis version="1.0"
//!     okkomm:AuftragsID   echoed
//!     okkomm:Status       okkomm:Code, okkomm:Text
//!     okkomm:Nachricht    xmeld:datenabruf.personensuche.antwort.1331   (only with Code 0000)
//!   ```
//! * status codes: `0000` delivered; `1001` Mandant unknown; `1002` Mandant does not match the
//!   reader of the XMeld message; `2001` Auftrag invalid; `3001` register not reachable; `9999`
//!   gateway error. Everything but `0000` is [`WireError::Gateway`] (the status text is ignored).

use uuid::Uuid;

use crate::xmeld::{self, Answer, ReceivedRequest};
use crate::xml::{self, short, text_element, Element, WireError};
use crate::SearchRequest;

/// Namespace of the gateway envelope (our assumption).
pub const NS: &str = "urn:akdb:okkomm:gateway:1";
/// Content type of requests and answers.
pub const CONTENT_TYPE: &str = "application/xml; charset=utf-8";
/// `Verfahren` of the population register.
pub const VERFAHREN: &str = "OK.EWO";
/// `Dienst` for the XMeld search.
pub const DIENST: &str = "XMeld.datenabruf.personensuche";
/// Gateway status: delivered.
pub const STATUS_OK: &str = "0000";
/// Gateway status: Mandant unknown.
pub const STATUS_UNKNOWN_MANDANT: &str = "1001";
/// Gateway status: Mandant differs from the reader in the XMeld message.
pub const STATUS_MANDANT_MISMATCH: &str = "1002";
/// Gateway status: Auftrag invalid.
pub const STATUS_INVALID: &str = "2001";
/// Gateway status: register not reachable.
pub const STATUS_UNREACHABLE: &str = "3001";

/// An Auftrag as the gateway receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedAuftrag {
    pub id: String,
    pub verfahren: String,
    pub mandant: String,
    pub request: ReceivedRequest,
}

/// The gateway request for a search.
pub fn build_request(request: &SearchRequest, message_id: Uuid) -> Vec<u8> {
    xml::finish(xml::new_document().and_then(|mut w| {
        w.create_element("okkomm:Auftrag")
            .with_attributes([("xmlns:okkomm", NS), ("version", "1.0")])
            .write_inner_content(|w| {
                text_element(w, "okkomm:AuftragsID", &message_id.to_string())?;
                text_element(w, "okkomm:Verfahren", VERFAHREN)?;
                text_element(w, "okkomm:Dienst", DIENST)?;
                text_element(w, "okkomm:Mandant", &request.municipality_key)?;
                w.create_element("okkomm:Nachricht")
                    .write_inner_content(|w| xmeld::write_request(w, request, message_id))?;
                Ok(())
            })?;
        Ok(w)
    }))
}

/// The gateway answer (simulator side): `answer` is sent only with status [`STATUS_OK`].
pub fn build_response(
    auftrag_id: &str,
    status: &str,
    request: Option<&ReceivedRequest>,
    answer: &Answer,
) -> Vec<u8> {
    xml::finish(xml::new_document().and_then(|mut w| {
        w.create_element("okkomm:Ergebnis")
            .with_attributes([("xmlns:okkomm", NS), ("version", "1.0")])
            .write_inner_content(|w| {
                text_element(w, "okkomm:AuftragsID", auftrag_id)?;
                w.create_element("okkomm:Status").write_inner_content(|w| {
                    text_element(w, "okkomm:Code", status)?;
                    text_element(w, "okkomm:Text", status_text(status))
                })?;
                if let (STATUS_OK, Some(request)) = (status, request) {
                    w.create_element("okkomm:Nachricht")
                        .write_inner_content(|w| xmeld::write_answer(w, request, answer))?;
                }
                Ok(())
            })?;
        Ok(w)
    }))
}

/// Our text for a gateway status code.
pub fn status_text(code: &str) -> &'static str {
    match code {
        STATUS_OK => "zugestellt",
        STATUS_UNKNOWN_MANDANT => "Mandant unbekannt",
        STATUS_MANDANT_MISMATCH => "Mandant passt nicht zum Leser der Nachricht",
        STATUS_INVALID => "Auftrag ungültig",
        STATUS_UNREACHABLE => "Register nicht erreichbar",
        _ => "Fehler im Gateway",
    }
}

fn nachricht(root: &Element) -> Result<&Element, WireError> {
    root.child("Nachricht")
        .and_then(Element::first_child)
        .ok_or_else(|| WireError::Structure("missing or empty Nachricht".into()))
}

/// Parses a gateway answer: the XMeld answer, or [`WireError::Gateway`] with the status code.
pub fn parse_response(bytes: &[u8]) -> Result<Answer, WireError> {
    let root = xml::parse_document(bytes)?;
    if root.name != "Ergebnis" {
        return Err(WireError::Structure(format!(
            "expected Ergebnis, got {}",
            short(&root.name)
        )));
    }
    let code = root
        .text_at(&["Status", "Code"])
        .filter(|c| !c.is_empty())
        .ok_or_else(|| WireError::Structure("missing Status/Code".into()))?;
    if code != STATUS_OK {
        return Err(WireError::Gateway(short(code)));
    }
    xmeld::answer_from_element(nachricht(&root)?)
}

/// Parses a gateway request (simulator side).
pub fn parse_request(bytes: &[u8]) -> Result<ReceivedAuftrag, WireError> {
    let root = xml::parse_document(bytes)?;
    if root.name != "Auftrag" {
        return Err(WireError::Structure(format!(
            "expected Auftrag, got {}",
            short(&root.name)
        )));
    }
    Ok(ReceivedAuftrag {
        id: root.text_or_empty(&["AuftragsID"]),
        verfahren: root.text_or_empty(&["Verfahren"]),
        mandant: root.text_or_empty(&["Mandant"]),
        request: xmeld::request_from_element(nachricht(&root)?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Outcome;

    fn received() -> ReceivedRequest {
        ReceivedRequest {
            message_id: "id-1".into(),
            reader_ags: "05958001".into(),
            search: crate::xmeld::tests::sample_request(),
        }
    }

    #[test]
    fn request_round_trips() {
        let id = Uuid::new_v4();
        let request = crate::xmeld::tests::sample_request();
        let doc = build_request(&request, id);
        let text = String::from_utf8(doc.clone()).unwrap();
        assert!(text.contains("<okkomm:Mandant>05958001</okkomm:Mandant>"));
        let auftrag = parse_request(&doc).unwrap();
        assert_eq!(auftrag.id, id.to_string());
        assert_eq!(auftrag.verfahren, VERFAHREN);
        assert_eq!(auftrag.mandant, "05958001");
        assert_eq!(auftrag.request.message_id, id.to_string());
        assert_eq!(auftrag.request.search.family_name, "Beispiel");
    }

    #[test]
    fn gateway_status_other_than_ok_is_an_error() {
        let doc = build_response("id-1", STATUS_UNREACHABLE, None, &Answer::NoHit);
        assert_eq!(parse_response(&doc), Err(WireError::Gateway("3001".into())));
        let ok = build_response("id-1", STATUS_OK, Some(&received()), &Answer::NoHit);
        assert_eq!(parse_response(&ok), Ok(Answer::NoHit));
        let ok_without_message = build_response("id-1", STATUS_OK, None, &Answer::NoHit);
        assert!(matches!(
            parse_response(&ok_without_message),
            Err(WireError::Structure(_))
        ));
    }

    #[test]
    fn nichterstellung_becomes_unavailable() {
        let doc = build_response(
            "id-1",
            STATUS_OK,
            Some(&received()),
            &Answer::Refused { code: "14".into() },
        );
        let outcome = parse_response(&doc).unwrap().into_outcome();
        assert!(
            matches!(outcome, Outcome::Refused(reason) if reason.starts_with("Nichterstellung 14"))
        );
    }

    #[test]
    fn rejects_hostile_or_broken_answers() {
        let ok = build_response("id-1", STATUS_OK, Some(&received()), &Answer::NoHit);
        for cut in (0..ok.len()).step_by(5) {
            assert!(parse_response(&ok[..cut]).is_err());
        }
        let bomb = br#"<?xml version="1.0"?><!DOCTYPE e [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><okkomm:Ergebnis xmlns:okkomm="urn:akdb:okkomm:gateway:1"><okkomm:Status><okkomm:Code>&b;</okkomm:Code></okkomm:Status></okkomm:Ergebnis>"#;
        assert_eq!(parse_response(bomb), Err(WireError::Doctype));
        let utf16 = br#"<?xml version="1.0" encoding="UTF-16"?><Ergebnis/>"#;
        assert_eq!(
            parse_response(utf16),
            Err(WireError::Encoding("UTF-16".into()))
        );
    }
}
