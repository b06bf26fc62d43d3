//! A document changed both here and on the server, and the three ways out of it.
//!
//! Until the user chooses, neither version is lost: this device's stays in local
//! storage (the sync does not overwrite it and does not push it), the server's stays
//! on the server and is kept in the ledger so it can be shown offline. Every choice
//! returns what to write locally and what to push; nothing it drops is something the
//! user did not choose to drop.

use super::doc_id::DocId;
use super::remote_doc::{OutgoingDoc, Saved};
use crate::domain::Id;
use crate::storage::envelope::Envelope;
use crate::storage::keys::DocKind;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// Two versions of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// The CouchDB `_id`.
    pub id: String,
    /// This device's version; `None` when it was deleted here.
    pub local: Option<Envelope>,
    /// The server's version; `None` when it was deleted there.
    pub remote: Option<Envelope>,
    /// The server's current revision (a write that wins must name it).
    pub remote_rev: String,
    /// Other revisions the server itself holds in conflict (`_conflicts`), left
    /// untouched on the server.
    #[serde(default)]
    pub remote_conflicts: Vec<String>,
    /// Who saved the server's version and when, where the server's document says.
    #[serde(default)]
    pub remote_saved: Saved,
}

/// What the user chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Keep this device's version: it is pushed over the server's.
    KeepLocal,
    /// Keep the server's version: it replaces this device's.
    KeepRemote,
    /// Keep both: the server's under the document's id, this device's as a new
    /// document under `new_id` (made by the caller: pure code cannot make random ids).
    KeepBoth { new_id: Id },
}

/// A write to local storage, by CouchDB `_id` (see [`DocId::local_key`]).
#[derive(Debug, Clone, PartialEq)]
pub enum LocalWrite {
    /// Store `envelope` under `id`.
    Put { id: String, envelope: Envelope },
    /// Remove `id`.
    Remove { id: String },
}

/// What a choice does.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    /// Local writes, in order.
    pub writes: Vec<LocalWrite>,
    /// Documents to push.
    pub pushes: Vec<OutgoingDoc>,
}

/// Why "keep both" is not offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeepBothError {
    /// Survey responses and ticket runs are parts of one collection: a copy would
    /// duplicate or orphan them, so only one version can be kept (the other can be
    /// downloaded first).
    NotACopyableKind,
    /// The conflict's id is not a DSV Studio document.
    UnknownId,
    /// The new id is the document's own.
    SameId,
}

impl fmt::Display for KeepBothError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotACopyableKind => f.write_str("this kind of document cannot be copied"),
            Self::UnknownId => f.write_str("not a DSV Studio document"),
            Self::SameId => f.write_str("the copy needs an id of its own"),
        }
    }
}

impl std::error::Error for KeepBothError {}

impl Conflict {
    /// The writes and pushes of `choice`.
    pub fn resolve(&self, choice: &Choice) -> Result<Resolution, KeepBothError> {
        match choice {
            Choice::KeepLocal => Ok(Resolution {
                writes: Vec::new(),
                pushes: vec![self.local_over_remote()],
            }),
            Choice::KeepRemote => Ok(Resolution {
                writes: vec![self.take_remote()],
                pushes: Vec::new(),
            }),
            Choice::KeepBoth { new_id } => self.keep_both(new_id),
        }
    }

    /// This device's version written over the server's current revision.
    fn local_over_remote(&self) -> OutgoingDoc {
        match &self.local {
            Some(envelope) => OutgoingDoc::put(&self.id, Some(self.remote_rev.clone()), envelope),
            None => OutgoingDoc::delete(&self.id, self.remote_rev.clone()),
        }
    }

    fn take_remote(&self) -> LocalWrite {
        match &self.remote {
            Some(envelope) => LocalWrite::Put {
                id: self.id.clone(),
                envelope: envelope.clone(),
            },
            None => LocalWrite::Remove {
                id: self.id.clone(),
            },
        }
    }

    fn keep_both(&self, new_id: &Id) -> Result<Resolution, KeepBothError> {
        let doc = DocId::from_remote(&self.id).ok_or(KeepBothError::UnknownId)?;
        if matches!(doc.kind, DocKind::Responses | DocKind::Tickets) {
            return Err(KeepBothError::NotACopyableKind);
        }
        if &doc.id == new_id {
            return Err(KeepBothError::SameId);
        }
        let mut writes = vec![self.take_remote()];
        let mut pushes = Vec::new();
        if let Some(local) = &self.local {
            let copy_id = DocId {
                kind: doc.kind,
                id: new_id.clone(),
            }
            .remote();
            let copy = with_id(local, new_id);
            pushes.push(OutgoingDoc::put(&copy_id, None, &copy));
            writes.push(LocalWrite::Put {
                id: copy_id,
                envelope: copy,
            });
        }
        Ok(Resolution { writes, pushes })
    }
}

