//! Availability from outages and agreed service hours, and the downtime budget left.
//!
//! Convention (shown in the app and the README):
//! - *Agreed service time* of a period is the time inside the agreed service hours
//!   (24×7, or a window per weekday such as Mon–Fri 08:00–18:00) minus planned
//!   maintenance inside those hours. Planned maintenance is excluded from the agreed
//!   time, so it neither counts as downtime nor as time available.
//! - *Unplanned downtime* is the time of unplanned outages inside the service hours and
//!   outside planned maintenance. Overlapping outages are counted once; outside service
//!   hours an outage does not count.
//! - *Achieved %* = (agreed service time − unplanned downtime) / agreed service time × 100.
//! - For a period still in progress (pass `now`), downtime counts up to `now` but the
//!   division is by the **whole** period's agreed service time, so the figure only falls
//!   as the period goes on and a bad start is not exaggerated.
//! - *Downtime budget* for a target %: allowed = (1 − target/100) × agreed service time of
//!   the whole period; left = allowed − unplanned downtime so far (negative once the
//!   target is lost for the period).

use super::period::Period;
use chrono::{Datelike, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why an outage or service window is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AvailabilityError {
    /// An outage ends before or when it starts.
    OutageEndsBeforeStart {
        start: NaiveDateTime,
        end: NaiveDateTime,
    },
    /// A daily window that is empty, reversed or goes past 24:00.
    BadWindow { from_minute: u16, to_minute: u16 },
}

impl fmt::Display for AvailabilityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::OutageEndsBeforeStart { start, end } => {
                write!(f, "the outage ends ({end}) before it starts ({start})")
            }
            Self::BadWindow {
                from_minute,
                to_minute,
            } => write!(
                f,
                "service hours {} to {} are not a window within one day",
                hhmm(*from_minute),
                hhmm(*to_minute)
            ),
        }
    }
}

impl std::error::Error for AvailabilityError {}

fn hhmm(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// A period when the service was down. Stored as `{"start", "end", "planned"}`; a
/// stored outage that ends before it starts is refused when read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "OutageRepr")]
pub struct Outage {
    start: NaiveDateTime,
    end: NaiveDateTime,
    planned: bool,
}

impl Outage {
    /// An outage from `start` to `end` (end after start); `planned` for announced
    /// maintenance.
    pub fn new(
        start: NaiveDateTime,
        end: NaiveDateTime,
        planned: bool,
    ) -> Result<Self, AvailabilityError> {
        if end > start {
            Ok(Self {
                start,
                end,
                planned,
            })
        } else {
            Err(AvailabilityError::OutageEndsBeforeStart { start, end })
        }
    }

    /// When the outage started.
    pub fn start(&self) -> NaiveDateTime {
        self.start
    }

    /// When it ended.
    pub fn end(&self) -> NaiveDateTime {
        self.end
    }

    /// Planned maintenance (true) or an unplanned outage.
    pub fn planned(&self) -> bool {
        self.planned
    }
}

/// The stored form of an [`Outage`], checked when read.
#[derive(Deserialize)]
struct OutageRepr {
    start: NaiveDateTime,
    end: NaiveDateTime,
    #[serde(default)]
    planned: bool,
}

impl TryFrom<OutageRepr> for Outage {
    type Error = AvailabilityError;

    fn try_from(r: OutageRepr) -> Result<Self, Self::Error> {
        Self::new(r.start, r.end, r.planned)
    }
}

/// Service hours on one weekday, in minutes after midnight: `from` < `to` ≤ 1440.
/// Stored as `{"from_minute", "to_minute"}`; a bad stored window is refused when read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "WindowRepr")]
pub struct DailyWindow {
    from_minute: u16,
    to_minute: u16,
}

impl DailyWindow {
    /// The whole day.
    pub const ALL_DAY: Self = Self {
        from_minute: 0,
        to_minute: 1440,
    };

    /// A window from `from_minute` to `to_minute` after midnight (1440 is midnight at
    /// the end of the day).
    pub fn new(from_minute: u16, to_minute: u16) -> Result<Self, AvailabilityError> {
        if from_minute < to_minute && to_minute <= 1440 {
            Ok(Self {
                from_minute,
                to_minute,
            })
        } else {
            Err(AvailabilityError::BadWindow {
                from_minute,
                to_minute,
            })
        }
    }

    /// A window between two clock times (`to` of 00:00 means the end of the day).
    pub fn between(from: NaiveTime, to: NaiveTime) -> Result<Self, AvailabilityError> {
        let minute = |t: NaiveTime| (t.signed_duration_since(NaiveTime::MIN).num_minutes()) as u16;
        let to_minute = if to == NaiveTime::MIN {
            1440
        } else {
            minute(to)
        };
        Self::new(minute(from), to_minute)
    }

    /// Start in minutes after midnight.
    pub fn from_minute(&self) -> u16 {
        self.from_minute
    }

    /// End in minutes after midnight.
    pub fn to_minute(&self) -> u16 {
        self.to_minute
    }
}

/// The stored form of a [`DailyWindow`], checked when read.
#[derive(Deserialize)]
struct WindowRepr {
    from_minute: u16,
    to_minute: u16,
}

impl TryFrom<WindowRepr> for DailyWindow {
    type Error = AvailabilityError;

    fn try_from(r: WindowRepr) -> Result<Self, Self::Error> {
        Self::new(r.from_minute, r.to_minute)
    }
}

/// The agreed service hours. Stored as `"always_on"` or `{"weekly": [7 × window or
/// null]}`, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceHours {
    /// Around the clock, every day.
    #[default]
    AlwaysOn,
    /// One window per weekday, Monday first; `None` for a day without service.
    Weekly([Option<DailyWindow>; 7]),
}

