//! CouchDB documents as the app writes and reads them, and the `_changes` and
//! `_bulk_docs` responses, parsed with `serde_json`.
//!
//! A synced document is the local envelope plus CouchDB's fields:
//! `{"_id": "journey:j1", "_rev": "3-…", "v": 4, "body": {…}, "saved": {"by": …, "at": …}}`
//! (`saved`: who pushed it and when, which CouchDB does not record). Reading never fails
//! on one document: anything the app cannot read is [`RemoteContent::Foreign`], to be
//! left untouched on the server and listed.

use super::doc_id::DocId;
use crate::storage::envelope::{Envelope, SCHEMA_VERSION};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use std::fmt;

/// A sequence of the database's changes feed, kept opaque: CouchDB 3 sends strings
/// (`"12-g1AAAA…"`), CouchDB 1 and pouchdb-server numbers. Sent back as `since=`
/// exactly as received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Seq(pub String);

impl Seq {
    fn from_value(value: &Value) -> Self {
        match value {
            Value::String(s) => Self(s.clone()),
            other => Self(other.to_string()),
        }
    }
}

fn seq_any<'de, D: Deserializer<'de>>(d: D) -> Result<Seq, D::Error> {
    Ok(Seq::from_value(&Value::deserialize(d)?))
}

/// Who saved a document on the server and when, as the app that wrote it says
/// (CouchDB records neither); empty for a document another program wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// The user name the writer was logged in with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// When, as an RFC 3339 time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

impl Saved {
    /// Whether it says nothing.
    pub fn is_empty(&self) -> bool {
        self.by.is_none() && self.at.is_none()
    }
}

/// A document as the app sends it in `_bulk_docs`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutgoingDoc {
    /// The CouchDB `_id` (see [`DocId::remote`]).
    #[serde(rename = "_id")]
    pub id: String,
    /// The revision this write is based on; `None` for a document new to the server.
    #[serde(rename = "_rev", skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    /// True for a deletion (then there is no envelope).
    #[serde(rename = "_deleted", skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    /// The envelope's schema version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub v: Option<u32>,
    /// The envelope's body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// Who writes it and when (set by the caller just before the push).
    #[serde(skip_serializing_if = "Saved::is_empty")]
    pub saved: Saved,
}

impl OutgoingDoc {
    /// A write of `envelope` under `id`, based on `rev`.
    pub fn put(id: &str, rev: Option<String>, envelope: &Envelope) -> Self {
        Self {
            id: id.to_owned(),
            rev,
            deleted: false,
            v: Some(envelope.v),
            body: Some(envelope.body.clone()),
            saved: Saved::default(),
        }
    }

    /// A deletion of revision `rev` of `id`.
    pub fn delete(id: &str, rev: String) -> Self {
        Self {
            id: id.to_owned(),
            rev: Some(rev),
            deleted: true,
            v: None,
            body: None,
            saved: Saved::default(),
        }
    }

    /// The envelope written, `None` for a deletion.
    pub fn envelope(&self) -> Option<Envelope> {
        match (self.deleted, self.v, &self.body) {
            (false, Some(v), Some(body)) => Some(Envelope {
                v,
                body: body.clone(),
            }),
            _ => None,
        }
    }
}

/// The `_bulk_docs` request body.
pub fn bulk_docs_request(docs: &[OutgoingDoc]) -> Result<String, serde_json::Error> {
    #[derive(Serialize)]
    struct Request<'a> {
        docs: &'a [OutgoingDoc],
    }
    serde_json::to_string(&Request { docs })
}

/// Why a document on the server is not one the app can read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ForeignReason {
    /// The `_id` is not one of the app's (another program's, `_design/…`).
    UnknownId,
    /// Written by a newer DSV Studio.
    NewerSchema(u32),
    /// Not a versioned envelope (no `v`, no `body`, schema 0).
    NotAnEnvelope,
}

impl fmt::Display for ForeignReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownId => f.write_str("not a DSV Studio document"),
            Self::NewerSchema(v) => write!(
                f,
                "written by a newer DSV Studio (schema {v}, this version reads up to {SCHEMA_VERSION})"
            ),
            Self::NotAnEnvelope => f.write_str("not in the DSV Studio layout"),
        }
    }
}

/// What a server document holds, as far as the app is concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoteContent {
    /// A readable envelope (its body is checked against the schema when loaded, as
    /// any stored entry is).
    Envelope(Envelope),
    /// A deletion (tombstone).
    Deleted,
    /// Something to leave alone and list.
    Foreign(ForeignReason),
}

