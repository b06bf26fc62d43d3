//! The key–value store abstraction behind the repository.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

/// Why the store refused an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage quota is full; nothing was written.
    QuotaExceeded,
    /// Storage cannot be used at all (disabled, private mode, blocked by policy).
    Unavailable(String),
    /// Any other failure reported by the browser.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::QuotaExceeded => f.write_str("the storage quota is full"),
            Self::Unavailable(why) => write!(f, "local storage is unavailable: {why}"),
            Self::Other(why) => write!(f, "local storage failed: {why}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A string key–value store with the semantics of the Web Storage API.
pub trait KeyValueStore {
    /// Reads the value under `key`.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Writes `value` under `key`; on error the previous value is unchanged.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key` (no error when absent).
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory store for tests, with an optional quota counted like the browser's
/// (UTF-16 code units of keys plus values).
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    quota: Option<usize>,
}

impl MemoryStore {
    /// An empty store with no quota.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store that refuses writes beyond `units` UTF-16 code units in total.
    pub fn with_quota(units: usize) -> Self {
        Self {
            entries: RefCell::default(),
            quota: Some(units),
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| units(k) + units(v))
            .sum()
    }
}

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            if self.used_without(key) + units(key) + units(value) > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}

impl<S: KeyValueStore + ?Sized> KeyValueStore for &S {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_refuses_and_keeps_the_old_value() {
        let store = MemoryStore::with_quota(10);
        store.set("k", "abc").unwrap();
        assert_eq!(store.set("k", "0123456789"), Err(StoreError::QuotaExceeded));
        assert_eq!(store.get("k").unwrap().as_deref(), Some("abc"));
    }
}
