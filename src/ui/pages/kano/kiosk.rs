//! Kiosk mode: the owner's device shows only the questionnaire and saves each
//! respondent straight into the workspace, then starts over for the next one.

use crate::domain::kano::Response;
use crate::domain::{Id, WorkspaceEdit};
use crate::i18n::Lang;
use crate::storage::response_code;
use crate::ui::fresh_id::random_u64;
use crate::ui::respondent::{document_language, Questionnaire};
use crate::ui::route::{Route, SurveyTab};
use crate::ui::state::{use_state, use_texts, Save};
use leptos::prelude::*;

/// The kiosk for survey `id`.
#[component]
pub fn KioskPage(id: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let survey = Id::new(id)
        .ok()
        .and_then(|id| state.workspace.with_untracked(|ws| ws.survey(&id).cloned()));
    let Some(survey) = survey else {
        return view! {
            <p role="alert">{move || texts().kano.survey_not_found}</p>
            <p><a href=Route::Kano.href()>{move || texts().kano.all_surveys}</a></p>
        }
        .into_any();
    };
    let lang = Lang::from_code(&survey.language).unwrap_or_default();
    let k = lang.texts().kano;
    document_language(lang, &survey.title);
    let survey_id = survey.id.clone();
    let back = Route::Survey(survey_id.to_string(), SurveyTab::Collect).href();
    let round = RwSignal::new(0u32);
    let saved = RwSignal::new(false);
    let problem = RwSignal::new(false);
    let on_submit = Callback::new(move |mut response: Response| {
        response.respondent = response_code::respondent_id(random_u64());
        let edit = WorkspaceEdit::AddResponse {
            survey: survey_id.clone(),
            response,
        };
        match state.apply(edit, Save::Now) {
            Ok(_) => {
                problem.set(false);
                saved.set(true);
            }
            Err(_) => problem.set(true),
        }
    });
    let next = move |_| {
        saved.set(false);
        round.update(|r| *r += 1);
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    view! {
        <div class="respondent kiosk" lang=lang.code()>
            <p class="kiosk-leave"><a href=back>{k.kiosk_leave}</a></p>
            {move || problem.get().then(|| view! { <p class="notice notice-error" role="alert">{k.kiosk_failed}</p> })}
            <Show
                when=move || saved.get()
                fallback=move || {
                    round.track();
                    view! { <Questionnaire survey=survey.clone() on_submit/> }
                }
            >
                <section class="thanks">
                    <p role="status" class="big-status">{k.kiosk_saved}</p>
                    <button class="primary big" on:click=next>{k.kiosk_next}</button>
                </section>
            </Show>
        </div>
    }
    .into_any()
}
