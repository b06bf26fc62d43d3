//! A Kano questionnaire: its features, optional importance and segment questions, and
//! the limits that keep it small enough to travel inside a link.

use super::questions::{dysfunctional_question, functional_question, SURVEY_LANGUAGES};
use crate::domain::Id;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// Most features a survey may hold.
pub const MAX_FEATURES: usize = 60;
/// Longest title, in characters.
pub const MAX_TITLE: usize = 120;
/// Longest introduction, in characters.
pub const MAX_INTRODUCTION: usize = 1_000;
/// Longest feature name, in characters.
pub const MAX_FEATURE_NAME: usize = 80;
/// Longest feature description, in characters.
pub const MAX_DESCRIPTION: usize = 300;
/// Longest custom question, in characters.
pub const MAX_QUESTION: usize = 200;
/// Most choices of a segment question.
pub const MAX_SEGMENT_CHOICES: usize = 12;
/// Longest segment choice, in characters.
pub const MAX_CHOICE: usize = 40;

/// A feature asked about, with its functional and dysfunctional questions.
///
/// An empty question means "the generated one" ([`Survey::functional_question`]), so
/// renaming a feature keeps its questions in step and links stay short.
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
    /// Whether respondents are asked a self-stated importance 1–9 per feature.
    #[serde(default)]
    pub ask_importance: bool,
    #[serde(default)]
    pub segment_question: Option<SegmentQuestion>,
}

fn default_language() -> String {
    "en".into()
}

/// An optional question that places a respondent in a segment (department, plan, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentQuestion {
    pub question: String,
    pub choices: Vec<String>,
}

/// A text of a survey that has a length limit, named in [`SurveyError::TooLong`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyText {
    Title,
    Introduction,
    FeatureName,
    FeatureDescription,
    FunctionalQuestion,
    DysfunctionalQuestion,
    SegmentQuestion,
    SegmentChoice,
}

impl SurveyText {
    /// The English name, for logs and `Display`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Introduction => "introduction",
            Self::FeatureName => "feature name",
            Self::FeatureDescription => "feature description",
            Self::FunctionalQuestion => "functional question",
            Self::DysfunctionalQuestion => "dysfunctional question",
            Self::SegmentQuestion => "segment question",
            Self::SegmentChoice => "segment choice",
        }
    }
}

/// A rule a survey breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SurveyError {
    /// The survey has no title.
    EmptyTitle,
    /// A text is longer than allowed.
    TooLong {
        field: SurveyText,
        max: usize,
        found: usize,
    },
    /// The language is not one of `en`, `es`, `ru`.
    UnknownLanguage(String),
    /// More than [`MAX_FEATURES`] features.
    TooManyFeatures(usize),
    /// A feature without a name.
    EmptyFeatureName { feature: Id },
    /// Two features share an id.
    DuplicateFeature(Id),
    /// Two features share a name (trimmed, case-insensitive): imports could not tell them apart.
    DuplicateFeatureName(String),
    /// A segment question without choices, or with an empty question.
    EmptySegmentQuestion,
    /// More than [`MAX_SEGMENT_CHOICES`] choices.
    TooManyChoices(usize),
    /// An empty segment choice.
    EmptyChoice,
    /// Two segment choices are the same (trimmed, case-insensitive).
    DuplicateChoice(String),
}

impl fmt::Display for SurveyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyTitle => f.write_str("the survey needs a title"),
            Self::TooLong { field, max, found } => {
                write!(
                    f,
                    "the {} has {found} characters; at most {max} fit",
                    field.as_str()
                )
            }
            Self::UnknownLanguage(l) => {
                write!(f, "'{l}' is not a survey language (en, es or ru)")
            }
            Self::TooManyFeatures(n) => {
                write!(f, "{n} features; a survey holds at most {MAX_FEATURES}")
            }
            Self::EmptyFeatureName { feature } => write!(f, "feature '{feature}' has no name"),
            Self::DuplicateFeature(id) => write!(f, "two features share the id '{id}'"),
            Self::DuplicateFeatureName(name) => write!(f, "two features are called '{name}'"),
            Self::EmptySegmentQuestion => {
                f.write_str("the segment question needs a question and at least one choice")
            }
            Self::TooManyChoices(n) => write!(
                f,
                "{n} segment choices; at most {MAX_SEGMENT_CHOICES} are allowed"
            ),
            Self::EmptyChoice => f.write_str("a segment choice is empty"),
            Self::DuplicateChoice(c) => write!(f, "the segment choice '{c}' appears twice"),
        }
    }
}

