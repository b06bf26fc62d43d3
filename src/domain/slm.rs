//! Service level management: services, agreements, targets, records, reviews and
//! improvement opportunities.

use super::bounded::Rating5;
use super::{Id, RelationshipType};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Kind of agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementKind {
    /// Service level agreement with a customer.
    Sla,
    /// Operational level agreement between internal teams.
    Ola,
    /// Underpinning contract with a supplier.
    UnderpinningContract,
}

/// Life-cycle status of an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementStatus {
    #[default]
    Draft,
    Agreed,
    Expired,
}

/// Whether higher or lower achieved values are better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    #[serde(rename = ">=")]
    AtLeast,
    #[serde(rename = "<=")]
    AtMost,
}

/// Length of a measurement period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    #[default]
    Month,
    IsoWeek,
    Quarter,
}

/// An achieved value for one period (`YYYY-MM`, `YYYY-Www` or `YYYY-Qn`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub period: String,
    pub achieved: f64,
}

/// A service level target within an agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub id: Id,
    pub metric: String,
    #[serde(default)]
    pub unit: String,
    pub direction: Direction,
    pub target: f64,
    #[serde(default)]
    pub warning: Option<f64>,
    #[serde(default)]
    pub period_kind: PeriodKind,
    #[serde(default)]
    pub records: Vec<Record>,
}

/// An SLA, OLA or underpinning contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: Id,
    pub name: String,
    pub kind: AgreementKind,
    #[serde(default)]
    pub parties: Vec<String>,
    #[serde(default)]
    pub start: Option<NaiveDate>,
    #[serde(default)]
    pub end: Option<NaiveDate>,
    #[serde(default)]
    pub review_interval_months: Option<u16>,
    #[serde(default)]
    pub status: AgreementStatus,
    #[serde(default)]
    pub targets: Vec<Target>,
}

/// Who gave a satisfaction score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SatisfactionSource {
    TransactionSurvey,
    PeriodicSurvey,
    ReviewDiscussion,
}

/// User and customer satisfaction for one period, on a 1–5 scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Satisfaction {
    pub period: String,
    #[serde(default)]
    pub user: Option<Rating5>,
    #[serde(default)]
    pub customer: Option<Rating5>,
    pub source: SatisfactionSource,
}

/// Why a service review took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewKind {
    Interval,
    Event,
}

/// A service review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub id: Id,
    pub date: NaiveDate,
    pub kind: ReviewKind,
    #[serde(default)]
    pub trigger: Option<String>,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub findings: String,
    #[serde(default)]
    pub decisions: String,
}

/// Status of an improvement opportunity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImprovementStatus {
    #[default]
    Proposed,
    InProgress,
    Done,
    Rejected,
}

/// An improvement opportunity, possibly raised by a review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Improvement {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub aim: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub status: ImprovementStatus,
    #[serde(default)]
    pub review_id: Option<Id>,
}

/// A service with everything the service level practice records about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub consumer: String,
    #[serde(default)]
    pub provider: String,
    #[serde(default)]
    pub relationship: RelationshipType,
    #[serde(default)]
    pub tailored: bool,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default)]
    pub satisfaction: Vec<Satisfaction>,
    #[serde(default)]
    pub reviews: Vec<Review>,
    #[serde(default)]
    pub improvements: Vec<Improvement>,
}
