//! The Kano survey workspace: the survey list, a survey's design, share, collect
//! and analyse tabs, kiosk mode, and the questionnaire a respondent answers.

mod analyse;
mod answer;
mod collect;
mod design;
mod kiosk;
mod list;
mod share;
mod survey_ctx;
mod survey_page;

pub(crate) use analyse::{better_worse_labels, category_bar_labels};
pub use answer::{AnswerPage, AnswerPageProps};
pub use kiosk::{KioskPage, KioskPageProps};
pub use list::KanoPage;
pub use survey_page::{SurveyPage, SurveyPageProps};
