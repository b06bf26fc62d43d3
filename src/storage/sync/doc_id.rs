//! The mapping between local storage keys and CouchDB document ids.
//!
//! A local key `dsv:<kind>:<id>` (see [`crate::storage::keys`]) is the CouchDB `_id`
//! `<kind>:<id>`: the same text without the `dsv:` prefix. Kinds are lowercase words
//! and ids are ASCII letters, digits, `-` and `_` ([`Id`]), so an `_id` never starts
//! with `_` (CouchDB reserves those) and needs no escaping beyond what a URL path
//! allows. Anything else (the index, the settings, `_design/…`, another program's
//! ids) maps to nothing: the sync leaves it alone.

use crate::domain::Id;
use crate::storage::keys::{self, DocKind};
use std::fmt;

/// A synced document's identity: its kind and id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DocId {
    /// The kind of document.
    pub kind: DocKind,
    /// Its id (for ticket runs, `r0000`, `r0001`, …).
    pub id: Id,
}

impl DocId {
    /// The document stored under local key `key`, when it is a synced document key.
    pub fn from_local_key(key: &str) -> Option<Self> {
        let kind = keys::doc_kind(key)?;
        let (_, id) = key.strip_prefix(keys::PREFIX)?.split_once(':')?;
        let id = Id::new(id).ok()?;
        // Only keys written exactly as the repository writes them.
        let doc = Self { kind, id };
        (doc.local_key() == key).then_some(doc)
    }

    /// The document named by CouchDB `_id` `remote`, when the app knows it.
    pub fn from_remote(remote: &str) -> Option<Self> {
        if remote.starts_with('_') {
            return None;
        }
        Self::from_local_key(&format!("{}{remote}", keys::PREFIX))
    }

    /// The local storage key.
    pub fn local_key(&self) -> String {
        keys::doc_key(self.kind, &self.id)
    }

    /// The CouchDB `_id`.
    pub fn remote(&self) -> String {
        let key = self.local_key();
        key.strip_prefix(keys::PREFIX).unwrap_or(&key).to_owned()
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.remote())
    }
}

/// The CouchDB `_id` of local key `key`, if it is a synced document.
pub fn remote_id(key: &str) -> Option<String> {
    DocId::from_local_key(key).map(|d| d.remote())
}

/// The local key of CouchDB `_id` `remote`, if the app knows it.
pub fn local_key(remote: &str) -> Option<String> {
    DocId::from_remote(remote).map(|d| d.local_key())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips() {
        let cases = [
            ("dsv:journey:j1", "journey:j1"),
            ("dsv:persona:p-2", "persona:p-2"),
            ("dsv:survey:k_1", "survey:k_1"),
            ("dsv:responses:k1", "responses:k1"),
            ("dsv:service:email", "service:email"),
            ("dsv:calendar:office", "calendar:office"),
            ("dsv:ticket-sla:p1", "ticket-sla:p1"),
            ("dsv:tickets:r0000", "tickets:r0000"),
        ];
        assert_eq!(cases.len(), DocKind::ALL.len());
        for (key, remote) in cases {
            assert_eq!(remote_id(key).as_deref(), Some(remote), "{key}");
            assert_eq!(local_key(remote).as_deref(), Some(key), "{remote}");
        }
        assert_eq!(
            remote_id(&keys::tickets_key(12)).as_deref(),
            Some("tickets:r0012")
        );
    }

    #[test]
    fn typed_ids_keep_kind_and_id() {
        let doc = DocId::from_remote("ticket-sla:p1").unwrap();
        assert_eq!(doc.kind, DocKind::TicketSla);
        assert_eq!(doc.id.as_str(), "p1");
        assert_eq!(doc.to_string(), "ticket-sla:p1");
        assert!(!doc.remote().starts_with('_'));
    }

    #[test]
    fn other_keys_and_foreign_ids_map_to_nothing() {
        for key in [
            keys::INDEX,
            keys::SETTINGS,
            "dsv:sync:ledger",
            "dsv:journey:",
            "dsv:journey:has space",
            "dsv:journey:a:b",
            "dsv:widget:x",
            "other:journey:x",
        ] {
            assert_eq!(remote_id(key), None, "{key}");
        }
        for remote in [
            "_design/app",
            "_local/x",
            "_journey:j1",
            "journey:",
            "journey:é",
            "Journey:j1",
            "invoice-2024-001",
            "dsv:journey:j1",
            "sync:ledger",
            &format!("journey:{}", "x".repeat(65)),
        ] {
            assert_eq!(local_key(remote), None, "{remote}");
        }
    }
}
