//! Improvement opportunities raised for a service, possibly by a review.

use crate::domain::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

/// What an improvement aims at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImprovementAim {
    /// Meet the agreed service level.
    MeetAgreedLevel,
    /// Raise user satisfaction.
    RaiseUserSatisfaction,
    /// Raise customer satisfaction.
    RaiseCustomerSatisfaction,
    /// Improve the service level management practice itself.
    #[default]
    ImprovePractice,
}

impl ImprovementAim {
    /// All aims.
    pub const ALL: [Self; 4] = [
        Self::MeetAgreedLevel,
        Self::RaiseUserSatisfaction,
        Self::RaiseCustomerSatisfaction,
        Self::ImprovePractice,
    ];
}

/// Status of an improvement opportunity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ImprovementStatus {
    #[default]
    Proposed,
    Approved,
    InProgress,
    Done,
    Rejected,
}

impl ImprovementStatus {
    /// All statuses, in workflow order.
    pub const ALL: [Self; 5] = [
        Self::Proposed,
        Self::Approved,
        Self::InProgress,
        Self::Done,
        Self::Rejected,
    ];

    /// Done or rejected.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Done | Self::Rejected)
    }
}

/// The journey touchpoint an improvement answers (a link, not a copy: it may dangle
/// once the journey or touchpoint is deleted, and is then simply not shown).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TouchpointRef {
    pub journey: Id,
    pub touchpoint: Id,
}

/// An improvement opportunity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Improvement {
    pub id: Id,
    pub title: String,
    /// The review that raised it, if any (must be a review of the same service).
    #[serde(default)]
    pub review_id: Option<Id>,
    #[serde(default, deserialize_with = "lenient_aim")]
    pub aim: ImprovementAim,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub status: ImprovementStatus,
    #[serde(default)]
    pub expected_benefit: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// The journey touchpoint whose pain point this improvement answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub touchpoint: Option<TouchpointRef>,
}

impl Improvement {
    /// A proposed improvement with a title and aim; other fields empty.
    pub fn new(id: Id, title: impl Into<String>, aim: ImprovementAim) -> Self {
        Self {
            id,
            title: title.into().trim().to_owned(),
            review_id: None,
            aim,
            owner: String::new(),
            status: ImprovementStatus::Proposed,
            expected_benefit: String::new(),
            due: None,
            touchpoint: None,
        }
    }
}

/// Older workspaces kept the aim as free text; anything that is not one of the aims
/// reads as the default aim.
fn lenient_aim<'de, D: Deserializer<'de>>(d: D) -> Result<ImprovementAim, D::Error> {
    let text = Option::<String>::deserialize(d)?.unwrap_or_default();
    Ok(
        serde_json::from_value(serde_json::Value::String(text.trim().to_owned()))
            .unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn older_free_text_aims_still_read() {
        let old = r#"{"id":"im1","title":"Pre-stage laptops","aim":"faster onboarding","status":"in_progress"}"#;
        let i: Improvement = serde_json::from_str(old).unwrap();
        assert_eq!(i.aim, ImprovementAim::ImprovePractice);
        let new = r#"{"id":"im1","title":"x","aim":"raise_user_satisfaction","status":"approved"}"#;
        let i: Improvement = serde_json::from_str(new).unwrap();
        assert_eq!(i.aim, ImprovementAim::RaiseUserSatisfaction);
        assert_eq!(i.status, ImprovementStatus::Approved);
        assert_eq!(i.touchpoint, None);
    }

    #[test]
    fn touchpoint_link_round_trips_and_is_left_out_when_absent() {
        let mut i = Improvement::new(
            Id::new("im1").unwrap(),
            "Pre-stage laptops",
            ImprovementAim::RaiseUserSatisfaction,
        );
        assert!(!serde_json::to_string(&i).unwrap().contains("touchpoint"));
        i.touchpoint = Some(TouchpointRef {
            journey: Id::new("j1").unwrap(),
            touchpoint: Id::new("tp9").unwrap(),
        });
        let text = serde_json::to_string(&i).unwrap();
        assert!(text.contains(r#""touchpoint":{"journey":"j1","touchpoint":"tp9"}"#));
        assert_eq!(serde_json::from_str::<Improvement>(&text).unwrap(), i);
    }
}
