//! Edits to a journey map, each a typed value applied by [`Journey::apply`], so undo,
//! tests and persistence share one path.

use super::journey::{Journey, JourneyState, Step, Touchpoint};
use super::stakeholder::Stakeholder;
use super::{Id, RelationshipType};
use std::fmt;

/// One change to a journey.
#[derive(Debug, Clone, PartialEq)]
pub enum JourneyEdit {
    SetName(String),
    SetService(String),
    SetDescription(String),
    SetRelationship(RelationshipType),
    SetState(JourneyState),
    /// Adds a touchpoint at the end of its step.
    AddTouchpoint(Touchpoint),
    /// Replaces the touchpoint with the same id, keeping its place.
    UpdateTouchpoint(Touchpoint),
    DeleteTouchpoint(Id),
    /// Moves a touchpoint to `step`, before the touchpoint now at `index` in that step
    /// (at the end when `index` is past the last).
    MoveTouchpoint {
        id: Id,
        step: Step,
        index: usize,
    },
    AttachPersona(Id),
    DetachPersona(Id),
    AddStakeholder(Stakeholder),
    UpdateStakeholder(Stakeholder),
    DeleteStakeholder(Id),
}

/// Why an edit was refused; the journey is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    EmptyName,
    UnknownTouchpoint(Id),
    UnknownStakeholder(Id),
    DuplicateId(Id),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyName => f.write_str("a journey needs a name"),
            Self::UnknownTouchpoint(id) => write!(f, "no touchpoint '{id}' in this journey"),
            Self::UnknownStakeholder(id) => write!(f, "no stakeholder '{id}' in this journey"),
            Self::DuplicateId(id) => write!(f, "the id '{id}' is already used"),
        }
    }
}

impl std::error::Error for EditError {}