impl std::error::Error for SurveyError {}

fn check_len(errors: &mut Vec<SurveyError>, field: SurveyText, text: &str, max: usize) -> bool {
    let found = text.chars().count();
    if found > max {
        errors.push(SurveyError::TooLong { field, max, found });
        false
    } else {
        true
    }
}

impl Feature {
    /// A feature with generated questions; the name must be non-empty and short enough.
    pub fn new(id: Id, name: &str, description: &str) -> Result<Self, SurveyError> {
        let feature = Self {
            id,
            name: name.trim().to_owned(),
            description: description.trim().to_owned(),
            functional_question: String::new(),
            dysfunctional_question: String::new(),
        };
        let mut errors = Vec::new();
        feature.check(&mut errors);
        match errors.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(feature),
        }
    }

    fn check(&self, errors: &mut Vec<SurveyError>) {
        if self.name.trim().is_empty() {
            errors.push(SurveyError::EmptyFeatureName {
                feature: self.id.clone(),
            });
        }
        check_len(
            errors,
            SurveyText::FeatureName,
            &self.name,
            MAX_FEATURE_NAME,
        );
        check_len(
            errors,
            SurveyText::FeatureDescription,
            &self.description,
            MAX_DESCRIPTION,
        );
        check_len(
            errors,
            SurveyText::FunctionalQuestion,
            &self.functional_question,
            MAX_QUESTION,
        );
        check_len(
            errors,
            SurveyText::DysfunctionalQuestion,
            &self.dysfunctional_question,
            MAX_QUESTION,
        );
    }
}

impl SegmentQuestion {
    /// A segment question; choices are trimmed and must be non-empty and unique.
    pub fn new(question: &str, choices: &[&str]) -> Result<Self, SurveyError> {
        let segment = Self {
            question: question.trim().to_owned(),
            choices: choices.iter().map(|c| c.trim().to_owned()).collect(),
        };
        let mut errors = Vec::new();
        segment.check(&mut errors);
        match errors.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(segment),
        }
    }

    /// Position of `choice` (trimmed, case-insensitive) among the choices.
    pub fn choice_index(&self, choice: &str) -> Option<usize> {
        let choice = choice.trim();
        self.choices
            .iter()
            .position(|c| c.trim().to_lowercase() == choice.to_lowercase())
    }

    fn check(&self, errors: &mut Vec<SurveyError>) {
        if self.question.trim().is_empty() || self.choices.is_empty() {
            errors.push(SurveyError::EmptySegmentQuestion);
        }
        check_len(
            errors,
            SurveyText::SegmentQuestion,
            &self.question,
            MAX_QUESTION,
        );
        if self.choices.len() > MAX_SEGMENT_CHOICES {
            errors.push(SurveyError::TooManyChoices(self.choices.len()));
        }
        let mut seen = HashSet::new();
        for choice in &self.choices {
            let c = choice.trim();
            if c.is_empty() {
                errors.push(SurveyError::EmptyChoice);
            } else if !seen.insert(c.to_lowercase()) {
                errors.push(SurveyError::DuplicateChoice(c.to_owned()));
            }
            check_len(errors, SurveyText::SegmentChoice, c, MAX_CHOICE);
        }
    }
}

impl Survey {
    /// The 32-bit tag that identifies this survey in links and response codes
    /// (FNV-1a of its id): a code answers the survey whose tag it carries.
    pub fn tag(&self) -> u32 {
        fnv1a32(self.id.as_str().as_bytes())
    }

