//! The dashboard page: new and example services, the heat map, then (a frame later)
//! the watermelon warnings, the service list and the SLA records CSV.

use super::heat_map_view::HeatMapView;
use super::model::{use_dashboard_model, DashboardModel};
use super::service_list::ServiceList;
use super::watermelon_list::WatermelonList;
use crate::domain::examples::example_services;
use crate::domain::slm::Service;
use crate::domain::WorkspaceEdit;
use crate::ui::deferred::AfterFirstPaint;
use crate::ui::fresh_id::fresh_id;
use crate::ui::pages::slm::csv::SlaCsv;
use crate::ui::pages::slm::last_month;
use crate::ui::period_kind_select::PeriodKindSelect;
use crate::ui::route::{navigate, Route};
use crate::ui::state::{use_state, use_texts, Save};
use leptos::prelude::*;

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
        let examples = example_services(lang.code(), last_month(), fresh_id);
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
                <PeriodKindSelect kind/>
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
