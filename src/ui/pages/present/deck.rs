//! The frame around every presentation: the full-window stage, the position
//! announced politely, Previous/Next/Exit buttons, keys, and full screen.

use crate::domain::presentation::Move;
use crate::ui::route::{navigate, Route};
use crate::ui::state::use_texts;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// A deck of `len` slides at `index`, shown as a full-window stage over everything.
/// `position` is the announced position ("Step 3 of 7"); `back` is where Exit and
/// Escape lead. The stage asks for full screen when it opens, where the browser
/// allows it, and works as a full-window overlay when it does not.
#[component]
pub fn Deck(
    len: usize,
    index: RwSignal<usize>,
    position: Signal<String>,
    back: Route,
    children: Children,
) -> impl IntoView {
    let texts = use_texts();
    let stage = NodeRef::<Div>::new();
    let back = StoredValue::new(back);
    let go = move |step: Move| match step.apply(index.get_untracked(), len) {
        Some(i) => index.set(i),
        None => back.with_value(exit),
    };
    let keys = window_event_listener(ev::keydown, move |e| {
        if e.ctrl_key() || e.alt_key() || e.meta_key() || e.default_prevented() {
            return;
        }
        let Some(step) = Move::from_key(&e.key(), e.shift_key()) else {
            return;
        };
        // Space on a focused button or disclosure activates it instead.
        let on_control = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY"));
        if e.key() == " " && on_control {
            return;
        }
        e.prevent_default();
        go(step);
    });
    on_cleanup(move || keys.remove());
    Effect::new(move |_| {
        if stage.get().is_some() {
            request_full_screen();
        }
    });
    let last = len.saturating_sub(1);
    view! {
        <div class="present" node_ref=stage role="region" aria-label=move || texts().present.region>
            <div class="present-slide">{children()}</div>
            <div class="present-bar">
                <button class="present-nav" on:click=move |_| go(Move::Previous)
                    disabled=move || index.get() == 0>
                    "← "{move || texts().present.previous}
                </button>
                <p class="present-position" role="status" aria-live="polite">{move || position.get()}</p>
                <button class="present-nav" on:click=move |_| go(Move::Next)
                    disabled=move || { index.get() >= last }>
                    {move || texts().present.next}" →"
                </button>
                <p class="present-keys">{move || texts().present.keys_hint}</p>
                <button on:click=move |_| toggle_full_screen()>{move || texts().present.full_screen}</button>
                <button on:click=move |_| go(Move::Exit)>{move || texts().present.exit}</button>
            </div>
        </div>
    }
}

/// Leaves full screen, if on, and goes `back` (the app then focuses its Present button).
fn exit(back: &Route) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
    navigate(back);
}

/// Asks for full screen on the whole document. The browser may refuse (no user
/// gesture, not allowed in a frame): the refusal is caught and the stage stays a
/// full-window overlay.
fn request_full_screen() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .filter(|d| d.fullscreen_enabled() && d.fullscreen_element().is_none())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let request = js_sys::Reflect::get(&root, &JsValue::from_str("requestFullscreen"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = request
        .and_then(|f| f.call0(&root).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Full screen on or off (the button: after a refusal on entry, a click allows it).
fn toggle_full_screen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else {
        request_full_screen();
    }
}
