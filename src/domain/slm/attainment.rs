//! Whether an achieved value meets its target: met, warning, breached or no data, and
//! the share of recent periods met.

use super::period::Period;
use super::target::{Direction, Target};
use serde::{Deserialize, Serialize};

/// Status of one period against a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attainment {
    /// The achieved value satisfies the target, clear of the warning threshold.
    Met,
    /// Met, but on the wrong side of the warning threshold (close to breaching).
    Warning,
    /// The target is not met.
    Breached,
    /// Nothing recorded (or the value is not a number).
    NoData,
}

impl Attainment {
    /// Met or warning: the agreed level was achieved.
    pub fn is_met(self) -> bool {
        matches!(self, Self::Met | Self::Warning)
    }
}

/// Status of `achieved` against `direction target` with an optional warning threshold.
///
/// - Met when `achieved` satisfies the direction; `achieved == target` is met.
/// - Warning when met but beyond the warning threshold: for `>=` targets `achieved <
///   warning`, for `<=` targets `achieved > warning`. Exactly on the threshold is met.
/// - Breached otherwise; NoData when `achieved` is `None` or not finite.
///
/// ```
/// use dsv_studio::domain::slm::{status, Attainment, Direction};
/// assert_eq!(status(Direction::AtLeast, 99.5, Some(99.7), Some(99.6)), Attainment::Warning);
/// assert_eq!(status(Direction::AtMost, 4.0, None, Some(4.0)), Attainment::Met);
/// ```
pub fn status(
    direction: Direction,
    target: f64,
    warning: Option<f64>,
    achieved: Option<f64>,
) -> Attainment {
    let Some(achieved) = achieved.filter(|a| a.is_finite()) else {
        return Attainment::NoData;
    };
    if !direction.satisfied(achieved, target) {
        return Attainment::Breached;
    }
    let warned = warning
        .filter(|w| w.is_finite())
        .is_some_and(|w| match direction {
            Direction::AtLeast => achieved < w,
            Direction::AtMost => achieved > w,
        });
    if warned {
        Attainment::Warning
    } else {
        Attainment::Met
    }
}

impl Target {
    /// Status of `achieved` against this target.
    pub fn status_of(&self, achieved: Option<f64>) -> Attainment {
        status(self.direction, self.target, self.warning, achieved)
    }

    /// Status of the value recorded for `period`.
    pub fn status_in(&self, period: Period) -> Attainment {
        self.status_of(self.achieved(period))
    }
}

/// How many of the recent periods with data met the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareMet {
    /// Periods met (warnings count as met).
    pub met: usize,
    /// Periods with data considered (at most 12).
    pub of: usize,
}

impl ShareMet {
    /// The share as a fraction 0–1, `None` when no period had data.
    pub fn fraction(self) -> Option<f64> {
        (self.of > 0).then(|| self.met as f64 / self.of as f64)
    }
}

/// Periods considered by [`share_met`].
pub const SHARE_PERIODS: usize = 12;

/// Share of periods met over the last 12 periods with data (latest by period, up to and
/// including `until` when given). Warnings count as met.
pub fn share_met(target: &Target, until: Option<Period>) -> ShareMet {
    let mut records: Vec<_> = target
        .records
        .iter()
        .filter(|r| r.achieved.is_finite() && until.is_none_or(|u| r.period <= u))
        .collect();
    records.sort_by_key(|r| std::cmp::Reverse(r.period));
    let recent = records.iter().take(SHARE_PERIODS);
    ShareMet {
        met: recent
            .clone()
            .filter(|r| target.status_of(Some(r.achieved)).is_met())
            .count(),
        of: recent.count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slm::PeriodKind;
    use crate::domain::Id;
    use Attainment::*;

    #[test]
    fn at_least_targets_on_exact_boundaries() {
        let s = |a| status(Direction::AtLeast, 99.5, Some(99.7), Some(a));
        assert_eq!(s(99.8), Met);
        assert_eq!(s(99.7), Met, "exactly on the warning threshold");
        assert_eq!(s(99.69), Warning);
        assert_eq!(
            s(99.5),
            Warning,
            "exactly on the target is met (with warning)"
        );
        assert_eq!(s(99.49), Breached);
        assert_eq!(status(Direction::AtLeast, 99.5, None, Some(99.5)), Met);
    }

    #[test]
    fn at_most_targets_on_exact_boundaries() {
        let s = |a| status(Direction::AtMost, 4.0, Some(3.0), Some(a));
        assert_eq!(s(2.0), Met);
        assert_eq!(s(3.0), Met, "exactly on the warning threshold");
        assert_eq!(s(3.5), Warning);
        assert_eq!(s(4.0), Warning, "exactly on the target");
        assert_eq!(s(4.01), Breached);
        assert_eq!(status(Direction::AtMost, 4.0, None, Some(4.0)), Met);
    }

    #[test]
    fn missing_or_non_finite_values_are_no_data() {
        assert_eq!(status(Direction::AtLeast, 1.0, None, None), NoData);
        assert_eq!(
            status(Direction::AtLeast, 1.0, None, Some(f64::NAN)),
            NoData
        );
        assert_eq!(
            status(Direction::AtMost, 1.0, None, Some(f64::INFINITY)),
            NoData
        );
    }

    #[test]
    fn share_met_counts_the_last_twelve_periods_with_data() {
        let mut t = Target::new(
            Id::new("t").unwrap(),
            "A",
            "%",
            Direction::AtLeast,
            99.0,
            Some(99.5),
            PeriodKind::Month,
        )
        .unwrap();
        let mut p: Period = "2025-01".parse().unwrap();
        // 14 months: the first two breached (outside the window), then warning, met, breach.
        for (i, v) in [
            90.0, 90.0, 99.2, 99.9, 99.9, 98.0, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.0,
        ]
        .into_iter()
        .enumerate()
        {
            if i != 6 {
                t.set_record(p, v).unwrap();
            }
            p = p.next().unwrap();
        }
        let share = share_met(&t, None);
        assert_eq!(share, ShareMet { met: 10, of: 12 });
        assert_eq!(
            share_met(&t, Some("2025-02".parse().unwrap())),
            ShareMet { met: 0, of: 2 }
        );
        assert_eq!(ShareMet { met: 0, of: 0 }.fraction(), None);
    }
}
