//! What a respondent sees after opening a survey link: only the questionnaire, in
//! the survey's language; after sending, a short response code to copy, download or
//! e-mail back. Nothing is stored on the respondent's device.

use super::questionnaire::Questionnaire;
use crate::domain::kano::Response;
use crate::i18n::{AnswerTexts, Lang};
use crate::storage::kano_link::{self, LinkError, SharedSurvey};
use crate::ui::clipboard::copy_text;
use crate::ui::download::download_text;
use crate::ui::fresh_id::random_u64;
use leptos::prelude::*;

/// Sets `<html lang>` and the document title while a stand-alone page is shown.
pub fn document_language(lang: Lang, title: &str) {
    super::failure_screen::note_lang(lang);
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(title);
    }
}

/// The respondent's page for the survey in `payload`. A link that cannot be read is
/// explained in `reader_lang` (the reader's language: the survey's is unknown).
#[component]
pub fn RespondentPage<L>(payload: String, reader_lang: L) -> impl IntoView
where
    L: Fn() -> Lang + Copy + Send + Sync + 'static,
{
    match kano_link::decode_survey_link(&payload) {
        Err(error) => {
            let texts = move || reader_lang().answer_texts();
            let message = move || link_error(texts(), &error);
            view! {
                <h1 tabindex="-1">{move || texts().survey_heading}</h1>
                <div class="notice notice-error" role="alert">
                    <p>{message}</p>
                    <p>{move || texts().link_help}</p>
                </div>
            }
            .into_any()
        }
        Ok(shared) => view! { <Respond shared/> }.into_any(),
    }
}

/// A link problem in the reader's language.
fn link_error(k: &AnswerTexts, error: &LinkError) -> &'static str {
    match error {
        LinkError::Foreign => k.link_foreign,
        LinkError::TooNew { .. } => k.link_too_new,
        LinkError::NoFeatures => k.link_no_features,
        _ => k.link_damaged,
    }
}

/// The questionnaire, then the response code.
#[component]
fn Respond(shared: SharedSurvey) -> impl IntoView {
    let survey = shared.survey.clone();
    let lang = Lang::from_code(&survey.language).unwrap_or_default();
    let k = lang.answer_texts();
    document_language(lang, &survey.title);
    let code = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<bool>);
    let title = StoredValue::new(survey.title.clone());
    let kept = StoredValue::new(shared);
    let on_submit = Callback::new(move |response: Response| {
        let encoded = kept.with_value(|shared| shared.code_for(&response, random_u64()));
        if let Ok(encoded) = encoded {
            code.set(Some(encoded));
            scroll_to_top();
        }
    });
    let copy = move |_| {
        if let Some(text) = code.get_untracked() {
            copy_text(text, move |ok| copied.set(Some(ok)));
        }
    };
    let download = move |_| {
        if let Some(text) = code.get_untracked() {
            let _ = download_text("kano-response.txt", "text/plain", &format!("{text}\n"));
        }
    };
    let mail = move || {
        let body = title.with_value(|title| (k.mail_body)(title, &code.get().unwrap_or_default()));
        format!(
            "mailto:?subject={}&body={}",
            js_sys::encode_uri_component(k.mail_subject),
            js_sys::encode_uri_component(&body)
        )
    };
    view! {
        <div class="respondent" lang=lang.code()>
            <Show
                when=move || code.with(Option::is_some)
                fallback=move || view! { <Questionnaire survey=survey.clone() on_submit/> }
            >
                <section class="thanks" aria-labelledby="thanks-title">
                    <h1 id="thanks-title" tabindex="-1">{k.thanks_heading}</h1>
                    <p>{k.thanks_body}</p>
                    <label for="response-code">{k.response_code_label}</label>
                    <textarea id="response-code" class="response-code" rows="3" readonly
                        prop:value=move || code.get().unwrap_or_default()/>
                    <div class="actions stacked">
                        <button class="primary big" on:click=copy>{k.copy_code}</button>
                        <button class="big" on:click=download>{k.download_code}</button>
                        <a class="button big" href=mail>{k.mail_code}</a>
                    </div>
                    {move || copied.get().map(|ok| if ok {
                        view! { <p role="status">{k.code_copied}</p> }.into_any()
                    } else {
                        view! { <p role="alert">{k.copy_failed}</p> }.into_any()
                    })}
                </section>
            </Show>
        </div>
    }
}

fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
