//! Renders letters and reads the PDFs back with lopdf (the reader printpdf itself is built on,
//! through its re-export, so no second PDF library has to be compiled): text through the fonts'
//! ToUnicode maps, positions and glyph widths as a viewer sees them.

use std::collections::HashMap;

use kitaplatz_letters::{render, Letter};
use printpdf::lopdf::{content::Content, Dictionary, Document, Object, ObjectId};

const MM_PER_PT: f32 = 25.4 / 72.0;

fn sample() -> Letter {
    Letter {
        sender: vec![
            "Gemeinde Musterstadt".into(),
            "Jugendamt – Kindertagesbetreuung".into(),
            "Marktplatz 1, 12345 Musterstadt".into(),
        ],
        recipient: vec![
            "Familie Yılmaz-Wąsowska".into(),
            "Lindenweg 3".into(),
            "12345 Musterstadt".into(),
        ],
        place_date: "Musterstadt, 23.11.2026".into(),
        subject: "Zusage für Ihren Kita-Platz in Kita Sonnenschein — Größe".into(),
        body: "Sehr geehrte Frau Yılmaz-Wąsowska, sehr geehrter Herr François Çelik,\n\n\
               wir freuen uns, Ihnen für Ihr Kind Şükrü Ğ. Łukasz einen Platz ab dem \
               01.08.2027 zusagen zu können.\nBitte bestätigen Sie die Zusage bis zum 15.12.2026.\n\n\
               Mit freundlichen Grüßen\n\n\nIhr Jugendamt"
            .into(),
        footer: Some(
            "Gemeinde Musterstadt · IBAN DE02 1203 0000 0000 2020 51 · Sprechzeiten Mo–Fr 8–12 Uhr"
                .into(),
        ),
    }
}

/// One text operation: what it says and where (mm from the left and from the top).
#[derive(Debug)]
struct Run {
    text: String,
    x: f32,
    y: f32,
    right: f32,
    size: f32,
}

/// A font of the document: ToUnicode map and glyph widths (1/1000 em), both by glyph id.
struct Font {
    unicode: HashMap<u16, char>,
    widths: HashMap<u16, f32>,
    default_width: f32,
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object).expect("reference resolves").1
}

fn stream_bytes(doc: &Document, object: &Object) -> Vec<u8> {
    let stream = deref(doc, object).as_stream().expect("a stream");
    stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone())
}

fn hex(token: &str) -> u32 {
    u32::from_str_radix(token.trim_matches(|c| c == '<' || c == '>'), 16).expect("hex")
}

fn read_font(doc: &Document, font: &Dictionary) -> Font {
    let cmap = stream_bytes(doc, font.get(b"ToUnicode").expect("ToUnicode"));
    let cmap = String::from_utf8_lossy(&cmap);
    let mut unicode = HashMap::new();
    let mut in_block = false;
    for line in cmap.lines().map(str::trim) {
        if line.ends_with("beginbfchar") {
            in_block = true;
        } else if line == "endbfchar" {
            in_block = false;
        } else if in_block {
            let mut parts = line.split_whitespace();
            let (Some(gid), Some(code)) = (parts.next(), parts.next()) else {
                continue;
            };
            let c = char::from_u32(hex(code)).expect("a character");
            unicode.insert(hex(gid) as u16, c);
        }
    }

    let descendant = deref(doc, font.get(b"DescendantFonts").expect("CID font"))
        .as_array()
        .expect("array")[0]
        .clone();
    let descendant = deref(doc, &descendant).as_dict().expect("dictionary");
    let default_width = descendant
        .get(b"DW")
        .and_then(Object::as_i64)
        .unwrap_or(1000) as f32;
    let mut widths = HashMap::new();
    let w = deref(doc, descendant.get(b"W").expect("W"))
        .as_array()
        .expect("array");
    for pair in w.chunks(2) {
        let first = pair[0].as_i64().expect("first glyph id");
        for (i, width) in pair[1].as_array().expect("widths").iter().enumerate() {
            let width = width.as_f32().or_else(|_| width.as_i64().map(|w| w as f32));
            widths.insert((first + i as i64) as u16, width.expect("width"));
        }
    }
    assert!(
        deref(doc, descendant.get(b"FontDescriptor").expect("descriptor"))
            .as_dict()
            .expect("dictionary")
            .has(b"FontFile2"),
        "the font is embedded"
    );
    Font {
        unicode,
        widths,
        default_width,
    }
}

