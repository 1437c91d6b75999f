//! Fee notices (Beitragsbescheide). Every assessment run that books something for a household
//! (an original assessment or a correction) issues one notice to it: the bookings of that run,
//! each with the basis of its calculation, made from the municipality's editable template (kind
//! `fee_notice`, see [`crate::letters`]). The notice is kept as made, with the bookings pointing
//! to it; its PDF is made on first use and sent by mail through the outbox. Parents find every
//! notice on their fee page, the youth office on its fee page.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::category::PlaceCategory;
use crate::domain::fee_assessment::{Booking, BookingKind, Detail};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;
use crate::letters::{self, date, Kind};
use crate::store::audit::AuditCtx;
use crate::store::{fee_notices as store, outbox, tenants, Conn};

/// The variables a fee notice template may use, with the i18n key of their description.
pub const VARIABLES: [(&str, &str); 12] = [
    ("municipality", "letter-var-municipality"),
    ("recipient_names", "notice-var-recipient-names"),
    ("children", "notice-var-children"),
    ("period", "notice-var-period"),
    ("lines", "notice-var-lines"),
    ("total", "notice-var-total"),
    ("has_corrections", "notice-var-has-corrections"),
    ("latest_month", "notice-var-latest-month"),
    ("latest_total", "notice-var-latest-total"),
    ("mandate", "notice-var-mandate"),
    ("today", "letter-var-today"),
    ("portal_link", "notice-var-portal-link"),
];

/// Values for one fee notice (German, the language of the authority).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeVars {
    /// Municipality name.
    pub municipality: String,
    /// The guardians' names ("Anna Muster und Ben Muster").
    pub recipient_names: String,
    /// The children the notice is about ("Lina, Paul").
    pub children: String,
    /// The months it covers ("08.2026 bis 11.2026").
    pub period: String,
    /// One line per booking with the basis of its calculation.
    pub lines: String,
    /// Sum of the notice's bookings ("1.234,50 €").
    pub total: String,
    /// Whether it corrects earlier notices.
    pub has_corrections: bool,
    /// The latest month booked for the household ("11.2026").
    pub latest_month: String,
    /// The household's whole fee for that month.
    pub latest_total: String,
    /// Reference of the household's SEPA mandate (empty without one).
    pub mandate: String,
    /// Date of the notice.
    pub today: String,
    /// Link to the fee page in the parents' portal.
    pub portal_link: String,
}

impl NoticeVars {
    /// Demo values for the preview.
    pub fn demo(municipality: &str, today: NaiveDate) -> NoticeVars {
        let detail = Detail {
            category: "U3".into(),
            hours: 35,
            band: 1,
            rank: 1,
            exempt: false,
            share: Decimal::ONE,
        };
        let month = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap_or(today);
        let lines = lines(&[
            Line {
                month: month(10),
                child: "Lena Marie".into(),
                correction: false,
                care: Decimal::new(12000, 2),
                meals: Decimal::new(5000, 2),
                detail: Some(detail.clone()),
            },
            Line {
                month: month(9),
                child: "Lena Marie".into(),
                correction: true,
                care: Decimal::new(-2000, 2),
                meals: Decimal::ZERO,
                detail: Some(detail),
            },
        ]);
        NoticeVars {
            municipality: municipality.into(),
            recipient_names: "Eva Beispiel und Jan Beispiel".into(),
            children: "Lena Marie".into(),
            period: "09.2026 bis 10.2026".into(),
            lines,
            total: euro(Decimal::new(15000, 2)),
            has_corrections: true,
            latest_month: "10.2026".into(),
            latest_total: euro(Decimal::new(17000, 2)),
            mandate: "KP-MUSTER-0001".into(),
            today: date(today),
            portal_link: "https://kitaplatz.example.org/…".into(),
        }
    }
}

/// A booking as a notice lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Month.
    pub month: NaiveDate,
    /// The child's first names.
    pub child: String,
    /// A correction of an earlier notice.
    pub correction: bool,
    /// Care fee (a difference for corrections).
    pub care: Decimal,
    /// Meal money (a difference for corrections).
    pub meals: Decimal,
    /// Basis of the calculation (none: no fee any more, e.g. after the contract ended).
    pub detail: Option<Detail>,
}

/// An amount the German way: `1.234,50 €`, `-20,00 €`.
pub fn euro(amount: Decimal) -> String {
    let plain = format!("{:.2}", crate::domain::fees::round_cents(amount).abs());
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, "00"));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if amount.is_sign_negative() && !amount.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}{grouped},{frac} €")
}

