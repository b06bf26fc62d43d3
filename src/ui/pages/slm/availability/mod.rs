//! The availability helper of a service page: for one target, the agreed service hours
//! (24×7, one window Monday to Friday, or a window per weekday) and the outages
//! (planned or not); per period the agreed service time, unplanned downtime and
//! achieved %, the downtime budget left in the current period, and a button that
//! records the achieved % of completed periods. The convention is the one in
//! [`crate::domain::slm::availability`], shown beside the helper; the rules (which
//! periods, rounding) are in [`crate::domain::slm::availability_rows`]. Each part is a
//! component in a file of its own.

mod availability_results;
mod outage_form;
mod outage_list;
mod record_achieved;
mod service_hours_form;

use super::service_context::Ctx;
use crate::domain::slm::{looks_like_availability, Target};
use crate::domain::Id;
use crate::i18n::{format_number, Lang, SlmTexts};
use crate::ui::state::use_texts;
use availability_results::AvailabilityResults;
use leptos::prelude::*;
use outage_form::OutageForm;
use outage_list::OutageList;
use record_achieved::RecordAchieved;
use service_hours_form::ServiceHoursForm;

/// "3 h 0 min" for `seconds` (sign dropped), to the nearest minute.
fn duration(t: &SlmTexts, lang: Lang, seconds: f64) -> String {
    let minutes = if seconds.is_finite() {
        (seconds.abs() / 60.0).round() as i64
    } else {
        0
    };
    (t.avail_duration)(
        &format_number(lang, (minutes / 60) as f64, 0),
        &(minutes % 60).to_string(),
    )
}

/// A target of the page's service offered in the helper.
#[derive(Debug, Clone, PartialEq)]
struct TargetChoice {
    /// "Agreement · metric".
    name: String,
    /// The target.
    target: Target,
}

/// The availability helper for the targets of the page's service.
#[component]
pub(super) fn AvailabilityHelper() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let chosen: RwSignal<Option<Id>> = RwSignal::new(None);
    let targets = Memo::new(move |_| {
        ctx.service.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.targets()
                        .map(|(a, t)| TargetChoice {
                            name: format!("{} · {}", a.name, t.metric),
                            target: t.clone(),
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // The chosen target, else the first that looks like availability, else the first.
    let current = Memo::new(move |_| {
        let id = chosen.get();
        targets.with(|ts| {
            ts.iter()
                .find(|c| Some(&c.target.id) == id.as_ref())
                .or_else(|| ts.iter().find(|c| looks_like_availability(&c.target)))
                .or_else(|| ts.first())
                .map(|c| c.target.clone())
        })
    });
    let hours_saved = RwSignal::new(false);
    let recorded: RwSignal<Option<usize>> = RwSignal::new(None);

    view! {
        <Show when=move || targets.with(|t| !t.is_empty())>
            <section aria-labelledby="availability-title">
                <h2 id="availability-title">{move || texts().slm.avail_heading}</h2>
                <p class="hint">{move || texts().slm.avail_intro}</p>
                <p class="hint">{move || texts().slm.availability_convention}</p>
                <div class="form-grid">
                    <div class="field">
                        <label for="av-target">{move || texts().slm.avail_target}</label>
                        <select id="av-target" on:change=move |ev| {
                            let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                            chosen.set(targets.with_untracked(|ts| ts.get(i).map(|c| c.target.id.clone())));
                            hours_saved.set(false);
                            recorded.set(None);
                        }>
                            {move || targets.get().into_iter().enumerate().map(|(i, choice)| {
                                let id = choice.target.id;
                                let selected = move || current.with(|c| c.as_ref().is_some_and(|c| c.id == id));
                                view! { <option value=i.to_string() prop:selected=selected>{choice.name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <ServiceHoursForm current saved=hours_saved/>
                <OutageForm current/>
                <OutageList current/>
                <AvailabilityResults current/>
                <RecordAchieved current recorded/>
            </section>
        </Show>
    }
}