/// A document read from the server.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteDoc {
    /// Its `_id`.
    pub id: String,
    /// Its winning `_rev` (empty when the server sent none).
    pub rev: String,
    /// Losing revisions the server keeps (`_conflicts`, when asked for).
    pub conflicts: Vec<String>,
    /// Who saved it and when, where the writer said.
    pub saved: Saved,
    /// What it holds.
    pub content: RemoteContent,
}

impl RemoteDoc {
    /// Classifies a document as CouchDB returns it. Never fails: an unreadable
    /// document is foreign.
    pub fn from_value(value: &Value) -> Self {
        let text = |field: &str| value.get(field).and_then(Value::as_str).map(str::to_owned);
        let id = text("_id").unwrap_or_default();
        let rev = text("_rev").unwrap_or_default();
        let conflicts = value
            .get("_conflicts")
            .and_then(Value::as_array)
            .map(|revs| {
                revs.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let deleted = value.get("_deleted").and_then(Value::as_bool) == Some(true);
        let content = if DocId::from_remote(&id).is_none() {
            RemoteContent::Foreign(ForeignReason::UnknownId)
        } else if deleted {
            RemoteContent::Deleted
        } else {
            classify_envelope(value)
        };
        let saved = value
            .get("saved")
            .and_then(|v| Saved::deserialize(v).ok())
            .unwrap_or_default();
        Self {
            id,
            rev,
            conflicts,
            saved,
            content,
        }
    }

    /// The readable envelope, if any.
    pub fn envelope(&self) -> Option<&Envelope> {
        match &self.content {
            RemoteContent::Envelope(e) => Some(e),
            _ => None,
        }
    }
}

fn classify_envelope(value: &Value) -> RemoteContent {
    let version = value
        .get("v")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok());
    match (version, value.get("body")) {
        (Some(v), _) if v > SCHEMA_VERSION => RemoteContent::Foreign(ForeignReason::NewerSchema(v)),
        (Some(v), Some(body)) if v > 0 => RemoteContent::Envelope(Envelope {
            v,
            body: body.clone(),
        }),
        _ => RemoteContent::Foreign(ForeignReason::NotAnEnvelope),
    }
}

/// A response the app could not understand at all (not a single document: the whole
/// reply), so this round of sync stops and is retried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolError(pub String);

impl fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the server's reply is not understood ({})", self.0)
    }
}

impl std::error::Error for ProtocolError {}

/// One entry of the changes feed.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Its sequence.
    pub seq: Seq,
    /// The document's `_id`.
    pub id: String,
    /// The leaf revisions named by `changes[].rev`.
    pub revs: Vec<String>,
    /// True when the change is a deletion.
    pub deleted: bool,
    /// The document (with `include_docs=true`).
    pub doc: Option<RemoteDoc>,
}

/// A `_changes` response.
#[derive(Debug, Clone, PartialEq)]
pub struct Changes {
    /// The changes, in feed order.
    pub results: Vec<Change>,
    /// Where the next pull starts (`since=`).
    pub last_seq: Seq,
}

#[derive(Deserialize)]
struct RawChanges {
    results: Vec<RawChange>,
    #[serde(deserialize_with = "seq_any")]
    last_seq: Seq,
}

#[derive(Deserialize)]
struct RawChange {
    #[serde(deserialize_with = "seq_any")]
    seq: Seq,
    id: String,
    #[serde(default)]
    changes: Vec<RawRev>,
    #[serde(default)]
    deleted: bool,
    #[serde(default)]
    doc: Option<Value>,
}

#[derive(Deserialize)]
struct RawRev {
    rev: String,
}

/// Parses a `_changes` response.
pub fn parse_changes(text: &str) -> Result<Changes, ProtocolError> {
    let raw: RawChanges = serde_json::from_str(text).map_err(|e| ProtocolError(e.to_string()))?;
    Ok(Changes {
        results: raw
            .results
            .into_iter()
            .map(|c| Change {
                seq: c.seq,
                id: c.id,
                revs: c.changes.into_iter().map(|r| r.rev).collect(),
                deleted: c.deleted,
                doc: c
                    .doc
                    .as_ref()
                    .filter(|d| d.is_object())
                    .map(RemoteDoc::from_value),
            })
            .collect(),
        last_seq: raw.last_seq,
    })
}

/// The outcome of one document of a `_bulk_docs` push.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkOutcome {
    /// Written at this new revision.
    Saved { rev: String },
    /// Refused because the server holds a revision this write was not based on.
    Conflict,
    /// Refused otherwise (`forbidden`, `unauthorized`, …), with the server's words.
    Refused { error: String, reason: String },
}

/// One entry of a `_bulk_docs` response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkResult {
    /// The document's `_id`.
    pub id: String,
    /// What happened to it.
    pub outcome: BulkOutcome,
}

