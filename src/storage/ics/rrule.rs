//! The part of RFC 5545 recurrence rules (`RRULE`) that holiday calendars use, expanded
//! to dates: `FREQ` yearly, monthly, weekly or daily, `INTERVAL`, `COUNT`, `UNTIL`,
//! `BYMONTH`, `BYMONTHDAY`, `BYDAY` (with ordinals such as `4TH` or `-1MO`),
//! `BYSETPOS` and `WKST`.
//!
//! Any other part (`BYWEEKNO`, `BYYEARDAY`, `BYHOUR`, hourly rules…) is refused as
//! unsupported rather than guessed at. Expansion is bounded: only dates in the years
//! asked for are returned, at most `max` of them, and a rule is walked through at most
//! [`MAX_PERIODS`] periods; either limit sets [`Expansion::capped`].

use super::date_time;
use chrono::{Datelike, Days, NaiveDate, NaiveTime, Weekday};

/// Most periods (years, months, weeks or days) one rule is walked through.
pub const MAX_PERIODS: u32 = 50_000;

/// How often a rule repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freq {
    Yearly,
    Monthly,
    Weekly,
    Daily,
}

/// Why a rule was not expanded; each holds the rule part as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleError {
    /// A valid part this expander does not handle (`BYWEEKNO=20`, `FREQ=HOURLY`).
    Unsupported(String),
    /// A part that is not a valid rule part (`INTERVAL=0`, `BYDAY=XX`, no `FREQ`).
    Unreadable(String),
}

/// A parsed recurrence rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub freq: Freq,
    interval: u32,
    count: Option<u32>,
    /// Inclusive end: a date, or a date and time of day as written (a `Z` is not
    /// converted, so an end given in UTC is compared with the local start time).
    until: Option<(NaiveDate, Option<NaiveTime>)>,
    /// Bit `m` set for each month `m` (1–12) of `BYMONTH`; 0 for every month.
    months: u16,
    month_days: Vec<i8>,
    /// `BYDAY`: an ordinal (0 for every such weekday) and the weekday.
    week_days: Vec<(i8, Weekday)>,
    set_pos: Vec<i16>,
    week_start: Weekday,
}

/// The dates a rule gives within the years asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expansion {
    /// Sorted, unique.
    pub dates: Vec<NaiveDate>,
    /// True when a limit stopped the expansion before the rule ended.
    pub capped: bool,
}

