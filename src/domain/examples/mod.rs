//! Example content for trainers, in English, Spanish and Russian.

mod dice;
pub mod journey;
mod journey_text;
pub mod survey;
mod survey_text;

pub use journey::example_journey;
pub use survey::example_survey;
pub mod services;
mod services_text;

pub use services::{example_services, WATERMELON_EXAMPLE};
pub mod tickets;

pub use tickets::{example_tickets, example_tickets_edit, ExampleTickets};
pub mod connected;
mod connected_text;

pub use connected::example_workspace;
