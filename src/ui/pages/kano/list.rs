//! The survey list: create, open and delete surveys, and add the example survey.

use crate::domain::examples::example_survey;
use crate::domain::kano::Survey;
use crate::domain::{Id, WorkspaceEdit};
use crate::i18n::format_number;
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::fresh_id::fresh_id;
use crate::ui::route::{navigate, Route, SurveyTab};
use crate::ui::state::{use_state, use_texts, Save};
use leptos::prelude::*;

/// The list of Kano surveys.
#[component]
pub fn KanoPage() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let new_title = RwSignal::new(String::new());

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = new_title.get_untracked().trim().to_owned();
        let title = if title.is_empty() {
            texts().kano.new_survey_default.to_owned()
        } else {
            title
        };
        let Ok(survey) = Survey::new(
            fresh_id("survey"),
            &title,
            state.lang.get_untracked().code(),
        ) else {
            return;
        };
        let route = Route::Survey(survey.id.to_string(), SurveyTab::Design);
        let edit = WorkspaceEdit::AddSurvey {
            survey: Box::new(survey),
            responses: None,
        };
        let _ = state.apply(edit, Save::Now);
        new_title.set(String::new());
        navigate(&route);
    };
    let add_example = move |_| {
        let (survey, responses) = example_survey(state.lang.get_untracked().code(), fresh_id);
        let route = Route::Survey(survey.id.to_string(), SurveyTab::Analyse);
        let edit = WorkspaceEdit::AddSurvey {
            survey: Box::new(survey),
            responses: Some(responses),
        };
        let _ = state.apply(edit, Save::Now);
        navigate(&route);
    };
    let rows = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.surveys
                .iter()
                .map(|s| {
                    let responses = ws
                        .responses
                        .iter()
                        .find(|r| r.survey_id == s.id)
                        .map_or(0, |r| r.responses.len());
                    (s.id.clone(), s.title.clone(), s.features.len(), responses)
                })
                .collect::<Vec<_>>()
        })
    });

    view! {
        <h1 tabindex="-1">{move || texts().nav_kano}</h1>
        <p class="lead">{move || texts().kano_intro}</p>
        <div class="actions">
            <button on:click=add_example>{move || texts().kano.add_example}</button>
        </div>
        <form class="inline-form" on:submit=create>
            <label for="new-survey">{move || texts().kano.new_survey_label}</label>
            <input
                id="new-survey"
                type="text"
                maxlength="120"
                prop:value=move || new_title.get()
                on:input=move |ev| new_title.set(event_target_value(&ev))
            />
            <button type="submit">{move || texts().kano.create_survey}</button>
        </form>
        <Show
            when=move || rows.with(|r| !r.is_empty())
            fallback=move || view! { <p class="empty">{move || texts().kano_empty}</p> }
        >
            <h2>{move || texts().kano.surveys_heading}</h2>
            <ul class="journey-list">
                <For
                    each=move || rows.get()
                    key=|row| row.clone()
                    children=move |(id, title, features, responses)| view! { <SurveyRow id title features responses/> }
                />
            </ul>
        </Show>
    }
}

/// One survey in the list, with its delete action.
#[component]
fn SurveyRow(id: Id, title: String, features: usize, responses: usize) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let href = Route::Survey(id.to_string(), SurveyTab::Design).href();
    let delete = {
        let id = id.clone();
        Callback::new(move |()| {
            let _ = state.apply(WorkspaceEdit::DeleteSurvey(id.clone()), Save::Now);
        })
    };
    let count = move |n: usize| format_number(state.lang.get(), n as f64, 0);
    let del_label = {
        let title = title.clone();
        Signal::derive(move || (texts().kano.delete_survey)(&title))
    };
    let confirm_text = {
        let title = title.clone();
        Signal::derive(move || (texts().kano.confirm_delete_survey)(&title, responses))
    };
    view! {
        <li class="journey-row">
            <div>
                <a href=href class="journey-link">{title.clone()}</a>
                <span class="meta">
                    {move || (texts().kano.feature_count)(&count(features), features)}
                    " · "
                    {move || (texts().kano.response_count)(&count(responses), responses)}
                </span>
            </div>
            <div class="actions">
                <ConfirmDelete label=del_label warning=confirm_text on_confirm=delete/>
            </div>
        </li>
    }
}
