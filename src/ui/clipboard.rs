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

/// The page's address without its fragment, to which a `#/…` route is appended.
pub fn page_base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}
