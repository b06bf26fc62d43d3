//! The only code that talks to the CouchDB server: `fetch` through web-sys, each
//! request with the Basic credentials in its `Authorization` header (never in the
//! URL), a deadline, and typed errors that never hold the credentials.

use super::endpoint::Endpoint;
use super::remote_doc::{
    bulk_docs_request, parse_bulk_docs, parse_changes, BulkResult, Changes, OutgoingDoc, RemoteDoc,
    Seq,
};
use serde_json::Value;
use std::cell::RefCell;
use std::fmt;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long a long poll waits on the server for a change (CouchDB's `timeout`).
pub const LONGPOLL_MS: u32 = 25_000;
/// The deadline of any request (a long poll gets its wait on top).
const DEADLINE_MS: i32 = 30_000;

/// Why a request failed. No variant holds the credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpError {
    /// No answer: the server is down or unreachable, or the browser blocked the
    /// answer (CORS not enabled for this page's origin).
    Unreachable,
    /// 401: wrong user name or password.
    Unauthorized,
    /// 403: the user may not do this (not a member of the database).
    Forbidden,
    /// 404: no such database (or document).
    NotFound,
    /// The request was cut short on purpose (a long poll woken by a local change).
    Aborted,
    /// Another status, with the server's short error word.
    Status(u16, String),
    /// An answer that is not CouchDB's.
    Protocol(String),
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreachable => f.write_str("server unreachable or blocked by CORS"),
            Self::Unauthorized => f.write_str("401 unauthorized"),
            Self::Forbidden => f.write_str("403 forbidden"),
            Self::NotFound => f.write_str("404 not found"),
            Self::Aborted => f.write_str("cancelled"),
            Self::Status(code, word) => write!(f, "HTTP {code} {word}"),
            Self::Protocol(why) => write!(f, "not a CouchDB answer ({why})"),
        }
    }
}

impl std::error::Error for HttpError {}

/// A server, a database and the credentials to use them. Its `Debug` output shows
/// the address only.
#[derive(Clone)]
pub struct Client {
    endpoint: Endpoint,
    user: String,
    auth: String,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

thread_local! {
    /// The long poll under way, so a local change can cut it short.
    static POLL: RefCell<Option<web_sys::AbortController>> = const { RefCell::new(None) };
}

/// Cuts the long poll under way short (it ends with [`HttpError::Aborted`]).
pub fn abort_poll() {
    POLL.with(|p| {
        if let Some(c) = p.borrow_mut().take() {
            c.abort();
        }
    });
}

impl Client {
    /// A client for `endpoint` with user `user` and `password`.
    pub fn new(endpoint: Endpoint, user: &str, password: &str) -> Self {
        Self {
            endpoint,
            user: user.to_owned(),
            auth: super::endpoint::basic_auth(user, password),
        }
    }

    /// The user name it logs in with (not a secret: it is written beside each
    /// document pushed, see [`OutgoingDoc::saved`](super::remote_doc::OutgoingDoc::saved)).
    pub fn user(&self) -> &str {
        &self.user
    }

    /// The address and database.
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// `GET /`: true when the server greets as CouchDB does (`{"couchdb":
    /// "Welcome", …}`; pouchdb-server says `"express-pouchdb"`).
    pub async fn welcome(&self) -> Result<(), HttpError> {
        let v = self.json("GET", &self.endpoint.root(), None, false).await?;
        match v.get("couchdb").or_else(|| v.get("express-pouchdb")) {
            Some(_) => Ok(()),
            None => Err(HttpError::Protocol("no welcome".into())),
        }
    }

    /// `GET /_session`: the name the server knows the credentials by. Credentials
    /// it does not take are [`HttpError::Unauthorized`].
    pub async fn session(&self) -> Result<String, HttpError> {
        let v = self
            .json("GET", &self.endpoint.session(), None, false)
            .await?;
        v.pointer("/userCtx/name")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or(HttpError::Unauthorized)
    }

    /// `GET /{db}`.
    pub async fn database(&self) -> Result<(), HttpError> {
        self.json("GET", &self.endpoint.database(), None, false)
            .await
            .map(drop)
    }

    /// `PUT /{db}`: creates the database.
    pub async fn create_database(&self) -> Result<(), HttpError> {
        self.json("PUT", &self.endpoint.database(), None, false)
            .await
            .map(drop)
    }

    /// `POST /{db}/_bulk_docs`.
    pub async fn bulk_docs(&self, docs: &[OutgoingDoc]) -> Result<Vec<BulkResult>, HttpError> {
        let body = bulk_docs_request(docs).map_err(|e| HttpError::Protocol(e.to_string()))?;
        let text = self
            .send("POST", &self.endpoint.bulk_docs(), Some(&body), false)
            .await?;
        parse_bulk_docs(&text).map_err(|e| HttpError::Protocol(e.0))
    }

