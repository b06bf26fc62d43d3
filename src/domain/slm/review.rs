//! Service reviews: scheduled (interval) or prompted by an event, with participants
//! from both sides, findings and decisions.

use crate::domain::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Why a service review took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewKind {
    /// A scheduled review (the agreement's review interval).
    #[default]
    Interval,
    /// A review prompted by an event; see [`ReviewTrigger`].
    Event,
}

impl ReviewKind {
    /// Both kinds, interval first.
    pub const ALL: [Self; 2] = [Self::Interval, Self::Event];
}

/// The event that prompted an event-based review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewTrigger {
    MajorIncident,
    SignificantChange,
    ChangedBusinessNeeds,
    /// Any other event (older free-text triggers read as this).
    #[serde(other)]
    Other,
}

impl ReviewTrigger {
    /// All triggers.
    pub const ALL: [Self; 4] = [
        Self::MajorIncident,
        Self::SignificantChange,
        Self::ChangedBusinessNeeds,
        Self::Other,
    ];
}

/// A service review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub id: Id,
    pub date: NaiveDate,
    #[serde(default)]
    pub kind: ReviewKind,
    /// Set for event reviews only (see [`Review::event`]).
    #[serde(default)]
    pub trigger: Option<ReviewTrigger>,
    /// Participants from the consumer side (customer, users, sponsor).
    #[serde(default)]
    pub consumer_participants: Vec<String>,
    /// Participants from the provider side (service owner, teams, suppliers).
    #[serde(default)]
    pub provider_participants: Vec<String>,
    /// Participants recorded before sides were kept (older data); shown as is.
    #[serde(default, alias = "participants", skip_serializing_if = "Vec::is_empty")]
    pub other_participants: Vec<String>,
    #[serde(default)]
    pub findings: String,
    #[serde(default)]
    pub decisions: String,
}

impl Review {
    /// A scheduled review on `date`, without trigger.
    pub fn interval(id: Id, date: NaiveDate) -> Self {
        Self::with(id, date, ReviewKind::Interval, None)
    }

    /// A review prompted by `trigger` on `date`.
    pub fn event(id: Id, date: NaiveDate, trigger: ReviewTrigger) -> Self {
        Self::with(id, date, ReviewKind::Event, Some(trigger))
    }

    fn with(id: Id, date: NaiveDate, kind: ReviewKind, trigger: Option<ReviewTrigger>) -> Self {
        Self {
            id,
            date,
            kind,
            trigger,
            consumer_participants: Vec::new(),
            provider_participants: Vec::new(),
            other_participants: Vec::new(),
            findings: String::new(),
            decisions: String::new(),
        }
    }

    /// The trigger of an event review (`Other` when none was recorded); `None` for
    /// interval reviews.
    pub fn effective_trigger(&self) -> Option<ReviewTrigger> {
        match self.kind {
            ReviewKind::Interval => None,
            ReviewKind::Event => Some(self.trigger.unwrap_or(ReviewTrigger::Other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn older_reviews_still_read() {
        let json = r#"{"id":"rv1","date":"2026-10-31","kind":"event","trigger":"the big outage",
            "participants":["Service owner","HR lead"]}"#;
        let r: Review = serde_json::from_str(json).unwrap();
        assert_eq!(r.trigger, Some(ReviewTrigger::Other));
        assert_eq!(r.other_participants, ["Service owner", "HR lead"]);
        let back = serde_json::to_string(&r).unwrap();
        assert!(back.contains("\"other_participants\""));
    }

    #[test]
    fn constructors_tie_trigger_to_kind() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let id = || Id::new("r").unwrap();
        assert_eq!(Review::interval(id(), d).effective_trigger(), None);
        assert_eq!(
            Review::event(id(), d, ReviewTrigger::MajorIncident).effective_trigger(),
            Some(ReviewTrigger::MajorIncident)
        );
    }
}
