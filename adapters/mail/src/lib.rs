//! Mail transports for kitaplatz.
//!
//! The application never sends mail inside a request: it writes an outbox row in the same
//! transaction as the change that causes the mail, and a background worker hands the row to a
//! [`MailTransport`]. In production that is SMTP (`KITAPLATZ_SMTP_URL`); in development and tests
//! every mail is written as one `.eml` file into a folder so a person can read it.

use std::path::{Path, PathBuf};

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Attachment as LettreAttachment, Body, Mailbox, MultiPart, SinglePart};
use lettre::{FileTransport, Message, SmtpTransport, Transport};

/// One mail ready to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    /// Sender, e.g. `Kitaplatz <noreply@example.org>`.
    pub from: String,
    /// Recipient address.
    pub to: String,
    /// Subject line (UTF-8).
    pub subject: String,
    /// Plain-text body (UTF-8).
    pub body: String,
    /// Files attached (letters as PDF).
    pub attachments: Vec<Attachment>,
}

/// A file attached to a mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name shown to the recipient.
    pub filename: String,
    /// MIME type, e.g. `application/pdf`.
    pub content_type: String,
    /// The bytes.
    pub data: Vec<u8>,
}

/// What went wrong while sending.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// An address could not be parsed.
    #[error("invalid address: {0}")]
    Address(String),
    /// The message could not be built.
    #[error("invalid message: {0}")]
    Message(String),
    /// The transport refused or failed; worth retrying later.
    #[error("transport failed: {0}")]
    Transport(String),
}

/// Where mail goes.
pub enum MailTransport {
    /// A real SMTP server.
    Smtp(Box<SmtpTransport>),
    /// One `.eml` file per mail in a folder.
    Files(PathBuf),
}

impl MailTransport {
    /// SMTP when a URL is given (`smtp://…`, `smtps://…`, `smtp://host:587?tls=required`),
    /// otherwise files in `dir` (created when missing).
    pub fn new(smtp_url: Option<&str>, dir: &Path) -> Result<Self, MailError> {
        match smtp_url {
            Some(url) => {
                let transport = SmtpTransport::from_url(url)
                    .map_err(|e| MailError::Transport(e.to_string()))?
                    .build();
                Ok(Self::Smtp(Box::new(transport)))
            }
            None => {
                std::fs::create_dir_all(dir).map_err(|e| MailError::Transport(e.to_string()))?;
                Ok(Self::Files(dir.to_path_buf()))
            }
        }
    }

    /// Sends one mail. Errors of kind [`MailError::Transport`] are worth a retry.
    pub fn send(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let message = build_message(mail)?;
        match self {
            Self::Smtp(smtp) => smtp
                .send(&message)
                .map(|_| ())
                .map_err(|e| MailError::Transport(e.to_string())),
            Self::Files(dir) => FileTransport::new(dir)
                .send(&message)
                .map(|_| ())
                .map_err(|e| MailError::Transport(e.to_string())),
        }
    }
}

/// Builds the MIME message: plain text, UTF-8, 8bit so links stay readable in `.eml` files;
/// with attachments, a `multipart/mixed` message with the text first.
pub fn build_message(mail: &OutgoingMail) -> Result<Message, MailError> {
    let from: Mailbox = mail
        .from
        .parse()
        .map_err(|_| MailError::Address("from".into()))?;
    let to: Mailbox = mail
        .to
        .parse()
        .map_err(|_| MailError::Address("to".into()))?;
    let body = eight_bit_body(&mail.body);
    let builder = Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject.clone());
    let built = if mail.attachments.is_empty() {
        builder.header(ContentType::TEXT_PLAIN).body(body)
    } else {
        let mut parts = MultiPart::mixed().singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_PLAIN)
                .body(body),
        );
        for a in &mail.attachments {
            let kind = ContentType::parse(&a.content_type)
                .map_err(|_| MailError::Message(format!("content type {}", a.content_type)))?;
            parts = parts
                .singlepart(LettreAttachment::new(a.filename.clone()).body(a.data.clone(), kind));
        }
        builder.multipart(parts)
    };
    built.map_err(|e| MailError::Message(e.to_string()))
}

/// UTF-8 text as 8bit with CRLF line ends when every line fits the RFC 5322 limit of 998
/// octets (links stay on one line and readable in `.eml` files); otherwise lettre picks an
/// encoding (quoted-printable or base64).
fn eight_bit_body(text: &str) -> Body {
    let normalised = text.replace("\r\n", "\n");
    let fits = normalised.lines().all(|l| l.len() <= 998) && !normalised.contains('\0');
    if fits {
        let crlf = normalised.replace('\n', "\r\n");
        Body::dangerous_pre_encoded(crlf.into_bytes(), ContentTransferEncoding::EightBit)
    } else {
        Body::new(text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail() -> OutgoingMail {
        OutgoingMail {
            from: "Kitaplatz <noreply@example.org>".into(),
            to: "eltern@example.org".into(),
            subject: "Bestätigen Sie Ihre E-Mail-Adresse".into(),
            body: "Grüß Gott!\nhttps://kita.example.org/confirm/abc123\n".into(),
            attachments: Vec::new(),
        }
    }

    #[test]
    fn file_transport_writes_one_readable_eml_per_mail() {
        let dir = tempfile::tempdir().unwrap();
        let transport = MailTransport::new(None, dir.path()).unwrap();
        transport.send(&mail()).unwrap();
        transport.send(&mail()).unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(files.len(), 2);
        let text = std::fs::read_to_string(files[0].as_ref().unwrap().path()).unwrap();
        assert!(text.contains("https://kita.example.org/confirm/abc123"));
        assert!(text.contains("Grüß Gott!"));
        assert!(text.contains("To: eltern@example.org"));
    }

    #[test]
    fn long_lines_keep_links_whole() {
        let dir = tempfile::tempdir().unwrap();
        let transport = MailTransport::new(None, dir.path()).unwrap();
        let link = format!("https://kita.example.org/password/reset/{}", "a".repeat(64));
        let mut m = mail();
        m.body = format!(
            "{} {link}\n",
            "Sehr lange Zeile mit Umlauten äöü ".repeat(4)
        );
        transport.send(&m).unwrap();
        let file = std::fs::read_dir(dir.path())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let text = std::fs::read_to_string(file).unwrap();
        assert!(text.contains(&link));
        assert!(text.contains("Content-Transfer-Encoding: 8bit"));
    }

    #[test]
    fn bad_address_is_an_error_not_a_panic() {
        let mut m = mail();
        m.to = "not an address".into();
        assert!(matches!(build_message(&m), Err(MailError::Address(_))));
    }

    #[test]
    fn attachments_travel_as_multipart_with_the_text_first() {
        let mut m = mail();
        m.attachments.push(Attachment {
            filename: "Zusage.pdf".into(),
            content_type: "application/pdf".into(),
            data: b"%PDF-1.7 test".to_vec(),
        });
        let text = String::from_utf8(build_message(&m).unwrap().formatted()).unwrap();
        assert!(text.contains("multipart/mixed"));
        assert!(text.contains("Content-Disposition: attachment; filename=\"Zusage.pdf\""));
        assert!(text.contains("Content-Type: application/pdf"));
        assert!(text.find("Grüß Gott!").unwrap() < text.find("Zusage.pdf").unwrap());
    }
}
