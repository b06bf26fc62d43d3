//! The service level dashboard: services, a heat map of every target over a range of
//! periods (symbol and name in each cell, never colour alone), watermelon warnings,
//! and the SLA records CSV.

use super::csv::SlaCsv;
use super::dashboard_model::{use_dashboard_model, DashboardModel};
use super::heat_rows;
use super::names;
use crate::domain::examples::example_services;
use crate::domain::slm::{
    heat_map, watermelon_flags, HeatMap, Period, PeriodKind, Service, WatermelonFlag,
    WatermelonReason,
};
use crate::domain::{Id, WorkspaceEdit};
use crate::i18n::{Lang, Texts};
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::deferred::{first_paint, AfterFirstPaint};
use crate::ui::fresh_id::fresh_id;
use crate::ui::route::{navigate, Route};
use crate::ui::state::{use_state, use_texts, Save};
use leptos::prelude::*;

/// Heat-map rows shown before "show all".
const FIRST_ROWS: usize = 25;

/// A watermelon reason spelled out.
pub(super) fn reason_text(t: &Texts, r: &WatermelonReason, period: Period) -> String {
    match r {
        WatermelonReason::Low { side, value } => (t.slm.reason_low)(
            names::side(t, *side),
            &value.to_string(),
            &period.to_string(),
        ),
        WatermelonReason::Fell {
            side,
            value,
            previous,
            previous_period,
        } => (t.slm.reason_fell)(
            names::side(t, *side),
            &previous.to_string(),
            &value.to_string(),
            &previous_period.to_string(),
        ),
    }
}

/// Watermelon warnings of `services` over `periods`, newest first.
#[component]
pub(super) fn Watermelons(services: Vec<Service>, periods: Vec<Period>) -> impl IntoView {
    view! { <WatermelonList flags=watermelon_flags(&services, &periods)/> }
}

/// The watermelon warnings, each with its reasons spelled out.
#[component]
fn WatermelonList(flags: Vec<WatermelonFlag>) -> impl IntoView {
    let texts = use_texts();
    let list = move || {
        let t = texts();
        if flags.is_empty() {
            return view! { <p class="empty">{t.slm.no_watermelons}</p> }.into_any();
        }
        let items = flags
            .iter()
            .map(|flag| {
                let period = flag.period.to_string();
                let why: Vec<String> = flag
                    .reasons
                    .iter()
                    .map(|r| reason_text(t, r, flag.period))
                    .collect();
                view! {
                    <li>
                        <strong>{(t.slm.watermelon_flag)(&flag.service, &period)}</strong>
                        " "{why.join("; ")}
                    </li>
                }
            })
            .collect_view();
        view! { <ul role="alert" class="watermelon-list">{items}</ul> }.into_any()
    };
    view! {
        <section class="watermelons" aria-labelledby="watermelon-title">
            <h2 id="watermelon-title">"🍉 "{move || texts().slm.watermelon_heading}</h2>
            <HelpLink concept=Concept::Watermelon/>
            <p class="hint">{move || texts().slm.watermelon_intro}</p>
            {list}
        </section>
    }
}

/// Heat map of the targets of `services` measured per the kind of `periods`, over
/// `periods`.
#[component]
pub(super) fn HeatMapTable(services: Vec<Service>, periods: Vec<Period>) -> impl IntoView {
    let (Some(&from), Some(&to)) = (periods.first(), periods.last()) else {
        return ().into_any();
    };
    view! { <HeatMapView map=heat_map(&services, from, to)/> }.into_any()
}

/// The heat map of `map`: its first rows at once, the rest on request.
///
/// The frame that shows the dashboard lays out and paints only the rows the window
/// has room for ([`heat_rows::rows_in_view`]); the rest of the first rows are added in
/// the task after that frame, and "show all" adds the others below them. A change of
/// language rebuilds the rows shown.
#[component]
fn HeatMapView(map: HeatMap) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    if map.rows.is_empty() {
        return view! { <p class="empty">{move || texts().slm.no_targets}</p> }.into_any();
    }
    let total = map.rows.len();
    let map = StoredValue::new(map);
    // A large workspace shows its first rows at once and the rest on request, so the
    // dashboard opens quickly.
    let shown = RwSignal::new(FIRST_ROWS.min(total));
    let painted = first_paint();
    // The language and the number of rows in the body.
    let built = StoredValue::new(None::<(Lang, usize)>);
    let body = NodeRef::<leptos::html::Tbody>::new();
    Effect::new(move |_| {
        let t = texts();
        let lang = state.lang.get();
        let shown = shown.get();
        let painted = painted.get();
        let Some(body) = body.get() else {
            return;
        };
        let (replace, from) = match built.get_value() {
            Some((built_lang, rows)) if built_lang == lang => (false, rows),
            _ => (true, 0),
        };
        let to = if painted {
            shown
        } else {
            heat_rows::rows_in_view(&body).min(shown)
        };
        if !replace && to <= from {
            return;
        }
        let filled = map.with_value(|map| heat_rows::fill(&body, map, from..to, t, lang, replace));
        if filled.is_ok() {
            built.set_value(Some((lang, to)));
        } else {
            body.set_text_content(Some(t.slm.no_targets));
            built.set_value(None);
        }
    });
    let heads = map.with_value(|m| {
        m.periods
            .iter()
            .map(|p| view! { <th scope="col">{p.to_string()}</th> })
            .collect_view()
    });
    view! {
        <div class="table-scroll">
            <table class="heat-map">
                <caption>{move || texts().slm.heat_caption}</caption>
                <thead><tr>
                    <th scope="col">{move || texts().slm.heat_target}</th>
                    {heads}
                    <th scope="col">{move || texts().slm.heat_share}</th>
                </tr></thead>
                <tbody node_ref=body></tbody>
            </table>
        </div>
        <Show when=move || { shown.get() < total }>
            <button on:click=move |_| shown.set(total)>{move || (texts().slm.show_all_targets)(total)}</button>
        </Show>
        <p class="hint">{move || texts().slm.heat_legend}</p>
    }
    .into_any()
}

