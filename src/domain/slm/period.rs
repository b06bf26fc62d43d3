//! Measurement periods: calendar months (`2026-01`), ISO weeks (`2026-W05`) and
//! quarters (`2026-Q1`), with parsing, ordering and calendar arithmetic.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// Length of a measurement period.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// A calendar month, `YYYY-MM`.
    #[default]
    Month,
    /// An ISO 8601 week (Monday to Sunday), `YYYY-Www`.
    IsoWeek,
    /// A calendar quarter, `YYYY-Qn`.
    Quarter,
}

impl PeriodKind {
    /// All kinds, in the order offered (the month, the default, first).
    pub const ALL: [Self; 3] = [Self::Month, Self::IsoWeek, Self::Quarter];
}

/// Why a text is not a period (expected `YYYY-MM`, `YYYY-Www` or `YYYY-Qn`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    /// Not in any of the three formats (or month, week or quarter out of range).
    Unrecognised(String),
    /// `YYYY-W53` for a year whose ISO calendar has only 52 weeks.
    NoWeek53 { year: i32 },
}

impl fmt::Display for PeriodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unrecognised(text) => {
                write!(f, "period '{text}' is not a month, ISO week or quarter")
            }
            Self::NoWeek53 { year } => {
                write!(
                    f,
                    "period '{year}-W53' does not exist: {year} has 52 ISO weeks"
                )
            }
        }
    }
}

impl std::error::Error for PeriodError {}

/// One measurement period. Invariant: the year is 1..=9999 and the index is a valid
/// month (1–12), ISO week of that year (1–52 or 53) or quarter (1–4).
///
/// ```
/// use dsv_studio::domain::slm::Period;
/// let p: Period = "2020-W53".parse().unwrap();
/// assert_eq!(p.to_string(), "2020-W53");
/// assert!("2021-W53".parse::<Period>().is_err());
/// assert_eq!("2026-12".parse::<Period>().unwrap().next().unwrap().to_string(), "2027-01");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Period {
    kind: PeriodKind,
    year: i32,
    index: u8,
}

const MIN_YEAR: i32 = 1;
const MAX_YEAR: i32 = 9999;

/// Number of ISO weeks (52 or 53) in `year`.
pub fn iso_weeks_in_year(year: i32) -> u8 {
    // December 28 always lies in the last ISO week of its year.
    NaiveDate::from_ymd_opt(year, 12, 28).map_or(52, |d| d.iso_week().week() as u8)
}

