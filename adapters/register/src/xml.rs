//! Defensive XML reading and small writing helpers shared by the wire formats.
//!
//! Answers from a register are untrusted input. `parse_document` turns a message into a small
//! element tree with quick-xml's [`Reader`] and refuses anything outside a plain, UTF-8 XML
//! document of bounded size:
//!
//! * at most [`MAX_MESSAGE_BYTES`] (1 MiB);
//! * UTF-8 only: the bytes must be valid UTF-8 and an XML declaration may only name `UTF-8`;
//! * no `<!DOCTYPE …>` (so no DTD, no entity declarations, no "billion laughs");
//! * no entity references except the five XML built-ins and character references;
//! * at most [`MAX_DEPTH`] levels of nesting and [`MAX_ELEMENTS`] elements.
//!
//! Elements are matched on their *local* names, so any namespace prefix (or none) is accepted;
//! unknown elements are kept in the tree and simply never looked at.

use std::borrow::Cow;
use std::io;

use quick_xml::encoding::Decoder;
use quick_xml::escape::{resolve_predefined_entity, EscapeError};
use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

/// Largest message accepted from (or by) a register: 1 MiB.
pub const MAX_MESSAGE_BYTES: usize = 1024 * 1024;
/// Deepest element nesting accepted.
pub const MAX_DEPTH: usize = 32;
/// Most elements accepted in one message.
pub const MAX_ELEMENTS: usize = 20_000;
/// Most entries accepted in one Trefferliste.
pub const MAX_CANDIDATES: usize = 100;

/// Why a message could not be used. The texts name only technical facts (sizes, element names,
/// codes), never the content of a message, so they are safe to log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    #[error("message larger than {0} bytes")]
    TooLarge(usize),
    #[error("DOCTYPE/DTD not allowed")]
    Doctype,
    #[error("entity reference &{0}; not allowed")]
    Entity(String),
    #[error("unsupported encoding {0} (only UTF-8 is accepted)")]
    Encoding(String),
    #[error("elements nested deeper than {0} levels")]
    TooDeep(usize),
    #[error("more than {0} elements")]
    TooManyElements(usize),
    #[error("malformed XML: {0}")]
    Malformed(String),
    #[error("unexpected message structure: {0}")]
    Structure(String),
    #[error("Trefferliste with more than {0} entries")]
    TooManyCandidates(usize),
    #[error("SOAP fault {0}")]
    SoapFault(String),
    #[error("OK.KOMM gateway status {0}")]
    Gateway(String),
}

/// One element of a parsed message: local name, attributes (local names), text and children.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    /// All character data directly inside this element, concatenated (not trimmed).
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    /// The first child with this local name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// All children with this local name.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// Follows a path of local names through first matches.
    pub fn path(&self, names: &[&str]) -> Option<&Element> {
        names.iter().try_fold(self, |e, name| e.child(name))
    }

    /// The trimmed text of the element at `names`, if that element exists.
    pub fn text_at(&self, names: &[&str]) -> Option<&str> {
        self.path(names).map(|e| e.text.trim())
    }

    /// The trimmed text at `names`, or an empty string.
    pub fn text_or_empty(&self, names: &[&str]) -> String {
        self.text_at(names).unwrap_or_default().to_owned()
    }

    /// The first child element (whatever its name).
    pub fn first_child(&self) -> Option<&Element> {
        self.children.first()
    }
}

/// Shortens an untrusted name for an error message.
pub(crate) fn short(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(MAX).collect();
        out.push('…');
        out
    }
}

