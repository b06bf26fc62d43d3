//! The analyse tab: the Kano evaluation per feature (counts, categories, strengths,
//! Fong's test, Better/Worse, importance), the continuous analysis, the charts with
//! their tables, segment filter and comparison, and the results CSV export.

use super::survey_ctx::SurveyCtx;
use crate::charts::kano_results::{
    draw_better_worse, draw_category_bars, draw_continuous, BetterWorseLabels, CategoryBarLabels,
    CategoryNames, ContinuousLabels,
};
use crate::domain::kano::{analyze, Analysis, AnalysisOptions, Category, FeatureResult, Interval};
use crate::i18n::{format_number, KanoTexts, Lang};
use crate::storage::kano_csv;
use crate::ui::chart_canvas::ChartCanvas;
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::download::download_text;
use crate::ui::perf::measured;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

pub(super) use crate::ui::labels::category_name;

/// The analysis view.
#[component]
pub(super) fn AnalyseTab() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<SurveyCtx>();
    let segment = RwSignal::new(None::<String>);
    let compare = RwSignal::new(None::<String>);
    let max_q = RwSignal::new(None::<f64>);
    let segments = Memo::new(move |_| {
        ctx.survey.with(|s| {
            s.as_ref()
                .and_then(|s| s.segment_question.as_ref())
                .map(|q| q.choices.clone())
                .unwrap_or_default()
        })
    });
    let run = move |segment: Option<String>| {
        let options = AnalysisOptions {
            segment,
            max_questionable_share: max_q.get(),
        };
        ctx.survey.with(|s| {
            s.as_ref().map(|s| {
                ctx.responses
                    .with(|r| measured("dsv:kano-analysis", || analyze(s, r, &options)))
            })
        })
    };
    let main = Memo::new(move |_| run(segment.get()));
    let second = Memo::new(move |_| compare.get().and_then(|c| run(Some(c))));

    let export = move |_| {
        if let Some(analysis) = main.get_untracked() {
            let text = kano_csv::export_results(&analysis);
            let name = ctx
                .survey
                .with_untracked(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default());
            let _ = download_text(
                &format!("{}-kano-results.csv", file_stem(&name)),
                "text/csv",
                &text,
            );
        }
    };
    let on_max_q = move |ev| {
        let v = event_target_value(&ev);
        let v = v.trim().replace(',', ".");
        max_q.set(
            v.parse::<f64>()
                .ok()
                .filter(|p| p.is_finite())
                .map(|p| (p / 100.0).clamp(0.0, 1.0)),
        );
    };
    let select = move |signal: RwSignal<Option<String>>, none: fn(&KanoTexts) -> &'static str| {
        view! {
            <select on:change=move |ev| {
                let v = event_target_value(&ev);
                signal.set(v.strip_prefix('=').map(str::to_owned));
            }>
                <option value="" prop:selected=move || signal.with(Option::is_none)>{move || none(texts().kano)}</option>
                {move || segments.get().into_iter().map(|choice| {
                    let is = choice.clone();
                    let value = format!("={choice}");
                    view! { <option value=value prop:selected=move || signal.with(|s| s.as_ref() == Some(&is))>{choice}</option> }
                }).collect_view()}
            </select>
        }
    };
    let summary = move |a: &Analysis| {
        let lang = state.lang.get();
        let n = |x: usize| format_number(lang, x as f64, 0);
        (texts().kano.analysed)(&n(a.respondents), &n(a.excluded))
    };

    view! {
        <section aria-labelledby="analyse-title">
            <h2 id="analyse-title">{move || texts().kano.analyse_heading}</h2>
            <div class="form-grid controls">
                <Show when=move || segments.with(|s| !s.is_empty())>
                    <label class="field">
                        <span>{move || texts().kano.segment_filter}</span>
                        {select(segment, |k| k.all_segments)}
                    </label>
                    <label class="field">
                        <span>{move || texts().kano.compare_with}</span>
                        {select(compare, |k| k.compare_none)}
                    </label>
                </Show>
                <div class="field">
                    <label for="max-q">{move || texts().kano.max_questionable}</label>
                    <input id="max-q" type="number" min="0" max="100" step="1" inputmode="decimal"
                        aria-describedby="max-q-hint" on:change=on_max_q/>
                    <p class="hint" id="max-q-hint">{move || texts().kano.max_questionable_hint}</p>
                </div>
            </div>
            <button on:click=export>{move || texts().kano.export_results}</button>
            <a class="button" id=crate::ui::pages::present::PRESENT_BUTTON_ID
                href=crate::ui::route::Route::PresentSurvey(ctx.id.get_value().to_string()).href()>
                {move || texts().present.present}
            </a>
            <div class:side-by-side=move || second.with(Option::is_some)>
                {move || main.get().map(|a| view! {
                    <div>
                        {move || segment.get().map(|s| view! { <h3>{s}</h3> })}
                        <p role="status">{summary(&a)}</p>
                        <ResultsTable results=a.features.clone()/>
                    </div>
                })}
                {move || second.get().map(|a| view! {
                    <div>
                        <h3>{compare.get()}</h3>
                        <p>{summary(&a)}</p>
                        <ResultsTable results=a.features.clone()/>
                    </div>
                })}
            </div>
            {move || main.get().map(|a| view! { <Charts analysis=a/> })}
            <details class="explain">
                <summary>{move || texts().kano.explain_heading}</summary>
                <p>{move || texts().kano.explain_categories}</p>
                <p>{move || texts().kano.explain_better_worse}</p>
                <p>{move || texts().kano.explain_rule}</p>
                <p>{move || texts().kano.explain_fong}</p>
            </details>
        </section>
    }
}

