//! The persona library: archetypal customers and users, attachable to journeys.

use crate::domain::persona::Persona;
use crate::domain::{Id, WorkspaceEdit};
use crate::ui::fresh_id::fresh_id;
use crate::ui::route::{navigate, Route};
use crate::ui::state::{use_state, use_texts, Save};
use crate::ui::text_lines as lines;
use leptos::prelude::*;

/// The list of personas.
#[component]
pub fn PersonasPage() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let new_name = RwSignal::new(String::new());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked().trim().to_owned();
        if name.is_empty() {
            return;
        }
        let persona = Persona::new(fresh_id("persona"), name);
        let route = Route::Persona(persona.id.to_string());
        let _ = state.apply(WorkspaceEdit::AddPersona(persona), Save::Now);
        new_name.set(String::new());
        navigate(&route);
    };
    let personas = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.personas
                .iter()
                .map(|p| {
                    (
                        p.id.clone(),
                        p.name.clone(),
                        p.archetype.clone(),
                        p.initials(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <p class="breadcrumb"><a href=Route::Journeys.href()>{move || texts().journey_back}</a></p>
        <h1 tabindex="-1">{move || texts().personas_title}</h1>
        <p class="lead">{move || texts().personas_intro}</p>
        <form class="inline-form" on:submit=create>
            <label for="new-persona">{move || texts().persona_new_label}</label>
            <input id="new-persona" type="text" maxlength="200"
                prop:value=move || new_name.get()
                on:input=move |ev| new_name.set(event_target_value(&ev))/>
            <button type="submit">{move || texts().persona_create}</button>
        </form>
        <Show when=move || personas.with(|p| !p.is_empty())
            fallback=move || view! { <p class="empty">{move || texts().personas_empty}</p> }
        >
            <ul class="persona-list">
                <For
                    each=move || personas.get()
                    key=|p| p.clone()
                    children=move |(id, name, archetype, initials)| view! {
                        <li class="persona-card">
                            <span class="avatar" aria-hidden="true">{initials}</span>
                            <div>
                                <a href=Route::Persona(id.to_string()).href()>{name}</a>
                                <span class="meta">{archetype}</span>
                            </div>
                        </li>
                    }
                />
            </ul>
        </Show>
    }
}

/// One persona: its fields, edited in place, and the journeys it appears in.
#[component]
pub fn PersonaPage(id: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let Ok(id) = Id::new(id) else {
        return view! { <p>{move || texts().persona_not_found}</p> }.into_any();
    };
    let persona = {
        let id = id.clone();
        Memo::new(move |_| state.workspace.with(|ws| ws.persona(&id).cloned()))
    };
    if persona.get_untracked().is_none() {
        return view! {
            <h1 tabindex="-1">{move || texts().persona_not_found}</h1>
            <p><a href=Route::Personas.href()>{move || texts().personas_back}</a></p>
        }
        .into_any();
    }
    let update = {
        let id = id.clone();
        move |change: &dyn Fn(&mut Persona)| {
            let changed = state.workspace.with_untracked(|ws| {
                ws.persona(&id).cloned().map(|mut p| {
                    change(&mut p);
                    p
                })
            });
            if let Some(persona) = changed {
                let _ = state.apply(WorkspaceEdit::SetPersona(persona), Save::Now);
            }
        }
    };
    let journeys = {
        let id = id.clone();
        Memo::new(move |_| {
            state.workspace.with(|ws| {
                ws.journeys_of_persona(&id)
                    .map(|j| (j.id.clone(), j.name.clone()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let read = move |f: fn(&Persona) -> String| {
        move || persona.with(|p| p.as_ref().map(f).unwrap_or_default())
    };
    let confirming = RwSignal::new(false);
    let delete = {
        let id = id.clone();
        move |_| {
            let _ = state.apply(WorkspaceEdit::DeletePersona(id.clone()), Save::Now);
            navigate(&Route::Personas);
        }
    };
    let (u1, u2, u3, u4, u5) = (
        update.clone(),
        update.clone(),
        update.clone(),
        update.clone(),
        update,
    );
    view! {
        <p class="breadcrumb"><a href=Route::Personas.href()>{move || texts().personas_back}</a></p>
        <div class="persona-head">
            <span class="avatar large" aria-hidden="true">{move || persona.with(|p| p.as_ref().map(Persona::initials).unwrap_or_default())}</span>
            <h1 tabindex="-1">{read(|p| p.name.clone())}</h1>
        </div>
        <div class="journey-details">
            <div class="field">
                <label for="persona-name">{move || texts().persona_name}</label>
                <input id="persona-name" type="text" maxlength="200" prop:value=read(|p| p.name.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); if !v.trim().is_empty() { u1(&|p| p.name = v.trim().to_owned()) } }/>
            </div>
            <div class="field">
                <label for="persona-archetype">{move || texts().persona_archetype}</label>
                <input id="persona-archetype" type="text" maxlength="200" prop:value=read(|p| p.archetype.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); u2(&|p| p.archetype = v.clone()) }/>
            </div>
            <div class="field wide">
                <label for="persona-goals">{move || texts().persona_goals}</label>
                <textarea id="persona-goals" rows="3" prop:value=read(|p| p.goals.join("\n"))
                    on:change=move |ev| { let v = lines(&event_target_value(&ev)); u3(&|p| p.goals = v.clone()) }/>
            </div>
            <div class="field wide">
                <label for="persona-needs">{move || texts().persona_needs}</label>
                <textarea id="persona-needs" rows="3" prop:value=read(|p| p.needs.join("\n"))
                    on:change=move |ev| { let v = lines(&event_target_value(&ev)); u4(&|p| p.needs = v.clone()) }/>
            </div>
            <div class="field wide">
                <label for="persona-frustrations">{move || texts().persona_frustrations}</label>
                <textarea id="persona-frustrations" rows="3" prop:value=read(|p| p.frustrations.join("\n"))
                    on:change=move |ev| { let v = lines(&event_target_value(&ev)); u5(&|p| p.frustrations = v.clone()) }/>
            </div>
        </div>
        <section aria-labelledby="persona-journeys">
            <h2 id="persona-journeys">{move || texts().persona_journeys}</h2>
            <Show when=move || journeys.with(|j| !j.is_empty())
                fallback=move || view! { <p class="empty">{move || texts().persona_no_journeys}</p> }
            >
                <ul>
                    {move || journeys.get().into_iter().map(|(id, name)| view! {
                        <li><a href=Route::Journey(id.to_string()).href()>{name}</a></li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
        <div class="actions">
            <Show when=move || confirming.get()
                fallback=move || view! {
                    <button class="danger" on:click=move |_| confirming.set(true)>{move || texts().persona_delete}</button>
                }
            >
                <button class="danger" on:click=delete.clone()>{move || texts().delete_confirm}</button>
                <button on:click=move |_| confirming.set(false)>{move || texts().cancel}</button>
            </Show>
        </div>
    }
    .into_any()
}