/// The basis of a month's fee in words: "U3, 35 Std./Woche, Einkommensstufe 2, 1. Kind".
pub fn basis(d: &Detail) -> String {
    let category = PlaceCategory::from_code(&d.category)
        .map(|c| crate::i18n::t("de", &format!("cat-short-{}", c.code())))
        .unwrap_or_else(|| d.category.clone());
    let mut parts = vec![
        category,
        format!("{} Std./Woche", d.hours),
        format!("Einkommensstufe {}", d.band + 1),
        format!("{}. Kind in Betreuung", d.rank),
    ];
    if d.exempt {
        parts.push("beitragsfreies Jahr vor der Schule".into());
    }
    if d.share < Decimal::ONE {
        let percent = (d.share * Decimal::ONE_HUNDRED).round_dp(2).normalize();
        parts.push(format!(
            "anteilig {} %",
            percent.to_string().replace('.', ",")
        ));
    }
    parts.join(", ")
}

/// The lines of a notice, oldest month first, originals before corrections.
pub fn lines(bookings: &[Line]) -> String {
    let mut sorted: Vec<&Line> = bookings.iter().collect();
    sorted
        .sort_by(|a, b| (a.month, a.correction, &a.child).cmp(&(b.month, b.correction, &b.child)));
    sorted
        .into_iter()
        .map(|l| {
            let head = if l.correction {
                format!("Berichtigung {}", l.month.format("%m.%Y"))
            } else {
                l.month.format("%m.%Y").to_string()
            };
            let basis = match &l.detail {
                Some(d) => basis(d),
                None => "keine Betreuung in diesem Monat".into(),
            };
            format!(
                "{head} – {}: Betreuung {}, Verpflegung {}, zusammen {}\n({basis})",
                l.child,
                euro(l.care),
                euro(l.meals),
                euro(l.care + l.meals)
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The months a notice covers: "10.2026" or "08.2026 bis 11.2026".
pub fn period(bookings: &[Line]) -> String {
    let first = bookings.iter().map(|l| l.month).min();
    let last = bookings.iter().map(|l| l.month).max();
    match (first, last) {
        (Some(a), Some(b)) if a == b => a.format("%m.%Y").to_string(),
        (Some(a), Some(b)) => format!("{} bis {}", a.format("%m.%Y"), b.format("%m.%Y")),
        _ => String::new(),
    }
}

/// Issues one notice per household for the bookings of an assessment run (in the caller's
/// transaction): `booked` holds each new booking's id. Each notice is mailed to the household's
/// account with the PDF attached. Returns how many notices were issued.
pub fn issue(
    conn: &mut Conn,
    tenant: &TenantId,
    booked: &[(String, Booking)],
    public_url: &str,
    ctx: &AuditCtx,
) -> AppResult<usize> {
    if booked.is_empty() {
        return Ok(0);
    }
    let municipality = tenants::municipality(conn, tenant.as_str())?.ok_or(AppError::NotFound)?;
    let template = crate::store::letters::current(conn, tenant, Kind::FeeNotice)?;
    let mut per_household: BTreeMap<&str, Vec<&(String, Booking)>> = BTreeMap::new();
    for b in booked {
        per_household.entry(&b.1.household).or_default().push(b);
    }
    let contracts: Vec<String> = booked.iter().map(|b| b.1.contract.clone()).collect();
    let children = store::children_of_contracts(conn, &contracts)?;
    for (household, rows) in &per_household {
        let lines_of: Vec<Line> = rows
            .iter()
            .map(|(_, b)| Line {
                month: b.month,
                child: children.get(&b.contract).cloned().unwrap_or_default(),
                correction: b.kind == BookingKind::Correction,
                care: b.care,
                meals: b.meals,
                detail: b.detail.clone(),
            })
            .collect();
        let mut names: Vec<String> = lines_of.iter().map(|l| l.child.clone()).collect();
        names.sort();
        names.dedup();
        let total: Decimal = lines_of.iter().map(|l| l.care + l.meals).sum();
        let (latest_month, latest_cents) =
            store::latest_month(conn, tenant, household)?.unwrap_or((lines_of[0].month, 0));
        let address = crate::store::households::letter_address(conn, household, None)?;
        let mandate = crate::store::sepa::mandates(conn, tenant, Some(household))?
            .pop()
            .map(|m| m.reference)
            .unwrap_or_default();
        let vars = NoticeVars {
            municipality: municipality.name.clone(),
            recipient_names: address.names.clone(),
            children: names.join(", "),
            period: period(&lines_of),
            lines: lines(&lines_of),
            total: euro(total),
            has_corrections: lines_of.iter().any(|l| l.correction),
            latest_month: latest_month.format("%m.%Y").to_string(),
            latest_total: euro(crate::store::fees::euros(latest_cents)),
            mandate,
            today: date(ctx.at.date()),
            portal_link: format!(
                "{}/{}/family/fees",
                public_url.trim_end_matches('/'),
                municipality.slug
            ),
        };
        let (version, (subject, body)) =
            match letters::render(&template.subject, &template.body, &vars) {
                Ok(text) => (template.version, text),
                Err(e) => {
                    tracing::warn!(version = template.version, error = ?e,
                        "fee notice template does not render; built-in text used");
                    let (s, b) = Kind::FeeNotice.default_template();
                    (
                        0,
                        letters::render(s, b, &vars)
                            .map_err(|e| AppError::Internal(format!("{e:?}")))?,
                    )
                }
            };
        let ids: Vec<String> = rows.iter().map(|(id, _)| id.clone()).collect();
        let notice = store::create(
            conn,
            tenant,
            &store::NewNotice {
                household,
                template_version: version,
                recipient: &address.block(),
                subject: &subject,
                body: &body,
                total_cents: crate::store::fees::cents(total),
                bookings: &ids,
            },
            ctx,
        )?;
        if let Some((email, lang)) = crate::store::households::owner_contact(conn, household)? {
            let mail = crate::mail::fee_notice(
                &lang,
                &email,
                &municipality.name,
                &crate::i18n::format_amount(&lang, total),
                &vars.portal_link,
            );
            outbox::enqueue_with_attachment(
                conn,
                &mail,
                outbox::Attachment::FeeNotice(&notice),
                ctx.at,
            )?;
        }
    }
    Ok(per_household.len())
}

/// The PDF of a kept notice: made from its text the first time and kept.
pub fn pdf_of(
    conn: &mut Conn,
    notice: &store::Notice,
    kept: Option<Vec<u8>>,
) -> AppResult<Vec<u8>> {
    if let Some(pdf) = kept {
        return Ok(pdf);
    }
    let pdf = letters::print(
        conn,
        &notice.municipality_id,
        notice.created_at,
        &notice.recipient,
        &notice.subject,
        &notice.body,
    )?;
    store::set_pdf(conn, &notice.id, &pdf)?;
    Ok(pdf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detail() -> Detail {
        Detail {
            category: "UE3".into(),
            hours: 45,
            band: 2,
            rank: 2,
            exempt: false,
            share: Decimal::ONE,
        }
    }

    #[test]
    fn fee_notices_write_amounts_the_german_way() {
        assert_eq!(euro(Decimal::new(123450, 2)), "1.234,50 €");
        assert_eq!(euro(Decimal::new(-2000, 2)), "-20,00 €");
        assert_eq!(euro(Decimal::ZERO), "0,00 €");
        assert_eq!(euro(Decimal::new(100000000, 2)), "1.000.000,00 €");
        assert_eq!(euro(Decimal::new(5, 3)), "0,01 €");
    }

    #[test]
    fn fee_notices_name_the_basis_of_each_month() {
        assert_eq!(
            basis(&detail()),
            "Ü3, 45 Std./Woche, Einkommensstufe 3, 2. Kind in Betreuung"
        );
        let partial = Detail {
            exempt: true,
            share: Decimal::new(5, 1),
            ..detail()
        };
        assert!(basis(&partial).ends_with("beitragsfreies Jahr vor der Schule, anteilig 50 %"));
    }

    #[test]
    fn fee_notices_list_originals_before_corrections_by_month() {
        let m = |month| NaiveDate::from_ymd_opt(2026, month, 1).unwrap();
        let rows = [
            Line {
                month: m(10),
                child: "Paul".into(),
                correction: false,
                care: Decimal::new(8000, 2),
                meals: Decimal::new(5000, 2),
                detail: Some(detail()),
            },
            Line {
                month: m(9),
                child: "Paul".into(),
                correction: true,
                care: Decimal::new(-8000, 2),
                meals: Decimal::new(-5000, 2),
                detail: None,
            },
        ];
        let text = lines(&rows);
        let (first, second) = text.split_once("\n\n").unwrap();
        assert!(first.starts_with("Berichtigung 09.2026 – Paul: Betreuung -80,00 €"));
        assert!(first.contains("zusammen -130,00 €\n(keine Betreuung in diesem Monat)"));
        assert!(second.starts_with("10.2026 – Paul: Betreuung 80,00 €, Verpflegung 50,00 €"));
        assert_eq!(period(&rows), "09.2026 bis 10.2026");
        assert_eq!(period(&rows[..1]), "10.2026");
    }

    #[test]
    fn fee_notices_default_template_renders_with_every_variable() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let vars = NoticeVars::demo("Musterstadt", today);
        let (s, b) = Kind::FeeNotice.default_template();
        let (subject, body) = letters::render(s, b, &vars).unwrap();
        assert_eq!(
            subject,
            "Beitragsbescheid über Elternbeiträge für Lena Marie"
        );
        for part in [
            "Berichtigung 09.2026",
            "150,00 €",
            "KP-MUSTER-0001",
            "Widerspruch",
        ] {
            assert!(body.contains(part), "{part}: {body}");
        }
        assert!(!body.contains("{{"));
        // Without a mandate the parents are asked to pay or give one.
        let (_, b) = letters::render(
            s,
            b,
            &NoticeVars {
                mandate: String::new(),
                ..vars
            },
        )
        .unwrap();
        assert!(b.contains("SEPA-Lastschriftmandat") && !b.contains("KP-MUSTER"));
    }
}
