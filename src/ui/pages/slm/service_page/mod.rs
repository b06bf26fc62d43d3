//! One service: its details, agreements with targets, recorded values with an
//! attainment chart per target, the availability helper, satisfaction, watermelon
//! warnings, service reviews (with "review due") and improvement opportunities.
//! Each section is a component in a file of its own; what they share is in
//! [`super::service_context`].

mod attainment;
mod details;
mod improvements;
mod reviews;
mod satisfaction_section;
mod service_journeys;

use super::agreements::Agreements;
use super::availability::AvailabilityHelper;
use super::dashboard::Watermelons;
use super::latest_period;
use super::records_grid::RecordsGrids;
use super::service_context::Ctx;
use crate::domain::slm::last_periods;
use crate::domain::Id;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts};
use attainment::Attainment;
use details::Details;
use improvements::Improvements;
use leptos::prelude::*;
use reviews::Reviews;
use satisfaction_section::SatisfactionSection;
use service_journeys::ServiceJourneys;

/// The page of service `id`.
#[component]
pub fn ServicePage(id: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let id = Id::new(id).ok();
    let service = {
        let id = id.clone();
        Memo::new(move |_| {
            state.workspace.with(|ws| {
                ws.services
                    .iter()
                    .find(|s| Some(&s.id) == id.as_ref())
                    .cloned()
            })
        })
    };
    let Some(id) = id.filter(|_| service.with_untracked(Option::is_some)) else {
        return view! {
            <h1 tabindex="-1">{move || texts().not_found_title}</h1>
            <p role="alert">{move || texts().slm.service_not_found}</p>
            <p><a href=Route::ServiceLevels.href()>{move || texts().slm.all_services}</a></p>
        }
        .into_any();
    };
    let ctx = Ctx {
        state,
        id: StoredValue::new(id.clone()),
        service,
    };
    provide_context(ctx);
    let name = move || service.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default());
    view! {
        <p class="breadcrumb"><a href=Route::ServiceLevels.href()>{move || texts().slm.all_services}</a></p>
        <h1 tabindex="-1">{name}</h1>
        <div class="actions">
            <a class="button" href=Route::ServiceReport(id.to_string()).href()>{move || texts().slm.report_link}</a>
        </div>
        <Details/>
        <ServiceJourneys/>
        <Agreements/>
        <RecordsGrids/>
        <Attainment/>
        <AvailabilityHelper/>
        <SatisfactionSection/>
        {move || service.get().map(|s| {
            let to = latest_period(std::slice::from_ref(&s), crate::domain::slm::PeriodKind::Month);
            let periods = last_periods(to, 12);
            view! { <Watermelons services=vec![s] periods/> }
        })}
        <Reviews/>
        <Improvements/>
    }
    .into_any()
}
