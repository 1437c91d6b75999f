//! The customer direct debit initiation message, pain.008.001.08.

use std::collections::HashSet;
use std::io;

use chrono::NaiveDate;
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use rust_decimal::Decimal;

use crate::error::{IdField, NameField, SepaError};
use crate::ids::{normalise_bic, normalise_iban, validate_creditor_id};
use crate::text::{sepa_text, validate_id};
use crate::{Collection, Creditor, Debit, Sequence, MAX_NAME, MAX_REMITTANCE};

/// Namespace of the message.
pub const NAMESPACE: &str = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";

/// The largest amount SEPA allows in one transaction.
// 999 999 999.99 = 99 999 999 999 cents = 23 · 2³² + 1 215 752 191.
const MAX_AMOUNT: Decimal = Decimal::from_parts(1_215_752_191, 23, 0, false, 2);

/// Builds the pain.008.001.08 document (UTF-8, with XML declaration) for a collection.
///
/// All inputs are checked first; the first problem is returned, for a debit wrapped in
/// [`SepaError::Debit`] (its number, end-to-end id and debtor), for the creditor in
/// [`SepaError::Creditor`]. The document has one payment information block (`PmtInf`) per
/// sequence type present — `FRST` before `RCUR` — each with its own number of transactions
/// and control sum; the group header has those of the whole file. Service level `SEPA`,
/// local instrument `CORE`, batch booking, charges `SLEV`. A missing BIC is written as
/// `Othr/Id` `NOTPROVIDED` (IBAN-only). Names and remittance text go through
/// [`sepa_text`](crate::sepa_text); an empty remittance text leaves out `RmtInf`.
pub fn pain008(c: &Collection) -> Result<String, SepaError> {
    let checked = check(c)?;
    let bytes = write(&checked).expect("writing XML into a Vec<u8> cannot fail");
    Ok(String::from_utf8(bytes).expect("quick-xml writes the UTF-8 it was given"))
}

/// The creditor after checking and normalising.
struct Party {
    name: String,
    iban: String,
    bic: Option<String>,
}

/// A debit after checking and normalising.
struct Tx<'a> {
    end_to_end_id: &'a str,
    amount: Decimal,
    mandate_id: &'a str,
    mandate_signed: NaiveDate,
    sequence: Sequence,
    debtor: Party,
    remittance: String,
}

/// The whole collection after checking.
struct Checked<'a> {
    message_id: &'a str,
    created_at: String,
    collection_date: NaiveDate,
    creditor: Party,
    creditor_id: String,
    txs: Vec<Tx<'a>>,
}

fn german_date(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

fn check(c: &Collection) -> Result<Checked<'_>, SepaError> {
    validate_id(IdField::MessageId, &c.message_id)?;
    let (creditor, creditor_id) =
        check_creditor(&c.creditor).map_err(|e| SepaError::Creditor(Box::new(e)))?;
    let created = c.created_at.date();
    if c.collection_date < created {
        return Err(SepaError::CollectionDateInPast {
            collection: german_date(c.collection_date),
            created: german_date(created),
        });
    }
    if c.debits.is_empty() {
        return Err(SepaError::NoDebits);
    }
    let mut seen = HashSet::new();
    let mut txs = Vec::with_capacity(c.debits.len());
    for (i, d) in c.debits.iter().enumerate() {
        let tx = check_debit(d, created)
            .and_then(|tx| {
                if seen.insert(tx.end_to_end_id) {
                    Ok(tx)
                } else {
                    Err(SepaError::DuplicateEndToEndId(tx.end_to_end_id.to_owned()))
                }
            })
            .map_err(|e| SepaError::Debit {
                number: i + 1,
                end_to_end_id: d.end_to_end_id.clone(),
                debtor_name: d.debtor_name.clone(),
                error: Box::new(e),
            })?;
        txs.push(tx);
    }
    Ok(Checked {
        message_id: &c.message_id,
        created_at: c.created_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
        collection_date: c.collection_date,
        creditor,
        creditor_id,
        txs,
    })
}

fn name(s: &str, field: NameField) -> Result<String, SepaError> {
    let name = sepa_text(s, MAX_NAME);
    if name.is_empty() {
        Err(SepaError::NameMissing(field))
    } else {
        Ok(name)
    }
}

