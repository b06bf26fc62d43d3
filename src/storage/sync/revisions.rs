//! The revision bookkeeping: per synced document, the `_rev` it was last synced at
//! and whether it changed here since; the position in the changes feed; and the
//! conflicts waiting for the user.
//!
//! The ledger is stored in local storage under [`LEDGER_KEY`] (in the usual
//! envelope). It holds revisions, sequences and document versions, never the
//! password or any other credential, and never goes into a backup or a share link.

use super::conflict::{Choice, Conflict, KeepBothError, LocalWrite, Resolution};
use super::remote_doc::{
    BulkOutcome, BulkResult, Changes, ForeignReason, OutgoingDoc, RemoteContent, RemoteDoc, Seq,
};
use crate::storage::envelope::Envelope;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The local storage key of the ledger. It is not a document key
/// ([`crate::storage::keys::doc_kind`] is `None`), so the repository ignores it.
pub const LEDGER_KEY: &str = "dsv:sync:ledger";

/// The synced documents held locally, by CouchDB `_id`.
pub type LocalDocs = BTreeMap<String, Envelope>;

/// The sync state of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEntry {
    /// The revision last synced (`None`: never on the server).
    #[serde(default)]
    pub base_rev: Option<String>,
    /// True when it changed here (or was deleted here) since that revision.
    #[serde(default)]
    pub dirty: bool,
}

/// The sync state of the workspace.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncLedger {
    /// Where the next pull starts (`None`: from the beginning).
    #[serde(default)]
    pub last_seq: Option<Seq>,
    #[serde(default)]
    docs: BTreeMap<String, LedgerEntry>,
    #[serde(default)]
    conflicts: BTreeMap<String, Conflict>,
    /// Server documents the app cannot read, left alone, with the reason: kept here
    /// so the list outlives the page (the feed does not send them again).
    #[serde(default)]
    foreign: BTreeMap<String, ForeignReason>,
}

/// What one server document did to the local copy.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoteOutcome {
    /// The local copy must be written.
    Take(LocalWrite),
    /// Nothing to do (the same revision or the same content).
    Unchanged,
    /// Changed on both sides; recorded until the user chooses.
    Conflict(Conflict),
    /// Not readable: left alone on the server, listed.
    Foreign(ForeignReason),
}

/// What a pull did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PullOutcome {
    /// Local writes, in feed order.
    pub writes: Vec<LocalWrite>,
    /// New or updated conflicts.
    pub conflicts: Vec<Conflict>,
    /// Documents the server itself holds in conflict (`_conflicts`), to fetch and show.
    pub server_conflicts: Vec<(String, Vec<String>)>,
}

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushOutcome {
    /// Documents written.
    pub saved: usize,
    /// Documents refused as conflicts: fetch each (`GET /{db}/{id}?conflicts=true`)
    /// and pass it to [`SyncLedger::apply_remote`], which records the conflict.
    pub to_fetch: Vec<String>,
    /// Documents refused otherwise: `(id, error, reason)`; they stay changed.
    pub refused: Vec<(String, String, String)>,
}

impl SyncLedger {
    /// The state of document `id`.
    pub fn entry(&self, id: &str) -> Option<&LedgerEntry> {
        self.docs.get(id)
    }

    /// The conflicts waiting for the user.
    pub fn conflicts(&self) -> impl Iterator<Item = &Conflict> {
        self.conflicts.values()
    }

    /// The server documents the app cannot read, by id, with the reason.
    pub fn foreign(&self) -> impl Iterator<Item = (&String, &ForeignReason)> {
        self.foreign.iter()
    }

    /// The documents changed here and not yet pushed (conflicts included).
    pub fn dirty_ids(&self) -> impl Iterator<Item = &str> {
        self.docs
            .iter()
            .filter(|(_, e)| e.dirty)
            .map(|(id, _)| id.as_str())
    }

    /// How many changes wait to be pushed (or for the user, in a conflict).
    pub fn waiting(&self) -> usize {
        self.dirty_ids().count()
    }

    /// Notes that document `id` changed (or was deleted) here.
    pub fn mark_dirty(&mut self, id: &str) {
        self.docs.entry(id.to_owned()).or_default().dirty = true;
    }