/// Parses a whole message into its root element, enforcing the limits described in the module
/// documentation.
pub(crate) fn parse_document(bytes: &[u8]) -> Result<Element, WireError> {
    if bytes.len() > MAX_MESSAGE_BYTES {
        return Err(WireError::TooLarge(MAX_MESSAGE_BYTES));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|_| WireError::Encoding("(bytes are not valid UTF-8)".into()))?;

    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    reader.config_mut().check_comments = true;

    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let mut elements = 0usize;

    loop {
        let position = reader.buffer_position();
        let event = reader.read_event().map_err(|e| {
            WireError::Malformed(format!("at byte {position}: {}", short(&e.to_string())))
        })?;
        match event {
            Event::Decl(decl) => {
                if let Some(encoding) = decl.encoding() {
                    let encoding =
                        encoding.map_err(|_| WireError::Malformed("bad XML declaration".into()))?;
                    let encoding = String::from_utf8_lossy(&encoding).into_owned();
                    if !encoding.eq_ignore_ascii_case("utf-8") {
                        return Err(WireError::Encoding(short(&encoding)));
                    }
                }
            }
            Event::DocType(_) => return Err(WireError::Doctype),
            Event::Start(start) => {
                let element = open_element(&start, &stack, &root, &mut elements, reader.decoder())?;
                stack.push(element);
            }
            Event::Empty(start) => {
                let element = open_element(&start, &stack, &root, &mut elements, reader.decoder())?;
                attach(&mut stack, &mut root, element);
            }
            Event::End(_) => {
                // quick-xml checks that the end tag matches the open one.
                let element = stack
                    .pop()
                    .ok_or_else(|| WireError::Malformed("end tag without start tag".into()))?;
                attach(&mut stack, &mut root, element);
            }
            Event::Text(t) => {
                let content = t
                    .xml10_content()
                    .map_err(|_| WireError::Encoding("(text is not valid UTF-8)".into()))?;
                push_text(&mut stack, &content)?;
            }
            Event::CData(c) => {
                let content = c
                    .decode()
                    .map_err(|_| WireError::Encoding("(CDATA is not valid UTF-8)".into()))?;
                push_text(&mut stack, &content)?;
            }
            Event::GeneralRef(r) => {
                let name = String::from_utf8_lossy(&r).into_owned();
                let resolved: Cow<'_, str> = match r.resolve_char_ref() {
                    Ok(Some(c)) => Cow::Owned(c.to_string()),
                    Ok(None) => match resolve_predefined_entity(&name) {
                        Some(s) => Cow::Borrowed(s),
                        None => return Err(WireError::Entity(short(&name))),
                    },
                    Err(_) => {
                        return Err(WireError::Malformed("invalid character reference".into()))
                    }
                };
                push_text(&mut stack, &resolved)?;
            }
            Event::Comment(_) | Event::PI(_) => {}
            Event::Eof => break,
        }
    }

    if !stack.is_empty() {
        return Err(WireError::Malformed(
            "unexpected end of document (truncated?)".into(),
        ));
    }
    root.ok_or_else(|| WireError::Malformed("no root element".into()))
}

/// Checks the limits for a new element and builds it (name and attributes, both by local name)
/// from its start tag.
fn open_element(
    start: &BytesStart<'_>,
    stack: &[Element],
    root: &Option<Element>,
    elements: &mut usize,
    decoder: Decoder,
) -> Result<Element, WireError> {
    if root.is_some() {
        return Err(WireError::Malformed("more than one root element".into()));
    }
    *elements += 1;
    if *elements > MAX_ELEMENTS {
        return Err(WireError::TooManyElements(MAX_ELEMENTS));
    }
    if stack.len() >= MAX_DEPTH {
        return Err(WireError::TooDeep(MAX_DEPTH));
    }
    let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|e| WireError::Malformed(short(&e.to_string())))?;
        // Namespace declarations are not data.
        let raw_key = attribute.key.as_ref();
        if raw_key == b"xmlns" || raw_key.starts_with(b"xmlns:") {
            continue;
        }
        let key = String::from_utf8_lossy(attribute.key.local_name().as_ref()).into_owned();
        // Unescapes only the five predefined entities and character references.
        let value = attribute
            .decode_and_unescape_value(decoder)
            .map_err(|e| match e {
                quick_xml::Error::Escape(EscapeError::UnrecognizedEntity(_, name)) => {
                    WireError::Entity(short(&name))
                }
                other => WireError::Malformed(short(&other.to_string())),
            })?;
        attributes.push((key, value.into_owned()));
    }
    Ok(Element {
        name,
        attributes,
        ..Element::default()
    })
}

/// Adds a finished element to its parent, or makes it the root.
fn attach(stack: &mut [Element], root: &mut Option<Element>, element: Element) {
    match stack.last_mut() {
        Some(parent) => parent.children.push(element),
        None => *root = Some(element),
    }
}

/// Appends character data to the open element; outside the root only whitespace is allowed.
fn push_text(stack: &mut [Element], text: &str) -> Result<(), WireError> {
    match stack.last_mut() {
        Some(open) => {
            open.text.push_str(text);
            Ok(())
        }
        None if text.trim().is_empty() => Ok(()),
        None => Err(WireError::Malformed("text outside the root element".into())),
    }
}

