//! Edits to a service, each a typed value applied by [`Service::apply`], so undo, tests
//! and persistence share one path. An edit that would break a rule is refused and the
//! service stays unchanged.

use super::agreement::Agreement;
use super::availability::{Outage, ServiceHours};
use super::improvement::{Improvement, ImprovementStatus};
use super::period::Period;
use super::review::Review;
use super::satisfaction::Satisfaction;
use super::service::{Service, ServiceError};
use super::target::Target;
use crate::domain::{Id, RelationshipType};
use std::fmt;

/// One change to a service.
#[derive(Debug, Clone, PartialEq)]
pub enum ServiceEdit {
    SetName(String),
    SetDescription(String),
    SetConsumer(String),
    SetProvider(String),
    SetRelationship(RelationshipType),
    SetTailored(bool),
    /// Adds an agreement (with any targets it holds).
    AddAgreement(Agreement),
    /// Replaces the agreement's own fields; its targets stay as they are.
    UpdateAgreement(Agreement),
    DeleteAgreement(Id),
    AddTarget {
        agreement: Id,
        target: Target,
    },
    /// Replaces the target's definition; its records, service hours and outages stay
    /// as they are.
    UpdateTarget(Target),
    DeleteTarget(Id),
    /// Records the achieved value of a period, replacing an earlier one.
    RecordValue {
        target: Id,
        period: Period,
        achieved: f64,
    },
    RemoveRecord {
        target: Id,
        period: Period,
    },
    /// Sets the agreed service hours the availability of the target is computed in.
    SetServiceHours {
        target: Id,
        hours: ServiceHours,
    },
    /// Adds an outage to the target's availability record (kept in start order).
    AddOutage {
        target: Id,
        outage: Outage,
    },
    /// Removes the outage at `index` of the target's outage list.
    RemoveOutage {
        target: Id,
        index: usize,
    },
    /// Sets the satisfaction of its period, replacing an earlier entry.
    SetSatisfaction(Satisfaction),
    RemoveSatisfaction(Period),
    AddReview(Review),
    UpdateReview(Review),
    /// Deletes a review; improvements it raised keep existing, unlinked.
    DeleteReview(Id),
    AddImprovement(Improvement),
    UpdateImprovement(Improvement),
    SetImprovementStatus {
        id: Id,
        status: ImprovementStatus,
    },
    DeleteImprovement(Id),
}

/// Why an edit was refused; the service is unchanged.
#[derive(Debug, Clone, PartialEq)]
pub enum ServiceEditError {
    UnknownAgreement(Id),
    UnknownTarget(Id),
    UnknownReview(Id),
    UnknownImprovement(Id),
    /// The target has no outage at this index.
    UnknownOutage {
        target: Id,
        index: usize,
    },
    /// The edit would break a rule of the service (the first one found).
    Invalid(ServiceError),
}

