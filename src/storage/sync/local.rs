//! The team sync's own local state, over any [`KeyValueStore`] (tested natively on a
//! [`MemoryStore`](crate::storage::MemoryStore)): its settings (never the password:
//! see [`super::secret`]), the [`SyncLedger`], the lock that lets one tab sync, and
//! the synced documents as envelopes.

use super::doc_id::DocId;
use super::remote_doc::OutgoingDoc;
use super::revisions::{LocalDocs, SyncLedger, LEDGER_KEY};
use crate::storage::envelope::{Envelope, SCHEMA_VERSION};
use crate::storage::keys;
use crate::storage::{KeyValueStore, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Key of the sync settings.
pub const CONFIG_KEY: &str = "dsv:sync:config";
/// Key of the tab lock.
pub const LOCK_KEY: &str = "dsv:sync:lock";
/// A lock not renewed for this long is free (its tab closed or froze).
pub const LOCK_STALE_MS: f64 = 10_000.0;

/// What the user set to connect. No password.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncConfig {
    /// The server address.
    pub server: String,
    /// The database name.
    pub db: String,
    /// The user name.
    pub user: String,
    /// Whether the password is remembered on this device.
    pub remember: bool,
}

/// Why the sync stopped or waits, as the badge says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The password is not known in this tab (it was kept for another session).
    NoPassword,
    /// The server refused the credentials (401).
    Unauthorized,
    /// The user may not use the database (403).
    Forbidden,
    /// The database (named) is gone (404).
    NoDatabase(String),
    /// The server answered with an error status.
    Server(u16),
    /// The server's answer is not CouchDB's.
    Protocol,
    /// Local storage refused the pulled documents (quota).
    LocalStorage,
}

/// The state of the sync, shown by the badge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncStatus {
    /// Everything pushed and pulled.
    Synced,
    /// A push or pull is under way.
    Syncing,
    /// The server cannot be reached; `waiting` changes are kept for later.
    Offline { waiting: usize },
    /// The sync cannot go on until the problem is fixed.
    Error(Problem),
}

/// The tab that syncs, and when it last said so.
#[derive(Debug, Clone, PartialEq)]
pub struct Lock {
    /// The syncing tab's random name.
    pub tab: String,
    /// When it renewed the lock (ms since the epoch).
    pub at: f64,
}

/// The envelope around the sync's own values, read and written straight from and to
/// text (one serde path for them all keeps the wasm small).
#[derive(Serialize, Deserialize)]
struct Wrapped<T> {
    v: u32,
    body: T,
}

fn read_json<T: serde::de::DeserializeOwned>(store: &impl KeyValueStore, key: &str) -> Option<T> {
    let raw = store.get(key).ok()??;
    serde_json::from_str::<Wrapped<T>>(&raw)
        .ok()
        .map(|w| w.body)
}

fn write_json<T: Serialize>(
    store: &impl KeyValueStore,
    key: &str,
    value: &T,
) -> Result<(), StoreError> {
    let text = serde_json::to_string(&Wrapped {
        v: SCHEMA_VERSION,
        body: value,
    })
    .map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(key, &text)
}

/// Whether this device has sync settings stored (without reading them).
pub fn has_config(store: &impl KeyValueStore) -> bool {
    matches!(store.get(CONFIG_KEY), Ok(Some(_)))
}

/// The sync settings, if the user connected.
///
/// Stored as a JSON array `[server, db, user, remember]`, read through
/// `serde_json::Value` (no serde code of its own in the wasm).
pub fn load_config(store: &impl KeyValueStore) -> Option<SyncConfig> {
    let raw = store.get(CONFIG_KEY).ok()??;
    let value: Value = serde_json::from_str(&raw).ok()?;
    let text = |i: usize| value.get(i).and_then(Value::as_str).map(str::to_owned);
    Some(SyncConfig {
        server: text(0)?,
        db: text(1)?,
        user: text(2)?,
        remember: value.get(3).and_then(Value::as_bool).unwrap_or(false),
    })
}

