//! User and customer satisfaction with a service, per period, on a 1–5 scale.

use super::period::Period;
use crate::domain::bounded::Rating5;
use serde::{Deserialize, Serialize};

/// How a satisfaction score was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SatisfactionSource {
    /// Short surveys after individual transactions (e.g. a closed ticket).
    TransactionSurvey,
    /// A survey run every period.
    #[default]
    PeriodicSurvey,
    /// Scores agreed in a service review discussion.
    ReviewDiscussion,
}

impl SatisfactionSource {
    /// All sources.
    pub const ALL: [Self; 3] = [
        Self::TransactionSurvey,
        Self::PeriodicSurvey,
        Self::ReviewDiscussion,
    ];
}

/// Whose satisfaction: the users of the service or the customer who agreed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SatisfactionSide {
    User,
    Customer,
}

impl SatisfactionSide {
    /// Both sides, users first.
    pub const ALL: [Self; 2] = [Self::User, Self::Customer];
}

/// User and customer satisfaction for one period. At most one entry per period and
/// service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Satisfaction {
    pub period: Period,
    #[serde(default)]
    pub user: Option<Rating5>,
    #[serde(default)]
    pub customer: Option<Rating5>,
    #[serde(default)]
    pub source: SatisfactionSource,
}

impl Satisfaction {
    /// The score of one side.
    pub fn score(&self, side: SatisfactionSide) -> Option<Rating5> {
        match side {
            SatisfactionSide::User => self.user,
            SatisfactionSide::Customer => self.customer,
        }
    }
}
