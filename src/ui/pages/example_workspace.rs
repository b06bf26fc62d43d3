//! "Load example workspace": the connected example for trainers, added beside the
//! user's data or, after a confirmation, in its place.

use crate::domain::examples::example_workspace;
use crate::domain::{Workspace, WorkspaceEdit};
use crate::ui::fresh_id::fresh_id;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts, Save};
use leptos::prelude::*;

/// Where the loader is in its conversation with the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Idle,
    /// The workspace holds data: add beside it or replace it?
    Choosing,
    /// Replacing was chosen: confirm that the data goes.
    ConfirmReplace,
}

/// The example in the current language, its records ending last month.
fn build(lang: &str) -> Workspace {
    example_workspace(lang, super::slm::last_month(), fresh_id)
}

/// The example workspace section with its button and the choice it may ask for.
#[component]
pub fn ExampleWorkspace() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let stage = RwSignal::new(Stage::Idle);
    // Some(true) once replaced, Some(false) once added beside; the journey to open.
    let done = RwSignal::new(None::<(bool, String)>);
    let load = move |replace: bool| {
        let example = build(state.lang.get_untracked().code());
        let journey = example
            .journeys
            .first()
            .map(|j| Route::Journey(j.id.to_string()).href())
            .unwrap_or_default();
        let edit = if replace {
            WorkspaceEdit::Replace(Box::new(example))
        } else {
            WorkspaceEdit::AddBeside(Box::new(example))
        };
        let stored = state.apply(edit, Save::Now).is_ok() && state.saved();
        stage.set(Stage::Idle);
        // Unsaved (storage full): the storage notice tells it, not a confirmation.
        done.set(stored.then_some((replace, journey)));
    };
    let start = move |_| {
        done.set(None);
        if state.workspace.with_untracked(Workspace::is_empty) {
            load(true);
        } else {
            stage.set(Stage::Choosing);
        }
    };
    view! {
        <section class="card example-workspace" aria-labelledby="example-workspace-title">
            <h2 id="example-workspace-title">{move || texts().learn.example_heading}</h2>
            <p>{move || texts().learn.example_intro}</p>
            <button on:click=start disabled=move || stage.get() != Stage::Idle>
                {move || texts().learn.example_load}
            </button>
            <Show when=move || stage.get() == Stage::Choosing>
                <div class="choice" role="group" aria-labelledby="example-choice">
                    <p id="example-choice">{move || texts().learn.example_choice}</p>
                    <button on:click=move |_| load(false)>{move || texts().learn.example_add_beside}</button>
                    <button on:click=move |_| stage.set(Stage::ConfirmReplace)>{move || texts().learn.example_replace}</button>
                    <button on:click=move |_| stage.set(Stage::Idle)>{move || texts().cancel}</button>
                </div>
            </Show>
            <Show when=move || stage.get() == Stage::ConfirmReplace>
                <div class="choice">
                    <p role="alert">{move || texts().learn.example_replace_warning}</p>
                    <a href=Route::Settings.href()>{move || texts().nav_settings}</a>
                    " "
                    <button class="danger" on:click=move |_| load(true)>{move || texts().learn.example_confirm_replace}</button>
                    <button on:click=move |_| stage.set(Stage::Idle)>{move || texts().cancel}</button>
                </div>
            </Show>
            // Present only with a message, so the page keeps a single status region
            // otherwise (the app's notices have their own).
            {move || done.get().map(|(replaced, journey)| view! {
                <p role="status">
                    {move || if replaced { texts().learn.example_replaced } else { texts().learn.example_added }}
                    " "
                    <a href=journey>{move || texts().learn.example_open_journey}</a>
                </p>
            })}
        </section>
    }
}
