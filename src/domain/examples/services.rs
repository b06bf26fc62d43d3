//! "Add example services": e-mail, service desk and payroll with agreements, twelve
//! months of records, satisfaction, reviews and improvements. The service desk is a
//! clear watermelon: every target met all year while user satisfaction sinks below 3.

use super::services_text::{text_for, ServiceText};
use crate::domain::bounded::Rating5;
use crate::domain::slm::{
    Agreement, AgreementKind, AgreementStatus, Direction, Improvement, ImprovementAim,
    ImprovementStatus, Period, PeriodKind, Review, ReviewKind, ReviewTrigger, Satisfaction,
    SatisfactionSource, Service, Target,
};
use crate::domain::{Id, RelationshipType};
use chrono::{Days, Months};

/// Kind and review interval (months) of an agreement.
pub(super) type AgreementShape = (AgreementKind, u16);
/// Agreement index, direction, target, warning and twelve achieved values, oldest first.
pub(super) type TargetShape = (usize, Direction, f64, Option<f64>, [f64; 12]);
/// Months before the end month, kind and trigger of a review.
pub(super) type ReviewShape = (i32, ReviewKind, Option<ReviewTrigger>);
/// Review index, aim, status and due date in days after the end month.
pub(super) type ImprovementShape = (Option<usize>, ImprovementAim, ImprovementStatus, i64);

/// What does not change between languages.
pub(super) struct ServiceShape {
    pub(super) relationship: RelationshipType,
    pub(super) tailored: bool,
    pub(super) agreements: &'static [AgreementShape],
    pub(super) targets: &'static [TargetShape],
    pub(super) user: [i64; 12],
    pub(super) customer: [i64; 12],
    pub(super) source: SatisfactionSource,
    pub(super) reviews: &'static [ReviewShape],
    pub(super) improvements: &'static [ImprovementShape],
}

use Direction::{AtLeast, AtMost};

const SHAPES: [ServiceShape; 3] = [
    // E-mail: one storage failure in month four breaches availability; users content.
    ServiceShape {
        relationship: RelationshipType::Basic,
        tailored: false,
        agreements: &[
            (AgreementKind::Sla, 6),
            (AgreementKind::UnderpinningContract, 12),
        ],
        targets: &[
            (
                0,
                AtLeast,
                99.5,
                Some(99.7),
                [
                    99.92, 99.88, 99.95, 99.31, 99.9, 99.85, 99.97, 99.9, 99.76, 99.93, 99.89,
                    99.94,
                ],
            ),
            (
                0,
                AtMost,
                4.0,
                Some(3.0),
                [2.1, 2.4, 1.9, 3.6, 2.2, 2.0, 2.5, 2.3, 2.1, 1.8, 2.2, 2.0],
            ),
            (
                1,
                AtLeast,
                99.9,
                None,
                [
                    99.97, 99.95, 99.99, 99.6, 99.96, 99.98, 99.99, 99.95, 99.93, 99.99, 99.97,
                    99.98,
                ],
            ),
        ],
        user: [4, 4, 4, 3, 4, 4, 4, 4, 4, 4, 4, 4],
        customer: [4; 12],
        source: SatisfactionSource::PeriodicSurvey,
        reviews: &[(2, ReviewKind::Interval, None)],
        improvements: &[(
            Some(0),
            ImprovementAim::MeetAgreedLevel,
            ImprovementStatus::Done,
            -20,
        )],
    },
    // Service desk: the watermelon. Every target met and improving; users ever less happy.
    ServiceShape {
        relationship: RelationshipType::Cooperative,
        tailored: false,
        agreements: &[(AgreementKind::Sla, 3), (AgreementKind::Ola, 6)],
        targets: &[
            (
                0,
                AtLeast,
                70.0,
                Some(75.0),
                [
                    78.0, 79.0, 81.0, 80.0, 82.0, 83.0, 84.0, 85.0, 86.0, 86.0, 87.0, 88.0,
                ],
            ),
            (
                0,
                AtMost,
                4.0,
                Some(3.0),
                [2.0, 1.9, 1.8, 1.7, 1.6, 1.5, 1.5, 1.4, 1.3, 1.3, 1.2, 1.2],
            ),
            (
                1,
                AtMost,
                5.0,
                Some(4.0),
                [3.0, 3.2, 2.8, 3.1, 2.9, 3.0, 2.7, 2.8, 3.3, 2.9, 3.0, 2.8],
            ),
        ],
        user: [4, 4, 4, 4, 3, 3, 3, 3, 3, 2, 2, 2],
        customer: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3],
        source: SatisfactionSource::TransactionSurvey,
        reviews: &[
            (7, ReviewKind::Interval, None),
            (
                0,
                ReviewKind::Event,
                Some(ReviewTrigger::ChangedBusinessNeeds),
            ),
        ],
        improvements: &[
            (
                Some(1),
                ImprovementAim::ImprovePractice,
                ImprovementStatus::Approved,
                60,
            ),
            (
                Some(1),
                ImprovementAim::RaiseUserSatisfaction,
                ImprovementStatus::InProgress,
                45,
            ),
            (
                None,
                ImprovementAim::RaiseUserSatisfaction,
                ImprovementStatus::Proposed,
                30,
            ),
        ],
    },
    // Payroll: tailored, met, one warning month on accuracy; customer grows happier.
    ServiceShape {
        relationship: RelationshipType::Partnership,
        tailored: true,
        agreements: &[(AgreementKind::Sla, 12)],
        targets: &[
            (0, AtLeast, 100.0, None, [100.0; 12]),
            (
                0,
                AtLeast,
                99.5,
                Some(99.8),
                [
                    99.9, 99.85, 99.92, 99.7, 99.88, 99.9, 99.95, 99.9, 99.86, 99.93, 99.9, 99.94,
                ],
            ),
            (
                0,
                AtMost,
                5.0,
                Some(4.0),
                [3.5, 3.2, 3.8, 4.2, 3.1, 3.0, 2.9, 3.3, 3.0, 2.8, 3.1, 2.9],
            ),
        ],
        user: [4; 12],
        customer: [4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5],
        source: SatisfactionSource::PeriodicSurvey,
        reviews: &[(
            10,
            ReviewKind::Event,
            Some(ReviewTrigger::SignificantChange),
        )],
        improvements: &[(
            Some(0),
            ImprovementAim::ImprovePractice,
            ImprovementStatus::Proposed,
            90,
        )],
    },
];

