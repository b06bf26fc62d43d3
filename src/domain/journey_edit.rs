//! Edits to a journey map, each a typed value applied by [`Journey::apply`], so undo,
//! tests and persistence share one path. [`Journey::apply_undoable`] also returns the
//! edit that takes the change back, so undo keeps small edits, never copies of a map.

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
    /// Puts a deleted touchpoint back at `index` in journey order (the undo of a
    /// delete); at the end of its step when that place would break the step order.
    RestoreTouchpoint {
        index: usize,
        touchpoint: Touchpoint,
    },
    AttachPersona(Id),
    DetachPersona(Id),
    /// Attaches a persona at `index` in the list (the undo of a detach).
    RestorePersona {
        index: usize,
        id: Id,
    },
    AddStakeholder(Stakeholder),
    UpdateStakeholder(Stakeholder),
    DeleteStakeholder(Id),
    /// Puts a deleted stakeholder back at `index` (the undo of a delete).
    RestoreStakeholder {
        index: usize,
        stakeholder: Stakeholder,
    },
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

/// Sets `slot` to `value` and returns the edit that sets it back, made by `edit`, or
/// `None` when the value was already there.
fn replace<T: PartialEq>(
    slot: &mut T,
    value: T,
    edit: impl FnOnce(T) -> JourneyEdit,
) -> Option<JourneyEdit> {
    if *slot == value {
        None
    } else {
        Some(edit(std::mem::replace(slot, value)))
    }
}

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
        self.apply_undoable(edit).map(|_| ())
    }

    /// Applies `edit` like [`Journey::apply`] and returns the edit that undoes it:
    /// applied next, it gives back exactly the journey as it was. `None` when the edit
    /// changed nothing (nothing to undo).
    pub fn apply_undoable(&mut self, edit: JourneyEdit) -> Result<Option<JourneyEdit>, EditError> {
        Ok(match edit {
            JourneyEdit::SetName(name) => {
                let name = name.trim();
                if name.is_empty() {
                    return Err(EditError::EmptyName);
                }
                replace(&mut self.name, name.to_owned(), JourneyEdit::SetName)
            }
            JourneyEdit::SetService(service) => {
                replace(&mut self.service, service, JourneyEdit::SetService)
            }
            JourneyEdit::SetDescription(text) => {
                replace(&mut self.description, text, JourneyEdit::SetDescription)
            }
            JourneyEdit::SetRelationship(kind) => {
                replace(&mut self.relationship, kind, JourneyEdit::SetRelationship)
            }
            JourneyEdit::SetState(state) => replace(&mut self.state, state, JourneyEdit::SetState),
            JourneyEdit::AddTouchpoint(touchpoint) => {
                if self.touchpoint(&touchpoint.id).is_some() {
                    return Err(EditError::DuplicateId(touchpoint.id));
                }
                let undo = JourneyEdit::DeleteTouchpoint(touchpoint.id.clone());
                let at = self.end_of(touchpoint.step);
                self.touchpoints.insert(at, touchpoint);
                Some(undo)
            }
            JourneyEdit::UpdateTouchpoint(mut touchpoint) => {
                let slot = self
                    .touchpoints
                    .iter_mut()
                    .find(|t| t.id == touchpoint.id)
                    .ok_or_else(|| EditError::UnknownTouchpoint(touchpoint.id.clone()))?;
                touchpoint.step = slot.step;
                replace(slot, touchpoint, JourneyEdit::UpdateTouchpoint)
            }
            JourneyEdit::DeleteTouchpoint(id) => {
                let index = self.position(&id)?;
                let touchpoint = self.touchpoints.remove(index);
                Some(JourneyEdit::RestoreTouchpoint { index, touchpoint })
            }
            JourneyEdit::MoveTouchpoint { id, step, index } => {
                let from = self.position(&id)?;
                let touchpoint = self.touchpoints.remove(from);
                let was = touchpoint.step;
                let index_in_step = self.touchpoints[..from]
                    .iter()
                    .filter(|t| t.step == was)
                    .count();
                let at = self.place_in(step, index);
                self.insert_in(at, step, touchpoint);
                (at != from || step != was).then_some(JourneyEdit::MoveTouchpoint {
                    id,
                    step: was,
                    index: index_in_step,
                })
            }
            JourneyEdit::RestoreTouchpoint { index, touchpoint } => {
                if self.touchpoint(&touchpoint.id).is_some() {
                    return Err(EditError::DuplicateId(touchpoint.id));
                }
                let undo = JourneyEdit::DeleteTouchpoint(touchpoint.id.clone());
                let step = touchpoint.step;
                let fits = index <= self.touchpoints.len()
                    && self.touchpoints[..index].iter().all(|t| t.step <= step)
                    && self.touchpoints[index..].iter().all(|t| t.step >= step);
                let at = if fits { index } else { self.end_of(step) };
                self.touchpoints.insert(at, touchpoint);
                Some(undo)
            }
            JourneyEdit::AttachPersona(id) => {
                if self.persona_ids.contains(&id) {
                    None
                } else {
                    self.persona_ids.push(id.clone());
                    Some(JourneyEdit::DetachPersona(id))
                }
            }
            JourneyEdit::DetachPersona(id) => {
                let index = self.persona_ids.iter().position(|p| p == &id);
                index.map(|index| {
                    self.persona_ids.retain(|p| p != &id);
                    JourneyEdit::RestorePersona { index, id }
                })
            }
            JourneyEdit::RestorePersona { index, id } => {
                if self.persona_ids.contains(&id) {
                    None
                } else {
                    let at = index.min(self.persona_ids.len());
                    self.persona_ids.insert(at, id.clone());
                    Some(JourneyEdit::DetachPersona(id))
                }
            }
            JourneyEdit::AddStakeholder(stakeholder) => {
                let index = self.stakeholders.len();
                self.restore_stakeholder(index, stakeholder)?
            }
            JourneyEdit::UpdateStakeholder(stakeholder) => {
                let slot = self
                    .stakeholders
                    .iter_mut()
                    .find(|s| s.id == stakeholder.id)
                    .ok_or_else(|| EditError::UnknownStakeholder(stakeholder.id.clone()))?;
                replace(slot, stakeholder, JourneyEdit::UpdateStakeholder)
            }
            JourneyEdit::DeleteStakeholder(id) => {
                let index = self
                    .stakeholders
                    .iter()
                    .position(|s| s.id == id)
                    .ok_or(EditError::UnknownStakeholder(id))?;
                let stakeholder = self.stakeholders.remove(index);
                Some(JourneyEdit::RestoreStakeholder { index, stakeholder })
            }
            JourneyEdit::RestoreStakeholder { index, stakeholder } => {
                self.restore_stakeholder(index, stakeholder)?
            }
        })
    }

    /// Inserts `stakeholder` at `index` (at most the end); undone by deleting it.
    fn restore_stakeholder(
        &mut self,
        index: usize,
        stakeholder: Stakeholder,
    ) -> Result<Option<JourneyEdit>, EditError> {
        if self.stakeholders.iter().any(|s| s.id == stakeholder.id) {
            return Err(EditError::DuplicateId(stakeholder.id));
        }
        let undo = JourneyEdit::DeleteStakeholder(stakeholder.id.clone());
        let at = index.min(self.stakeholders.len());
        self.stakeholders.insert(at, stakeholder);
        Ok(Some(undo))
    }

    /// Where a touchpoint goes to stand before the one now at `index` in `step`
    /// (after the step's last when `index` is past it).
    fn place_in(&self, step: Step, index: usize) -> usize {
        self.touchpoints
            .iter()
            .enumerate()
            .filter(|(_, t)| t.step == step)
            .nth(index)
            .map(|(i, _)| i)
            .unwrap_or_else(|| self.end_of(step))
    }

    fn insert_in(&mut self, at: usize, step: Step, mut touchpoint: Touchpoint) {
        touchpoint.step = step;
        self.touchpoints.insert(at, touchpoint);
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

    /// Makes this journey equal to `other`, copying only what differs (a touchpoint
    /// that did not change is neither copied nor reallocated), and says whether
    /// anything changed. `copied` sees each touchpoint copied over: the ones that
    /// differ at their place, or all of them when the number of touchpoints changed.
    /// Keeps a copy in step with the workspace at the cost of one comparison, where
    /// cloning the journey again would copy every touchpoint.
    pub fn update_from(&mut self, other: &Journey, mut copied: impl FnMut(&Touchpoint)) -> bool {
        fn copy<T: Clone + PartialEq>(mine: &mut T, theirs: &T) -> bool {
            let differs = mine != theirs;
            if differs {
                mine.clone_from(theirs);
            }
            differs
        }
        let mut changed = copy(&mut self.id, &other.id);
        changed |= copy(&mut self.name, &other.name);
        changed |= copy(&mut self.service, &other.service);
        changed |= copy(&mut self.description, &other.description);
        changed |= copy(&mut self.relationship, &other.relationship);
        changed |= copy(&mut self.state, &other.state);
        changed |= copy(&mut self.persona_ids, &other.persona_ids);
        changed |= copy(&mut self.stakeholders, &other.stakeholders);
        if self.touchpoints.len() == other.touchpoints.len() {
            for (mine, theirs) in self.touchpoints.iter_mut().zip(&other.touchpoints) {
                if copy(mine, theirs) {
                    copied(mine);
                    changed = true;
                }
            }
        } else {
            self.touchpoints.clone_from(&other.touchpoints);
            self.touchpoints.iter().for_each(copied);
            changed = true;
        }
        changed
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

#[cfg(test)]
mod undo_tests {
    use super::*;
    use crate::domain::bounded::{Emotion, Rating5};
    use crate::domain::stakeholder::{Side, StakeholderRole};

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn stakeholder(name: &str) -> Stakeholder {
        Stakeholder {
            id: id(name),
            name: name.to_uppercase(),
            role: StakeholderRole::Sponsor,
            side: Side::Consumer,
            influence: Rating5::new(4).unwrap(),
            interest: Rating5::new(2).unwrap(),
            relationship: RelationshipType::Basic,
            notes: String::new(),
        }
    }

    pub(super) fn journey() -> Journey {
        let mut j = Journey::new(id("j"), "Journey");
        for (name, step) in [
            ("a", Step::Explore),
            ("b", Step::Explore),
            ("c", Step::Offer),
            ("d", Step::Offer),
            ("e", Step::Realize),
        ] {
            j.apply(JourneyEdit::AddTouchpoint(Touchpoint::new(
                id(name),
                step,
                name,
            )))
            .unwrap();
        }
        j.persona_ids = vec![id("p1"), id("p2"), id("p3")];
        j.stakeholders = vec![stakeholder("s1"), stakeholder("s2")];
        j
    }

    /// Applies `edit`, then its undo, then the undo's undo (the redo): the journey
    /// must come back exactly, and the redo must give the edited journey again.
    fn round_trip(edit: JourneyEdit) {
        let before = journey();
        let mut j = before.clone();
        let undo = j.apply_undoable(edit.clone()).unwrap();
        let after = j.clone();
        let Some(undo) = undo else {
            assert_eq!(
                after, before,
                "{edit:?} changed the journey but gave no undo"
            );
            return;
        };
        assert_ne!(after, before, "{edit:?} gave an undo but changed nothing");
        let redo = j.apply_undoable(undo.clone()).unwrap().expect("a redo");
        assert_eq!(j, before, "undo of {edit:?} ({undo:?})");
        j.apply_undoable(redo.clone())
            .unwrap()
            .expect("an undo again");
        assert_eq!(j, after, "redo of {edit:?} ({redo:?})");
    }

    #[test]
    fn every_edit_is_undone_and_redone_exactly() {
        let mut changed = journey().touchpoints[2].clone();
        changed.title = "Changed".into();
        changed.emotion = Emotion::new(-2).unwrap();
        changed.step = Step::Realize; // ignored: an update keeps the step
        let mut renamed = stakeholder("s2");
        renamed.name = "Renamed".into();
        let edits = [
            JourneyEdit::SetName("  New name ".into()),
            JourneyEdit::SetName("Journey".into()),
            JourneyEdit::SetService("Service desk".into()),
            JourneyEdit::SetDescription("About".into()),
            JourneyEdit::SetRelationship(RelationshipType::Partnership),
            JourneyEdit::SetState(JourneyState::Future),
            JourneyEdit::SetState(JourneyState::Current),
            JourneyEdit::AddTouchpoint(Touchpoint::new(id("f"), Step::Offer, "f")),
            JourneyEdit::UpdateTouchpoint(changed),
            JourneyEdit::UpdateTouchpoint(journey().touchpoints[1].clone()),
            JourneyEdit::DeleteTouchpoint(id("a")),
            JourneyEdit::DeleteTouchpoint(id("d")),
            JourneyEdit::DeleteTouchpoint(id("e")),
            JourneyEdit::MoveTouchpoint {
                id: id("a"),
                step: Step::Explore,
                index: 1,
            },
            JourneyEdit::MoveTouchpoint {
                id: id("a"),
                step: Step::Explore,
                index: 0,
            },
            JourneyEdit::MoveTouchpoint {
                id: id("b"),
                step: Step::Explore,
                index: 9,
            },
            JourneyEdit::MoveTouchpoint {
                id: id("b"),
                step: Step::Agree,
                index: 0,
            },
            JourneyEdit::MoveTouchpoint {
                id: id("e"),
                step: Step::Explore,
                index: 0,
            },
            JourneyEdit::MoveTouchpoint {
                id: id("c"),
                step: Step::Offer,
                index: 2,
            },
            JourneyEdit::AttachPersona(id("p4")),
            JourneyEdit::AttachPersona(id("p2")),
            JourneyEdit::DetachPersona(id("p2")),
            JourneyEdit::DetachPersona(id("p9")),
            JourneyEdit::AddStakeholder(stakeholder("s3")),
            JourneyEdit::UpdateStakeholder(renamed),
            JourneyEdit::UpdateStakeholder(stakeholder("s1")),
            JourneyEdit::DeleteStakeholder(id("s1")),
        ];
        for edit in edits {
            round_trip(edit);
        }
    }

    #[test]
    fn refused_edits_give_no_undo_and_change_nothing() {
        let mut j = journey();
        for edit in [
            JourneyEdit::SetName(" ".into()),
            JourneyEdit::DeleteTouchpoint(id("zz")),
            JourneyEdit::UpdateTouchpoint(Touchpoint::new(id("zz"), Step::Agree, "z")),
            JourneyEdit::AddTouchpoint(Touchpoint::new(id("a"), Step::Agree, "again")),
            JourneyEdit::RestoreTouchpoint {
                index: 0,
                touchpoint: Touchpoint::new(id("b"), Step::Agree, "again"),
            },
            JourneyEdit::DeleteStakeholder(id("zz")),
            JourneyEdit::RestoreStakeholder {
                index: 0,
                stakeholder: stakeholder("s1"),
            },
        ] {
            assert!(j.apply_undoable(edit).is_err());
            assert_eq!(j, journey());
        }
    }

    #[test]
    fn a_restore_at_a_place_that_breaks_the_step_order_goes_to_the_end_of_its_step() {
        let mut j = journey();
        let restored = Touchpoint::new(id("x"), Step::Explore, "x");
        // Index 4 sits among Offer and Realize: an Explore touchpoint cannot go there.
        j.apply(JourneyEdit::RestoreTouchpoint {
            index: 4,
            touchpoint: restored.clone(),
        })
        .unwrap();
        assert_eq!(j.touchpoints[2].id, id("x"));
        // Past the end: the end of its step too; never a panic.
        let mut j = journey();
        j.apply(JourneyEdit::RestoreTouchpoint {
            index: usize::MAX,
            touchpoint: restored,
        })
        .unwrap();
        assert_eq!(j.touchpoints[2].id, id("x"));
    }

    #[test]
    fn update_from_copies_only_what_differs() {
        let mut mine = journey();
        let mut theirs = journey();
        let mut copied = Vec::new();
        assert!(!mine.update_from(&theirs, |t| copied.push(t.id.clone())));
        assert!(copied.is_empty());
        theirs.touchpoints[3].emotion = Emotion::new(2).unwrap();
        theirs.name = "Other".into();
        assert!(mine.update_from(&theirs, |t| copied.push(t.id.clone())));
        assert_eq!(mine, theirs);
        assert_eq!(copied, [id("d")], "only the changed touchpoint");
        copied.clear();
        theirs.touchpoints.pop();
        assert!(mine.update_from(&theirs, |t| copied.push(t.id.clone())));
        assert_eq!(mine, theirs);
        assert_eq!(copied.len(), 4, "a changed count copies every touchpoint");
    }
}

/// Random runs of edits (native only: proptest needs a host OS).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod undo_properties {
    use super::undo_tests::journey;
    use super::*;
    use crate::domain::bounded::Emotion;
    use proptest::prelude::*;

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn any_edit() -> impl Strategy<Value = JourneyEdit> {
        let names = prop::sample::select(vec!["a", "b", "c", "d", "e", "f"]);
        let steps = prop::sample::select(Step::ALL.to_vec());
        prop_oneof![
            (names.clone(), steps.clone(), 0usize..5).prop_map(|(n, step, index)| {
                JourneyEdit::MoveTouchpoint {
                    id: id(n),
                    step,
                    index,
                }
            }),
            names
                .clone()
                .prop_map(|n| JourneyEdit::DeleteTouchpoint(id(n))),
            (names.clone(), steps).prop_map(|(n, step)| {
                JourneyEdit::AddTouchpoint(Touchpoint::new(id(n), step, n))
            }),
            (names, -2i64..=2).prop_map(|(n, e)| {
                let mut t = Touchpoint::new(id(n), Step::Explore, n);
                t.emotion = Emotion::new(e).unwrap();
                JourneyEdit::UpdateTouchpoint(t)
            }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]
        /// Any run of edits, undone one by one, gives back the first journey; redone,
        /// the last one.
        #[test]
        fn undoing_a_run_of_edits_restores_every_state(edits in prop::collection::vec(any_edit(), 1..12)) {
            let mut j = journey();
            let mut states = vec![j.clone()];
            let mut undos = Vec::new();
            for edit in edits {
                if let Ok(Some(undo)) = j.apply_undoable(edit) {
                    undos.push(undo);
                    states.push(j.clone());
                }
            }
            let last = j.clone();
            let mut redos = Vec::new();
            while let Some(undo) = undos.pop() {
                states.pop();
                redos.push(j.apply_undoable(undo).unwrap().expect("a redo"));
                prop_assert_eq!(&j, states.last().unwrap());
                let steps: Vec<Step> = j.touchpoints.iter().map(|t| t.step).collect();
                prop_assert!(steps.windows(2).all(|w| w[0] <= w[1]));
            }
            prop_assert_eq!(&j, &journey());
            while let Some(redo) = redos.pop() {
                j.apply_undoable(redo).unwrap().expect("an undo");
            }
            prop_assert_eq!(j, last);
        }
    }
}
