//! The versioned envelope every stored value is wrapped in, and the migrations that
//! bring older bodies up to the current schema.
//!
//! Schema history:
//! - **1**: settings held the browser locale (`{"locale": "es-ES"}`); touchpoint
//!   emotions were rated 1 (very negative) to 5 (very positive).
//! - **2**: settings hold the language code (`{"lang": "es"}`); emotions run −2..+2.
//! - **3**: a survey's responses are stored compactly: the feature order once, then
//!   per respondent `[id, codes]` or `[id, codes, segment]` (see
//!   [`crate::domain::kano::response`]) instead of one object per answer.
//! - **4**: ticket SLAs: business calendars, ticket SLA definitions and imported
//!   tickets (compact runs, see [`crate::domain::tickets::ticket_set`]) join the
//!   workspace and the backup. Nothing older changes shape (the step is empty), but
//!   an older DSV Studio must refuse a backup it would import without its tickets.

use super::keys::DocKind;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 4;

/// A stored value: `{"v": version, "body": …}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub v: u32,
    pub body: Value,
}

/// What a migration applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Settings,
    Index,
    Doc(DocKind),
}

/// Why a stored value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, or not an envelope.
    Corrupt(String),
    /// Written by a newer DSV Studio than this one.
    TooNew { found: u32 },
    /// Version 0 or a step that cannot be migrated.
    Unmigratable { version: u32, why: String },
    /// A valid envelope whose body does not match the schema.
    Invalid(String),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Corrupt(why) => write!(f, "not readable JSON ({why})"),
            Self::TooNew { found } => write!(
                f,
                "written by a newer version of DSV Studio (schema {found}, this version reads up to {SCHEMA_VERSION})"
            ),
            Self::Unmigratable { version, why } => {
                write!(f, "cannot upgrade from schema {version}: {why}")
            }
            Self::Invalid(why) => write!(f, "content does not match the expected layout ({why})"),
        }
    }
}

impl std::error::Error for ReadError {}

/// Wraps a serializable body in the current envelope, as JSON text.
pub fn wrap<T: Serialize>(body: &T) -> Result<String, serde_json::Error> {
    let body = serde_json::to_value(body)?;
    serde_json::to_string(&Envelope {
        v: SCHEMA_VERSION,
        body,
    })
}

/// Parses envelope text and migrates its body to [`SCHEMA_VERSION`].
pub fn unwrap(subject: Subject, text: &str) -> Result<Value, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ReadError::Corrupt(e.to_string()))?;
    // Valid JSON of another shape (`[]`, `null`, an object without `v`) is not damage
    // to the text: it is a value that is not in the expected form.
    if !value.is_object() {
        return Err(ReadError::Invalid("not an envelope object".into()));
    }
    let envelope: Envelope =
        serde_json::from_value(value).map_err(|e| ReadError::Invalid(e.to_string()))?;
    migrate(subject, envelope.v, envelope.body)
}

/// Parses envelope text, migrates it and deserializes the body.
pub fn read<T: serde::de::DeserializeOwned>(subject: Subject, text: &str) -> Result<T, ReadError> {
    let body = unwrap(subject, text)?;
    serde_json::from_value(body).map_err(|e| ReadError::Invalid(e.to_string()))
}

/// Brings `body`, written at schema `version`, up to [`SCHEMA_VERSION`] one step at a time.
pub fn migrate(subject: Subject, version: u32, mut body: Value) -> Result<Value, ReadError> {
    if version > SCHEMA_VERSION {
        return Err(ReadError::TooNew { found: version });
    }
    if version == 0 {
        return Err(ReadError::Unmigratable {
            version,
            why: "there is no schema 0".into(),
        });
    }
    for from in version..SCHEMA_VERSION {
        body = step(subject, from, body)?;
    }
    Ok(body)
}

/// One migration step, from schema `from` to `from + 1`.
fn step(subject: Subject, from: u32, body: Value) -> Result<Value, ReadError> {
    match (from, subject) {
        (1, Subject::Settings) => Ok(settings_v1_to_v2(body)),
        (1, Subject::Doc(DocKind::Journey)) => journey_v1_to_v2(body),
        (2, Subject::Doc(DocKind::Responses)) => responses_v2_to_v3(body),
        _ => Ok(body),
    }
}

fn settings_v1_to_v2(mut body: Value) -> Value {
    if let Some(object) = body.as_object_mut() {
        let lang = object.remove("locale").and_then(|l| {
            l.as_str()
                .map(|s| s.split(['-', '_']).next().unwrap_or("").to_lowercase())
        });
        if let Some(lang) = lang.filter(|l| !l.is_empty()) {
            object.insert("lang".into(), Value::String(lang));
        }
    }
    body
}

fn journey_v1_to_v2(mut body: Value) -> Result<Value, ReadError> {
    let Some(touchpoints) = body.get_mut("touchpoints").and_then(Value::as_array_mut) else {
        return Ok(body);
    };
    for touchpoint in touchpoints {
        let Some(emotion) = touchpoint.get_mut("emotion") else {
            continue;
        };
        let old = emotion.as_i64().ok_or_else(|| ReadError::Unmigratable {
            version: 1,
            why: format!("emotion {emotion} is not a whole number"),
        })?;
        if !(1..=5).contains(&old) {
            return Err(ReadError::Unmigratable {
                version: 1,
                why: format!("emotion {old} is outside 1..=5"),
            });
        }
        *emotion = Value::from(old - 3);
    }
    Ok(body)
}