/// The dashboard page.
#[component]
pub fn ServiceLevelsPage() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let DashboardModel { kind, map, flags } = use_dashboard_model();
    let new_name = RwSignal::new(String::new());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked().trim().to_owned();
        let name = if name.is_empty() {
            texts().slm.new_service_default.to_owned()
        } else {
            name
        };
        let service = Service::new(fresh_id("svc"), name);
        let route = Route::Service(service.id.to_string());
        let _ = state.apply(WorkspaceEdit::AddServices(vec![service]), Save::Now);
        new_name.set(String::new());
        navigate(&route);
    };
    let add_example = move |_| {
        let lang = state.lang.get_untracked();
        let examples = example_services(lang.code(), super::last_month(), fresh_id);
        let _ = state.apply(WorkspaceEdit::AddServices(examples), Save::Now);
    };
    view! {
        <h1 tabindex="-1">{move || texts().nav_slm}</h1>
        <p class="lead">{move || texts().slm_intro}</p>
        <div class="actions">
            <button on:click=add_example>{move || texts().slm.add_example}</button>
            <a class="button" href=Route::Improvements.href()>{move || texts().slm.improvements_link}</a>
            <a class="button" href=Route::TicketSlas.href()>{move || texts().tickets.link}</a>
        </div>
        <form class="inline-form" on:submit=create>
            <label for="new-service">{move || texts().slm.new_service_label}</label>
            <input id="new-service" type="text" maxlength="120" prop:value=move || new_name.get()
                on:input=move |ev| new_name.set(event_target_value(&ev))/>
            <button type="submit">{move || texts().slm.create_service}</button>
        </form>
        <section aria-labelledby="heat-title">
            <h2 id="heat-title">{move || texts().slm.dashboard_heading}</h2>
            <label class="inline-select">
                <span>{move || texts().slm.period_kind}</span>
                <select on:change=move |ev| {
                    let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                    kind.set(names::PERIOD_KINDS.get(i).copied().unwrap_or(PeriodKind::Month));
                }>
                    {names::PERIOD_KINDS.iter().enumerate().map(|(i, k)| {
                        let k = *k;
                        view! { <option value=i.to_string() prop:selected=move || kind.get() == k>{move || texts().slm.period_kinds[i]}</option> }
                    }).collect_view()}
                </select>
            </label>
            {move || map.get().map(|map| view! { <HeatMapView map/> })}
        </section>
        // Below the heat map: the heat map is painted first, these a frame later.
        <AfterFirstPaint>
            {move || view! { <WatermelonList flags=flags.get()/> }}
            <ServiceList/>
            <SlaCsv/>
        </AfterFirstPaint>
    }
}

/// The services with links and delete.
#[component]
fn ServiceList() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let rows = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.services
                .iter()
                .map(|s| {
                    (
                        s.id.clone(),
                        s.name.clone(),
                        s.provider.clone(),
                        s.consumer.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="service-list" aria-labelledby="services-title">
            <h2 id="services-title">{move || texts().slm.services_heading}</h2>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p class="empty">{move || texts().slm_empty}</p> }>
                <ul class="journey-list">
                    <For each=move || rows.get() key=|r| r.clone() children=move |(id, name, provider, consumer)| {
                        view! { <ServiceRow id name provider consumer/> }
                    }/>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn ServiceRow(id: Id, name: String, provider: String, consumer: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let href = Route::Service(id.to_string()).href();
    let delete = Callback::new(move |()| {
        let _ = state.apply(WorkspaceEdit::DeleteService(id.clone()), Save::Now);
    });
    let label = {
        let name = name.clone();
        Signal::derive(move || (texts().slm.delete_service)(&name))
    };
    let parties = [provider, consumer]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" → ");
    view! {
        <li class="journey-row">
            <div>
                <a href=href class="journey-link">{name.clone()}</a>
                <span class="meta">{parties}</span>
            </div>
            <div class="actions">
                <ConfirmDelete label on_confirm=delete/>
            </div>
        </li>
    }
}
