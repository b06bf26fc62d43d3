//! The home page: the three workspaces in ITIL 4 terms and the Kano model diagram.

use crate::charts::kano_model::{draw_kano_model, KanoModelLabels};
use crate::i18n::Pick;
use crate::ui::chart_canvas::ChartCanvas;
use crate::ui::route::Route;
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// The home page for trainers and first-time users.
#[component]
pub fn HomePage() -> impl IntoView {
    let texts = use_texts();
    let card = |title: Pick, body: Pick, link: Pick, route: Route| {
        view! {
            <section class="card">
                <h2>{move || title(texts())}</h2>
                <p>{move || body(texts())}</p>
                <a class="card-link" href=route.href()>{move || link(texts())}</a>
            </section>
        }
    };
    view! {
        <h1 tabindex="-1">{move || texts().home_title}</h1>
        <p class="lead">{move || texts().home_intro}</p>
        <div class="cards">
            {card(|t| t.home_journeys_title, |t| t.home_journeys_body, |t| t.open_journeys, Route::Journeys)}
            {card(|t| t.home_kano_title, |t| t.home_kano_body, |t| t.open_kano, Route::Kano)}
            {card(|t| t.home_slm_title, |t| t.home_slm_body, |t| t.open_slm, Route::ServiceLevels)}
        </div>
        <super::example_workspace::ExampleWorkspace/>
        <KanoModelSection/>
    }
}

/// The Kano model diagram with its table alternative.
#[component]
fn KanoModelSection() -> impl IntoView {
    let texts = use_texts();
    let draw = move |area: &_, scale: f64| {
        let t = texts();
        let labels = KanoModelLabels {
            fulfilment: t.chart_fulfilment,
            absent: t.chart_not_fulfilled,
            fully_provided: t.chart_fully_fulfilled,
            satisfaction: t.chart_satisfaction,
            delighted: t.chart_delighted,
            dissatisfied: t.chart_dissatisfied,
            must_be: t.kano_must_be,
            one_dimensional: t.kano_one_dimensional,
            attractive: t.kano_attractive,
        };
        draw_kano_model(area, &labels, scale).is_ok()
    };
    let row = |name: Pick, absent: Pick, present: Pick| {
        view! {
            <tr>
                <th scope="row">{move || name(texts())}</th>
                <td>{move || absent(texts())}</td>
                <td>{move || present(texts())}</td>
            </tr>
        }
    };
    view! {
        <section class="kano-model" aria-labelledby="kano-model-title">
            <h2 id="kano-model-title">{move || texts().kano_model_title}</h2>
            <p>{move || texts().kano_model_intro}</p>
            <div class="chart-with-table">
                <ChartCanvas
                    label=Signal::derive(move || texts().kano_model_title.to_owned())
                    aspect=0.75
                    draw
                />
                <table>
                    <caption>{move || texts().kano_table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || texts().kano_table_category}</th>
                            <th scope="col">{move || texts().kano_table_absent}</th>
                            <th scope="col">{move || texts().kano_table_present}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {row(|t| t.kano_must_be, |t| t.kano_must_be_absent, |t| t.kano_must_be_present)}
                        {row(|t| t.kano_one_dimensional, |t| t.kano_one_dimensional_absent, |t| t.kano_one_dimensional_present)}
                        {row(|t| t.kano_attractive, |t| t.kano_attractive_absent, |t| t.kano_attractive_present)}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
