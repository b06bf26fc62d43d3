//! Business calendars: working intervals per weekday in an IANA time zone, holidays,
//! and the built-in 24×7 calendar.

use crate::domain::Id;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// Minutes in a day; a working interval may end at 24:00.
pub const MINUTES_PER_DAY: u16 = 1440;

/// Id of the built-in 24×7 calendar.
pub const ALWAYS_ID: &str = "always";

/// One working interval of a day in local wall time, minute precision:
/// `start < end ≤ 24:00`. Stored as `{"start": minutes, "end": minutes}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "IntervalRepr")]
pub struct WorkingInterval {
    start: u16,
    end: u16,
}

#[derive(Deserialize)]
struct IntervalRepr {
    start: u16,
    end: u16,
}

impl TryFrom<IntervalRepr> for WorkingInterval {
    type Error = CalendarError;
    fn try_from(r: IntervalRepr) -> Result<Self, Self::Error> {
        Self::new(r.start, r.end)
    }
}

impl WorkingInterval {
    /// The whole day, 00:00–24:00.
    pub const ALL_DAY: Self = Self {
        start: 0,
        end: MINUTES_PER_DAY,
    };

    /// From `start` to `end` minutes after midnight (1440 is 24:00).
    pub fn new(start: u16, end: u16) -> Result<Self, CalendarError> {
        if start < end && end <= MINUTES_PER_DAY {
            Ok(Self { start, end })
        } else {
            Err(CalendarError::BadInterval { start, end })
        }
    }

    /// From `h1:m1` to `h2:m2` (`24:00` allowed as the end).
    pub fn hm(h1: u16, m1: u16, h2: u16, m2: u16) -> Result<Self, CalendarError> {
        if m1 > 59 || m2 > 59 {
            return Err(CalendarError::BadInterval {
                start: h1.saturating_mul(60).saturating_add(m1),
                end: h2.saturating_mul(60).saturating_add(m2),
            });
        }
        Self::new(
            h1.saturating_mul(60).saturating_add(m1),
            h2.saturating_mul(60).saturating_add(m2),
        )
    }

    /// Start, minutes after midnight.
    pub fn start(&self) -> u16 {
        self.start
    }

    /// End, minutes after midnight (1440 = 24:00).
    pub fn end(&self) -> u16 {
        self.end
    }

    /// Length in minutes.
    pub fn minutes(&self) -> u16 {
        self.end - self.start
    }
}

impl fmt::Display for WorkingInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", hhmm(self.start), hhmm(self.end))
    }
}

/// `HH:MM` for minutes after midnight (`24:00` for 1440).
pub fn hhmm(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// Why a calendar is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarError {
    /// The calendar has no name.
    EmptyName,
    /// The time zone is blank or not shaped like an IANA name (`Europe/Madrid`, `UTC`).
    BadZone(String),
    /// An interval is empty, reversed or goes past 24:00.
    BadInterval { start: u16, end: u16 },
    /// Two intervals of one weekday (0 = Monday) overlap.
    Overlap {
        weekday: usize,
        first: WorkingInterval,
        second: WorkingInterval,
    },
    /// No weekday has any working time, so nothing could ever fall due.
    NoWorkingTime,
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyName => f.write_str("the calendar has no name"),
            Self::BadZone(zone) => write!(f, "'{zone}' is not a time zone name"),
            Self::BadInterval { start, end } => write!(
                f,
                "{} to {} is not a working interval within one day",
                hhmm(*start),
                hhmm(*end)
            ),
            Self::Overlap {
                weekday,
                first,
                second,
            } => write!(
                f,
                "on weekday {} the intervals {first} and {second} overlap",
                weekday + 1
            ),
            Self::NoWorkingTime => f.write_str("the calendar has no working time on any day"),
        }
    }
}

impl std::error::Error for CalendarError {}

/// A business calendar. Invariants (checked by [`BusinessCalendar::new`] and when
/// read): a name, a zone shaped like an IANA name, each weekday's intervals sorted and
/// non-overlapping (touching is fine), and some working time in the week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "CalendarRepr")]
pub struct BusinessCalendar {
    id: Id,
    name: String,
    zone: String,
    week: [Vec<WorkingInterval>; 7],
    holidays: BTreeSet<NaiveDate>,
}

#[derive(Deserialize)]
struct CalendarRepr {
    id: Id,
    name: String,
    zone: String,
    week: [Vec<WorkingInterval>; 7],
    #[serde(default)]
    holidays: BTreeSet<NaiveDate>,
}