    /// Notes every document added, changed or removed between two local states.
    pub fn mark_changes(&mut self, before: &LocalDocs, after: &LocalDocs) {
        let changed: Vec<String> = after
            .iter()
            .filter(|(id, e)| before.get(*id) != Some(e))
            .map(|(id, _)| id.clone())
            .chain(before.keys().filter(|id| !after.contains_key(*id)).cloned())
            .collect();
        for id in changed {
            self.mark_dirty(&id);
        }
    }

    /// The documents to push: every changed one not waiting in a conflict, each
    /// based on its last synced revision; a document gone here is a deletion of that
    /// revision (one never on the server is simply forgotten).
    pub fn to_push(&self, local: &LocalDocs) -> Vec<OutgoingDoc> {
        self.docs
            .iter()
            .filter(|(id, e)| e.dirty && !self.conflicts.contains_key(*id))
            .filter_map(|(id, e)| match (local.get(id), &e.base_rev) {
                (Some(envelope), rev) => Some(OutgoingDoc::put(id, rev.clone(), envelope)),
                (None, Some(rev)) => Some(OutgoingDoc::delete(id, rev.clone())),
                (None, None) => None,
            })
            .collect()
    }

    /// Takes in the reply to a push of `pushed`. A saved document is clean unless it
    /// changed here again meanwhile (`local` is the state now).
    pub fn apply_push(
        &mut self,
        pushed: &[OutgoingDoc],
        results: &[BulkResult],
        local: &LocalDocs,
    ) -> PushOutcome {
        let mut outcome = PushOutcome::default();
        for result in results {
            match &result.outcome {
                BulkOutcome::Saved { rev } => {
                    outcome.saved += 1;
                    let sent = pushed.iter().find(|d| d.id == result.id);
                    let now = local.get(&result.id).cloned();
                    let changed_since = sent.map(OutgoingDoc::envelope) != Some(now.clone());
                    if now.is_none() && !changed_since {
                        self.docs.remove(&result.id);
                    } else {
                        let entry = self.docs.entry(result.id.clone()).or_default();
                        entry.base_rev = Some(rev.clone());
                        entry.dirty = changed_since;
                    }
                }
                BulkOutcome::Conflict => outcome.to_fetch.push(result.id.clone()),
                BulkOutcome::Refused { error, reason } => {
                    outcome
                        .refused
                        .push((result.id.clone(), error.clone(), reason.clone()))
                }
            }
        }
        outcome
    }

    /// Takes in one server document: taken when unchanged here, a conflict when
    /// changed on both sides with different content. A document with no ledger entry
    /// that exists here counts as changed here (it was never synced).
    pub fn apply_remote(&mut self, doc: &RemoteDoc, local: &LocalDocs) -> RemoteOutcome {
        let remote = match &doc.content {
            RemoteContent::Foreign(reason) => {
                self.foreign.insert(doc.id.clone(), reason.clone());
                return RemoteOutcome::Foreign(reason.clone());
            }
            RemoteContent::Envelope(e) => Some(e.clone()),
            RemoteContent::Deleted => None,
        };
        // Readable now (or deleted): no longer listed.
        self.foreign.remove(&doc.id);
        let here = local.get(&doc.id);
        if let Some(pending) = self.conflicts.get_mut(&doc.id) {
            pending.remote = remote;
            pending.remote_rev = doc.rev.clone();
            pending.remote_conflicts = doc.conflicts.clone();
            pending.remote_saved = doc.saved.clone();
            return RemoteOutcome::Conflict(pending.clone());
        }
        let entry = self.docs.get(&doc.id);
        if entry.and_then(|e| e.base_rev.as_deref()) == Some(doc.rev.as_str()) {
            return RemoteOutcome::Unchanged;
        }
        let dirty = entry.map_or(here.is_some(), |e| e.dirty);
        if !dirty || here == remote.as_ref() {
            let write = match (&remote, here) {
                (Some(e), Some(h)) if e == h => None,
                (Some(e), _) => Some(LocalWrite::Put {
                    id: doc.id.clone(),
                    envelope: e.clone(),
                }),
                (None, Some(_)) => Some(LocalWrite::Remove { id: doc.id.clone() }),
                (None, None) => None,
            };
            if remote.is_some() {
                self.docs.insert(
                    doc.id.clone(),
                    LedgerEntry {
                        base_rev: Some(doc.rev.clone()),
                        dirty: false,
                    },
                );
            } else {
                self.docs.remove(&doc.id);
            }
            return write.map_or(RemoteOutcome::Unchanged, RemoteOutcome::Take);
        }
        let conflict = Conflict {
            id: doc.id.clone(),
            local: here.cloned(),
            remote,
            remote_rev: doc.rev.clone(),
            remote_conflicts: doc.conflicts.clone(),
            remote_saved: doc.saved.clone(),
        };
        self.conflicts.insert(doc.id.clone(), conflict.clone());
        RemoteOutcome::Conflict(conflict)
    }