fn check_creditor(c: &Creditor) -> Result<(Party, String), SepaError> {
    let party = Party {
        name: name(&c.name, NameField::Creditor)?,
        iban: normalise_iban(&c.iban)?,
        bic: c.bic.as_deref().map(normalise_bic).transpose()?.flatten(),
    };
    Ok((party, validate_creditor_id(&c.creditor_id)?))
}

/// Checks an amount: above 0, at most two decimals (trailing zeros do not count), at most
/// the SEPA maximum. Returns it with exactly two decimals.
pub(crate) fn check_amount(amount: Decimal) -> Result<Decimal, SepaError> {
    if amount <= Decimal::ZERO {
        return Err(SepaError::AmountNotPositive);
    }
    if amount.normalize().scale() > 2 {
        return Err(SepaError::AmountTooPrecise(
            amount.to_string().replace('.', ","),
        ));
    }
    if amount > MAX_AMOUNT {
        return Err(SepaError::AmountTooLarge);
    }
    let mut cents = amount;
    cents.rescale(2);
    Ok(cents)
}

fn check_debit(d: &Debit, created: NaiveDate) -> Result<Tx<'_>, SepaError> {
    validate_id(IdField::EndToEndId, &d.end_to_end_id)?;
    let amount = check_amount(d.amount)?;
    validate_id(IdField::MandateReference, &d.mandate_id)?;
    if d.mandate_signed > created {
        return Err(SepaError::MandateSignedLater {
            signed: german_date(d.mandate_signed),
            created: german_date(created),
        });
    }
    Ok(Tx {
        end_to_end_id: &d.end_to_end_id,
        amount,
        mandate_id: &d.mandate_id,
        mandate_signed: d.mandate_signed,
        sequence: d.sequence,
        debtor: Party {
            name: name(&d.debtor_name, NameField::Debtor)?,
            iban: normalise_iban(&d.debtor_iban)?,
            bic: d
                .debtor_bic
                .as_deref()
                .map(normalise_bic)
                .transpose()?
                .flatten(),
        },
        remittance: sepa_text(&d.remittance, MAX_REMITTANCE),
    })
}

type W = Writer<Vec<u8>>;

/// `<name>text</name>`, the text escaped by quick-xml (`<`, `>`, `&`; apostrophes, which
/// the SEPA character set allows, stay as they are).
fn leaf(w: &mut W, name: &str, text: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::from_escaped(partial_escape(text)))?;
    Ok(())
}

/// `<name>…</name>` with the content written by `inner`.
fn node(w: &mut W, name: &str, inner: impl FnOnce(&mut W) -> io::Result<()>) -> io::Result<()> {
    w.create_element(name).write_inner_content(inner)?;
    Ok(())
}

/// `<a><b>…<z>text</z>…</b></a>` for a path of element names.
fn path(w: &mut W, names: &[&str], text: &str) -> io::Result<()> {
    match names {
        [] => Ok(()),
        [last] => leaf(w, last, text),
        [first, rest @ ..] => node(w, first, |w| path(w, rest, text)),
    }
}