/// Stores the sync settings.
pub fn save_config(store: &impl KeyValueStore, config: &SyncConfig) -> Result<(), StoreError> {
    let value = Value::Array(vec![
        Value::from(config.server.as_str()),
        Value::from(config.db.as_str()),
        Value::from(config.user.as_str()),
        Value::Bool(config.remember),
    ]);
    store.set(CONFIG_KEY, &value.to_string())
}

/// Forgets the settings, the ledger and the lock (disconnect). Documents stay.
pub fn forget(store: &impl KeyValueStore) {
    for key in [CONFIG_KEY, LEDGER_KEY, LOCK_KEY] {
        let _ = store.remove(key);
    }
}

/// The ledger; `None` before the first connect (or when it is unreadable: the next
/// connect then merges by id again, which loses nothing).
pub fn load_ledger(store: &impl KeyValueStore) -> Option<SyncLedger> {
    read_json(store, LEDGER_KEY)
}

/// Stores the ledger.
pub fn save_ledger(store: &impl KeyValueStore, ledger: &SyncLedger) -> Result<(), StoreError> {
    write_json(store, LEDGER_KEY, ledger)
}

/// Notes that the documents under local `keys` changed here, when a ledger exists
/// (the repository calls it after every save). Keys that are not synced documents
/// are skipped.
pub fn mark_changed<'a>(store: &impl KeyValueStore, changed: impl IntoIterator<Item = &'a str>) {
    let ids: Vec<String> = changed
        .into_iter()
        .filter_map(super::doc_id::remote_id)
        .collect();
    if ids.is_empty() {
        return;
    }
    if let Some(mut ledger) = load_ledger(store) {
        for id in &ids {
            ledger.mark_dirty(id);
        }
        let _ = save_ledger(store, &ledger);
    }
}

/// Synced documents read from local storage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Docs {
    /// Readable ones, by CouchDB `_id`.
    pub docs: LocalDocs,
    /// Ones present but unreadable (damaged, or of a newer schema): never pushed,
    /// never taken for deleted.
    pub unreadable: Vec<String>,
}

impl Docs {
    /// The ledger's push list, without unreadable documents (whose absence from
    /// [`Docs::docs`] would read as a deletion).
    pub fn to_push(&self, ledger: &SyncLedger) -> Vec<OutgoingDoc> {
        ledger
            .to_push(&self.docs)
            .into_iter()
            .filter(|d| !self.unreadable.contains(&d.id))
            .collect()
    }
}

/// The documents `ids` (CouchDB `_id`s) as stored here.
pub fn read_docs<'a>(
    store: &impl KeyValueStore,
    ids: impl IntoIterator<Item = &'a str>,
) -> Result<Docs, StoreError> {
    let mut out = Docs::default();
    for id in ids {
        let Some(doc) = DocId::from_remote(id) else {
            continue;
        };
        let Some(raw) = store.get(&doc.local_key())? else {
            continue;
        };
        match serde_json::from_str::<Envelope>(&raw) {
            Ok(e) if e.v > 0 && e.v <= SCHEMA_VERSION => {
                out.docs.insert(id.to_owned(), e);
            }
            _ => {
                out.unreadable.push(id.to_owned());
            }
        }
    }
    Ok(out)
}

/// Every synced document stored here.
pub fn all_docs(store: &impl KeyValueStore) -> Result<Docs, StoreError> {
    let ids: Vec<String> = store
        .keys()?
        .iter()
        .filter_map(|k| super::doc_id::remote_id(k))
        .collect();
    read_docs(store, ids.iter().map(String::as_str))
}

/// Takes or renews the lock for `tab` at `now`: true when this tab syncs. A lock
/// held by another tab and renewed within [`LOCK_STALE_MS`] is left. Stored as
/// plain text, `<tab> <ms>`.
pub fn claim(store: &impl KeyValueStore, tab: &str, now: f64) -> bool {
    let held =
        read_lock(store).is_some_and(|l| l.tab != tab && now - l.at < LOCK_STALE_MS && now >= l.at);
    !held && store.set(LOCK_KEY, &format!("{tab} {now}")).is_ok()
}

/// The lock, if a tab holds one.
pub fn read_lock(store: &impl KeyValueStore) -> Option<Lock> {
    let raw = store.get(LOCK_KEY).ok()??;
    let (tab, at) = raw.split_once(' ')?;
    Some(Lock {
        tab: tab.to_owned(),
        at: at.parse().ok()?,
    })
}

