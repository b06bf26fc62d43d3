//! Domain and storage problems in the reader's language: why a backup is refused, which
//! workspace rule it breaks, what is wrong with a survey, an agreement or a target.
//!
//! The domain and storage layers return typed errors whose `Display` is English and
//! technical; everything a user reads is built here from the error's data.

use crate::domain::kano::{ResponseError, SurveyError};
use crate::domain::slm::{AgreementError, ServiceError, TargetError};
use crate::domain::workspace::ValidationError;
use crate::domain::ItemKind;
use crate::i18n::{format_number, KanoTexts, Lang, SlmTexts, Texts};
use crate::storage::backup::{ImportError, Section, ShapeFault, ShapeFaultKind};
use crate::storage::json_fault::{JsonFault, JsonFaultKind};

/// How many rule problems of one backup are listed before "… and N more".
pub const LISTED_PROBLEMS: usize = 5;

/// A survey problem in the owner's language.
pub fn survey_error(k: &KanoTexts, e: &SurveyError) -> String {
    match e {
        SurveyError::EmptyTitle => k.error_empty_title.to_owned(),
        SurveyError::TooLong { field, max, found } => {
            (k.error_too_long)((k.survey_text)(*field), *found, *max)
        }
        SurveyError::UnknownLanguage(_) => k.error_language.to_owned(),
        SurveyError::TooManyFeatures(n) => (k.error_too_many_features)(*n),
        SurveyError::EmptyFeatureName { .. } => k.error_empty_feature.to_owned(),
        SurveyError::DuplicateFeature(_) | SurveyError::DuplicateFeatureName(_) => {
            k.error_duplicate_feature.to_owned()
        }
        SurveyError::EmptySegmentQuestion => k.error_segment.to_owned(),
        SurveyError::TooManyChoices(n) => (k.error_too_many_choices)(*n),
        SurveyError::EmptyChoice | SurveyError::DuplicateChoice(_) => k.error_choice.to_owned(),
    }
}

/// An agreement problem, as a request the user can act on.
pub fn agreement_problem(t: &SlmTexts, e: &AgreementError) -> &'static str {
    match e {
        AgreementError::EmptyName => t.agreement_name_required,
        AgreementError::EndsBeforeStart { .. } => t.agreement_dates_reversed,
        AgreementError::ZeroReviewInterval => t.agreement_interval_invalid,
    }
}

/// A target problem, as a request the user can act on.
pub fn target_problem(t: &SlmTexts, e: &TargetError) -> &'static str {
    match e {
        TargetError::EmptyMetric => t.target_metric_required,
        TargetError::WarningOnWrongSide { .. } => t.target_warning_side,
        TargetError::WarningNotFinite => t.target_warning_invalid,
        TargetError::WrongPeriodKind { .. } | TargetError::DuplicatePeriod { .. } => {
            t.target_kind_locked
        }
        TargetError::TargetNotFinite | TargetError::AchievedNotFinite { .. } => {
            t.target_value_invalid
        }
    }
}

/// The translated name of a kind of workspace item.
pub fn item_kind(t: &Texts, kind: ItemKind) -> &'static str {
    t.problems.item_kinds[kind.index()]
}

/// Why a JSON text could not be read, and where.
pub fn json_fault(t: &Texts, lang: Lang, fault: &JsonFault) -> String {
    let p = t.problems;
    let what = match fault.kind {
        JsonFaultKind::EndsEarly => p.json_ends_early,
        JsonFaultKind::BadCharacterEscape => p.json_bad_character_escape,
        JsonFaultKind::NumberTooLarge => p.json_number_too_large,
        JsonFaultKind::ControlCharacter => p.json_control_character,
        JsonFaultKind::BadEscape => p.json_bad_escape,
        JsonFaultKind::TrailingText => p.json_trailing_text,
        JsonFaultKind::TooDeep => p.json_too_deep,
        JsonFaultKind::Syntax => p.json_syntax,
    };
    let n = |v: usize| format_number(lang, v as f64, 0);
    (p.json_at)(&n(fault.line), &n(fault.column), what)
}

