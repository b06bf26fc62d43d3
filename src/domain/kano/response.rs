//! Respondents' answers, typed in memory and compact when stored.
//!
//! A [`ResponseSet`] is stored as
//! `{"survey_id": "k1", "features": ["f1", "f2"], "responses": [["r001", "158---", "IT"]]}`:
//! the feature order once, then per respondent its id, a code string with three
//! characters per feature (`<functional><dysfunctional><importance>`: answers as codes
//! 1–5, importance 1–9 or `-` when not given; `---` for a feature not answered) and,
//! when given, the segment. 2,000 respondents × 40 features stay near 300 kB.

use super::answer::KanoAnswer;
use super::survey::Survey;
use crate::domain::bounded::Importance;
use crate::domain::Id;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One respondent's answer to one feature.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureAnswer {
    pub feature_id: Id,
    pub functional: KanoAnswer,
    pub dysfunctional: KanoAnswer,
    pub importance: Option<Importance>,
}

/// All answers of one respondent.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub respondent: String,
    pub segment: Option<String>,
    pub answers: Vec<FeatureAnswer>,
}

/// The responses collected for one survey, stored apart from the survey.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseSet {
    pub survey_id: Id,
    pub responses: Vec<Response>,
}

/// Why a response does not fit its survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseError {
    /// The respondent id is empty.
    NoRespondent,
    /// An answer names a feature the survey does not have.
    UnknownFeature { respondent: String, feature: Id },
    /// The respondent answered one feature twice.
    AnsweredTwice { respondent: String, feature: Id },
    /// The segment is not one of the survey's choices.
    UnknownSegment { respondent: String, segment: String },
    /// The respondent is already in the set.
    AlreadyCounted(String),
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoRespondent => f.write_str("a response has no respondent id"),
            Self::UnknownFeature {
                respondent,
                feature,
            } => write!(
                f,
                "respondent '{respondent}' answered feature '{feature}', which the survey does not have"
            ),
            Self::AnsweredTwice {
                respondent,
                feature,
            } => write!(
                f,
                "respondent '{respondent}' answered feature '{feature}' twice"
            ),
            Self::UnknownSegment {
                respondent,
                segment,
            } => write!(
                f,
                "respondent '{respondent}' is in segment '{segment}', which is not a choice of the survey"
            ),
            Self::AlreadyCounted(r) => write!(f, "respondent '{r}' is already counted"),
        }
    }
}

impl std::error::Error for ResponseError {}

impl Response {
    /// The answer given for `feature`, if any.
    pub fn answer(&self, feature: &Id) -> Option<&FeatureAnswer> {
        self.answers.iter().find(|a| &a.feature_id == feature)
    }

    /// Checks a response already kept in a workspace: a respondent, each feature at most
    /// once. Unlike [`Response::check`] it accepts features and a segment the survey no
    /// longer has: the owner may delete a feature or reword the segment choices after
    /// answers came in, and those answers stay (the analysis reads only the survey's
    /// current features and choices), so a backup of that workspace restores.
    pub fn check_kept(&self) -> Result<(), ResponseError> {
        if self.respondent.trim().is_empty() {
            return Err(ResponseError::NoRespondent);
        }
        let mut seen = HashSet::new();
        for answer in &self.answers {
            if !seen.insert(&answer.feature_id) {
                return Err(ResponseError::AnsweredTwice {
                    respondent: self.respondent.clone(),
                    feature: answer.feature_id.clone(),
                });
            }
        }
        Ok(())
    }

    /// Checks a new response against `survey`: known features, each at most once, known segment.
    pub fn check(&self, survey: &Survey) -> Result<(), ResponseError> {
        if self.respondent.trim().is_empty() {
            return Err(ResponseError::NoRespondent);
        }
        let mut seen = HashSet::new();
        for answer in &self.answers {
            if survey.feature_index(&answer.feature_id).is_none() {
                return Err(ResponseError::UnknownFeature {
                    respondent: self.respondent.clone(),
                    feature: answer.feature_id.clone(),
                });
            }
            if !seen.insert(&answer.feature_id) {
                return Err(ResponseError::AnsweredTwice {
                    respondent: self.respondent.clone(),
                    feature: answer.feature_id.clone(),
                });
            }
        }
        if let Some(segment) = &self.segment {
            let known = survey
                .segment_question
                .as_ref()
                .is_some_and(|q| q.choice_index(segment).is_some());
            if !known {
                return Err(ResponseError::UnknownSegment {
                    respondent: self.respondent.clone(),
                    segment: segment.clone(),
                });
            }
        }
        Ok(())
    }
}

