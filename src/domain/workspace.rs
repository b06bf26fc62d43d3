//! The workspace: everything a user keeps in DSV Studio, and its validation.

use super::journey::Journey;
use super::kano::{ResponseError, ResponseSet, Survey, SurveyError};
use super::persona::Persona;
use super::slm::{Service, ServiceError};
use super::tickets::{BusinessCalendar, TicketSet, TicketSla};
use super::{Id, ItemKind};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// All journeys, personas, surveys, responses and services of one user, plus the
/// ticket SLA calendars, definitions and imported tickets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    #[serde(default)]
    pub journeys: Vec<Journey>,
    #[serde(default)]
    pub personas: Vec<Persona>,
    #[serde(default)]
    pub surveys: Vec<Survey>,
    #[serde(default)]
    pub responses: Vec<ResponseSet>,
    #[serde(default)]
    pub services: Vec<Service>,
    /// Business calendars of the ticket SLAs (the built-in 24×7 one is not stored).
    #[serde(default)]
    pub calendars: Vec<BusinessCalendar>,
    /// Ticket SLA definitions per service and priority.
    #[serde(default)]
    pub ticket_slas: Vec<TicketSla>,
    /// Imported tickets, stored compactly.
    #[serde(default)]
    pub tickets: TicketSet,
}

/// How many items of each kind a workspace holds (shown before an import replaces data).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WorkspaceCounts {
    pub journeys: usize,
    pub personas: usize,
    pub stakeholders: usize,
    pub touchpoints: usize,
    pub surveys: usize,
    pub responses: usize,
    pub services: usize,
    pub agreements: usize,
    pub targets: usize,
    pub records: usize,
    pub reviews: usize,
    pub improvements: usize,
}

impl WorkspaceCounts {
    /// Total number of items counted.
    pub fn total(&self) -> usize {
        self.journeys
            + self.personas
            + self.stakeholders
            + self.touchpoints
            + self.surveys
            + self.responses
            + self.services
            + self.agreements
            + self.targets
            + self.records
            + self.reviews
            + self.improvements
    }
}

/// A rule a workspace breaks.
#[derive(Debug, Clone, PartialEq)]
pub enum ValidationError {
    /// Two items of one kind share an identifier.
    DuplicateId { kind: ItemKind, id: Id },
    /// An item refers to another that does not exist.
    MissingReference {
        kind: ItemKind,
        id: Id,
        refers_to: ItemKind,
        missing: Id,
    },
    /// A survey breaks one of its own rules.
    Survey { id: Id, error: SurveyError },
    /// A stored response does not fit its survey.
    Response { survey: Id, error: ResponseError },
    /// A service breaks one of its own rules (see [`Service::validate`]).
    Service { service: Id, error: ServiceError },
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DuplicateId { kind, id } => write!(f, "two {kind} items share the id '{id}'"),
            Self::MissingReference {
                kind,
                id,
                refers_to,
                missing,
            } => write!(
                f,
                "{kind} '{id}' refers to a missing {refers_to} '{missing}'"
            ),
            Self::Survey { id, error } => write!(f, "survey '{id}': {error}"),
            Self::Response { survey, error } => {
                write!(f, "responses to survey '{survey}': {error}")
            }
            Self::Service { service, error } => write!(f, "service '{service}': {error}"),
        }
    }
}

impl std::error::Error for ValidationError {}

impl Workspace {
    /// The responses of survey `survey`, created empty when there are none yet.
    pub fn responses_for_mut(&mut self, survey: &Id) -> &mut ResponseSet {
        let at = match self.responses.iter().position(|r| &r.survey_id == survey) {
            Some(at) => at,
            None => {
                self.responses.push(ResponseSet::new(survey.clone()));
                self.responses.len() - 1
            }
        };
        &mut self.responses[at]
    }

    /// True when the workspace holds nothing.
    pub fn is_empty(&self) -> bool {
        self.counts().total() == 0
            && self.calendars.is_empty()
            && self.ticket_slas.is_empty()
            && self.tickets.is_empty()
    }

    /// Counts every kind of item.
    pub fn counts(&self) -> WorkspaceCounts {
        let agreements = self.services.iter().flat_map(|s| &s.agreements);
        let targets = agreements.clone().flat_map(|a| &a.targets);
        WorkspaceCounts {
            journeys: self.journeys.len(),
            personas: self.personas.len(),
            stakeholders: self.journeys.iter().map(|j| j.stakeholders.len()).sum(),
            touchpoints: self.journeys.iter().map(|j| j.touchpoints.len()).sum(),
            surveys: self.surveys.len(),
            responses: self.responses.iter().map(|r| r.responses.len()).sum(),
            services: self.services.len(),
            agreements: agreements.count(),
            targets: targets.clone().count(),
            records: targets.map(|t| t.records.len()).sum(),
            reviews: self.services.iter().map(|s| s.reviews.len()).sum(),
            improvements: self.services.iter().map(|s| s.improvements.len()).sum(),
        }
    }

