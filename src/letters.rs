//! Letters (Bescheide) of the allocation: an offer (Zusage) and the waiting-list notice.
//!
//! The municipality admin edits the text of each kind in the portal as a Tera template.
//! Templates are sandboxed: only the documented [`VARIABLES`] exist, only `if`/`elif`/`else`
//! statements (no loops, includes, macros or `set`), and the functions Tera offers by default
//! (`get_env`, `now`, `get_random`, `range`, `throw`) are switched off — so a template can
//! neither read the server's environment nor run for long. Letters are German, the official
//! language of the authority (§ 23 VwVfG); the parents' page explains the outcome in their own
//! language. The PDF is made by `kitaplatz-letters` from the stored text, once, and kept.

use std::collections::HashMap;

use chrono::NaiveDate;
use rocket_dyn_templates::tera;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::ids::TenantId;
use crate::store::audit::AuditCtx;
use crate::store::{applications, letters, tenants, Conn};

/// A kind of letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Offer of a place (Zusage) with the answer deadline.
    Offer,
    /// No place in this round: waiting list.
    WaitingList,
    /// Fee notice (Beitragsbescheid) to a household, made by an assessment run.
    FeeNotice,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 3] = [Kind::Offer, Kind::WaitingList, Kind::FeeNotice];

    /// As stored and in URLs.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Offer => "offer",
            Kind::WaitingList => "waiting_list",
            Kind::FeeNotice => "fee_notice",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The built-in text (version 0): subject and body.
    pub fn default_template(self) -> (&'static str, &'static str) {
        let text = match self {
            Kind::Offer => include_str!("../templates/letters/offer.txt"),
            Kind::WaitingList => include_str!("../templates/letters/waiting_list.txt"),
            Kind::FeeNotice => include_str!("../templates/letters/fee_notice.txt"),
        };
        let (subject, body) = text.split_once("\n\n").unwrap_or((text, ""));
        (subject.trim(), body.trim_end())
    }

    /// The variables its templates may use, with the i18n key of their description.
    pub fn variables(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Kind::Offer | Kind::WaitingList => &VARIABLES,
            Kind::FeeNotice => &crate::fee_notices::VARIABLES,
        }
    }

    /// Demo values for the preview and for checking a template before it is saved.
    pub fn demo(self, municipality: &str, today: NaiveDate) -> serde_json::Value {
        let vars = match self {
            Kind::Offer | Kind::WaitingList => {
                serde_json::to_value(Vars::demo(municipality, today))
            }
            Kind::FeeNotice => {
                serde_json::to_value(crate::fee_notices::NoticeVars::demo(municipality, today))
            }
        };
        vars.unwrap_or_default()
    }
}

/// The variables an application letter may use, with the i18n key of their description.
pub const VARIABLES: [(&str, &str); 11] = [
    ("municipality", "letter-var-municipality"),
    ("child_first_names", "letter-var-child-first-names"),
    ("child_last_name", "letter-var-child-last-name"),
    ("birth_date", "letter-var-birth-date"),
    ("facility", "letter-var-facility"),
    ("start_date", "letter-var-start-date"),
    ("weekly_hours", "letter-var-weekly-hours"),
    ("deadline", "letter-var-deadline"),
    ("round", "letter-var-round"),
    ("today", "letter-var-today"),
    ("portal_link", "letter-var-portal-link"),
];

/// Values for one letter (dates already formatted the German way).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vars {
    /// Municipality name.
    pub municipality: String,
    /// Child's first names.
    pub child_first_names: String,
    /// Child's last name.
    pub child_last_name: String,
    /// Child's birth date.
    pub birth_date: String,
    /// Facility offered (empty for the waiting list).
    pub facility: String,
    /// Start of the place.
    pub start_date: String,
    /// Hours per week asked for (and offered).
    pub weekly_hours: String,
    /// Answer deadline (empty for the waiting list).
    pub deadline: String,
    /// Name of the allocation round.
    pub round: String,
    /// Date of the letter.
    pub today: String,
    /// Link to the application in the parents' portal.
    pub portal_link: String,
}

impl Vars {
    /// The values with the dates written as people of `lang` write them (for the translation).
    pub fn for_language(mut self, lang: &str) -> Vars {
        for day in [
            &mut self.birth_date,
            &mut self.start_date,
            &mut self.deadline,
            &mut self.today,
        ] {
            if let Ok(d) = NaiveDate::parse_from_str(day, "%d.%m.%Y") {
                *day = crate::i18n::format_date(lang, d);
            }
        }
        self
    }
}

