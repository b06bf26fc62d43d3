//! Agreements (SLA, OLA, underpinning contract) between a provider and a consumer.

use super::target::Target;
use crate::domain::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Kind of agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementKind {
    /// Service level agreement with a customer.
    #[default]
    Sla,
    /// Operational level agreement between internal teams.
    Ola,
    /// Underpinning contract with a supplier.
    UnderpinningContract,
}

impl AgreementKind {
    /// All kinds.
    pub const ALL: [Self; 3] = [Self::Sla, Self::Ola, Self::UnderpinningContract];
}

/// Life-cycle status of an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementStatus {
    /// Being negotiated.
    #[default]
    Draft,
    /// In force.
    Agreed,
    /// No longer in force.
    Expired,
}

impl AgreementStatus {
    /// All statuses, in life-cycle order.
    pub const ALL: [Self; 3] = [Self::Draft, Self::Agreed, Self::Expired];
}

/// Why agreement values are inconsistent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgreementError {
    /// The name is blank.
    EmptyName,
    /// The end date is before the start date.
    EndsBeforeStart { start: NaiveDate, end: NaiveDate },
    /// A review interval of zero months.
    ZeroReviewInterval,
}

impl fmt::Display for AgreementError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyName => f.write_str("the agreement has no name"),
            Self::EndsBeforeStart { start, end } => {
                write!(f, "the agreement ends ({end}) before it starts ({start})")
            }
            Self::ZeroReviewInterval => {
                f.write_str("the review interval must be at least one month")
            }
        }
    }
}

impl std::error::Error for AgreementError {}

/// An SLA, OLA or underpinning contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub kind: AgreementKind,
    /// The parties, e.g. the customer's business unit and the provider team.
    #[serde(default)]
    pub parties: Vec<String>,
    #[serde(default)]
    pub start: Option<NaiveDate>,
    #[serde(default)]
    pub end: Option<NaiveDate>,
    /// Months between service reviews; `None` when reviews are not scheduled.
    #[serde(default)]
    pub review_interval_months: Option<u16>,
    #[serde(default)]
    pub status: AgreementStatus,
    #[serde(default)]
    pub targets: Vec<Target>,
}

impl Agreement {
    /// A draft agreement without targets; checks the name, dates and review interval.
    pub fn new(
        id: Id,
        name: impl Into<String>,
        kind: AgreementKind,
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
        review_interval_months: Option<u16>,
    ) -> Result<Self, AgreementError> {
        let agreement = Self {
            id,
            name: name.into().trim().to_owned(),
            kind,
            parties: Vec::new(),
            start,
            end,
            review_interval_months,
            status: AgreementStatus::Draft,
            targets: Vec::new(),
        };
        match agreement.problems().into_iter().next() {
            Some(e) => Err(e),
            None => Ok(agreement),
        }
    }

    /// Every problem with the agreement's own fields (not its targets).
    pub fn problems(&self) -> Vec<AgreementError> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push(AgreementError::EmptyName);
        }
        if let (Some(start), Some(end)) = (self.start, self.end) {
            if end < start {
                out.push(AgreementError::EndsBeforeStart { start, end });
            }
        }
        if self.review_interval_months == Some(0) {
            out.push(AgreementError::ZeroReviewInterval);
        }
        out
    }

    /// The target with `id`.
    pub fn target(&self, id: &Id) -> Option<&Target> {
        self.targets.iter().find(|t| &t.id == id)
    }

    /// The target with `id`, to change.
    pub fn target_mut(&mut self, id: &Id) -> Option<&mut Target> {
        self.targets.iter_mut().find(|t| &t.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn construction_checks_dates_and_interval() {
        let id = || Id::new("a").unwrap();
        let d = |m| NaiveDate::from_ymd_opt(2026, m, 1);
        assert!(Agreement::new(id(), "SLA-001", AgreementKind::Sla, d(1), d(12), Some(3)).is_ok());
        assert!(matches!(
            Agreement::new(id(), "SLA-001", AgreementKind::Sla, d(12), d(1), None),
            Err(AgreementError::EndsBeforeStart { .. })
        ));
        assert_eq!(
            Agreement::new(id(), "x", AgreementKind::Ola, None, None, Some(0)),
            Err(AgreementError::ZeroReviewInterval)
        );
        assert_eq!(
            Agreement::new(id(), "  ", AgreementKind::Ola, None, None, None),
            Err(AgreementError::EmptyName)
        );
    }
}
