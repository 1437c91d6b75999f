//! The errors, with German messages for the staff of a youth office.

use std::fmt;

/// Everything that can be wrong with the input of this crate.
///
/// The messages are German, name the field and say what is expected. Errors about one debit
/// of a collection come wrapped in [`SepaError::Debit`] (which debit), errors about the
/// creditor in [`SepaError::Creditor`], errors about a CSV row in [`SepaError::Row`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SepaError {
    /// The IBAN is not valid.
    #[error("IBAN ungültig: {0}")]
    Iban(IbanProblem),
    /// The BIC does not have the form of a BIC.
    #[error("BIC ungültig: „{0}“ (8 oder 11 Zeichen, z. B. MARKDEF1100)")]
    Bic(String),
    /// The creditor identifier (Gläubiger-ID) is not valid.
    #[error("Gläubiger-ID ungültig: {0}")]
    CreditorId(CreditorIdProblem),
    /// An identifier (message id, end-to-end id, mandate reference) is not valid.
    #[error("{field} {problem}")]
    Id {
        /// Which identifier.
        field: IdField,
        /// What is wrong with it.
        problem: IdProblem,
    },
    /// A name is empty (or has no character left after transliteration).
    #[error("{0} fehlt (oder enthält keine zulässigen Zeichen)")]
    NameMissing(NameField),
    /// The amount is 0 or negative.
    #[error("Betrag muss größer als 0 sein")]
    AmountNotPositive,
    /// The amount has more than two decimals.
    #[error("Betrag hat mehr als 2 Nachkommastellen: {0}")]
    AmountTooPrecise(String),
    /// The amount is above the SEPA limit.
    #[error("Betrag zu hoch (höchstens 999.999.999,99 Euro)")]
    AmountTooLarge,
    /// The mandate was signed after the file was created.
    #[error("Unterschriftsdatum des Mandats ({signed}) liegt nach dem Erstellungsdatum der Datei ({created})")]
    MandateSignedLater {
        /// Date of signature, `dd.mm.yyyy`.
        signed: String,
        /// Creation date of the file, `dd.mm.yyyy`.
        created: String,
    },
    /// The collection date lies before the creation date.
    #[error(
        "Fälligkeitsdatum ({collection}) liegt vor dem Erstellungsdatum der Datei ({created})"
    )]
    CollectionDateInPast {
        /// Requested collection date, `dd.mm.yyyy`.
        collection: String,
        /// Creation date of the file, `dd.mm.yyyy`.
        created: String,
    },
    /// The collection has no debits.
    #[error("Keine Lastschriften")]
    NoDebits,
    /// Two debits of one collection share an end-to-end id.
    #[error("End-to-End-ID „{0}“ kommt mehrfach vor")]
    DuplicateEndToEndId(String),
    /// Something about the creditor is wrong.
    #[error("Gläubiger: {0}")]
    Creditor(Box<SepaError>),
    /// Something about one debit of a collection is wrong.
    #[error("Lastschrift {number} (End-to-End-ID „{end_to_end_id}“, {debtor_name}): {error}")]
    Debit {
        /// Position of the debit in the collection, from 1.
        number: usize,
        /// The debit's end-to-end id as given.
        end_to_end_id: String,
        /// The debtor's name as given.
        debtor_name: String,
        /// What is wrong.
        error: Box<SepaError>,
    },
    /// The CSV file of returned debits cannot be read at all (e.g. a missing column).
    #[error("Rücklastschrift-Datei: {0}")]
    ReturnsFile(String),
    /// A row of the CSV file of returned debits is wrong.
    #[error("Rücklastschrift-Datei, Zeile {row}: {error}")]
    Row {
        /// Line number in the file, the header being line 1.
        row: u64,
        /// What is wrong.
        error: Box<SepaError>,
    },
    /// A cell of a returned debit is empty.
    #[error("{0} fehlt")]
    CellMissing(&'static str),
    /// A cell of a returned debit could not be read.
    #[error("{field} „{value}“ {problem}")]
    Cell {
        /// Column name in German.
        field: &'static str,
        /// The cell as found.
        value: String,
        /// What is expected.
        problem: &'static str,
    },
}

