//! Customer journeys along ITIL 4's seven steps.

use super::bounded::Emotion;
use super::stakeholder::Stakeholder;
use super::{Id, RelationshipType};
use serde::{Deserialize, Serialize};

/// ITIL 4's seven customer journey steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Explore,
    Engage,
    Offer,
    Agree,
    Onboard,
    CoCreate,
    Realize,
}

impl Step {
    /// The seven steps in journey order.
    pub const ALL: [Self; 7] = [
        Self::Explore,
        Self::Engage,
        Self::Offer,
        Self::Agree,
        Self::Onboard,
        Self::CoCreate,
        Self::Realize,
    ];
}

/// Whether a journey maps today's experience or a designed future one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JourneyState {
    #[default]
    Current,
    Future,
}

/// Where a touchpoint happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Web,
    MobileApp,
    Email,
    Phone,
    Chat,
    InPerson,
    SelfServicePortal,
    Other,
}

impl Channel {
    /// Every channel, in the order the app lists them.
    pub const ALL: [Self; 8] = [
        Self::Web,
        Self::MobileApp,
        Self::Email,
        Self::Phone,
        Self::Chat,
        Self::InPerson,
        Self::SelfServicePortal,
        Self::Other,
    ];
}

/// Who acts at a touchpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    #[default]
    Customer,
    User,
    Sponsor,
    Provider,
    Partner,
}

impl Actor {
    /// Every actor, in the order the app lists them.
    pub const ALL: [Self; 5] = [
        Self::Customer,
        Self::User,
        Self::Sponsor,
        Self::Provider,
        Self::Partner,
    ];
}

/// One interaction between the customer and the provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Touchpoint {
    pub id: Id,
    pub step: Step,
    pub title: String,
    #[serde(default)]
    pub customer_action: String,
    #[serde(default)]
    pub channel: Channel,
    #[serde(default)]
    pub actor: Actor,
    #[serde(default)]
    pub emotion: Emotion,
    #[serde(default)]
    pub pain_points: Vec<String>,
    #[serde(default)]
    pub moment_of_truth: bool,
    #[serde(default)]
    pub improvement_ideas: Vec<String>,
    #[serde(default)]
    pub value_indicators: Vec<String>,
    /// The provider's backstage activity, below the line of visibility.
    #[serde(default)]
    pub backstage: String,
}

impl Touchpoint {
    /// A touchpoint with only a title: neutral emotion, web channel, customer actor,
    /// empty lanes.
    pub fn new(id: Id, step: Step, title: impl Into<String>) -> Self {
        Self {
            id,
            step,
            title: title.into(),
            customer_action: String::new(),
            channel: Channel::default(),
            actor: Actor::default(),
            emotion: Emotion::default(),
            pain_points: Vec::new(),
            moment_of_truth: false,
            improvement_ideas: Vec::new(),
            value_indicators: Vec::new(),
            backstage: String::new(),
        }
    }
}

/// A journey map: touchpoints in step order plus the journey's stakeholders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Journey {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub service: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub relationship: RelationshipType,
    #[serde(default)]
    pub state: JourneyState,
    #[serde(default)]
    pub persona_ids: Vec<Id>,
    /// Touchpoints; within a step they keep this order.
    #[serde(default)]
    pub touchpoints: Vec<Touchpoint>,
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
}
