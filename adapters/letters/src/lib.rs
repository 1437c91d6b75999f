//! Letters: a letter the app has already rendered to text becomes an A4 PDF laid out as a
//! German business letter (DIN 5008 form B, roughly): letterhead at the top, the recipient in
//! the address window of a DL window envelope, place and date right-aligned, a bold subject, the
//! body in 11 pt, "Seite X von Y" and an optional footer on every page.
//!
//! The text is set in DejaVu Sans (regular and bold, embedded and subset to the glyphs used), so
//! umlauts, ß and the Latin letters of Polish, Turkish, French … names print as they are.
//! Characters the font has no glyph for are printed as `?`.

use printpdf::lopdf;
use printpdf::{
    CustomPdfConformance, IndirectFontRef, Line, Mm, PdfConformance, PdfDocument,
    PdfLayerReference, Point,
};
use ttf_parser::Face;

const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// One letter, already rendered to text by the app.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Letter {
    /// Letterhead lines, e.g. `["Gemeinde Musterstadt", "Jugendamt", "Marktplatz 1, 12345
    /// Musterstadt"]`. The first line is set in bold; all lines joined also form the small return
    /// address line at the top of the address window.
    pub sender: Vec<String>,
    /// Address window lines, e.g. `["Familie Muster", "Lindenweg 3", "12345 Musterstadt"]`.
    pub recipient: Vec<String>,
    /// Place and date, e.g. `"Musterstadt, 23.11.2026"`, right-aligned above the subject.
    pub place_date: String,
    /// Subject line, set in bold; also the document title in the PDF metadata.
    pub subject: String,
    /// Plain text: a blank line starts a new paragraph, a single newline breaks the line, long
    /// lines wrap at spaces (overlong words are broken too).
    pub body: String,
    /// Small text at the bottom of every page, e.g. bank details and opening hours.
    pub footer: Option<String>,
}

/// What can go wrong while writing the PDF.
#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    /// An embedded font could not be read (a build problem, not a problem of the letter).
    #[error("font: {0}")]
    Font(String),
    /// The PDF writer failed.
    #[error("pdf: {0}")]
    Pdf(#[from] printpdf::Error),
    /// Rewriting the document information (title) failed.
    #[error("pdf metadata: {0}")]
    Metadata(#[from] lopdf::Error),
    /// Writing the finished document.
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}

// Page geometry in mm, measured from the top left corner (converted when drawing).
const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const LEFT: f32 = 25.0;
const RIGHT: f32 = 20.0;
const TEXT_W: f32 = PAGE_W - LEFT - RIGHT;
/// Baseline of the first letterhead line.
const LETTERHEAD_TOP: f32 = 17.0;
/// Address field of form B: 45 mm from the top, 20 mm from the left, 85 × 45 mm; the first
/// 5 mm hold the return address, the next 12.7 mm notes such as "Einschreiben", the last
/// 27.3 mm the address.
const WINDOW_TOP: f32 = 45.0;
const WINDOW_LEFT: f32 = 20.0;
const WINDOW_INSET: f32 = 5.0;
const WINDOW_TEXT_W: f32 = 85.0 - 2.0 * WINDOW_INSET;
const RETURN_LINE_BASELINE: f32 = WINDOW_TOP + 3.5;
const ADDRESS_ZONE_TOP: f32 = WINDOW_TOP + 17.7;
const NOTES_ZONE_TOP: f32 = WINDOW_TOP + 5.0;
const WINDOW_BOTTOM: f32 = WINDOW_TOP + 45.0;
/// Earliest baseline of place and date on page 1 (below the address field).
const FLOW_TOP_FIRST: f32 = 100.0;
/// First body baseline on the following pages.
const FLOW_TOP_NEXT: f32 = 25.0;
/// Last footer baseline.
const BOTTOM: f32 = 287.0;
/// Footer text beyond this many lines is cut (so the body always keeps most of the page).
const MAX_FOOTER_LINES: usize = 8;

const BODY_PT: f32 = 11.0;
const BODY_LEAD: f32 = BODY_PT * 1.3 * MM_PER_PT;
const ADDRESS_PT: f32 = 10.0;
const ADDRESS_LEAD: f32 = ADDRESS_PT * 1.25 * MM_PER_PT;
const RETURN_PT: f32 = 7.0;
const HEAD_PT: f32 = 14.0;
const HEAD_SMALL_PT: f32 = 9.0;
const PAGE_NO_PT: f32 = 8.0;
const FOOTER_PT: f32 = 7.0;
const FOOTER_LEAD: f32 = FOOTER_PT * 1.3 * MM_PER_PT;
const MM_PER_PT: f32 = 25.4 / 72.0;

/// One of the two embedded faces, for measuring text and for checking coverage.
struct Metrics<'a> {
    face: Face<'a>,
    units_per_em: f32,
}