/// Which value of a backup does not fit its schema, and why.
pub fn shape_fault(t: &Texts, lang: Lang, fault: &ShapeFault) -> String {
    let p = t.problems;
    let what = match &fault.kind {
        ShapeFaultKind::VersionMissing => p.shape_version_missing.to_owned(),
        ShapeFaultKind::WorkspaceMissing => p.shape_workspace_missing.to_owned(),
        ShapeFaultKind::WorkspaceNotObject => p.shape_workspace_not_object.to_owned(),
        ShapeFaultKind::NotAList => p.shape_not_a_list.to_owned(),
        ShapeFaultKind::MissingField(field) => (p.shape_missing_field)(field),
        ShapeFaultKind::UnknownValue(value) => (p.shape_unknown_value)(value),
        ShapeFaultKind::WrongType => p.shape_wrong_type.to_owned(),
        ShapeFaultKind::BadValue => p.shape_bad_value.to_owned(),
    };
    let place = match fault.section {
        Some(Section::Item { kind, number }) => Some((p.item_place)(
            item_kind(t, kind),
            &format_number(lang, number as f64, 0),
        )),
        Some(Section::Collection(kind)) => Some((p.collection_place)(item_kind(t, kind))),
        Some(Section::Tickets) => Some(p.tickets_section.to_owned()),
        None => None,
    };
    sentence(&match place {
        Some(place) => (p.placed)(&place, &what),
        None => format!("{what}."),
    })
}

/// A response that does not fit its survey.
pub fn response_problem(t: &Texts, e: &ResponseError) -> String {
    let p = t.problems;
    match e {
        ResponseError::NoRespondent => p.response_no_respondent.to_owned(),
        ResponseError::UnknownFeature {
            respondent,
            feature,
        } => (p.response_unknown_feature)(respondent, feature.as_str()),
        ResponseError::AnsweredTwice {
            respondent,
            feature,
        } => (p.response_answered_twice)(respondent, feature.as_str()),
        ResponseError::UnknownSegment {
            respondent,
            segment,
        } => (p.response_unknown_segment)(respondent, segment),
        ResponseError::AlreadyCounted(respondent) => (p.response_already_counted)(respondent),
    }
}

/// A rule a service breaks.
pub fn service_problem(t: &Texts, e: &ServiceError) -> String {
    let p = t.problems;
    match e {
        ServiceError::EmptyName => p.service_empty_name.to_owned(),
        ServiceError::DuplicateId { kind, id } => {
            sentence(&(p.duplicate_id)(item_kind(t, *kind), id.as_str()))
        }
        ServiceError::MissingReview {
            improvement,
            review,
        } => (p.service_missing_review)(improvement.as_str(), review.as_str()),
        ServiceError::Agreement { agreement, error } => {
            (p.in_agreement)(agreement.as_str(), agreement_problem(t.slm, error))
        }
        ServiceError::Target { target, error } => {
            (p.in_target)(target.as_str(), target_problem(t.slm, error))
        }
        ServiceError::DuplicateSatisfaction { period } => {
            (p.service_duplicate_satisfaction)(&period.to_string())
        }
    }
}

/// A workspace rule that a backup (or stored data) breaks.
pub fn validation_problem(t: &Texts, e: &ValidationError) -> String {
    let p = t.problems;
    match e {
        ValidationError::DuplicateId { kind, id } => {
            sentence(&(p.duplicate_id)(item_kind(t, *kind), id.as_str()))
        }
        ValidationError::MissingReference {
            kind,
            id,
            refers_to,
            missing,
        } => sentence(&(p.missing_reference)(
            item_kind(t, *kind),
            id.as_str(),
            item_kind(t, *refers_to),
            missing.as_str(),
        )),
        ValidationError::Survey { id, error } => {
            (p.in_survey)(id.as_str(), &survey_error(t.kano, error))
        }
        ValidationError::Response { survey, error } => {
            (p.in_responses)(survey.as_str(), &response_problem(t, error))
        }
        ValidationError::Service { service, error } => {
            (p.in_service)(service.as_str(), &service_problem(t, error))
        }
    }
}

/// The reasons a backup is refused, one sentence each, in the reader's language:
/// where the JSON breaks, which value does not fit, or which rules it breaks (at most
/// [`LISTED_PROBLEMS`], then how many more). Empty when the summary says it all.
pub fn backup_reasons(t: &Texts, lang: Lang, e: &ImportError) -> Vec<String> {
    match e {
        ImportError::NotJson(fault) => vec![json_fault(t, lang, fault)],
        ImportError::Invalid(fault) => vec![shape_fault(t, lang, fault)],
        ImportError::Inconsistent(errors) => {
            let mut lines: Vec<String> = errors
                .iter()
                .take(LISTED_PROBLEMS)
                .map(|e| validation_problem(t, e))
                .collect();
            let more = errors.len().saturating_sub(LISTED_PROBLEMS);
            if more > 0 {
                lines.push((t.problems.more_problems)(
                    &format_number(lang, more as f64, 0),
                    more,
                ));
            }
            lines
        }
        ImportError::Foreign | ImportError::TooNew { .. } | ImportError::Unmigratable(_) => {
            Vec::new()
        }
    }
}