/// What is wrong with an IBAN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IbanProblem {
    /// Nothing given.
    Empty,
    /// Not of the form: 2 letters, 2 check digits, up to 30 letters or digits.
    Format,
    /// The check digits do not match.
    Checksum,
    /// The country code is not one that has IBANs.
    UnknownCountry(String),
    /// The account part does not have the length or characters of that country.
    Bban(String),
}

impl fmt::Display for IbanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IbanProblem::Empty => f.write_str("keine IBAN angegeben"),
            IbanProblem::Format => f.write_str(
                "Aufbau stimmt nicht (2 Buchstaben Ländercode, 2 Prüfziffern, dann Buchstaben \
                 und Ziffern, z. B. DE89 3704 0044 0532 0130 00)",
            ),
            IbanProblem::Checksum => f.write_str("Prüfziffer stimmt nicht"),
            IbanProblem::UnknownCountry(c) => write!(f, "unbekannter Ländercode „{c}“"),
            IbanProblem::Bban(c) => {
                write!(f, "Länge oder Zeichen passen nicht zu einer IBAN aus „{c}“")
            }
        }
    }
}

/// What is wrong with a creditor identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreditorIdProblem {
    /// Nothing given.
    Empty,
    /// Not of the form: 2 letters, 2 digits, 3 letters or digits, national identifier.
    Format,
    /// A German creditor id is 18 characters: `DE`, 2 digits, 3 characters, 11 digits.
    GermanFormat,
    /// The check digits do not match.
    Checksum,
}

impl fmt::Display for CreditorIdProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CreditorIdProblem::Empty => "keine Gläubiger-ID angegeben",
            CreditorIdProblem::Format => {
                "Aufbau stimmt nicht (2 Buchstaben Ländercode, 2 Prüfziffern, \
                 3 Zeichen Geschäftsbereich, dann die nationale Kennung)"
            }
            CreditorIdProblem::GermanFormat => {
                "eine deutsche Gläubiger-ID hat 18 Zeichen: DE, 2 Prüfziffern, \
                 3 Zeichen Geschäftsbereich, 11 Ziffern (z. B. DE98ZZZ09999999999)"
            }
            CreditorIdProblem::Checksum => "Prüfziffer stimmt nicht",
        })
    }
}

/// Which identifier an [`SepaError::Id`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdField {
    /// The message id of the file.
    MessageId,
    /// The end-to-end id of a debit.
    EndToEndId,
    /// The mandate reference.
    MandateReference,
}

impl fmt::Display for IdField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdField::MessageId => "Nachrichten-ID",
            IdField::EndToEndId => "End-to-End-ID",
            IdField::MandateReference => "Mandatsreferenz",
        })
    }
}

/// What is wrong with an identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdProblem {
    /// Empty.
    Empty,
    /// More than 35 characters.
    TooLong,
    /// Characters outside the SEPA set (the offending characters, each once).
    Characters(String),
    /// Starts or ends with `/`, or contains `//`.
    Slash,
}

impl fmt::Display for IdProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdProblem::Empty => f.write_str("fehlt"),
            IdProblem::TooLong => f.write_str("zu lang (höchstens 35 Zeichen)"),
            IdProblem::Characters(chars) => write!(
                f,
                "enthält unzulässige Zeichen: {chars} (erlaubt sind A–Z, a–z, 0–9, \
                 Leerzeichen und / - ? : ( ) . , ' +; keine Umlaute)"
            ),
            IdProblem::Slash => {
                f.write_str("darf nicht mit „/“ beginnen oder enden und kein „//“ enthalten")
            }
        }
    }
}

/// Which name a [`SepaError::NameMissing`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameField {
    /// The creditor's name.
    Creditor,
    /// The debtor's (account holder's) name.
    Debtor,
}

impl fmt::Display for NameField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NameField::Creditor => "Name des Gläubigers",
            NameField::Debtor => "Name des Kontoinhabers",
        })
    }
}