impl Journey {
    /// An empty journey.
    pub fn new(id: Id, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            service: String::new(),
            description: String::new(),
            relationship: RelationshipType::default(),
            state: JourneyState::default(),
            persona_ids: Vec::new(),
            touchpoints: Vec::new(),
            stakeholders: Vec::new(),
        }
    }

    /// The touchpoints of one step, in order.
    pub fn touchpoints_in(&self, step: Step) -> impl Iterator<Item = &Touchpoint> {
        self.touchpoints.iter().filter(move |t| t.step == step)
    }

    /// The touchpoint with `id`.
    pub fn touchpoint(&self, id: &Id) -> Option<&Touchpoint> {
        self.touchpoints.iter().find(|t| &t.id == id)
    }

    /// Applies `edit`, or leaves the journey unchanged and says why not.
    pub fn apply(&mut self, edit: JourneyEdit) -> Result<(), EditError> {
        match edit {
            JourneyEdit::SetName(name) => {
                let name = name.trim();
                if name.is_empty() {
                    return Err(EditError::EmptyName);
                }
                self.name = name.to_owned();
            }
            JourneyEdit::SetService(service) => self.service = service,
            JourneyEdit::SetDescription(text) => self.description = text,
            JourneyEdit::SetRelationship(kind) => self.relationship = kind,
            JourneyEdit::SetState(state) => self.state = state,
            JourneyEdit::AddTouchpoint(touchpoint) => {
                if self.touchpoint(&touchpoint.id).is_some() {
                    return Err(EditError::DuplicateId(touchpoint.id));
                }
                let at = self.end_of(touchpoint.step);
                self.touchpoints.insert(at, touchpoint);
            }
            JourneyEdit::UpdateTouchpoint(touchpoint) => {
                let slot = self
                    .touchpoints
                    .iter_mut()
                    .find(|t| t.id == touchpoint.id)
                    .ok_or_else(|| EditError::UnknownTouchpoint(touchpoint.id.clone()))?;
                let step = slot.step;
                *slot = touchpoint;
                slot.step = step;
            }
            JourneyEdit::DeleteTouchpoint(id) => {
                let at = self.position(&id)?;
                self.touchpoints.remove(at);
            }
            JourneyEdit::MoveTouchpoint { id, step, index } => {
                let from = self.position(&id)?;
                let mut touchpoint = self.touchpoints.remove(from);
                touchpoint.step = step;
                let at = self
                    .touchpoints
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.step == step)
                    .nth(index)
                    .map(|(i, _)| i)
                    .unwrap_or_else(|| self.end_of(step));
                self.touchpoints.insert(at, touchpoint);
            }
            JourneyEdit::AttachPersona(id) => {
                if !self.persona_ids.contains(&id) {
                    self.persona_ids.push(id);
                }
            }
            JourneyEdit::DetachPersona(id) => self.persona_ids.retain(|p| p != &id),
            JourneyEdit::AddStakeholder(stakeholder) => {
                if self.stakeholders.iter().any(|s| s.id == stakeholder.id) {
                    return Err(EditError::DuplicateId(stakeholder.id));
                }
                self.stakeholders.push(stakeholder);
            }
            JourneyEdit::UpdateStakeholder(stakeholder) => {
                let slot = self
                    .stakeholders
                    .iter_mut()
                    .find(|s| s.id == stakeholder.id)
                    .ok_or_else(|| EditError::UnknownStakeholder(stakeholder.id.clone()))?;
                *slot = stakeholder;
            }
            JourneyEdit::DeleteStakeholder(id) => {
                let before = self.stakeholders.len();
                self.stakeholders.retain(|s| s.id != id);
                if self.stakeholders.len() == before {
                    return Err(EditError::UnknownStakeholder(id));
                }
            }
        }
        Ok(())
    }

    fn position(&self, id: &Id) -> Result<usize, EditError> {
        self.touchpoints
            .iter()
            .position(|t| &t.id == id)
            .ok_or_else(|| EditError::UnknownTouchpoint(id.clone()))
    }

    /// Where a touchpoint appended to `step` goes: after the step's last touchpoint,
    /// else before the first touchpoint of a later step.
    fn end_of(&self, step: Step) -> usize {
        self.touchpoints
            .iter()
            .rposition(|t| t.step <= step)
            .map_or(0, |i| i + 1)
    }

    /// A deep copy with fresh ids for the journey, its touchpoints and stakeholders.
    /// `fresh` makes an id from a prefix.
    pub fn duplicate(&self, name: impl Into<String>, mut fresh: impl FnMut(&str) -> Id) -> Self {
        let mut copy = self.clone();
        copy.id = fresh("journey");
        copy.name = name.into();
        for touchpoint in &mut copy.touchpoints {
            touchpoint.id = fresh("tp");
        }
        for stakeholder in &mut copy.stakeholders {
            stakeholder.id = fresh("sh");
        }
        copy
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bounded::{Emotion, Rating5};
    use crate::domain::stakeholder::{Side, StakeholderRole};

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn tp(name: &str, step: Step) -> Touchpoint {
        Touchpoint::new(id(name), step, name.to_uppercase())
    }

    fn journey() -> Journey {
        let mut j = Journey::new(id("j"), "Journey");
        for (name, step) in [
            ("a", Step::Explore),
            ("b", Step::Explore),
            ("c", Step::Offer),
            ("d", Step::Realize),
        ] {
            j.apply(JourneyEdit::AddTouchpoint(tp(name, step))).unwrap();
        }
        j
    }

    fn order(j: &Journey) -> Vec<(&str, Step)> {
        j.touchpoints
            .iter()
            .map(|t| (t.id.as_str(), t.step))
            .collect()
    }

    #[test]
    fn added_touchpoints_go_to_the_end_of_their_step() {
        let mut j = journey();
        j.apply(JourneyEdit::AddTouchpoint(tp("e", Step::Engage)))
            .unwrap();
        j.apply(JourneyEdit::AddTouchpoint(tp("f", Step::Explore)))
            .unwrap();
        let ids: Vec<_> = order(&j).iter().map(|(i, _)| *i).collect();
        assert_eq!(ids, ["a", "b", "f", "e", "c", "d"]);
    }

    #[test]
    fn moving_within_a_step_reorders() {
        let mut j = journey();
        j.apply(JourneyEdit::MoveTouchpoint {
            id: id("b"),
            step: Step::Explore,
            index: 0,
        })
        .unwrap();
        assert_eq!(order(&j)[..2], [("b", Step::Explore), ("a", Step::Explore)]);
    }

    #[test]
    fn moving_across_steps_keeps_every_step_in_order() {
        let mut j = journey();
        j.apply(JourneyEdit::MoveTouchpoint {
            id: id("a"),
            step: Step::Offer,
            index: 1,
        })
        .unwrap();
        assert_eq!(
            order(&j),
            [
                ("b", Step::Explore),
                ("c", Step::Offer),
                ("a", Step::Offer),
                ("d", Step::Realize)
            ]
        );
        j.apply(JourneyEdit::MoveTouchpoint {
            id: id("d"),
            step: Step::Engage,
            index: 99,
        })
        .unwrap();
        assert_eq!(order(&j)[1], ("d", Step::Engage));
        let steps: Vec<Step> = j.touchpoints.iter().map(|t| t.step).collect();
        assert!(
            steps.windows(2).all(|w| w[0] <= w[1]),
            "grouped by step: {steps:?}"
        );
    }

    #[test]
    fn delete_and_unknown_ids() {
        let mut j = journey();
        j.apply(JourneyEdit::DeleteTouchpoint(id("c"))).unwrap();
        assert_eq!(j.touchpoints.len(), 3);
        assert_eq!(
            j.apply(JourneyEdit::DeleteTouchpoint(id("c"))),
            Err(EditError::UnknownTouchpoint(id("c")))
        );
        assert_eq!(
            j.apply(JourneyEdit::AddTouchpoint(tp("a", Step::Agree))),
            Err(EditError::DuplicateId(id("a")))
        );
    }

    #[test]
    fn update_keeps_the_place_and_step() {
        let mut j = journey();
        let mut changed = tp("c", Step::Explore);
        changed.title = "Changed".into();
        changed.emotion = Emotion::new(-2).unwrap();
        j.apply(JourneyEdit::UpdateTouchpoint(changed)).unwrap();
        assert_eq!(j.touchpoints[2].title, "Changed");
        assert_eq!(j.touchpoints[2].step, Step::Offer);
    }

    #[test]
    fn blank_name_is_refused() {
        let mut j = journey();
        assert_eq!(
            j.apply(JourneyEdit::SetName("  ".into())),
            Err(EditError::EmptyName)
        );
        assert_eq!(j.name, "Journey");
    }

    #[test]
    fn duplicate_is_a_deep_copy_with_fresh_ids() {
        let mut j = journey();
        j.apply(JourneyEdit::AddStakeholder(Stakeholder {
            id: id("s1"),
            name: "Sponsor".into(),
            role: StakeholderRole::Sponsor,
            side: Side::Consumer,
            influence: Rating5::new(5).unwrap(),
            interest: Rating5::new(3).unwrap(),
            relationship: RelationshipType::Partnership,
            notes: String::new(),
        }))
        .unwrap();
        let mut n = 0;
        let mut copy = j.duplicate("Copy", |prefix| {
            n += 1;
            Id::from_random(prefix, n)
        });
        assert_eq!(copy.name, "Copy");
        assert_ne!(copy.id, j.id);
        assert_eq!(copy.touchpoints.len(), 4);
        assert!(copy
            .touchpoints
            .iter()
            .all(|t| j.touchpoint(&t.id).is_none()));
        assert_ne!(copy.stakeholders[0].id, j.stakeholders[0].id);
        // Changing the copy leaves the original alone.
        copy.touchpoints[0].title = "Only in the copy".into();
        assert_eq!(j.touchpoints[0].title, "A");
    }
}