    /// An empty survey; the title must be non-empty and the language `en`, `es` or `ru`.
    pub fn new(id: Id, title: &str, language: &str) -> Result<Self, SurveyError> {
        let survey = Self {
            id,
            title: title.trim().to_owned(),
            introduction: String::new(),
            language: language.to_owned(),
            features: Vec::new(),
            ask_importance: false,
            segment_question: None,
        };
        survey.validate().map_err(first)?;
        Ok(survey)
    }

    /// Adds a feature, refusing one that would break a rule (duplicate id or name, too many).
    pub fn add_feature(&mut self, feature: Feature) -> Result<(), SurveyError> {
        self.features.push(feature);
        if let Err(errors) = self.validate() {
            self.features.pop();
            return Err(first(errors));
        }
        Ok(())
    }

    /// Checks every rule; returns all problems found.
    pub fn validate(&self) -> Result<(), Vec<SurveyError>> {
        let mut errors = Vec::new();
        if self.title.trim().is_empty() {
            errors.push(SurveyError::EmptyTitle);
        }
        check_len(&mut errors, SurveyText::Title, &self.title, MAX_TITLE);
        check_len(
            &mut errors,
            SurveyText::Introduction,
            &self.introduction,
            MAX_INTRODUCTION,
        );
        if !SURVEY_LANGUAGES.contains(&self.language.as_str()) {
            errors.push(SurveyError::UnknownLanguage(self.language.clone()));
        }
        if self.features.len() > MAX_FEATURES {
            errors.push(SurveyError::TooManyFeatures(self.features.len()));
        }
        let mut ids = HashSet::new();
        let mut names = HashSet::new();
        for feature in &self.features {
            feature.check(&mut errors);
            if !ids.insert(&feature.id) {
                errors.push(SurveyError::DuplicateFeature(feature.id.clone()));
            }
            let name = feature.name.trim().to_lowercase();
            if !name.is_empty() && !names.insert(name) {
                errors.push(SurveyError::DuplicateFeatureName(
                    feature.name.trim().to_owned(),
                ));
            }
        }
        if let Some(segment) = &self.segment_question {
            segment.check(&mut errors);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The functional question shown for `feature`: its own, or the generated one.
    pub fn functional_question(&self, feature: &Feature) -> String {
        if feature.functional_question.trim().is_empty() {
            functional_question(&self.language, &feature.name)
        } else {
            feature.functional_question.clone()
        }
    }

    /// The dysfunctional question shown for `feature`: its own, or the generated one.
    pub fn dysfunctional_question(&self, feature: &Feature) -> String {
        if feature.dysfunctional_question.trim().is_empty() {
            dysfunctional_question(&self.language, &feature.name)
        } else {
            feature.dysfunctional_question.clone()
        }
    }

    /// Position of the feature with `id`.
    pub fn feature_index(&self, id: &Id) -> Option<usize> {
        self.features.iter().position(|f| &f.id == id)
    }

    /// Position of the feature called `name` (trimmed, case-insensitive).
    pub fn feature_by_name(&self, name: &str) -> Option<usize> {
        let name = name.trim().to_lowercase();
        self.features
            .iter()
            .position(|f| f.name.trim().to_lowercase() == name)
    }

    /// FNV-1a over the ordered feature ids: changes whenever features are added,
    /// removed or reordered, so answers given by position can be matched safely.
    pub fn fingerprint(&self) -> u32 {
        let mut hash = FNV_OFFSET;
        for feature in &self.features {
            hash = fnv1a_extend(hash, feature.id.as_str().as_bytes());
            hash = fnv1a_extend(hash, &[0]);
        }
        hash
    }
}

fn first(errors: Vec<SurveyError>) -> SurveyError {
    errors.into_iter().next().unwrap_or(SurveyError::EmptyTitle)
}

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

fn fnv1a_extend(mut hash: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// 32-bit FNV-1a of `bytes`.
pub fn fnv1a32(bytes: &[u8]) -> u32 {
    fnv1a_extend(FNV_OFFSET, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    #[test]
    fn a_text_too_long_is_named() {
        let mut s = Survey::new(id("k"), "T", "en").unwrap();
        s.segment_question = Some(SegmentQuestion {
            question: "Team?".into(),
            choices: vec!["x".repeat(MAX_CHOICE + 1), "Sales".into()],
        });
        assert_eq!(
            s.validate(),
            Err(vec![SurveyError::TooLong {
                field: SurveyText::SegmentChoice,
                max: MAX_CHOICE,
                found: MAX_CHOICE + 1,
            }])
        );
        assert_eq!(
            s.validate().unwrap_err()[0].to_string(),
            "the segment choice has 41 characters; at most 40 fit"
        );
    }

    #[test]
    fn construction_enforces_invariants() {
        assert_eq!(
            Survey::new(id("k"), " ", "en"),
            Err(SurveyError::EmptyTitle)
        );
        assert!(matches!(
            Survey::new(id("k"), "T", "fr"),
            Err(SurveyError::UnknownLanguage(_))
        ));
        let mut s = Survey::new(id("k"), "T", "es").unwrap();
        assert!(Feature::new(id("f"), "  ", "").is_err());
        assert!(matches!(
            Feature::new(id("f"), &"x".repeat(81), ""),
            Err(SurveyError::TooLong { max: 80, .. })
        ));
        s.add_feature(Feature::new(id("f1"), "Chat", "").unwrap())
            .unwrap();
        assert_eq!(
            s.add_feature(Feature::new(id("f1"), "Other", "").unwrap()),
            Err(SurveyError::DuplicateFeature(id("f1")))
        );
        assert_eq!(
            s.add_feature(Feature::new(id("f2"), " chat", "").unwrap()),
            Err(SurveyError::DuplicateFeatureName("chat".into()))
        );
        assert_eq!(s.features.len(), 1);
        for i in 2..=MAX_FEATURES {
            s.add_feature(Feature::new(id(&format!("f{i}")), &format!("F{i}"), "").unwrap())
                .unwrap();
        }
        assert_eq!(
            s.add_feature(Feature::new(id("fx"), "X", "").unwrap()),
            Err(SurveyError::TooManyFeatures(61))
        );
    }

    #[test]
    fn segment_choices_must_be_present_and_unique() {
        assert!(SegmentQuestion::new("Dept?", &[]).is_err());
        assert_eq!(
            SegmentQuestion::new("Dept?", &["IT", " it"]),
            Err(SurveyError::DuplicateChoice("it".into()))
        );
        assert_eq!(
            SegmentQuestion::new("Dept?", &["IT", ""]),
            Err(SurveyError::EmptyChoice)
        );
        let q = SegmentQuestion::new("Dept?", &["IT", "Sales"]).unwrap();
        assert_eq!(q.choice_index("sales"), Some(1));
    }

    #[test]
    fn generated_questions_unless_custom_and_fingerprint_tracks_order() {
        let mut s = Survey::new(id("k"), "T", "en").unwrap();
        s.add_feature(Feature::new(id("a"), "Chat", "").unwrap())
            .unwrap();
        let mut b = Feature::new(id("b"), "Search", "").unwrap();
        b.functional_question = "Custom?".into();
        s.add_feature(b).unwrap();
        assert_eq!(
            s.functional_question(&s.features[0]),
            "How would you feel if Chat were available?"
        );
        assert_eq!(s.functional_question(&s.features[1]), "Custom?");
        let before = s.fingerprint();
        s.features.swap(0, 1);
        assert_ne!(before, s.fingerprint());
        assert_eq!(fnv1a32(b""), 0x811c_9dc5);
        assert_eq!(fnv1a32(b"a"), 0xe40c_292c);
        assert_eq!(s.feature_by_name(" CHAT "), Some(1));
    }
}