/// `dd.mm.yyyy`.
pub fn date(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

impl Vars {
    /// Demo values for the preview.
    pub fn demo(municipality: &str, today: NaiveDate) -> Vars {
        Vars {
            municipality: municipality.into(),
            child_first_names: "Lena Marie".into(),
            child_last_name: "Beispiel".into(),
            birth_date: "14.05.2023".into(),
            facility: "Kita Sonnenschein".into(),
            start_date: "01.08.2027".into(),
            weekly_hours: "35".into(),
            deadline: date(today + chrono::Duration::days(14)),
            round: "Hauptvergabe 2027".into(),
            today: date(today),
            portal_link: "https://kitaplatz.example.org/…".into(),
        }
    }
}

/// Longest template text accepted (subject and body each).
pub const MAX_TEMPLATE: usize = 20_000;

/// Why a template was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateError {
    /// Empty subject or body.
    Empty,
    /// Longer than [`MAX_TEMPLATE`].
    TooLong,
    /// A statement other than `if`/`elif`/`else`/`endif`.
    Statement(String),
    /// Tera could not parse or render it (unknown variable, syntax).
    Invalid(String),
}

/// Statements a letter template may contain.
const ALLOWED: [&str; 4] = ["if", "elif", "else", "endif"];

/// Checks that only allowed statements occur.
fn check_statements(text: &str) -> Result<(), TemplateError> {
    let mut rest = text;
    while let Some(i) = rest.find("{%") {
        rest = &rest[i + 2..];
        let word: String = rest
            .trim_start_matches('-')
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !ALLOWED.contains(&word.as_str()) {
            return Err(TemplateError::Statement(word));
        }
    }
    Ok(())
}

struct Disabled;

impl tera::Function for Disabled {
    fn call(&self, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        Err(tera::Error::msg("not available in letters"))
    }
}

fn render_one(text: &str, context: &tera::Context) -> Result<String, TemplateError> {
    let mut tera = tera::Tera::default();
    for f in ["get_env", "now", "get_random", "range", "throw"] {
        tera.register_function(f, Disabled);
    }
    tera.autoescape_on(vec![]);
    tera.add_raw_template("letter", text)
        .map_err(|e| TemplateError::Invalid(error_chain(&e)))?;
    tera.render("letter", context)
        .map_err(|e| TemplateError::Invalid(error_chain(&e)))
}

/// Tera's message with its causes (the cause names the unknown variable).
fn error_chain(e: &tera::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}

/// Renders a subject and body template with `vars`.
pub fn render<V: Serialize>(
    subject: &str,
    body: &str,
    vars: &V,
) -> Result<(String, String), TemplateError> {
    for text in [subject, body] {
        if text.trim().is_empty() {
            return Err(TemplateError::Empty);
        }
        if text.chars().count() > MAX_TEMPLATE {
            return Err(TemplateError::TooLong);
        }
        check_statements(text)?;
    }
    let context =
        tera::Context::from_serialize(vars).map_err(|e| TemplateError::Invalid(e.to_string()))?;
    let subject = render_one(subject, &context)?;
    let body = render_one(body, &context)?;
    // The subject is one line.
    let subject = subject.split_whitespace().collect::<Vec<_>>().join(" ");
    Ok((subject, body))
}

/// The PDF of a letter.
pub fn pdf(
    sender: Vec<String>,
    recipient: Vec<String>,
    place_date: String,
    subject: &str,
    body: &str,
) -> Result<Vec<u8>, String> {
    kitaplatz_letters::render(&kitaplatz_letters::Letter {
        sender,
        recipient,
        place_date,
        subject: subject.to_string(),
        body: body.to_string(),
        footer: None,
    })
    .map_err(|e| e.to_string())
}

/// What a letter is about (from publishing a round).
pub struct Occasion<'a> {
    /// The application.
    pub application: &'a str,
    /// Offer or waiting list.
    pub kind: Kind,
    /// Facility offered.
    pub facility: Option<&'a str>,
    /// Answer deadline.
    pub deadline: Option<NaiveDate>,
    /// Round name.
    pub round: &'a str,
    /// Link to the application in the parents' portal.
    pub portal_link: String,
}

/// Makes the letter for an occasion from the municipality's current template and keeps it with
/// the application; returns its id. A template that no longer renders (it was checked when
/// saved, so only after a change of the variables) falls back to the built-in text.
pub fn make(
    conn: &mut Conn,
    tenant: &TenantId,
    o: &Occasion<'_>,
    ctx: &AuditCtx,
) -> AppResult<String> {
    let municipality = tenants::municipality(conn, tenant.as_str())?
        .map(|m| m.name)
        .unwrap_or_default();
    let app = applications::get(conn, tenant, None, o.application)?.ok_or(AppError::NotFound)?;
    let vars = Vars {
        municipality,
        child_first_names: app.child_first_names.clone(),
        child_last_name: app.child_last_name.clone(),
        birth_date: date(app.birth_date),
        facility: o.facility.unwrap_or_default().to_string(),
        start_date: date(app.start_date),
        weekly_hours: app.weekly_hours.map(|h| h.to_string()).unwrap_or_default(),
        deadline: o.deadline.map(date).unwrap_or_default(),
        round: o.round.to_string(),
        today: date(ctx.at.date()),
        portal_link: o.portal_link.clone(),
    };
    let template = letters::current(conn, tenant, o.kind)?;
    let (version, (subject, body)) = match render(&template.subject, &template.body, &vars) {
        Ok(text) => (template.version, text),
        Err(e) => {
            tracing::warn!(kind = o.kind.code(), version = template.version, error = ?e,
                "letter template does not render; built-in text used");
            let (s, b) = o.kind.default_template();
            (
                0,
                render(s, b, &vars).map_err(|e| AppError::Internal(format!("{e:?}")))?,
            )
        }
    };
    let recipient = recipient(conn, o.application)?;
    letters::create(
        conn,
        tenant,
        &letters::NewLetter {
            application: o.application,
            kind: o.kind,
            template_version: version,
            recipient: &recipient,
            subject: &subject,
            body: &body,
            vars: &serde_json::to_string(&vars).map_err(|e| AppError::Internal(e.to_string()))?,
        },
        ctx.at,
    )
}

