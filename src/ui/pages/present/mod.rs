//! Presentation mode: a journey or Kano results full screen, one slide at a time,
//! moved with the arrow keys, a clicker's Page Up/Down or the on-screen buttons,
//! left with Escape or the Exit button. Which slide each deck holds comes from
//! `domain::presentation`; this module only shows it.

mod deck;
mod journey;
mod kano;

pub use journey::{PresentJourneyPage, PresentJourneyPageProps};
pub use kano::{PresentSurveyPage, PresentSurveyPageProps};

/// The id of the "Present" button of a journey map or Kano analysis, which gets the
/// focus back when the presentation is left.
pub const PRESENT_BUTTON_ID: &str = "present-button";
