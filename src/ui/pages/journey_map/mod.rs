//! The journey map page (`#/journeys/<id>`): the seven ITIL 4 steps as column groups,
//! one card per touchpoint with its lanes, the experience curve over the cards, undo
//! and redo, keyboard and drag moves, and the insights panel.
//!
//! The pieces, one component or state type a file:
//! - this module: [`JourneyMapPage`], which owns the journey memo, the undo history and
//!   the toolbar, and hands the shared state to its children as context;
//! - [`editor`]: `Editor`, applying journey edits to the workspace with undo and redo;
//! - [`cards`]: the per-card lane signals kept in step with the journey memo;
//! - [`details`] and [`columns`]: memos of the fields above the map and of each step's
//!   touchpoint ids, so an edit inside a card re-renders neither;
//! - [`journey_details`], [`journey_personas`], [`service_level_links`]: the fields
//!   above the map; [`share_journey`]: export and share;
//! - [`journey_map`], [`step_column`], [`touchpoint_card`]: the map, a step, a card;
//! - [`insights`]: the panel below the map; [`not_found`]: an unknown journey id.
//!
//! Children read the shared state from context and never import this module: the
//! state types live in their own files.
//!
//! # Why the cards keep their own signal cache rather than a `reactive_stores` store
//!
//! The cards were moved into a `reactive_stores` 0.4.4 store (commit 3dd54f8, reverted
//! in f51a2bf) and measured on the journey-edit bench (7 steps × 100 touchpoints) and a
//! probe counting DOM property writes per edit on a 7 × 20 map:
//! - written through an unkeyed index (`at_unkeyed`), one emotion edit notified every
//!   field of every card: 2,660 DOM property writes and 2.8 s per edit, against 5
//!   writes and 6.8 ms (bench median) with [`cards`];
//! - `Patch::patch` on a keyed card emptied the map after one edit;
//! - steps keyed by step, cards keyed by id and each lane set on its own held the edit
//!   figures (5 writes per edit), but a newly added card intermittently failed to
//!   appear (three end-to-end specs on a clean clone: add a touchpoint, add several,
//!   a card synced from another device), and the first render of the large map took
//!   1,157 ms against 1,002 ms.
//!
//! A store that drops a new card cannot hold, so the hand-built cache stays: one
//! `ArcRwSignal` per lane in [`cards`], the column lists in [`columns`], both refreshed
//! by `Journey::update_from` with exactly the touchpoints an edit changed.

mod cards;
mod columns;
mod details;
mod editor;
mod insights;
mod journey_details;
// The map component is named after the page's folder.
#[allow(clippy::module_inception)]
mod journey_map;
mod journey_personas;
mod not_found;
mod service_level_links;
mod share_journey;
mod step_column;
mod touchpoint_card;

use self::cards::Cards;
use self::details::Details;
use self::editor::{Editor, UndoRedo};
use self::insights::Insights;
use self::journey_details::JourneyDetails;
use self::journey_map::JourneyMap;
use self::not_found::NotFound;
use self::share_journey::ShareJourney;
use super::journey_stakeholders::StakeholderMap;
use crate::domain::history::History;
use crate::domain::journey::Journey;
use crate::domain::Id;
use crate::ui::concepts::{focus_soon, hash_query};
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The map of journey `id`.
#[component]
pub fn JourneyMapPage(id: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let Ok(id) = Id::new(id) else {
        return view! { <NotFound/> }.into_any();
    };
    // The journey, kept in step with the workspace by copying only what an edit
    // changed (a map may hold hundreds of touchpoints; an edit changes one). The
    // touchpoints copied are handed to their cards.
    let cards = Cards::new();
    let journey = {
        let id = id.clone();
        Memo::new_owning(move |old: Option<Option<Journey>>| {
            state.workspace.with(|ws| {
                let current = ws.journey(&id);
                match (old.flatten(), current) {
                    (Some(mut mine), Some(current)) => {
                        let changed = mine.update_from(current, |t| cards.note(t));
                        (Some(mine), changed)
                    }
                    (None, None) => (None, false),
                    (_, current) => {
                        cards.note_all();
                        (current.cloned(), true)
                    }
                }
            })
        })
    };
    if journey.get_untracked().is_none() {
        return view! { <NotFound/> }.into_any();
    }
    let editor = Editor {
        state,
        id: StoredValue::new(id),
        history: StoredValue::new(History::default()),
        can: RwSignal::new(UndoRedo::default()),
    };
    provide_context(editor);
    provide_context(journey);
    provide_context(cards);
    provide_context(Details::memo(journey));
    let compact = RwSignal::new(false);
    let compare = RwSignal::new(None::<Id>);
    let others = {
        let id = editor.id.get_value();
        Memo::new(move |_| {
            state.workspace.with(|ws| {
                ws.journeys
                    .iter()
                    .filter(|j| j.id != id)
                    .map(|j| (j.id.clone(), j.name.clone()))
                    .collect::<Vec<_>>()
            })
        })
    };

    // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo map edits, except inside a
    // text field, where the browser's own text undo applies.
    let keys = window_event_listener(ev::keydown, move |e| {
        if !(e.ctrl_key() || e.meta_key()) {
            return;
        }
        let in_text = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if in_text {
            return;
        }
        match (e.key().to_lowercase().as_str(), e.shift_key()) {
            ("z", false) => {
                e.prevent_default();
                editor.travel(true);
            }
            ("z", true) | ("y", _) => {
                e.prevent_default();
                editor.travel(false);
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    // A deep link (`#/journeys/<id>?touchpoint=<tid>`) brings that card into view.
    if let Some(touchpoint) = hash_query("touchpoint") {
        focus_soon(format!("touchpoint-{touchpoint}"));
    }

    let details = expect_context::<Memo<Details>>();
    let name = move || details.with(|d| d.name.clone());
    view! {
        <p class="breadcrumb"><a href=Route::Journeys.href()>{move || texts().journey_back}</a></p>
        <h1 tabindex="-1">{name}</h1>
        <JourneyDetails/>
        <div class="map-toolbar" role="toolbar" aria-label=move || texts().map_toolbar>
            <a class="button" id=super::present::PRESENT_BUTTON_ID
                href=Route::PresentJourney(editor.id.get_value().to_string()).href()>
                {move || texts().present.present}
            </a>
            <button on:click=move |_| editor.travel(true) disabled=move || !editor.can.get().undo>
                {move || texts().undo}
            </button>
            <button on:click=move |_| editor.travel(false) disabled=move || !editor.can.get().redo>
                {move || texts().redo}
            </button>
            <label class="inline-check">
                <input type="checkbox" prop:checked=move || compact.get()
                    on:change=move |ev| compact.set(event_target_checked(&ev))/>
                {move || texts().density_compact}
            </label>
            <label class="inline-select">
                <span>{move || texts().curve_compare}</span>
                <select on:change=move |ev| compare.set(Id::new(event_target_value(&ev)).ok())>
                    <option value="" prop:selected=move || compare.get().is_none()>{move || texts().curve_compare_none}</option>
                    {move || others.get().into_iter().map(|(id, name)| {
                        let selected = id.clone();
                        view! {
                            <option value=id.to_string() prop:selected=move || compare.get().as_ref() == Some(&selected)>{name}</option>
                        }
                    }).collect_view()}
                </select>
            </label>
        </div>
        <ShareJourney/>
        <JourneyMap compact compare/>
        <Insights/>
        <StakeholderMap journey apply=Callback::new(move |edit| editor.apply(edit))/>
    }
    .into_any()
}