impl<'a> Metrics<'a> {
    fn parse(bytes: &'a [u8]) -> Result<Self, LetterError> {
        let face = Face::parse(bytes, 0).map_err(|e| LetterError::Font(e.to_string()))?;
        let units_per_em = f32::from(face.units_per_em());
        Ok(Self { face, units_per_em })
    }

    /// Width of `text` in mm at `size` pt: the sum of the glyph advances, as the PDF viewer
    /// places them (printpdf writes neither kerning nor ligatures).
    fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                self.face
                    .glyph_index(c)
                    .and_then(|g| self.face.glyph_hor_advance(g))
                    .map_or(0, u32::from)
            })
            .sum();
        units as f32 / self.units_per_em * size * MM_PER_PT
    }

    /// `text` with tabs as spaces and every character without a glyph (and every control
    /// character) as `?`. Only the Basic Multilingual Plane is kept: printpdf's ToUnicode map
    /// cannot express code points above U+FFFF.
    fn printable(&self, text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if c.is_control() || u32::from(c) > 0xFFFF => '?',
                c if self.face.glyph_index(c).is_some() => c,
                _ => '?',
            })
            .collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Weight {
    Regular,
    Bold,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Align {
    Left,
    Right,
}

/// One line of text at a fixed place on a page.
#[derive(Debug)]
struct Placed {
    text: String,
    weight: Weight,
    size: f32,
    align: Align,
    /// Left edge (`Align::Left`) or right edge (`Align::Right`), mm from the left.
    x: f32,
    /// Baseline, mm from the top.
    y: f32,
}

/// A line of the flowing part of the letter (place/date, subject, body).
#[derive(Debug)]
struct FlowLine {
    text: String,
    weight: Weight,
    align: Align,
}

/// Breaks one line of text (without `\n`) into lines that are at most `max_width` wide as
/// measured by `width`: at spaces (runs of whitespace become one space), and inside a word that
/// alone is wider than a line. Never returns an empty list: an empty or blank line stays one
/// empty line. Only a single character wider than `max_width` can make a line too wide.
fn wrap_line(line: &str, max_width: f32, width: impl Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in line.split_whitespace() {
        if !current.is_empty() {
            let candidate = format!("{current} {word}");
            if width(&candidate) <= max_width {
                current = candidate;
                continue;
            }
            lines.push(std::mem::take(&mut current));
        }
        if width(word) <= max_width {
            current = word.to_string();
            continue;
        }
        // An overlong word: as many characters per line as fit, the rest starts the next line
        // (so that the following word may still join it).
        for c in word.chars() {
            let mut candidate = current.clone();
            candidate.push(c);
            if current.is_empty() || width(&candidate) <= max_width {
                current = candidate;
            } else {
                lines.push(std::mem::replace(&mut current, c.to_string()));
            }
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

/// Text (which may contain newlines) as printable lines no wider than `max_width` mm.
fn wrap_text(text: &str, metrics: &Metrics<'_>, size: f32, max_width: f32) -> Vec<String> {
    text.lines()
        .flat_map(|line| {
            wrap_line(&metrics.printable(line), max_width, |s| {
                metrics.width(s, size)
            })
        })
        .collect()
}

/// The letter laid out: everything that is drawn, page by page, except the page numbers.
struct Layout {
    pages: Vec<Vec<Placed>>,
    footer: Vec<String>,
}

fn layout(letter: &Letter, regular: &Metrics<'_>, bold: &Metrics<'_>) -> Layout {
    let mut first = Vec::new();

    // Letterhead: the first line large and bold, the others small.
    let mut y = LETTERHEAD_TOP;
    for (i, line) in letter.sender.iter().enumerate() {
        let (weight, size, metrics) = if i == 0 {
            (Weight::Bold, HEAD_PT, bold)
        } else {
            (Weight::Regular, HEAD_SMALL_PT, regular)
        };
        for text in wrap_text(line, metrics, size, TEXT_W) {
            first.push(Placed {
                text,
                weight,
                size,
                align: Align::Left,
                x: LEFT,
                y,
            });
            y += size * 1.3 * MM_PER_PT;
        }
    }

    // Return address: one small line at the top of the window. All sender lines if they fit,
    // else the first and the last (name and postal address), else cut with "…".
    let lines: Vec<String> = letter
        .sender
        .iter()
        .map(|s| regular.printable(s.trim()))
        .filter(|s| !s.is_empty())
        .collect();
    let return_width = |s: &str| regular.width(s, RETURN_PT);
    let mut return_line = lines.join(" · ");
    if return_width(&return_line) > WINDOW_TEXT_W && lines.len() > 2 {
        return_line = format!("{} · {}", lines[0], lines[lines.len() - 1]);
    }
    if !return_line.is_empty() {
        first.push(Placed {
            text: fit_or_ellipsis(&return_line, WINDOW_TEXT_W, return_width),
            weight: Weight::Regular,
            size: RETURN_PT,
            align: Align::Left,
            x: WINDOW_LEFT + WINDOW_INSET,
            y: RETURN_LINE_BASELINE,
        });
    }

    // Recipient: in the address zone; if there are more lines than fit there, starting right
    // below the return address instead.
    let address: Vec<String> = letter
        .recipient
        .iter()
        .flat_map(|l| wrap_text(l, regular, ADDRESS_PT, WINDOW_TEXT_W))
        .collect();
    let ascent = ADDRESS_PT * 0.8 * MM_PER_PT;
    let height = address.len() as f32 * ADDRESS_LEAD;
    let top = if ADDRESS_ZONE_TOP + height <= WINDOW_BOTTOM {
        ADDRESS_ZONE_TOP
    } else {
        NOTES_ZONE_TOP
    };
    let mut y = top + ascent;
    for text in address {
        first.push(Placed {
            text,
            weight: Weight::Regular,
            size: ADDRESS_PT,
            align: Align::Left,
            x: WINDOW_LEFT + WINDOW_INSET,
            y,
        });
        y += ADDRESS_LEAD;
    }
    let flow_top = FLOW_TOP_FIRST.max(y + BODY_LEAD);

    // The flow: place and date, subject, two blank lines, body.
    let mut flow = Vec::new();
    for text in wrap_text(&letter.place_date, regular, BODY_PT, TEXT_W) {
        flow.push(FlowLine {
            text,
            weight: Weight::Regular,
            align: Align::Right,
        });
    }
    flow.push(FlowLine::blank());
    for text in wrap_text(&letter.subject, bold, BODY_PT, TEXT_W) {
        flow.push(FlowLine {
            text,
            weight: Weight::Bold,
            align: Align::Left,
        });
    }
    flow.push(FlowLine::blank());
    flow.push(FlowLine::blank());
    for text in wrap_text(&letter.body, regular, BODY_PT, TEXT_W) {
        flow.push(FlowLine {
            text,
            weight: Weight::Regular,
            align: Align::Left,
        });
    }

    // Footer and page number take the bottom of every page; the body stops above them.
    let mut footer: Vec<String> = letter
        .footer
        .as_deref()
        .map(|f| wrap_text(f, regular, FOOTER_PT, TEXT_W))
        .unwrap_or_default();
    while footer.last().is_some_and(|l| l.is_empty()) {
        footer.pop();
    }
    if footer.len() > MAX_FOOTER_LINES {
        footer.truncate(MAX_FOOTER_LINES);
        let last = format!("{} …", footer[MAX_FOOTER_LINES - 1]);
        footer[MAX_FOOTER_LINES - 1] =
            fit_or_ellipsis(&last, TEXT_W, |s| regular.width(s, FOOTER_PT));
    }
    let flow_bottom = page_number_baseline(footer.len()) - 2.0 * BODY_LEAD;

    // Lines go down the page until the next one would pass the bottom. A page is only started
    // for a line with text, so blank lines never open a page.
    let mut pages = vec![first];
    let mut y = flow_top;
    for line in flow {
        if line.text.is_empty() {
            y += BODY_LEAD;
            continue;
        }
        if y > flow_bottom {
            pages.push(Vec::new());
            y = FLOW_TOP_NEXT;
        }
        let x = match line.align {
            Align::Left => LEFT,
            Align::Right => PAGE_W - RIGHT,
        };
        if let Some(page) = pages.last_mut() {
            page.push(Placed {
                text: line.text,
                weight: line.weight,
                size: BODY_PT,
                align: line.align,
                x,
                y,
            });
        }
        y += BODY_LEAD;
    }
    Layout { pages, footer }
}

impl FlowLine {
    fn blank() -> Self {
        Self {
            text: String::new(),
            weight: Weight::Regular,
            align: Align::Left,
        }
    }
}

/// Baseline of "Seite X von Y": above the footer's rule, or at the bottom without a footer.
fn page_number_baseline(footer_lines: usize) -> f32 {
    if footer_lines == 0 {
        BOTTOM
    } else {
        footer_rule(footer_lines) - 3.0
    }
}

/// Where the thin rule above the footer runs.
fn footer_rule(footer_lines: usize) -> f32 {
    BOTTOM - (footer_lines.saturating_sub(1)) as f32 * FOOTER_LEAD - FOOTER_PT * MM_PER_PT - 1.5
}

/// `text` if it fits `max_width`, else as many characters as fit followed by "…".
fn fit_or_ellipsis(text: &str, max_width: f32, width: impl Fn(&str) -> f32) -> String {
    if width(text) <= max_width {
        return text.to_string();
    }
    let mut cut = String::new();
    for c in text.chars() {
        let candidate = format!("{cut}{c}…");
        if width(&candidate) > max_width {
            break;
        }
        cut.push(c);
    }
    format!("{}…", cut.trim_end())
}

/// The letter as a PDF document (A4, fonts embedded as subsets, title = subject).
pub fn render(letter: &Letter) -> Result<Vec<u8>, LetterError> {
    let regular = Metrics::parse(REGULAR_TTF)?;
    let bold = Metrics::parse(BOLD_TTF)?;
    let Layout { pages, footer } = layout(letter, &regular, &bold);
    let count = pages.len();

    let (doc, page, layer) =
        PdfDocument::new(letter.subject.as_str(), Mm(PAGE_W), Mm(PAGE_H), "Brief");
    // Plain PDF: no PDF/X output intent (which would embed a CMYK colour profile) and no XMP.
    let doc = doc.with_conformance(PdfConformance::Custom(CustomPdfConformance {
        identifier: String::new(),
        requires_icc_profile: false,
        requires_xmp_metadata: false,
        ..CustomPdfConformance::default()
    }));
    let fonts = Fonts {
        regular: doc.add_external_font(REGULAR_TTF)?,
        bold: doc.add_external_font(BOLD_TTF)?,
    };

    let mut first_layer = Some(doc.get_page(page).get_layer(layer));
    for (index, placed) in pages.into_iter().enumerate() {
        let layer = match first_layer.take() {
            Some(layer) => layer,
            None => {
                let (page, layer) = doc.add_page(Mm(PAGE_W), Mm(PAGE_H), "Brief");
                doc.get_page(page).get_layer(layer)
            }
        };
        for line in &placed {
            draw_text(&layer, &fonts, &regular, &bold, line);
        }
        if index == 0 {
            draw_fold_marks(&layer);
        }
        draw_page_number(&layer, &fonts, &regular, index + 1, count, footer.len());
        draw_footer(&layer, &fonts, &footer);
    }

    let bytes = doc.save_to_bytes()?;
    finish(&bytes, &letter.subject)
}

struct Fonts {
    regular: IndirectFontRef,
    bold: IndirectFontRef,
}

fn draw_text(
    layer: &PdfLayerReference,
    fonts: &Fonts,
    regular: &Metrics<'_>,
    bold: &Metrics<'_>,
    line: &Placed,
) {
    if line.text.is_empty() {
        // An empty text operation would reference a font that may not be embedded at all.
        return;
    }
    let (font, metrics) = match line.weight {
        Weight::Regular => (&fonts.regular, regular),
        Weight::Bold => (&fonts.bold, bold),
    };
    let x = match line.align {
        Align::Left => line.x,
        Align::Right => line.x - metrics.width(&line.text, line.size),
    };
    layer.use_text(
        line.text.as_str(),
        line.size,
        Mm(x),
        Mm(PAGE_H - line.y),
        font,
    );
}

/// Fold marks at 105 and 210 mm and the punch mark at 148.5 mm (form B), at the left edge.
fn draw_fold_marks(layer: &PdfLayerReference) {
    layer.set_outline_thickness(0.5);
    for (y, length) in [(105.0, 5.0), (148.5, 8.0), (210.0, 5.0)] {
        rule(layer, 3.0, 3.0 + length, y);
    }
}

fn draw_page_number(
    layer: &PdfLayerReference,
    fonts: &Fonts,
    regular: &Metrics<'_>,
    page: usize,
    count: usize,
    footer_lines: usize,
) {
    let text = format!("Seite {page} von {count}");
    let placed = Placed {
        text,
        weight: Weight::Regular,
        size: PAGE_NO_PT,
        align: Align::Right,
        x: PAGE_W - RIGHT,
        y: page_number_baseline(footer_lines),
    };
    draw_text(layer, fonts, regular, regular, &placed);
}

fn draw_footer(layer: &PdfLayerReference, fonts: &Fonts, footer: &[String]) {
    if footer.is_empty() {
        return;
    }
    layer.set_outline_thickness(0.3);
    rule(layer, LEFT, PAGE_W - RIGHT, footer_rule(footer.len()));
    let mut y = BOTTOM - (footer.len() - 1) as f32 * FOOTER_LEAD;
    for text in footer {
        if !text.is_empty() {
            layer.use_text(
                text.as_str(),
                FOOTER_PT,
                Mm(LEFT),
                Mm(PAGE_H - y),
                &fonts.regular,
            );
        }
        y += FOOTER_LEAD;
    }
}

/// A horizontal line from `x1` to `x2` (mm from the left) at `y` (mm from the top).
fn rule(layer: &PdfLayerReference, x1: f32, x2: f32, y: f32) {
    layer.add_line(Line {
        points: vec![
            (Point::new(Mm(x1), Mm(PAGE_H - y)), false),
            (Point::new(Mm(x2), Mm(PAGE_H - y)), false),
        ],
        is_closed: false,
    });
}

/// printpdf 0.7 writes the document information as raw UTF-8 (an umlaut in the title would show
/// as "Ã¼") with empty and PDF/X-only entries, and compresses nothing in debug builds. Rewrite
/// the information dictionary (title as UTF-16, producer, dates kept) and compress all streams,
/// including the embedded font subsets.
fn finish(pdf: &[u8], title: &str) -> Result<Vec<u8>, LetterError> {
    use lopdf::{Dictionary, Object, StringFormat};

    let mut doc = lopdf::Document::load_mem(pdf)?;
    let old = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id).map(|d| (id, d.clone())));
    let mut info = Dictionary::new();
    info.set(
        "Title",
        Object::String(text_string(title), StringFormat::Hexadecimal),
    );
    info.set(
        "Producer",
        Object::string_literal(concat!("kitaplatz-letters ", env!("CARGO_PKG_VERSION"))),
    );
    if let Ok((_, old)) = &old {
        for key in [&b"CreationDate"[..], b"ModDate"] {
            if let Ok(value) = old.get(key) {
                info.set(key.to_vec(), value.clone());
            }
        }
    }
    match old {
        Ok((id, _)) => {
            doc.objects.insert(id, Object::Dictionary(info));
        }
        Err(_) => {
            let id = doc.add_object(info);
            doc.trailer.set("Info", id);
        }
    }
    doc.delete_zero_length_streams();
    doc.compress();
    let mut out = Vec::new();
    doc.save_to(&mut out)?;
    Ok(out)
}

/// A PDF text string: UTF-16BE with a byte order mark.
fn text_string(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 1 unit wide: easy to reason about.
    fn chars(s: &str) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn wraps_at_spaces() {
        let lines = wrap_line("aa bb cc dd ee", 5.0, chars);
        assert_eq!(lines, ["aa bb", "cc dd", "ee"]);
    }

    #[test]
    fn collapses_whitespace_and_keeps_a_blank_line() {
        assert_eq!(wrap_line("  a \t  b  ", 10.0, chars), ["a b"]);
        assert_eq!(wrap_line("", 10.0, chars), [""]);
        assert_eq!(wrap_line("   ", 10.0, chars), [""]);
    }

    #[test]
    fn breaks_overlong_words_and_continues_after_them() {
        let lines = wrap_line("x abcdefghijkl y z", 5.0, chars);
        assert_eq!(lines, ["x", "abcde", "fghij", "kl y", "z"]);
    }

    #[test]
    fn a_character_wider_than_the_line_gets_a_line_of_its_own() {
        let wide = |s: &str| s.chars().map(|c| if c == 'W' { 10.0 } else { 1.0 }).sum();
        assert_eq!(wrap_line("aWb", 5.0, wide), ["a", "W", "b"]);
    }

    #[test]
    fn no_line_is_wider_than_the_text_width_with_real_glyph_widths() {
        let regular = Metrics::parse(REGULAR_TTF).unwrap();
        let text = "Sehr geehrte Familie Yılmaz-Wąsowska, wir freuen uns, Ihnen mitzuteilen, \
                    dass Ihr Kind ab dem 01.08.2027 einen Platz in der Kindertagesstätte \
                    „Sonnenschein“ erhält. WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW \
                    iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii \
                    Straßenbahnhaltestellenüberdachungsgroßprojektförderungsrichtlinie";
        let width = |s: &str| regular.width(s, BODY_PT);
        let lines = wrap_line(text, TEXT_W, width);
        assert!(lines.len() > 3, "{lines:?}");
        for line in &lines {
            assert!(width(line) <= TEXT_W, "{line:?} is {} mm", width(line));
        }
        // Nothing is lost but whitespace.
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(squeeze(&lines.join(" ")), squeeze(text));
        // Lines are filled by real widths: far more i than W fit on a line.
        let full = |c: char| wrap_line(&c.to_string().repeat(400), TEXT_W, width)[0].len();
        let (ws, is) = (full('W'), full('i'));
        assert!((35..=50).contains(&ws), "{ws} W per line");
        assert!(is > 3 * ws, "{is} i per line, {ws} W");
        for n in [ws, is] {
            let c = if n == ws { "W" } else { "i" };
            assert!(
                width(&c.repeat(n + 1)) > TEXT_W,
                "{c} × {n} is not a full line"
            );
        }
    }

    #[test]
    fn glyph_widths_are_real() {
        let regular = Metrics::parse(REGULAR_TTF).unwrap();
        let bold = Metrics::parse(BOLD_TTF).unwrap();
        assert!(regular.width("W", 11.0) > 2.0 * regular.width("i", 11.0));
        assert!(bold.width("Größe", 11.0) > regular.width("Größe", 11.0));
        assert_eq!(regular.width("", 11.0), 0.0);
    }

    #[test]
    fn characters_without_glyph_become_question_marks() {
        let regular = Metrics::parse(REGULAR_TTF).unwrap();
        assert_eq!(regular.printable("Größe łçşğé"), "Größe łçşğé");
        assert_eq!(regular.printable("a\u{E000}b\u{7}c\td"), "a?b?c d");
        assert_eq!(regular.printable("漢字"), "??");
    }

    #[test]
    fn title_is_utf16_with_bom() {
        assert_eq!(text_string("ü"), [0xFE, 0xFF, 0x00, 0xFC]);
    }
}
