//! The root component: state, routing, page title and language of the document.

use super::deferred::after_next_frame;
use super::notices::Notices;
use super::pages;
use super::route::Route;
use super::shell::{Footer, Header};
use super::state::{use_texts, AppState};
use crate::i18n;
use crate::storage;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

// Not inlined: the start-up compiles it once, and the hash change listener that
// calls it again stays small to compile at the first navigation.
#[inline(never)]
fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::from_hash(&hash)
}

/// Pages shown without the app's header and footer: a respondent sees only the
/// questionnaire, and a kiosk shows nothing of the owner's workspace.
fn stands_alone(route: &Route) -> bool {
    matches!(route, Route::Answer(_) | Route::Kiosk(_))
}

/// Presentation mode: the slides fill the window, without the header and footer.
fn presents(route: &Route) -> bool {
    matches!(route, Route::PresentJourney(_) | Route::PresentSurvey(_))
}

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    let dashboard = pages::DashboardModel::new(state);
    provide_context(dashboard);
    let route = RwSignal::new(current_route());
    provide_context(route.read_only());

    let on_hash = window_event_listener(ev::hashchange, move |_| route.set(current_route()));
    // The save runs after every change; these catch a retry left pending when the
    // tab is hidden or closed.
    let on_hide = window_event_listener(ev::pagehide, move |_| state.save());
    let on_blur = window_event_listener(ev::blur, move |_| state.save());
    let on_hidden = window_event_listener(ev::visibilitychange, move |_| state.save());
    super::team_sync::SyncUi::provide(state);
    storage::watch_external_changes(move |key| {
        state.external_change(key.as_deref());
        // Another tab saved: the tab that syncs pushes it now.
        super::team_sync::wake();
    });
    on_cleanup(move || {
        on_hash.remove();
        on_hide.remove();
        on_blur.remove();
        on_hidden.remove();
    });

    // The dashboard's code is compiled and its model computed while the browser is
    // idle, for a workspace with services, unless this page is the dashboard already
    // or stands alone.
    let first = route.get_untracked();
    if !stands_alone(&first)
        && !presents(&first)
        && first != Route::ServiceLevels
        && state.workspace.with_untracked(|ws| !ws.services.is_empty())
    {
        pages::warm_up_dashboard(state.lang.get_untracked(), dashboard);
    }

    let texts = use_texts();
    Effect::new(move |_| {
        let lang = state.lang.get();
        i18n::set_current(lang);
        let t = lang.texts();
        let route = route.get();
        // A respondent's or kiosk page sets the survey's own language and title.
        if stands_alone(&route) {
            return;
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            let page = pages::title(&route, t);
            document.set_title(&format!("{page} · {}", t.app_name));
        }
    });

    // Move focus to the new page's heading after navigation, as a screen reader
    // user expects; not on the first load. Focusing needs the page laid out, so it
    // waits until the next frame has laid out and painted the new page (a task queued
    // from that frame's callback): inside the callback it would force a second layout.
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        match previous {
            // Back from a presentation: its Present button, where the user left.
            Some(p) if presents(&p) && p != now => request_animation_frame(focus_present_button),
            Some(p) if p != now => after_next_frame(focus_new_page),
            _ => {}
        }
        now
    });

    view! {
        <Show when=move || route.with(|r| !stands_alone(r) && !presents(r))>
            <button class="skip-link" on:click=move |_| focus_main()>
                {move || texts().skip_to_content}
            </button>
            <Header/>
            <Notices/>
            <pages::chunks::SyncViews/>
        </Show>
        <main id="main" tabindex="-1">
            {move || pages::view(route.get())}
        </main>
        <Show when=move || route.with(|r| !stands_alone(r) && !presents(r))>
            <Footer/>
        </Show>
    }
}

/// Focuses the page's Present button, else the page's heading.
fn focus_present_button() {
    let button = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(pages::present::PRESENT_BUTTON_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match button {
        Some(button) => {
            let _ = button.focus();
        }
        None => focus_main(),
    }
}

/// The page's heading, else the `main` element.
fn main_heading() -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    document
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("main"))?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// A page whose code arrived after the navigation moved focus to `main` (there was
/// no heading yet) gets it on its heading, as every other page does at once.
pub(crate) fn focus_arrived_page() {
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|active| active.id() == "main");
    if main.is_some() {
        if let Some(heading) = main_heading() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = heading.focus_with_options(&options);
        }
    }
}

/// Focuses the page's heading (the skip link), scrolling it into view.
fn focus_main() {
    if let Some(heading) = main_heading() {
        let _ = heading.focus();
    }
}

/// A new page starts at the top with its heading focused, without scrolling to it,
/// unless the page has already put focus somewhere in it (a linked touchpoint).
fn focus_new_page() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let document = window.document();
    let placed = document
        .as_ref()
        .and_then(|d| d.active_element())
        .filter(|active| {
            document
                .as_ref()
                .and_then(|d| d.get_element_by_id("main"))
                .is_some_and(|main| &main != active && main.contains(Some(active)))
        });
    if placed.is_some() {
        return;
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(heading) = main_heading() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}