    /// `GET /{db}/_changes` from `since`, a long poll when `longpoll` (cut short by
    /// [`abort_poll`]).
    pub async fn changes(&self, since: Option<&Seq>, longpoll: bool) -> Result<Changes, HttpError> {
        let url = self
            .endpoint
            .changes(since, longpoll.then_some(LONGPOLL_MS));
        let text = self.send("GET", &url, None, longpoll).await?;
        parse_changes(&text).map_err(|e| HttpError::Protocol(e.0))
    }

    /// The server's current version of `id` with its `_conflicts`; a deleted
    /// document is read from its leaves (`open_revs=all`) so its tombstone revision
    /// is known.
    pub async fn doc(&self, id: &str) -> Result<RemoteDoc, HttpError> {
        match self.json("GET", &self.endpoint.doc(id), None, false).await {
            Ok(v) => Ok(RemoteDoc::from_value(&v)),
            Err(HttpError::NotFound) => {
                let v = self
                    .json("GET", &self.endpoint.doc_leaves(id), None, false)
                    .await?;
                let leaves = v.as_array().cloned().unwrap_or_default();
                leaves
                    .iter()
                    .filter_map(|l| l.get("ok"))
                    .max_by_key(|d| rev_number(d))
                    .map(RemoteDoc::from_value)
                    .ok_or(HttpError::NotFound)
            }
            Err(e) => Err(e),
        }
    }

    async fn json(
        &self,
        method: &str,
        url: &str,
        body: Option<&str>,
        poll: bool,
    ) -> Result<Value, HttpError> {
        let text = self.send(method, url, body, poll).await?;
        serde_json::from_str(&text).map_err(|e| HttpError::Protocol(e.to_string()))
    }

    async fn send(
        &self,
        method: &str,
        url: &str,
        body: Option<&str>,
        poll: bool,
    ) -> Result<String, HttpError> {
        let window = web_sys::window().ok_or(HttpError::Unreachable)?;
        let unreachable = |_| HttpError::Unreachable;
        let headers = web_sys::Headers::new().map_err(unreachable)?;
        let _ = headers.set("Accept", "application/json");
        let _ = headers.set("Authorization", &self.auth);
        if body.is_some() {
            let _ = headers.set("Content-Type", "application/json");
        }
        let controller = web_sys::AbortController::new().map_err(unreachable)?;
        let init = web_sys::RequestInit::new();
        init.set_method(method);
        init.set_headers(&headers);
        init.set_mode(web_sys::RequestMode::Cors);
        init.set_credentials(web_sys::RequestCredentials::Omit);
        init.set_cache(web_sys::RequestCache::NoStore);
        init.set_signal(Some(&controller.signal()));
        if let Some(body) = body {
            init.set_body(&JsValue::from_str(body));
        }
        let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(unreachable)?;
        let deadline = DEADLINE_MS + if poll { LONGPOLL_MS as i32 } else { 0 };
        let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
        let on_deadline = {
            let (c, t) = (controller.clone(), timed_out.clone());
            Closure::once_into_js(move || {
                t.set(true);
                c.abort();
            })
        };
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                on_deadline.unchecked_ref(),
                deadline,
            )
            .ok();
        if poll {
            POLL.with(|p| *p.borrow_mut() = Some(controller.clone()));
        }
        let result = fetch_text(&window, &request).await;
        if let Some(t) = timer {
            window.clear_timeout_with_handle(t);
        }
        if poll {
            POLL.with(|p| p.borrow_mut().take());
        }
        // Cut short by a local change: aborted; by the deadline: the server is not
        // answering.
        let (status, text) = result.map_err(|_| {
            if controller.signal().aborted() && !timed_out.get() {
                HttpError::Aborted
            } else {
                HttpError::Unreachable
            }
        })?;
        match status {
            200..=299 => Ok(text),
            401 => Err(HttpError::Unauthorized),
            403 => Err(HttpError::Forbidden),
            404 => Err(HttpError::NotFound),
            code => {
                let word = serde_json::from_str::<Value>(&text)
                    .ok()
                    .and_then(|v| v.get("error").and_then(Value::as_str).map(short))
                    .unwrap_or_default();
                Err(HttpError::Status(code, word))
            }
        }
    }
}

async fn fetch_text(
    window: &web_sys::Window,
    request: &web_sys::Request,
) -> Result<(u16, String), JsValue> {
    let response: web_sys::Response = JsFuture::from(window.fetch_with_request(request))
        .await?
        .dyn_into()?;
    let text = JsFuture::from(response.text()?).await?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}

/// The server's error word, cut to a length fit for a status line.
fn short(word: &str) -> String {
    word.chars().take(60).collect()
}

/// The number before the dash of a document's `_rev`.
fn rev_number(doc: &Value) -> u64 {
    doc.get("_rev")
        .and_then(Value::as_str)
        .and_then(|r| r.split('-').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}