/// Which way a keyboard move goes along the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Along {
    Earlier,
    Later,
}

impl Journey {
    /// The move that shifts touchpoint `id` one place earlier or later along the
    /// journey, crossing into the neighbouring step at a step's edge. `None` at
    /// either end of the journey or for an unknown id.
    pub fn step_move(&self, id: &Id, along: Along) -> Option<JourneyEdit> {
        let touchpoint = self.touchpoint(id)?;
        let step = touchpoint.step;
        let siblings: Vec<&Id> = self.touchpoints_in(step).map(|t| &t.id).collect();
        let at = siblings.iter().position(|s| *s == id)?;
        let step_index = Step::ALL.iter().position(|s| *s == step)?;
        let (step, index) = match along {
            Along::Earlier if at > 0 => (step, at - 1),
            Along::Earlier => (*Step::ALL.get(step_index.checked_sub(1)?)?, usize::MAX),
            Along::Later if at + 1 < siblings.len() => (step, at + 1),
            Along::Later => (*Step::ALL.get(step_index + 1)?, 0),
        };
        Some(JourneyEdit::MoveTouchpoint {
            id: id.clone(),
            step,
            index,
        })
    }
}

#[cfg(test)]
mod step_move_tests {
    use super::*;
    use crate::domain::journey::Touchpoint;

    fn journey() -> Journey {
        let mut j = Journey::new(Id::new("j").unwrap(), "J");
        for (id, step) in [
            ("a", Step::Explore),
            ("b", Step::Explore),
            ("c", Step::Offer),
        ] {
            j.apply(JourneyEdit::AddTouchpoint(Touchpoint::new(
                Id::new(id).unwrap(),
                step,
                id,
            )))
            .unwrap();
        }
        j
    }

    fn walk(j: &mut Journey, id: &str, along: Along) -> Vec<(String, Step)> {
        let edit = j.step_move(&Id::new(id).unwrap(), along).expect("a move");
        j.apply(edit).unwrap();
        j.touchpoints
            .iter()
            .map(|t| (t.id.to_string(), t.step))
            .collect()
    }

    #[test]
    fn keyboard_moves_walk_through_steps_one_place_at_a_time() {
        let mut j = journey();
        assert_eq!(
            walk(&mut j, "a", Along::Later)[..2],
            [("b".into(), Step::Explore), ("a".into(), Step::Explore)]
        );
        // From the end of Explore, "later" enters Engage (empty), then Offer before c.
        assert_eq!(
            walk(&mut j, "a", Along::Later)[1],
            ("a".into(), Step::Engage)
        );
        assert_eq!(
            walk(&mut j, "a", Along::Later)[1],
            ("a".into(), Step::Offer)
        );
        assert_eq!(
            walk(&mut j, "a", Along::Later)[2],
            ("a".into(), Step::Offer)
        );
        assert_eq!(
            walk(&mut j, "a", Along::Earlier)[1],
            ("a".into(), Step::Offer)
        );
        assert_eq!(
            walk(&mut j, "a", Along::Earlier)[1],
            ("a".into(), Step::Engage)
        );
        assert_eq!(
            walk(&mut j, "a", Along::Earlier)[1],
            ("a".into(), Step::Explore)
        );
        assert_eq!(
            j.step_move(&Id::new("b").unwrap(), Along::Earlier),
            None,
            "start of the journey"
        );
    }
}
