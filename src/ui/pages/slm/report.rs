//! The printable service review report of one service for a range of periods:
//! targets and attainment with charts, satisfaction, watermelon warnings, reviews and
//! improvements.

use super::charts::{AttainmentChart, SatisfactionChart};
use super::dashboard::{HeatMapTable, Watermelons};
use super::improvements::ImprovementTable;
use super::{latest_period, names};
use crate::domain::slm::{last_periods, Period, PeriodKind};
use crate::domain::Id;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// The report of service `id`.
#[component]
pub fn ServiceReportPage(id: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let id = Id::new(id).ok();
    let service = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.services
                .iter()
                .find(|s| Some(&s.id) == id.as_ref())
                .cloned()
        })
    });
    let to_text = RwSignal::new(String::new());
    let count = RwSignal::new(12i32);
    let periods = Memo::new(move |_| {
        let to = Period::parse(&to_text.get())
            .ok()
            .filter(|p| p.kind() == PeriodKind::Month)
            .or_else(|| {
                service.with(|s| {
                    s.as_ref()
                        .map(|s| latest_period(std::slice::from_ref(s), PeriodKind::Month))
                })
            })
            .unwrap_or_else(|| Period::containing(PeriodKind::Month, super::today()));
        last_periods(to, count.get().clamp(1, 60) as usize)
    });
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        {move || match service.get() {
            None => view! { <p role="alert">{move || texts().slm.service_not_found}</p> }.into_any(),
            Some(s) => {
                let back = Route::Service(s.id.to_string()).href();
                let range = periods.get();
                let first = range.first().map(|p| p.to_string()).unwrap_or_default();
                let last = range.last().map(|p| p.to_string()).unwrap_or_default();
                let lang = state.lang.get();
                let reviews: Vec<_> = s.reviews.iter().filter(|r| {
                    range.first().is_some_and(|p| r.date >= p.first_day()) && range.last().is_some_and(|p| r.date <= p.last_day())
                }).cloned().collect();
                view! {
                    <p class="breadcrumb"><a href=back>{s.name.clone()}</a></p>
                    <h1 tabindex="-1">{move || texts().slm.report_heading}": "{s.name.clone()}</h1>
                    <p class="lead">{format!("{first} – {last}")}{(!s.provider.is_empty() || !s.consumer.is_empty()).then(|| format!(" · {} → {}", s.provider, s.consumer))}</p>
                    <div class="actions report-controls">
                        <label class="inline-select">
                            <span>{move || texts().slm.period_to}</span>
                            <input type="text" placeholder=last.clone() prop:value=move || to_text.get() on:change=move |ev| to_text.set(event_target_value(&ev))/>
                        </label>
                        <label class="inline-select">
                            <span>{move || texts().slm.report_period}</span>
                            <input type="number" min="1" max="60" prop:value=move || count.get().to_string()
                                on:change=move |ev| count.set(event_target_value(&ev).parse().unwrap_or(12))/>
                        </label>
                        <button on:click=print>{move || texts().slm.report_print}</button>
                    </div>
                    <HeatMapTable services=vec![s.clone()] periods=range.clone()/>
                    <Watermelons services=vec![s.clone()] periods=range.clone()/>
                    {s.targets().filter(|(_, t)| t.period_kind == PeriodKind::Month).map(|(a, t)| {
                        view! { <AttainmentChart target=t.clone() periods=range.clone() heading=format!("{} · {}", a.name, t.metric)/> }
                    }).collect_view()}
                    <h2>{move || texts().slm.satisfaction_heading}</h2>
                    <SatisfactionChart service=s.clone() periods=range.clone()/>
                    <h2>{move || texts().slm.reviews_heading}</h2>
                    {if reviews.is_empty() {
                        view! { <p class="empty">{move || texts().slm.no_reviews}</p> }.into_any()
                    } else {
                        let t = texts().slm;
                        view! {
                            <ul class="review-list">
                                {reviews.into_iter().map(|r| {
                                    view! {
                                        <li>
                                            <strong>{names::review_heading(t, lang, &r)}</strong>
                                            {(!r.findings.is_empty()).then(|| view! { <p>{t.review_findings}": "{r.findings.clone()}</p> })}
                                            {(!r.decisions.is_empty()).then(|| view! { <p>{t.review_decisions}": "{r.decisions.clone()}</p> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }}
                    <h2>{move || texts().slm.improvements_heading}</h2>
                    <ImprovementTable services=vec![s] show_service=false read_only=true/>
                }
                .into_any()
            }
        }}
    }
}
