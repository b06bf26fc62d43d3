//! Kano results presented: a title slide, one slide per feature with the category
//! chart growing feature by feature, Better against |Worse|, and the features by
//! category. Every chart comes with its table.

use super::deck::Deck;
use crate::charts::kano_results::{draw_better_worse, draw_category_bars};
use crate::domain::kano::{analyze, Analysis, AnalysisOptions, Category, FeatureResult};
use crate::domain::presentation::{features_by_category, revealed_features, KanoSlide};
use crate::domain::Id;
use crate::i18n::{format_number, KanoTexts, Lang};
use crate::ui::chart_canvas::ChartCanvas;
use crate::ui::pages::kano::{better_worse_labels, category_bar_labels};
use crate::ui::route::{Route, SurveyTab};
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// Text sizes grow this much on the projected charts.
const CHART_TEXT: f64 = 1.5;

fn category_name(k: &KanoTexts, c: Option<Category>) -> &'static str {
    c.map_or("—", |c| crate::ui::labels::category_name(k, c))
}

fn fixed(lang: Lang, value: Option<f64>, decimals: usize) -> String {
    value.map_or_else(|| "—".into(), |v| format_number(lang, v, decimals))
}

/// Presentation mode of the results of survey `id`.
#[component]
pub fn PresentSurveyPage(id: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let back = Route::Survey(id.clone(), SurveyTab::Analyse);
    let found = Id::new(id).ok().and_then(|id| {
        state.workspace.with_untracked(|ws| {
            let survey = ws.survey(&id)?;
            let responses = ws
                .responses
                .iter()
                .find(|r| r.survey_id == id)
                .map(|r| r.responses.as_slice())
                .unwrap_or_default();
            Some((
                survey.title.clone(),
                analyze(survey, responses, &AnalysisOptions::default()),
            ))
        })
    });
    let Some((title, analysis)) = found else {
        return view! {
            <h1 tabindex="-1">{move || texts().not_found_title}</h1>
            <p role="alert">{move || texts().present.not_found}</p>
            <p><a href=Route::Kano.href()>{move || texts().kano.all_surveys}</a></p>
        }
        .into_any();
    };
    let features = analysis.features.len();
    let deck = KanoSlide::deck(features);
    let len = deck.len();
    let deck = StoredValue::new(deck);
    let index = RwSignal::new(0usize);
    let slide =
        move || deck.with_value(|d| d.get(index.get()).copied().unwrap_or(KanoSlide::Summary));
    let position = Signal::derive(move || (texts().present.slide_of)(index.get() + 1, len));
    let analysis = StoredValue::new(analysis);
    let title = StoredValue::new(title);
    let shows_bars = move || matches!(slide(), KanoSlide::Feature(_));
    view! {
        <Deck len index position back>
            {move || analysis.with_value(|a| match slide() {
                KanoSlide::Title => view! { <TitleSlide title=title.get_value() analysis=a.clone()/> }.into_any(),
                KanoSlide::Feature(i) => match a.features.get(i) {
                    Some(f) => view! { <FeatureSlide feature=f.clone() number=i + 1 of=features/> }.into_any(),
                    None => ().into_any(),
                },
                KanoSlide::BetterWorse => view! { <BetterWorseSlide analysis=a.clone()/> }.into_any(),
                KanoSlide::Summary => view! { <SummarySlide analysis=a.clone()/> }.into_any(),
            })}
            <Show when=shows_bars>
                <CategoryBars analysis shown=Signal::derive(move || slide().features_shown(features))/>
            </Show>
        </Deck>
    }
    .into_any()
}

/// The survey's title and who answered.
#[component]
fn TitleSlide(title: String, analysis: Analysis) -> impl IntoView {
    let state = use_state();
    let t = use_texts()();
    let lang = state.lang.get_untracked();
    let n = |x: usize| format_number(lang, x as f64, 0);
    view! {
        <p class="present-kicker">{t.nav_kano}</p>
        <h1 tabindex="-1">{title}</h1>
        <p class="present-lead">{(t.kano.analysed)(&n(analysis.respondents), &n(analysis.excluded))}</p>
        <h2>{t.present.features_heading}</h2>
        <ol class="present-list">
            {analysis.features.iter().map(|f| view! { <li>{f.name.clone()}</li> }).collect_view()}
        </ol>
    }
}

