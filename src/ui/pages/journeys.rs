//! The journeys list: create, search, open, duplicate and delete journeys.

use crate::domain::examples::example_journey;
use crate::domain::journey::Journey;
use crate::domain::journey_search::search_journeys;
use crate::domain::{Id, WorkspaceEdit};
use crate::i18n::format_number;
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::file_input::{chosen_file, read_text};
use crate::ui::fresh_id::fresh_id;
use crate::ui::route::{navigate, Route};
use crate::ui::state::{use_state, use_texts, Save};
use crate::ui::technical_detail::TechnicalDetail;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The list of journeys.
#[component]
pub fn JourneysPage() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let new_name = RwSignal::new(String::new());
    let query = RwSignal::new(String::new());

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked().trim().to_owned();
        let name = if name.is_empty() {
            texts().journey_untitled.to_owned()
        } else {
            name
        };
        let journey = Journey::new(fresh_id("journey"), name);
        let route = Route::Journey(journey.id.to_string());
        let edit = WorkspaceEdit::AddJourney {
            journey: Box::new(journey),
            after: None,
        };
        let _ = state.apply(edit, Save::Now);
        new_name.set(String::new());
        navigate(&route);
    };

    let add_example = move |_| {
        let (journey, persona) = example_journey(state.lang.get_untracked().code(), fresh_id);
        let route = Route::Journey(journey.id.to_string());
        let edit = WorkspaceEdit::Batch(vec![
            WorkspaceEdit::AddPersona(persona),
            WorkspaceEdit::AddJourney {
                journey: Box::new(journey),
                after: None,
            },
        ]);
        let _ = state.apply(edit, Save::Now);
        navigate(&route);
    };

    let matching = Memo::new(move |_| {
        query.with(|query| {
            state.workspace.with(|ws| {
                search_journeys(&ws.journeys, query)
                    .map(|j| {
                        (
                            j.id.clone(),
                            j.name.clone(),
                            j.touchpoints.len(),
                            j.service.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let total = move || state.workspace.with(|ws| ws.journeys.len());

    view! {
        <h1 tabindex="-1">{move || texts().nav_journeys}</h1>
        <p class="lead">{move || texts().journeys_intro}</p>
        <div class="actions">
            <a class="button" href=Route::Personas.href()>{move || texts().personas_link}</a>
            <button on:click=add_example>{move || texts().journey_add_example}</button>
        </div>
        <form class="inline-form" on:submit=create>
            <label for="new-journey">{move || texts().journey_new_label}</label>
            <input
                id="new-journey"
                type="text"
                maxlength="200"
                prop:value=move || new_name.get()
                on:input=move |ev| new_name.set(event_target_value(&ev))
            />
            <button type="submit">{move || texts().journey_create}</button>
        </form>
        <JourneyImport/>
        <Show when=move || { total() > 0 }
            fallback=move || view! { <p class="empty">{move || texts().journeys_empty}</p> }
        >
            <div class="field search">
                <label for="journey-search">{move || texts().journey_search}</label>
                <input
                    id="journey-search"
                    type="search"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            <Show when=move || matching.with(|m| !m.is_empty())
                fallback=move || view! { <p class="empty">{move || texts().journey_no_match}</p> }
            >
                <ul class="journey-list">
                    <For
                        each=move || matching.get()
                        key=|(id, name, count, service)| (id.clone(), name.clone(), *count, service.clone())
                        children=move |(id, name, count, service)| view! { <JourneyRow id name count service/> }
                    />
                </ul>
            </Show>
        </Show>
    }
}

/// One journey in the list with its actions.
#[component]
fn JourneyRow(id: Id, name: String, count: usize, service: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let href = Route::Journey(id.to_string()).href();
    let duplicate = {
        let id = id.clone();
        move |_| {
            let t = texts();
            let copy = state.workspace.with_untracked(|ws| {
                let original = ws.journey(&id)?;
                Some(original.duplicate((t.journey_copy_of)(&original.name), fresh_id))
            });
            if let Some(copy) = copy {
                let edit = WorkspaceEdit::AddJourney {
                    journey: Box::new(copy),
                    after: Some(id.clone()),
                };
                let _ = state.apply(edit, Save::Now);
            }
        }
    };
    let delete = {
        let id = id.clone();
        Callback::new(move |()| {
            let _ = state.apply(WorkspaceEdit::DeleteJourney(id.clone()), Save::Now);
        })
    };
    let dup_label = {
        let name = name.clone();
        move || (texts().journey_duplicate)(&name)
    };
    let del_label = {
        let name = name.clone();
        Signal::derive(move || (texts().journey_delete)(&name))
    };
    view! {
        <li class="journey-row">
            <div>
                <a href=href class="journey-link">{name.clone()}</a>
                <span class="meta">
                    {move || (texts().touchpoint_count)(&format_number(state.lang.get(), count as f64, 0), count)}
                    {(!service.is_empty()).then(|| format!(" · {service}"))}
                </span>
            </div>
            <div class="actions">
                <button on:click=duplicate aria-label=dup_label>{move || texts().duplicate}</button>
                <ConfirmDelete label=del_label on_confirm=delete/>
            </div>
        </li>
    }
}

/// Imports a journey from a single-journey JSON file, as a copy.
#[component]
fn JourneyImport() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let problem = RwSignal::new(None::<crate::storage::share::ShareError>);
    let on_file = move |ev: leptos::ev::Event| {
        problem.set(None);
        let Some((input, file)) = chosen_file(&ev) else {
            return;
        };
        spawn_local(async move {
            let text = read_text(file).await;
            input.set_value("");
            let parsed = text
                .ok_or_else(|| crate::storage::share::ShareError::Corrupt("unreadable file".into()))
                .and_then(|t| crate::storage::share::parse_file(&t));
            match parsed {
                Ok(shared) => {
                    let (edit, id) = crate::storage::share::copy_edit(shared, fresh_id);
                    if state.apply(edit, Save::Now).is_ok() {
                        navigate(&Route::Journey(id.to_string()));
                    }
                }
                Err(error) => problem.set(Some(error)),
            }
        });
    };
    view! {
        <div class="field file-field">
            <input id="import-journey" class="file-input" type="file" accept=".json,application/json" on:change=on_file/>
            <label for="import-journey" class="button">{move || texts().journey_import_label}</label>
        </div>
        {move || problem.get().map(|e| {
            view! {
                <div class="notice notice-error" role="alert">
                    <p>{super::shared_journey::share_error_message(texts(), &e)}</p>
                    <TechnicalDetail text=e.to_string()/>
                </div>
            }
        })}
    }
}
