//! Copying text to the clipboard, reporting whether the browser allowed it.

use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`, then calls `done` with `true` when the browser accepted it.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    spawn_local(async move {
        done(JsFuture::from(promise).await.is_ok());
    });
}

/// The page's address, as the location bar shows it.
pub fn page_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}