/// One feature: its category, Better/Worse and its answers per category.
#[component]
fn FeatureSlide(feature: FeatureResult, number: usize, of: usize) -> impl IntoView {
    let state = use_state();
    let t = use_texts()();
    let k = t.kano;
    let lang = state.lang.get_untracked();
    let category = feature.rule_category;
    let class = category.map_or("", |c| match c {
        Category::A => "attractive",
        Category::O => "one-dimensional",
        Category::M => "must-be",
        Category::I => "indifferent",
        Category::R => "reverse",
        Category::Q => "questionable",
    });
    view! {
        <p class="present-kicker">{(t.present.feature_of)(number, of)}</p>
        <h1 tabindex="-1">{feature.name.clone()}</h1>
        {if feature.n == 0 {
            view! { <p class="present-lead">{t.present.no_answers}</p> }.into_any()
        } else {
            view! {
                <p class=format!("present-category {class}")>{k.col_category}": "<strong>{category_name(k, category)}</strong></p>
                <dl class="present-facts">
                    <div><dt>{k.col_better}</dt><dd>{fixed(lang, feature.better, 2)}</dd></div>
                    <div><dt>{k.col_worse}</dt><dd>{fixed(lang, feature.worse, 2)}</dd></div>
                    <div><dt>{t.present.respondents}</dt><dd>{format_number(lang, f64::from(feature.n), 0)}</dd></div>
                </dl>
            }
            .into_any()
        }}
    }
}

/// The category bars of the features shown so far, with their table.
#[component]
fn CategoryBars(analysis: StoredValue<Analysis>, shown: Signal<usize>) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let draw = move |area: &_, scale: f64| {
        let k = texts().kano;
        let labels = category_bar_labels(k);
        let features = analysis.with_value(|a| revealed_features(&a.features, shown.get()));
        draw_category_bars(area, &features, &labels, scale * CHART_TEXT).is_ok()
    };
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .map_or(180.0, |h| (h * 0.3).clamp(120.0, 420.0));
    let rows = move || {
        let lang = state.lang.get();
        let k = texts().kano;
        analysis.with_value(|a| {
            a.features
                .iter()
                .take(shown.get())
                .map(|f| {
                    let share = |c: Category| {
                        let n = f.counts.total();
                        let pct = (n > 0).then(|| 100.0 * f64::from(f.counts.get(c)) / f64::from(n));
                        fixed(lang, pct, 0)
                    };
                    view! {
                        <tr>
                            <th scope="row">{f.name.clone()}</th>
                            <td>{category_name(k, f.rule_category)}</td>
                            {Category::ALL.into_iter().map(|c| view! { <td>{share(c)}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="present-chart">
            <ChartCanvas label=Signal::derive(move || texts().kano.bars_title.to_owned()) height draw/>
            <details>
                <summary>{move || texts().present.chart_table}</summary>
                <table>
                    <caption>{move || texts().kano.bars_title}" · "{move || texts().kano.bars_share}</caption>
                    <thead><tr>
                        <th scope="col">{move || texts().kano.col_feature}</th>
                        <th scope="col">{move || texts().kano.col_category}</th>
                        {Category::ALL.into_iter().map(|c| view! {
                            <th scope="col">{move || category_name(texts().kano, Some(c))}</th>
                        }).collect_view()}
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}

/// Better against |Worse| for every feature, with its table.
#[component]
fn BetterWorseSlide(analysis: Analysis) -> impl IntoView {
    let state = use_state();
    let t = use_texts()();
    let k = t.kano;
    let lang = state.lang.get_untracked();
    let rows = analysis
        .features
        .iter()
        .map(|f| {
            view! {
                <tr>
                    <th scope="row">{f.name.clone()}</th>
                    <td>{fixed(lang, f.better, 2)}</td>
                    <td>{fixed(lang, f.worse.map(f64::abs), 2)}</td>
                    <td>{category_name(k, f.rule_category)}</td>
                </tr>
            }
        })
        .collect_view();
    let analysis = StoredValue::new(analysis);
    let draw = move |area: &_, scale: f64| {
        let labels = better_worse_labels(k);
        analysis.with_value(|a| {
            draw_better_worse(area, &a.features, &labels, scale * CHART_TEXT).is_ok()
        })
    };
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .map_or(300.0, |h| (h * 0.55).clamp(200.0, 700.0));
    view! {
        <p class="present-kicker">{t.nav_kano}</p>
        <h1 tabindex="-1">{k.scatter_title}</h1>
        <div class="present-columns present-chart-and-table">
            <ChartCanvas label=Signal::derive(move || k.scatter_title.to_owned()) height draw/>
            <div class="present-table"><table>
                <caption>{k.scatter_caption}</caption>
                <thead><tr>
                    <th scope="col">{k.col_feature}</th>
                    <th scope="col">{k.col_better}</th>
                    <th scope="col">{k.scatter_x}</th>
                    <th scope="col">{k.col_category}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        </div>
    }
}

/// The features grouped by category, must-be first.
#[component]
fn SummarySlide(analysis: Analysis) -> impl IntoView {
    let t = use_texts()();
    let groups = features_by_category(&analysis);
    view! {
        <p class="present-kicker">{t.nav_kano}</p>
        <h1 tabindex="-1">{t.present.by_category}</h1>
        {if groups.is_empty() {
            view! { <p class="present-lead">{t.kano.no_responses}</p> }.into_any()
        } else {
            view! {
                <div class="present-columns">
                    {groups.into_iter().map(|(c, names)| view! {
                        <section>
                            <h2>{category_name(t.kano, Some(c))}</h2>
                            <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                        </section>
                    }).collect_view()}
                </div>
            }
            .into_any()
        }}
    }
}