impl ResponseSet {
    /// An empty set for `survey_id`.
    pub fn new(survey_id: Id) -> Self {
        Self {
            survey_id,
            responses: Vec::new(),
        }
    }

    /// True when `respondent` already answered.
    pub fn contains(&self, respondent: &str) -> bool {
        self.responses.iter().any(|r| r.respondent == respondent)
    }

    /// Adds a response after checking it against `survey` and against respondents
    /// already counted.
    pub fn add(&mut self, survey: &Survey, response: Response) -> Result<(), ResponseError> {
        response.check(survey)?;
        if self.contains(&response.respondent) {
            return Err(ResponseError::AlreadyCounted(response.respondent));
        }
        self.responses.push(response);
        Ok(())
    }
}

/// Placeholder for "not answered" / "no importance" in a code string.
const NONE: u8 = b'-';

/// The three-character code of one answer (`153`, `25-`).
fn push_code(out: &mut String, answer: &FeatureAnswer) {
    out.push(char::from(b'0' + answer.functional.code()));
    out.push(char::from(b'0' + answer.dysfunctional.code()));
    out.push(match answer.importance {
        Some(i) => char::from(b'0' + i.get().clamp(0, 9) as u8),
        None => char::from(NONE),
    });
}

/// Reads a code string against the feature order; `None` when it is malformed.
fn parse_codes(codes: &str, features: &[Id]) -> Result<Vec<FeatureAnswer>, String> {
    let bytes = codes.as_bytes();
    if bytes.len() != features.len() * 3 {
        return Err(format!(
            "answer code '{codes}' has {} characters, expected {}",
            bytes.len(),
            features.len() * 3
        ));
    }
    let mut answers = Vec::new();
    for (chunk, feature) in bytes.chunks_exact(3).zip(features) {
        let (f, d, i) = (chunk[0], chunk[1], chunk[2]);
        if f == NONE && d == NONE && i == NONE {
            continue;
        }
        let answer = |b: u8| b.checked_sub(b'0').and_then(KanoAnswer::from_code);
        let importance = if i == NONE {
            None
        } else {
            let v = i64::from(i) - i64::from(b'0');
            Some(Importance::new(v).map_err(|e| format!("importance in '{codes}': {e}"))?)
        };
        match (answer(f), answer(d)) {
            (Some(functional), Some(dysfunctional)) => answers.push(FeatureAnswer {
                feature_id: feature.clone(),
                functional,
                dysfunctional,
                importance,
            }),
            _ => return Err(format!("'{codes}' is not a valid answer code")),
        }
    }
    Ok(answers)
}

/// A stored respondent: `[respondent, codes]` or `[respondent, codes, segment]`.
type StoredResponse = Vec<String>;

#[derive(Serialize)]
struct StoredSetOut<'a> {
    survey_id: &'a Id,
    features: Vec<&'a Id>,
    responses: Vec<StoredResponse>,
}

#[derive(Deserialize)]
struct StoredSetIn {
    survey_id: Id,
    #[serde(default)]
    features: Vec<Id>,
    #[serde(default)]
    responses: Vec<StoredResponse>,
}

