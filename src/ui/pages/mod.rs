//! One module per view of the app.

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

pub use slm::{warm_up_dashboard, DashboardModel};

use super::route::Route;
use crate::i18n::Texts;
use leptos::prelude::*;

/// The page for `route`.
pub fn view(route: Route) -> AnyView {
    match route {
        Route::Home => home::HomePage().into_any(),
        Route::Journeys => journeys::JourneysPage().into_any(),
        Route::Journey(id) => {
            journey_map::JourneyMapPage(journey_map::JourneyMapPageProps { id }).into_any()
        }
        Route::PresentJourney(id) => {
            present::PresentJourneyPage(present::PresentJourneyPageProps { id }).into_any()
        }
        Route::PresentSurvey(id) => {
            present::PresentSurveyPage(present::PresentSurveyPageProps { id }).into_any()
        }
        Route::SharedJourney(payload) => {
            shared_journey::SharedJourneyPage(shared_journey::SharedJourneyPageProps { payload })
                .into_any()
        }
        Route::Personas => personas::PersonasPage().into_any(),
        Route::Persona(id) => personas::PersonaPage(personas::PersonaPageProps { id }).into_any(),
        Route::Kano => kano::KanoPage().into_any(),
        Route::Survey(id, tab) => kano::SurveyPage(kano::SurveyPageProps { id, tab }).into_any(),
        Route::Kiosk(id) => kano::KioskPage(kano::KioskPageProps { id }).into_any(),
        Route::Answer(payload) => kano::AnswerPage(kano::AnswerPageProps { payload }).into_any(),
        Route::ServiceLevels => slm::ServiceLevelsPage().into_any(),
        Route::Service(id) => slm::ServicePage(slm::ServicePageProps { id }).into_any(),
        Route::ServiceReport(id) => {
            slm::ServiceReportPage(slm::ServiceReportPageProps { id }).into_any()
        }
        Route::Improvements => slm::ImprovementsPage().into_any(),
        Route::TicketSlas => tickets::TicketsPage().into_any(),
        Route::Settings => settings::SettingsPage().into_any(),
        Route::Learn(slug) => learn::LearnPage(learn::LearnPageProps { slug }).into_any(),
        Route::PanicSelfTest => panic_self_test(),
        Route::NotFound(_) => not_found::NotFoundPage().into_any(),
    }
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
