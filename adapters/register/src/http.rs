//! The HTTP client that speaks one of the dialects to a register endpoint.

use std::time::Duration;

use reqwest::header::{HeaderValue, CONTENT_TYPE};
use reqwest::{Certificate, Identity, StatusCode, Url};
use uuid::Uuid;

use crate::xmeld::Answer;
use crate::xml::{WireError, MAX_MESSAGE_BYTES};
use crate::{meso, okewo, ConfigError, Endpoint, Kind, Outcome, Register, SearchRequest};

/// A register client for one endpoint and dialect; cheap to clone (the connection pool is
/// shared). Its `Debug` output leaves the credentials out.
#[derive(Clone)]
pub struct Client {
    kind: Kind,
    url: Url,
    http: reqwest::Client,
    credentials: Option<(String, Option<String>)>,
    timeout: Duration,
}

/// Builds a client for `endpoint` speaking `kind`.
///
/// * `timeout` bounds connecting and the whole exchange (request, answer, body);
/// * `username`/`password` are sent as HTTP basic auth — only over HTTPS, or plain HTTP to a
///   loopback address (the simulator);
/// * `client_identity_pem` (certificate + private key in one PEM) is presented for mutual TLS;
/// * `ca_certificate_pem` (one or more certificates) is trusted in addition to the built-in
///   web PKI roots.
///
/// Redirects are not followed. Proxies from the usual environment variables are honoured.
pub fn client(kind: Kind, endpoint: Endpoint) -> Result<Client, ConfigError> {
    let url = Url::parse(&endpoint.url).map_err(|e| ConfigError(format!("register URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(ConfigError(format!(
            "register URL: unsupported scheme {}",
            url.scheme()
        )));
    }
    if endpoint.timeout.is_zero() {
        return Err(ConfigError(
            "register timeout must be greater than zero".into(),
        ));
    }
    if endpoint.password.is_some() && endpoint.username.is_none() {
        return Err(ConfigError(
            "register password given without a username".into(),
        ));
    }
    let loopback = match url.host_str() {
        Some("localhost") => true,
        Some(host) => host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback()),
        None => false,
    };
    if endpoint.username.is_some() && url.scheme() != "https" && !loopback {
        return Err(ConfigError(
            "register credentials are only sent over https".into(),
        ));
    }

    let mut builder = reqwest::Client::builder()
        .use_rustls_tls()
        .connect_timeout(endpoint.timeout)
        .timeout(endpoint.timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("kitaplatz-register/", env!("CARGO_PKG_VERSION")));
    if let Some(pem) = &endpoint.client_identity_pem {
        let identity = Identity::from_pem(pem)
            .map_err(|e| ConfigError(format!("register client certificate: {e}")))?;
        builder = builder.identity(identity);
    }
    if let Some(pem) = &endpoint.ca_certificate_pem {
        let certificates = Certificate::from_pem_bundle(pem)
            .map_err(|e| ConfigError(format!("register CA certificate: {e}")))?;
        if certificates.is_empty() {
            return Err(ConfigError(
                "register CA certificate: no certificate in PEM".into(),
            ));
        }
        for certificate in certificates {
            builder = builder.add_root_certificate(certificate);
        }
    }
    let http = builder
        .build()
        .map_err(|e| ConfigError(format!("register HTTP client: {e}")))?;
    Ok(Client {
        kind,
        url,
        http,
        credentials: endpoint.username.map(|u| (u, endpoint.password)),
        timeout: endpoint.timeout,
    })
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut url = self.url.clone();
        let _ = url.set_password(None);
        f.debug_struct("Client")
            .field("kind", &self.kind)
            .field("url", &url.as_str())
            .field("username", &self.credentials.as_ref().map(|(user, _)| user))
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// The dialect this client speaks.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// One exchange with the register; every failure is a reason for `Unavailable`.
    async fn exchange(&self, request: &SearchRequest) -> Result<Answer, String> {
        check_request(request)?;
        let message_id = Uuid::new_v4();
        let (body, content_type) = match self.kind {
            Kind::Meso => (meso::build_request(request, message_id), meso::CONTENT_TYPE),
            Kind::OkEwo => (
                okewo::build_request(request, message_id),
                okewo::CONTENT_TYPE,
            ),
        };
        let mut http_request = self
            .http
            .post(self.url.clone())
            .header(CONTENT_TYPE, content_type)
            .header(
                reqwest::header::ACCEPT,
                "text/xml, application/xml, application/soap+xml",
            )
            .body(body);
        if self.kind == Kind::Meso {
            http_request = http_request.header("SOAPAction", meso::SOAP_ACTION);
        }
        if let Some((username, password)) = &self.credentials {
            http_request = http_request.basic_auth(username, password.as_ref());
        }

        let mut response = http_request.send().await.map_err(describe)?;
        let status = response.status();
        let xml_type = check_content_type(response.headers().get(CONTENT_TYPE));
        if !status.is_success() {
            // SOAP 1.1 reports faults with HTTP 500 and an XML body: report the fault code.
            if self.kind == Kind::Meso
                && status == StatusCode::INTERNAL_SERVER_ERROR
                && xml_type.is_ok()
            {
                if let Ok(body) = read_body(&mut response).await {
                    if let Err(fault @ WireError::SoapFault(_)) = meso::parse_response(&body) {
                        return Err(format!("{fault} (HTTP {status})"));
                    }
                }
            }
            return Err(format!("HTTP status {status}"));
        }
        xml_type?;
        let body = read_body(&mut response).await?;
        let answer = match self.kind {
            Kind::Meso => meso::parse_response(&body),
            Kind::OkEwo => okewo::parse_response(&body),
        };
        answer.map_err(|e| e.to_string())
    }
}