/// A file name made of the safe characters of `title`.
fn file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-').to_lowercase();
    if stem.is_empty() {
        "survey".into()
    } else {
        stem
    }
}

fn fixed(lang: Lang, value: Option<f64>, decimals: usize) -> String {
    value.map_or_else(|| "—".into(), |v| format_number(lang, v, decimals))
}

/// An interval as "low – high" with four decimals, "—" when there is none.
fn interval(lang: Lang, value: Option<Interval>) -> String {
    value.map_or_else(
        || "—".into(),
        |i| {
            format!(
                "{} – {}",
                format_number(lang, i.low, 4),
                format_number(lang, i.high, 4)
            )
        },
    )
}

/// The interval of |Worse|: the interval of Worse mirrored to positive values.
fn abs_interval(value: Option<Interval>) -> Option<Interval> {
    value.map(|i| Interval {
        low: i.high.abs(),
        high: i.low.abs(),
    })
}

/// The Kano evaluation table.
#[component]
fn ResultsTable(results: Vec<FeatureResult>) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let head = move |pick: fn(&KanoTexts) -> &'static str| view! { <th scope="col">{move || pick(texts().kano)}</th> };
    let rows = move || {
        let lang = state.lang.get();
        let k = texts().kano;
        results
            .iter()
            .map(|r| {
                let counts =
                    Category::ALL.map(|c| format_number(lang, f64::from(r.counts.get(c)), 0));
                let cat = |c: Option<Category>| c.map_or("—", |c| category_name(k, c));
                view! {
                    <tr>
                        <th scope="row">{r.name.clone()}</th>
                        <td>{format_number(lang, f64::from(r.n), 0)}</td>
                        {counts.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                        <td>{cat(r.category)}</td>
                        <td>{cat(r.rule_category)}</td>
                        <td>{fixed(lang, r.total_strength, 4)}</td>
                        <td>{fixed(lang, r.category_strength, 4)}</td>
                        <td>{if r.fong_significant { k.yes } else { k.no }}</td>
                        <td>{fixed(lang, r.better, 4)}</td>
                        <td>{interval(lang, r.better_interval)}</td>
                        <td>{fixed(lang, r.worse, 4)}</td>
                        <td>{interval(lang, r.worse_interval)}</td>
                        <td>{fixed(lang, r.importance, 2)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-scroll">
            <table class="results">
                <caption>{move || texts().kano.results_table_caption}</caption>
                <thead><tr>
                    {head(|k| k.col_feature)}
                    {head(|k| k.col_n)}
                    {Category::ALL.into_iter().map(|c| view! {
                        <th scope="col"><abbr title=move || category_name(texts().kano, c)>{c.letter()}</abbr></th>
                    }).collect_view()}
                    <th scope="col">{move || texts().kano.col_category}<HelpLink concept=Concept::Kano/></th>
                    {head(|k| k.col_rule_category)}
                    {head(|k| k.col_total_strength)}
                    {head(|k| k.col_category_strength)}
                    {head(|k| k.col_fong)}
                    {head(|k| k.col_better)}
                    {head(|k| k.col_better_interval)}
                    {head(|k| k.col_worse)}
                    {head(|k| k.col_worse_interval)}
                    {head(|k| k.col_importance)}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The three charts, each with its table or text alternative.
/// The category bar chart's labels in the language of `k`.
pub(crate) fn category_bar_labels(k: &KanoTexts) -> CategoryBarLabels<'static> {
    let [attractive, one_dimensional, must_be, indifferent, reverse, questionable] = k.categories;
    CategoryBarLabels {
        categories: CategoryNames {
            attractive,
            one_dimensional,
            must_be,
            indifferent,
            reverse,
            questionable,
        },
        share: k.bars_share,
    }
}

/// The Better/Worse scatter's labels in the language of `k`.
pub(crate) fn better_worse_labels(k: &KanoTexts) -> BetterWorseLabels<'static> {
    let [attractive, one_dimensional, must_be, indifferent] = k.quadrants;
    BetterWorseLabels {
        worse: k.scatter_x,
        better: k.scatter_y,
        attractive,
        one_dimensional,
        must_be,
        indifferent,
    }
}

#[component]
fn Charts(analysis: Analysis) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let analysis = StoredValue::new(analysis);
    let bars = move |area: &_, scale: f64| {
        let k = texts().kano;
        let labels = category_bar_labels(k);
        analysis.with_value(|a| draw_category_bars(area, &a.features, &labels, scale).is_ok())
    };
    let scatter = move |area: &_, scale: f64| {
        let k = texts().kano;
        let labels = better_worse_labels(k);
        analysis.with_value(|a| draw_better_worse(area, &a.features, &labels, scale).is_ok())
    };
    let continuous = move |area: &_, scale: f64| {
        let k = texts().kano;
        let labels = ContinuousLabels {
            dysfunctional: k.continuous_x,
            functional: k.continuous_y,
        };
        analysis.with_value(|a| draw_continuous(area, &a.features, &labels, scale).is_ok())
    };
    let continuous_rows = move || {
        let lang = state.lang.get();
        analysis.with_value(|a| {
            a.features
                .iter()
                .map(|r| {
                    view! {
                        <tr>
                            <th scope="row">{r.name.clone()}</th>
                            <td>{fixed(lang, r.mean_functional, 2)}</td>
                            <td>{fixed(lang, r.mean_dysfunctional, 2)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let scatter_rows = move || {
        let lang = state.lang.get();
        analysis.with_value(|a| {
            a.features
                .iter()
                .map(|r| {
                    view! {
                        <tr>
                            <th scope="row">{r.name.clone()}</th>
                            <td>{fixed(lang, r.better, 4)}</td>
                            <td>{interval(lang, r.better_interval)}</td>
                            <td>{fixed(lang, r.worse.map(f64::abs), 4)}</td>
                            <td>{interval(lang, abs_interval(r.worse_interval))}</td>
                            <td>{fixed(lang, r.importance, 2)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="chart-with-table" aria-labelledby="bars-title">
            <div>
                <h3 id="bars-title">{move || texts().kano.bars_title}</h3>
                <ChartCanvas label=Signal::derive(move || texts().kano.bars_title.to_owned()) aspect=0.6 draw=bars/>
                <p class="hint">{move || texts().kano.bars_caption}</p>
            </div>
        </section>
        <section class="chart-with-table" aria-labelledby="scatter-title">
            <div>
                <h3 id="scatter-title">{move || texts().kano.scatter_title}</h3>
                <ChartCanvas label=Signal::derive(move || texts().kano.scatter_title.to_owned()) aspect=0.8 draw=scatter/>
            </div>
            <table>
                <caption>{move || texts().kano.scatter_caption}</caption>
                <thead><tr>
                    <th scope="col">{move || texts().kano.col_feature}</th>
                    <th scope="col">{move || texts().kano.col_better}</th>
                    <th scope="col">{move || texts().kano.col_better_interval}</th>
                    <th scope="col">{move || texts().kano.scatter_x}</th>
                    <th scope="col">{move || texts().kano.col_worse_abs_interval}</th>
                    <th scope="col">{move || texts().kano.col_importance}</th>
                </tr></thead>
                <tbody>{scatter_rows}</tbody>
            </table>
        </section>
        <section class="chart-with-table" aria-labelledby="continuous-title">
            <div>
                <h3 id="continuous-title">{move || texts().kano.continuous_title}</h3>
                <ChartCanvas label=Signal::derive(move || texts().kano.continuous_title.to_owned()) aspect=0.8 draw=continuous/>
            </div>
            <table>
                <caption>{move || texts().kano.continuous_caption}</caption>
                <thead><tr>
                    <th scope="col">{move || texts().kano.col_feature}</th>
                    <th scope="col">{move || texts().kano.col_mean_functional}</th>
                    <th scope="col">{move || texts().kano.col_mean_dysfunctional}</th>
                </tr></thead>
                <tbody>{continuous_rows}</tbody>
            </table>
        </section>
    }
}