/// `envelope` with its body's own `id` field (journeys, personas, surveys, services,
/// calendars and ticket SLAs all have one) set to `id`.
fn with_id(envelope: &Envelope, id: &Id) -> Envelope {
    let mut copy = envelope.clone();
    if let Some(field) = copy.body.get_mut("id").filter(|f| f.is_string()) {
        *field = Value::String(id.to_string());
    }
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn env(title: &str) -> Envelope {
        Envelope {
            v: 4,
            body: json!({"id": "j1", "name": title}),
        }
    }

    fn conflict() -> Conflict {
        Conflict {
            id: "journey:j1".into(),
            local: Some(env("here")),
            remote: Some(env("there")),
            remote_rev: "3-b".into(),
            remote_conflicts: Vec::new(),
            remote_saved: Saved::default(),
        }
    }

    #[test]
    fn keep_local_pushes_it_over_the_servers_revision() {
        let r = conflict().resolve(&Choice::KeepLocal).unwrap();
        assert_eq!(r.writes, []);
        assert_eq!(
            r.pushes,
            [OutgoingDoc::put(
                "journey:j1",
                Some("3-b".into()),
                &env("here")
            )]
        );
        // The server's version stays in its revision history; a local deletion
        // is pushed as a deletion of the revision the user saw.
        let deleted_here = Conflict {
            local: None,
            ..conflict()
        };
        let r = deleted_here.resolve(&Choice::KeepLocal).unwrap();
        assert_eq!(r.pushes, [OutgoingDoc::delete("journey:j1", "3-b".into())]);
    }

    #[test]
    fn keep_remote_writes_it_locally_and_pushes_nothing() {
        let r = conflict().resolve(&Choice::KeepRemote).unwrap();
        assert_eq!(
            r.writes,
            [LocalWrite::Put {
                id: "journey:j1".into(),
                envelope: env("there")
            }]
        );
        assert_eq!(r.pushes, []);
        let deleted_there = Conflict {
            remote: None,
            ..conflict()
        };
        let r = deleted_there.resolve(&Choice::KeepRemote).unwrap();
        assert_eq!(
            r.writes,
            [LocalWrite::Remove {
                id: "journey:j1".into()
            }]
        );
    }

    #[test]
    fn keep_both_loses_neither_text() {
        let new_id = Id::new("j1-copy").unwrap();
        let r = conflict()
            .resolve(&Choice::KeepBoth {
                new_id: new_id.clone(),
            })
            .unwrap();
        let copy = Envelope {
            v: 4,
            body: json!({"id": "j1-copy", "name": "here"}),
        };
        assert_eq!(
            r.writes,
            [
                LocalWrite::Put {
                    id: "journey:j1".into(),
                    envelope: env("there")
                },
                LocalWrite::Put {
                    id: "journey:j1-copy".into(),
                    envelope: copy.clone()
                },
            ]
        );
        assert_eq!(r.pushes, [OutgoingDoc::put("journey:j1-copy", None, &copy)]);
        assert_eq!(
            conflict().resolve(&Choice::KeepBoth {
                new_id: Id::new("j1").unwrap()
            }),
            Err(KeepBothError::SameId)
        );
    }

    #[test]
    fn keep_both_is_refused_for_collections() {
        for id in ["responses:k1", "tickets:r0000"] {
            let c = Conflict {
                id: id.into(),
                ..conflict()
            };
            let choice = Choice::KeepBoth {
                new_id: Id::new("x").unwrap(),
            };
            assert_eq!(c.resolve(&choice), Err(KeepBothError::NotACopyableKind));
        }
    }

    #[test]
    fn conflicts_survive_a_round_trip_through_json() {
        let c = Conflict {
            remote_conflicts: vec!["3-a".into()],
            remote_saved: Saved {
                by: Some("ana".into()),
                at: Some("2026-12-07T14:05:00.000Z".into()),
            },
            ..conflict()
        };
        let text = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<Conflict>(&text).unwrap(), c);
    }
}