fn number(object: &Object) -> f32 {
    object
        .as_f32()
        .or_else(|_| object.as_i64().map(|i| i as f32))
        .expect("a number")
}

/// The text runs of every page, in the order they are drawn.
fn read(pdf: &[u8]) -> Vec<Vec<Run>> {
    let doc = Document::load_mem(pdf).expect("lopdf reads the PDF");
    let mut pages = Vec::new();
    for (_, page_id) in doc.get_pages() {
        // lopdf 0.31's get_page_fonts does not follow an indirect /Font dictionary: walk it here.
        let page = doc.get_dictionary(page_id).expect("page");
        let resources = deref(&doc, page.get(b"Resources").expect("resources"));
        let fonts: HashMap<Vec<u8>, Font> = match resources.as_dict().expect("dict").get(b"Font") {
            Ok(fonts) => deref(&doc, fonts)
                .as_dict()
                .expect("font dictionary")
                .iter()
                .map(|(name, font)| {
                    let font = deref(&doc, font).as_dict().expect("font");
                    (name.clone(), read_font(&doc, font))
                })
                .collect(),
            Err(_) => HashMap::new(),
        };
        pages.push(runs(&doc, page_id, &fonts));
    }
    pages
}

fn runs(doc: &Document, page_id: ObjectId, fonts: &HashMap<Vec<u8>, Font>) -> Vec<Run> {
    let page_height = 297.0;
    let content =
        Content::decode(&doc.get_page_content(page_id).expect("content")).expect("content decodes");
    let mut runs = Vec::new();
    let (mut font, mut size, mut x, mut y) = (None, 0.0, 0.0, 0.0);
    for op in &content.operations {
        match op.operator.as_str() {
            "Tf" => {
                font = Some(
                    fonts
                        .get(op.operands[0].as_name().expect("name"))
                        .expect("font"),
                );
                size = number(&op.operands[1]);
            }
            "Td" => {
                x = number(&op.operands[0]) * MM_PER_PT;
                y = page_height - number(&op.operands[1]) * MM_PER_PT;
            }
            "Tj" => {
                let font = font.expect("a font is set before text");
                let bytes = op.operands[0].as_str().expect("string");
                let mut text = String::new();
                let mut width = 0.0;
                for gid in bytes.chunks(2).map(|b| u16::from_be_bytes([b[0], b[1]])) {
                    text.push(*font.unicode.get(&gid).unwrap_or(&'\u{FFFD}'));
                    width += font.widths.get(&gid).copied().unwrap_or(font.default_width);
                }
                let right = x + width / 1000.0 * size * MM_PER_PT;
                runs.push(Run {
                    text,
                    x,
                    y,
                    right,
                    size,
                });
            }
            "TJ" => panic!("printpdf 0.7 writes no TJ"),
            _ => {}
        }
    }
    runs
}

fn page_text(runs: &[Run]) -> String {
    runs.iter().map(|r| format!("{}\n", r.text)).collect()
}

fn info_title(pdf: &[u8]) -> String {
    let doc = Document::load_mem(pdf).unwrap();
    let info = deref(&doc, doc.trailer.get(b"Info").unwrap())
        .as_dict()
        .unwrap();
    let bytes = info.get(b"Title").unwrap().as_str().unwrap();
    assert_eq!(&bytes[..2], [0xFE, 0xFF], "UTF-16BE with byte order mark");
    let units: Vec<u16> = bytes[2..]
        .chunks(2)
        .map(|b| u16::from_be_bytes([b[0], b[1]]))
        .collect();
    String::from_utf16(&units).unwrap()
}

/// Every text run lies inside the margins: 20 mm on the left (the address window starts
/// there), 20 mm on the right, and within the page from top to bottom.
fn assert_inside_margins(pages: &[Vec<Run>]) {
    for (page, runs) in pages.iter().enumerate() {
        for run in runs {
            assert!(
                run.x >= 20.0 - 0.01,
                "page {}: {run:?} starts left of the margin",
                page + 1
            );
            assert!(
                run.right <= 190.0 + 0.01,
                "page {}: {run:?} passes the right margin",
                page + 1
            );
            assert!(
                run.y > 10.0 && run.y <= 287.0 + 0.01,
                "page {}: {run:?} is off the page",
                page + 1
            );
        }
    }
}

