//! Content the first paint of a page can do without, rendered just after it.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Runs `f` in a task queued from the next animation frame's callback, i.e. once that
/// frame has been laid out and painted.
pub(crate) fn after_next_frame(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// A signal that turns true once the next frame has been painted (see
/// [`after_next_frame`]), owned by the current owner.
pub(crate) fn first_paint() -> ReadSignal<bool> {
    let painted = RwSignal::new(false);
    // The page may be gone by then: `try_set` leaves a disposed signal alone.
    after_next_frame(move || {
        let _ = painted.try_set(true);
    });
    painted.read_only()
}

/// Runs `f` when the browser is idle, or in two seconds where it cannot say (Safari
/// has no `requestIdleCallback`).
pub(crate) fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let can_tell =
        js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback")).unwrap_or(false);
    if can_tell {
        // Should the call fail after all, `f` is skipped: callers use this for a head
        // start only.
        let _ = window.request_idle_callback(Closure::once_into_js(f).unchecked_ref());
    } else {
        set_timeout(f, std::time::Duration::from_secs(2));
    }
}

/// Renders its children once the page around it has been painted: for sections below
/// the fold of a large page, so that what the user sees first is laid out and painted
/// without them. A screen reader or a test waiting for them finds them a frame later.
#[component]
pub(crate) fn AfterFirstPaint(children: ChildrenFn) -> impl IntoView {
    let painted = first_paint();
    move || painted.get().then(|| children())
}