/// Index of the watermelon service in [`example_services`]' result.
pub const WATERMELON_EXAMPLE: usize = 1;

fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// The three example services in `lang` (`en`, `es`, `ru`; English otherwise), with
/// twelve monthly records ending at the month of `end` (a week or quarter counts as the
/// month of its last day). Deterministic; `fresh` makes a new id from a prefix.
pub fn example_services(
    lang: &str,
    end: Period,
    mut fresh: impl FnMut(&str) -> Id,
) -> Vec<Service> {
    let end = Period::containing(PeriodKind::Month, end.last_day());
    SHAPES
        .iter()
        .zip(text_for(lang).iter())
        .map(|(shape, text)| build(shape, text, end, &mut fresh))
        .collect()
}

/// One service from its shape and words, with twelve monthly records ending at `end`
/// (a month).
pub(super) fn build(
    shape: &ServiceShape,
    text: &ServiceText,
    end: Period,
    fresh: &mut impl FnMut(&str) -> Id,
) -> Service {
    let months: Vec<(usize, Period)> = (0..12)
        .filter_map(|i| end.offset(i as i32 - 11).map(|p| (i, p)))
        .collect();
    let start = end.offset(-17).map_or(end.first_day(), Period::first_day);
    let mut service = Service::new(fresh("svc"), text.name);
    service.description = text.description.to_owned();
    service.consumer = text.consumer.to_owned();
    service.provider = text.provider.to_owned();
    service.relationship = shape.relationship;
    service.tailored = shape.tailored;

    service.agreements = shape
        .agreements
        .iter()
        .zip(text.agreements.iter())
        .map(|(&(kind, interval), &(name, parties))| Agreement {
            id: fresh("agr"),
            name: name.to_owned(),
            kind,
            parties: owned(parties),
            start: Some(start),
            end: start.checked_add_months(Months::new(36)),
            review_interval_months: Some(interval),
            status: AgreementStatus::Agreed,
            targets: Vec::new(),
        })
        .collect();
    for (&(agreement, direction, value, warning, achieved), &(metric, unit)) in
        shape.targets.iter().zip(text.targets.iter())
    {
        let Ok(mut target) = Target::new(
            fresh("tgt"),
            metric,
            unit,
            direction,
            value,
            warning,
            PeriodKind::Month,
        ) else {
            continue;
        };
        for &(i, period) in &months {
            if let Some(&v) = achieved.get(i) {
                let _ = target.set_record(period, v);
            }
        }
        if let Some(a) = service.agreements.get_mut(agreement) {
            a.targets.push(target);
        }
    }
    for &(i, period) in &months {
        let score = |values: &[i64; 12]| values.get(i).and_then(|&v| Rating5::new(v).ok());
        service.set_satisfaction(Satisfaction {
            period,
            user: score(&shape.user),
            customer: score(&shape.customer),
            source: shape.source,
        });
    }
    for (&(before, kind, trigger), words) in shape.reviews.iter().zip(text.reviews.iter()) {
        let month = end.offset(-before).unwrap_or(end);
        // Interval reviews close their month; event reviews happen on its 10th.
        let date = match kind {
            ReviewKind::Interval => month.last_day(),
            ReviewKind::Event => month.first_day() + Days::new(9),
        };
        let mut review = match trigger {
            Some(trigger) => Review::event(fresh("rev"), date, trigger),
            None => Review::interval(fresh("rev"), date),
        };
        review.findings = words.findings.to_owned();
        review.decisions = words.decisions.to_owned();
        review.consumer_participants = owned(words.consumer);
        review.provider_participants = owned(words.provider);
        service.reviews.push(review);
    }
    for (&(review, aim, status, due), &(title, owner, benefit)) in
        shape.improvements.iter().zip(text.improvements.iter())
    {
        let mut improvement = Improvement::new(fresh("imp"), title, aim);
        improvement.review_id = review
            .and_then(|r| service.reviews.get(r))
            .map(|r| r.id.clone());
        improvement.owner = owner.to_owned();
        improvement.status = status;
        improvement.expected_benefit = benefit.to_owned();
        improvement.due = end
            .last_day()
            .checked_add_signed(chrono::TimeDelta::days(due));
        service.improvements.push(improvement);
    }
    service
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slm::{watermelon, Attainment, WatermelonReason};
    use crate::domain::Workspace;

    fn build_all(lang: &str, end: &str) -> Vec<Service> {
        let mut n = 0;
        example_services(lang, end.parse().unwrap(), |prefix| {
            n += 1;
            Id::from_random(prefix, n)
        })
    }

    #[test]
    fn examples_are_complete_and_valid_in_every_language() {
        for lang in ["en", "es", "ru"] {
            let services = build_all(lang, "2026-10");
            assert_eq!(services.len(), 3);
            for s in &services {
                assert!(
                    !s.name.is_empty() && !s.reviews.is_empty() && !s.improvements.is_empty(),
                    "{lang}"
                );
                assert_eq!(s.satisfaction.len(), 12);
                for (_, t) in s.targets() {
                    assert_eq!(t.records.len(), 12, "{lang} {}", t.metric);
                    assert_eq!(t.records[11].period.to_string(), "2026-10");
                    assert_eq!(t.records[0].period.to_string(), "2025-11");
                }
            }
            let ws = Workspace {
                services,
                ..Default::default()
            };
            assert_eq!(ws.validate(), Ok(()), "{lang}");
        }
    }

    #[test]
    fn only_the_service_desk_is_a_watermelon() {
        for lang in ["en", "es", "ru"] {
            let services = build_all(lang, "2027-02");
            let end: Period = "2027-02".parse().unwrap();
            let desk = &services[WATERMELON_EXAMPLE];
            for (_, t) in desk.targets() {
                assert!(
                    t.records
                        .iter()
                        .all(|r| t.status_of(Some(r.achieved)).is_met()),
                    "met all year"
                );
            }
            let reasons = watermelon(desk, end);
            assert!(reasons.contains(&WatermelonReason::Low {
                side: crate::domain::slm::SatisfactionSide::User,
                value: 2
            }));
            for (i, s) in services
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != WATERMELON_EXAMPLE)
            {
                for r in &s.satisfaction {
                    assert!(
                        watermelon(s, r.period).is_empty(),
                        "{lang} service {i} in {}",
                        r.period
                    );
                }
            }
            // E-mail has a breach to show.
            assert!(services[0].targets().any(|(_, t)| t
                .records
                .iter()
                .any(|r| t.status_of(Some(r.achieved)) == Attainment::Breached)));
        }
    }

    #[test]
    fn deterministic_and_languages_differ() {
        assert_eq!(build_all("en", "2026-10"), build_all("en", "2026-10"));
        assert_ne!(
            build_all("en", "2026-10")[0].name,
            build_all("ru", "2026-10")[0].name
        );
        assert_eq!(
            build_all("fr", "2026-10")[1].name,
            build_all("en", "2026-10")[1].name
        );
        assert_eq!(
            build_all("en", "2026-Q4")[0].agreements[0].targets[0].records[11]
                .period
                .to_string(),
            "2026-12"
        );
    }
}
