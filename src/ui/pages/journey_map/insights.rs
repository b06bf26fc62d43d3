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
/// A touchpoint as the insight lists show it.
#[derive(Debug, Clone, PartialEq)]
struct ListedTouchpoint {
    title: String,
    step: Step,
    emotion: Emotion,
}

/// A touchpoint with pain points, and the ideas against them.
#[derive(Debug, Clone, PartialEq)]
struct Painful {
    title: String,
    pain_points: Vec<String>,
    ideas: Vec<String>,
}

/// The insights of a journey, each part memoised on its own.
#[derive(Debug, Clone, PartialEq)]
struct Parts {
    steps: Vec<StepSummary>,
    lowest: Vec<ListedTouchpoint>,
    moments: Vec<ListedTouchpoint>,
    pains: Vec<Painful>,
}

#[component]
pub(super) fn Insights() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let journey = expect_context::<Memo<Option<Journey>>>();
    type Listed = Vec<ListedTouchpoint>;
    type Pains = Vec<Painful>;
    fn listed(list: &[&Touchpoint]) -> Listed {
        list.iter()
            .map(|t| ListedTouchpoint {
                title: t.title.clone(),
                step: t.step,
                emotion: t.emotion,
            })
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
                    .map(|t| Painful {
                        title: t.title.clone(),
                        pain_points: t.pain_points.clone(),
                        ideas: t.improvement_ideas.clone(),
                    })
                    .collect();
                Parts {
                    steps: insights.steps,
                    lowest: listed(&insights.lowest),
                    moments: listed(&insights.moments_of_truth),
                    pains,
                }
            })
        })
    });
    let steps =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.steps.clone()).unwrap_or_default()));
    let lowest =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.lowest.clone()).unwrap_or_default()));
    let moments =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.moments.clone()).unwrap_or_default()));
    let pains =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.pains.clone()).unwrap_or_default()));

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
                view! {
                    <ul>{items.iter().map(|l| view! {
                        <li>{format!("{} ({}: {})", l.title, step_name(t, l.step), emotion_name(t, l.emotion))}</li>
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
                <ul>{pains.iter().map(|Painful { title, pain_points: points, ideas }| view! {
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