#[derive(Deserialize)]
struct RawBulk {
    id: String,
    #[serde(default)]
    rev: Option<String>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    reason: Option<String>,
}

/// Parses a `_bulk_docs` response.
pub fn parse_bulk_docs(text: &str) -> Result<Vec<BulkResult>, ProtocolError> {
    let raw: Vec<RawBulk> = serde_json::from_str(text).map_err(|e| ProtocolError(e.to_string()))?;
    Ok(raw
        .into_iter()
        .map(|r| {
            let outcome = match (r.error, r.rev) {
                (Some(error), _) if error == "conflict" => BulkOutcome::Conflict,
                (Some(error), _) => BulkOutcome::Refused {
                    error,
                    reason: r.reason.unwrap_or_default(),
                },
                (None, Some(rev)) => BulkOutcome::Saved { rev },
                (None, None) => BulkOutcome::Refused {
                    error: "unknown".into(),
                    reason: "no revision in the reply".into(),
                },
            };
            BulkResult { id: r.id, outcome }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn outgoing_docs_serialise_as_couchdb_expects() {
        let env = Envelope {
            v: SCHEMA_VERSION,
            body: json!({"id": "j1", "name": "<b>x</b>"}),
        };
        let new = OutgoingDoc::put("journey:j1", None, &env);
        assert_eq!(
            serde_json::to_value(&new).unwrap(),
            json!({"_id": "journey:j1", "v": 4, "body": {"id": "j1", "name": "<b>x</b>"}})
        );
        assert_eq!(new.envelope(), Some(env.clone()));
        let update = OutgoingDoc::put("journey:j1", Some("1-abc".into()), &env);
        assert_eq!(serde_json::to_value(&update).unwrap()["_rev"], "1-abc");
        let gone = OutgoingDoc::delete("journey:j1", "2-def".into());
        assert_eq!(
            bulk_docs_request(std::slice::from_ref(&gone)).unwrap(),
            r#"{"docs":[{"_id":"journey:j1","_rev":"2-def","_deleted":true}]}"#
        );
        assert_eq!(gone.envelope(), None);
    }

    #[test]
    fn who_saved_a_document_goes_out_and_comes_back() {
        let env = Envelope {
            v: SCHEMA_VERSION,
            body: json!({"id": "j1"}),
        };
        let mut doc = OutgoingDoc::put("journey:j1", None, &env);
        doc.saved = Saved {
            by: Some("ana".into()),
            at: Some("2026-12-07T14:05:00.000Z".into()),
        };
        let mut value = serde_json::to_value(&doc).unwrap();
        assert_eq!(
            value["saved"],
            json!({"by": "ana", "at": "2026-12-07T14:05:00.000Z"})
        );
        value["_rev"] = json!("1-a");
        let back = RemoteDoc::from_value(&value);
        assert_eq!(back.saved, doc.saved);
        assert_eq!(back.envelope(), Some(&env), "not part of the envelope");
        // Another program's "saved" of another shape says nothing.
        value["saved"] = json!("yesterday");
        assert_eq!(RemoteDoc::from_value(&value).saved, Saved::default());
    }

    #[test]
    fn couchdb3_changes_with_docs_parse() {
        let text = r#"{"results":[
            {"seq":"1-g1AAAABteJzLYWBgYMpgTmHgz8tPSTV0MDQy1zMAQsMcoARTIkOS_P___7MSGXAqSVIAkkn2IFUZzIlMuUABdvOkVGMLEyRTcJqRxwIkGRqAFFDZfLBZDGCzzJMsLC1MkhC6zFHsNMNt1gKIWfvBZrEnmyUmmaWhqMDlKiOIWQcgZqWAzWIPyEmzTDQwQlZvRJR_HkDM-Q82KwQA9IBL2Q",
             "id":"journey:j1","changes":[{"rev":"1-967a00dff5e02add41819138abb3284d"}],
             "doc":{"_id":"journey:j1","_rev":"1-967a00dff5e02add41819138abb3284d","v":4,"body":{"id":"j1"}}},
            {"seq":"2-g1AAAAB","id":"persona:p1","changes":[{"rev":"2-7051cbe5c8faecd085a3fa619e6e6337"}],
             "deleted":true,
             "doc":{"_id":"persona:p1","_rev":"2-7051cbe5c8faecd085a3fa619e6e6337","_deleted":true}},
            {"seq":"3-g1AAAAC","id":"_design/app","changes":[{"rev":"1-a"}],
             "doc":{"_id":"_design/app","_rev":"1-a","views":{}}}
          ],
          "last_seq":"3-g1AAAAC","pending":0}"#;
        let changes = parse_changes(text).unwrap();
        assert_eq!(changes.last_seq, Seq("3-g1AAAAC".into()));
        assert_eq!(changes.results.len(), 3);
        let first = &changes.results[0];
        assert_eq!(first.id, "journey:j1");
        assert_eq!(first.revs, ["1-967a00dff5e02add41819138abb3284d"]);
        let doc = first.doc.as_ref().unwrap();
        assert_eq!(doc.rev, "1-967a00dff5e02add41819138abb3284d");
        assert_eq!(
            doc.content,
            RemoteContent::Envelope(Envelope {
                v: 4,
                body: json!({"id": "j1"})
            })
        );
        assert!(changes.results[1].deleted);
        assert_eq!(
            changes.results[1].doc.as_ref().unwrap().content,
            RemoteContent::Deleted
        );
        assert_eq!(
            changes.results[2].doc.as_ref().unwrap().content,
            RemoteContent::Foreign(ForeignReason::UnknownId)
        );
    }

    #[test]
    fn pouchdb_server_numeric_seqs_are_kept_as_text() {
        let text = r#"{"results":[{"id":"survey:k1","changes":[{"rev":"1-x"}],"seq":7,
            "doc":{"v":4,"body":{"id":"k1"},"_id":"survey:k1","_rev":"1-x"}}],"last_seq":7}"#;
        let changes = parse_changes(text).unwrap();
        assert_eq!(changes.last_seq, Seq("7".into()));
        assert_eq!(changes.results[0].seq.0, "7");
        assert_eq!(serde_json::to_string(&changes.last_seq).unwrap(), r#""7""#);
    }

    #[test]
    fn unreadable_docs_are_foreign_not_errors() {
        let cases = [
            (
                json!({"_id": "journey:j1", "_rev": "1-a", "v": 99, "body": {}}),
                ForeignReason::NewerSchema(99),
            ),
            (
                json!({"_id": "journey:j1", "_rev": "1-a", "title": "x"}),
                ForeignReason::NotAnEnvelope,
            ),
            (
                json!({"_id": "journey:j1", "_rev": "1-a", "v": 0, "body": {}}),
                ForeignReason::NotAnEnvelope,
            ),
            (
                json!({"_id": "journey:j1", "_rev": "1-a", "v": "4", "body": {}}),
                ForeignReason::NotAnEnvelope,
            ),
            (
                json!({"_id": "invoice-1", "_rev": "1-a", "v": 4, "body": {}}),
                ForeignReason::UnknownId,
            ),
            (
                json!({"_rev": "1-a", "v": 4, "body": {}}),
                ForeignReason::UnknownId,
            ),
        ];
        for (value, reason) in cases {
            assert_eq!(
                RemoteDoc::from_value(&value).content,
                RemoteContent::Foreign(reason),
                "{value}"
            );
        }
        let doc = RemoteDoc::from_value(&json!({"_id": "journey:j1", "_rev": "3-c",
            "_conflicts": ["3-b", "2-a"], "v": 3, "body": null}));
        assert_eq!(doc.conflicts, ["3-b", "2-a"]);
        assert_eq!(doc.envelope().map(|e| e.v), Some(3));
    }

    #[test]
    fn bulk_docs_replies_parse() {
        let text = r#"[{"ok":true,"id":"journey:j1","rev":"2-6ac3ba3da8f9b2bf0e7d4e7a9ce4a29d"},
            {"id":"journey:j2","error":"conflict","reason":"Document update conflict."},
            {"id":"service:s1","error":"forbidden","reason":"Only members may write."}]"#;
        assert_eq!(
            parse_bulk_docs(text).unwrap(),
            vec![
                BulkResult {
                    id: "journey:j1".into(),
                    outcome: BulkOutcome::Saved {
                        rev: "2-6ac3ba3da8f9b2bf0e7d4e7a9ce4a29d".into()
                    }
                },
                BulkResult {
                    id: "journey:j2".into(),
                    outcome: BulkOutcome::Conflict
                },
                BulkResult {
                    id: "service:s1".into(),
                    outcome: BulkOutcome::Refused {
                        error: "forbidden".into(),
                        reason: "Only members may write.".into()
                    }
                },
            ]
        );
    }

    #[test]
    fn replies_of_another_shape_are_protocol_errors() {
        let unauthorized = r#"{"error":"unauthorized","reason":"Name or password is incorrect."}"#;
        assert!(parse_bulk_docs(unauthorized).is_err());
        assert!(parse_changes(unauthorized).is_err());
        assert!(parse_changes("<html>").is_err());
    }
}
