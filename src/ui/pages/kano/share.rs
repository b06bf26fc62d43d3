//! The share tab: the link that carries the questionnaire, its QR code, and kiosk
//! mode for collecting on this device.

use super::survey_ctx::SurveyCtx;
use crate::charts::qr_code::encode_qr;
use crate::domain::kano::{Survey, SurveyError};
use crate::i18n::format_number;
use crate::storage::kano_link;
use crate::ui::clipboard::{copy_text, page_href};
use crate::ui::problem_text::survey_error;
use crate::ui::respondent::respondent_url;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// Whether the last copy worked.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Yes,
    Failed,
}

/// What the share tab can offer for a survey: the link payload, or why a respondent
/// could not open one (no features, or a rule of the survey broken).
#[derive(Clone, PartialEq)]
enum Shareable {
    Link(String),
    Problems(Vec<SurveyError>),
}

/// A link only for a survey the respondent's page will accept: the same check the
/// link's reader makes, so no link is given out that opens as "damaged".
fn shareable(survey: &Survey) -> Shareable {
    if survey.features.is_empty() {
        return Shareable::Problems(Vec::new());
    }
    match survey.validate() {
        Ok(()) => Shareable::Link(kano_link::encode_survey_link(survey)),
        Err(errors) => Shareable::Problems(errors),
    }
}

/// Share link, QR code and kiosk mode.
#[component]
pub(super) fn ShareTab() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<SurveyCtx>();
    let copied = RwSignal::new(None::<Copied>);
    let shareable = Memo::new(move |_| ctx.survey.with(|s| s.as_ref().map(shareable)));
    let link = Memo::new(move |_| {
        shareable.with(|s| match s {
            Some(Shareable::Link(payload)) => Some(respondent_url(&page_href(), payload)),
            _ => None,
        })
    });
    let refusal = move || {
        let k = texts().kano;
        shareable.with(|s| match s {
            Some(Shareable::Problems(errors)) if !errors.is_empty() => {
                let mut lines: Vec<String> = errors.iter().map(|e| survey_error(k, e)).collect();
                lines.dedup();
                view! {
                    <div role="alert">
                        <p>{k.share_fix_first}</p>
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    </div>
                }
                .into_any()
            }
            _ => view! { <p role="alert">{k.share_needs_features}</p> }.into_any(),
        })
    };
    let qr = Memo::new(move |_| link.with(|l| l.as_deref().map(encode_qr)));
    let copy = move |_| {
        if let Some(text) = link.get_untracked() {
            copy_text(text, move |ok| {
                copied.set(Some(if ok { Copied::Yes } else { Copied::Failed }))
            });
        }
    };
    let kiosk = move || Route::Kiosk(ctx.id.get_value().to_string()).href();
    view! {
        <section aria-labelledby="share-title">
            <h2 id="share-title">{move || texts().kano.share_heading}</h2>
            <p>{move || texts().kano.share_intro}</p>
            <Show
                when=move || link.with(Option::is_some)
                fallback=refusal
            >
                <div class="field">
                    <label for="share-link">{move || texts().kano.share_link_label}</label>
                    <textarea id="share-link" class="share-link" rows="3" readonly
                        prop:value=move || link.get().unwrap_or_default()/>
                    <p class="hint">
                        {move || {
                            let n = link.with(|l| l.as_ref().map_or(0, |l| l.chars().count()));
                            (texts().kano.link_length)(&format_number(state.lang.get(), n as f64, 0))
                        }}
                    </p>
                </div>
                <div class="actions">
                    <button on:click=copy>{move || texts().kano.copy_link}</button>
                    <a class="button" href=move || link.get().unwrap_or_default() target="_blank" rel="noopener">
                        {move || texts().kano.open_questionnaire}
                    </a>
                </div>
                {move || copied.get().map(|c| match c {
                    Copied::Yes => view! { <p role="status">{move || texts().kano.link_copied}</p> }.into_any(),
                    Copied::Failed => view! { <p role="alert">{move || texts().answer.copy_failed}</p> }.into_any(),
                })}
                <h3>{move || texts().kano.qr_heading}</h3>
                {move || qr.get().map(|qr| match qr {
                    Ok(qr) => {
                        let size = qr.view_size(4);
                        let version = qr.version;
                        view! {
                            <figure class="qr">
                                <svg viewBox=format!("0 0 {size} {size}") role="img"
                                    aria-label=move || texts().kano.qr_alt shape-rendering="crispEdges">
                                    <rect width=size.to_string() height=size.to_string() fill="#fff"/>
                                    <path d=qr.svg_path(4) fill="#000"/>
                                </svg>
                                <figcaption>{move || (texts().kano.qr_version)(version)}</figcaption>
                            </figure>
                        }
                        .into_any()
                    }
                    Err(_) => view! { <p role="alert">{move || texts().kano.qr_too_long}</p> }.into_any(),
                })}
            </Show>
            <h3>{move || texts().kano.kiosk_start}</h3>
            <p>{move || texts().kano.kiosk_intro}</p>
            <a class="button" href=kiosk>{move || texts().kano.kiosk_start}</a>
        </section>
    }
}
