//! [`KeyValueStore`] over the browser's `localStorage` (through gloo-storage), and the
//! listener for changes made by other tabs.

use super::{KeyValueStore, StoreError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The browser's local storage.
#[derive(Debug, Clone, Copy)]
pub struct BrowserStore(());

impl BrowserStore {
    /// Checks that local storage can be used; gloo-storage panics when it cannot, so
    /// this is asked first.
    pub fn open() -> Result<Self, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(Self(())),
            Ok(None) => Err(StoreError::Unavailable(
                "not provided by this browser".into(),
            )),
            Err(e) => Err(StoreError::Unavailable(describe(&e))),
        }
    }
}

fn describe(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| format!("{}: {}", String::from(e.name()), String::from(e.message())))
        .unwrap_or_else(|| format!("{value:?}"))
}

fn is_quota_error(value: &JsValue) -> bool {
    value.dyn_ref::<js_sys::Error>().is_some_and(|e| {
        let name = String::from(e.name());
        name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
    })
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        LocalStorage::raw()
            .get_item(key)
            .map_err(|e| StoreError::Other(describe(&e)))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        LocalStorage::raw().set_item(key, value).map_err(|e| {
            if is_quota_error(&e) {
                StoreError::QuotaExceeded
            } else {
                StoreError::Other(describe(&e))
            }
        })
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        LocalStorage::raw()
            .remove_item(key)
            .map_err(|e| StoreError::Other(describe(&e)))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let raw = LocalStorage::raw();
        let len = raw.length().map_err(|e| StoreError::Other(describe(&e)))?;
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Ok(Some(key)) = raw.key(i) {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Calls `on_change` with the key whenever another tab changes one of DSV Studio's
/// keys (`None` when the other tab cleared all storage), except the team sync's own
/// (its heartbeat and ledger are no workspace change). Lives as long as the page.
pub fn watch_external_changes(on_change: impl Fn(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            match event.key() {
                Some(key) if super::keys::is_workspace_key(&key) => on_change(Some(key)),
                Some(_) => {}
                None => on_change(None),
            }
        });
    if window
        .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref())
        .is_ok()
    {
        listener.forget();
    }
}
