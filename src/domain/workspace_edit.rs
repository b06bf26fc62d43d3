//! Every change to a workspace, as a value, applied by one pure function,
//! [`Workspace::apply`]. The app's state has one door that calls it and saves; the
//! journey and service edits ([`JourneyEdit`], [`ServiceEdit`]) travel inside it, so
//! undo and native tests share the path the pages use.

use super::journey::Journey;
use super::journey_edit::{EditError, JourneyEdit};
use super::kano::{Response, ResponseError, ResponseSet, Survey, SurveyEdit};
use super::persona::Persona;
use super::slm::{Service, ServiceEdit, ServiceEditError};
use super::tickets::{BusinessCalendar, Ticket, TicketSla};
use super::{Id, ItemKind, Workspace};
use std::fmt;

/// One change to a workspace.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkspaceEdit {
    /// Adds a journey after journey `after` (a duplicate beside its original), else at
    /// the end.
    AddJourney {
        journey: Box<Journey>,
        after: Option<Id>,
    },
    DeleteJourney(Id),
    /// Changes a journey; [`Applied::Undoable`] carries the edit that takes it back.
    Journey(Id, JourneyEdit),
    AddPersona(Persona),
    /// Replaces the persona with the same id.
    SetPersona(Persona),
    /// Removes a persona and detaches it from every journey.
    DeletePersona(Id),
    /// Adds a survey, with responses already collected (the example's) or none.
    AddSurvey {
        survey: Box<Survey>,
        responses: Option<ResponseSet>,
    },
    /// Removes a survey and its responses.
    DeleteSurvey(Id),
    Survey(Id, SurveyEdit),
    /// Adds one response, refused when it does not fit the survey or its respondent
    /// is already counted.
    AddResponse {
        survey: Id,
        response: Response,
    },
    /// Adds the responses that fit the survey and are not counted yet, skipping the
    /// others; [`Applied::ResponsesAdded`] says how many went in.
    AddResponses {
        survey: Id,
        responses: Vec<Response>,
    },
    DeleteResponse {
        survey: Id,
        respondent: String,
    },
    /// Adds services after the others.
    AddServices(Vec<Service>),
    /// Puts each service in place of the one with its id, or adds it (an import).
    PutServices(Vec<Service>),
    DeleteService(Id),
    Service(Id, ServiceEdit),
    /// Puts a calendar in place of the one with its id, or adds it.
    PutCalendar(BusinessCalendar),
    DeleteCalendar(Id),
    AddTicketSla(TicketSla),
    DeleteTicketSla(Id),
    /// Adds tickets; one whose id is held already replaces it.
    MergeTickets(Vec<Ticket>),
    ClearTickets,
    /// Adds everything of another workspace beside this one's (fresh ids assumed).
    AddBeside(Box<Workspace>),
    /// Replaces the whole workspace (restore, reset, example).
    Replace(Box<Workspace>),
    /// Several edits in order; each is applied or refused on its own.
    Batch(Vec<WorkspaceEdit>),
}

/// What an applied edit reports.
#[derive(Debug, Clone, PartialEq)]
pub enum Applied {
    Done,
    /// Done; applying the edit held takes it back (journey edits). An edit that
    /// changed nothing gives [`Applied::Done`].
    Undoable(Box<WorkspaceEdit>),
    /// How many responses went in.
    ResponsesAdded(usize),
    /// Tickets added and tickets replaced by newer versions.
    TicketsMerged {
        added: usize,
        replaced: usize,
    },
    /// What each edit of a batch did, in order.
    Batch(Vec<Result<Applied, WorkspaceEditError>>),
}

impl Applied {
    /// The edit that takes this change back, if one is kept.
    pub fn undo(self) -> Option<WorkspaceEdit> {
        match self {
            Self::Undoable(edit) => Some(*edit),
            _ => None,
        }
    }
}

/// Why an edit was refused; a refused edit changes nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkspaceEditError {
    /// The edit names an item the workspace does not hold.
    Unknown {
        kind: ItemKind,
        id: Id,
    },
    Journey(EditError),
    Service(ServiceEditError),
    Response(ResponseError),
}