/// Frees the lock if `tab` holds it (the tab is closing or disconnecting).
pub fn release(store: &impl KeyValueStore, tab: &str) {
    if read_lock(store).is_some_and(|l| l.tab == tab) {
        let _ = store.remove(LOCK_KEY);
    }
}

/// True when `key` is a key the sync writes for itself.
pub fn is_sync_key(key: &str) -> bool {
    key.starts_with(keys::SYNC_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    fn env_text(name: &str) -> String {
        format!(r#"{{"v":4,"body":{{"id":"j1","name":"{name}"}}}}"#)
    }

    #[test]
    fn config_round_trips_without_any_password_field() {
        let store = MemoryStore::new();
        assert_eq!(load_config(&store), None);
        assert!(!has_config(&store));
        let config = SyncConfig {
            server: "http://127.0.0.1:5984".into(),
            db: "team".into(),
            user: "ana".into(),
            remember: false,
        };
        save_config(&store, &config).unwrap();
        assert_eq!(load_config(&store), Some(config));
        assert!(has_config(&store));
        let raw = store.get(CONFIG_KEY).unwrap().unwrap();
        assert!(!raw.contains("password"), "{raw}");
        save_ledger(&store, &SyncLedger::default()).unwrap();
        forget(&store);
        assert_eq!(store.keys().unwrap(), Vec::<String>::new());
    }

    #[test]
    fn saves_mark_only_synced_documents_and_only_once_connected() {
        let store = MemoryStore::new();
        mark_changed(&store, ["dsv:journey:j1"]);
        assert_eq!(load_ledger(&store), None, "no ledger before connecting");
        save_ledger(&store, &SyncLedger::default()).unwrap();
        mark_changed(&store, ["dsv:journey:j1", "dsv:index", "dsv:settings"]);
        let ledger = load_ledger(&store).unwrap();
        assert_eq!(ledger.dirty_ids().collect::<Vec<_>>(), ["journey:j1"]);
        assert_eq!(ledger.waiting(), 1);
    }

    #[test]
    fn unreadable_documents_are_neither_pushed_nor_deleted() {
        let store = MemoryStore::new();
        store.set("dsv:journey:j1", &env_text("a")).unwrap();
        store.set("dsv:journey:j2", "{broken").unwrap();
        store
            .set("dsv:journey:j3", r#"{"v":99,"body":{}}"#)
            .unwrap();
        store.set("dsv:index", "{}").unwrap();
        let docs = all_docs(&store).unwrap();
        assert_eq!(docs.docs.keys().collect::<Vec<_>>(), ["journey:j1"]);
        assert_eq!(
            docs.unreadable.iter().collect::<Vec<_>>(),
            ["journey:j2", "journey:j3"]
        );
        let mut ledger = SyncLedger::default();
        for id in ["journey:j1", "journey:j2", "journey:j3"] {
            ledger.mark_dirty(id);
        }
        let push = docs.to_push(&ledger);
        assert_eq!(push.len(), 1);
        assert_eq!(push[0].id, "journey:j1");
        assert!(!push[0].deleted);
    }

    #[test]
    fn one_tab_holds_the_lock_until_it_goes_stale() {
        let store = MemoryStore::new();
        assert!(claim(&store, "a", 1_000.0));
        assert!(!claim(&store, "b", 2_000.0));
        assert!(claim(&store, "a", 3_000.0));
        assert_eq!(read_lock(&store).unwrap().at, 3_000.0);
        assert!(claim(&store, "b", 3_000.0 + LOCK_STALE_MS));
        release(&store, "a");
        assert_eq!(read_lock(&store).unwrap().tab, "b");
        release(&store, "b");
        assert_eq!(read_lock(&store), None);
        store.set(LOCK_KEY, "garbage").unwrap();
        assert!(claim(&store, "c", 1.0), "an unreadable lock is free");
        assert!(is_sync_key(LOCK_KEY) && is_sync_key(LEDGER_KEY) && is_sync_key(CONFIG_KEY));
    }
}
