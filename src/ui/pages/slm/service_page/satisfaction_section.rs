//! Satisfaction of the page's service: a chart of the last twelve months and the
//! form that records a period's ratings.

use super::super::charts::SatisfactionChart;
use super::super::latest_period;
use super::super::names;
use super::super::service_context::{choice, problem_view, Ctx, Problem};
use crate::domain::bounded::Rating5;
use crate::domain::slm::{last_periods, Period, Satisfaction, SatisfactionSource, ServiceEdit};
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// The satisfaction section.
#[component]
pub(super) fn SatisfactionSection() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let period = RwSignal::new(String::new());
    let user = RwSignal::new(0usize);
    let customer = RwSignal::new(0usize);
    let source = RwSignal::new(SatisfactionSource::TransactionSurvey);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = texts().slm;
        let Ok(p) = Period::parse(&period.get_untracked()) else {
            problem.set(Some(t.invalid_period));
            return;
        };
        let rating = |i: usize| (i > 0).then(|| Rating5::new(i as i64).ok()).flatten();
        let entry = Satisfaction {
            period: p,
            user: rating(user.get_untracked()),
            customer: rating(customer.get_untracked()),
            source: source.get_untracked(),
        };
        ctx.apply(ServiceEdit::SetSatisfaction(entry), problem);
    };
    let scale = |id: &'static str,
                 label: fn(&crate::i18n::SlmTexts) -> &'static str,
                 value: RwSignal<usize>| {
        view! {
            <div class="field">
                <label for=id>{move || label(texts().slm)}</label>
                <select id=id on:change=move |ev| value.set(event_target_value(&ev).parse().unwrap_or(0))>
                    <option value="0">{move || texts().slm.none_given}</option>
                    {(1..=5).map(|i| view! { <option value=i.to_string()>{i.to_string()}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section aria-labelledby="satisfaction-title">
            <h2 id="satisfaction-title">{move || texts().slm.satisfaction_heading}</h2>
            <p class="hint">{move || texts().slm.satisfaction_hint}</p>
            {move || ctx.service.get().map(|s| {
                let to = latest_period(std::slice::from_ref(&s), crate::domain::slm::PeriodKind::Month);
                let periods = last_periods(to, 12);
                view! { <SatisfactionChart service=s periods/> }
            })}
            <form class="form-grid" on:submit=save>
                <div class="field">
                    <label for="sat-period">{move || texts().slm.record_period}</label>
                    <input id="sat-period" type="text" placeholder="2026-01" prop:value=move || period.get() on:input=move |ev| period.set(event_target_value(&ev))/>
                </div>
                {scale("sat-user", |t| t.satisfaction_user, user)}
                {scale("sat-customer", |t| t.satisfaction_customer, customer)}
                <div class="field">
                    <label for="sat-source">{move || texts().slm.satisfaction_source}</label>
                    {choice("sat-source", &SatisfactionSource::ALL, names::satisfaction_source, source)}
                </div>
                <div class="field"><button type="submit">{move || texts().slm.satisfaction_save}</button></div>
            </form>
            {problem_view(problem)}
        </section>
    }
}