impl TryFrom<CalendarRepr> for BusinessCalendar {
    type Error = CalendarError;
    fn try_from(r: CalendarRepr) -> Result<Self, Self::Error> {
        Self::new(r.id, r.name, r.zone, r.week, r.holidays)
    }
}

fn zone_shaped(zone: &str) -> bool {
    !zone.is_empty()
        && zone.len() <= 64
        && zone
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'+'))
}

impl BusinessCalendar {
    /// A calendar; intervals are sorted per day, overlaps refused.
    pub fn new(
        id: Id,
        name: impl Into<String>,
        zone: impl Into<String>,
        mut week: [Vec<WorkingInterval>; 7],
        holidays: BTreeSet<NaiveDate>,
    ) -> Result<Self, CalendarError> {
        let name = name.into().trim().to_owned();
        if name.is_empty() {
            return Err(CalendarError::EmptyName);
        }
        let zone = zone.into().trim().to_owned();
        if !zone_shaped(&zone) {
            return Err(CalendarError::BadZone(zone));
        }
        for (weekday, day) in week.iter_mut().enumerate() {
            day.sort();
            for pair in day.windows(2) {
                if let [first, second] = pair {
                    if second.start < first.end {
                        return Err(CalendarError::Overlap {
                            weekday,
                            first: *first,
                            second: *second,
                        });
                    }
                }
            }
        }
        if week.iter().all(Vec::is_empty) {
            return Err(CalendarError::NoWorkingTime);
        }
        Ok(Self {
            id,
            name,
            zone,
            week,
            holidays,
        })
    }

    /// The built-in 24×7 calendar: every minute counts, no holidays; its zone (`UTC`)
    /// only decides which local date (and so which period) a ticket falls in.
    pub fn always(name: impl Into<String>) -> Self {
        let name = name.into().trim().to_owned();
        Self {
            id: Id::new(ALWAYS_ID).unwrap_or_else(|_| Id::from_random("always", 0)),
            name: if name.is_empty() {
                "24×7".to_owned()
            } else {
                name
            },
            zone: "UTC".to_owned(),
            week: std::array::from_fn(|_| vec![WorkingInterval::ALL_DAY]),
            holidays: BTreeSet::new(),
        }
    }

    /// The same intervals Monday to Friday, nothing at weekends.
    pub fn weekdays(
        id: Id,
        name: impl Into<String>,
        zone: impl Into<String>,
        intervals: &[WorkingInterval],
        holidays: BTreeSet<NaiveDate>,
    ) -> Result<Self, CalendarError> {
        let week = std::array::from_fn(|i| {
            if i < 5 {
                intervals.to_vec()
            } else {
                Vec::new()
            }
        });
        Self::new(id, name, zone, week, holidays)
    }

    /// The calendar's id.
    pub fn id(&self) -> &Id {
        &self.id
    }

    /// Its name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// IANA zone name of the working hours and holidays.
    pub fn zone(&self) -> &str {
        &self.zone
    }

    /// Working intervals per weekday, Monday first.
    pub fn week(&self) -> &[Vec<WorkingInterval>; 7] {
        &self.week
    }

    /// The holidays (no working time on these local dates).
    pub fn holidays(&self) -> &BTreeSet<NaiveDate> {
        &self.holidays
    }

    /// Adds holidays (e.g. read from an .ics file); returns how many were new.
    pub fn add_holidays(&mut self, dates: impl IntoIterator<Item = NaiveDate>) -> usize {
        dates
            .into_iter()
            .filter(|d| self.holidays.insert(*d))
            .count()
    }

    /// Removes one holiday; true when it was there.
    pub fn remove_holiday(&mut self, date: NaiveDate) -> bool {
        self.holidays.remove(&date)
    }

    /// True when every minute of every day counts (24×7 without holidays): business
    /// time is then plain elapsed time, whatever the zone.
    pub fn is_always(&self) -> bool {
        self.holidays.is_empty()
            && self
                .week
                .iter()
                .all(|day| day.as_slice() == [WorkingInterval::ALL_DAY])
    }

    /// The working intervals on local date `date` (none on holidays).
    pub fn intervals_on(&self, date: NaiveDate) -> &[WorkingInterval] {
        if self.holidays.contains(&date) {
            return &[];
        }
        self.week
            .get(date.weekday().num_days_from_monday() as usize)
            .map_or(&[], Vec::as_slice)
    }