fn weekday(text: &str) -> Option<Weekday> {
    Some(match text.to_ascii_uppercase().as_str() {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

/// A whole number whose size is within `1..=limit` (a sign allowed when `signed`).
fn number(text: &str, limit: i32, signed: bool) -> Option<i32> {
    let n: i32 = text.trim().parse().ok()?;
    let ok = n != 0 && n.abs() <= limit && (signed || n > 0);
    ok.then_some(n)
}

/// A comma list of whole numbers, each as [`number`] reads it.
fn numbers(value: &str, limit: i32, signed: bool) -> Option<Vec<i32>> {
    let mut out = Vec::new();
    for v in value.split(',') {
        out.push(number(v, limit, signed)?);
    }
    Some(out)
}

/// `BYDAY`: items such as `MO`, `+2TU`, `-1SU`.
fn by_days(value: &str) -> Option<Vec<(i8, Weekday)>> {
    let mut out = Vec::new();
    for item in value.split(',') {
        let item = item.trim();
        let split = item.len().checked_sub(2)?;
        let day = weekday(item.get(split..)?)?;
        let ordinal = match item.get(..split)? {
            "" => 0,
            n => number(n, 53, true)?,
        };
        out.push((ordinal as i8, day));
    }
    Some(out)
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn month_len(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Rule {
    /// Reads the value of an `RRULE` line (`FREQ=YEARLY;BYMONTH=11;BYDAY=4TH`).
    pub fn parse(text: &str) -> Result<Self, RuleError> {
        let mut freq = None;
        let mut rule = Rule {
            freq: Freq::Yearly,
            interval: 1,
            count: None,
            until: None,
            months: 0,
            month_days: Vec::new(),
            week_days: Vec::new(),
            set_pos: Vec::new(),
            week_start: Weekday::Mon,
        };
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let bad = || RuleError::Unreadable(part.to_owned());
            let (key, value) = part.split_once('=').ok_or_else(bad)?;
            let value = value.trim();
            let positive = |limit| number(value, limit, false).and_then(|n| u32::try_from(n).ok());
            match key.trim().to_ascii_uppercase().as_str() {
                "FREQ" => {
                    freq = Some(match value.to_ascii_uppercase().as_str() {
                        "YEARLY" => Freq::Yearly,
                        "MONTHLY" => Freq::Monthly,
                        "WEEKLY" => Freq::Weekly,
                        "DAILY" => Freq::Daily,
                        "HOURLY" | "MINUTELY" | "SECONDLY" => {
                            return Err(RuleError::Unsupported(part.to_owned()))
                        }
                        _ => return Err(bad()),
                    })
                }
                "INTERVAL" => rule.interval = positive(i32::MAX).ok_or_else(bad)?,
                "COUNT" => rule.count = Some(positive(i32::MAX).ok_or_else(bad)?),
                "UNTIL" => rule.until = Some(date_time(value).ok_or_else(bad)?),
                "BYMONTH" => {
                    for m in numbers(value, 12, false).ok_or_else(bad)? {
                        rule.months |= 1 << m;
                    }
                }
                // Within ±31 and ±366: the casts keep every value.
                "BYMONTHDAY" => {
                    let days = numbers(value, 31, true).ok_or_else(bad)?;
                    rule.month_days = days.into_iter().map(|n| n as i8).collect();
                }
                "BYDAY" => rule.week_days = by_days(value).ok_or_else(bad)?,
                "BYSETPOS" => {
                    let positions = numbers(value, 366, true).ok_or_else(bad)?;
                    rule.set_pos = positions.into_iter().map(|n| n as i16).collect();
                }
                "WKST" => rule.week_start = weekday(value).ok_or_else(bad)?,
                _ => return Err(RuleError::Unsupported(part.to_owned())),
            }
        }
        rule.freq = freq.ok_or_else(|| RuleError::Unreadable(text.trim().to_owned()))?;
        Ok(rule)
    }

    /// The dates from `start` (with its time of day, when it has one) that fall within
    /// `first..=last`, at most `max`. `start` is the first occurrence and counts
    /// towards `COUNT`, as RFC 5545 says, even when it does not match the rule.
    pub fn expand(
        &self,
        start: NaiveDate,
        time: Option<NaiveTime>,
        first: NaiveDate,
        last: NaiveDate,
        max: usize,
    ) -> Expansion {
        let mut out = Expansion::default();
        let end = match self.until {
            // An end at 00:00 excludes a 09:00 occurrence that day.
            Some((day, Some(until))) if time.is_some_and(|t| t > until) => {
                day.pred_opt().unwrap_or(day)
            }
            Some((day, _)) => day,
            None => last,
        }
        .min(last);
        if (first..=end).contains(&start) && max > 0 {
            out.dates.push(start);
        }
        let mut left = self.count.map(|c| c.saturating_sub(1));
        if left == Some(0) {
            return out;
        }
        let rule = self.with_defaults(start);
        let interval = i64::from(self.interval);
        // Without COUNT, periods before the years asked for change nothing: skip them.
        let mut n = match self.count {
            None => self.periods_between(start, first) / interval * interval,
            Some(_) => 0,
        };
        let mut candidates = Vec::new();
        for _ in 0..MAX_PERIODS {
            let Some((from, to)) = self.period(start, n) else {
                return out;
            };
            if from > end {
                return out;
            }
            candidates.clear();
            let mut day = from;
            while day <= to {
                if rule.matches(day) {
                    candidates.push(day);
                }
                match day.succ_opt() {
                    Some(next) => day = next,
                    None => break,
                }
            }
            for day in rule.select(&candidates) {
                if day <= start {
                    continue;
                }
                if day > end {
                    return out;
                }
                if day >= first {
                    if out.dates.len() >= max {
                        out.capped = true;
                        return out;
                    }
                    out.dates.push(day);
                }
                if let Some(left) = left.as_mut() {
                    *left -= 1;
                    if *left == 0 {
                        return out;
                    }
                }
            }
            n = n.saturating_add(interval);
        }
        out.capped = true;
        out
    }

    /// The rule with the day taken from `start` where it names none (RFC 5545: a
    /// yearly rule without `BYMONTH`, `BYMONTHDAY` or `BYDAY` repeats on the start's
    /// month and day, a monthly one on its day, a weekly one on its weekday).
    fn with_defaults(&self, start: NaiveDate) -> Rule {
        let mut rule = self.clone();
        if rule.month_days.is_empty() && rule.week_days.is_empty() {
            // Day of month 1–31 always fits in an i8.
            let day = start.day() as i8;
            match rule.freq {
                Freq::Yearly => {
                    if rule.months == 0 {
                        rule.months = 1 << start.month();
                    }
                    rule.month_days.push(day);
                }
                Freq::Monthly => rule.month_days.push(day),
                Freq::Weekly => rule.week_days.push((0, start.weekday())),
                Freq::Daily => {}
            }
        }
        rule
    }

    /// The first day of the week holding `day`, weeks starting on `WKST`.
    fn week_of(&self, day: NaiveDate) -> Option<NaiveDate> {
        let back =
            (7 + day.weekday().num_days_from_monday() - self.week_start.num_days_from_monday()) % 7;
        day.checked_sub_days(Days::new(u64::from(back)))
    }

    /// Whole periods from the one holding `start` to the one holding `first` (0 when
    /// `first` is not later).
    fn periods_between(&self, start: NaiveDate, first: NaiveDate) -> i64 {
        let months = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
        let n = match self.freq {
            Freq::Yearly => i64::from(first.year()) - i64::from(start.year()),
            Freq::Monthly => months(first) - months(start),
            Freq::Weekly => self
                .week_of(start)
                .map_or(0, |w| (first - w).num_days() / 7),
            Freq::Daily => (first - start).num_days(),
        };
        n.max(0)
    }

    /// The first and last day of the `n`-th period after the one holding `start`.
    fn period(&self, start: NaiveDate, n: i64) -> Option<(NaiveDate, NaiveDate)> {
        let steps = u64::try_from(n).ok()?;
        match self.freq {
            Freq::Yearly => {
                let year = i32::try_from(i64::from(start.year()).checked_add(n)?).ok()?;
                Some((
                    NaiveDate::from_ymd_opt(year, 1, 1)?,
                    NaiveDate::from_ymd_opt(year, 12, 31)?,
                ))
            }
            Freq::Monthly => {
                let index =
                    (i64::from(start.year()) * 12 + i64::from(start.month0())).checked_add(n)?;
                let year = i32::try_from(index.div_euclid(12)).ok()?;
                let month = u32::try_from(index.rem_euclid(12) + 1).ok()?;
                Some((
                    NaiveDate::from_ymd_opt(year, month, 1)?,
                    NaiveDate::from_ymd_opt(year, month, month_len(year, month))?,
                ))
            }
            Freq::Weekly => {
                let from = self
                    .week_of(start)?
                    .checked_add_days(Days::new(steps.checked_mul(7)?))?;
                Some((from, from.checked_add_days(Days::new(6))?))
            }
            Freq::Daily => {
                let day = start.checked_add_days(Days::new(steps))?;
                Some((day, day))
            }
        }
    }

    /// Whether `day` passes every `BY…` part.
    fn matches(&self, day: NaiveDate) -> bool {
        let in_month = self.months == 0 || self.months & (1 << day.month()) != 0;
        let len = month_len(day.year(), day.month()) as i32;
        let date = day.day() as i32;
        let month_day = self.month_days.is_empty()
            || self
                .month_days
                .iter()
                .any(|&m| i32::from(m) == date || i32::from(m) == date - len - 1);
        let week_day = self.week_days.is_empty()
            || self
                .week_days
                .iter()
                .any(|&(n, w)| w == day.weekday() && (n == 0 || self.nth(day, n)));
        in_month && month_day && week_day
    }

    /// Whether `day` is the `n`-th of its weekday (from the end when negative) in its
    /// month (monthly rules, yearly ones with `BYMONTH`) or its year. Weekly and daily
    /// rules have no ordinals: every such weekday counts.
    fn nth(&self, day: NaiveDate, n: i8) -> bool {
        let (index, len) = match self.freq {
            Freq::Monthly => (day.day0(), month_len(day.year(), day.month())),
            Freq::Yearly if self.months != 0 => (day.day0(), month_len(day.year(), day.month())),
            Freq::Yearly => (day.ordinal0(), if is_leap(day.year()) { 366 } else { 365 }),
            Freq::Weekly | Freq::Daily => return true,
        };
        let n = i32::from(n);
        let from_start = (index / 7 + 1) as i32;
        let from_end = ((len - 1 - index) / 7 + 1) as i32;
        n == from_start || -n == from_end
    }

    /// The candidates of one period that `BYSETPOS` keeps (all of them without it).
    fn select(&self, candidates: &[NaiveDate]) -> Vec<NaiveDate> {
        if self.set_pos.is_empty() {
            return candidates.to_vec();
        }
        let len = candidates.len() as i64;
        let mut kept: Vec<NaiveDate> = self
            .set_pos
            .iter()
            .filter_map(|&p| {
                let p = i64::from(p);
                let index = if p > 0 { p - 1 } else { len + p };
                candidates.get(usize::try_from(index).ok()?).copied()
            })
            .collect();
        kept.sort();
        kept.dedup();
        kept
    }
}

#[cfg(test)]
#[path = "rrule_tests.rs"]
mod tests;