impl fmt::Display for WorkspaceEditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown { kind, id } => write!(f, "no {kind} '{id}' in this workspace"),
            Self::Journey(e) => e.fmt(f),
            Self::Service(e) => e.fmt(f),
            Self::Response(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for WorkspaceEditError {}

fn unknown(kind: ItemKind, id: &Id) -> WorkspaceEditError {
    WorkspaceEditError::Unknown {
        kind,
        id: id.clone(),
    }
}

impl Workspace {
    /// Applies `edit`. Pure: the same workspace and edit always give the same result.
    pub fn apply(&mut self, edit: WorkspaceEdit) -> Result<Applied, WorkspaceEditError> {
        use WorkspaceEdit as E;
        match edit {
            E::AddJourney { journey, after } => {
                let at = after
                    .and_then(|id| self.journeys.iter().position(|j| j.id == id))
                    .map_or(self.journeys.len(), |at| at + 1);
                self.journeys.insert(at, *journey);
            }
            E::DeleteJourney(id) => self.journeys.retain(|j| j.id != id),
            E::Journey(id, edit) => {
                let journey = self
                    .journey_mut(&id)
                    .ok_or_else(|| unknown(ItemKind::Journey, &id))?;
                let undo = journey
                    .apply_undoable(edit)
                    .map_err(WorkspaceEditError::Journey)?;
                return Ok(match undo {
                    Some(undo) => Applied::Undoable(Box::new(E::Journey(id, undo))),
                    None => Applied::Done,
                });
            }
            E::AddPersona(persona) => self.personas.push(persona),
            E::SetPersona(persona) => {
                let id = persona.id.clone();
                *self
                    .persona_mut(&id)
                    .ok_or_else(|| unknown(ItemKind::Persona, &id))? = persona;
            }
            E::DeletePersona(id) => self.delete_persona(&id),
            E::AddSurvey { survey, responses } => {
                self.surveys.push(*survey);
                self.responses.extend(responses);
            }
            E::DeleteSurvey(id) => {
                self.surveys.retain(|s| s.id != id);
                self.responses.retain(|r| r.survey_id != id);
            }
            E::Survey(id, edit) => self
                .survey_mut(&id)
                .ok_or_else(|| unknown(ItemKind::Survey, &id))?
                .apply(edit),
            E::AddResponse { survey, response } => {
                let design = self
                    .survey(&survey)
                    .ok_or_else(|| unknown(ItemKind::Survey, &survey))?
                    .clone();
                self.responses_for_mut(&survey)
                    .add(&design, response)
                    .map_err(WorkspaceEditError::Response)?;
            }
            E::AddResponses { survey, responses } => {
                let design = self
                    .survey(&survey)
                    .ok_or_else(|| unknown(ItemKind::Survey, &survey))?
                    .clone();
                let set = self.responses_for_mut(&survey);
                let added = responses
                    .into_iter()
                    .filter(|r| set.add(&design, r.clone()).is_ok())
                    .count();
                return Ok(Applied::ResponsesAdded(added));
            }
            E::DeleteResponse { survey, respondent } => {
                if let Some(set) = self.responses.iter_mut().find(|r| r.survey_id == survey) {
                    set.responses.retain(|r| r.respondent != respondent);
                }
            }
            E::AddServices(services) => self.services.extend(services),
            E::PutServices(services) => {
                for service in services {
                    match self.service_mut(&service.id) {
                        Some(slot) => *slot = service,
                        None => self.services.push(service),
                    }
                }
            }
            E::DeleteService(id) => self.services.retain(|s| s.id != id),
            E::Service(id, edit) => self
                .service_mut(&id)
                .ok_or_else(|| unknown(ItemKind::Service, &id))?
                .apply(edit)
                .map_err(WorkspaceEditError::Service)?,
            E::PutCalendar(calendar) => {
                match self.calendars.iter_mut().find(|c| c.id() == calendar.id()) {
                    Some(slot) => *slot = calendar,
                    None => self.calendars.push(calendar),
                }
            }
            E::DeleteCalendar(id) => self.calendars.retain(|c| c.id() != &id),
            E::AddTicketSla(sla) => self.ticket_slas.push(sla),
            E::DeleteTicketSla(id) => self.ticket_slas.retain(|d| d.id() != &id),
            E::MergeTickets(tickets) => {
                let (added, replaced) = self.tickets.merge(tickets);
                return Ok(Applied::TicketsMerged { added, replaced });
            }
            E::ClearTickets => self.tickets.clear(),
            E::AddBeside(other) => self.add_beside(*other),
            E::Replace(workspace) => *self = *workspace,
            E::Batch(edits) => {
                return Ok(Applied::Batch(
                    edits.into_iter().map(|e| self.apply(e)).collect(),
                ))
            }
        }
        Ok(Applied::Done)
    }

    /// The journey `id`.
    pub fn journey(&self, id: &Id) -> Option<&Journey> {
        self.journeys.iter().find(|j| &j.id == id)
    }

    /// The journey `id`, to change.
    pub fn journey_mut(&mut self, id: &Id) -> Option<&mut Journey> {
        self.journeys.iter_mut().find(|j| &j.id == id)
    }

    /// The persona `id`.
    pub fn persona(&self, id: &Id) -> Option<&Persona> {
        self.personas.iter().find(|p| &p.id == id)
    }

    /// The persona `id`, to change.
    pub fn persona_mut(&mut self, id: &Id) -> Option<&mut Persona> {
        self.personas.iter_mut().find(|p| &p.id == id)
    }

    /// The survey `id`.
    pub fn survey(&self, id: &Id) -> Option<&Survey> {
        self.surveys.iter().find(|s| &s.id == id)
    }

    /// The survey `id`, to change.
    pub fn survey_mut(&mut self, id: &Id) -> Option<&mut Survey> {
        self.surveys.iter_mut().find(|s| &s.id == id)
    }

    /// The responses collected for survey `id`, if any were.
    pub fn responses_of(&self, id: &Id) -> Option<&ResponseSet> {
        self.responses.iter().find(|r| &r.survey_id == id)
    }

    /// The service `id`.
    pub fn service(&self, id: &Id) -> Option<&Service> {
        self.services.iter().find(|s| &s.id == id)
    }

    /// The service `id`, to change.
    pub fn service_mut(&mut self, id: &Id) -> Option<&mut Service> {
        self.services.iter_mut().find(|s| &s.id == id)
    }

    /// The business calendar `id` (the stored ones; not the built-in 24×7).
    pub fn calendar(&self, id: &Id) -> Option<&BusinessCalendar> {
        self.calendars.iter().find(|c| c.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::examples::example_workspace;

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn example() -> Workspace {
        let mut n = 0;
        example_workspace("en", "2026-10".parse().unwrap(), |prefix| {
            n += 1;
            Id::from_random(prefix, n)
        })
    }

    #[test]
    fn a_journey_edit_returns_the_edit_that_takes_it_back() {
        let mut ws = example();
        let before = ws.clone();
        let journey = ws.journeys[0].id.clone();
        let applied = ws
            .apply(WorkspaceEdit::Journey(
                journey.clone(),
                JourneyEdit::SetName("Renamed".into()),
            ))
            .unwrap();
        assert_eq!(ws.journey(&journey).unwrap().name, "Renamed");
        let undo = applied.undo().expect("an undo step");
        ws.apply(undo).unwrap();
        assert_eq!(ws, before);
    }

    #[test]
    fn edits_naming_what_is_not_there_are_refused_and_change_nothing() {
        let mut ws = example();
        let before = ws.clone();
        let missing = id("nope");
        let refused = [
            WorkspaceEdit::Journey(missing.clone(), JourneyEdit::SetName("x".into())),
            WorkspaceEdit::Survey(missing.clone(), SurveyEdit::SetTitle("x".into())),
            WorkspaceEdit::AddResponses {
                survey: missing.clone(),
                responses: Vec::new(),
            },
        ];
        for edit in refused {
            assert!(matches!(
                ws.apply(edit),
                Err(WorkspaceEditError::Unknown { id, .. }) if id == missing
            ));
        }
        let empty_name =
            WorkspaceEdit::Journey(ws.journeys[0].id.clone(), JourneyEdit::SetName("  ".into()));
        assert_eq!(
            ws.apply(empty_name),
            Err(WorkspaceEditError::Journey(EditError::EmptyName))
        );
        assert_eq!(ws, before);
    }

    #[test]
    fn a_duplicate_goes_right_after_its_original() {
        let mut ws = example();
        ws.journeys
            .push(ws.journeys[0].duplicate("Second", |p| Id::from_random(p, 9001)));
        let first = ws.journeys[0].id.clone();
        let copy = ws.journeys[0].duplicate("Copy", |p| Id::from_random(p, 9002));
        ws.apply(WorkspaceEdit::AddJourney {
            journey: Box::new(copy),
            after: Some(first),
        })
        .unwrap();
        let names: Vec<_> = ws.journeys.iter().map(|j| j.name.as_str()).collect();
        assert_eq!(names[1..], ["Copy", "Second"]);
    }

    #[test]
    fn responses_already_counted_are_skipped_and_counted_out() {
        let mut ws = example();
        let survey = ws.surveys[0].id.clone();
        let held = ws.responses_of(&survey).unwrap().responses.clone();
        let applied = ws
            .apply(WorkspaceEdit::AddResponses {
                survey: survey.clone(),
                responses: held.clone(),
            })
            .unwrap();
        assert_eq!(applied, Applied::ResponsesAdded(0));
        let mut fresh = held[0].clone();
        fresh.respondent = "someone new".into();
        let applied = ws
            .apply(WorkspaceEdit::AddResponses {
                survey: survey.clone(),
                responses: vec![fresh.clone()],
            })
            .unwrap();
        assert_eq!(applied, Applied::ResponsesAdded(1));
        assert_eq!(
            ws.apply(WorkspaceEdit::AddResponse {
                survey: survey.clone(),
                response: fresh,
            }),
            Err(WorkspaceEditError::Response(ResponseError::AlreadyCounted(
                "someone new".into()
            )))
        );
        ws.apply(WorkspaceEdit::DeleteResponse {
            survey: survey.clone(),
            respondent: "someone new".into(),
        })
        .unwrap();
        assert_eq!(
            ws.responses_of(&survey).unwrap().responses.len(),
            held.len()
        );
    }

    #[test]
    fn deleting_a_survey_takes_its_responses_and_a_batch_reports_each_edit() {
        let mut ws = example();
        let survey = ws.surveys[0].id.clone();
        let applied = ws
            .apply(WorkspaceEdit::Batch(vec![
                WorkspaceEdit::DeleteSurvey(survey.clone()),
                WorkspaceEdit::Survey(survey.clone(), SurveyEdit::SetTitle("x".into())),
                WorkspaceEdit::ClearTickets,
            ]))
            .unwrap();
        let Applied::Batch(each) = applied else {
            panic!("a batch reports a batch");
        };
        assert_eq!(each.len(), 3);
        assert!(each[0].is_ok() && each[1].is_err() && each[2].is_ok());
        assert!(ws.survey(&survey).is_none() && ws.responses_of(&survey).is_none());
        assert!(ws.tickets.is_empty());
    }

    #[test]
    fn deleting_a_persona_detaches_it_from_journeys() {
        let mut ws = example();
        let persona = ws.journeys[0].persona_ids[0].clone();
        ws.apply(WorkspaceEdit::DeletePersona(persona.clone()))
            .unwrap();
        assert!(ws.persona(&persona).is_none());
        assert_eq!(ws.journeys_of_persona(&persona).count(), 0);
        assert_eq!(ws.validate(), Ok(()));
    }
}