    /// Takes in a `_changes` reply (with `include_docs=true`) and moves
    /// [`SyncLedger::last_seq`] on. `local` is the state before the pull; the
    /// returned writes bring it up to date.
    pub fn apply_pull(&mut self, changes: &Changes, local: &LocalDocs) -> PullOutcome {
        let mut outcome = PullOutcome::default();
        // Writes of this pull, so a document listed twice sees its own update (a
        // list, not a map: one map type fewer in the wasm).
        let mut overlay: Vec<(String, Option<Envelope>)> = Vec::new();
        for change in &changes.results {
            let Some(doc) = &change.doc else {
                continue;
            };
            if !doc.conflicts.is_empty() {
                outcome
                    .server_conflicts
                    .push((doc.id.clone(), doc.conflicts.clone()));
            }
            let mut view = LocalDocs::new();
            let current = match overlay.iter().rev().find(|(id, _)| *id == doc.id) {
                Some((_, written)) => written.clone(),
                None => local.get(&doc.id).cloned(),
            };
            if let Some(e) = current {
                view.insert(doc.id.clone(), e);
            }
            match self.apply_remote(doc, &view) {
                RemoteOutcome::Take(write) => {
                    let value = match &write {
                        LocalWrite::Put { envelope, .. } => Some(envelope.clone()),
                        LocalWrite::Remove { .. } => None,
                    };
                    overlay.push((doc.id.clone(), value));
                    outcome.writes.push(write);
                }
                RemoteOutcome::Unchanged => {}
                RemoteOutcome::Conflict(c) => outcome.conflicts.push(c),
                RemoteOutcome::Foreign(_) => {}
            }
        }
        self.last_seq = Some(changes.last_seq.clone());
        outcome
    }