#[test]
fn renders_an_a4_letter_with_umlauts_and_other_latin_letters() {
    let letter = sample();
    let pdf = render(&letter).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    eprintln!("one-page letter: {} bytes", pdf.len());
    assert!(pdf.len() < 60_000, "fonts are subset: {} bytes", pdf.len());

    let pages = read(&pdf);
    assert_eq!(pages.len(), 1);
    let text = page_text(&pages[0]);
    for expected in [
        "Zusage für Ihren Kita-Platz in Kita Sonnenschein — Größe",
        "Familie Yılmaz-Wąsowska",
        "Lindenweg 3",
        "12345 Musterstadt",
        "Musterstadt, 23.11.2026",
        "Gemeinde Musterstadt",
        "Jugendamt – Kindertagesbetreuung",
        "François Çelik",
        "Şükrü Ğ. Łukasz",
        "Mit freundlichen Grüßen",
        "Seite 1 von 1",
        "Sprechzeiten Mo–Fr 8–12 Uhr",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
    assert!(
        !text.contains('\u{FFFD}'),
        "every glyph maps back to text:\n{text}"
    );
    assert_eq!(info_title(&pdf), letter.subject);
    // Return address in the window: name and postal address when all lines are too long.
    assert!(
        text.contains("Gemeinde Musterstadt · Marktplatz 1, 12345 Musterstadt\n"),
        "{text}"
    );

    let run = |needle: &str| pages[0].iter().find(|r| r.text.contains(needle)).unwrap();
    // Recipient in the address window (45–90 mm from the top, 20 mm from the left edge-ish).
    let recipient = run("Familie");
    assert!((20.0..=30.0).contains(&recipient.x), "{recipient:?}");
    assert!((45.0..=90.0).contains(&recipient.y), "{recipient:?}");
    // Place and date flush right, above the subject; body 11 pt from the left margin.
    let date = run("23.11.2026");
    assert!((date.right - 190.0).abs() < 0.1, "{date:?}");
    let subject = run("Zusage");
    assert!(
        date.y < subject.y && subject.y > 90.0,
        "{date:?} {subject:?}"
    );
    assert!((subject.x - 25.0).abs() < 0.01 && subject.size == 11.0);
    let body = run("Sehr geehrte");
    assert!(body.y > subject.y && (body.x - 25.0).abs() < 0.01 && body.size == 11.0);
    // A single newline breaks the line, a blank line leaves a blank line.
    let runs = &pages[0];
    let i = runs
        .iter()
        .position(|r| r.text.starts_with("Bitte bestätigen"))
        .unwrap();
    let (bitte, gruesse) = (&runs[i], run("Mit freundlichen"));
    let lead = bitte.y - runs[i - 1].y;
    assert!(lead > 4.0 && lead < 6.0, "line spacing {lead}");
    assert!((gruesse.y - bitte.y - 2.0 * lead).abs() < 0.01);
    assert_inside_margins(&pages);
}

#[test]
fn a_long_body_breaks_into_numbered_pages() {
    let mut letter = sample();
    letter.body = (1..=200)
        .map(|i| format!("Absatz {i}: Die Betreuungszeit beträgt 45 Stunden pro Woche, die Eingewöhnung beginnt nach Absprache mit der Einrichtung."))
        .collect::<Vec<_>>()
        .join("\n\n");
    let pdf = render(&letter).unwrap();
    let pages = read(&pdf);
    let n = pages.len();
    assert!(n >= 5, "{n} pages");
    for (i, runs) in pages.iter().enumerate() {
        let text = page_text(runs);
        assert!(
            text.contains(&format!("Seite {} von {n}", i + 1)),
            "page {}:\n{text}",
            i + 1
        );
        assert!(text.contains("IBAN DE02"), "footer on page {}", i + 1);
        // The body stays above the page number and the footer.
        let page_no = runs.iter().find(|r| r.text.starts_with("Seite ")).unwrap();
        let lowest_body = runs
            .iter()
            .filter(|r| r.size == 11.0)
            .map(|r| r.y)
            .fold(0.0, f32::max);
        assert!(lowest_body < page_no.y - 5.0, "page {}", i + 1);
        // No page starts with an empty line: the first body line is at the top margin.
        if i > 0 {
            assert!(
                (runs[0].y - 25.0).abs() < 0.01,
                "page {}: {:?}",
                i + 1,
                runs[0]
            );
        }
    }
    // Every paragraph is there once, in order, and the first page starts with the letterhead.
    let all: String = pages.iter().map(|p| page_text(p)).collect();
    let mut at = 0;
    for i in 1..=200 {
        let needle = format!("Absatz {i}:");
        let found = all[at..]
            .find(&needle)
            .unwrap_or_else(|| panic!("{needle} missing"));
        at += found + needle.len();
        assert_eq!(all.matches(&needle).count(), 1, "{needle}");
    }
    assert!(page_text(&pages[0]).contains("Gemeinde Musterstadt"));
    assert!(
        !page_text(&pages[1]).contains("Lindenweg 3"),
        "address on page 1 only"
    );
    assert_inside_margins(&pages);
}

#[test]
fn long_words_lines_and_footers_stay_inside_the_margins() {
    let long_word = "Kindertagesstättenplatzvergabeverfahrensbeschleunigungsgesetz".repeat(8);
    let letter = Letter {
        sender: vec![
            "Gemeinde Musterstadt mit einem sehr langen Namen, der nicht in eine Zeile des Briefkopfs passt".into(),
            long_word.clone(),
        ],
        recipient: vec![
            "Familie Muster-Beispiel-Mustermann-Beispielhaft-Musterfrau".into(),
            long_word.clone(),
            "c/o".into(),
            "Lindenweg 3".into(),
            "Hinterhaus, 3. Etage".into(),
            "12345 Musterstadt".into(),
            "Deutschland".into(),
        ],
        place_date: "Musterstadt, 23.11.2026".into(),
        subject: format!("Zusage {long_word}"),
        body: format!("{long_word} {long_word}\n{}", "WWW ".repeat(500)),
        footer: Some((1..=30).map(|i| format!("Fußzeile {i}\n")).collect()),
    };
    let pdf = render(&letter).unwrap();
    let pages = read(&pdf);
    assert_inside_margins(&pages);
    let text = page_text(&pages[0]);
    assert!(
        text.contains("Fußzeile 7\n") && !text.contains("Fußzeile 9"),
        "{text}"
    );
    assert!(text.contains("Deutschland"), "{text}");
    // The overlong word is broken, not cut: all of it is there.
    let body: String = pages
        .iter()
        .flatten()
        .filter(|r| r.size == 11.0)
        .map(|r| r.text.as_str())
        .collect();
    assert!(body.contains(&format!("{long_word}{long_word}")));
}

#[test]
fn characters_outside_the_font_do_not_panic() {
    let letter = Letter {
        sender: vec!["Gemeinde 漢字".into()],
        recipient: vec!["Familie 🎉 Muster\u{7}".into(), "\u{E000}".into()],
        place_date: "Musterstadt, 23.11.2026".into(),
        subject: "Zusage 👶\u{10FFFF} für Größe".into(),
        body: "Tab\tund \u{0}Null, Ende\r\nzweite Zeile".into(),
        footer: Some("\u{1F600}".into()),
    };
    let pdf = render(&letter).unwrap();
    let text = page_text(&read(&pdf)[0]);
    assert!(text.contains("Gemeinde ??"), "{text}");
    assert!(text.contains("Zusage ?? für Größe"), "{text}");
    assert!(text.contains("Tab und ?Null, Ende\n"), "{text}");
    assert!(text.contains("zweite Zeile"), "{text}");
    assert!(!text.contains('\u{FFFD}'), "{text}");
    // The title keeps the subject exactly as given.
    assert_eq!(info_title(&pdf), letter.subject);
}

#[test]
fn an_empty_letter_is_one_page() {
    let pdf = render(&Letter::default()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let pages = read(&pdf);
    assert_eq!(pages.len(), 1);
    assert_eq!(page_text(&pages[0]), "Seite 1 von 1\n");
}