impl Register for Client {
    async fn search(&self, request: &SearchRequest) -> Outcome {
        let outcome = match tokio::time::timeout(self.timeout, self.exchange(request)).await {
            Ok(Ok(answer)) => answer.into_outcome(),
            Ok(Err(reason)) => Outcome::Unavailable(reason),
            Err(_) => {
                Outcome::Unavailable(format!("timeout after {} ms", self.timeout.as_millis()))
            }
        };
        // Only the file reference, the register and the result class: never names or dates.
        match &outcome {
            Outcome::Unavailable(reason) => tracing::warn!(
                aktenzeichen = %request.meta.file_reference,
                register = self.kind.as_str(),
                result = outcome.class(),
                reason = %reason,
                "register search failed"
            ),
            _ => tracing::info!(
                aktenzeichen = %request.meta.file_reference,
                register = self.kind.as_str(),
                result = outcome.class(),
                "register search answered"
            ),
        }
        outcome
    }
}

/// §4 BMeldDAV: family name, a first name, the AGS (8 digits) and the birth date.
fn check_request(request: &SearchRequest) -> Result<(), String> {
    if request.family_name.trim().is_empty() || request.first_names.trim().is_empty() {
        return Err("invalid search: family name and a first name are required".into());
    }
    let ags = request.municipality_key.trim();
    if ags.len() != 8 || !ags.bytes().all(|b| b.is_ascii_digit()) {
        return Err("invalid search: municipality key must be an 8-digit AGS".into());
    }
    Ok(())
}

/// Accepts `text/xml`, `application/xml` and `application/soap+xml`, with no charset or UTF-8.
pub(crate) fn check_content_type(value: Option<&HeaderValue>) -> Result<(), String> {
    let value = value
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| "answer without a readable content type".to_owned())?;
    let mut parts = value.split(';');
    let essence = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
    if !matches!(
        essence.as_str(),
        "text/xml" | "application/xml" | "application/soap+xml"
    ) {
        return Err(format!(
            "unexpected content type {}",
            crate::xml::short(&essence)
        ));
    }
    for parameter in parts {
        if let Some((name, charset)) = parameter.split_once('=') {
            let charset = charset.trim().trim_matches('"');
            if name.trim().eq_ignore_ascii_case("charset") && !charset.eq_ignore_ascii_case("utf-8")
            {
                return Err(format!(
                    "unsupported charset {} (only UTF-8)",
                    crate::xml::short(charset)
                ));
            }
        }
    }
    Ok(())
}

