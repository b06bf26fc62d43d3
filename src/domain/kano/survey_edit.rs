//! Changes to a survey's design, as values: the design tab sends them, the workspace
//! applies them (see [`crate::domain::workspace_edit`]). A design that breaks a rule is
//! kept and shown with its problems (see [`Survey::validate`]), so these never refuse.

use super::questions::{dysfunctional_question, functional_question};
use super::survey::{Feature, SegmentQuestion, Survey};
use crate::domain::Id;

/// One change to a survey's design. Texts are trimmed when applied.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyEdit {
    SetTitle(String),
    /// The respondent's language code (`en`, `es`, `ru`).
    SetLanguage(String),
    SetIntroduction(String),
    SetAskImportance(bool),
    /// The segment question's text; the question goes when text and choices are empty.
    SetSegmentQuestion(String),
    /// The segment question's choices; the question goes when text and choices are empty.
    SetSegmentChoices(Vec<String>),
    /// Adds a feature named `base`, numbered (`base 2`, `base 3`, …) when a feature
    /// already has that name.
    AddFeature {
        id: Id,
        base: String,
    },
    SetFeatureName {
        feature: Id,
        name: String,
    },
    SetFeatureDescription {
        feature: Id,
        text: String,
    },
    /// The functional question as typed: the generated one (or nothing) keeps the
    /// question generated, so it follows later renames.
    SetFunctionalQuestion {
        feature: Id,
        text: String,
    },
    /// As [`SurveyEdit::SetFunctionalQuestion`], for the dysfunctional question.
    SetDysfunctionalQuestion {
        feature: Id,
        text: String,
    },
    /// Drops both custom questions of a feature, back to the generated ones.
    RegenerateQuestions(Id),
    DeleteFeature(Id),
}

impl Survey {
    /// Applies `edit`; an edit naming a feature the survey does not have changes
    /// nothing.
    pub fn apply(&mut self, edit: SurveyEdit) {
        match edit {
            SurveyEdit::SetTitle(title) => self.title = title.trim().to_owned(),
            SurveyEdit::SetLanguage(language) => self.language = language,
            SurveyEdit::SetIntroduction(text) => self.introduction = text.trim().to_owned(),
            SurveyEdit::SetAskImportance(ask) => self.ask_importance = ask,
            SurveyEdit::SetSegmentQuestion(question) => {
                let choices = self.segment_question.take().map(|q| q.choices);
                self.set_segment(question, choices.unwrap_or_default());
            }
            SurveyEdit::SetSegmentChoices(choices) => {
                let question = self.segment_question.take().map(|q| q.question);
                self.set_segment(question.unwrap_or_default(), choices);
            }
            SurveyEdit::AddFeature { id, base } => {
                let name = self.free_feature_name(base.trim());
                if let Ok(feature) = Feature::new(id, &name, "") {
                    self.features.push(feature);
                }
            }
            SurveyEdit::SetFeatureName { feature, name } => {
                if let Some(f) = self.feature_mut(&feature) {
                    f.name = name.trim().to_owned();
                }
            }
            SurveyEdit::SetFeatureDescription { feature, text } => {
                if let Some(f) = self.feature_mut(&feature) {
                    f.description = text.trim().to_owned();
                }
            }
            SurveyEdit::SetFunctionalQuestion { feature, text } => {
                let language = self.language.clone();
                if let Some(f) = self.feature_mut(&feature) {
                    f.functional_question = custom(&text, &functional_question(&language, &f.name));
                }
            }
            SurveyEdit::SetDysfunctionalQuestion { feature, text } => {
                let language = self.language.clone();
                if let Some(f) = self.feature_mut(&feature) {
                    f.dysfunctional_question =
                        custom(&text, &dysfunctional_question(&language, &f.name));
                }
            }
            SurveyEdit::RegenerateQuestions(feature) => {
                if let Some(f) = self.feature_mut(&feature) {
                    f.functional_question.clear();
                    f.dysfunctional_question.clear();
                }
            }
            SurveyEdit::DeleteFeature(feature) => self.features.retain(|f| f.id != feature),
        }
    }

    /// The feature `id`.
    pub fn feature(&self, id: &Id) -> Option<&Feature> {
        self.features.iter().find(|f| &f.id == id)
    }

    fn feature_mut(&mut self, id: &Id) -> Option<&mut Feature> {
        self.features.iter_mut().find(|f| &f.id == id)
    }

    /// `base`, or `base n` with the smallest n ≥ 2 that no feature is named (case
    /// ignored).
    fn free_feature_name(&self, base: &str) -> String {
        let taken = |n: &str| self.features.iter().any(|f| f.name.eq_ignore_ascii_case(n));
        if !taken(base) {
            return base.to_owned();
        }
        (2..=self.features.len() + 1)
            .map(|i| format!("{base} {i}"))
            .find(|n| !taken(n))
            .unwrap_or_else(|| base.to_owned())
    }

    fn set_segment(&mut self, question: String, choices: Vec<String>) {
        let question = question.trim().to_owned();
        self.segment_question = (!question.is_empty() || !choices.is_empty())
            .then_some(SegmentQuestion { question, choices });
    }
}

/// What to store for an edited question: nothing when it equals the generated one
/// (so it follows later renames), else the text.
fn custom(typed: &str, generated: &str) -> String {
    let typed = typed.trim();
    if typed.is_empty() || typed == generated {
        String::new()
    } else {
        typed.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn survey() -> Survey {
        Survey::new(Id::new("s").unwrap(), "Checkout", "en").unwrap()
    }

    fn add(s: &mut Survey, id: &str) {
        s.apply(SurveyEdit::AddFeature {
            id: Id::new(id).unwrap(),
            base: "New feature".into(),
        });
    }

    #[test]
    fn added_features_get_free_numbered_names() {
        let mut s = survey();
        add(&mut s, "a");
        add(&mut s, "b");
        add(&mut s, "c");
        let names: Vec<_> = s.features.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["New feature", "New feature 2", "New feature 3"]);
        s.apply(SurveyEdit::DeleteFeature(Id::new("b").unwrap()));
        add(&mut s, "d");
        assert_eq!(s.features[2].name, "New feature 2");
    }

    #[test]
    fn a_question_typed_as_generated_stays_generated() {
        let mut s = survey();
        add(&mut s, "a");
        let a = Id::new("a").unwrap();
        let generated = s.functional_question(&s.features[0]);
        s.apply(SurveyEdit::SetFunctionalQuestion {
            feature: a.clone(),
            text: format!("  {generated} "),
        });
        assert_eq!(s.features[0].functional_question, "");
        s.apply(SurveyEdit::SetDysfunctionalQuestion {
            feature: a.clone(),
            text: "And without it?".into(),
        });
        assert_eq!(s.features[0].dysfunctional_question, "And without it?");
        s.apply(SurveyEdit::RegenerateQuestions(a));
        assert_eq!(s.features[0].dysfunctional_question, "");
    }

    #[test]
    fn the_segment_question_goes_when_both_parts_are_empty() {
        let mut s = survey();
        s.apply(SurveyEdit::SetSegmentQuestion(" Role? ".into()));
        s.apply(SurveyEdit::SetSegmentChoices(vec!["Buyer".into()]));
        assert_eq!(
            s.segment_question,
            Some(SegmentQuestion {
                question: "Role?".into(),
                choices: vec!["Buyer".into()]
            })
        );
        s.apply(SurveyEdit::SetSegmentQuestion(String::new()));
        assert!(s.segment_question.is_some());
        s.apply(SurveyEdit::SetSegmentChoices(Vec::new()));
        assert_eq!(s.segment_question, None);
    }
}