impl fmt::Display for ServiceEditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownAgreement(id) => write!(f, "no agreement '{id}' in this service"),
            Self::UnknownTarget(id) => write!(f, "no target '{id}' in this service"),
            Self::UnknownReview(id) => write!(f, "no review '{id}' in this service"),
            Self::UnknownImprovement(id) => write!(f, "no improvement '{id}' in this service"),
            Self::UnknownOutage { target, index } => {
                write!(f, "target '{target}' has no outage number {}", index + 1)
            }
            Self::Invalid(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ServiceEditError {}

use ServiceEditError as E;

impl Service {
    /// The target with `id` in any agreement, to change.
    pub fn target_mut(&mut self, id: &Id) -> Option<&mut Target> {
        self.agreements
            .iter_mut()
            .flat_map(|a| a.targets.iter_mut())
            .find(|t| &t.id == id)
    }

    /// Applies `edit`, or refuses it and leaves the service unchanged.
    pub fn apply(&mut self, edit: ServiceEdit) -> Result<(), ServiceEditError> {
        let mut next = self.clone();
        next.change(edit)?;
        if let Err(errors) = next.validate() {
            if let Some(first) = errors.into_iter().next() {
                return Err(E::Invalid(first));
            }
        }
        *self = next;
        Ok(())
    }

    fn change(&mut self, edit: ServiceEdit) -> Result<(), ServiceEditError> {
        match edit {
            ServiceEdit::SetName(name) => self.name = name.trim().to_owned(),
            ServiceEdit::SetDescription(text) => self.description = text,
            ServiceEdit::SetConsumer(text) => self.consumer = text,
            ServiceEdit::SetProvider(text) => self.provider = text,
            ServiceEdit::SetRelationship(r) => self.relationship = r,
            ServiceEdit::SetTailored(t) => self.tailored = t,
            ServiceEdit::AddAgreement(a) => self.agreements.push(a),
            ServiceEdit::UpdateAgreement(mut a) => {
                let old = self
                    .agreements
                    .iter_mut()
                    .find(|x| x.id == a.id)
                    .ok_or_else(|| E::UnknownAgreement(a.id.clone()))?;
                a.targets = std::mem::take(&mut old.targets);
                *old = a;
            }
            ServiceEdit::DeleteAgreement(id) => {
                let before = self.agreements.len();
                self.agreements.retain(|a| a.id != id);
                if before == self.agreements.len() {
                    return Err(E::UnknownAgreement(id));
                }
            }
            ServiceEdit::AddTarget { agreement, target } => self
                .agreements
                .iter_mut()
                .find(|a| a.id == agreement)
                .ok_or(E::UnknownAgreement(agreement))?
                .targets
                .push(target),
            ServiceEdit::UpdateTarget(mut t) => {
                let old = self
                    .target_mut(&t.id)
                    .ok_or_else(|| E::UnknownTarget(t.id.clone()))?;
                t.records = std::mem::take(&mut old.records);
                t.availability = old.availability.take();
                *old = t;
            }
            ServiceEdit::DeleteTarget(id) => {
                let before: usize = self.agreements.iter().map(|a| a.targets.len()).sum();
                for a in &mut self.agreements {
                    a.targets.retain(|t| t.id != id);
                }
                let after: usize = self.agreements.iter().map(|a| a.targets.len()).sum();
                if before == after {
                    return Err(E::UnknownTarget(id));
                }
            }
            ServiceEdit::RecordValue {
                target,
                period,
                achieved,
            } => {
                let t = self
                    .target_mut(&target)
                    .ok_or_else(|| E::UnknownTarget(target.clone()))?;
                t.set_record(period, achieved).map_err(|error| {
                    E::Invalid(ServiceError::Target {
                        target: target.clone(),
                        error,
                    })
                })?;
            }
            ServiceEdit::RemoveRecord { target, period } => {
                self.target_mut(&target)
                    .ok_or_else(|| E::UnknownTarget(target.clone()))?
                    .remove_record(period);
            }
            ServiceEdit::SetServiceHours { target, hours } => {
                self.target_mut(&target)
                    .ok_or_else(|| E::UnknownTarget(target.clone()))?
                    .availability
                    .get_or_insert_with(Default::default)
                    .hours = hours;
            }
            ServiceEdit::AddOutage { target, outage } => {
                self.target_mut(&target)
                    .ok_or_else(|| E::UnknownTarget(target.clone()))?
                    .availability
                    .get_or_insert_with(Default::default)
                    .add_outage(outage);
            }
            ServiceEdit::RemoveOutage { target, index } => {
                let removed = self
                    .target_mut(&target)
                    .ok_or_else(|| E::UnknownTarget(target.clone()))?
                    .availability
                    .as_mut()
                    .and_then(|a| a.remove_outage(index));
                if removed.is_none() {
                    return Err(E::UnknownOutage { target, index });
                }
            }
            ServiceEdit::SetSatisfaction(s) => self.set_satisfaction(s),
            ServiceEdit::RemoveSatisfaction(period) => {
                self.satisfaction.retain(|s| s.period != period)
            }
            ServiceEdit::AddReview(r) => self.reviews.push(r),
            ServiceEdit::UpdateReview(r) => {
                let old = self
                    .reviews
                    .iter_mut()
                    .find(|x| x.id == r.id)
                    .ok_or_else(|| E::UnknownReview(r.id.clone()))?;
                *old = r;
            }
            ServiceEdit::DeleteReview(id) => {
                let before = self.reviews.len();
                self.reviews.retain(|r| r.id != id);
                if before == self.reviews.len() {
                    return Err(E::UnknownReview(id));
                }
                for i in &mut self.improvements {
                    if i.review_id.as_ref() == Some(&id) {
                        i.review_id = None;
                    }
                }
            }
            ServiceEdit::AddImprovement(i) => self.improvements.push(i),
            ServiceEdit::UpdateImprovement(i) => {
                let old = self
                    .improvements
                    .iter_mut()
                    .find(|x| x.id == i.id)
                    .ok_or_else(|| E::UnknownImprovement(i.id.clone()))?;
                *old = i;
            }
            ServiceEdit::SetImprovementStatus { id, status } => {
                self.improvements
                    .iter_mut()
                    .find(|x| x.id == id)
                    .ok_or(E::UnknownImprovement(id))?
                    .status = status;
            }
            ServiceEdit::DeleteImprovement(id) => {
                let before = self.improvements.len();
                self.improvements.retain(|i| i.id != id);
                if before == self.improvements.len() {
                    return Err(E::UnknownImprovement(id));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slm::{AgreementKind, Direction, ImprovementAim, PeriodKind};
    use chrono::NaiveDate;

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn service() -> Service {
        let mut s = Service::new(id("s"), "E-mail");
        let a =
            Agreement::new(id("a"), "SLA-001", AgreementKind::Sla, None, None, Some(3)).unwrap();
        s.apply(ServiceEdit::AddAgreement(a)).unwrap();
        let t = Target::new(
            id("t"),
            "Availability",
            "%",
            Direction::AtLeast,
            99.5,
            Some(99.7),
            PeriodKind::Month,
        )
        .unwrap();
        s.apply(ServiceEdit::AddTarget {
            agreement: id("a"),
            target: t,
        })
        .unwrap();
        s
    }

    #[test]
    fn records_and_target_updates_keep_history() {
        let mut s = service();
        let period: Period = "2026-01".parse().unwrap();
        s.apply(ServiceEdit::RecordValue {
            target: id("t"),
            period,
            achieved: 99.9,
        })
        .unwrap();
        let mut changed = s.agreements[0].targets[0].clone();
        changed.records.clear();
        changed.target = 99.0;
        changed.warning = None;
        s.apply(ServiceEdit::UpdateTarget(changed)).unwrap();
        assert_eq!(s.agreements[0].targets[0].achieved(period), Some(99.9));
        assert_eq!(s.agreements[0].targets[0].target, 99.0);
    }

    #[test]
    fn rule_breaking_edits_are_refused_unchanged() {
        let mut s = service();
        let before = s.clone();
        let mut bad = s.agreements[0].targets[0].clone();
        bad.warning = Some(1.0);
        assert!(matches!(
            s.apply(ServiceEdit::UpdateTarget(bad)),
            Err(E::Invalid(_))
        ));
        let dup = Agreement::new(id("a"), "Other", AgreementKind::Ola, None, None, None).unwrap();
        assert!(matches!(
            s.apply(ServiceEdit::AddAgreement(dup)),
            Err(E::Invalid(ServiceError::DuplicateId { .. }))
        ));
        assert!(s
            .apply(ServiceEdit::RecordValue {
                target: id("t"),
                period: "2026-W01".parse().unwrap(),
                achieved: 1.0
            })
            .is_err());
        assert_eq!(
            s.apply(ServiceEdit::DeleteTarget(id("nope"))),
            Err(E::UnknownTarget(id("nope")))
        );
        assert!(s.apply(ServiceEdit::SetName(" ".into())).is_err());
        assert_eq!(s, before);
    }

    #[test]
    fn service_hours_and_outages_are_edited_and_kept_by_target_updates() {
        use crate::domain::slm::availability::DailyWindow;
        let mut s = service();
        let at = |d: u32, h: u32| {
            NaiveDate::from_ymd_opt(2026, 6, d)
                .unwrap()
                .and_hms_opt(h, 0, 0)
                .unwrap()
        };
        let later = Outage::new(at(20, 1), at(20, 2), true).unwrap();
        let earlier = Outage::new(at(10, 10), at(10, 13), false).unwrap();
        for outage in [later, earlier] {
            s.apply(ServiceEdit::AddOutage {
                target: id("t"),
                outage,
            })
            .unwrap();
        }
        let setup = |s: &Service| s.agreements[0].targets[0].availability.clone().unwrap();
        assert_eq!(setup(&s).outages, [earlier, later], "kept in start order");
        assert_eq!(setup(&s).hours, ServiceHours::AlwaysOn);
        let office = ServiceHours::weekdays(DailyWindow::new(480, 1080).unwrap());
        s.apply(ServiceEdit::SetServiceHours {
            target: id("t"),
            hours: office,
        })
        .unwrap();
        let mut changed = s.agreements[0].targets[0].clone();
        changed.availability = None;
        changed.target = 99.0;
        changed.warning = None;
        s.apply(ServiceEdit::UpdateTarget(changed)).unwrap();
        assert_eq!(setup(&s).hours, office);
        assert_eq!(setup(&s).outages.len(), 2);
        s.apply(ServiceEdit::RemoveOutage {
            target: id("t"),
            index: 0,
        })
        .unwrap();
        assert_eq!(setup(&s).outages, [later]);
    }

    #[test]
    fn outage_edits_on_unknown_targets_or_indexes_are_refused() {
        let mut s = service();
        let before = s.clone();
        let start = NaiveDate::from_ymd_opt(2026, 6, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let outage = Outage::new(start, start + chrono::Duration::hours(1), false).unwrap();
        assert_eq!(
            s.apply(ServiceEdit::AddOutage {
                target: id("nope"),
                outage
            }),
            Err(E::UnknownTarget(id("nope")))
        );
        assert_eq!(
            s.apply(ServiceEdit::SetServiceHours {
                target: id("nope"),
                hours: ServiceHours::AlwaysOn
            }),
            Err(E::UnknownTarget(id("nope")))
        );
        assert_eq!(
            s.apply(ServiceEdit::RemoveOutage {
                target: id("t"),
                index: 0
            }),
            Err(E::UnknownOutage {
                target: id("t"),
                index: 0
            })
        );
        s.apply(ServiceEdit::AddOutage {
            target: id("t"),
            outage,
        })
        .unwrap();
        assert!(s
            .apply(ServiceEdit::RemoveOutage {
                target: id("t"),
                index: 1
            })
            .is_err());
        assert_eq!(
            s.agreements[0].targets[0]
                .availability
                .as_ref()
                .map(|a| a.outages.len()),
            Some(1)
        );
        assert_ne!(s, before);
    }

    #[test]
    fn deleting_a_review_unlinks_its_improvements() {
        let mut s = service();
        let date = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        s.apply(ServiceEdit::AddReview(Review::interval(id("r"), date)))
            .unwrap();
        let mut imp = Improvement::new(id("i"), "Fix", ImprovementAim::MeetAgreedLevel);
        imp.review_id = Some(id("r"));
        s.apply(ServiceEdit::AddImprovement(imp)).unwrap();
        let mut ghost = Improvement::new(id("j"), "Ghost", ImprovementAim::MeetAgreedLevel);
        ghost.review_id = Some(id("zz"));
        assert!(s.apply(ServiceEdit::AddImprovement(ghost)).is_err());
        s.apply(ServiceEdit::DeleteReview(id("r"))).unwrap();
        assert_eq!(s.improvements[0].review_id, None);
        s.apply(ServiceEdit::SetImprovementStatus {
            id: id("i"),
            status: ImprovementStatus::Done,
        })
        .unwrap();
        assert_eq!(s.improvements[0].status, ImprovementStatus::Done);
    }
}
