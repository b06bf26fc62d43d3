//! The notice that a new version of the app is installed and waiting. The service
//! worker script inlined into index.html (public/register-sw.js) signals it; Reload
//! asks that script to let the new version take over, which reloads the page once.

use super::state::use_texts;
use leptos::prelude::*;

/// Fired on `window` by register-sw.js when a new version is waiting.
const READY_EVENT: &str = "dsv:update-ready";
/// Set on `<html>` by register-sw.js, in case the app mounted after the event.
const READY_ATTRIBUTE: &str = "data-update-ready";
/// Fired on `window` by the Reload button; register-sw.js switches and reloads.
const APPLY_EVENT: &str = "dsv:update-apply";

fn waiting_already() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute(READY_ATTRIBUTE))
}

fn apply_update() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(APPLY_EVENT)) {
        let _ = window.dispatch_event(&event);
    }
}

/// "A new version is available" with Reload, in its own `role="status"` region
/// (hidden while empty, like the storage notices).
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let texts = use_texts();
    let ready = RwSignal::new(waiting_already());
    let listener = window_event_listener_untyped(READY_EVENT, move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let notice = move || {
        ready.get().then(|| {
            let t = texts();
            view! {
                <p>
                    {t.update_ready}
                    " "
                    <button on:click=move |_| apply_update()>{t.update_reload}</button>
                    " "
                    <button class="link-button" on:click=move |_| ready.set(false)>
                        {t.dismiss}
                    </button>
                </p>
            }
        })
    };
    view! {
        <div class="notices">
            <div class="notice notice-status" role="status">{notice}</div>
        </div>
    }
}