    /// Removes a persona and detaches it from every journey, so no reference dangles.
    pub fn delete_persona(&mut self, id: &Id) {
        self.personas.retain(|p| &p.id != id);
        for journey in &mut self.journeys {
            journey.persona_ids.retain(|p| p != id);
        }
    }

    /// The journeys a persona is attached to.
    pub fn journeys_of_persona<'a>(&'a self, id: &'a Id) -> impl Iterator<Item = &'a Journey> {
        self.journeys
            .iter()
            .filter(move |j| j.persona_ids.contains(id))
    }

    /// Checks the rules that serde cannot: unique identifiers and references that resolve.
    /// Returns every problem found, not just the first.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut errors = Vec::new();
        unique(
            &mut errors,
            ItemKind::Journey,
            self.journeys.iter().map(|j| &j.id),
        );
        unique(
            &mut errors,
            ItemKind::Persona,
            self.personas.iter().map(|p| &p.id),
        );
        unique(
            &mut errors,
            ItemKind::Survey,
            self.surveys.iter().map(|s| &s.id),
        );
        unique(
            &mut errors,
            ItemKind::Service,
            self.services.iter().map(|s| &s.id),
        );
        unique(
            &mut errors,
            ItemKind::Calendar,
            self.calendars.iter().map(|c| c.id()),
        );
        unique(
            &mut errors,
            ItemKind::TicketSla,
            self.ticket_slas.iter().map(|d| d.id()),
        );
        unique(
            &mut errors,
            ItemKind::ResponseSet,
            self.responses.iter().map(|r| &r.survey_id),
        );

        let personas: HashSet<&Id> = self.personas.iter().map(|p| &p.id).collect();
        for journey in &self.journeys {
            unique(
                &mut errors,
                ItemKind::Touchpoint,
                journey.touchpoints.iter().map(|t| &t.id),
            );
            unique(
                &mut errors,
                ItemKind::Stakeholder,
                journey.stakeholders.iter().map(|s| &s.id),
            );
            for persona in &journey.persona_ids {
                if !personas.contains(persona) {
                    errors.push(ValidationError::MissingReference {
                        kind: ItemKind::Journey,
                        id: journey.id.clone(),
                        refers_to: ItemKind::Persona,
                        missing: persona.clone(),
                    });
                }
            }
        }

        for survey in &self.surveys {
            if let Err(problems) = survey.validate() {
                errors.extend(problems.into_iter().map(|error| ValidationError::Survey {
                    id: survey.id.clone(),
                    error,
                }));
            }
        }
        for set in &self.responses {
            if !self.surveys.iter().any(|s| s.id == set.survey_id) {
                errors.push(ValidationError::MissingReference {
                    kind: ItemKind::ResponseSet,
                    id: set.survey_id.clone(),
                    refers_to: ItemKind::Survey,
                    missing: set.survey_id.clone(),
                });
                continue;
            }
            let mut respondents = HashSet::new();
            for response in &set.responses {
                let error = if respondents.insert(response.respondent.as_str()) {
                    response.check_kept().err()
                } else {
                    Some(ResponseError::AlreadyCounted(response.respondent.clone()))
                };
                if let Some(error) = error {
                    errors.push(ValidationError::Response {
                        survey: set.survey_id.clone(),
                        error,
                    });
                }
            }
        }

