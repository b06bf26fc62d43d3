//! A service with its agreements, satisfaction, reviews and improvements, and the
//! checks that keep it consistent.

use super::agreement::{Agreement, AgreementError};
use super::improvement::Improvement;
use super::period::Period;
use super::review::Review;
use super::satisfaction::Satisfaction;
use super::target::{Target, TargetError};
use crate::domain::{Id, ItemKind, RelationshipType};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// A service with everything the service level practice records about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Who consumes the service (a business unit, a customer organisation).
    #[serde(default)]
    pub consumer: String,
    /// Who provides it (a team, a supplier).
    #[serde(default)]
    pub provider: String,
    #[serde(default)]
    pub relationship: RelationshipType,
    /// Tailored to this consumer (true) or offered off the shelf (false).
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

/// A rule a service breaks.
#[derive(Debug, Clone, PartialEq)]
pub enum ServiceError {
    /// The service has no name.
    EmptyName,
    /// Two agreements, targets, reviews or improvements share an id.
    DuplicateId { kind: ItemKind, id: Id },
    /// An improvement names a review the service does not have.
    MissingReview { improvement: Id, review: Id },
    /// An agreement's fields are inconsistent.
    Agreement {
        agreement: Id,
        error: AgreementError,
    },
    /// A target's numbers or records are inconsistent.
    Target { target: Id, error: TargetError },
    /// Two satisfaction entries for one period.
    DuplicateSatisfaction { period: Period },
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyName => f.write_str("the service has no name"),
            Self::DuplicateId { kind, id } => write!(f, "two {kind} items share the id '{id}'"),
            Self::MissingReview {
                improvement,
                review,
            } => write!(
                f,
                "improvement '{improvement}' refers to a missing review '{review}'"
            ),
            Self::Agreement { agreement, error } => write!(f, "agreement '{agreement}': {error}"),
            Self::Target { target, error } => write!(f, "target '{target}': {error}"),
            Self::DuplicateSatisfaction { period } => {
                write!(f, "two satisfaction entries for {period}")
            }
        }
    }
}

impl std::error::Error for ServiceError {}

impl Service {
    /// An empty service called `name`.
    pub fn new(id: Id, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into().trim().to_owned(),
            description: String::new(),
            consumer: String::new(),
            provider: String::new(),
            relationship: RelationshipType::default(),
            tailored: false,
            agreements: Vec::new(),
            satisfaction: Vec::new(),
            reviews: Vec::new(),
            improvements: Vec::new(),
        }
    }

    /// Every target of every agreement, with its agreement.
    pub fn targets(&self) -> impl Iterator<Item = (&Agreement, &Target)> {
        self.agreements
            .iter()
            .flat_map(|a| a.targets.iter().map(move |t| (a, t)))
    }

    /// The satisfaction entry for `period`.
    pub fn satisfaction_in(&self, period: Period) -> Option<&Satisfaction> {
        self.satisfaction.iter().find(|s| s.period == period)
    }

    /// Sets the satisfaction entry for its period, replacing an earlier one; keeps
    /// entries sorted by period.
    pub fn set_satisfaction(&mut self, entry: Satisfaction) {
        self.satisfaction.retain(|s| s.period != entry.period);
        let at = self
            .satisfaction
            .partition_point(|s| s.period < entry.period);
        self.satisfaction.insert(at, entry);
    }

    /// Checks ids, references and numbers. Returns every problem found.
    pub fn validate(&self) -> Result<(), Vec<ServiceError>> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(ServiceError::EmptyName);
        }
        unique(
            &mut errors,
            ItemKind::Agreement,
            self.agreements.iter().map(|a| &a.id),
        );
        unique(
            &mut errors,
            ItemKind::Target,
            self.targets().map(|(_, t)| &t.id),
        );
        unique(
            &mut errors,
            ItemKind::Review,
            self.reviews.iter().map(|r| &r.id),
        );
        unique(
            &mut errors,
            ItemKind::Improvement,
            self.improvements.iter().map(|i| &i.id),
        );
        for agreement in &self.agreements {
            for error in agreement.problems() {
                errors.push(ServiceError::Agreement {
                    agreement: agreement.id.clone(),
                    error,
                });
            }
            for target in &agreement.targets {
                for error in target.problems() {
                    errors.push(ServiceError::Target {
                        target: target.id.clone(),
                        error,
                    });
                }
            }
        }
        let mut periods = HashSet::new();
        for s in &self.satisfaction {
            if !periods.insert(s.period) {
                errors.push(ServiceError::DuplicateSatisfaction { period: s.period });
            }
        }
        let reviews: HashSet<&Id> = self.reviews.iter().map(|r| &r.id).collect();
        for improvement in &self.improvements {
            if let Some(review) = &improvement.review_id {
                if !reviews.contains(review) {
                    errors.push(ServiceError::MissingReview {
                        improvement: improvement.id.clone(),
                        review: review.clone(),
                    });
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

fn unique<'a>(errors: &mut Vec<ServiceError>, kind: ItemKind, ids: impl Iterator<Item = &'a Id>) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            errors.push(ServiceError::DuplicateId {
                kind,
                id: id.clone(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_finds_duplicates_dangling_reviews_and_bad_numbers() {
        let json = r#"{"id":"s1","name":"E-mail","agreements":[
            {"id":"a1","name":"SLA-001","kind":"sla","targets":[
              {"id":"t1","metric":"Availability","direction":">=","target":99.5,"warning":99.0},
              {"id":"t1","metric":"Other","direction":"<=","target":4,
               "records":[{"period":"2026-01","achieved":3},{"period":"2026-01","achieved":5},
                          {"period":"2026-W02","achieved":1}]}]}],
            "satisfaction":[{"period":"2026-01","user":3},{"period":"2026-01","user":4}],
            "improvements":[{"id":"i1","title":"x","review_id":"ghost"}]}"#;
        let s: Service = serde_json::from_str(json).unwrap();
        let errors: Vec<String> = s
            .validate()
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors,
            [
                "two target items share the id 't1'",
                "target 't1': the warning threshold 99 must not be below the target 99.5 (direction >=)",
                "target 't1': two records for 2026-01",
                "target 't1': the record for 2026-W02 does not match the target's period kind (month)",
                "two satisfaction entries for 2026-01",
                "improvement 'i1' refers to a missing review 'ghost'",
            ]
        );
    }

    #[test]
    fn satisfaction_is_replaced_by_period_and_sorted() {
        let mut s = Service::new(Id::new("s").unwrap(), "S");
        let p = |t: &str| t.parse::<Period>().unwrap();
        for (period, user) in [("2026-03", 4), ("2026-01", 2), ("2026-03", 5)] {
            s.set_satisfaction(Satisfaction {
                period: p(period),
                user: crate::domain::bounded::Rating5::new(user).ok(),
                customer: None,
                source: Default::default(),
            });
        }
        assert_eq!(s.satisfaction.len(), 2);
        assert_eq!(s.satisfaction[1].user.map(|r| r.get()), Some(5));
        assert_eq!(s.validate(), Ok(()));
    }
}