    /// Working minutes in a normal (non-holiday) week.
    pub fn weekly_minutes(&self) -> u32 {
        self.week
            .iter()
            .flatten()
            .map(|i| u32::from(i.minutes()))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(a: u16, b: u16) -> WorkingInterval {
        WorkingInterval::new(a * 60, b * 60).unwrap()
    }

    fn id() -> Id {
        Id::new("cal").unwrap()
    }

    #[test]
    fn intervals_check_their_bounds() {
        assert!(WorkingInterval::new(0, 1440).is_ok());
        assert_eq!(
            WorkingInterval::new(600, 600),
            Err(CalendarError::BadInterval {
                start: 600,
                end: 600
            })
        );
        assert!(WorkingInterval::new(600, 1441).is_err());
        assert!(WorkingInterval::hm(8, 60, 9, 0).is_err());
        assert_eq!(
            WorkingInterval::hm(8, 30, 24, 0).unwrap().to_string(),
            "08:30–24:00"
        );
    }

    #[test]
    fn construction_sorts_and_refuses_overlaps_and_empty_weeks() {
        let mut week: [Vec<WorkingInterval>; 7] = Default::default();
        week[0] = vec![iv(13, 17), iv(8, 12)];
        let cal = BusinessCalendar::new(
            id(),
            " Office ",
            "Europe/Madrid",
            week.clone(),
            BTreeSet::new(),
        )
        .unwrap();
        assert_eq!(cal.week()[0], vec![iv(8, 12), iv(13, 17)]);
        assert_eq!(cal.name(), "Office");
        assert_eq!(cal.weekly_minutes(), 8 * 60);
        week[2] = vec![iv(8, 12), iv(11, 13)];
        assert_eq!(
            BusinessCalendar::new(id(), "x", "UTC", week, BTreeSet::new()),
            Err(CalendarError::Overlap {
                weekday: 2,
                first: iv(8, 12),
                second: iv(11, 13)
            })
        );
        assert_eq!(
            BusinessCalendar::new(id(), "x", "UTC", Default::default(), BTreeSet::new()),
            Err(CalendarError::NoWorkingTime)
        );
        assert_eq!(
            BusinessCalendar::weekdays(id(), "x", "Europe/Ma drid", &[iv(8, 17)], BTreeSet::new()),
            Err(CalendarError::BadZone("Europe/Ma drid".into()))
        );
        assert_eq!(
            BusinessCalendar::weekdays(id(), " ", "UTC", &[iv(8, 17)], BTreeSet::new()),
            Err(CalendarError::EmptyName)
        );
    }

    #[test]
    fn holidays_and_the_24x7_calendar() {
        let christmas = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
        let mut cal = BusinessCalendar::weekdays(
            id(),
            "Office",
            "Europe/Madrid",
            &[iv(8, 17)],
            BTreeSet::new(),
        )
        .unwrap();
        assert_eq!(cal.intervals_on(christmas), &[iv(8, 17)]);
        assert_eq!(cal.add_holidays([christmas, christmas]), 1);
        assert!(cal.intervals_on(christmas).is_empty());
        assert!(
            cal.intervals_on(christmas.succ_opt().unwrap()).is_empty(),
            "Saturday"
        );
        assert!(!cal.is_always());
        let always = BusinessCalendar::always("24×7");
        assert!(always.is_always());
        assert_eq!(always.id().as_str(), ALWAYS_ID);
        assert_eq!(always.weekly_minutes(), 7 * 1440);
    }

    #[test]
    fn serde_round_trip_checks_invariants() {
        let cal = BusinessCalendar::weekdays(
            id(),
            "Office",
            "Europe/Madrid",
            &[iv(8, 12), iv(13, 17)],
            [NaiveDate::from_ymd_opt(2026, 1, 6).unwrap()].into(),
        )
        .unwrap();
        let json = serde_json::to_string(&cal).unwrap();
        assert_eq!(
            serde_json::from_str::<BusinessCalendar>(&json).unwrap(),
            cal
        );
        let overlapping = json.replacen(
            r#"{"start":780,"end":1020}"#,
            r#"{"start":700,"end":1020}"#,
            1,
        );
        assert_ne!(overlapping, json);
        assert!(serde_json::from_str::<BusinessCalendar>(&overlapping).is_err());
        let reversed = json.replacen(
            r#"{"start":780,"end":1020}"#,
            r#"{"start":1020,"end":780}"#,
            1,
        );
        assert!(serde_json::from_str::<BusinessCalendar>(&reversed).is_err());
    }
}