impl ServiceHours {
    /// The same window Monday to Friday, nothing at weekends (e.g. 08:00–18:00).
    pub fn weekdays(window: DailyWindow) -> Self {
        let mut days = [None; 7];
        for day in days.iter_mut().take(5) {
            *day = Some(window);
        }
        Self::Weekly(days)
    }
}

/// What a target measures availability from: the agreed service hours and the outages,
/// kept sorted by start (then end).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AvailabilitySetup {
    #[serde(default)]
    pub hours: ServiceHours,
    #[serde(default)]
    pub outages: Vec<Outage>,
}

impl AvailabilitySetup {
    /// Adds `outage`, keeping the list in start order.
    pub fn add_outage(&mut self, outage: Outage) {
        self.outages.push(outage);
        self.outages.sort_by_key(|o| (o.start, o.end, o.planned));
    }

    /// Removes the outage at `index`; `None` when there is none there.
    pub fn remove_outage(&mut self, index: usize) -> Option<Outage> {
        (index < self.outages.len()).then(|| self.outages.remove(index))
    }
}

/// Seconds since the Unix epoch, used for interval arithmetic.
fn secs(t: NaiveDateTime) -> i64 {
    t.and_utc().timestamp()
}

/// Half-open intervals `[start, end)` in seconds.
type Spans = Vec<(i64, i64)>;

