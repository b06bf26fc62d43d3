//! Stakeholders of a journey and their place on the influence × interest grid.

use super::bounded::Rating5;
use super::{Id, RelationshipType};
use serde::{Deserialize, Serialize};

/// The part a stakeholder plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StakeholderRole {
    Customer,
    User,
    Sponsor,
    ProviderTeam,
    SupplierPartner,
    Regulator,
    Other,
}

impl StakeholderRole {
    /// Every role, in the order the app lists them.
    pub const ALL: [Self; 7] = [
        Self::Customer,
        Self::User,
        Self::Sponsor,
        Self::ProviderTeam,
        Self::SupplierPartner,
        Self::Regulator,
        Self::Other,
    ];
}

/// Which side of the service relationship a stakeholder stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Consumer,
    Provider,
}

impl Side {
    /// Both sides, consumer first.
    pub const ALL: [Self; 2] = [Self::Consumer, Self::Provider];
}

/// A person or group with an interest in the service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stakeholder {
    pub id: Id,
    pub name: String,
    pub role: StakeholderRole,
    pub side: Side,
    pub influence: Rating5,
    pub interest: Rating5,
    #[serde(default)]
    pub relationship: RelationshipType,
    #[serde(default)]
    pub notes: String,
}