fn sum(txs: &[&Tx<'_>]) -> String {
    let mut total: Decimal = txs.iter().map(|t| t.amount).sum();
    total.rescale(2);
    total.to_string()
}

fn write(c: &Checked<'_>) -> io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::with_capacity(2048 + 1024 * c.txs.len()), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let all: Vec<&Tx<'_>> = c.txs.iter().collect();
    w.create_element("Document")
        .with_attribute(("xmlns", NAMESPACE))
        .write_inner_content(|w| {
            node(w, "CstmrDrctDbtInitn", |w| {
                node(w, "GrpHdr", |w| {
                    leaf(w, "MsgId", c.message_id)?;
                    leaf(w, "CreDtTm", &c.created_at)?;
                    leaf(w, "NbOfTxs", &all.len().to_string())?;
                    leaf(w, "CtrlSum", &sum(&all))?;
                    path(w, &["InitgPty", "Nm"], &c.creditor.name)
                })?;
                for seq in [Sequence::First, Sequence::Recurring] {
                    let txs: Vec<&Tx<'_>> =
                        all.iter().copied().filter(|t| t.sequence == seq).collect();
                    if !txs.is_empty() {
                        payment_information(w, c, seq, &txs)?;
                    }
                }
                Ok(())
            })
        })?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

/// The agent of an account: `BICFI` when known, else `Othr/Id` `NOTPROVIDED`.
fn agent(w: &mut W, name: &str, bic: Option<&str>) -> io::Result<()> {
    node(w, name, |w| {
        node(w, "FinInstnId", |w| match bic {
            Some(bic) => leaf(w, "BICFI", bic),
            None => path(w, &["Othr", "Id"], "NOTPROVIDED"),
        })
    })
}

fn payment_information(
    w: &mut W,
    c: &Checked<'_>,
    seq: Sequence,
    txs: &[&Tx<'_>],
) -> io::Result<()> {
    // The message id is ASCII (checked), so cutting bytes cuts characters; 30 + 5 ≤ 35.
    let prefix = &c.message_id[..c.message_id.len().min(30)];
    node(w, "PmtInf", |w| {
        leaf(w, "PmtInfId", &format!("{prefix}-{}", seq.code()))?;
        leaf(w, "PmtMtd", "DD")?;
        leaf(w, "BtchBookg", "true")?;
        leaf(w, "NbOfTxs", &txs.len().to_string())?;
        leaf(w, "CtrlSum", &sum(txs))?;
        node(w, "PmtTpInf", |w| {
            path(w, &["SvcLvl", "Cd"], "SEPA")?;
            path(w, &["LclInstrm", "Cd"], "CORE")?;
            leaf(w, "SeqTp", seq.code())
        })?;
        leaf(
            w,
            "ReqdColltnDt",
            &c.collection_date.format("%Y-%m-%d").to_string(),
        )?;
        path(w, &["Cdtr", "Nm"], &c.creditor.name)?;
        path(w, &["CdtrAcct", "Id", "IBAN"], &c.creditor.iban)?;
        agent(w, "CdtrAgt", c.creditor.bic.as_deref())?;
        leaf(w, "ChrgBr", "SLEV")?;
        node(w, "CdtrSchmeId", |w| {
            node(w, "Id", |w| {
                node(w, "PrvtId", |w| {
                    node(w, "Othr", |w| {
                        leaf(w, "Id", &c.creditor_id)?;
                        path(w, &["SchmeNm", "Prtry"], "SEPA")
                    })
                })
            })
        })?;
        for tx in txs {
            transaction(w, tx)?;
        }
        Ok(())
    })
}

fn transaction(w: &mut W, tx: &Tx<'_>) -> io::Result<()> {
    node(w, "DrctDbtTxInf", |w| {
        path(w, &["PmtId", "EndToEndId"], tx.end_to_end_id)?;
        w.create_element("InstdAmt")
            .with_attribute(("Ccy", "EUR"))
            .write_text_content(BytesText::new(&tx.amount.to_string()))?;
        node(w, "DrctDbtTx", |w| {
            node(w, "MndtRltdInf", |w| {
                leaf(w, "MndtId", tx.mandate_id)?;
                leaf(
                    w,
                    "DtOfSgntr",
                    &tx.mandate_signed.format("%Y-%m-%d").to_string(),
                )
            })
        })?;
        agent(w, "DbtrAgt", tx.debtor.bic.as_deref())?;
        path(w, &["Dbtr", "Nm"], &tx.debtor.name)?;
        path(w, &["DbtrAcct", "Id", "IBAN"], &tx.debtor.iban)?;
        if !tx.remittance.is_empty() {
            path(w, &["RmtInf", "Ustrd"], &tx.remittance)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts() {
        assert_eq!(check_amount(dec("12.5")).unwrap().to_string(), "12.50");
        assert_eq!(check_amount(dec("7")).unwrap().to_string(), "7.00");
        assert_eq!(check_amount(dec("1.500")).unwrap().to_string(), "1.50");
        assert_eq!(check_amount(dec("0")), Err(SepaError::AmountNotPositive));
        assert_eq!(
            check_amount(dec("-3.00")),
            Err(SepaError::AmountNotPositive)
        );
        assert_eq!(
            check_amount(dec("1.005")),
            Err(SepaError::AmountTooPrecise("1,005".into()))
        );
        assert_eq!(
            check_amount(dec("999999999.99")).unwrap().to_string(),
            "999999999.99"
        );
        assert_eq!(
            check_amount(dec("1000000000.00")),
            Err(SepaError::AmountTooLarge)
        );
    }
}
