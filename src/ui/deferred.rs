//! Content the first paint of a page can do without, rendered just after it.

use leptos::prelude::*;

/// Runs `f` in a task queued from the next animation frame's callback, i.e. once that
/// frame has been laid out and painted.
pub(crate) fn after_next_frame(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Renders its children once the page around it has been painted: for sections below
/// the fold of a large page, so that what the user sees first is laid out and painted
/// without them. A screen reader or a test waiting for them finds them a frame later.
#[component]
pub(crate) fn AfterFirstPaint(children: ChildrenFn) -> impl IntoView {
    let painted = RwSignal::new(false);
    // The page may be gone by then: `try_set` leaves a disposed signal alone.
    after_next_frame(move || {
        let _ = painted.try_set(true);
    });
    move || painted.get().then(|| children())
}
