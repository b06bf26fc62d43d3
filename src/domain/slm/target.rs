//! Service level targets: metric, direction, target value, optional warning threshold
//! and the achieved value recorded for each period.

use super::availability::AvailabilitySetup;
use super::period::{Period, PeriodKind};
use crate::domain::Id;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Whether higher or lower achieved values are better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// `>=`: the achieved value must be at least the target (availability, FCR %).
    #[serde(rename = ">=")]
    AtLeast,
    /// `<=`: the achieved value must be at most the target (response time).
    #[serde(rename = "<=")]
    AtMost,
}

impl Direction {
    /// Both directions.
    pub const ALL: [Self; 2] = [Self::AtLeast, Self::AtMost];

    /// `>=` or `<=`.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::AtLeast => ">=",
            Self::AtMost => "<=",
        }
    }

    /// Reads `>=` or `<=` (also `≥`, `≤`); anything else gives `None`.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim() {
            ">=" | "≥" => Some(Self::AtLeast),
            "<=" | "≤" => Some(Self::AtMost),
            _ => None,
        }
    }

    /// True when `achieved` satisfies `self target` (the boundary counts as met).
    pub fn satisfied(self, achieved: f64, target: f64) -> bool {
        match self {
            Self::AtLeast => achieved >= target,
            Self::AtMost => achieved <= target,
        }
    }
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

/// An achieved value for one period.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub period: Period,
    pub achieved: f64,
}

/// Why target values are inconsistent.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetError {
    /// The metric name is blank.
    EmptyMetric,
    /// The target value is NaN or infinite.
    TargetNotFinite,
    /// The warning threshold is NaN or infinite.
    WarningNotFinite,
    /// The warning threshold lies on the failing side of the target: for `>=` targets it
    /// must be at least the target (warn before breaching), for `<=` at most.
    WarningOnWrongSide {
        direction: Direction,
        target: f64,
        warning: f64,
    },
    /// An achieved value is NaN or infinite.
    AchievedNotFinite { period: Period },
    /// A record's period is not of the target's period kind.
    WrongPeriodKind {
        period: Period,
        expected: PeriodKind,
    },
    /// Two records for one period.
    DuplicatePeriod { period: Period },
}

impl fmt::Display for TargetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyMetric => f.write_str("the metric has no name"),
            Self::TargetNotFinite => f.write_str("the target value is not a number"),
            Self::WarningNotFinite => f.write_str("the warning threshold is not a number"),
            Self::WarningOnWrongSide {
                direction,
                target,
                warning,
            } => match direction {
                Direction::AtLeast => write!(
                    f,
                    "the warning threshold {warning} must not be below the target {target} (direction >=)"
                ),
                Direction::AtMost => write!(
                    f,
                    "the warning threshold {warning} must not be above the target {target} (direction <=)"
                ),
            },
            Self::AchievedNotFinite { period } => {
                write!(f, "the achieved value for {period} is not a number")
            }
            Self::WrongPeriodKind { period, expected } => write!(
                f,
                "the record for {period} does not match the target's period kind ({})",
                match expected {
                    PeriodKind::Month => "month",
                    PeriodKind::IsoWeek => "ISO week",
                    PeriodKind::Quarter => "quarter",
                }
            ),
            Self::DuplicatePeriod { period } => write!(f, "two records for {period}"),
        }
    }
}

impl std::error::Error for TargetError {}

/// A service level target within an agreement. Records are kept sorted by period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub id: Id,
    pub metric: String,
    #[serde(default)]
    pub unit: String,
    pub direction: Direction,
    pub target: f64,
    /// For `>=` targets a warning shows when the achieved value is below this (but still
    /// meets the target); for `<=` targets when it is above.
    #[serde(default)]
    pub warning: Option<f64>,
    #[serde(default)]
    pub period_kind: PeriodKind,
    #[serde(default)]
    pub records: Vec<Record>,
    /// Service hours and outages, for targets whose achieved value is computed by the
    /// availability helper; absent in data stored before the helper existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability: Option<AvailabilitySetup>,
}

/// Checks the target value and warning threshold against each other.
pub fn check_thresholds(
    direction: Direction,
    target: f64,
    warning: Option<f64>,
) -> Result<(), TargetError> {
    if !target.is_finite() {
        return Err(TargetError::TargetNotFinite);
    }
    if let Some(warning) = warning {
        if !warning.is_finite() {
            return Err(TargetError::WarningNotFinite);
        }
        if !direction.satisfied(warning, target) {
            return Err(TargetError::WarningOnWrongSide {
                direction,
                target,
                warning,
            });
        }
    }
    Ok(())
}

impl Target {
    /// A target without records; checks that the numbers are finite and the warning
    /// threshold lies on the meeting side of the target.
    pub fn new(
        id: Id,
        metric: impl Into<String>,
        unit: impl Into<String>,
        direction: Direction,
        target: f64,
        warning: Option<f64>,
        period_kind: PeriodKind,
    ) -> Result<Self, TargetError> {
        let metric = metric.into().trim().to_owned();
        if metric.is_empty() {
            return Err(TargetError::EmptyMetric);
        }
        check_thresholds(direction, target, warning)?;
        Ok(Self {
            id,
            metric,
            unit: unit.into().trim().to_owned(),
            direction,
            target,
            warning,
            period_kind,
            records: Vec::new(),
            availability: None,
        })
    }

