//! The service level dashboard: a heat map of services × targets × periods, series for
//! the charts, and the filtered, sorted list of improvement opportunities.

use super::attainment::{share_met, Attainment, ShareMet};
use super::improvement::{Improvement, ImprovementAim, ImprovementStatus};
use super::period::{period_range, Period, PeriodKind};
use super::service::Service;
use super::target::{Direction, Target};
use crate::domain::Id;
use std::cmp::Ordering;
use std::collections::HashMap;

/// Most columns a heat map shows (five years of weeks).
pub const MAX_PERIODS: usize = 261;

/// One target's row of the heat map.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatRow {
    pub service_id: Id,
    pub service: String,
    pub agreement_id: Id,
    pub agreement: String,
    pub target_id: Id,
    pub metric: String,
    pub unit: String,
    pub direction: Direction,
    pub target: f64,
    /// One status per column of [`HeatMap::periods`].
    pub cells: Vec<Attainment>,
    /// Share met over the last 12 periods with data up to the last column.
    pub share: ShareMet,
}

/// Statuses of every target of a period kind over a range of periods.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatMap {
    /// The columns, oldest first.
    pub periods: Vec<Period>,
    /// One row per target whose period kind is that of the range, in service,
    /// agreement and target order.
    pub rows: Vec<HeatRow>,
}

/// The latest period of `kind` with a record in any of `services`.
pub fn latest_period(services: &[Service], kind: PeriodKind) -> Option<Period> {
    services
        .iter()
        .flat_map(|s| s.targets())
        .filter(|(_, t)| t.period_kind == kind)
        .flat_map(|(_, t)| t.records.iter().map(|r| r.period))
        .max()
}

/// The heat map for `from..=to` (same kind; at most [`MAX_PERIODS`] columns). Targets
/// measured over another period kind are left out.
pub fn heat_map(services: &[Service], from: Period, to: Period) -> HeatMap {
    let periods = period_range(from, to, MAX_PERIODS);
    let last = periods.last().copied();
    let mut rows = Vec::new();
    for service in services {
        for (agreement, target) in service.targets() {
            if target.period_kind != from.kind() {
                continue;
            }
            let mut cells = vec![Attainment::NoData; periods.len()];
            for record in &target.records {
                let column = periods.binary_search(&record.period).ok();
                if let Some(cell) = column.and_then(|i| cells.get_mut(i)) {
                    *cell = target.status_of(Some(record.achieved));
                }
            }
            rows.push(HeatRow {
                service_id: service.id.clone(),
                service: service.name.clone(),
                agreement_id: agreement.id.clone(),
                agreement: agreement.name.clone(),
                target_id: target.id.clone(),
                metric: target.metric.clone(),
                unit: target.unit.clone(),
                direction: target.direction,
                target: target.target,
                cells,
                share: share_met(target, last),
            });
        }
    }
    HeatMap { periods, rows }
}

/// One period of a target's series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeriesPoint {
    pub period: Period,
    pub achieved: Option<f64>,
    pub status: Attainment,
}

/// The target's achieved values and statuses over `periods` (gaps as `None`).
pub fn target_series(target: &Target, periods: &[Period]) -> Vec<SeriesPoint> {
    let values: HashMap<Period, f64> = target
        .records
        .iter()
        .filter(|r| r.achieved.is_finite())
        .map(|r| (r.period, r.achieved))
        .collect();
    periods
        .iter()
        .map(|&period| {
            let achieved = values.get(&period).copied();
            SeriesPoint {
                period,
                achieved,
                status: target.status_of(achieved),
            }
        })
        .collect()
}

/// User and customer satisfaction of one period (1–5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SatisfactionPoint {
    pub period: Period,
    pub user: Option<i8>,
    pub customer: Option<i8>,
}

/// The service's satisfaction over `periods` (gaps as `None`).
pub fn satisfaction_series(service: &Service, periods: &[Period]) -> Vec<SatisfactionPoint> {
    periods
        .iter()
        .map(|&period| {
            let entry = service.satisfaction_in(period);
            SatisfactionPoint {
                period,
                user: entry.and_then(|s| s.user).map(|r| r.get()),
                customer: entry.and_then(|s| s.customer).map(|r| r.get()),
            }
        })
        .collect()
}

/// Which improvements to list; `None` fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImprovementFilter {
    pub status: Option<ImprovementStatus>,
    pub aim: Option<ImprovementAim>,
    pub service: Option<Id>,
}

/// Order of the improvement list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImprovementSort {
    /// Earliest due date first, undated last.
    #[default]
    DueDate,
    /// Workflow order: proposed, approved, in progress, done, rejected.
    Status,
    /// Alphabetical, ignoring case.
    Title,
}

/// An improvement with the service it belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ImprovementRow<'a> {
    pub service: &'a Service,
    pub improvement: &'a Improvement,
}