/// Address lines: the household's guardians (or "the parents of"), the child's address.
fn recipient(conn: &mut Conn, application: &str) -> AppResult<String> {
    use crate::db::schema::{applications, children};
    use diesel::prelude::*;
    let (household, child): (String, String) = applications::table
        .inner_join(children::table)
        .filter(applications::id.eq(application))
        .select((applications::household_id, children::id))
        .first(conn)?;
    Ok(crate::store::households::letter_address(conn, &household, Some(&child))?.block())
}

/// The PDF of a kept letter: made from its text the first time and kept.
pub fn pdf_of(
    conn: &mut Conn,
    letter: &letters::Letter,
    kept: Option<Vec<u8>>,
) -> AppResult<Vec<u8>> {
    if let Some(pdf) = kept {
        return Ok(pdf);
    }
    let pdf = print(
        conn,
        &letter.municipality_id,
        letter.created_at,
        &letter.recipient,
        &letter.subject,
        &letter.body,
    )?;
    letters::set_pdf(conn, &letter.id, &pdf)?;
    Ok(pdf)
}

/// The PDF of a kept text: the municipality's youth office as sender, the day it was made (in
/// Germany) as its date.
pub fn print(
    conn: &mut Conn,
    municipality_id: &str,
    made_at: chrono::NaiveDateTime,
    recipient: &str,
    subject: &str,
    body: &str,
) -> AppResult<Vec<u8>> {
    let municipality = tenants::municipality(conn, municipality_id)?
        .map(|m| m.name)
        .unwrap_or_default();
    let place_date = format!("{municipality}, {}", date(crate::web::berlin_day(made_at)));
    pdf(
        vec![municipality, "Jugendamt".into()],
        recipient.lines().map(String::from).collect(),
        place_date,
        subject,
        body,
    )
    .map_err(AppError::Internal)
}

/// File name of a letter's PDF.
pub fn file_name(kind: &str) -> &'static str {
    match Kind::from_code(kind) {
        Some(Kind::Offer) => "Zusage.pdf",
        Some(Kind::FeeNotice) => "Beitragsbescheid.pdf",
        _ => "Bescheid.pdf",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Vars {
        Vars::demo(
            "Musterstadt",
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        )
    }

    #[test]
    fn letters_default_templates_render_with_every_variable() {
        for kind in [Kind::Offer, Kind::WaitingList] {
            let (subject, body) = kind.default_template();
            let (s, b) = render(subject, body, &demo()).unwrap();
            assert!(s.contains("Lena Marie Beispiel"), "{s}");
            assert!(b.contains("Musterstadt") && !b.contains("{{"), "{b}");
        }
        let (_, b) = render(
            Kind::Offer.default_template().0,
            Kind::Offer.default_template().1,
            &demo(),
        )
        .unwrap();
        assert!(b.contains("bis zum 07.12.2026"));
    }

    #[test]
    fn letters_templates_are_sandboxed() {
        let v = demo();
        assert_eq!(render("", "x", &v), Err(TemplateError::Empty));
        assert_eq!(
            render("a", &"x".repeat(MAX_TEMPLATE + 1), &v),
            Err(TemplateError::TooLong)
        );
        for bad in [
            "{% for c in child_first_names %}{{ c }}{% endfor %}",
            "{%- include \"base\" %}",
            "{% set x = 1 %}",
            "{% macro m() %}{% endmacro %}",
        ] {
            assert!(
                matches!(render("a", bad, &v), Err(TemplateError::Statement(_))),
                "{bad}"
            );
        }
        // No environment, no unknown variables, no syntax errors.
        for bad in [
            "{{ get_env(name=\"HOME\") }}",
            "{{ now() }}",
            "{{ secret }}",
            "{{ child_first_names",
        ] {
            assert!(
                matches!(render("a", bad, &v), Err(TemplateError::Invalid(_))),
                "{bad}"
            );
        }
        // Conditions and filters are allowed; nothing is HTML-escaped in a letter.
        let (_, b) = render(
            "a",
            "{% if facility %}{{ facility | upper }}{% else %}–{% endif %} <&>",
            &v,
        )
        .unwrap();
        assert_eq!(b, "KITA SONNENSCHEIN <&>");
    }
}
