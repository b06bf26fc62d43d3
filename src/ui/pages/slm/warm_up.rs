//! The dashboard's code compiled before its first visit.
//!
//! Chrome compiles WebAssembly lazily, each function at its first call: the first
//! visit to the dashboard in a tab spent 14–24 ms compiling (traces of the bench's
//! dashboard) on top of rendering it. Much as a JavaScript app fetches a route's code
//! while the browser is idle, the app renders the dashboard once, for the example
//! services, into an element that never joins the document, when the browser is idle
//! after start. It does so only for a workspace with services (whoever keeps services
//! opens their dashboard), and the state it renders is detached: nothing is stored,
//! nothing is shown.

use super::dashboard::ServiceLevelsPage;
use crate::domain::examples::example_services;
use crate::domain::Workspace;
use crate::i18n::Lang;
use crate::ui::deferred::after_next_frame;
use crate::ui::fresh_id::fresh_id;
use crate::ui::perf::measured;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Renders the dashboard off screen once the browser is idle (after two seconds
/// where `requestIdleCallback` is missing), in `lang`.
pub fn warm_up_dashboard(lang: Lang) {
    let run = move || render_off_screen(lang);
    let Some(window) = web_sys::window() else {
        return;
    };
    let idle = Closure::once_into_js(run);
    if window.request_idle_callback(idle.unchecked_ref()).is_err() {
        set_timeout(run, Duration::from_secs(2));
    }
}

/// Mounts the dashboard of the example services on a detached element, and unmounts
/// it once the sections it renders after the first paint are in too.
fn render_off_screen(lang: Lang) {
    let parent = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(parent) = parent else {
        return;
    };
    let handle = measured("dsv:warm-up", || {
        let workspace = Workspace {
            services: example_services(lang.code(), super::last_month(), fresh_id),
            ..Workspace::default()
        };
        leptos::mount::mount_to(parent, move || {
            provide_context(AppState::detached(lang, workspace));
            view! { <ServiceLevelsPage/> }
        })
    });
    after_next_frame(move || {
        after_next_frame(move || {
            drop(handle);
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("dsv:warm-up-done");
            }
        })
    });
}
