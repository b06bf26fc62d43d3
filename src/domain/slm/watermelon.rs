//! The watermelon effect: green on the outside (every target met), red inside (users or
//! the customer are unhappy).

use super::period::Period;
use super::satisfaction::SatisfactionSide;
use super::service::Service;
use serde::{Deserialize, Serialize};

/// Scores below this count as low.
pub const LOW_SATISFACTION: i8 = 3;

/// Why a service is flagged, for one side (user or customer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum WatermelonReason {
    /// The score is below 3.
    Low { side: SatisfactionSide, value: i8 },
    /// The score fell by 1 or more since the previous period with a score.
    Fell {
        side: SatisfactionSide,
        value: i8,
        previous: i8,
        previous_period: Period,
    },
}

/// A service flagged in one period, with the reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct WatermelonFlag {
    pub service_id: crate::domain::Id,
    pub service: String,
    pub period: Period,
    pub reasons: Vec<WatermelonReason>,
}

/// Every watermelon flag of `services` over `periods`: services in order, each
/// service's periods newest first.
pub fn watermelon_flags(services: &[Service], periods: &[Period]) -> Vec<WatermelonFlag> {
    let mut flags = Vec::new();
    for service in services {
        for &period in periods.iter().rev() {
            let reasons = watermelon(service, period);
            if !reasons.is_empty() {
                flags.push(WatermelonFlag {
                    service_id: service.id.clone(),
                    service: service.name.clone(),
                    period,
                    reasons,
                });
            }
        }
    }
    flags
}

/// Flags `service` in `period` when every target with data in `period` is met (a
/// warning counts as met; at least one target must have data) while user or customer
/// satisfaction in `period` is below 3 or fell by 1 or more from the previous period.
///
/// "Previous period" is the latest earlier satisfaction entry of the same period kind
/// that has a score for that side (so a skipped survey does not hide a drop). Returns
/// the reasons, user first; empty when the service is not flagged.
pub fn watermelon(service: &Service, period: Period) -> Vec<WatermelonReason> {
    let mut with_data = 0;
    for (_, target) in service.targets() {
        let status = target.status_in(period);
        if status == super::Attainment::NoData {
            continue;
        }
        if !status.is_met() {
            return Vec::new();
        }
        with_data += 1;
    }
    if with_data == 0 {
        return Vec::new();
    }
    let Some(current) = service.satisfaction_in(period) else {
        return Vec::new();
    };
    let mut reasons = Vec::new();
    for side in [SatisfactionSide::User, SatisfactionSide::Customer] {
        let Some(value) = current.score(side).map(|r| r.get()) else {
            continue;
        };
        if value < LOW_SATISFACTION {
            reasons.push(WatermelonReason::Low { side, value });
        }
        let previous = service
            .satisfaction
            .iter()
            .filter(|s| s.period.kind() == period.kind() && s.period < period)
            .filter_map(|s| s.score(side).map(|r| (s.period, r.get())))
            .max_by_key(|(p, _)| *p);
        if let Some((previous_period, previous)) = previous {
            if previous - value >= 1 {
                reasons.push(WatermelonReason::Fell {
                    side,
                    value,
                    previous,
                    previous_period,
                });
            }
        }
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bounded::Rating5;
    use crate::domain::slm::{
        Agreement, AgreementKind, Direction, PeriodKind, Satisfaction, Target,
    };
    use crate::domain::Id;

    fn p(t: &str) -> Period {
        t.parse().unwrap()
    }

    fn service(achieved: &[(&str, f64)], scores: &[(&str, Option<i64>, Option<i64>)]) -> Service {
        let id = |s: &str| Id::new(s).unwrap();
        let mut target = Target::new(
            id("t"),
            "Availability",
            "%",
            Direction::AtLeast,
            99.5,
            Some(99.7),
            PeriodKind::Month,
        )
        .unwrap();
        for (period, v) in achieved {
            target.set_record(p(period), *v).unwrap();
        }
        let mut other = Target::new(
            id("t2"),
            "Response",
            "h",
            Direction::AtMost,
            4.0,
            None,
            PeriodKind::Month,
        )
        .unwrap();
        other.set_record(p("2025-01"), 9.0).unwrap();
        let mut agreement =
            Agreement::new(id("a"), "SLA", AgreementKind::Sla, None, None, None).unwrap();
        agreement.targets = vec![target, other];
        let mut s = Service::new(id("s"), "S");
        s.agreements.push(agreement);
        for (period, user, customer) in scores {
            s.set_satisfaction(Satisfaction {
                period: p(period),
                user: user.and_then(|v| Rating5::new(v).ok()),
                customer: customer.and_then(|v| Rating5::new(v).ok()),
                source: Default::default(),
            });
        }
        s
    }

    #[test]
    fn met_targets_with_low_or_falling_satisfaction_are_flagged() {
        let s = service(
            &[("2026-01", 99.9), ("2026-02", 99.6), ("2026-03", 99.9)],
            &[
                ("2026-01", Some(4), Some(4)),
                ("2026-02", Some(2), Some(4)),
                ("2026-03", Some(3), Some(3)),
            ],
        );
        assert!(watermelon(&s, p("2026-01")).is_empty());
        assert_eq!(
            watermelon(&s, p("2026-02")),
            vec![
                WatermelonReason::Low {
                    side: SatisfactionSide::User,
                    value: 2
                },
                WatermelonReason::Fell {
                    side: SatisfactionSide::User,
                    value: 2,
                    previous: 4,
                    previous_period: p("2026-01")
                },
            ],
            "a warning counts as met"
        );
        assert_eq!(
            watermelon(&s, p("2026-03")),
            vec![WatermelonReason::Fell {
                side: SatisfactionSide::Customer,
                value: 3,
                previous: 4,
                previous_period: p("2026-02")
            }]
        );
    }

    #[test]
    fn breaches_missing_data_or_steady_scores_are_not_flagged() {
        let s = service(
            &[("2026-01", 99.0), ("2026-03", 99.9)],
            &[
                ("2026-01", Some(1), Some(1)),
                ("2026-02", Some(1), None),
                ("2026-03", Some(3), Some(3)),
            ],
        );
        assert!(watermelon(&s, p("2026-01")).is_empty(), "a target breached");
        assert!(
            watermelon(&s, p("2026-02")).is_empty(),
            "no target has data"
        );
        assert!(
            watermelon(&s, p("2026-03")).is_empty(),
            "3 is not low and rose"
        );
        assert!(watermelon(&s, p("2026-04")).is_empty());
    }

    #[test]
    fn flags_list_each_service_newest_period_first() {
        let s = service(
            &[("2026-01", 99.9), ("2026-02", 99.6), ("2026-03", 99.9)],
            &[
                ("2026-01", Some(4), Some(4)),
                ("2026-02", Some(2), Some(4)),
                ("2026-03", Some(3), Some(3)),
            ],
        );
        let periods = [p("2026-01"), p("2026-02"), p("2026-03")];
        let flags = watermelon_flags(std::slice::from_ref(&s), &periods);
        let listed: Vec<_> = flags.iter().map(|f| (f.period, f.reasons.len())).collect();
        assert_eq!(listed, vec![(p("2026-03"), 1), (p("2026-02"), 2)]);
        assert_eq!(flags[0].service, "S");
        assert!(watermelon_flags(&[], &periods).is_empty());
    }
}
