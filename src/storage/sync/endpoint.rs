//! Where the sync talks to: the server address and database name, checked and turned
//! into request URLs, and the `Authorization` header of the credentials. Pure, so the
//! rules (no credentials in a URL, names escaped) are tested natively.

use super::remote_doc::Seq;
use crate::storage::share::base64url;
use std::fmt;

/// A checked server address and database name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    server: String,
    db: String,
}

/// Why a server address or database name is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndpointError {
    /// Not an `http://` or `https://` address.
    BadUrl,
    /// The address holds a user name or password (`https://user:pw@host`): the
    /// password must never be part of a URL.
    CredentialsInUrl,
    /// Not a CouchDB database name (lowercase letter first, then lowercase letters,
    /// digits and `_ $ ( ) + - /`).
    BadDatabase,
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::BadUrl => "not an http or https address",
            Self::CredentialsInUrl => "the address holds credentials",
            Self::BadDatabase => "not a CouchDB database name",
        })
    }
}

impl std::error::Error for EndpointError {}

impl Endpoint {
    /// Checks `server` (trailing `/` dropped) and `db`.
    pub fn new(server: &str, db: &str) -> Result<Self, EndpointError> {
        let server = server.trim().trim_end_matches('/');
        let rest = server
            .strip_prefix("https://")
            .or_else(|| server.strip_prefix("http://"))
            .ok_or(EndpointError::BadUrl)?;
        let authority = rest.split('/').next().unwrap_or_default();
        if authority.contains('@') {
            return Err(EndpointError::CredentialsInUrl);
        }
        if authority.is_empty()
            || rest.contains(['?', '#'])
            || rest.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(EndpointError::BadUrl);
        }
        let db = db.trim();
        let mut chars = db.chars();
        let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
        let rest_ok =
            chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-/".contains(c));
        if !first_ok || !rest_ok || db.len() > 238 {
            return Err(EndpointError::BadDatabase);
        }
        Ok(Self {
            server: server.to_owned(),
            db: db.to_owned(),
        })
    }

    /// The server address as checked (no trailing `/`).
    pub fn server(&self) -> &str {
        &self.server
    }

    /// The database name.
    pub fn db(&self) -> &str {
        &self.db
    }

    /// `GET /`: the server's welcome.
    pub fn root(&self) -> String {
        format!("{}/", self.server)
    }

    /// `GET /_session`: who the credentials are.
    pub fn session(&self) -> String {
        format!("{}/_session", self.server)
    }

    /// `GET` / `PUT /{db}`.
    pub fn database(&self) -> String {
        format!("{}/{}", self.server, encode(&self.db))
    }

    /// `POST /{db}/_bulk_docs`.
    pub fn bulk_docs(&self) -> String {
        format!("{}/_bulk_docs", self.database())
    }

    /// `GET /{db}/_changes` with the documents and their conflicts, from `since`
    /// (the beginning when `None`); a long poll of `timeout_ms` when given.
    pub fn changes(&self, since: Option<&Seq>, longpoll_ms: Option<u32>) -> String {
        let since = since.map_or("0".to_owned(), |s| encode(&s.0));
        let mut url = format!(
            "{}/_changes?style=all_docs&include_docs=true&conflicts=true&since={since}",
            self.database()
        );
        if let Some(ms) = longpoll_ms {
            url.push_str(&format!("&feed=longpoll&timeout={ms}"));
        }
        url
    }

    /// `GET /{db}/{id}?conflicts=true`.
    pub fn doc(&self, id: &str) -> String {
        format!("{}/{}?conflicts=true", self.database(), encode(id))
    }

    /// `GET /{db}/{id}?open_revs=all`: every leaf, deleted ones included.
    pub fn doc_leaves(&self, id: &str) -> String {
        format!("{}/{}?open_revs=all", self.database(), encode(id))
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986), for one path
/// segment or query value.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The `Authorization` header value for HTTP Basic credentials (UTF-8, as CouchDB
/// reads them). Only ever sent as a header, never written into a URL or a message.
pub fn basic_auth(user: &str, password: &str) -> String {
    let url_safe = base64url::encode(format!("{user}:{password}").as_bytes());
    let mut standard: String = url_safe
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    while !standard.len().is_multiple_of(4) {
        standard.push('=');
    }
    format!("Basic {standard}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_and_normalised() {
        let e = Endpoint::new(" http://127.0.0.1:5984/ ", "dsv-team").unwrap();
        assert_eq!(e.root(), "http://127.0.0.1:5984/");
        assert_eq!(e.session(), "http://127.0.0.1:5984/_session");
        assert_eq!(e.bulk_docs(), "http://127.0.0.1:5984/dsv-team/_bulk_docs");
        let proxied = Endpoint::new("https://example.org/couch", "a/b").unwrap();
        assert_eq!(proxied.database(), "https://example.org/couch/a%2Fb");
        for (url, error) in [
            ("ftp://x", EndpointError::BadUrl),
            ("example.org", EndpointError::BadUrl),
            ("http://", EndpointError::BadUrl),
            ("http://x/?a=1", EndpointError::BadUrl),
            ("http://ex ample.org", EndpointError::BadUrl),
            (
                "https://admin:secret@example.org",
                EndpointError::CredentialsInUrl,
            ),
            (
                "https://admin@example.org/",
                EndpointError::CredentialsInUrl,
            ),
        ] {
            assert_eq!(Endpoint::new(url, "db"), Err(error), "{url}");
        }
        for db in ["", "Team", "1db", "_users", "a b", "é"] {
            assert_eq!(
                Endpoint::new("http://x", db),
                Err(EndpointError::BadDatabase),
                "{db}"
            );
        }
    }

    #[test]
    fn ids_and_seqs_are_escaped() {
        let e = Endpoint::new("http://x", "db").unwrap();
        assert_eq!(
            e.doc("journey:j1"),
            "http://x/db/journey%3Aj1?conflicts=true"
        );
        assert_eq!(e.doc_leaves("a b"), "http://x/db/a%20b?open_revs=all");
        assert!(e.changes(None, None).ends_with("&since=0"));
        let since = Seq("12-g1AA+/=".into());
        assert_eq!(
            e.changes(Some(&since), Some(25_000)),
            "http://x/db/_changes?style=all_docs&include_docs=true&conflicts=true\
             &since=12-g1AA%2B%2F%3D&feed=longpoll&timeout=25000"
        );
    }

    #[test]
    fn basic_credentials_are_standard_base64_of_utf8() {
        assert_eq!(
            basic_auth("Aladdin", "open sesame"),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
        assert_eq!(basic_auth("a", "b"), "Basic YTpi");
        assert_eq!(basic_auth("ü", "?>"), "Basic w7w6Pz4=");
    }
}
