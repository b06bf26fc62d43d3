//! The journey's fields apart from its touchpoints and stakeholders, as one memo.

use crate::domain::journey::{Journey, JourneyState};
use crate::domain::{Id, RelationshipType};
use leptos::prelude::*;

/// What the page shows of the journey apart from its touchpoints and stakeholders, in
/// a memo of its own: a touchpoint edit leaves it as it is, so the fields above the
/// map are not set again.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Details {
    pub(super) name: String,
    pub(super) service: String,
    pub(super) description: String,
    pub(super) relationship: RelationshipType,
    pub(super) state: JourneyState,
    pub(super) persona_ids: Vec<Id>,
}

impl Details {
    pub(super) fn memo(journey: Memo<Option<Journey>>) -> Memo<Self> {
        Memo::new(move |_| {
            journey.with(|j| {
                j.as_ref()
                    .map(|j| Self {
                        name: j.name.clone(),
                        service: j.service.clone(),
                        description: j.description.clone(),
                        relationship: j.relationship,
                        state: j.state,
                        persona_ids: j.persona_ids.clone(),
                    })
                    .unwrap_or_default()
            })
        })
    }
}
