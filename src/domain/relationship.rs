//! ITIL 4 service relationship types.

use serde::{Deserialize, Serialize};

/// How deeply provider and consumer work together (ITIL 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationshipType {
    /// Standard products, little tailoring; value mostly from the offering itself.
    #[default]
    Basic,
    /// Offerings partly tailored; goals aligned for this relationship.
    Cooperative,
    /// Shared goals and co-created value at a strategic level.
    Partnership,
}

impl RelationshipType {
    /// All types, from the loosest to the closest relationship.
    pub const ALL: [Self; 3] = [Self::Basic, Self::Cooperative, Self::Partnership];
}
