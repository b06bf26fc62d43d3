//! A target's attainment chart and a service's satisfaction chart, each with its
//! table.

use super::names;
use crate::charts::attainment_chart::{draw_attainment_chart, AttainmentData, AttainmentLabels};
use crate::charts::satisfaction_chart::{draw_satisfaction_chart, SatisfactionLabels};
use crate::domain::slm::{
    satisfaction_series, target_series, Direction, Period, SeriesPoint, Service, Target,
};
use crate::i18n::format_number;
use crate::ui::chart_canvas::ChartCanvas;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// "≥ 99.5 %" for a target.
pub(super) fn target_text(lang: crate::i18n::Lang, t: &Target) -> String {
    goal_text(lang, t.direction, t.target, &t.unit)
}

/// "≥ 99.5 %" from a direction, a target value and a unit.
pub(super) fn goal_text(
    lang: crate::i18n::Lang,
    direction: Direction,
    target: f64,
    unit: &str,
) -> String {
    let sign = match direction {
        Direction::AtLeast => "≥",
        Direction::AtMost => "≤",
    };
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!(" {unit}")
    };
    format!("{sign} {}{unit}", format_number(lang, target, 2))
}

/// Achieved values of `target` over `periods` against its target line, and the table.
#[component]
pub(super) fn AttainmentChart(
    target: Target,
    periods: Vec<Period>,
    #[prop(optional)] heading: Option<String>,
) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let points: Vec<SeriesPoint> = target_series(&target, &periods);
    let title = heading.unwrap_or_else(|| target.metric.clone());
    let label = {
        let title = title.clone();
        Signal::derive(move || format!("{title}: {}", texts().slm.attainment_heading))
    };
    let data = StoredValue::new((points, target));
    let draw = move |area: &_, scale: f64| {
        let t = texts();
        let lang = state.lang.get();
        data.with_value(|(points, target)| {
            let target_label = format!("{} {}", t.slm.chart_target, target_text(lang, target));
            let labels = AttainmentLabels {
                target: &target_label,
                warning: t.slm.chart_warning,
                breached: t.slm.chart_breached,
                no_data: t.slm.chart_no_data,
            };
            let data = AttainmentData {
                points,
                direction: target.direction,
                target: target.target,
                warning: target.warning,
            };
            draw_attainment_chart(area, &data, &labels, scale).is_ok()
        })
    };
    let rows = move || {
        let t = texts();
        let lang = state.lang.get();
        data.with_value(|(points, _)| {
            points
                .iter()
                .map(|p| view! {
                    <tr>
                        <th scope="row">{p.period.to_string()}</th>
                        <td>{p.achieved.map(|v| format_number(lang, v, 2)).unwrap_or_else(|| t.slm.none_given.into())}</td>
                        <td class=names::class(p.status)>{names::symbol(p.status)}" "{names::status(t.slm, p.status)}</td>
                    </tr>
                })
                .collect_view()
        })
    };
    view! {
        <div class="chart-with-table">
            <div>
                <h3>{title.clone()}</h3>
                <ChartCanvas label aspect=0.45 draw/>
            </div>
            <table>
                <caption>{move || label.get()}</caption>
                <thead><tr>
                    <th scope="col">{move || texts().slm.col_period}</th>
                    <th scope="col">{move || texts().slm.col_achieved}</th>
                    <th scope="col">{move || texts().slm.col_status}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// User and customer satisfaction of `service` over `periods`, and the table.
#[component]
pub(super) fn SatisfactionChart(service: Service, periods: Vec<Period>) -> impl IntoView {
    let texts = use_texts();
    let points = StoredValue::new(satisfaction_series(&service, &periods));
    let draw = move |area: &_, scale: f64| {
        let t = texts();
        let labels = SatisfactionLabels {
            user: t.slm.satisfaction_user,
            customer: t.slm.satisfaction_customer,
        };
        points.with_value(|p| draw_satisfaction_chart(area, p, &labels, scale).is_ok())
    };
    let rows = move || {
        let t = texts();
        let show = |v: Option<i8>| v.map_or_else(|| t.slm.none_given.to_owned(), |v| v.to_string());
        points.with_value(|points| {
            points
                .iter()
                .map(|p| {
                    view! {
                        <tr>
                            <th scope="row">{p.period.to_string()}</th>
                            <td>{show(p.user)}</td>
                            <td>{show(p.customer)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="chart-with-table">
            <ChartCanvas label=Signal::derive(move || texts().slm.satisfaction_heading.to_owned()) aspect=0.45 draw/>
            <table>
                <caption>{move || texts().slm.satisfaction_heading}</caption>
                <thead><tr>
                    <th scope="col">{move || texts().slm.col_period}</th>
                    <th scope="col">{move || texts().slm.satisfaction_user}</th>
                    <th scope="col">{move || texts().slm.satisfaction_customer}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
