//! The insights panel below the map, also the text alternative of the curve.

use crate::domain::bounded::Emotion;
use crate::domain::insights::{journey_insights, StepSummary};
use crate::domain::journey::{Journey, Step, Touchpoint};
use crate::i18n::{format_number, Lang};
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::labels::{emotion_name, step_name};
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// Touchpoints and mean emotion per step, lowest touchpoints, moments of truth,
/// pain points with ideas. Also the text alternative of the curve. Each part is
/// memoised apart, so an edit re-renders only the parts it changes.
#[component]
pub(super) fn Insights() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let journey = expect_context::<Memo<Option<Journey>>>();
    // (title, step, emotion) of a listed touchpoint.
    type Listed = Vec<(String, Step, i8)>;
    // (title, pain points, improvement ideas) of a touchpoint with pain points.
    type Pains = Vec<(String, Vec<String>, Vec<String>)>;
    pub(super) fn listed(list: &[&Touchpoint]) -> Listed {
        list.iter()
            .map(|t| (t.title.clone(), t.step, t.emotion.get()))
            .collect()
    }
    // The insights are worked out once per change of the journey; each part is then a
    // memo of its own, so a part whose content did not change is not drawn again.
    let all = Memo::new(move |_| {
        journey.with(|j| {
            j.as_ref().map(|j| {
                let insights = journey_insights(j);
                let pains: Pains = insights
                    .with_pain_points
                    .iter()
                    .map(|t| {
                        (
                            t.title.clone(),
                            t.pain_points.clone(),
                            t.improvement_ideas.clone(),
                        )
                    })
                    .collect();
                (
                    insights.steps,
                    listed(&insights.lowest),
                    listed(&insights.moments_of_truth),
                    pains,
                )
            })
        })
    });
    let steps =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.0.clone()).unwrap_or_default()));
    let lowest =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.1.clone()).unwrap_or_default()));
    let moments =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.2.clone()).unwrap_or_default()));
    let pains =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.3.clone()).unwrap_or_default()));

    // Seven rows, one per step, made once: a change sets the text of the cells
    // whose value changed, not the rows again.
    let step_rows = Step::ALL
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let cell = move |f: fn(&StepSummary, Lang) -> String| {
                move || {
                    let lang = state.lang.get();
                    steps.with(|s| s.get(i).map(|s| f(s, lang)).unwrap_or_default())
                }
            };
            view! {
                <tr>
                    <th scope="row">{move || step_name(texts(), step)}</th>
                    <td>{cell(|s, lang| format_number(lang, s.touchpoints as f64, 0))}</td>
                    <td>{cell(|s, lang| s.average_emotion.map(|a| format_number(lang, a, 1)).unwrap_or_else(|| "—".into()))}</td>
                </tr>
            }
        })
        .collect_view();
    let list = move |items: Memo<Listed>| {
        move || {
            let t = texts();
            items.with(|items| {
                if items.is_empty() {
                    return view! { <p class="empty">{t.insights_none}</p> }.into_any();
                }
                let emotion = |e: i8| Emotion::new(i64::from(e)).map_or("", |e| emotion_name(t, e));
                view! {
                    <ul>{items.iter().map(|(title, step, e)| view! {
                        <li>{format!("{title} ({}: {})", step_name(t, *step), emotion(*e))}</li>
                    }).collect_view()}</ul>
                }
                .into_any()
            })
        }
    };
    let pain_list = move || {
        let t = texts();
        pains.with(|pains| {
            if pains.is_empty() {
                return view! { <p class="empty">{t.insights_none}</p> }.into_any();
            }
            view! {
                <ul>{pains.iter().map(|(title, points, ideas)| view! {
                    <li>
                        <strong>{title.clone()}</strong>
                        <ul>{points.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ul>
                        {(!ideas.is_empty()).then(|| view! {
                            <p>{t.lane_ideas}": "{ideas.join("; ")}</p>
                        })}
                    </li>
                }).collect_view()}</ul>
            }
            .into_any()
        })
    };
    view! {
        <section class="insights" aria-labelledby="insights-title">
            <h2 id="insights-title">{move || texts().insights_title}</h2>
            <div class="insights-grid">
                <table>
                    <caption>{move || texts().insights_per_step}</caption>
                    <thead><tr>
                        <th scope="col">{move || texts().insights_step}</th>
                        <th scope="col">{move || texts().insights_count}</th>
                        <th scope="col">{move || texts().insights_average}</th>
                    </tr></thead>
                    <tbody>{step_rows}</tbody>
                </table>
                <div>
                    <h3>{move || texts().insights_lowest}</h3>
                    {list(lowest)}
                    <h3>{move || texts().insights_moments}</h3>
                    <HelpLink concept=Concept::Moments/>
                    {list(moments)}
                </div>
                <div>
                    <h3>{move || texts().insights_pains}</h3>
                    {pain_list}
                </div>
            </div>
        </section>
    }
}