    /// Applies the user's choice for the conflict on `id` (see [`Conflict::resolve`]).
    /// Afterwards [`SyncLedger::to_push`] sends exactly the resolution's pushes.
    /// `None` when there is no such conflict.
    pub fn resolve(
        &mut self,
        id: &str,
        choice: &Choice,
    ) -> Option<Result<Resolution, KeepBothError>> {
        let conflict = self.conflicts.get(id)?;
        let resolution = match conflict.resolve(choice) {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let remote_rev = conflict.remote_rev.clone();
        let remote_exists = conflict.remote.is_some();
        self.conflicts.remove(id);
        let based = |dirty| LedgerEntry {
            base_rev: Some(remote_rev.clone()),
            dirty,
        };
        match choice {
            Choice::KeepLocal => {
                self.docs.insert(id.to_owned(), based(true));
            }
            Choice::KeepRemote | Choice::KeepBoth { .. } if remote_exists => {
                self.docs.insert(id.to_owned(), based(false));
            }
            Choice::KeepRemote | Choice::KeepBoth { .. } => {
                self.docs.remove(id);
            }
        }
        for push in &resolution.pushes {
            if push.id != id {
                self.mark_dirty(&push.id);
            }
        }
        Some(Ok(resolution))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;
    use crate::storage::sync::remote_doc::parse_changes;
    use serde_json::json;

    fn env(name: &str) -> Envelope {
        Envelope {
            v: 4,
            body: json!({"id": "j1", "name": name}),
        }
    }

    fn docs(list: &[(&str, &str)]) -> LocalDocs {
        list.iter()
            .map(|(id, name)| (id.to_string(), env(name)))
            .collect()
    }

    fn remote(id: &str, rev: &str, name: Option<&str>) -> RemoteDoc {
        let value = match name {
            Some(name) => json!({"_id": id, "_rev": rev, "v": 4, "body": env(name).body}),
            None => json!({"_id": id, "_rev": rev, "_deleted": true}),
        };
        RemoteDoc::from_value(&value)
    }

    fn apply(local: &mut LocalDocs, writes: &[LocalWrite]) {
        for w in writes {
            match w {
                LocalWrite::Put { id, envelope } => {
                    local.insert(id.clone(), envelope.clone());
                }
                LocalWrite::Remove { id } => {
                    local.remove(id);
                }
            }
        }
    }

    #[test]
    fn changed_docs_are_pushed_with_their_base_rev() {
        let mut ledger = SyncLedger::default();
        let mut local = docs(&[("journey:j1", "a")]);
        ledger.apply_remote(&remote("journey:j1", "1-a", Some("a")), &local);
        assert_eq!(ledger.to_push(&local), []);
        let before = local.clone();
        local.insert("journey:j1".into(), env("b"));
        local.insert("journey:j2".into(), env("new"));
        ledger.mark_changes(&before, &local);
        assert_eq!(
            ledger.to_push(&local),
            [
                OutgoingDoc::put("journey:j1", Some("1-a".into()), &env("b")),
                OutgoingDoc::put("journey:j2", None, &env("new")),
            ]
        );
        let before = local.clone();
        local.remove("journey:j1");
        local.remove("journey:j2");
        ledger.mark_changes(&before, &local);
        // j2 never reached the server: nothing to delete there.
        assert_eq!(
            ledger.to_push(&local),
            [OutgoingDoc::delete("journey:j1", "1-a".into())]
        );
    }

    #[test]
    fn push_results_move_revisions_or_ask_for_a_fetch() {
        let mut ledger = SyncLedger::default();
        let local = docs(&[("journey:j1", "a"), ("journey:j2", "b")]);
        ledger.mark_dirty("journey:j1");
        ledger.mark_dirty("journey:j2");
        let pushed = ledger.to_push(&local);
        let results = [
            BulkResult {
                id: "journey:j1".into(),
                outcome: BulkOutcome::Saved { rev: "1-x".into() },
            },
            BulkResult {
                id: "journey:j2".into(),
                outcome: BulkOutcome::Conflict,
            },
        ];
        let outcome = ledger.apply_push(&pushed, &results, &local);
        assert_eq!(outcome.saved, 1);
        assert_eq!(outcome.to_fetch, ["journey:j2"]);
        assert_eq!(
            ledger.entry("journey:j1"),
            Some(&LedgerEntry {
                base_rev: Some("1-x".into()),
                dirty: false
            })
        );
        assert!(ledger.entry("journey:j2").unwrap().dirty);
        // The fetched server version of j2 differs: a conflict with both texts.
        let fetched = remote("journey:j2", "1-y", Some("theirs"));
        let RemoteOutcome::Conflict(c) = ledger.apply_remote(&fetched, &local) else {
            panic!("expected a conflict");
        };
        assert_eq!(c.local, Some(env("b")));
        assert_eq!(c.remote, Some(env("theirs")));
        assert_eq!(
            ledger.to_push(&local),
            [],
            "nothing pushed until the user chooses"
        );
    }

    #[test]
    fn an_edit_during_the_push_stays_dirty() {
        let mut ledger = SyncLedger::default();
        let mut local = docs(&[("journey:j1", "a")]);
        ledger.mark_dirty("journey:j1");
        let pushed = ledger.to_push(&local);
        local.insert("journey:j1".into(), env("a2"));
        let saved = [BulkResult {
            id: "journey:j1".into(),
            outcome: BulkOutcome::Saved { rev: "1-x".into() },
        }];
        ledger.apply_push(&pushed, &saved, &local);
        assert_eq!(
            ledger.to_push(&local),
            [OutgoingDoc::put(
                "journey:j1",
                Some("1-x".into()),
                &env("a2")
            )]
        );
    }

    #[test]
    fn pulls_take_clean_docs_and_keep_dirty_ones_as_conflicts() {
        let mut ledger = SyncLedger::default();
        let mut local = docs(&[
            ("journey:j1", "a"),
            ("journey:j2", "b"),
            ("persona:p1", "p"),
        ]);
        for (id, rev) in [
            ("journey:j1", "1-a"),
            ("journey:j2", "1-b"),
            ("persona:p1", "1-p"),
        ] {
            ledger.docs.insert(
                id.into(),
                LedgerEntry {
                    base_rev: Some(rev.into()),
                    dirty: false,
                },
            );
        }
        local.insert("journey:j2".into(), env("b-here"));
        ledger.mark_dirty("journey:j2");
        let text = json!({"results": [
            {"seq": "5-x", "id": "journey:j1", "changes": [{"rev": "2-a"}],
             "doc": {"_id": "journey:j1", "_rev": "2-a", "v": 4, "body": env("a-there").body}},
            {"seq": "6-x", "id": "journey:j2", "changes": [{"rev": "2-b"}],
             "doc": {"_id": "journey:j2", "_rev": "2-b", "v": 4, "body": env("b-there").body,
                     "saved": {"by": "ana", "at": "2026-12-07T14:05:00.000Z"}}},
            {"seq": "7-x", "id": "persona:p1", "changes": [{"rev": "2-p"}], "deleted": true,
             "doc": {"_id": "persona:p1", "_rev": "2-p", "_deleted": true}},
            {"seq": "8-x", "id": "journey:j9", "changes": [{"rev": "1-z"}],
             "doc": {"_id": "journey:j9", "_rev": "1-z", "v": 9, "body": {}}},
            {"seq": "9-x", "id": "journey:j1", "changes": [{"rev": "2-a"}],
             "doc": {"_id": "journey:j1", "_rev": "2-a", "v": 4, "body": env("a-there").body}}
        ], "last_seq": "9-x"})
        .to_string();
        let outcome = ledger.apply_pull(&parse_changes(&text).unwrap(), &local);
        assert_eq!(
            outcome.writes,
            [
                LocalWrite::Put {
                    id: "journey:j1".into(),
                    envelope: env("a-there")
                },
                LocalWrite::Remove {
                    id: "persona:p1".into()
                },
            ]
        );
        assert_eq!(outcome.conflicts.len(), 1);
        assert_eq!(outcome.conflicts[0].local, Some(env("b-here")));
        assert_eq!(outcome.conflicts[0].remote, Some(env("b-there")));
        assert_eq!(outcome.conflicts[0].remote_saved.by.as_deref(), Some("ana"));
        assert_eq!(
            ledger.foreign().collect::<Vec<_>>(),
            [(&"journey:j9".to_string(), &ForeignReason::NewerSchema(9))]
        );
        assert_eq!(ledger.last_seq, Some(Seq("9-x".into())));
        apply(&mut local, &outcome.writes);
        assert_eq!(local.get("journey:j2"), Some(&env("b-here")), "local kept");
        assert_eq!(ledger.entry("persona:p1"), None);
    }

    #[test]
    fn same_content_on_both_sides_is_no_conflict() {
        let mut ledger = SyncLedger::default();
        let local = docs(&[("journey:j1", "same")]);
        ledger.mark_dirty("journey:j1");
        let outcome = ledger.apply_remote(&remote("journey:j1", "2-s", Some("same")), &local);
        assert_eq!(outcome, RemoteOutcome::Unchanged);
        assert_eq!(
            ledger.entry("journey:j1").unwrap().base_rev.as_deref(),
            Some("2-s")
        );
        assert_eq!(ledger.to_push(&local), []);
    }

    #[test]
    fn every_choice_loses_nothing_it_was_not_told_to() {
        let local = docs(&[("journey:j1", "here")]);
        let start = || {
            let mut ledger = SyncLedger::default();
            ledger.mark_dirty("journey:j1");
            ledger.apply_remote(&remote("journey:j1", "2-t", Some("there")), &local);
            assert_eq!(ledger.conflicts().count(), 1);
            ledger
        };
        // Keep local: pushed over the server's revision, by the normal push path.
        let mut ledger = start();
        let r = ledger
            .resolve("journey:j1", &Choice::KeepLocal)
            .unwrap()
            .unwrap();
        assert_eq!(ledger.to_push(&local), r.pushes);
        assert_eq!(r.pushes[0].rev.as_deref(), Some("2-t"));
        assert_eq!(r.pushes[0].envelope(), Some(env("here")));
        // Keep remote: written here, nothing pushed.
        let mut ledger = start();
        let r = ledger
            .resolve("journey:j1", &Choice::KeepRemote)
            .unwrap()
            .unwrap();
        let mut after = local.clone();
        apply(&mut after, &r.writes);
        assert_eq!(after.get("journey:j1"), Some(&env("there")));
        assert_eq!(ledger.to_push(&after), []);
        // Keep both: both texts are here, and the copy is pushed as a new document.
        let mut ledger = start();
        let new_id = Id::new("j1-b").unwrap();
        let r = ledger
            .resolve("journey:j1", &Choice::KeepBoth { new_id })
            .unwrap()
            .unwrap();
        let mut after = local.clone();
        apply(&mut after, &r.writes);
        assert_eq!(after["journey:j1"], env("there"));
        assert_eq!(after["journey:j1-b"].body["name"], "here");
        assert_eq!(after["journey:j1-b"].body["id"], "j1-b");
        assert_eq!(ledger.to_push(&after), r.pushes);
        assert_eq!(ledger.conflicts().count(), 0);
        assert!(ledger.resolve("journey:j1", &Choice::KeepLocal).is_none());
    }

    #[test]
    fn the_ledger_round_trips_and_holds_no_credentials() {
        let mut ledger = SyncLedger {
            last_seq: Some(Seq("12-g1AAAA".into())),
            ..SyncLedger::default()
        };
        ledger.mark_dirty("journey:j1");
        ledger.apply_remote(
            &remote("journey:j1", "1-a", Some("x")),
            &docs(&[("journey:j1", "y")]),
        );
        ledger.apply_remote(
            &RemoteDoc::from_value(
                &json!({"_id": "survey:s1", "_rev": "1-n", "v": 99, "body": {}}),
            ),
            &LocalDocs::new(),
        );
        let text = crate::storage::envelope::wrap(&ledger).unwrap();
        let back: SyncLedger =
            crate::storage::envelope::read(crate::storage::envelope::Subject::Index, &text)
                .unwrap();
        assert_eq!(back, ledger);
        assert!(!text.contains("password"));
        assert_eq!(crate::storage::keys::doc_kind(LEDGER_KEY), None);
        assert!(crate::storage::keys::is_ours(LEDGER_KEY));
    }

    #[test]
    fn an_unreadable_document_stays_listed_until_it_is_readable_or_deleted() {
        let mut ledger = SyncLedger::default();
        let newer = |rev: &str| {
            RemoteDoc::from_value(&json!({"_id": "journey:j1", "_rev": rev, "v": 99, "body": {}}))
        };
        let none = LocalDocs::new();
        assert_eq!(
            ledger.apply_remote(&newer("1-a"), &none),
            RemoteOutcome::Foreign(ForeignReason::NewerSchema(99))
        );
        ledger.apply_remote(
            &RemoteDoc::from_value(&json!({"_id": "invoice-7", "_rev": "1-b"})),
            &none,
        );
        let listed: Vec<_> = ledger.foreign().map(|(id, _)| id.as_str()).collect();
        assert_eq!(listed, ["invoice-7", "journey:j1"]);
        assert_eq!(ledger.entry("journey:j1"), None, "never taken in");

        ledger.apply_remote(&remote("journey:j1", "2-c", Some("readable")), &none);
        let listed: Vec<_> = ledger.foreign().map(|(id, _)| id.as_str()).collect();
        assert_eq!(listed, ["invoice-7"]);
        ledger.apply_remote(&newer("3-d"), &none);
        ledger.apply_remote(&remote("journey:j1", "4-e", None), &none);
        let listed: Vec<_> = ledger.foreign().map(|(id, _)| id.as_str()).collect();
        assert_eq!(listed, ["invoice-7"]);
    }
}
