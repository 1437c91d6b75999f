//! Property tests: the parsers never panic on hostile input, and what we write we read back.
//!
//! Every property runs [`CASES`] cases (see the register section of `adapters/README.md`).

use chrono::NaiveDate;
use kitaplatz_register::xmeld::{self, Answer, ReceivedRequest};
use kitaplatz_register::xml::clean_text;
use kitaplatz_register::{
    meso, okewo, Address, Candidate, Guardian, Person, RequestMeta, SearchRequest, WireError,
};
use proptest::prelude::*;
use uuid::Uuid;

/// Cases per property.
const CASES: u32 = 2_000;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        ..ProptestConfig::default()
    }
}

/// Runs every parser of both dialects; the result does not matter, only that it returns.
fn parse_everything(bytes: &[u8]) {
    let _ = meso::parse_response(bytes);
    let _ = okewo::parse_response(bytes);
    let _ = xmeld::parse_answer(bytes);
    let _ = meso::parse_request(bytes);
    let _ = okewo::parse_request(bytes);
    let _ = xmeld::parse_request(bytes);
}

/// Text that looks a bit like XML, so the parsers get past the first byte.
fn xml_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "<[a-zA-Z:.]{1,12}( [a-z:]{1,8}=\"[^\"<&]{0,6}\")?/?>",
        "</[a-zA-Z:.]{1,12}>",
        "&([a-z]{1,5}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});",
        "<!\\[CDATA\\[[^\\]]{0,8}\\]\\]>",
        "<\\?xml version=\"1.0\"( encoding=\"[A-Za-z0-9-]{1,10}\")?\\?>",
        "<!DOCTYPE [a-z]{1,5}>",
        "[^<&]{0,8}",
        Just("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>".to_owned()),
        Just("<okkomm:Ergebnis xmlns:okkomm=\"urn:akdb:okkomm:gateway:1\"><okkomm:Status><okkomm:Code>0000</okkomm:Code></okkomm:Status><okkomm:Nachricht>".to_owned()),
        Just("<xmeld:datenabruf.personensuche.antwort.1331 xmlns:xmeld=\"http://www.osci.de/xmeld2511a\"><xmeld:ergebnis>".to_owned()),
        Just("<trefferliste><treffer><identifikationsmerkmal>X</identifikationsmerkmal>".to_owned()),
        Just("<person><identifikationsmerkmal>X</identifikationsmerkmal><hauptwohnung>".to_owned()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// Names with XML specials, umlauts, other scripts, emoji — and sometimes anything at all.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-ZäöüÄÖÜßéçğış<>&\"' .\\-\u{4e00}-\u{4e20}\u{0600}-\u{0620}\u{1F600}-\u{1F610}]{0,24}",
        1 => any::<String>(),
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..40_000).prop_map(|days| {
        NaiveDate::from_ymd_opt(1950, 1, 1).expect("valid") + chrono::Duration::days(days)
    })
}

fn address() -> impl Strategy<Value = Address> {
    (name(), name(), "[0-9]{5}", name()).prop_map(|(street, house_number, postal_code, city)| {
        Address {
            street,
            house_number,
            postal_code,
            city,
        }
    })
}

fn search_request() -> impl Strategy<Value = SearchRequest> {
    (
        name(),
        name(),
        date(),
        prop::option::of(address()),
        "[0-9]{8}",
        (name(), name(), name(), name()),
    )
        .prop_map(
            |(
                family_name,
                first_names,
                birth_date,
                address,
                municipality_key,
                (authority, file_reference, reason, procedure),
            )| {
                SearchRequest {
                    family_name,
                    first_names,
                    birth_date,
                    address,
                    municipality_key,
                    meta: RequestMeta {
                        authority,
                        file_reference,
                        reason,
                        procedure,
                    },
                }
            },
        )
}

/// What the receiving side reads back: cleaned text, no town in the search address.
fn as_received(request: &SearchRequest) -> SearchRequest {
    SearchRequest {
        family_name: clean_text(&request.family_name),
        first_names: clean_text(&request.first_names),
        birth_date: request.birth_date,
        address: request.address.as_ref().map(|a| Address {
            street: clean_text(&a.street),
            house_number: clean_text(&a.house_number),
            postal_code: clean_text(&a.postal_code),
            city: String::new(),
        }),
        municipality_key: request.municipality_key.clone(),
        meta: RequestMeta {
            authority: clean_text(&request.meta.authority),
            file_reference: clean_text(&request.meta.file_reference),
            reason: clean_text(&request.meta.reason),
            procedure: clean_text(&request.meta.procedure),
        },
    }
}

fn register_id() -> impl Strategy<Value = String> {
    "[A-Z]{2}-[0-9]{6}"
}

fn answer() -> impl Strategy<Value = Answer> {
    let guardian = (name(), name()).prop_map(|(family_name, first_names)| Guardian {
        family_name: clean_text(&family_name),
        first_names: clean_text(&first_names),
    });
    let clean_address = || {
        address().prop_map(|a| Address {
            street: clean_text(&a.street),
            house_number: clean_text(&a.house_number),
            postal_code: a.postal_code,
            city: clean_text(&a.city),
        })
    };
    let person = (
        register_id(),
        clean_address(),
        prop::collection::vec(guardian, 0..3),
    )
        .prop_map(|(register_id, address, guardians)| {
            Answer::Found(Person {
                register_id,
                address,
                guardians,
            })
        });
    let candidate = (
        register_id(),
        name(),
        name(),
        prop::option::of(date()),
        prop::option::of(clean_address()),
        prop::option::of("[a-zäöü ]{1,30}"),
    )
        .prop_map(
            |(register_id, family, first, birth_date, address, hint)| Candidate {
                register_id,
                family_name: clean_text(&family),
                first_names: clean_text(&first),
                birth_date,
                address,
                hint: hint.map(|h| h.trim().to_owned()).filter(|h| !h.is_empty()),
            },
        );
    prop_oneof![
        person,
        prop::collection::vec(candidate, 0..6).prop_map(Answer::Candidates),
        Just(Answer::NoHit),
        "[0-9]{2}".prop_map(|code| Answer::Refused { code }),
    ]
}

