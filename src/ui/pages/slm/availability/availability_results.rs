//! The results of the chosen target per period (agreed time, downtime, achieved %)
//! and the downtime budget left in the current period.

use super::super::now;
use super::duration;
use crate::domain::slm::{availability_rows, round_down_percent, Direction, Target};
use crate::i18n::format_number;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// The results table of target `current` and its downtime budget.
#[component]
pub(super) fn AvailabilityResults(current: Memo<Option<Target>>) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let t = texts().slm;
        current.get().map(|target| {
            let rows = availability_rows(&target, now());
            let budget = rows.iter().find(|r| r.current).map(|r| {
                let period = r.period.to_string();
                match (target.direction, r.report.budget(target.target)) {
                    (Direction::AtLeast, Some(b)) if (b.left_seconds / 60.0).round() < 0.0 => view! {
                        <p class="notice notice-error" role="alert">
                            {(t.avail_over_budget)(&period, &duration(t, lang, b.left_seconds))}
                        </p>
                    }
                    .into_any(),
                    (Direction::AtLeast, Some(b)) => view! {
                        <p class="notice notice-status">
                            {(t.avail_budget_left)(&period, &duration(t, lang, b.left_seconds))}
                        </p>
                    }
                    .into_any(),
                    _ => view! { <p class="hint">{t.avail_not_at_least}</p> }.into_any(),
                }
            });
            view! {
                <table>
                    <caption>{format!("{} · {}", t.avail_results_caption, target.metric)}</caption>
                    <thead><tr>
                        <th scope="col">{t.col_period}</th>
                        <th scope="col">{t.avail_col_agreed}</th>
                        <th scope="col">{t.avail_col_planned}</th>
                        <th scope="col">{t.avail_col_unplanned}</th>
                        <th scope="col">{t.avail_col_achieved}</th>
                    </tr></thead>
                    <tbody>
                        {rows.iter().map(|r| {
                            let period = r.period.to_string();
                            let name = if r.completed { period } else { (t.avail_in_progress)(&period) };
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td>{duration(t, lang, r.report.agreed_seconds as f64)}</td>
                                    <td>{duration(t, lang, r.report.planned_seconds as f64)}</td>
                                    <td>{duration(t, lang, r.report.unplanned_seconds as f64)}</td>
                                    <td>{r.report.achieved_percent.map(|v| format_number(lang, round_down_percent(v), 2)).unwrap_or_else(|| t.none_given.into())}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                {budget}
            }
        })
    }
}
