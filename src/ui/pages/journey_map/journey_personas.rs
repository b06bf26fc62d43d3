//! Attaching personas from the library to the journey.

use super::details::Details;
use super::editor::Editor;
use crate::domain::journey_edit::JourneyEdit;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// Checkboxes attaching personas from the library to this journey.
#[component]
pub(super) fn JourneyPersonas() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let editor = expect_context::<Editor>();
    let details = expect_context::<Memo<Details>>();
    let personas = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.personas
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <fieldset class="field wide personas-field">
            <legend>{move || texts().journey_personas}</legend>
            <Show when=move || personas.with(|p| !p.is_empty())
                fallback=move || view! { <p class="hint">{move || texts().journey_personas_none}</p> }
            >
                {move || personas.get().into_iter().map(|(id, name)| {
                    let attached = {
                        let id = id.clone();
                        move || details.with(|d| d.persona_ids.contains(&id))
                    };
                    view! {
                        <label class="inline-check">
                            <input type="checkbox" prop:checked=attached
                                on:change=move |ev| {
                                    let edit = if event_target_checked(&ev) {
                                        JourneyEdit::AttachPersona(id.clone())
                                    } else {
                                        JourneyEdit::DetachPersona(id.clone())
                                    };
                                    editor.apply(edit);
                                }/>
                            {name}
                        </label>
                    }
                }).collect_view()}
            </Show>
            <a href=Route::Personas.href()>{move || texts().personas_link}</a>
        </fieldset>
    }
}
