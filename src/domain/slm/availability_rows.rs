//! The rows of the availability helper: which targets look like availability, which
//! periods are listed, the report of each and the rounding of an achieved % that
//! keeps a breach from showing as met.

use super::availability::{availability, AvailabilityReport, Outage};
use super::period::{period_range, Period, PeriodKind};
use super::target::Target;
use chrono::{NaiveDateTime, TimeDelta};
use std::collections::BTreeSet;

/// At most this many periods are listed (the latest ones).
pub const MAX_AVAILABILITY_PERIODS: usize = 36;

/// True when a target measures availability: unit "%" or a metric named so (in
/// English, Spanish or Russian).
pub fn looks_like_availability(t: &Target) -> bool {
    let metric = t.metric.to_lowercase();
    t.unit.trim() == "%"
        || ["availab", "disponib", "доступн"]
            .iter()
            .any(|w| metric.contains(w))
}

/// `value` rounded down to two decimals, at most 100 (so a breach never shows, or is
/// recorded, as met).
pub fn round_down_percent(value: f64) -> f64 {
    ((value * 100.0 + 1e-9).floor() / 100.0).min(100.0)
}

/// The periods of `kind` that an outage touches, and `current`, in order; the latest
/// [`MAX_AVAILABILITY_PERIODS`] of them.
pub fn availability_periods(kind: PeriodKind, outages: &[Outage], current: Period) -> Vec<Period> {
    let mut set = BTreeSet::from([current]);
    for o in outages {
        let last = o
            .end()
            .checked_sub_signed(TimeDelta::seconds(1))
            .unwrap_or(o.end())
            .max(o.start());
        let from = Period::containing(kind, o.start().date());
        let to = Period::containing(kind, last.date());
        set.extend(period_range(from, to, MAX_AVAILABILITY_PERIODS));
    }
    let all: Vec<Period> = set.into_iter().collect();
    let skip = all.len().saturating_sub(MAX_AVAILABILITY_PERIODS);
    all.into_iter().skip(skip).collect()
}

/// One period of the availability helper's table.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailabilityRow {
    /// The period.
    pub period: Period,
    /// Agreed service time, downtime and achieved % in it.
    pub report: AvailabilityReport,
    /// The period ended before today.
    pub completed: bool,
    /// The period contains today.
    pub current: bool,
}

/// The rows for target `t` at `now`: a period still running is counted up to `now`.
pub fn availability_rows(t: &Target, now: NaiveDateTime) -> Vec<AvailabilityRow> {
    let setup = t.availability.clone().unwrap_or_default();
    let current = Period::containing(t.period_kind, now.date());
    availability_periods(t.period_kind, &setup.outages, current)
        .into_iter()
        .map(|period| {
            let completed = period.last_day() < now.date();
            AvailabilityRow {
                period,
                report: availability(
                    period,
                    &setup.hours,
                    &setup.outages,
                    (!completed).then_some(now),
                ),
                completed,
                current: period == current,
            }
        })
        .collect()
}

/// A value to record: the achieved % of a completed period, rounded down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AchievedValue {
    /// The completed period.
    pub period: Period,
    /// Its achieved %, rounded down to two decimals.
    pub achieved: f64,
}

/// The values the helper records for target `t` at `now`: every completed period
/// with agreed service time.
pub fn achieved_values(t: &Target, now: NaiveDateTime) -> Vec<AchievedValue> {
    availability_rows(t, now)
        .into_iter()
        .filter(|r| r.completed)
        .filter_map(|r| {
            r.report.achieved_percent.map(|v| AchievedValue {
                period: r.period,
                achieved: round_down_percent(v),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slm::{AvailabilitySetup, Direction, ServiceHours};
    use crate::domain::Id;
    use chrono::NaiveDate;

    fn at(d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 6, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    }

    #[test]
    fn achieved_values_round_down_to_two_decimals() {
        assert_eq!(round_down_percent(99.583_333), 99.58);
        assert_eq!(round_down_percent(99.499_99), 99.49);
        assert_eq!(round_down_percent(100.0), 100.0);
        assert_eq!(round_down_percent(100.004), 100.0);
    }

    #[test]
    fn availability_is_recognised_by_unit_or_metric() {
        let target = |metric: &str, unit: &str| {
            Target::new(
                Id::new("t").unwrap(),
                metric,
                unit,
                Direction::AtLeast,
                99.5,
                None,
                PeriodKind::Month,
            )
            .unwrap()
        };
        assert!(looks_like_availability(&target("Uptime", " % ")));
        assert!(looks_like_availability(&target("Disponibilidad", "")));
        assert!(looks_like_availability(&target("Доступность", "")));
        assert!(!looks_like_availability(&target("Response time", "h")));
    }

    #[test]
    fn periods_with_outages_and_the_current_one_are_listed() {
        let june: Period = "2026-06".parse().unwrap();
        let outages = [
            Outage::new(at(10, 10), at(10, 13), false).unwrap(),
            // Ends at midnight starting July: June only.
            Outage::new(at(30, 20), at(30, 20) + TimeDelta::hours(4), false).unwrap(),
        ];
        let nov: Period = "2026-11".parse().unwrap();
        assert_eq!(
            availability_periods(PeriodKind::Month, &outages, nov),
            [june, nov]
        );
        let mut t = Target::new(
            Id::new("t").unwrap(),
            "Availability",
            "%",
            Direction::AtLeast,
            99.5,
            None,
            PeriodKind::Month,
        )
        .unwrap();
        assert!(looks_like_availability(&t));
        t.availability = Some(AvailabilitySetup {
            hours: ServiceHours::AlwaysOn,
            outages: outages[..1].to_vec(),
        });
        let now = NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap();
        let rows = availability_rows(&t, now);
        assert_eq!(rows.len(), 2);
        assert!(rows[0].completed && !rows[0].current);
        assert_eq!(
            rows[0].report.achieved_percent.map(round_down_percent),
            Some(99.58)
        );
        assert!(rows[1].current && !rows[1].completed);
        assert_eq!(rows[1].report.achieved_percent, Some(100.0));
        assert_eq!(
            achieved_values(&t, now),
            [AchievedValue {
                period: june,
                achieved: 99.58
            }]
        );
    }

    #[test]
    fn many_outages_list_only_the_latest_periods() {
        let outages: Vec<Outage> = (0..50)
            .map(|i| {
                let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Months::new(i);
                let start = start.and_hms_opt(1, 0, 0).unwrap();
                Outage::new(start, start + TimeDelta::hours(1), true).unwrap()
            })
            .collect();
        let current: Period = "2024-02".parse().unwrap();
        let listed = availability_periods(PeriodKind::Month, &outages, current);
        assert_eq!(listed.len(), MAX_AVAILABILITY_PERIODS);
        assert_eq!(listed.last(), Some(&current));
    }
}
