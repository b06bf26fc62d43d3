//! The ticket SLA page (`#/service-levels/tickets`): business calendars, ticket SLA
//! definitions, ticket CSV import, per-ticket and per-period attainment, and writing
//! the met % into the linked service level targets. Calculations live in
//! `domain::tickets`; these components read state, call it and render.

mod calendars;
mod definitions;
mod ics_import;
mod import;
mod results;
mod unmatched_tickets;

use crate::domain::slm::Service;
use crate::domain::tickets::{BusinessCalendar, ZoneRules, ALWAYS_ID};
use crate::domain::Id;
use crate::i18n::{format_date_time, Lang};
use crate::ui::route::Route;
use crate::ui::state::use_texts;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// The page.
#[component]
pub fn TicketsPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <h1 tabindex="-1">{move || texts().tickets.link}</h1>
        <p class="lead">{move || texts().tickets.intro}</p>
        <p><a href=Route::ServiceLevels.href()>{move || texts().nav_slm}</a></p>
        <calendars::Calendars/>
        <definitions::Definitions/>
        <import::TicketImport/>
        <results::Results/>
    }
}

/// The calendar with `id`, the built-in 24×7 one for [`ALWAYS_ID`].
pub(crate) fn calendar_of(calendars: &[BusinessCalendar], id: &Id) -> Option<BusinessCalendar> {
    calendars
        .iter()
        .find(|c| c.id() == id)
        .cloned()
        .or_else(|| (id.as_str() == ALWAYS_ID).then(|| BusinessCalendar::always("24×7")))
}

/// A service's name by id (the id when it is gone).
pub(crate) fn service_name(services: &[Service], id: &Id) -> String {
    services
        .iter()
        .find(|s| &s.id == id)
        .map_or_else(|| id.to_string(), |s| s.name.clone())
}

/// An instant as the local date and time in `zone`, in the reader's language.
pub(crate) fn when(lang: Lang, t: DateTime<Utc>, zone: &impl ZoneRules) -> String {
    format_date_time(lang, zone.to_local(t.timestamp()))
}

/// Sets the status confirmation and clears the alert (or the other way round).
pub(crate) fn say(
    status: RwSignal<Option<String>>,
    alert: RwSignal<Option<String>>,
    ok: Result<String, String>,
) {
    match ok {
        Ok(text) => {
            alert.set(None);
            status.set(Some(text));
        }
        Err(text) => {
            status.set(None);
            alert.set(Some(text));
        }
    }
}

/// The `role="alert"` and `role="status"` lines of a section.
#[component]
pub(crate) fn Messages(
    status: RwSignal<Option<String>>,
    alert: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        {move || alert.get().map(|a| view! { <p class="notice notice-error" role="alert">{a}</p> })}
        <p role="status">{move || status.get().unwrap_or_default()}</p>
    }
}
