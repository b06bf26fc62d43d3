//! Team sync through the CouchDB HTTP API (issue 19): the pure groundwork, with no
//! browser or network code, tested natively.
//!
//! The plan:
//! - **One CouchDB document per local document.** The local key `dsv:journey:j1`
//!   becomes the `_id` `journey:j1` ([`doc_id`]); the document's fields are the same
//!   versioned envelope local storage holds (`{"v": …, "body": …}`), next to CouchDB's
//!   own `_id`, `_rev`, `_deleted` and `_conflicts` ([`remote_doc`]).
//! - **The `_rev` lives beside the local copy**, in a [`revisions::SyncLedger`] stored
//!   under its own key ([`revisions::LEDGER_KEY`]): per document the revision it was
//!   last synced at and whether it changed locally since. The ledger never holds the
//!   password or any credential.
//! - **Pull** with `GET /{db}/_changes?since=<last_seq>&include_docs=true`: a remote
//!   change to a document unchanged here is taken; a remote change to a document
//!   changed here is a [`conflict::Conflict`]. **Push** with `POST /{db}/_bulk_docs`:
//!   every changed document names the `_rev` it was based on; a deletion is a
//!   `_deleted` document with its revision; a refused write (`"error": "conflict"`)
//!   is fetched and becomes a conflict as well.
//! - **Conflicts lose nothing**: until the user chooses (keep this device's version,
//!   keep the server's, or keep both as two documents), the local version stays in
//!   local storage and the server's stays on the server.
//! - **Documents the app cannot read** (a newer schema, another program's, an `_id`
//!   outside the mapping) are classified as foreign: left untouched on the server,
//!   listed, never an error that stops a sync.
//! - The **first connect** of a browser that holds documents to a database that holds
//!   others merges by id ([`merge`]): equal content is no conflict, one side only is
//!   copied to the other, different content is a conflict.
//!
//! The browser side: [`endpoint`] checks the address and builds the URLs, [`http`]
//! is the only code that calls `fetch`, [`local`] keeps the sync's settings, ledger
//! and one-tab lock in local storage (and reads the synced documents), [`secret`]
//! the password (session storage unless remembered). The loop that drives them is
//! in `ui/team_sync`.

pub mod compare;
pub mod conflict;
pub mod doc_id;
pub mod endpoint;
pub mod http;
pub mod local;
pub mod merge;
pub mod remote_doc;
pub mod revisions;
pub mod secret;
