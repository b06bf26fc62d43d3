//! Kano surveys: the questionnaire, its generated questions, the evaluation table,
//! responses (compact when stored) and the analysis.

pub mod analysis;
pub mod answer;
pub mod evaluation;
pub mod questions;
pub mod response;
pub mod survey;
pub mod survey_edit;

pub use analysis::{
    analyze, compare_segments, wilson_interval, Analysis, AnalysisOptions, CategoryCounts,
    FeatureResult, Interval, SegmentComparison,
};
pub use answer::{KanoAnswer, UnknownAnswer};
pub use evaluation::{evaluate, Category};
pub use questions::{dysfunctional_question, functional_question, SURVEY_LANGUAGES};
pub use response::{FeatureAnswer, Response, ResponseError, ResponseSet};
pub use survey::{fnv1a32, Feature, SegmentQuestion, Survey, SurveyError, SurveyText};
pub use survey_edit::SurveyEdit;
