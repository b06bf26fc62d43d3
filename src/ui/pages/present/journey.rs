//! A journey presented: a title slide, one slide per ITIL 4 step with its
//! touchpoints, the insights, and the experience curve growing step by step.

use super::deck::Deck;
use crate::charts::experience_curve::{curve_layout, draw_experience_curve, CurveLabels};
use crate::domain::insights::journey_insights;
use crate::domain::journey::{Journey, Step, Touchpoint};
use crate::domain::presentation::{touchpoints_up_to, JourneySlide};
use crate::domain::Id;
use crate::ui::chart_canvas::ChartCanvas;
use crate::ui::labels::{channel_name, emotion_name, step_hint, step_name};
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// Text sizes grow this much on the projected curve.
const CURVE_TEXT: f64 = 1.6;

/// Presentation mode of journey `id`.
#[component]
pub fn PresentJourneyPage(id: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let back = Route::Journey(id.clone());
    let journey = Id::new(id).ok().and_then(|id| {
        state
            .workspace
            .with_untracked(|ws| ws.journey(&id).cloned())
    });
    let Some(journey) = journey else {
        return view! {
            <h1 tabindex="-1">{move || texts().journey_not_found}</h1>
            <p role="alert">{move || texts().present.not_found}</p>
            <p><a href=Route::Journeys.href()>{move || texts().journey_back}</a></p>
        }
        .into_any();
    };
    let deck = JourneySlide::deck();
    let index = RwSignal::new(0usize);
    let slide = move || deck[index.get().min(deck.len() - 1)];
    let position = Signal::derive(move || {
        let p = texts().present;
        match slide() {
            JourneySlide::Title => p.title_slide.to_owned(),
            JourneySlide::Step(i) => (p.step_of)(i + 1, Step::ALL.len()),
            JourneySlide::Insights => p.summary_slide.to_owned(),
        }
    });
    let journey = StoredValue::new(journey);
    let layout = journey.with_value(curve_layout);
    let draw = move |area: &_, scale: f64| {
        let t = texts();
        let labels = CurveLabels {
            positive: t.curve_positive,
            negative: t.curve_negative,
            overlay: None,
        };
        let part = layout.up_to_step(slide().steps_shown());
        draw_experience_curve(
            area,
            &part,
            None,
            &labels,
            scale * CURVE_TEXT,
            layout.full_range(),
        )
        .is_ok()
    };
    // The curve takes about a fifth of the screen's height, whatever its size.
    let curve_height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .map_or(160.0, |h| (h * 0.2).clamp(100.0, 280.0));
    let curve_rows = move || {
        let t = texts();
        journey.with_value(|j| {
            touchpoints_up_to(j, slide().steps_shown())
                .into_iter()
                .map(|tp| {
                    view! {
                        <tr>
                            <td>{step_name(t, tp.step)}</td>
                            <th scope="row">{tp.title.clone()}</th>
                            <td>{emotion_name(t, tp.emotion)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Deck len=deck.len() index position back>
            {move || journey.with_value(|j| match slide() {
                JourneySlide::Title => view! { <TitleSlide journey=j.clone()/> }.into_any(),
                JourneySlide::Step(i) => view! { <StepSlide journey=j.clone() step=i/> }.into_any(),
                JourneySlide::Insights => view! { <InsightsSlide journey=j.clone()/> }.into_any(),
            })}
            <figure class="present-chart">
                <ChartCanvas
                    label=Signal::derive(move || texts().curve_title.to_owned())
                    height=curve_height
                    draw
                />
                <details>
                    <summary>{move || texts().present.curve_table}</summary>
                    <table>
                        <caption>{move || texts().curve_title}</caption>
                        <thead><tr>
                            <th scope="col">{move || texts().insights_step}</th>
                            <th scope="col">{move || texts().lane_title}</th>
                            <th scope="col">{move || texts().lane_emotion}</th>
                        </tr></thead>
                        <tbody>{curve_rows}</tbody>
                    </table>
                </details>
            </figure>
        </Deck>
    }
    .into_any()
}

/// The journey's name, service and description.
#[component]
fn TitleSlide(journey: Journey) -> impl IntoView {
    view! {
        <p class="present-kicker">{journey.service.clone()}</p>
        <h1 tabindex="-1">{journey.name.clone()}</h1>
        {(!journey.description.trim().is_empty()).then(|| view! {
            <p class="present-lead">{journey.description.clone()}</p>
        })}
    }
}

/// One step: its name, what happens in it, and its touchpoints.
#[component]
fn StepSlide(journey: Journey, step: usize) -> impl IntoView {
    let texts = use_texts();
    let t = texts();
    let Some(&which) = Step::ALL.get(step) else {
        return ().into_any();
    };
    let cards: Vec<Touchpoint> = journey.touchpoints_in(which).cloned().collect();
    let body = if cards.is_empty() {
        view! { <p class="present-lead">{t.present.step_empty}</p> }.into_any()
    } else {
        view! {
            <ul class="present-cards">
                {cards.into_iter().map(|tp| view! { <TouchpointCard tp/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <p class="present-kicker">{journey.name.clone()}</p>
        <h1 tabindex="-1">{Step::ALL.get(step).map(|s| step_name(t, *s))}</h1>
        <p class="present-hint">{Step::ALL.get(step).map(|s| step_hint(t, *s))}</p>
        {body}
    }
    .into_any()
}

/// A touchpoint on a step slide: title, channel, emotion, moment of truth, pains.
#[component]
fn TouchpointCard(tp: Touchpoint) -> impl IntoView {
    let t = use_texts()();
    let pains: Vec<String> = tp
        .pain_points
        .iter()
        .filter(|p| !p.trim().is_empty())
        .cloned()
        .collect();
    view! {
        <li class="present-card" class:moment=tp.moment_of_truth>
            <h2>{tp.title.clone()}</h2>
            <p>{t.lane_channel}": "{channel_name(t, tp.channel)}</p>
            <p>{t.lane_emotion}": "{emotion_name(t, tp.emotion)}</p>
            {tp.moment_of_truth.then(|| view! { <p class="present-moment">"★ "{t.lane_moment}</p> })}
            {(!pains.is_empty()).then(|| view! {
                <p class="present-pains-label">{t.lane_pain}":"</p>
                <ul class="present-pains">{pains.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            })}
        </li>
    }
}

/// The lowest moments, moments of truth and pain points of the whole journey.
#[component]
fn InsightsSlide(journey: Journey) -> impl IntoView {
    let t = use_texts()();
    let insights = journey_insights(&journey);
    let list = |items: &[&Touchpoint]| {
        if items.is_empty() {
            return view! { <p>{t.insights_none}</p> }.into_any();
        }
        view! {
            <ul>{items.iter().map(|tp| view! {
                <li>{format!("{} ({}: {})", tp.title, step_name(t, tp.step), emotion_name(t, tp.emotion))}</li>
            }).collect_view()}</ul>
        }
        .into_any()
    };
    let pains: Vec<String> = insights
        .with_pain_points
        .iter()
        .map(|tp| format!("{}: {}", tp.title, tp.pain_points.join("; ")))
        .collect();
    view! {
        <p class="present-kicker">{journey.name.clone()}</p>
        <h1 tabindex="-1">{t.present.journey_insights}</h1>
        <div class="present-columns">
            <section>
                <h2>{t.insights_lowest}</h2>
                {list(&insights.lowest)}
            </section>
            <section>
                <h2>{t.insights_moments}</h2>
                {list(&insights.moments_of_truth)}
            </section>
            <section>
                <h2>{t.insights_pains}</h2>
                {if pains.is_empty() {
                    view! { <p>{t.insights_none}</p> }.into_any()
                } else {
                    view! { <ul>{pains.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul> }.into_any()
                }}
            </section>
        </div>
    }
}