/// The text with its first letter in upper case.
/// Capitalises the first letter of `text`, past any opening quote or bracket.
fn sentence(text: &str) -> String {
    match text.char_indices().find(|(_, c)| c.is_alphabetic()) {
        Some((at, first)) => {
            let rest = &text[at + first.len_utf8()..];
            format!("{}{}{}", &text[..at], first.to_uppercase(), rest)
        }
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::backup::parse;

    fn reasons(lang: Lang, text: &str) -> Vec<String> {
        let error = parse(text).unwrap_err();
        backup_reasons(lang.texts(), lang, &error)
    }

    fn backup(workspace: &str) -> String {
        format!(r#"{{"format":"dsv-studio","version":4,"workspace":{workspace}}}"#)
    }

    #[test]
    fn a_backup_that_is_not_json_is_explained_in_each_language() {
        let text = "{\"format\": \"dsv-studio\",\n \"version\": 1e400}";
        assert_eq!(
            reasons(Lang::En, text),
            ["Line 2, column 17: a number is too large to read."]
        );
        assert_eq!(
            reasons(Lang::Es, text),
            ["Línea 2, columna 17: un número es demasiado grande para leerlo."]
        );
        assert_eq!(
            reasons(Lang::Ru, "{\"a\": \"\\udc00\"}"),
            ["Строка 1, столбец 13: экранирование \\u не задаёт целый символ (половина суррогатной пары)."]
        );
    }

    #[test]
    fn a_value_that_does_not_fit_names_its_item() {
        let text = backup(r#"{"personas":[{"id":"p1","name":"A"},{"id":"p2"}]}"#);
        assert_eq!(
            reasons(Lang::En, &text),
            ["Persona 2: the field “name” is missing."]
        );
        assert_eq!(
            reasons(Lang::Es, &text),
            ["Persona n.º 2: falta el campo «name»."]
        );
        assert_eq!(
            reasons(Lang::Ru, &backup(r#"{"services":{}}"#)),
            ["Список «услуга»: это не список."]
        );
    }

    #[test]
    fn broken_rules_are_listed_in_each_language_then_counted() {
        let personas: Vec<String> = (0..8)
            .map(|_| r#"{"id":"p","name":"A"}"#.to_owned())
            .collect();
        let text = backup(&format!(
            r#"{{"personas":[{}],"journeys":[{{"id":"j1","name":"J","persona_ids":["ghost"]}}]}}"#,
            personas.join(",")
        ));
        let en = reasons(Lang::En, &text);
        assert_eq!(en.len(), LISTED_PROBLEMS + 1);
        assert_eq!(en[0], "Two persona items share the id “p”.");
        assert_eq!(en[LISTED_PROBLEMS], "… and 3 more problems.");
        let ru = reasons(Lang::Ru, &text);
        assert_eq!(ru[0], "Два элемента «персона» имеют один id «p».");
        assert_eq!(ru[LISTED_PROBLEMS], "… и ещё 3 проблемы.");
        let single = backup(r#"{"journeys":[{"id":"j1","name":"J","persona_ids":["ghost"]}]}"#);
        assert_eq!(
            reasons(Lang::Es, &single),
            ["«Recorrido» «j1» remite a «persona» «ghost», que no existe."]
        );
    }

    #[test]
    fn survey_and_service_rules_reuse_the_workspace_texts() {
        let survey = ValidationError::Survey {
            id: crate::domain::Id::new("s1").unwrap(),
            error: SurveyError::EmptyTitle,
        };
        assert_eq!(
            validation_problem(Lang::En.texts(), &survey),
            "Survey “s1”: The survey needs a title."
        );
        let service = ValidationError::Service {
            service: crate::domain::Id::new("svc").unwrap(),
            error: ServiceError::EmptyName,
        };
        assert_eq!(
            validation_problem(Lang::Ru.texts(), &service),
            "Услуга «svc»: У услуги нет названия."
        );
    }
}
