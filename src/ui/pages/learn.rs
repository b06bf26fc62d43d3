//! The concept guide: short explanations of the ITIL 4 ideas the app is built on, each
//! with a link to where it is used. `#/learn/<concept>` opens the guide at a concept.

use crate::i18n::{LearnTexts, Term, Texts};
use crate::ui::concepts::{focus_soon, Concept};
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// The guide, scrolled to the concept `slug` when it names one.
#[component]
pub fn LearnPage(slug: String) -> impl IntoView {
    let texts = use_texts();
    if let Some(concept) = Concept::from_slug(&slug) {
        focus_soon(concept.section_id());
    }
    let contents = Concept::ALL
        .into_iter()
        .map(|c| view! { <li><a href=c.href()>{move || c.words(texts().learn)[0]}</a></li> })
        .collect_view();
    view! {
        <h1 tabindex="-1">{move || texts().learn.nav_learn}</h1>
        <p class="lead">{move || texts().learn.intro}</p>
        <div class="learn-contents">
            <h2>{move || texts().learn.contents_label}</h2>
            <ol>{contents}</ol>
        </div>
        {Concept::ALL.into_iter().map(|c| view! { <ConceptSection concept=c/> }).collect_view()}
    }
}

/// The list of terms that belongs to a concept, if any.
fn terms(concept: Concept, t: &'static LearnTexts) -> &'static [Term] {
    match concept {
        Concept::Relationships => &t.relationship_terms,
        Concept::Model => &t.model_terms,
        Concept::Value => &t.value_terms,
        Concept::Mindset => &t.mindset_terms,
        Concept::Slm => &t.slm_terms,
        Concept::Agreements => &t.agreement_terms,
        Concept::Kano => &t.kano_terms,
        Concept::Steps | Concept::Moments | Concept::Watermelon => &[],
    }
}

fn step_table(t: &'static Texts) -> impl IntoView {
    let l = t.learn;
    view! {
        <div class="table-scroll">
            <table>
                <caption>{l.steps_title}</caption>
                <thead><tr>
                    <th scope="col">{t.insights_step}</th>
                    <th scope="col">{l.provider}</th>
                    <th scope="col">{l.consumer}</th>
                </tr></thead>
                <tbody>
                    {t.steps.iter().zip(l.steps_provider.iter().zip(&l.steps_consumer)).map(|(step, (p, c))| view! {
                        <tr><th scope="row">{*step}</th><td>{*p}</td><td>{*c}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// One concept: heading, explanation, its terms, and where it is used.
#[component]
fn ConceptSection(concept: Concept) -> impl IntoView {
    let texts = use_texts();
    let heading_id = format!("{}-title", concept.section_id());
    let labelled_by = heading_id.clone();
    let used_in = concept.used_in();
    let used_name = {
        let used_in = used_in.clone();
        move || super::title(&used_in, texts())
    };
    view! {
        <section class="concept card" id=concept.section_id() tabindex="-1" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || concept.words(texts().learn)[0]}</h2>
            <p>{move || concept.words(texts().learn)[3]}</p>
            {move || {
                let t = texts();
                match concept {
                    Concept::Steps => step_table(t).into_any(),
                    _ => {
                        let list = terms(concept, t.learn);
                        (!list.is_empty()).then(|| view! {
                            <dl class="terms">
                                {list.iter().map(|(term, text)| view! { <dt>{*term}</dt><dd>{*text}</dd> }).collect_view()}
                            </dl>
                        }).into_any()
                    }
                }
            }}
            {move || (concept == Concept::Kano).then(|| view! { <p>{texts().learn.kano_better_worse}</p> })}
            {move || (concept == Concept::Kano).then(|| view! { <p>{texts().learn.kano_intervals}</p> })}
            <p class="used-in">
                {move || texts().learn.used_in}": "
                <a href=used_in.href()>{used_name}</a>
            </p>
        </section>
    }
}
