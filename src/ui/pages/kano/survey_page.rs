//! One survey: its tabs (design, share, collect, analyse) around the shared state.

use super::survey_ctx::SurveyCtx;
use super::{analyse, collect, design, share};
use crate::domain::Id;
use crate::ui::route::{Route, SurveyTab};
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// The page of survey `id` on `tab`.
#[component]
pub fn SurveyPage(id: String, tab: SurveyTab) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let Ok(id) = Id::new(id) else {
        return view! { <Missing/> }.into_any();
    };
    let survey = {
        let id = id.clone();
        Memo::new(move |_| state.workspace.with(|ws| ws.survey(&id).cloned()))
    };
    if survey.with_untracked(Option::is_none) {
        return view! { <Missing/> }.into_any();
    }
    let responses = {
        let id = id.clone();
        Memo::new(move |_| {
            state.workspace.with(|ws| {
                ws.responses
                    .iter()
                    .find(|r| r.survey_id == id)
                    .map(|r| r.responses.clone())
                    .unwrap_or_default()
            })
        })
    };
    let ctx = SurveyCtx {
        state,
        id: StoredValue::new(id.clone()),
        survey,
        responses,
    };
    provide_context(ctx);
    let title = move || survey.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default());
    let tabs = SurveyTab::ALL
        .into_iter()
        .map(|t| {
            let href = Route::Survey(id.to_string(), t).href();
            let name = move || {
                let k = texts().kano;
                match t {
                    SurveyTab::Design => k.tab_design,
                    SurveyTab::Share => k.tab_share,
                    SurveyTab::Collect => k.tab_collect,
                    SurveyTab::Analyse => k.tab_analyse,
                }
            };
            view! { <li><a href=href aria-current=(t == tab).then_some("page")>{name}</a></li> }
        })
        .collect_view();
    let body = match tab {
        SurveyTab::Design => view! { <design::DesignTab/> }.into_any(),
        SurveyTab::Share => view! { <share::ShareTab/> }.into_any(),
        SurveyTab::Collect => view! { <collect::CollectTab/> }.into_any(),
        SurveyTab::Analyse => view! { <analyse::AnalyseTab/> }.into_any(),
    };
    view! {
        <p class="breadcrumb"><a href=Route::Kano.href()>{move || texts().kano.all_surveys}</a></p>
        <h1 tabindex="-1">{title}</h1>
        <nav class="tabs" aria-label=move || texts().kano.tabs_label>
            <ul>{tabs}</ul>
        </nav>
        {body}
    }
    .into_any()
}

/// Shown for an unknown survey id.
#[component]
fn Missing() -> impl IntoView {
    let texts = use_texts();
    view! {
        <h1 tabindex="-1">{move || texts().not_found_title}</h1>
        <p role="alert">{move || texts().kano.survey_not_found}</p>
        <p><a href=Route::Kano.href()>{move || texts().kano.all_surveys}</a></p>
    }
}
