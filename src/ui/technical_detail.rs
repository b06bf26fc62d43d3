//! The reader code's own words for a problem, on request.

use crate::ui::state::use_texts;
use leptos::prelude::*;

/// A problem's technical detail (a JSON parser's or a decoder's message, which is in
/// English) under the translated message: folded behind a summary in the page's
/// language and marked `lang="en"`, so the page reads in its own language and a screen
/// reader pronounces the detail as English. Nothing when `text` is empty.
#[component]
pub fn TechnicalDetail(text: String) -> impl IntoView {
    let texts = use_texts();
    (!text.is_empty()).then(|| {
        view! {
            <details class="detail">
                <summary>{move || texts().technical_detail}</summary>
                <p lang="en">{text}</p>
            </details>
        }
    })
}
