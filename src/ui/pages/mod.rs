//! One module per view of the app.

pub mod chunks;
mod example_workspace;
mod home;
mod journey_map;
mod journey_stakeholders;
mod journeys;
mod kano;
mod learn;
mod not_found;
mod personas;
pub mod present;
mod settings;
mod shared_journey;
mod slm;
mod tickets;

pub use slm::DashboardModel;

use super::route::Route;
use crate::i18n::Texts;
use leptos::prelude::*;

/// Fetches the service levels' chunk while the browser is idle, then compiles the
/// dashboard and computes `model` off screen (see `slm/dashboard/warm_up.rs`): the
/// first visit to the dashboard then finds both ready.
pub fn warm_up_dashboard(lang: crate::i18n::Lang, model: DashboardModel) {
    super::deferred::when_idle(move || {
        leptos::task::spawn_local(async move {
            // Without its code there is nothing to warm up; the visit will retry.
            if chunks::preload(chunks::Chunk::Slm).await.is_ok() {
                slm::warm_up_dashboard(lang, model);
            }
        })
    });
}

/// The page for `route`: the shell's own pages at once, a workspace's from its chunk
/// (see [`chunks`]).
pub fn view(route: Route) -> AnyView {
    use chunks::Chunk;
    let chunk = match route {
        Route::Home => return home::HomePage().into_any(),
        Route::Learn(slug) => return learn::LearnPage(learn::LearnPageProps { slug }).into_any(),
        Route::PanicSelfTest => return panic_self_test(),
        Route::NotFound(_) => return not_found::NotFoundPage().into_any(),
        Route::Journeys
        | Route::Journey(_)
        | Route::PresentJourney(_)
        | Route::SharedJourney(_)
        | Route::Personas
        | Route::Persona(_) => Chunk::Journeys,
        Route::Kano
        | Route::Survey(..)
        | Route::PresentSurvey(_)
        | Route::Kiosk(_)
        | Route::Answer(_) => Chunk::Kano,
        Route::ServiceLevels
        | Route::Service(_)
        | Route::ServiceReport(_)
        | Route::Improvements
        | Route::TicketSlas => Chunk::Slm,
        Route::Settings => Chunk::Settings,
    };
    chunks::page_in(chunk, route)
}

/// A page of the journeys' chunk.
fn journeys_view(route: Route) -> AnyView {
    match route {
        Route::Journey(id) => {
            journey_map::JourneyMapPage(journey_map::JourneyMapPageProps { id }).into_any()
        }
        Route::PresentJourney(id) => {
            present::PresentJourneyPage(present::PresentJourneyPageProps { id }).into_any()
        }
        Route::SharedJourney(payload) => {
            shared_journey::SharedJourneyPage(shared_journey::SharedJourneyPageProps { payload })
                .into_any()
        }
        Route::Personas => personas::PersonasPage().into_any(),
        Route::Persona(id) => personas::PersonaPage(personas::PersonaPageProps { id }).into_any(),
        _ => journeys::JourneysPage().into_any(),
    }
}

/// A page of the Kano surveys' chunk.
fn kano_view(route: Route) -> AnyView {
    match route {
        Route::Survey(id, tab) => kano::SurveyPage(kano::SurveyPageProps { id, tab }).into_any(),
        Route::PresentSurvey(id) => {
            present::PresentSurveyPage(present::PresentSurveyPageProps { id }).into_any()
        }
        Route::Kiosk(id) => kano::KioskPage(kano::KioskPageProps { id }).into_any(),
        Route::Answer(payload) => kano::AnswerPage(kano::AnswerPageProps { payload }).into_any(),
        _ => kano::KanoPage().into_any(),
    }
}

/// A page of the service levels' chunk.
fn slm_view(route: Route) -> AnyView {
    match route {
        Route::Service(id) => slm::ServicePage(slm::ServicePageProps { id }).into_any(),
        Route::ServiceReport(id) => {
            slm::ServiceReportPage(slm::ServiceReportPageProps { id }).into_any()
        }
        Route::Improvements => slm::ImprovementsPage().into_any(),
        Route::TicketSlas => tickets::TicketsPage().into_any(),
        _ => slm::ServiceLevelsPage().into_any(),
    }
}

/// The settings' chunk has one page.
fn settings_view(_route: Route) -> AnyView {
    settings::SettingsPage().into_any()
}

/// The page's name, for navigation and the document title.
pub fn title(route: &Route, t: &'static Texts) -> &'static str {
    match route {
        Route::Home => t.nav_home,
        Route::Journeys | Route::Journey(_) | Route::PresentJourney(_) => t.nav_journeys,
        Route::Personas | Route::Persona(_) => t.personas_title,
        Route::SharedJourney(_) => t.shared_title,
        Route::Kano
        | Route::Survey(..)
        | Route::PresentSurvey(_)
        | Route::Kiosk(_)
        | Route::Answer(_) => t.nav_kano,
        Route::ServiceLevels
        | Route::Service(_)
        | Route::ServiceReport(_)
        | Route::Improvements
        | Route::TicketSlas => t.nav_slm,
        Route::Settings => t.nav_settings,
        Route::Learn(_) => t.learn.nav_learn,
        Route::PanicSelfTest => t.crash_title,
        Route::NotFound(_) => t.not_found_title,
    }
}

/// Panics on purpose so the failure screen can be checked end to end.
fn panic_self_test() -> AnyView {
    panic!("self-test: deliberate panic to show the failure screen")
}