impl Period {
    /// A calendar month, `month` 1–12.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        Self::new(PeriodKind::Month, year, month)
    }

    /// An ISO week, `week` 1–52 (or 53 in years that have it).
    pub fn iso_week(year: i32, week: u32) -> Option<Self> {
        Self::new(PeriodKind::IsoWeek, year, week)
    }

    /// A quarter, `quarter` 1–4.
    pub fn quarter(year: i32, quarter: u32) -> Option<Self> {
        Self::new(PeriodKind::Quarter, year, quarter)
    }

    /// A period of `kind`, if `index` is valid for that kind and year.
    pub fn new(kind: PeriodKind, year: i32, index: u32) -> Option<Self> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || index == 0 {
            return None;
        }
        let max = match kind {
            PeriodKind::Month => 12,
            PeriodKind::Quarter => 4,
            PeriodKind::IsoWeek => u32::from(iso_weeks_in_year(year)),
        };
        (index <= max).then_some(Self {
            kind,
            year,
            index: index as u8,
        })
    }

    /// Parses `YYYY-MM`, `YYYY-Www` or `YYYY-Qn` (surrounding spaces ignored, `w` and
    /// `q` in either case).
    pub fn parse(text: &str) -> Result<Self, PeriodError> {
        let unrecognised = || PeriodError::Unrecognised(text.trim().to_owned());
        let t = text.trim();
        let (year, rest) = t.split_once('-').ok_or_else(unrecognised)?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(unrecognised());
        }
        let year: i32 = year.parse().map_err(|_| unrecognised())?;
        let digits = |s: &str, len: usize| -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let (kind, index) = if let Some(w) = rest.strip_prefix(['W', 'w']) {
            let week = digits(w, 2).ok_or_else(unrecognised)?;
            if week == 53 && (MIN_YEAR..=MAX_YEAR).contains(&year) && iso_weeks_in_year(year) == 52
            {
                return Err(PeriodError::NoWeek53 { year });
            }
            (PeriodKind::IsoWeek, week)
        } else if let Some(q) = rest.strip_prefix(['Q', 'q']) {
            (PeriodKind::Quarter, digits(q, 1).ok_or_else(unrecognised)?)
        } else {
            (PeriodKind::Month, digits(rest, 2).ok_or_else(unrecognised)?)
        };
        Self::new(kind, year, index).ok_or_else(unrecognised)
    }

    /// The period of `kind` that contains `date`.
    pub fn containing(kind: PeriodKind, date: NaiveDate) -> Self {
        let (year, index) = match kind {
            PeriodKind::Month => (date.year(), date.month()),
            PeriodKind::Quarter => (date.year(), (date.month() - 1) / 3 + 1),
            PeriodKind::IsoWeek => {
                let w = date.iso_week();
                (w.year(), w.week())
            }
        };
        // Dates outside the supported years are clamped to the nearest valid period.
        Self::new(kind, year, index).unwrap_or_else(|| {
            if year < MIN_YEAR {
                Self {
                    kind,
                    year: MIN_YEAR,
                    index: 1,
                }
            } else {
                let last = match kind {
                    PeriodKind::Month => 12,
                    PeriodKind::Quarter => 4,
                    PeriodKind::IsoWeek => iso_weeks_in_year(MAX_YEAR),
                };
                Self {
                    kind,
                    year: MAX_YEAR,
                    index: last,
                }
            }
        })
    }

    /// Month, ISO week or quarter.
    pub fn kind(self) -> PeriodKind {
        self.kind
    }

    /// The (ISO week-based, for weeks) year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// Month 1–12, week 1–53 or quarter 1–4.
    pub fn index(self) -> u32 {
        u32::from(self.index)
    }

    /// The first day of the period.
    pub fn first_day(self) -> NaiveDate {
        let date = match self.kind {
            PeriodKind::Month => NaiveDate::from_ymd_opt(self.year, self.index(), 1),
            PeriodKind::Quarter => NaiveDate::from_ymd_opt(self.year, self.index() * 3 - 2, 1),
            PeriodKind::IsoWeek => {
                NaiveDate::from_isoywd_opt(self.year, self.index(), Weekday::Mon)
            }
        };
        // Unreachable for a valid period; the minimum date keeps this total.
        date.unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the period.
    pub fn last_day(self) -> NaiveDate {
        let date = match self.kind {
            PeriodKind::Month => month_end(self.year, self.index()),
            PeriodKind::Quarter => month_end(self.year, self.index() * 3),
            PeriodKind::IsoWeek => {
                NaiveDate::from_isoywd_opt(self.year, self.index(), Weekday::Sun)
            }
        };
        date.unwrap_or(NaiveDate::MIN)
    }

    /// Number of days in the period.
    pub fn days(self) -> i64 {
        (self.last_day() - self.first_day()).num_days() + 1
    }

    /// True when `date` falls within the period.
    pub fn contains(self, date: NaiveDate) -> bool {
        self.first_day() <= date && date <= self.last_day()
    }

    /// The following period of the same kind (`None` after year 9999).
    pub fn next(self) -> Option<Self> {
        let last = match self.kind {
            PeriodKind::Month => 12,
            PeriodKind::Quarter => 4,
            PeriodKind::IsoWeek => iso_weeks_in_year(self.year),
        };
        if self.index < last {
            Self::new(self.kind, self.year, self.index() + 1)
        } else {
            Self::new(self.kind, self.year + 1, 1)
        }
    }

    /// The preceding period of the same kind (`None` before year 1).
    pub fn previous(self) -> Option<Self> {
        if self.index > 1 {
            return Self::new(self.kind, self.year, self.index() - 1);
        }
        let year = self.year - 1;
        let last = match self.kind {
            PeriodKind::Month => 12,
            PeriodKind::Quarter => 4,
            PeriodKind::IsoWeek => u32::from(iso_weeks_in_year(year)),
        };
        Self::new(self.kind, year, last)
    }

    /// The period `n` steps later (negative: earlier), if it exists.
    pub fn offset(self, n: i32) -> Option<Self> {
        let mut p = self;
        for _ in 0..n.unsigned_abs() {
            p = if n > 0 { p.next()? } else { p.previous()? };
        }
        Some(p)
    }
}

