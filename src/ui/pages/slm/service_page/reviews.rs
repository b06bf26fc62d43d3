//! Service reviews of the page's service: the list, newest first, and the form that
//! adds one.

use super::super::names;
use super::super::service_context::{choice, parse_date, problem_view, Ctx, Problem};
use super::super::today;
use crate::domain::slm::{Review, ReviewKind, ReviewTrigger, ServiceEdit};
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::fresh_id::fresh_id;
use crate::ui::state::{use_state, use_texts};
use crate::ui::text_lines as lines;
use leptos::prelude::*;

/// The reviews section.
#[component]
pub(super) fn Reviews() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let date = RwSignal::new(today().format("%Y-%m-%d").to_string());
    let kind = RwSignal::new(ReviewKind::Interval);
    let trigger = RwSignal::new(ReviewTrigger::MajorIncident);
    let consumer = RwSignal::new(String::new());
    let provider = RwSignal::new(String::new());
    let findings = RwSignal::new(String::new());
    let decisions = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(d) = parse_date(&date.get_untracked()) else {
            problem.set(Some(texts().slm.invalid_date));
            return;
        };
        let mut review = match kind.get_untracked() {
            ReviewKind::Interval => Review::interval(fresh_id("rev"), d),
            ReviewKind::Event => Review::event(fresh_id("rev"), d, trigger.get_untracked()),
        };
        review.consumer_participants = lines(&consumer.get_untracked());
        review.provider_participants = lines(&provider.get_untracked());
        review.findings = findings.get_untracked().trim().to_owned();
        review.decisions = decisions.get_untracked().trim().to_owned();
        if ctx.apply(ServiceEdit::AddReview(review), problem) {
            for s in [consumer, provider, findings, decisions] {
                s.set(String::new());
            }
        }
    };
    let area = move |id: &'static str,
                     label: fn(&crate::i18n::SlmTexts) -> &'static str,
                     v: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{move || label(texts().slm)}</label>
                <textarea id=id rows="2" prop:value=move || v.get() on:input=move |ev| v.set(event_target_value(&ev))/>
            </div>
        }
    };
    let list = move || {
        let lang = state.lang.get();
        ctx.service.get().map(|s| {
            let t = texts().slm;
            if s.reviews.is_empty() {
                return view! { <p class="empty">{t.no_reviews}</p> }.into_any();
            }
            let mut reviews = s.reviews.clone();
            reviews.sort_by_key(|r| std::cmp::Reverse(r.date));
            view! {
                <ul class="review-list">
                    {reviews.into_iter().map(|r| {
                        view! {
                            <li class="card">
                                <h3>{names::review_heading(t, lang, &r)}</h3>
                                {(!r.consumer_participants.is_empty()).then(|| view! { <p><strong>{t.review_consumer}": "</strong>{r.consumer_participants.join(", ")}</p> })}
                                {(!r.provider_participants.is_empty()).then(|| view! { <p><strong>{t.review_provider}": "</strong>{r.provider_participants.join(", ")}</p> })}
                                {(!r.findings.is_empty()).then(|| view! { <p><strong>{t.review_findings}": "</strong>{r.findings.clone()}</p> })}
                                {(!r.decisions.is_empty()).then(|| view! { <p><strong>{t.review_decisions}": "</strong>{r.decisions.clone()}</p> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        })
    };
    view! {
        <section aria-labelledby="reviews-title">
            <h2 id="reviews-title">{move || texts().slm.reviews_heading}</h2>
            <HelpLink concept=Concept::Slm/>
            {list}
            <form class="card" on:submit=add>
                <h3>{move || texts().slm.add_review}</h3>
                {problem_view(problem)}
                <div class="form-grid">
                    <div class="field">
                        <label for="rev-date">{move || texts().slm.review_date}</label>
                        <input id="rev-date" type="date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="rev-kind">{move || texts().slm.review_kind}</label>
                        {choice("rev-kind", &ReviewKind::ALL, names::review_kind, kind)}
                    </div>
                    <div class="field">
                        <label for="rev-trigger">{move || texts().slm.review_trigger}</label>
                        {choice("rev-trigger", &ReviewTrigger::ALL, names::review_trigger, trigger)}
                    </div>
                    {area("rev-consumer", |t| t.review_consumer, consumer)}
                    {area("rev-provider", |t| t.review_provider, provider)}
                    {area("rev-findings", |t| t.review_findings, findings)}
                    {area("rev-decisions", |t| t.review_decisions, decisions)}
                </div>
                <button type="submit">{move || texts().slm.add_review}</button>
            </form>
        </section>
    }
}
