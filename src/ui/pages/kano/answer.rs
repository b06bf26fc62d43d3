//! A survey link opened inside the workbench (`#/answer/<payload>` reached by a
//! changed fragment in an open workbench tab; a link loaded afresh is forwarded to
//! `answer.html` by index.html before the workbench loads): the same respondent page
//! as `answer.html`, with link problems explained in the owner's language.

use crate::ui::respondent::RespondentPage;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The respondent's page for the survey in `payload`.
#[component]
pub fn AnswerPage(payload: String) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    view! { <RespondentPage payload reader_lang=move || lang.get()/> }
}