fn received(search: SearchRequest) -> ReceivedRequest {
    ReceivedRequest {
        message_id: Uuid::new_v4().to_string(),
        reader_ags: search.municipality_key.clone(),
        search,
    }
}

/// Both dialects' answers for the same content.
fn answer_documents(request: &ReceivedRequest, answer: &Answer) -> [Vec<u8>; 2] {
    [
        meso::build_response(request, answer),
        okewo::build_response("auftrag-1", okewo::STATUS_OK, Some(request), answer),
    ]
}

/// A change to a valid document.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (
            any::<usize>(),
            prop_oneof![
                prop::collection::vec(any::<u8>(), 1..8),
                prop::sample::select(vec![
                    b"<".to_vec(),
                    b"</a>".to_vec(),
                    b"&lol;".to_vec(),
                    b"<!DOCTYPE x>".to_vec(),
                    b"<![CDATA[".to_vec(),
                    b"\xFF\xFE".to_vec(),
                    b"<treffer/>".to_vec(),
                ]),
            ]
        )
            .prop_map(|(i, bytes)| Mutation::Insert(i, bytes)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
    ]
}

fn apply(document: &mut Vec<u8>, mutation: &Mutation) {
    let len = document.len().max(1);
    match mutation {
        Mutation::Truncate(i) => document.truncate(i % len),
        Mutation::Flip(i, b) => {
            if let Some(byte) = document.get_mut(i % len) {
                *byte ^= b | 1;
            }
        }
        Mutation::Insert(i, bytes) => {
            let at = (i % len).min(document.len());
            document.splice(at..at, bytes.iter().copied());
        }
        Mutation::Delete(i, n) => {
            let at = (i % len).min(document.len());
            let end = (at + n).min(document.len());
            document.drain(at..end);
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn parsers_never_panic_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        parse_everything(&bytes);
    }

    #[test]
    fn parsers_never_panic_on_arbitrary_strings(text in any::<String>()) {
        parse_everything(text.as_bytes());
    }

    #[test]
    fn parsers_never_panic_on_xml_like_strings(text in xml_soup()) {
        parse_everything(text.as_bytes());
    }

    #[test]
    fn parsers_never_panic_on_mutated_answers(
        search in search_request(),
        answer in answer(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        for mut document in answer_documents(&received(search.clone()), &answer) {
            for m in &mutations {
                apply(&mut document, m);
            }
            parse_everything(&document);
        }
    }

    #[test]
    fn truncated_answers_are_never_taken_for_valid(search in search_request(), answer in answer(), cut in any::<usize>()) {
        let request = received(search);
        let [meso_doc, okewo_doc] = answer_documents(&request, &answer);
        let meso_cut = cut % meso_doc.len();
        prop_assert!(meso::parse_response(&meso_doc[..meso_cut]).is_err());
        let okewo_cut = cut % okewo_doc.len();
        prop_assert!(okewo::parse_response(&okewo_doc[..okewo_cut]).is_err());
    }

    #[test]
    fn answers_round_trip(search in search_request(), answer in answer()) {
        let request = received(search);
        let [meso_doc, okewo_doc] = answer_documents(&request, &answer);
        prop_assert_eq!(meso::parse_response(&meso_doc), Ok(answer.clone()));
        prop_assert_eq!(okewo::parse_response(&okewo_doc), Ok(answer));
    }

    #[test]
    fn requests_round_trip_through_the_simulator_parser(request in search_request()) {
        let id = Uuid::new_v4();
        let expected = as_received(&request);

        let received = meso::parse_request(&meso::build_request(&request, id));
        prop_assert!(received.is_ok(), "{:?}", received);
        let received = received.expect("checked");
        prop_assert_eq!(&received.search, &expected);
        prop_assert_eq!(received.message_id, id.to_string());
        prop_assert_eq!(&received.reader_ags, &request.municipality_key);

        let auftrag = okewo::parse_request(&okewo::build_request(&request, id));
        prop_assert!(auftrag.is_ok(), "{:?}", auftrag);
        let auftrag = auftrag.expect("checked");
        prop_assert_eq!(&auftrag.mandant, &request.municipality_key);
        prop_assert_eq!(&auftrag.request.search, &expected);
    }
}

#[test]
fn an_oversized_answer_is_refused_before_parsing() {
    let mut document = meso::build_response(
        &received(SearchRequest {
            family_name: "A".into(),
            first_names: "B".into(),
            birth_date: NaiveDate::from_ymd_opt(2023, 1, 1).expect("valid"),
            address: None,
            municipality_key: "05958001".into(),
            meta: RequestMeta {
                authority: String::new(),
                file_reference: String::new(),
                reason: String::new(),
                procedure: String::new(),
            },
        }),
        &Answer::NoHit,
    );
    document.resize(kitaplatz_register::MAX_MESSAGE_BYTES + 1, b' ');
    assert_eq!(
        meso::parse_response(&document),
        Err(WireError::TooLarge(kitaplatz_register::MAX_MESSAGE_BYTES))
    );
}