/// The `count` periods ending with `to` (included), oldest first.
pub fn last_periods(to: Period, count: usize) -> Vec<Period> {
    let back = count.saturating_sub(1).min(i32::MAX as usize) as i32;
    match to.offset(-back) {
        Some(from) => period_range(from, to, count),
        None => vec![to],
    }
}

/// Periods from `from` through `to`, both included, of `from`'s kind; at most `limit`
/// of them. Empty when `to` is before `from` or the kinds differ.
pub fn period_range(from: Period, to: Period, limit: usize) -> Vec<Period> {
    let mut out = Vec::new();
    if from.kind() != to.kind() {
        return out;
    }
    let mut p = Some(from);
    while let Some(current) = p {
        if current > to || out.len() >= limit {
            break;
        }
        out.push(current);
        p = current.next();
    }
    out
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .or_else(|| NaiveDate::from_ymd_opt(year, 12, 31))
}

/// Chronological: by first day, then by kind (so a week and the month starting on the
/// same day have a stable order), then by last day.
///
/// Periods of one kind follow each other in (year, index) order, so comparing two of
/// the same kind needs no calendar arithmetic: sorting and searching a target's
/// records (all of one kind) stays cheap.
impl Ord for Period {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.kind == other.kind {
            return (self.year, self.index).cmp(&(other.year, other.index));
        }
        (self.first_day(), self.kind, self.last_day()).cmp(&(
            other.first_day(),
            other.kind,
            other.last_day(),
        ))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            PeriodKind::Month => write!(f, "{:04}-{:02}", self.year, self.index),
            PeriodKind::IsoWeek => write!(f, "{:04}-W{:02}", self.year, self.index),
            PeriodKind::Quarter => write!(f, "{:04}-Q{}", self.year, self.index),
        }
    }
}