/// The improvements of all `services` that pass `filter`, sorted by `sort` (ties by
/// title, then service order).
pub fn improvements<'a>(
    services: &'a [Service],
    filter: &ImprovementFilter,
    sort: ImprovementSort,
) -> Vec<ImprovementRow<'a>> {
    let mut rows: Vec<(String, ImprovementRow<'a>)> = services
        .iter()
        .filter(|s| filter.service.as_ref().is_none_or(|id| &s.id == id))
        .flat_map(|service| {
            service
                .improvements
                .iter()
                .map(move |improvement| ImprovementRow {
                    service,
                    improvement,
                })
        })
        .filter(|row| filter.status.is_none_or(|s| row.improvement.status == s))
        .filter(|row| filter.aim.is_none_or(|a| row.improvement.aim == a))
        .map(|row| (row.improvement.title.to_lowercase(), row))
        .collect();
    rows.sort_by(|(ta, a), (tb, b)| {
        let primary = match sort {
            ImprovementSort::DueDate => match (a.improvement.due, b.improvement.due) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
            ImprovementSort::Status => a.improvement.status.cmp(&b.improvement.status),
            ImprovementSort::Title => Ordering::Equal,
        };
        primary.then_with(|| ta.cmp(tb))
    });
    rows.into_iter().map(|(_, row)| row).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slm::{Agreement, AgreementKind, PeriodKind};
    use chrono::NaiveDate;

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn p(t: &str) -> Period {
        t.parse().unwrap()
    }

    fn service() -> Service {
        let mut t = Target::new(
            id("t1"),
            "Availability",
            "%",
            Direction::AtLeast,
            99.5,
            Some(99.7),
            PeriodKind::Month,
        )
        .unwrap();
        for (period, v) in [
            ("2025-12", 90.0),
            ("2026-01", 99.9),
            ("2026-02", 99.6),
            ("2026-03", 99.0),
        ] {
            t.set_record(p(period), v).unwrap();
        }
        let weekly = Target::new(
            id("t2"),
            "Calls",
            "",
            Direction::AtLeast,
            1.0,
            None,
            PeriodKind::IsoWeek,
        )
        .unwrap();
        let mut a =
            Agreement::new(id("a1"), "SLA-001", AgreementKind::Sla, None, None, None).unwrap();
        a.targets = vec![t, weekly];
        let mut s = Service::new(id("s1"), "E-mail");
        s.agreements.push(a);
        s
    }

    #[test]
    fn heat_map_places_statuses_in_their_columns() {
        let map = heat_map(&[service()], p("2026-01"), p("2026-04"));
        assert_eq!(map.periods.len(), 4);
        assert_eq!(map.rows.len(), 1, "weekly target left out of a monthly map");
        let row = &map.rows[0];
        assert_eq!(
            row.cells,
            [
                Attainment::Met,
                Attainment::Warning,
                Attainment::Breached,
                Attainment::NoData
            ]
        );
        assert_eq!(row.share, ShareMet { met: 2, of: 4 });
        assert!(heat_map(&[service()], p("2026-04"), p("2026-01"))
            .periods
            .is_empty());
    }

    #[test]
    fn series_have_gaps_for_missing_periods() {
        let s = service();
        let target = &s.agreements[0].targets[0];
        let series = target_series(target, &period_range(p("2026-02"), p("2026-04"), 12));
        assert_eq!(
            series.iter().map(|x| x.achieved).collect::<Vec<_>>(),
            [Some(99.6), Some(99.0), None]
        );
        assert_eq!(series[1].status, Attainment::Breached);
        assert!(satisfaction_series(&s, &[p("2026-01")])[0].user.is_none());
    }

    #[test]
    fn improvements_filter_and_sort() {
        let mut s = service();
        let d = |m| NaiveDate::from_ymd_opt(2026, m, 1);
        for (i, (title, status, aim, due)) in [
            (
                "beta",
                ImprovementStatus::Done,
                ImprovementAim::MeetAgreedLevel,
                d(5),
            ),
            (
                "Alpha",
                ImprovementStatus::Proposed,
                ImprovementAim::MeetAgreedLevel,
                None,
            ),
            (
                "gamma",
                ImprovementStatus::Approved,
                ImprovementAim::RaiseUserSatisfaction,
                d(2),
            ),
        ]
        .into_iter()
        .enumerate()
        {
            let mut imp = Improvement::new(id(&format!("i{i}")), title, aim);
            imp.status = status;
            imp.due = due;
            s.improvements.push(imp);
        }
        let services = [s];
        let titles = |f: &ImprovementFilter, sort| -> Vec<String> {
            improvements(&services, f, sort)
                .iter()
                .map(|r| r.improvement.title.clone())
                .collect()
        };
        let all = ImprovementFilter::default();
        assert_eq!(
            titles(&all, ImprovementSort::DueDate),
            ["gamma", "beta", "Alpha"]
        );
        assert_eq!(
            titles(&all, ImprovementSort::Status),
            ["Alpha", "gamma", "beta"]
        );
        assert_eq!(
            titles(&all, ImprovementSort::Title),
            ["Alpha", "beta", "gamma"]
        );
        let f = ImprovementFilter {
            aim: Some(ImprovementAim::MeetAgreedLevel),
            ..Default::default()
        };
        assert_eq!(titles(&f, ImprovementSort::Title), ["Alpha", "beta"]);
        let f = ImprovementFilter {
            service: Some(id("other")),
            ..Default::default()
        };
        assert!(titles(&f, ImprovementSort::Title).is_empty());
        let f = ImprovementFilter {
            status: Some(ImprovementStatus::Done),
            ..Default::default()
        };
        assert_eq!(titles(&f, ImprovementSort::Title), ["beta"]);
    }

    #[test]
    fn latest_period_is_the_newest_record_of_the_kind() {
        let services = [service()];
        assert_eq!(
            latest_period(&services, PeriodKind::Month),
            Some(p("2026-03"))
        );
        assert_eq!(latest_period(&services, PeriodKind::Quarter), None);
    }
}