/// Reads the body chunk by chunk and stops as soon as it exceeds [`MAX_MESSAGE_BYTES`].
async fn read_body(response: &mut reqwest::Response) -> Result<Vec<u8>, String> {
    let too_large = || format!("answer larger than {MAX_MESSAGE_BYTES} bytes");
    if response
        .content_length()
        .is_some_and(|n| n > MAX_MESSAGE_BYTES as u64)
    {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(describe)? {
        if body.len() + chunk.len() > MAX_MESSAGE_BYTES {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A short, technical description of a transport error (with its innermost cause).
fn describe(error: reqwest::Error) -> String {
    let kind = if error.is_timeout() {
        "timeout"
    } else if error.is_connect() {
        "connection failed"
    } else if error.is_body() || error.is_decode() {
        "reading the answer failed"
    } else {
        "request failed"
    };
    let mut cause: &dyn std::error::Error = &error;
    while let Some(source) = cause.source() {
        cause = source;
    }
    format!("{kind}: {cause}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn header(s: &str) -> HeaderValue {
        HeaderValue::from_str(s).unwrap()
    }

    #[test]
    fn content_type_must_be_xml_in_utf8() {
        for ok in [
            "text/xml",
            "application/xml; charset=utf-8",
            "Application/SOAP+XML;charset=\"UTF-8\"",
            "text/xml; charset=utf-8; action=x",
        ] {
            assert_eq!(check_content_type(Some(&header(ok))), Ok(()), "{ok}");
        }
        for bad in [
            "text/html",
            "application/json",
            "text/plain; charset=utf-8",
            "text/xml; charset=iso-8859-1",
            "",
        ] {
            assert!(check_content_type(Some(&header(bad))).is_err(), "{bad}");
        }
        assert!(check_content_type(None).is_err());
    }

    fn endpoint(url: &str) -> Endpoint {
        Endpoint {
            url: url.into(),
            username: None,
            password: None,
            timeout: Duration::from_secs(2),
            client_identity_pem: None,
            ca_certificate_pem: None,
        }
    }

    #[test]
    fn configuration_is_checked() {
        assert!(client(Kind::Meso, endpoint("not a url")).is_err());
        assert!(client(Kind::Meso, endpoint("ftp://register.example/")).is_err());
        assert!(client(
            Kind::Meso,
            Endpoint {
                timeout: Duration::ZERO,
                ..endpoint("https://r.example/")
            }
        )
        .is_err());
        let with_user = |url: &str| Endpoint {
            username: Some("kita".into()),
            password: Some("secret".into()),
            ..endpoint(url)
        };
        assert!(client(Kind::OkEwo, with_user("http://register.example/")).is_err());
        let debug = format!(
            "{:?}",
            client(Kind::OkEwo, with_user("https://r.example/")).unwrap()
        );
        assert!(
            debug.contains("kita") && !debug.contains("secret"),
            "{debug}"
        );
        assert!(client(Kind::OkEwo, with_user("http://127.0.0.1:8090/")).is_ok());
        assert!(client(Kind::OkEwo, with_user("https://register.example/")).is_ok());
        let bad_pem = Endpoint {
            client_identity_pem: Some(
                b"-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n".to_vec(),
            ),
            ..endpoint("https://r.example/")
        };
        assert!(client(Kind::Meso, bad_pem).is_err());
        let no_ca = Endpoint {
            ca_certificate_pem: Some(b"no pem here".to_vec()),
            ..endpoint("https://r.example/")
        };
        assert!(client(Kind::Meso, no_ca).is_err());
    }

    /// Serves one connection with a fixed raw HTTP response; returns the URL.
    async fn raw_server(response: Vec<u8>) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            if let Ok((mut stream, _)) = listener.accept().await {
                let mut buffer = vec![0u8; 64 * 1024];
                let _ = stream.read(&mut buffer).await;
                let _ = stream.write_all(&response).await;
                let _ = stream.shutdown().await;
            }
        });
        format!("http://{addr}/")
    }

    fn http_response(content_type: &str, body: &[u8], chunked: bool) -> Vec<u8> {
        let mut out =
            format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nConnection: close\r\n")
                .into_bytes();
        if chunked {
            out.extend_from_slice(b"Transfer-Encoding: chunked\r\n\r\n");
            for chunk in body.chunks(16 * 1024) {
                out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
                out.extend_from_slice(chunk);
                out.extend_from_slice(b"\r\n");
            }
            out.extend_from_slice(b"0\r\n\r\n");
        } else {
            out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
            out.extend_from_slice(body);
        }
        out
    }

    async fn search_against(kind: Kind, response: Vec<u8>) -> Outcome {
        let url = raw_server(response).await;
        let client = client(kind, endpoint(&url)).unwrap();
        client.search(&crate::xmeld::tests::sample_request()).await
    }

    fn unavailable_with(outcome: Outcome, text: &str) {
        match outcome {
            Outcome::Unavailable(reason) => {
                assert!(reason.contains(text), "{reason:?} should contain {text:?}")
            }
            other => panic!("expected Unavailable, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn wrong_content_type_is_unavailable() {
        let outcome = search_against(
            Kind::Meso,
            http_response("text/html", b"<html>Login</html>", false),
        )
        .await;
        unavailable_with(outcome, "unexpected content type text/html");
        let outcome = search_against(
            Kind::OkEwo,
            http_response("application/xml; charset=iso-8859-1", b"<a/>", false),
        )
        .await;
        unavailable_with(outcome, "unsupported charset");
    }

    #[tokio::test]
    async fn oversized_bodies_are_cut_off() {
        let big = vec![b' '; MAX_MESSAGE_BYTES + 1];
        // Announced by Content-Length …
        let outcome = search_against(Kind::OkEwo, http_response("text/xml", &big, false)).await;
        unavailable_with(outcome, "larger than 1048576 bytes");
        // … or only noticed while reading chunks.
        let outcome = search_against(Kind::Meso, http_response("text/xml", &big, true)).await;
        unavailable_with(outcome, "larger than 1048576 bytes");
    }

    #[tokio::test]
    async fn hostile_xml_is_unavailable() {
        let bomb = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol1;</lolz>"#;
        unavailable_with(
            search_against(Kind::Meso, http_response("text/xml", bomb, false)).await,
            "DOCTYPE",
        );
        let latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Ergebnis/>";
        unavailable_with(
            search_against(Kind::OkEwo, http_response("application/xml", latin1, false)).await,
            "encoding",
        );
    }

    #[tokio::test]
    async fn soap_fault_with_http_500_reports_the_fault_code() {
        let fault = meso::build_fault("soap:Server", "Datenbank nicht erreichbar");
        let mut response = http_response("text/xml; charset=utf-8", &fault, false);
        response.splice(..15, b"HTTP/1.1 500 Internal Server Error".iter().copied());
        // Replace "HTTP/1.1 200 OK" (15 bytes) by the 500 status line.
        unavailable_with(
            search_against(Kind::Meso, response).await,
            "SOAP fault soap:Server (HTTP 500",
        );
    }

    #[tokio::test]
    async fn invalid_searches_are_not_sent() {
        let client = client(Kind::Meso, endpoint("http://127.0.0.1:9/")).unwrap();
        let mut request = crate::xmeld::tests::sample_request();
        request.municipality_key = "059".into();
        unavailable_with(client.search(&request).await, "8-digit AGS");
        request.municipality_key = "05958001".into();
        request.first_names = " ".into();
        unavailable_with(client.search(&request).await, "first name");
    }
}
