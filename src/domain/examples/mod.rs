//! Example content for trainers, in English, Spanish and Russian.

pub mod journey;
mod journey_text;
pub mod survey;
mod survey_text;

pub use journey::example_journey;
pub use survey::example_survey;
