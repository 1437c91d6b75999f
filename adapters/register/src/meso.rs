//! MESO (HSH) dialect: the XMeld body in a SOAP 1.1 envelope, as the MESOWebService takes it.
//!
//! HSH's WSDL is not public; these are our assumptions:
//! * `POST` to the configured endpoint URL (the simulator serves [`crate::sim::MESO_PATH`]);
//! * `Content-Type: text/xml; charset=utf-8` and `SOAPAction: "urn:MESOWebService#personensuche"`;
//! * request: `soap:Envelope/soap:Body/xmeld:datenabruf.personensuche.suchanfrage.1330`;
//! * answer: `soap:Envelope/soap:Body/xmeld:datenabruf.personensuche.antwort.1331` with HTTP 200,
//!   or a SOAP 1.1 `soap:Fault` (`faultcode`, `faultstring`) with HTTP 500.
//!
//! Only the `faultcode` of a fault is reported; the `faultstring` is free text of the register
//! and might contain personal data, so it is never logged.

use uuid::Uuid;

use crate::xmeld::{self, Answer, ReceivedRequest};
use crate::xml::{self, short, text_element, Element, WireError, XmlWriter};
use crate::SearchRequest;

/// SOAP 1.1 envelope namespace.
pub const SOAP_NS: &str = "http://schemas.xmlsoap.org/soap/envelope/";
/// Value of the `SOAPAction` header (quotes included, as SOAP 1.1 wants them).
pub const SOAP_ACTION: &str = "\"urn:MESOWebService#personensuche\"";
/// Content type of requests and answers.
pub const CONTENT_TYPE: &str = "text/xml; charset=utf-8";

fn envelope(body: impl FnOnce(&mut XmlWriter) -> std::io::Result<()>) -> Vec<u8> {
    xml::finish(xml::new_document().and_then(|mut w| {
        w.create_element("soap:Envelope")
            .with_attribute(("xmlns:soap", SOAP_NS))
            .write_inner_content(|w| {
                w.create_element("soap:Header").write_empty()?;
                w.create_element("soap:Body").write_inner_content(body)?;
                Ok(())
            })?;
        Ok(w)
    }))
}

/// The SOAP request for a search.
pub fn build_request(request: &SearchRequest, message_id: Uuid) -> Vec<u8> {
    envelope(|w| xmeld::write_request(w, request, message_id))
}

/// The SOAP answer (simulator side).
pub fn build_response(request: &ReceivedRequest, answer: &Answer) -> Vec<u8> {
    envelope(|w| xmeld::write_answer(w, request, answer))
}

/// A SOAP 1.1 fault (simulator side), e.g. `build_fault("soap:Client", "invalid request")`.
pub fn build_fault(code: &str, text: &str) -> Vec<u8> {
    envelope(|w| {
        w.create_element("soap:Fault").write_inner_content(|w| {
            text_element(w, "faultcode", code)?;
            text_element(w, "faultstring", text)
        })?;
        Ok(())
    })
}

/// The first element in `soap:Envelope/soap:Body`.
fn body_content(root: &Element) -> Result<&Element, WireError> {
    if root.name != "Envelope" {
        return Err(WireError::Structure(format!(
            "expected a SOAP Envelope, got {}",
            short(&root.name)
        )));
    }
    root.child("Body")
        .and_then(Element::first_child)
        .ok_or_else(|| WireError::Structure("empty or missing SOAP Body".into()))
}

/// Parses a SOAP answer: the XMeld answer, or [`WireError::SoapFault`] with the fault code.
pub fn parse_response(bytes: &[u8]) -> Result<Answer, WireError> {
    let root = xml::parse_document(bytes)?;
    let content = body_content(&root)?;
    if content.name == "Fault" {
        let code = content.text_at(&["faultcode"]).unwrap_or_default();
        return Err(WireError::SoapFault(if code.is_empty() {
            "(no faultcode)".into()
        } else {
            short(code)
        }));
    }
    xmeld::answer_from_element(content)
}

/// Parses a SOAP request (simulator side).
pub fn parse_request(bytes: &[u8]) -> Result<ReceivedRequest, WireError> {
    let root = xml::parse_document(bytes)?;
    xmeld::request_from_element(body_content(&root)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Outcome;

    #[test]
    fn request_is_a_soap_envelope() {
        let request = crate::xmeld::tests::sample_request();
        let doc = build_request(&request, Uuid::new_v4());
        let text = String::from_utf8(doc.clone()).unwrap();
        assert!(text
            .contains("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"));
        assert!(text.contains("<soap:Body><xmeld:datenabruf.personensuche.suchanfrage.1330"));
        assert_eq!(parse_request(&doc).unwrap().search.family_name, "Beispiel");
    }

    #[test]
    fn soap_fault_is_reported_by_code() {
        let doc = build_fault("soap:Server", "Fehler bei Max Mustermann");
        let error = parse_response(&doc).unwrap_err();
        assert_eq!(error, WireError::SoapFault("soap:Server".into()));
        assert!(!error.to_string().contains("Mustermann"));
        // Any prefix for the envelope.
        let other = br#"<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><S:Fault><faultcode>S:Client</faultcode></S:Fault></S:Body></S:Envelope>"#;
        assert_eq!(
            parse_response(other),
            Err(WireError::SoapFault("S:Client".into()))
        );
    }

    #[test]
    fn nichterstellung_becomes_unavailable() {
        let received = ReceivedRequest {
            message_id: "x".into(),
            reader_ags: "05958001".into(),
            search: crate::xmeld::tests::sample_request(),
        };
        let doc = build_response(&received, &Answer::Refused { code: "12".into() });
        let outcome = parse_response(&doc).unwrap().into_outcome();
        assert!(
            matches!(outcome, Outcome::Refused(reason) if reason.starts_with("Nichterstellung 12"))
        );
    }

    #[test]
    fn rejects_hostile_or_broken_envelopes() {
        let answer = build_response(
            &ReceivedRequest {
                message_id: "x".into(),
                reader_ags: "05958001".into(),
                search: crate::xmeld::tests::sample_request(),
            },
            &Answer::NoHit,
        );
        assert_eq!(parse_response(&answer), Ok(Answer::NoHit));
        // Truncated anywhere inside: an error, never a panic or a wrong answer.
        for cut in (0..answer.len()).step_by(7) {
            assert!(parse_response(&answer[..cut]).is_err());
        }
        let declaration_end = answer.windows(2).position(|w| w == b"?>").unwrap() + 2;
        let doctype = [
            b"<!DOCTYPE x [<!ENTITY a \"b\">]>".as_slice(),
            &answer[declaration_end..],
        ]
        .concat();
        assert_eq!(parse_response(&doctype), Err(WireError::Doctype));
        let latin1 = String::from_utf8(answer.clone())
            .unwrap()
            .replace("UTF-8", "ISO-8859-1");
        assert_eq!(
            parse_response(latin1.as_bytes()),
            Err(WireError::Encoding("ISO-8859-1".into()))
        );
        assert!(matches!(
            parse_response(b"<soap:Envelope xmlns:soap=\"x\"><soap:Body/></soap:Envelope>"),
            Err(WireError::Structure(_))
        ));
        assert!(matches!(
            parse_response(b"<html><body>Gateway Timeout</body></html>"),
            Err(WireError::Structure(_))
        ));
    }
}