/// The response set as schema 1 and 2 stored it: one object per answer.
mod legacy_responses {
    use crate::domain::bounded::Importance;
    use crate::domain::kano::{FeatureAnswer, KanoAnswer, Response, ResponseSet};
    use crate::domain::Id;
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct Set {
        survey_id: Id,
        #[serde(default)]
        responses: Vec<OneResponse>,
    }

    #[derive(Deserialize)]
    struct OneResponse {
        respondent: String,
        #[serde(default)]
        segment: Option<String>,
        #[serde(default)]
        answers: Vec<Answer>,
    }

    #[derive(Deserialize)]
    struct Answer {
        feature_id: Id,
        functional: KanoAnswer,
        dysfunctional: KanoAnswer,
        #[serde(default)]
        importance: Option<Importance>,
    }

    impl From<Set> for ResponseSet {
        fn from(set: Set) -> Self {
            Self {
                survey_id: set.survey_id,
                responses: set
                    .responses
                    .into_iter()
                    .map(|r| Response {
                        respondent: r.respondent,
                        segment: r.segment,
                        answers: r
                            .answers
                            .into_iter()
                            .map(|a| FeatureAnswer {
                                feature_id: a.feature_id,
                                functional: a.functional,
                                dysfunctional: a.dysfunctional,
                                importance: a.importance,
                            })
                            .collect(),
                    })
                    .collect(),
            }
        }
    }
}

fn responses_v2_to_v3(body: Value) -> Result<Value, ReadError> {
    let unmigratable = |why: String| ReadError::Unmigratable { version: 2, why };
    let legacy: legacy_responses::Set =
        serde_json::from_value(body).map_err(|e| unmigratable(e.to_string()))?;
    let set = crate::domain::kano::ResponseSet::from(legacy);
    serde_json::to_value(&set).map_err(|e| unmigratable(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn current_bodies_pass_unchanged() {
        let body = json!({"lang": "ru"});
        assert_eq!(
            migrate(Subject::Settings, SCHEMA_VERSION, body.clone()),
            Ok(body)
        );
    }

    #[test]
    fn newer_and_zero_versions_are_refused() {
        assert_eq!(
            unwrap(Subject::Settings, r#"{"v":99,"body":{}}"#),
            Err(ReadError::TooNew { found: 99 })
        );
        assert!(matches!(
            unwrap(Subject::Settings, r#"{"v":0,"body":{}}"#),
            Err(ReadError::Unmigratable { .. })
        ));
    }

    #[test]
    fn garbage_is_corrupt() {
        assert!(matches!(
            unwrap(Subject::Index, "{not json"),
            Err(ReadError::Corrupt(_))
        ));
    }

    #[test]
    fn json_of_another_shape_is_not_in_the_expected_form() {
        for text in ["[]", "null", "[1,2]", "{\"body\": {}}"] {
            assert!(
                matches!(unwrap(Subject::Index, text), Err(ReadError::Invalid(_))),
                "{text}"
            );
        }
    }

    #[test]
    fn v1_settings_locale_becomes_lang() {
        let migrated = unwrap(Subject::Settings, r#"{"v":1,"body":{"locale":"es-ES"}}"#);
        assert_eq!(migrated, Ok(json!({"lang": "es"})));
    }

    #[test]
    fn v1_journey_emotions_shift_to_minus_two_plus_two() {
        let text = r#"{"v":1,"body":{"id":"j","name":"J","touchpoints":[
            {"id":"t1","step":"explore","title":"a","emotion":1},
            {"id":"t2","step":"engage","title":"b","emotion":5},
            {"id":"t3","step":"offer","title":"c"}]}}"#;
        let body = unwrap(Subject::Doc(DocKind::Journey), text).unwrap();
        let emotions: Vec<_> = body["touchpoints"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.get("emotion").cloned())
            .collect();
        assert_eq!(emotions, vec![Some(json!(-2)), Some(json!(2)), None]);
    }

    #[test]
    fn v2_responses_become_compact_codes() {
        let fixture: Value =
            serde_json::from_str(include_str!("../../tests/fixtures/v2-backup.json")).unwrap();
        let old = fixture["workspace"]["responses"][0].clone();
        let new = migrate(Subject::Doc(DocKind::Responses), 2, old).unwrap();
        assert_eq!(
            new,
            json!({"survey_id": "k1", "features": ["f1"], "responses": [["r001", "158"]]})
        );
        let text = format!(
            r#"{{"v":2,"body":{}}}"#,
            fixture["workspace"]["responses"][0]
        );
        let set: crate::domain::kano::ResponseSet =
            read(Subject::Doc(DocKind::Responses), &text).unwrap();
        assert_eq!(
            set.responses[0].answers[0].importance.map(|i| i.get()),
            Some(8)
        );
    }

    #[test]
    fn v2_responses_with_unknown_answers_are_unmigratable() {
        let old = json!({"survey_id": "k1", "responses": [{"respondent": "r", "answers": [
            {"feature_id": "f1", "functional": "maybe", "dysfunctional": "like"}]}]});
        assert!(matches!(
            migrate(Subject::Doc(DocKind::Responses), 2, old),
            Err(ReadError::Unmigratable { version: 2, .. })
        ));
    }

    #[test]
    fn v1_journey_with_impossible_emotion_is_unmigratable() {
        let text = r#"{"v":1,"body":{"touchpoints":[{"emotion":9}]}}"#;
        assert!(matches!(
            unwrap(Subject::Doc(DocKind::Journey), text),
            Err(ReadError::Unmigratable { version: 1, .. })
        ));
    }
}
