//! An attainment chart per target of the page's service.

use super::super::charts::AttainmentChart;
use super::super::service_context::Ctx;
use super::super::today;
use crate::domain::slm::{last_periods, Period};
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// The attainment section: the last twelve periods of every target.
#[component]
pub(super) fn Attainment() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    view! {
        <section aria-labelledby="attainment-title">
            <h2 id="attainment-title">{move || texts().slm.attainment_heading}</h2>
            {move || ctx.service.get().map(|s| {
                s.targets().map(|(a, t)| {
                    let to = t.records.iter().map(|r| r.period).max().unwrap_or_else(|| Period::containing(t.period_kind, today()));
                    let periods = last_periods(to, 12);
                    let heading = format!("{} · {}", a.name, t.metric);
                    view! { <AttainmentChart target=t.clone() periods heading/> }
                }).collect_view()
            })}
            <details class="explain">
                <summary>{move || texts().slm.availability_heading}</summary>
                <p>{move || texts().slm.availability_convention}</p>
            </details>
        </section>
    }
}
