//! The first connect of a browser that already holds documents to a database that
//! already holds others: merged by id, asking nothing where nothing collides.
//!
//! - Same id, same content: no conflict; the document is synced at the server's
//!   revision.
//! - Same id, different content: a [`Conflict`] with both versions.
//! - Only on the server (or deleted here never mattered): copied here.
//! - Only here (or deleted on the server): pushed as a new document.
//! - An id the server holds in a form the app cannot read: listed, and this
//!   device's document of that id is neither pushed nor overwritten.

use super::conflict::{Conflict, LocalWrite};
use super::remote_doc::{Changes, OutgoingDoc, RemoteContent};
use super::revisions::{LocalDocs, RemoteOutcome, SyncLedger};

/// The plan of a first connect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FirstConnect {
    /// The ledger to store from now on (its `last_seq` is the feed's).
    pub ledger: SyncLedger,
    /// Server documents to write here.
    pub writes: Vec<LocalWrite>,
    /// Documents of this device to push (new on the server).
    pub pushes: Vec<OutgoingDoc>,
    /// Documents that differ, waiting for the user.
    pub conflicts: Vec<Conflict>,
}

/// Merges `local` with the whole server database, as read by
/// `GET /{db}/_changes?since=0&include_docs=true&conflicts=true`.
pub fn first_connect(local: &LocalDocs, remote: &Changes) -> FirstConnect {
    let mut plan = FirstConnect::default();
    let mut on_server = Vec::new();
    for doc in remote.results.iter().filter_map(|c| c.doc.as_ref()) {
        if doc.content == RemoteContent::Deleted {
            continue;
        }
        on_server.push(doc.id.clone());
        match plan.ledger.apply_remote(doc, local) {
            RemoteOutcome::Take(write) => plan.writes.push(write),
            RemoteOutcome::Unchanged => {}
            RemoteOutcome::Conflict(c) => plan.conflicts.push(c),
            // Listed in the ledger.
            RemoteOutcome::Foreign(_) => {}
        }
    }
    on_server.sort_unstable();
    for id in local
        .keys()
        .filter(|id| on_server.binary_search(id).is_err())
    {
        plan.ledger.mark_dirty(id);
    }
    plan.ledger.last_seq = Some(remote.last_seq.clone());
    plan.pushes = plan.ledger.to_push(local);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::envelope::Envelope;
    use crate::storage::sync::remote_doc::{parse_changes, ForeignReason, Seq};
    use serde_json::{json, Value};

    fn env(name: &str) -> Envelope {
        Envelope {
            v: 4,
            body: json!({"name": name}),
        }
    }

    fn change(seq: u64, doc: Value) -> Value {
        let id = doc["_id"].clone();
        let rev = doc["_rev"].clone();
        json!({"seq": seq, "id": id, "changes": [{"rev": rev}], "doc": doc})
    }

    #[test]
    fn merges_by_id_and_asks_only_where_content_differs() {
        let local: LocalDocs = [
            ("journey:same", env("same")),
            ("journey:both", env("here")),
            ("journey:mine", env("mine")),
            ("journey:gone-there", env("kept")),
            ("survey:newer", env("old schema")),
        ]
        .into_iter()
        .map(|(id, e)| (id.to_string(), e))
        .collect();
        let feed = json!({"results": [
            change(1, json!({"_id": "journey:same", "_rev": "1-s", "v": 4, "body": {"name": "same"}})),
            change(2, json!({"_id": "journey:both", "_rev": "2-b", "v": 4, "body": {"name": "there"}})),
            change(3, json!({"_id": "journey:theirs", "_rev": "1-t", "v": 4, "body": {"name": "theirs"}})),
            change(4, json!({"_id": "journey:gone-there", "_rev": "2-g", "_deleted": true})),
            change(5, json!({"_id": "survey:newer", "_rev": "1-n", "v": 9, "body": {}})),
            change(6, json!({"_id": "invoice-7", "_rev": "1-i", "total": 3})),
        ], "last_seq": 6})
        .to_string();
        let plan = first_connect(&local, &parse_changes(&feed).unwrap());

        assert_eq!(
            plan.writes,
            [LocalWrite::Put {
                id: "journey:theirs".into(),
                envelope: env("theirs")
            }]
        );
        assert_eq!(plan.conflicts.len(), 1);
        assert_eq!(plan.conflicts[0].id, "journey:both");
        assert_eq!(plan.conflicts[0].local, Some(env("here")));
        assert_eq!(plan.conflicts[0].remote, Some(env("there")));
        assert_eq!(
            plan.pushes,
            [
                OutgoingDoc::put("journey:gone-there", None, &env("kept")),
                OutgoingDoc::put("journey:mine", None, &env("mine")),
            ]
        );
        assert_eq!(
            plan.ledger.foreign().collect::<Vec<_>>(),
            [
                (&"invoice-7".to_string(), &ForeignReason::UnknownId),
                (&"survey:newer".to_string(), &ForeignReason::NewerSchema(9)),
            ]
        );
        let same = plan.ledger.entry("journey:same").unwrap();
        assert_eq!((same.base_rev.as_deref(), same.dirty), (Some("1-s"), false));
        assert_eq!(plan.ledger.entry("survey:newer"), None);
        assert_eq!(plan.ledger.last_seq, Some(Seq("6".into())));
        // Every readable document of either side is here afterwards.
        let mut after: std::collections::BTreeSet<&str> =
            local.keys().map(String::as_str).collect();
        for write in &plan.writes {
            if let LocalWrite::Put { id, .. } = write {
                after.insert(id);
            }
        }
        assert_eq!(
            after.into_iter().collect::<Vec<_>>(),
            [
                "journey:both",
                "journey:gone-there",
                "journey:mine",
                "journey:same",
                "journey:theirs",
                "survey:newer"
            ]
        );
    }

    #[test]
    fn an_empty_side_is_a_plain_copy() {
        let local: LocalDocs = [("persona:p1".to_string(), env("p"))].into();
        let empty = parse_changes(r#"{"results":[],"last_seq":"0"}"#).unwrap();
        let plan = first_connect(&local, &empty);
        assert_eq!(
            plan.pushes,
            [OutgoingDoc::put("persona:p1", None, &env("p"))]
        );
        assert_eq!((plan.writes.len(), plan.conflicts.len()), (0, 0));

        let feed = json!({"results": [
            change(1, json!({"_id": "persona:p1", "_rev": "1-p", "v": 4, "body": {"name": "p"}}))
        ], "last_seq": 1})
        .to_string();
        let plan = first_connect(&LocalDocs::new(), &parse_changes(&feed).unwrap());
        assert_eq!(
            plan.writes,
            [LocalWrite::Put {
                id: "persona:p1".into(),
                envelope: env("p")
            }]
        );
        assert_eq!(plan.pushes, []);
    }
}