    /// The achieved value recorded for `period`.
    pub fn achieved(&self, period: Period) -> Option<f64> {
        self.records
            .iter()
            .find(|r| r.period == period)
            .map(|r| r.achieved)
    }

    /// Records `achieved` for `period`, replacing any earlier value for it; keeps the
    /// records sorted. Returns the value replaced, if any.
    pub fn set_record(
        &mut self,
        period: Period,
        achieved: f64,
    ) -> Result<Option<f64>, TargetError> {
        if !achieved.is_finite() {
            return Err(TargetError::AchievedNotFinite { period });
        }
        if period.kind() != self.period_kind {
            return Err(TargetError::WrongPeriodKind {
                period,
                expected: self.period_kind,
            });
        }
        match self.records.binary_search_by(|r| r.period.cmp(&period)) {
            Ok(i) => match self.records.get_mut(i) {
                Some(r) => Ok(Some(std::mem::replace(&mut r.achieved, achieved))),
                None => Ok(None),
            },
            Err(i) => {
                self.records.insert(i, Record { period, achieved });
                Ok(None)
            }
        }
    }

    /// Removes the record for `period`; true when there was one.
    pub fn remove_record(&mut self, period: Period) -> bool {
        let before = self.records.len();
        self.records.retain(|r| r.period != period);
        before != self.records.len()
    }

    /// Every problem with the target's numbers and records.
    pub fn problems(&self) -> Vec<TargetError> {
        let mut out = Vec::new();
        if self.metric.trim().is_empty() {
            out.push(TargetError::EmptyMetric);
        }
        if let Err(e) = check_thresholds(self.direction, self.target, self.warning) {
            out.push(e);
        }
        let mut seen = std::collections::HashSet::new();
        for r in &self.records {
            if !r.achieved.is_finite() {
                out.push(TargetError::AchievedNotFinite { period: r.period });
            }
            if r.period.kind() != self.period_kind {
                out.push(TargetError::WrongPeriodKind {
                    period: r.period,
                    expected: self.period_kind,
                });
            }
            if !seen.insert(r.period) {
                out.push(TargetError::DuplicatePeriod { period: r.period });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn availability() -> Target {
        Target::new(
            Id::new("t1").unwrap(),
            " Availability ",
            "%",
            Direction::AtLeast,
            99.5,
            Some(99.7),
            PeriodKind::Month,
        )
        .unwrap()
    }

    #[test]
    fn construction_checks_warning_side_and_finiteness() {
        let id = || Id::new("t").unwrap();
        assert_eq!(availability().metric, "Availability");
        assert!(matches!(
            Target::new(
                id(),
                "A",
                "%",
                Direction::AtLeast,
                99.5,
                Some(99.0),
                PeriodKind::Month
            ),
            Err(TargetError::WarningOnWrongSide { .. })
        ));
        assert!(Target::new(
            id(),
            "R",
            "h",
            Direction::AtMost,
            4.0,
            Some(3.0),
            PeriodKind::Month
        )
        .is_ok());
        assert!(Target::new(
            id(),
            "R",
            "h",
            Direction::AtMost,
            4.0,
            Some(5.0),
            PeriodKind::Month
        )
        .is_err());
        assert_eq!(
            Target::new(
                id(),
                "A",
                "%",
                Direction::AtLeast,
                f64::NAN,
                None,
                PeriodKind::Month
            ),
            Err(TargetError::TargetNotFinite)
        );
        assert_eq!(
            Target::new(
                id(),
                " ",
                "%",
                Direction::AtLeast,
                1.0,
                None,
                PeriodKind::Month
            ),
            Err(TargetError::EmptyMetric)
        );
    }

    #[test]
    fn targets_stored_without_availability_still_load_and_round_trip() {
        let old = r#"{"id":"t1","metric":"Availability","unit":"%","direction":">=","target":99.5,"period_kind":"month","records":[]}"#;
        let mut t: Target = match serde_json::from_str(old) {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(t.availability, None);
        assert!(!serde_json::to_string(&t).unwrap().contains("availability"));
        t.availability = Some(AvailabilitySetup::default());
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<Target>(&json).unwrap(), t);
        let bad = json.replace(
            r#""outages":[]"#,
            r#""outages":[{"start":"2026-06-10T13:00:00","end":"2026-06-10T10:00:00"}]"#,
        );
        assert_ne!(bad, json);
        assert!(serde_json::from_str::<Target>(&bad).is_err());
    }

    #[test]
    fn records_stay_sorted_and_replace_by_period() {
        let mut t = availability();
        let p = |s: &str| s.parse::<Period>().unwrap();
        assert_eq!(t.set_record(p("2026-03"), 99.9), Ok(None));
        assert_eq!(t.set_record(p("2026-01"), 99.1), Ok(None));
        assert_eq!(t.set_record(p("2026-03"), 99.8), Ok(Some(99.9)));
        assert_eq!(
            t.records.iter().map(|r| r.period).collect::<Vec<_>>(),
            [p("2026-01"), p("2026-03")]
        );
        assert_eq!(t.achieved(p("2026-03")), Some(99.8));
        assert!(t.set_record(p("2026-W05"), 99.0).is_err());
        assert!(t.set_record(p("2026-04"), f64::INFINITY).is_err());
        assert!(t.problems().is_empty());
        assert!(t.remove_record(p("2026-01")));
    }
}