impl FromStr for Period {
    type Err = PeriodError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for Period {
    type Error = PeriodError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Period> for String {
    fn from(p: Period) -> Self {
        p.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Period {
        text.parse().unwrap()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_and_formats_the_three_kinds() {
        for text in [
            "2026-01", "2026-12", "2026-W01", "2026-W52", "2026-Q1", "2026-Q4",
        ] {
            assert_eq!(p(text).to_string(), text);
        }
        assert_eq!(p(" 2026-w05 ").to_string(), "2026-W05");
        assert_eq!(p("2026-q2").kind(), PeriodKind::Quarter);
    }

    #[test]
    fn rejects_garbage_with_a_readable_message() {
        for text in [
            "2026-13",
            "2026-00",
            "2026-1",
            "26-01",
            "2026-W00",
            "2026-W54",
            "2026-Q5",
            "2026-Q0",
            "",
            "2026",
            "2026-W1",
            "abcd-01",
            "2026-01-01",
            "+026-01",
            "0000-01",
        ] {
            assert!(Period::parse(text).is_err(), "{text}");
        }
        assert_eq!(
            Period::parse("2026-13").unwrap_err().to_string(),
            "period '2026-13' is not a month, ISO week or quarter"
        );
    }

    #[test]
    fn week_53_only_in_years_that_have_it() {
        assert_eq!(iso_weeks_in_year(2020), 53);
        assert_eq!(iso_weeks_in_year(2021), 52);
        assert_eq!(iso_weeks_in_year(2026), 53);
        assert!(Period::parse("2020-W53").is_ok());
        assert!(Period::parse("2026-W53").is_ok());
        assert_eq!(
            Period::parse("2021-W53"),
            Err(PeriodError::NoWeek53 { year: 2021 })
        );
        assert_eq!(p("2020-W53").first_day(), d(2020, 12, 28));
        assert_eq!(p("2020-W53").last_day(), d(2021, 1, 3));
        assert_eq!(p("2020-W53").next(), Some(p("2021-W01")));
        assert_eq!(p("2021-W01").previous(), Some(p("2020-W53")));
        assert_eq!(p("2021-W52").next(), Some(p("2022-W01")));
        assert_eq!(p("2022-W01").previous(), Some(p("2021-W52")));
    }

    #[test]
    fn first_and_last_days() {
        assert_eq!(p("2024-02").last_day(), d(2024, 2, 29));
        assert_eq!(p("2025-02").days(), 28);
        assert_eq!(p("2026-Q1").first_day(), d(2026, 1, 1));
        assert_eq!(p("2026-Q4").last_day(), d(2026, 12, 31));
        assert_eq!(p("2026-Q3").days(), 92);
        assert_eq!(p("2026-W01").first_day(), d(2025, 12, 29));
        assert_eq!(p("2026-W01").days(), 7);
    }

    #[test]
    fn containing_dates_across_year_boundaries() {
        assert_eq!(
            Period::containing(PeriodKind::IsoWeek, d(2021, 1, 1)),
            p("2020-W53")
        );
        assert_eq!(
            Period::containing(PeriodKind::IsoWeek, d(2024, 12, 30)),
            p("2025-W01")
        );
        assert_eq!(
            Period::containing(PeriodKind::Month, d(2026, 12, 31)),
            p("2026-12")
        );
        assert_eq!(
            Period::containing(PeriodKind::Quarter, d(2026, 7, 1)),
            p("2026-Q3")
        );
        assert_eq!(
            Period::containing(PeriodKind::Quarter, d(2026, 6, 30)),
            p("2026-Q2")
        );
    }

    #[test]
    fn next_and_previous_roll_over_years() {
        assert_eq!(p("2026-12").next(), Some(p("2027-01")));
        assert_eq!(p("2027-01").previous(), Some(p("2026-12")));
        assert_eq!(p("2026-Q4").next(), Some(p("2027-Q1")));
        assert_eq!(p("2027-Q1").previous(), Some(p("2026-Q4")));
        assert_eq!(p("9999-12").next(), None);
        assert_eq!(p("0001-01").previous(), None);
        assert_eq!(p("2026-03").offset(-14), Some(p("2025-01")));
    }

    #[test]
    fn ordering_is_chronological() {
        let mut v = vec![p("2026-02"), p("2025-12"), p("2026-01"), p("2025-Q4")];
        v.sort();
        assert_eq!(
            v,
            vec![p("2025-Q4"), p("2025-12"), p("2026-01"), p("2026-02")]
        );
        assert!(p("2026-W53") < p("2027-W01"));
        assert_eq!(
            period_range(p("2025-11"), p("2026-02"), 100),
            vec![p("2025-11"), p("2025-12"), p("2026-01"), p("2026-02")]
        );
        assert!(period_range(p("2026-02"), p("2025-11"), 100).is_empty());
        assert_eq!(period_range(p("2020-01"), p("2029-01"), 5).len(), 5);
    }

    #[test]
    fn same_kind_order_agrees_with_the_calendar() {
        // ISO weeks cross calendar years (2026-W53 ends in 2027), the case where
        // (year, index) could disagree with dates if it were compared naively.
        for kind in [PeriodKind::Month, PeriodKind::IsoWeek, PeriodKind::Quarter] {
            let start = Period::containing(kind, NaiveDate::from_ymd_opt(2025, 11, 1).unwrap());
            let all: Vec<Period> = (0..70).filter_map(|n| start.offset(n)).collect();
            for a in &all {
                for b in &all {
                    let by_dates =
                        (a.first_day(), a.last_day()).cmp(&(b.first_day(), b.last_day()));
                    assert_eq!(a.cmp(b), by_dates, "{a} vs {b}");
                }
            }
        }
    }

    #[test]
    fn serde_uses_the_text_form() {
        assert_eq!(
            serde_json::to_string(&p("2026-W05")).unwrap(),
            "\"2026-W05\""
        );
        assert!(serde_json::from_str::<Period>("\"2026-13\"").is_err());
    }

    #[test]
    fn last_periods_end_with_the_given_one() {
        let to = Period::month(2026, 2).unwrap();
        let names: Vec<String> = last_periods(to, 3).iter().map(Period::to_string).collect();
        assert_eq!(names, ["2025-12", "2026-01", "2026-02"]);
        assert_eq!(last_periods(to, 1), vec![to]);
    }
}
