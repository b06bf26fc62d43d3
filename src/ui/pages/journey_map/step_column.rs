//! One step of the map: its header, its cards and the add button.

use super::columns::Columns;
use super::editor::Editor;
use super::touchpoint_card::TouchpointCard;
use crate::domain::journey::{Step, Touchpoint};
use crate::domain::journey_edit::JourneyEdit;
use crate::domain::Id;
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::fresh_id::fresh_id;
use crate::ui::labels::{step_hint, step_name};
use crate::ui::state::use_texts;
use leptos::ev;
use leptos::prelude::*;

/// One step: its header, its touchpoint cards, and an add button.
#[component]
pub(super) fn StepColumn(step: Step) -> impl IntoView {
    let texts = use_texts();
    let editor = expect_context::<Editor>();
    let dragging = expect_context::<RwSignal<Option<Id>>>();
    let columns = expect_context::<Columns>().0;
    let ids = Memo::new(move |_| columns.with(|c| c[step as usize].clone()));
    let add = move |_| {
        let t = texts();
        let touchpoint = Touchpoint::new(fresh_id("tp"), step, t.new_touchpoint);
        editor.apply(JourneyEdit::AddTouchpoint(touchpoint));
    };
    let drop_at_end = move |ev: ev::DragEvent| {
        ev.prevent_default();
        if let Some(id) = dragging.get_untracked() {
            editor.apply(JourneyEdit::MoveTouchpoint {
                id,
                step,
                index: usize::MAX,
            });
        }
        dragging.set(None);
    };
    view! {
        <section class="step" aria-label=move || step_name(texts(), step)
            style=move || format!("--cards: {}", ids.with(|ids| ids.len().max(1)))>
            <header class="step-head"
                on:dragover=move |ev: ev::DragEvent| ev.prevent_default()
                on:drop=drop_at_end
            >
                <h2>{move || step_name(texts(), step)}</h2>
                <HelpLink concept=Concept::Steps key=step_key(step)/>
                <p class="step-hint">{move || step_hint(texts(), step)}</p>
                <button class="add-touchpoint" on:click=add>
                    {move || (texts().add_touchpoint)(step_name(texts(), step))}
                </button>
            </header>
            // A form per step, though nothing is submitted: a browser's form autofill
            // looks at the fields around a changed one (its form, or every field
            // outside a form). In one step's form that is one column of the map, not
            // every field of every card (docs/performance.md has the figure). Buttons
            // in it are type="button" and a submission goes nowhere.
            <form class="tp-cards" on:submit=|ev: ev::SubmitEvent| ev.prevent_default()>
                // Keyed by id: a move within the step moves the card's elements, a
                // move elsewhere re-creates only the moved card.
                <For
                    each=move || ids.get()
                    key=Id::clone
                    children=move |id| view! { <TouchpointCard id step/> }
                />
                <Show when=move || ids.with(Vec::is_empty)>
                    <div class="empty-step"
                        on:dragover=move |ev: ev::DragEvent| ev.prevent_default()
                        on:drop=drop_at_end
                    ></div>
                </Show>
            </form>
        </section>
    }
}

/// A short, stable key per step for the ids of its help tooltip.
fn step_key(step: Step) -> &'static str {
    match step {
        Step::Explore => "-1",
        Step::Engage => "-2",
        Step::Offer => "-3",
        Step::Agree => "-4",
        Step::Onboard => "-5",
        Step::CoCreate => "-6",
        Step::Realize => "-7",
    }
}
