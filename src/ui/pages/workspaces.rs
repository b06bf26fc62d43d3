//! The three workspace views. For now each lists what the workspace holds; the
//! editors arrive with their own issues.

use crate::i18n::Pick;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// A heading, an introduction, and the names of the items or an empty message.
#[component]
fn WorkspaceList(
    title: Pick,
    intro: Pick,
    empty: Pick,
    items: Signal<Vec<String>>,
) -> impl IntoView {
    let texts = use_texts();
    view! {
        <h1 tabindex="-1">{move || title(texts())}</h1>
        <p class="lead">{move || intro(texts())}</p>
        <Show
            when=move || !items.with(Vec::is_empty)
            fallback=move || view! { <p class="empty">{move || empty(texts())}</p> }
        >
            <ul class="item-list">
                {move || items.get().into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
            </ul>
        </Show>
    }
}

/// Service levels.
#[component]
pub fn ServiceLevelsPage() -> impl IntoView {
    let ws = use_state().workspace;
    let items =
        Signal::derive(move || ws.with(|w| w.services.iter().map(|s| s.name.clone()).collect()));
    view! { <WorkspaceList title=|t| t.nav_slm intro=|t| t.slm_intro empty=|t| t.slm_empty items/> }
}
