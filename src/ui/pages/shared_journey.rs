//! A journey received as a link: shown read-only, with a button to save a copy.

use crate::charts::experience_curve::{curve_layout, draw_experience_curve, CurveLabels};
use crate::domain::journey::Step;
use crate::i18n::Texts;
use crate::storage::share::{self, ShareError};
use crate::ui::chart_canvas::ChartCanvas;
use crate::ui::fresh_id::fresh_id;
use crate::ui::labels::{emotion_name, step_name};
use crate::ui::route::{navigate, Route};
use crate::ui::state::{use_state, use_texts, Save};
use crate::ui::technical_detail::TechnicalDetail;
use leptos::prelude::*;

/// The message for a link or file that cannot be read.
pub fn share_error_message(t: &Texts, error: &ShareError) -> String {
    match error {
        ShareError::Foreign => t.share_error_foreign.to_owned(),
        ShareError::TooNew { .. } => t.share_error_too_new.to_owned(),
        ShareError::Corrupt(_) => t.share_error_corrupt.to_owned(),
    }
}

/// The read-only view of a shared journey.
#[component]
pub fn SharedJourneyPage(payload: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let shared = match share::decode_link(&payload) {
        Ok(shared) => shared,
        Err(error) => {
            let detail = error.to_string();
            return view! {
                <h1 tabindex="-1">{move || texts().shared_title}</h1>
                <div class="notice notice-error" role="alert">
                    <p>{move || share_error_message(texts(), &error)}</p>
                    <TechnicalDetail text=detail/>
                </div>
                <p><a href=Route::Journeys.href()>{move || texts().journey_back}</a></p>
            }
            .into_any();
        }
    };
    let journey = shared.journey.clone();
    let layout = curve_layout(&journey);
    let draw = move |area: &_, scale: f64| {
        let t = texts();
        let labels = CurveLabels {
            positive: t.curve_positive,
            negative: t.curve_negative,
            overlay: None,
        };
        draw_experience_curve(area, &layout, None, &labels, scale, layout.full_range()).is_ok()
    };
    let save = {
        let shared = shared.clone();
        move |_| {
            let (edit, id) = share::copy_edit(shared.clone(), fresh_id);
            if state.apply(edit, Save::Now).is_ok() {
                navigate(&Route::Journey(id.to_string()));
            }
        }
    };
    let steps = Step::ALL
        .into_iter()
        .map(|step| {
            let touchpoints: Vec<_> = journey.touchpoints_in(step).cloned().collect();
            view! {
                <section class="shared-step" aria-label=move || step_name(texts(), step)>
                    <h2>{move || step_name(texts(), step)}</h2>
                    <ul>
                        {touchpoints.into_iter().map(|t| {
                            let emotion = t.emotion;
                            view! {
                                <li>
                                    <strong>{t.title.clone()}</strong>
                                    " · "{move || emotion_name(texts(), emotion)}
                                    {t.moment_of_truth.then(|| view! { " · "<em>{move || texts().lane_moment}</em> })}
                                    {(!t.customer_action.is_empty()).then(|| view! { <p>{t.customer_action.clone()}</p> })}
                                    {(!t.pain_points.is_empty()).then(|| view! { <p>{move || texts().lane_pain}": "{t.pain_points.join("; ")}</p> })}
                                    {(!t.improvement_ideas.is_empty()).then(|| view! { <p>{move || texts().lane_ideas}": "{t.improvement_ideas.join("; ")}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="breadcrumb">{move || texts().shared_title}</p>
        <h1 tabindex="-1">{journey.name.clone()}</h1>
        <p class="lead">{journey.service.clone()}</p>
        <p>{journey.description.clone()}</p>
        <div class="actions">
            <button on:click=save>{move || texts().shared_save}</button>
        </div>
        <div class="shared-curve">
            <ChartCanvas label=Signal::derive(move || texts().curve_title.to_owned()) height=160.0 draw/>
        </div>
        <div class="shared-steps">{steps}</div>
    }
    .into_any()
}