/// Sorts and merges overlapping or touching intervals.
fn merge(mut spans: Spans) -> Spans {
    spans.retain(|(s, e)| e > s);
    spans.sort_unstable();
    let mut out: Spans = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Intersection of two merged interval lists.
fn intersect(a: &[(i64, i64)], b: &[(i64, i64)]) -> Spans {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while let (Some(&(as_, ae)), Some(&(bs, be))) = (a.get(i), b.get(j)) {
        let (s, e) = (as_.max(bs), ae.min(be));
        if s < e {
            out.push((s, e));
        }
        if ae < be {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

fn total(spans: &[(i64, i64)]) -> i64 {
    spans.iter().map(|(s, e)| e - s).sum()
}

/// The service-hour intervals of `period`.
fn service_spans(period: Period, hours: &ServiceHours) -> Spans {
    let start = secs(period.first_day().and_time(NaiveTime::MIN));
    let days = period.days();
    match hours {
        ServiceHours::AlwaysOn => vec![(start, start + days * 86_400)],
        ServiceHours::Weekly(week) => period
            .first_day()
            .iter_days()
            .take(days.max(0) as usize)
            .filter_map(|day| {
                let window = week
                    .get(day.weekday().num_days_from_monday() as usize)
                    .copied()
                    .flatten()?;
                let midnight = secs(day.and_time(NaiveTime::MIN));
                Some((
                    midnight + i64::from(window.from_minute) * 60,
                    midnight + i64::from(window.to_minute) * 60,
                ))
            })
            .collect(),
    }
}

/// Availability of one period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AvailabilityReport {
    /// Agreed service time of the whole period, planned maintenance excluded (seconds).
    pub agreed_seconds: i64,
    /// Planned maintenance inside service hours (seconds, whole period).
    pub planned_seconds: i64,
    /// Unplanned downtime inside service hours, up to `now` (seconds).
    pub unplanned_seconds: i64,
    /// Achieved availability in percent; `None` when there is no agreed service time.
    pub achieved_percent: Option<f64>,
}

/// Downtime allowed and left in a period for a target percentage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DowntimeBudget {
    /// (1 − target/100) × agreed service time, in seconds.
    pub allowed_seconds: f64,
    /// Unplanned downtime so far, in seconds.
    pub used_seconds: f64,
    /// Allowed − used; negative once the period's target is lost.
    pub left_seconds: f64,
}

/// Achieved availability of `period` (see the module documentation for the
/// convention). `now`, when inside or before the period, limits the downtime counted.
pub fn availability(
    period: Period,
    hours: &ServiceHours,
    outages: &[Outage],
    now: Option<NaiveDateTime>,
) -> AvailabilityReport {
    let service = service_spans(period, hours);
    let collect = |planned: bool| {
        merge(
            outages
                .iter()
                .filter(|o| o.planned == planned)
                .map(|o| (secs(o.start), secs(o.end)))
                .collect(),
        )
    };
    let planned = intersect(&service, &collect(true));
    let mut unplanned = intersect(&service, &collect(false));
    if let Some(now) = now {
        unplanned = intersect(&unplanned, &[(i64::MIN, secs(now))]);
    }
    let unplanned_in_planned = total(&intersect(&unplanned, &planned));
    let planned_seconds = total(&planned);
    let agreed_seconds = total(&service) - planned_seconds;
    let unplanned_seconds = total(&unplanned) - unplanned_in_planned;
    AvailabilityReport {
        agreed_seconds,
        planned_seconds,
        unplanned_seconds,
        achieved_percent: achieved_percent(agreed_seconds, unplanned_seconds),
    }
}

/// (agreed − down) / agreed × 100, `None` when nothing was agreed.
///
/// ```
/// use dsv_studio::domain::slm::availability::achieved_percent;
/// assert_eq!(achieved_percent(100 * 3600, 2 * 3600), Some(98.0));
/// ```
pub fn achieved_percent(agreed_seconds: i64, down_seconds: i64) -> Option<f64> {
    (agreed_seconds > 0)
        .then(|| (agreed_seconds - down_seconds) as f64 / agreed_seconds as f64 * 100.0)
}

impl AvailabilityReport {
    /// The downtime budget for `target_percent` (`None` when the target is not a
    /// number).
    pub fn budget(&self, target_percent: f64) -> Option<DowntimeBudget> {
        if !target_percent.is_finite() {
            return None;
        }
        let allowed = (1.0 - target_percent / 100.0) * self.agreed_seconds as f64;
        let used = self.unplanned_seconds as f64;
        Some(DowntimeBudget {
            allowed_seconds: allowed,
            used_seconds: used,
            left_seconds: allowed - used,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    fn out(start: NaiveDateTime, end: NaiveDateTime, planned: bool) -> Outage {
        Outage::new(start, end, planned).unwrap()
    }

    fn round4(v: Option<f64>) -> Option<f64> {
        v.map(|v| (v * 10_000.0).round() / 10_000.0)
    }

    const JUNE: &str = "2026-06";

    #[test]
    fn hundred_hours_with_two_down_is_98_percent() {
        assert_eq!(achieved_percent(100 * 3600, 2 * 3600), Some(98.0));
        // Mon–Fri 04:00–24:00 is 100 hours in a week.
        let hours = ServiceHours::weekdays(DailyWindow::new(240, 1440).unwrap());
        let week: Period = "2026-W10".parse().unwrap(); // Mon 2026-03-02
        let r = availability(
            week,
            &hours,
            &[out(at(2026, 3, 3, 10, 0), at(2026, 3, 3, 12, 0), false)],
            None,
        );
        assert_eq!(r.agreed_seconds, 100 * 3600);
        assert_eq!(r.achieved_percent, Some(98.0));
    }

    #[test]
    fn thirty_day_month_around_the_clock_with_three_hours_down() {
        let r = availability(
            JUNE.parse().unwrap(),
            &ServiceHours::AlwaysOn,
            &[out(at(2026, 6, 10, 1, 0), at(2026, 6, 10, 4, 0), false)],
            None,
        );
        assert_eq!(r.agreed_seconds, 720 * 3600);
        assert_eq!(round4(r.achieved_percent), Some(99.5833));
    }

    #[test]
    fn planned_maintenance_is_excluded_from_agreed_time() {
        let r = availability(
            JUNE.parse().unwrap(),
            &ServiceHours::AlwaysOn,
            &[
                out(at(2026, 6, 6, 0, 0), at(2026, 6, 6, 8, 0), true),
                // Unplanned overrun partly inside the maintenance window: only the hour
                // after the window counts.
                out(at(2026, 6, 6, 7, 0), at(2026, 6, 6, 9, 0), false),
            ],
            None,
        );
        assert_eq!(r.planned_seconds, 8 * 3600);
        assert_eq!(r.agreed_seconds, 712 * 3600);
        assert_eq!(r.unplanned_seconds, 3600);
        assert_eq!(
            round4(r.achieved_percent),
            Some(round4(Some(711.0 / 712.0 * 100.0)).unwrap())
        );
    }

    #[test]
    fn business_hours_clip_outages_and_overlaps_count_once() {
        let hours = ServiceHours::weekdays(
            DailyWindow::between(
                NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
                NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            )
            .unwrap(),
        );
        // June 2026: 22 weekdays × 10 h = 220 h.
        let r = availability(
            JUNE.parse().unwrap(),
            &hours,
            &[
                // Monday 1 June 06:00–10:00: two hours inside service hours.
                out(at(2026, 6, 1, 6, 0), at(2026, 6, 1, 10, 0), false),
                // Overlaps the first one: adds 09:00–11:00, i.e. one more hour.
                out(at(2026, 6, 1, 9, 0), at(2026, 6, 1, 11, 0), false),
                // Saturday: outside service hours.
                out(at(2026, 6, 6, 9, 0), at(2026, 6, 6, 17, 0), false),
                // Friday 17:00 to Monday 09:00: one hour Friday, one hour Monday.
                out(at(2026, 6, 12, 17, 0), at(2026, 6, 15, 9, 0), false),
            ],
            None,
        );
        assert_eq!(r.agreed_seconds, 220 * 3600);
        assert_eq!(r.unplanned_seconds, 5 * 3600);
        assert_eq!(round4(r.achieved_percent), Some(97.7273));
    }

    #[test]
    fn in_progress_period_divides_by_the_whole_period_and_budget_can_go_negative() {
        let outages = [
            out(at(2026, 6, 2, 0, 0), at(2026, 6, 2, 2, 0), false),
            out(at(2026, 6, 20, 0, 0), at(2026, 6, 20, 5, 0), false),
        ];
        let now = at(2026, 6, 10, 12, 0);
        let r = availability(
            JUNE.parse().unwrap(),
            &ServiceHours::AlwaysOn,
            &outages,
            Some(now),
        );
        assert_eq!(r.agreed_seconds, 720 * 3600, "whole month");
        assert_eq!(r.unplanned_seconds, 2 * 3600, "only downtime before now");
        assert_eq!(round4(r.achieved_percent), Some(99.7222));
        let b = r.budget(99.5).unwrap();
        assert!((b.allowed_seconds - 3.6 * 3600.0).abs() < 1e-6);
        assert!((b.left_seconds - 1.6 * 3600.0).abs() < 1e-6);
        let later = availability(
            JUNE.parse().unwrap(),
            &ServiceHours::AlwaysOn,
            &outages,
            None,
        );
        let b = later.budget(99.5).unwrap();
        assert!((b.left_seconds + 3.4 * 3600.0).abs() < 1e-6, "{b:?}");
        assert_eq!(r.budget(f64::NAN), None);
    }

    #[test]
    fn setup_round_trips_through_json() {
        let mut week = [None; 7];
        week[0] = Some(DailyWindow::new(480, 1080).unwrap());
        week[5] = Some(DailyWindow::ALL_DAY);
        for hours in [ServiceHours::AlwaysOn, ServiceHours::Weekly(week)] {
            let setup = AvailabilitySetup {
                hours,
                outages: vec![
                    out(at(2026, 6, 10, 10, 0), at(2026, 6, 10, 13, 0), false),
                    out(at(2026, 6, 20, 0, 0), at(2026, 6, 20, 4, 30), true),
                ],
            };
            let json = serde_json::to_string(&setup).unwrap();
            let back: AvailabilitySetup = serde_json::from_str(&json).unwrap();
            assert_eq!(back, setup, "{json}");
        }
        let json = serde_json::to_string(&AvailabilitySetup::default()).unwrap();
        assert_eq!(json, r#"{"hours":"always_on","outages":[]}"#);
        // Fields may be missing; "planned" defaults to unplanned.
        let back: AvailabilitySetup = serde_json::from_str(
            r#"{"outages":[{"start":"2026-06-10T10:00:00","end":"2026-06-10T13:00:00"}]}"#,
        )
        .unwrap();
        assert_eq!(back.hours, ServiceHours::AlwaysOn);
        assert!(!back.outages[0].planned());
    }

    #[test]
    fn bad_stored_outages_and_windows_are_refused_without_panic() {
        let bad = [
            // Ends before it starts.
            r#"{"outages":[{"start":"2026-06-10T13:00:00","end":"2026-06-10T10:00:00"}]}"#,
            // Ends when it starts.
            r#"{"outages":[{"start":"2026-06-10T13:00:00","end":"2026-06-10T13:00:00"}]}"#,
            // Not a date.
            r#"{"outages":[{"start":"yesterday","end":"2026-06-10T13:00:00"}]}"#,
            // Reversed, empty, past midnight, negative, wrong day count.
            r#"{"hours":{"weekly":[{"from_minute":600,"to_minute":480},null,null,null,null,null,null]}}"#,
            r#"{"hours":{"weekly":[{"from_minute":600,"to_minute":600},null,null,null,null,null,null]}}"#,
            r#"{"hours":{"weekly":[{"from_minute":0,"to_minute":1441},null,null,null,null,null,null]}}"#,
            r#"{"hours":{"weekly":[{"from_minute":-1,"to_minute":60},null,null,null,null,null,null]}}"#,
            r#"{"hours":{"weekly":[null,null,null]}}"#,
            r#"{"hours":"sometimes"}"#,
        ];
        for json in bad {
            assert!(
                serde_json::from_str::<AvailabilitySetup>(json).is_err(),
                "{json}"
            );
        }
    }

    #[test]
    fn invalid_inputs_are_refused_and_empty_hours_give_no_figure() {
        assert!(Outage::new(at(2026, 1, 1, 2, 0), at(2026, 1, 1, 1, 0), false).is_err());
        assert!(DailyWindow::new(600, 600).is_err());
        assert!(DailyWindow::new(0, 1441).is_err());
        let r = availability(
            JUNE.parse().unwrap(),
            &ServiceHours::Weekly([None; 7]),
            &[],
            None,
        );
        assert_eq!(r.achieved_percent, None);
        assert_eq!(r.budget(99.0).map(|b| b.allowed_seconds), Some(0.0));
    }
}
