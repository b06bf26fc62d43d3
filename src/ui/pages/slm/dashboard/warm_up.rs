//! The dashboard's code compiled and its model computed before its first visit.
//!
//! Chrome compiles WebAssembly lazily, each function at its first call: without this,
//! the first visit to the dashboard in a tab spends time compiling on top of rendering
//! (`docs/performance.md` has the figures and the command that measures them). Much as a JavaScript app fetches a route's code
//! while the browser is idle, the app renders the dashboard once, for the example
//! services, into an element that never joins the document, when the browser is idle
//! after start: navigating there from another page, as the first visit will. It does
//! so only for a workspace with services (whoever keeps services opens their
//! dashboard), and the state it renders is detached: nothing is stored, nothing is
//! shown. When the browser is idle again, it computes the app's [`DashboardModel`] of
//! the real workspace, which the first visit would otherwise compute.

use super::model::DashboardModel;
use crate::domain::examples::example_services;
use crate::domain::Workspace;
use crate::i18n::Lang;
use crate::ui::deferred::{after_next_frame, when_idle};
use crate::ui::fresh_id::fresh_id;
use crate::ui::pages;
use crate::ui::perf::mark;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Renders the dashboard off screen once the browser is idle (after two seconds
/// where `requestIdleCallback` is missing), in `lang`, then computes `model` when the
/// browser is idle again. Marks `dsv:warm-up` when it starts and `dsv:warm-up-done`
/// when all is done.
pub fn warm_up_dashboard(lang: Lang, model: DashboardModel) {
    when_idle(move || {
        mark("dsv:warm-up");
        render_off_screen(lang, move || {
            when_idle(move || {
                model.prepare();
                mark("dsv:warm-up-done");
            })
        });
    });
}

/// Mounts a page on a detached element, navigates from it to the dashboard of the
/// example services, unmounts them once the sections the dashboard renders after the
/// first paint are in too, and calls `then`.
fn render_off_screen(lang: Lang, then: impl FnOnce() + 'static) {
    let parent = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(parent) = parent else {
        return;
    };
    let workspace = Workspace {
        services: example_services(lang.code(), crate::ui::pages::slm::last_month(), fresh_id),
        ..Workspace::default()
    };
    // Reference-counted: it goes with the tree, whatever owner runs this.
    let route = ArcRwSignal::new(Route::NotFound(String::new()));
    let page = route.clone();
    let handle = leptos::mount::mount_to(parent, move || {
        let state = AppState::detached(lang, workspace);
        provide_context(state);
        provide_context(DashboardModel::new(state));
        move || pages::view(page.get())
    });
    // The dashboard renders in the microtasks after this, as on a navigation.
    route.set(Route::ServiceLevels);
    after_next_frame(move || {
        after_next_frame(move || {
            drop(handle);
            then();
        })
    });
}
