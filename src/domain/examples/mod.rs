//! Example content for trainers, in English, Spanish and Russian.

pub mod journey;
mod journey_text;

pub use journey::example_journey;
