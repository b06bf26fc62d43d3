//! Kano surveys and their responses.

use super::bounded::Importance;
use super::Id;
use serde::{Deserialize, Serialize};

/// An answer on Kano's five-point scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KanoAnswer {
    Like,
    Expect,
    Neutral,
    Tolerate,
    Dislike,
}

/// A feature asked about, with its functional and dysfunctional questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feature {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub functional_question: String,
    #[serde(default)]
    pub dysfunctional_question: String,
}

/// A Kano questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Survey {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub introduction: String,
    /// Language the respondent sees: `en`, `es` or `ru`.
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default)]
    pub features: Vec<Feature>,
    #[serde(default)]
    pub ask_importance: bool,
    #[serde(default)]
    pub segment_question: Option<SegmentQuestion>,
}

fn default_language() -> String {
    "en".into()
}

/// An optional question that places a respondent in a segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentQuestion {
    pub question: String,
    pub choices: Vec<String>,
}

/// One respondent's answer to one feature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureAnswer {
    pub feature_id: Id,
    pub functional: KanoAnswer,
    pub dysfunctional: KanoAnswer,
    #[serde(default)]
    pub importance: Option<Importance>,
}

/// All answers of one respondent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub respondent: String,
    #[serde(default)]
    pub segment: Option<String>,
    pub answers: Vec<FeatureAnswer>,
}

/// The responses collected for one survey, stored apart from the survey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseSet {
    pub survey_id: Id,
    #[serde(default)]
    pub responses: Vec<Response>,
}