impl Serialize for ResponseSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut features: Vec<&Id> = Vec::new();
        let mut index: HashMap<&Id, usize> = HashMap::new();
        for answer in self.responses.iter().flat_map(|r| &r.answers) {
            index.entry(&answer.feature_id).or_insert_with(|| {
                features.push(&answer.feature_id);
                features.len() - 1
            });
        }
        let blank = "---".repeat(features.len());
        let responses = self
            .responses
            .iter()
            .map(|r| {
                let mut slots: Vec<Option<&FeatureAnswer>> = vec![None; features.len()];
                for a in &r.answers {
                    if let Some(slot) = index.get(&a.feature_id).and_then(|&i| slots.get_mut(i)) {
                        slot.get_or_insert(a);
                    }
                }
                let mut codes = String::with_capacity(blank.len());
                for slot in slots {
                    match slot {
                        Some(a) => push_code(&mut codes, a),
                        None => codes.push_str("---"),
                    }
                }
                let mut stored = vec![r.respondent.clone(), codes];
                stored.extend(r.segment.clone());
                stored
            })
            .collect();
        StoredSetOut {
            survey_id: &self.survey_id,
            features,
            responses,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ResponseSet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let stored = StoredSetIn::deserialize(deserializer)?;
        let mut responses = Vec::with_capacity(stored.responses.len());
        for r in stored.responses {
            let mut parts = r.into_iter();
            let (Some(respondent), Some(codes), segment, None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                return Err(serde::de::Error::custom(
                    "a stored response is [respondent, codes] or [respondent, codes, segment]",
                ));
            };
            let answers =
                parse_codes(&codes, &stored.features).map_err(serde::de::Error::custom)?;
            responses.push(Response {
                respondent,
                segment,
                answers,
            });
        }
        Ok(Self {
            survey_id: stored.survey_id,
            responses,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kano::survey::{Feature, SegmentQuestion};

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn answer(f: &str, fa: KanoAnswer, da: KanoAnswer, imp: Option<i64>) -> FeatureAnswer {
        FeatureAnswer {
            feature_id: id(f),
            functional: fa,
            dysfunctional: da,
            importance: imp.and_then(|i| Importance::new(i).ok()),
        }
    }

    fn set() -> ResponseSet {
        use KanoAnswer::*;
        ResponseSet {
            survey_id: id("k1"),
            responses: vec![
                Response {
                    respondent: "r001".into(),
                    segment: Some("IT".into()),
                    answers: vec![
                        answer("f1", Like, Dislike, Some(8)),
                        answer("f2", Neutral, Neutral, None),
                    ],
                },
                Response {
                    respondent: "r002".into(),
                    segment: None,
                    answers: vec![answer("f2", Expect, Tolerate, Some(1))],
                },
            ],
        }
    }

    #[test]
    fn stored_shape_is_compact_and_round_trips() {
        let json = serde_json::to_string(&set()).unwrap();
        assert_eq!(
            json,
            r#"{"survey_id":"k1","features":["f1","f2"],"responses":[["r001","15833-","IT"],["r002","---241"]]}"#
        );
        let back: ResponseSet = serde_json::from_str(&json).unwrap();
        assert_eq!(back, set());
    }

    #[test]
    fn malformed_codes_are_refused() {
        for bad in [
            r#"{"survey_id":"k","features":["f1"],"responses":[["r","15"]]}"#,
            r#"{"survey_id":"k","features":["f1"],"responses":[["r","160"]]}"#,
            r#"{"survey_id":"k","features":["f1"],"responses":[["r","1-5"]]}"#,
            r#"{"survey_id":"k","features":["f1"],"responses":[["r","150"]]}"#,
            r#"{"survey_id":"k","features":["f1"],"responses":[["r","1é"]]}"#,
            r#"{"survey_id":"k","features":["f1"],"responses":[["r"]]}"#,
        ] {
            assert!(serde_json::from_str::<ResponseSet>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn checks_against_the_survey() {
        let mut survey = Survey::new(id("k1"), "T", "en").unwrap();
        survey
            .add_feature(Feature::new(id("f1"), "A", "").unwrap())
            .unwrap();
        survey
            .add_feature(Feature::new(id("f2"), "B", "").unwrap())
            .unwrap();
        survey.segment_question = Some(SegmentQuestion::new("Dept", &["IT"]).unwrap());
        let mut responses = ResponseSet::new(id("k1"));
        let [r1, r2] = <[Response; 2]>::try_from(set().responses).unwrap();
        responses.add(&survey, r1.clone()).unwrap();
        assert_eq!(
            responses.add(&survey, r1.clone()),
            Err(ResponseError::AlreadyCounted("r001".into()))
        );
        responses.add(&survey, r2).unwrap();
        let mut twice = r1.clone();
        twice.respondent = "r9".into();
        twice.answers.push(twice.answers[0].clone());
        assert!(matches!(
            twice.check(&survey),
            Err(ResponseError::AnsweredTwice { .. })
        ));
        let mut foreign = r1.clone();
        foreign.segment = Some("HR".into());
        assert!(matches!(
            foreign.check(&survey),
            Err(ResponseError::UnknownSegment { .. })
        ));
        let mut unknown = r1;
        unknown.answers[0].feature_id = id("zz");
        assert!(matches!(
            unknown.check(&survey),
            Err(ResponseError::UnknownFeature { .. })
        ));
    }
}