        for service in &self.services {
            if let Err(problems) = service.validate() {
                errors.extend(problems.into_iter().map(|error| ValidationError::Service {
                    service: service.id.clone(),
                    error,
                }));
            }
        }

        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

fn unique<'a>(
    errors: &mut Vec<ValidationError>,
    kind: ItemKind,
    ids: impl Iterator<Item = &'a Id>,
) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            errors.push(ValidationError::DuplicateId {
                kind,
                id: id.clone(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::persona::Persona;

    fn persona(id: &str) -> Persona {
        Persona {
            id: Id::new(id).unwrap(),
            name: id.into(),
            archetype: String::new(),
            goals: vec![],
            needs: vec![],
            frustrations: vec![],
        }
    }

    #[test]
    fn empty_workspace_is_valid_and_empty() {
        let ws = Workspace::default();
        assert!(ws.is_empty());
        assert_eq!(ws.validate(), Ok(()));
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let ws = Workspace {
            personas: vec![persona("p1"), persona("p1")],
            ..Default::default()
        };
        assert_eq!(
            ws.validate(),
            Err(vec![ValidationError::DuplicateId {
                kind: ItemKind::Persona,
                id: Id::new("p1").unwrap()
            }])
        );
    }

    #[test]
    fn a_journey_naming_a_missing_persona_is_reported() {
        let json = r#"{"journeys":[{"id":"j1","name":"Onboarding","persona_ids":["ghost"]}]}"#;
        let ws: Workspace = serde_json::from_str(json).unwrap();
        let errors = ws.validate().unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].to_string(),
            "journey 'j1' refers to a missing persona 'ghost'"
        );
    }

    #[test]
    fn deleting_a_persona_detaches_it_everywhere() {
        let json = r#"{"personas":[{"id":"p1","name":"A"},{"id":"p2","name":"B"}],
            "journeys":[{"id":"j1","name":"J1","persona_ids":["p1","p2"]},{"id":"j2","name":"J2","persona_ids":["p1"]}]}"#;
        let mut ws: Workspace = serde_json::from_str(json).unwrap();
        let p1 = Id::new("p1").unwrap();
        assert_eq!(ws.journeys_of_persona(&p1).count(), 2);
        ws.delete_persona(&p1);
        assert_eq!(ws.personas.len(), 1);
        assert_eq!(ws.journeys[0].persona_ids, vec![Id::new("p2").unwrap()]);
        assert!(ws.journeys[1].persona_ids.is_empty());
        assert_eq!(ws.validate(), Ok(()));
    }

    #[test]
    fn responses_must_be_whole_and_belong_to_a_survey() {
        let json = r#"{"surveys":[{"id":"k1","title":"T","features":[{"id":"f1","name":"A"},{"id":"f1","name":"B"}]}],
            "responses":[{"survey_id":"k1","features":["f1","f9"],"responses":[["r1","15-153"],["r1","15----"],["r2","15-","IT"]]},
                         {"survey_id":"k9","features":[],"responses":[]}]}"#;
        let json = json.replace(r#"["r2","15-","IT"]"#, r#"["r2","15----","IT"]"#);
        let ws: Workspace = serde_json::from_str(&json).unwrap();
        let errors: Vec<String> = ws
            .validate()
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors,
            vec![
                "survey 'k1': two features share the id 'f1'",
                "responses to survey 'k1': respondent 'r1' is already counted",
                "response set 'k9' refers to a missing survey 'k9'",
            ]
        );
    }

    #[test]
    fn responses_outlive_a_deleted_feature_and_reworded_choices() {
        // Answers came in for f1, f2 and segment "IT"; then f2 was deleted and the
        // choices reworded. The workspace (and so its backup) stays valid.
        let json = r#"{"surveys":[{"id":"k1","title":"T","features":[{"id":"f1","name":"A"}],
            "segment_question":{"question":"Team?","choices":["Tech"]}}],
            "responses":[{"survey_id":"k1","features":["f1","f2"],"responses":[["r1","15-153","IT"]]}]}"#;
        let ws: Workspace = serde_json::from_str(json).unwrap();
        assert_eq!(ws.validate(), Ok(()));
        let survey = &ws.surveys[0];
        let response = &ws.responses[0].responses[0];
        assert!(
            response.check(survey).is_err(),
            "a new response must still fit"
        );
    }

    #[test]
    fn counts_nested_items() {
        let json = r#"{"services":[{"id":"s1","name":"E-mail","agreements":[
            {"id":"a1","name":"SLA-001","kind":"sla","targets":[
              {"id":"t1","metric":"Availability","direction":">=","target":99.5,
               "records":[{"period":"2026-01","achieved":99.8},{"period":"2026-02","achieved":99.1}]}]}]}]}"#;
        let ws: Workspace = serde_json::from_str(json).unwrap();
        let c = ws.counts();
        assert_eq!(
            (c.services, c.agreements, c.targets, c.records),
            (1, 1, 1, 2)
        );
        assert_eq!(c.total(), 5);
    }

    #[test]
    fn service_rules_are_reported_with_the_service() {
        let json = r#"{"services":[{"id":"s1","name":"E-mail","agreements":[
            {"id":"a1","name":"SLA-001","kind":"sla","targets":[
              {"id":"t1","metric":"Availability","direction":">=","target":99.5,"warning":99.0}]}],
            "improvements":[{"id":"i1","title":"x","review_id":"ghost"}]}]}"#;
        let ws: Workspace = serde_json::from_str(json).unwrap();
        let errors: Vec<String> = ws
            .validate()
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors,
            [
                "service 's1': target 't1': the warning threshold 99 must not be below the target 99.5 (direction >=)",
                "service 's1': improvement 'i1' refers to a missing review 'ghost'",
            ]
        );
    }

    #[test]
    fn responses_for_mut_creates_a_set_once() {
        let mut ws = Workspace::default();
        let survey = Id::new("k1").unwrap();
        assert!(ws.responses_for_mut(&survey).responses.is_empty());
        ws.responses_for_mut(&survey).responses.clear();
        assert_eq!(ws.responses.len(), 1);
        assert_eq!(ws.responses[0].survey_id, survey);
    }
}