/// Makes a value safe to put into XML text: characters XML 1.0 does not allow are dropped, tabs
/// and line breaks become spaces, and the result is trimmed. (The escaping of `<`, `&` … is done
/// by quick-xml's writer.)
pub fn clean_text(value: &str) -> String {
    value
        .chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => None,
            c => Some(c),
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The XML writer used for all outgoing messages.
pub(crate) type XmlWriter = Writer<Vec<u8>>;

/// A new writer with the XML declaration already written.
pub(crate) fn new_document() -> io::Result<XmlWriter> {
    let mut writer = Writer::new(Vec::with_capacity(4096));
    writer.write_event(Event::Decl(quick_xml::events::BytesDecl::new(
        "1.0",
        Some("UTF-8"),
        None,
    )))?;
    Ok(writer)
}

/// Writes `<name>text</name>` with the text cleaned and escaped.
pub(crate) fn text_element(w: &mut XmlWriter, name: &str, text: &str) -> io::Result<()> {
    let text = clean_text(text);
    w.create_element(name)
        .write_text_content(BytesText::new(&text))?;
    Ok(())
}

/// Writes `<name><code>code</code></name>` (an XÖV code element).
pub(crate) fn code_element(w: &mut XmlWriter, name: &str, code: &str) -> io::Result<()> {
    w.create_element(name)
        .write_inner_content(|w| text_element(w, "code", code))?;
    Ok(())
}

/// Finishes a document built in memory. Writing to a `Vec` cannot fail, so an I/O error here
/// is a bug.
pub(crate) fn finish(result: io::Result<XmlWriter>) -> Vec<u8> {
    result
        .expect("writing XML into a Vec<u8> cannot fail")
        .into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_prefixed_and_unprefixed_names() {
        let doc = br#"<?xml version="1.0" encoding="utf-8"?>
            <a:root xmlns:a="urn:a" xmlns="urn:d"><child x:attr="1" xmlns:x="urn:x">A &amp; B &#x41;<![CDATA[<c>]]></child><b:other xmlns:b="urn:b"/></a:root>"#;
        let root = parse_document(doc).unwrap();
        assert_eq!(root.name, "root");
        let child = root.child("child").unwrap();
        assert_eq!(child.text, "A & B A<c>");
        assert_eq!(child.attributes, vec![("attr".to_owned(), "1".to_owned())]);
        assert!(root.child("other").is_some());
    }

    #[test]
    fn rejects_too_large_documents() {
        let mut doc = b"<a>".to_vec();
        doc.resize(MAX_MESSAGE_BYTES + 1, b'x');
        assert_eq!(
            parse_document(&doc),
            Err(WireError::TooLarge(MAX_MESSAGE_BYTES))
        );
    }

    #[test]
    fn rejects_doctype_and_entity_bombs() {
        let bomb = br#"<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol3;</lolz>"#;
        assert_eq!(parse_document(bomb), Err(WireError::Doctype));
        let external = br#"<!DOCTYPE a SYSTEM "file:///etc/passwd"><a>&xxe;</a>"#;
        assert_eq!(parse_document(external), Err(WireError::Doctype));
    }

    #[test]
    fn rejects_undeclared_entities_in_text_and_attributes() {
        assert_eq!(
            parse_document(b"<a>&lol;</a>"),
            Err(WireError::Entity("lol".into()))
        );
        assert_eq!(
            parse_document(b"<a b=\"&lol;\"/>"),
            Err(WireError::Entity("lol".into()))
        );
    }

    #[test]
    fn rejects_other_encodings() {
        let latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xE4</a>";
        assert!(matches!(
            parse_document(latin1),
            Err(WireError::Encoding(_))
        ));
        let declared = b"<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>";
        assert_eq!(
            parse_document(declared),
            Err(WireError::Encoding("UTF-16".into()))
        );
        let utf16 = b"\xFF\xFE<\x00a\x00/\x00>\x00";
        assert!(matches!(parse_document(utf16), Err(WireError::Encoding(_))));
        // A UTF-8 byte order mark is fine.
        assert!(parse_document(b"\xEF\xBB\xBF<a/>").is_ok());
    }

    #[test]
    fn rejects_truncated_and_broken_documents() {
        for doc in [
            &b"<a><b>text</b>"[..],
            b"<a><b>text</b",
            b"",
            b"   ",
            b"<a></b>",
            b"<a/><b/>",
            b"text<a/>",
        ] {
            assert!(
                matches!(parse_document(doc), Err(WireError::Malformed(_))),
                "{:?}",
                String::from_utf8_lossy(doc)
            );
        }
    }

    #[test]
    fn limits_depth_and_element_count() {
        let deep = format!(
            "{}{}",
            "<a>".repeat(MAX_DEPTH + 1),
            "</a>".repeat(MAX_DEPTH + 1)
        );
        assert_eq!(
            parse_document(deep.as_bytes()),
            Err(WireError::TooDeep(MAX_DEPTH))
        );
        let ok = format!("{}{}", "<a>".repeat(MAX_DEPTH), "</a>".repeat(MAX_DEPTH));
        assert!(parse_document(ok.as_bytes()).is_ok());
        let wide = format!("<a>{}</a>", "<b/>".repeat(MAX_ELEMENTS));
        assert_eq!(
            parse_document(wide.as_bytes()),
            Err(WireError::TooManyElements(MAX_ELEMENTS))
        );
    }

    #[test]
    fn clean_text_drops_what_xml_cannot_carry() {
        assert_eq!(clean_text(" a\u{0}b\tc\r\nd\u{FFFF} "), "ab c  d");
        assert_eq!(clean_text("<&\"'ä"), "<&\"'ä");
    }
}
