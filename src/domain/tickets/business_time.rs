//! Business time in a calendar: time counted between two instants, the instant a
//! budget of business time runs out (the due time), and the counted intervals day by
//! day ("show the working").
//!
//! Convention: working intervals are local wall times of the calendar's zone, turned
//! into UTC for each local day (so 08:00 stays 08:00 across daylight-saving changes);
//! business time is real elapsed time inside them. A day whose 00:00–24:00 has 23 or
//! 25 hours counts 23 or 25 hours. Pauses (half-open, UTC) stop the clock; pauses that
//! overlap are counted once, reversed or empty ones are ignored.

use super::calendar::BusinessCalendar;
use super::zone::DayMap;
use super::zone::ZoneRules;
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};

/// A pause of the clock, from the first instant to the second.
pub type Pause = (DateTime<Utc>, DateTime<Utc>);

/// Farthest a due time is searched for, and longest time counted, in local days
/// (about 20 years).
pub const MAX_DAYS: u32 = 7305;

/// Why business time could not be counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BusinessTimeError {
    /// The two instants are `days` local days apart, more than [`MAX_DAYS`]: the clock
    /// does not count that far (rather than stopping at that point and giving a short
    /// answer).
    TooLong { days: i64 },
}

impl std::fmt::Display for BusinessTimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLong { days } => write!(
                f,
                "{days} days between the two instants; business time is counted over at most {MAX_DAYS}"
            ),
        }
    }
}

impl std::error::Error for BusinessTimeError {}

/// One counted piece of business time, for the "show the working" view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountedInterval {
    /// The calendar's local date whose working hours this piece belongs to.
    pub date: NaiveDate,
    /// Local wall time at the start and end (the end may read 00:00 of the next day).
    pub local_start: NaiveDateTime,
    pub local_end: NaiveDateTime,
    /// The same instants in UTC.
    pub utc_start: DateTime<Utc>,
    pub utc_end: DateTime<Utc>,
    /// Seconds counted (`utc_end − utc_start`).
    pub seconds: i64,
}

/// Turns Unix seconds into an instant (clamped to chrono's range).
pub fn instant(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap_or(if seconds < 0 {
        DateTime::<Utc>::MIN_UTC
    } else {
        DateTime::<Utc>::MAX_UTC
    })
}

/// Sorted, merged pauses in seconds; empty and reversed ones dropped.
fn merge_pauses(pauses: &[Pause]) -> Vec<(i64, i64)> {
    if pauses.is_empty() {
        return Vec::new();
    }
    let mut spans: Vec<(i64, i64)> = pauses
        .iter()
        .map(|(s, e)| (s.timestamp(), e.timestamp()))
        .filter(|(s, e)| e > s)
        .collect();
    spans.sort_unstable();
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Walks the parts of `[s, e)` outside the merged `pauses`, calling `f` on each;
/// `cursor` is the first pause that may still matter (spans come in time order).
/// Stops early when `f` returns `false`.
fn outside_pauses(
    s: i64,
    e: i64,
    pauses: &[(i64, i64)],
    cursor: &mut usize,
    mut f: impl FnMut(i64, i64) -> bool,
) -> bool {
    while pauses.get(*cursor).is_some_and(|&(_, pe)| pe <= s) {
        *cursor += 1;
    }
    let mut from = s;
    let mut i = *cursor;
    while let Some(&(ps, pe)) = pauses.get(i) {
        if ps >= e {
            break;
        }
        if ps > from && !f(from, ps) {
            return false;
        }
        from = from.max(pe);
        if pe >= e {
            break;
        }
        i += 1;
    }
    if from < e {
        return f(from, e);
    }
    true
}

/// Seconds in a day.
const DAY: i64 = 86_400;

/// chrono's day number (`num_days_from_ce`) of 1970-01-01.
const DAYS_FROM_CE_TO_EPOCH: i64 = 719_163;

/// Days a span table grows by beyond what a query needs.
const GROWTH_DAYS: i64 = 32;

/// Most local days one span table holds (about 40 years); beyond that the day-by-day
/// walk answers.
const TABLE_DAYS: i64 = 2 * MAX_DAYS as i64;

/// The working intervals of local `date` in `calendar`, as UTC seconds, in order.
fn day_spans<'c>(
    calendar: &'c BusinessCalendar,
    zone: &'c impl ZoneRules,
    date: NaiveDate,
) -> impl Iterator<Item = (i64, i64)> + 'c {
    let next_midnight = date.succ_opt().map(|d| d.and_time(NaiveTime::MIN));
    calendar
        .intervals_on(date)
        .iter()
        .filter_map(move |interval| {
            let at = |minute: u16| {
                NaiveTime::from_num_seconds_from_midnight_opt(u32::from(minute) * 60, 0)
                    .map(|t| date.and_time(t))
            };
            let from = at(interval.start())?;
            let to = if interval.end() >= super::calendar::MINUTES_PER_DAY {
                next_midnight?
            } else {
                at(interval.end())?
            };
            let (s, e) = (zone.to_utc_seconds(from), zone.to_utc_seconds(to));
            (e > s).then_some((s, e))
        })
}

/// The working spans (UTC seconds) of the local days `first_day..` in time order,
/// with the business seconds before each: business time between two instants the
/// table holds is a difference of two running totals, found by binary search.
#[derive(Debug, Default)]
struct SpanTable {
    /// Local day (days since 1970-01-01) of the first day held.
    first_day: i64,
    /// Per day held, the index of its first span; then `spans.len()`.
    day_first_span: Vec<u32>,
    spans: Vec<(i64, i64)>,
    /// `before[i]`: business seconds in `spans[..i]`.
    before: Vec<i64>,
    /// The instants of local midnight at the start of the first day and after the last.
    start: i64,
    end: i64,
}

impl SpanTable {
    fn is_empty(&self) -> bool {
        self.day_first_span.is_empty()
    }

    /// Number of days held.
    fn days(&self) -> i64 {
        self.day_first_span.len().saturating_sub(1) as i64
    }

    /// The day after the last one held.
    fn last_day(&self) -> i64 {
        self.first_day + self.days()
    }

    fn first_day_or(&self, day: i64) -> i64 {
        if self.is_empty() {
            day
        } else {
            self.first_day
        }
    }

    fn last_day_or(&self, day: i64) -> i64 {
        if self.is_empty() {
            day
        } else {
            self.last_day()
        }
    }

    /// True when business time up to `t` can be read from the table: no working span
    /// of a day outside it reaches into `start..=end`.
    fn holds(&self, t: i64) -> bool {
        !self.is_empty() && self.start <= t && t <= self.end
    }

    /// Business seconds from the table's start to `t` (which it must hold).
    fn cum(&self, t: i64) -> i64 {
        let k = self.spans.partition_point(|&(s, _)| s < t);
        let span = k
            .checked_sub(1)
            .and_then(|i| Some((self.spans.get(i)?, self.before.get(i)?)));
        match span {
            None => 0,
            Some((&(s, e), &before)) => before + (e.min(t) - s),
        }
    }

    /// The first instant where the running total reaches `target`, among the spans of
    /// days before `horizon`.
    fn point(&self, target: i64, horizon: i64) -> Option<i64> {
        let limit = match usize::try_from(horizon - self.first_day) {
            Ok(d) => self
                .day_first_span
                .get(d)
                .map_or(self.spans.len(), |&i| i as usize),
            Err(_) => 0,
        };
        // before[k] >= target > before[k - 1]: the target falls in span k - 1.
        let k = self.before.get(..=limit)?.partition_point(|&b| b < target);
        let i = k.checked_sub(1)?;
        let (&(s, _), &before) = (self.spans.get(i)?, self.before.get(i)?);
        (k <= limit).then(|| s + (target - before))
    }
}

/// A calendar read in a zone, with each local day's working intervals (as UTC
/// seconds) cached once computed. Make one per calendar and reuse it for every ticket.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use dsv_studio::domain::tickets::{BusinessCalendar, BusinessClock, WorkingInterval};
/// use dsv_studio::domain::Id;
/// let cal = BusinessCalendar::weekdays(
///     Id::new("office").unwrap(), "Office", "UTC",
///     &[WorkingInterval::hm(8, 0, 17, 0).unwrap()], Default::default()).unwrap();
/// let mut clock = BusinessClock::new(&cal, Utc);
/// let friday = Utc.with_ymd_and_hms(2026, 3, 6, 16, 30, 0).unwrap();
/// let due = clock.due(friday, 4 * 3600, &[]).unwrap();
/// assert_eq!(due, Utc.with_ymd_and_hms(2026, 3, 9, 11, 30, 0).unwrap());
/// ```
#[derive(Debug)]
pub struct BusinessClock<'a, Z> {
    calendar: &'a BusinessCalendar,
    zone: Z,
    always: bool,
    /// Local day (days from CE) → range in `spans` (for the day-by-day walk).
    days: DayMap<(u32, u32)>,
    spans: Vec<(i64, i64)>,
    /// The working spans of a run of days with running totals, for quick answers.
    table: SpanTable,
}

impl<'a, Z: ZoneRules> BusinessClock<'a, Z> {
    /// A clock for `calendar` whose zone rules are `zone` (the rules of
    /// `calendar.zone()`, supplied by the caller).
    pub fn new(calendar: &'a BusinessCalendar, zone: Z) -> Self {
        Self {
            calendar,
            always: calendar.is_always(),
            zone,
            days: DayMap::default(),
            spans: Vec::new(),
            table: SpanTable::default(),
        }
    }

    /// The calendar.
    pub fn calendar(&self) -> &'a BusinessCalendar {
        self.calendar
    }

    /// The zone rules.
    pub fn zone(&self) -> &Z {
        &self.zone
    }

    /// Local wall time of `t` in the calendar's zone.
    pub fn local(&self, t: DateTime<Utc>) -> NaiveDateTime {
        self.zone.to_local(t.timestamp())
    }

    /// The instant of local wall time `local` in the calendar's zone (gaps forward,
    /// folds to the earlier instant).
    pub fn resolve(&self, local: NaiveDateTime) -> DateTime<Utc> {
        instant(self.zone.to_utc_seconds(local))
    }

    fn local_date(&self, t: i64) -> NaiveDate {
        self.zone.to_local(t).date()
    }

    /// An error when local days `from` and `to` are [`MAX_DAYS`] or more apart.
    fn within_reach(&self, from: i64, to: i64) -> Result<(), BusinessTimeError> {
        let days = (self.local_date(to) - self.local_date(from)).num_days();
        if days >= i64::from(MAX_DAYS) {
            return Err(BusinessTimeError::TooLong { days });
        }
        Ok(())
    }

    /// Range in `self.spans` of the working intervals of local `date`.
    fn day(&mut self, date: NaiveDate) -> (usize, usize) {
        let key = i64::from(chrono::Datelike::num_days_from_ce(&date));
        if let Some(&(start, len)) = self.days.get(&key) {
            return (start as usize, start as usize + len as usize);
        }
        let start = self.spans.len();
        self.spans
            .extend(day_spans(self.calendar, &self.zone, date));
        let len = self.spans.len() - start;
        self.days.insert(key, (start as u32, len as u32));
        (start, start + len)
    }

    /// Calls `f(date, s, e)` on each working span clipped to `[from, to)` and cut by
    /// the pauses, in time order, until `f` returns `false`. `to = None` runs until
    /// `MAX_DAYS` local days have been walked; with `to`, a range of more days is an
    /// error and nothing is walked.
    fn walk(
        &mut self,
        from: i64,
        to: Option<i64>,
        pauses: &[(i64, i64)],
        mut f: impl FnMut(NaiveDate, i64, i64) -> bool,
    ) -> Result<(), BusinessTimeError> {
        if let Some(to) = to {
            self.within_reach(from, to)?;
        }
        let mut date = self.local_date(from);
        let last = to.map(|t| self.local_date(t));
        let mut cursor = 0;
        for _ in 0..MAX_DAYS {
            if last.is_some_and(|last| date > last) {
                return Ok(());
            }
            let (a, b) = self.day(date);
            for i in a..b {
                let Some(&(s, e)) = self.spans.get(i) else {
                    break;
                };
                let s = s.max(from);
                let e = to.map_or(e, |t| e.min(t));
                if e <= s {
                    continue;
                }
                if !outside_pauses(s, e, pauses, &mut cursor, |ps, pe| f(date, ps, pe)) {
                    return Ok(());
                }
            }
            match date.succ_opt() {
                Some(next) => date = next,
                None => return Ok(()),
            }
        }
        Ok(())
    }

    /// Business seconds between `from` and `to` not covered by `pauses`; zero when
    /// `to` is not after `from`. [`MAX_DAYS`] local days apart or more is an error,
    /// in every calendar.
    pub fn business_seconds(
        &mut self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        pauses: &[Pause],
    ) -> Result<i64, BusinessTimeError> {
        let (from, to) = (from.timestamp(), to.timestamp());
        if to <= from {
            return Ok(0);
        }
        self.within_reach(from, to)?;
        let pauses = merge_pauses(pauses);
        if self.always {
            let mut cursor = 0;
            let mut total = 0;
            outside_pauses(from, to, &pauses, &mut cursor, |s, e| {
                total += e - s;
                true
            });
            return Ok(total);
        }
        match self.table_seconds(from, to, &pauses) {
            Some(total) => Ok(total),
            None => self.walk_seconds(from, to, &pauses),
        }
    }

    /// [`business_seconds`](Self::business_seconds) from the span table, `None` when
    /// the range is too long for it (the walk then answers).
    fn table_seconds(&mut self, from: i64, to: i64, pauses: &[(i64, i64)]) -> Option<i64> {
        let (from_day, to_day) = (self.local_day(from), self.local_day(to));
        // The walk counts at most MAX_DAYS days; so does the table.
        if to_day - from_day >= i64::from(MAX_DAYS) || !self.cover(from) || !self.cover(to) {
            return None;
        }
        let t = &self.table;
        let mut total = t.cum(to) - t.cum(from);
        for &(ps, pe) in pauses {
            let (ps, pe) = (ps.max(from), pe.min(to));
            if pe > ps {
                total -= t.cum(pe) - t.cum(ps);
            }
        }
        Some(total)
    }

    /// [`business_seconds`](Self::business_seconds) walking day by day.
    fn walk_seconds(
        &mut self,
        from: i64,
        to: i64,
        pauses: &[(i64, i64)],
    ) -> Result<i64, BusinessTimeError> {
        let mut total = 0;
        self.walk(from, Some(to), pauses, |_, s, e| {
            total += e - s;
            true
        })?;
        Ok(total)
    }

    /// The instant when `seconds` of business time, counted from `start` and stopped
    /// by `pauses`, run out. `start` itself for zero; `None` when the calendar has no
    /// working time within about 20 years.
    pub fn due(
        &mut self,
        start: DateTime<Utc>,
        seconds: i64,
        pauses: &[Pause],
    ) -> Option<DateTime<Utc>> {
        if seconds <= 0 {
            return Some(start);
        }
        let from = start.timestamp();
        let pauses = merge_pauses(pauses);
        if self.always {
            let mut countdown = Countdown::new(seconds);
            let mut cursor = 0;
            let end = pauses.last().map_or(from, |p| p.1.max(from));
            if outside_pauses(from, end, &pauses, &mut cursor, |s, e| countdown.take(s, e)) {
                return Some(instant(end.max(from).saturating_add(countdown.remaining)));
            }
            return countdown.due.map(instant);
        }
        let due = match self.table_due(from, seconds, &pauses) {
            Some(due) => due,
            None => self.walk_due(from, seconds, &pauses),
        };
        due.map(instant)
    }

    /// [`due`](Self::due) from the span table: `Some(answer)`, or `None` when the
    /// table cannot hold the days needed (the walk then answers).
    fn table_due(&mut self, from: i64, seconds: i64, pauses: &[(i64, i64)]) -> Option<Option<i64>> {
        // The walk looks at MAX_DAYS local days from the start's; so does this.
        let horizon = self.local_day(from).checked_add(i64::from(MAX_DAYS))?;
        if !self.cover(from) {
            return None;
        }
        let mut cur = from;
        let mut remaining = seconds;
        for &(ps, pe) in pauses {
            if pe <= cur {
                continue;
            }
            if ps > cur {
                let target = self.table.cum(cur).checked_add(remaining)?;
                match self.point(target, horizon)? {
                    Some(t) if t <= ps => return Some(Some(t)),
                    Some(_) => remaining -= self.table.cum(ps) - self.table.cum(cur),
                    None => return Some(None),
                }
            }
            cur = cur.max(pe);
            if self.local_day(cur) >= horizon {
                return Some(None);
            }
            if !self.cover(cur) {
                return None;
            }
        }
        let target = self.table.cum(cur).checked_add(remaining)?;
        self.point(target, horizon)
    }

    /// The first instant where the running total of the table reaches `target`,
    /// looking at working spans of local days before `horizon` only: `Some(None)` when
    /// they do not reach it, `None` when the table cannot grow that far.
    fn point(&mut self, target: i64, horizon: i64) -> Option<Option<i64>> {
        let mut grow = GROWTH_DAYS;
        loop {
            if let Some(t) = self.table.point(target, horizon) {
                return Some(Some(t));
            }
            if self.table.last_day() >= horizon {
                return Some(None);
            }
            // Far targets (or calendars with little working time) grow it faster.
            let want = self.table.last_day().saturating_add(grow).min(horizon);
            grow = grow.saturating_mul(2);
            if !self.cover_days(self.table.first_day, want) {
                return None;
            }
        }
    }

    /// [`due`](Self::due) walking day by day.
    fn walk_due(&mut self, from: i64, seconds: i64, pauses: &[(i64, i64)]) -> Option<i64> {
        let mut countdown = Countdown::new(seconds);
        // Without an end the walk stops at its horizon: no error to pass on.
        let _ = self.walk(from, None, pauses, |_, s, e| countdown.take(s, e));
        countdown.due
    }

    /// The calendar's local day (days since 1970-01-01) of the instant `t`.
    fn local_day(&self, t: i64) -> i64 {
        t.saturating_add(i64::from(self.zone.offset_at(t)))
            .div_euclid(DAY)
    }

    /// Makes the table hold the instant `t`; false when it would grow too long.
    fn cover(&mut self, t: i64) -> bool {
        if self.table.holds(t) {
            return true;
        }
        let day = self.local_day(t);
        // One more day each side when a change of offset at midnight leaves `t` out.
        for margin in [0, 1] {
            let (need_first, need_last) = (day - margin, day + 1 + margin);
            // Some days of margin on the side that grows, so tickets in any order
            // rebuild the table a few times only.
            let (first, last) = if self.table.is_empty() {
                (need_first - GROWTH_DAYS / 4, need_last + GROWTH_DAYS)
            } else {
                let (held_first, held_last) = (self.table.first_day, self.table.last_day());
                (
                    if need_first < held_first {
                        need_first - GROWTH_DAYS
                    } else {
                        held_first
                    },
                    if need_last > held_last {
                        need_last + GROWTH_DAYS
                    } else {
                        held_last
                    },
                )
            };
            // Past the size limit, only what is needed.
            let covered = self.cover_days(first, last)
                || self.cover_days(
                    need_first.min(self.table.first_day_or(need_first)),
                    need_last.max(self.table.last_day_or(need_last)),
                );
            if !covered {
                return false;
            }
            if self.table.holds(t) {
                return true;
            }
        }
        false
    }

    /// Rebuilds the table for the local days `first..last` (from the per-day spans
    /// already worked out); false (and nothing changed) when that is more than
    /// [`TABLE_DAYS`] days.
    fn cover_days(&mut self, first: i64, last: i64) -> bool {
        if last <= first || last - first > TABLE_DAYS {
            return false;
        }
        let date_of = |day: i64| {
            i32::try_from(day + DAYS_FROM_CE_TO_EPOCH)
                .ok()
                .and_then(NaiveDate::from_num_days_from_ce_opt)
        };
        let (Some(first_date), Some(last_date)) = (date_of(first), date_of(last)) else {
            return false;
        };
        let mut table = SpanTable {
            first_day: first,
            start: self
                .zone
                .to_utc_seconds(first_date.and_time(NaiveTime::MIN)),
            end: self.zone.to_utc_seconds(last_date.and_time(NaiveTime::MIN)),
            ..SpanTable::default()
        };
        let mut date = first_date;
        for _ in first..last {
            table.day_first_span.push(table.spans.len() as u32);
            let (a, b) = self.day(date);
            for &(s, e) in self.spans.get(a..b).unwrap_or(&[]) {
                // Spans come in time order; never let one start inside the previous.
                let s = table.spans.last().map_or(s, |&(_, pe)| s.max(pe));
                if e > s {
                    table.spans.push((s, e));
                }
            }
            match date.succ_opt() {
                Some(next) => date = next,
                None => return false,
            }
        }
        table.day_first_span.push(table.spans.len() as u32);
        table.before.reserve(table.spans.len() + 1);
        let mut total = 0;
        table.before.push(0);
        for &(s, e) in &table.spans {
            total += e - s;
            table.before.push(total);
        }
        self.table = table;
        true
    }

    /// Each counted interval between `from` and `to`, day by day, pauses cut out.
    /// The seconds add up to [`business_seconds`](Self::business_seconds); the same
    /// ranges are errors.
    pub fn working(
        &mut self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        pauses: &[Pause],
    ) -> Result<Vec<CountedInterval>, BusinessTimeError> {
        let (from, to) = (from.timestamp(), to.timestamp());
        let mut pieces: Vec<(NaiveDate, i64, i64)> = Vec::new();
        if to <= from {
            return Ok(Vec::new());
        }
        let pauses = merge_pauses(pauses);
        self.walk(from, Some(to), &pauses, |date, s, e| {
            pieces.push((date, s, e));
            true
        })?;
        Ok(pieces
            .into_iter()
            .map(|(date, s, e)| CountedInterval {
                date,
                local_start: self.zone.to_local(s),
                local_end: self.zone.to_local(e),
                utc_start: instant(s),
                utc_end: instant(e),
                seconds: e - s,
            })
            .collect())
    }
}

/// Business seconds still to count before a due time, spent span by span.
struct Countdown {
    remaining: i64,
    due: Option<i64>,
}

impl Countdown {
    fn new(seconds: i64) -> Self {
        Self {
            remaining: seconds,
            due: None,
        }
    }

    /// Counts the counted span `start..end`: true to go on to the next span, false
    /// once the time has run out (`due` then holds the instant).
    fn take(&mut self, start: i64, end: i64) -> bool {
        if self.remaining <= end - start {
            self.due = Some(start + self.remaining);
            false
        } else {
            self.remaining -= end - start;
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tickets::calendar::WorkingInterval;
    use crate::domain::tickets::test_zones::{madrid, wall, Tz};
    use crate::domain::Id;
    use std::collections::BTreeSet;

    fn iv(h1: u16, h2: u16) -> WorkingInterval {
        WorkingInterval::hm(h1, 0, h2, 0).unwrap()
    }

    fn cal(week: [Vec<WorkingInterval>; 7], holidays: &[&str]) -> BusinessCalendar {
        BusinessCalendar::new(
            Id::new("c").unwrap(),
            "Test",
            "Europe/Madrid",
            week,
            holidays.iter().map(|d| d.parse().unwrap()).collect(),
        )
        .unwrap()
    }

    fn weekdays(h1: u16, h2: u16, holidays: &[&str]) -> BusinessCalendar {
        let week = std::array::from_fn(|i| if i < 5 { vec![iv(h1, h2)] } else { vec![] });
        cal(week, holidays)
    }

    /// Local Madrid wall time as an instant.
    fn at(text: &str) -> DateTime<Utc> {
        instant(madrid().to_utc_seconds(wall(text)))
    }

    const H: i64 = 3600;

    #[test]
    fn sixteen_hours_over_an_odd_week_fall_due_on_thursday_at_11() {
        // Mon 09–17, Tue 09–16, Wed off, Thu 08–17.
        let c = cal(
            [
                vec![iv(9, 17)],
                vec![iv(9, 16)],
                vec![],
                vec![iv(8, 17)],
                vec![],
                vec![],
                vec![],
            ],
            &[],
        );
        let mut clock = BusinessClock::new(&c, madrid());
        // 2026-02-02 is a Monday.
        let start = at("2026-02-02 11:00");
        assert_eq!(clock.due(start, 16 * H, &[]), Some(at("2026-02-05 11:00")));
        assert_eq!(
            clock
                .business_seconds(start, at("2026-02-05 11:00"), &[])
                .unwrap(),
            16 * H
        );
        let working = clock.working(start, at("2026-02-05 11:00"), &[]).unwrap();
        let rows: Vec<(String, String, i64)> = working
            .iter()
            .map(|w| {
                (
                    w.local_start.format("%a %H:%M").to_string(),
                    w.local_end.format("%H:%M").to_string(),
                    w.seconds,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("Mon 11:00".to_owned(), "17:00".to_owned(), 6 * H),
                ("Tue 09:00".to_owned(), "16:00".to_owned(), 7 * H),
                ("Thu 08:00".to_owned(), "11:00".to_owned(), 3 * H),
            ]
        );
        assert_eq!(
            working[0].utc_start.to_rfc3339(),
            "2026-02-02T10:00:00+00:00"
        );
    }

    #[test]
    fn four_hours_from_friday_1630_in_office_hours_and_around_the_clock() {
        let office = weekdays(8, 17, &[]);
        let mut clock = BusinessClock::new(&office, madrid());
        let friday = at("2026-02-06 16:30");
        assert_eq!(clock.due(friday, 4 * H, &[]), Some(at("2026-02-09 11:30")));
        let always = BusinessCalendar::always("24×7");
        let mut clock = BusinessClock::new(&always, madrid());
        assert_eq!(clock.due(friday, 4 * H, &[]), Some(at("2026-02-06 20:30")));
    }

    #[test]
    fn one_hour_response_from_1630_skips_a_holiday() {
        // Thursday 2026-02-05 16:30; Friday is a holiday; next working day Monday.
        let office = weekdays(9, 17, &["2026-02-06"]);
        let mut clock = BusinessClock::new(&office, madrid());
        let raised = at("2026-02-05 16:30");
        assert_eq!(clock.due(raised, H, &[]), Some(at("2026-02-09 09:30")));
        // Without the holiday it is Friday 09:30.
        let office = weekdays(9, 17, &[]);
        let mut clock = BusinessClock::new(&office, madrid());
        assert_eq!(clock.due(raised, H, &[]), Some(at("2026-02-06 09:30")));
    }

    #[test]
    fn pauses_inside_working_time_move_the_due_time_outside_they_do_not() {
        let office = weekdays(8, 17, &[]);
        let mut clock = BusinessClock::new(&office, madrid());
        let start = at("2026-02-02 09:00");
        assert_eq!(clock.due(start, 4 * H, &[]), Some(at("2026-02-02 13:00")));
        let inside = (at("2026-02-02 10:00"), at("2026-02-02 12:00"));
        assert_eq!(
            clock.due(start, 4 * H, &[inside]),
            Some(at("2026-02-02 15:00"))
        );
        let outside = (at("2026-02-02 18:00"), at("2026-02-02 20:00"));
        assert_eq!(
            clock.due(start, 4 * H, &[outside]),
            Some(at("2026-02-02 13:00"))
        );
        // Overlapping pauses count once; a reversed one is ignored.
        let overlapping = (at("2026-02-02 11:00"), at("2026-02-02 12:00"));
        let reversed = (at("2026-02-02 12:00"), at("2026-02-02 11:00"));
        assert_eq!(
            clock.due(start, 4 * H, &[overlapping, inside, reversed]),
            Some(at("2026-02-02 15:00"))
        );
        assert_eq!(
            clock
                .business_seconds(start, at("2026-02-02 15:00"), &[inside, outside])
                .unwrap(),
            4 * H
        );
        // A pause over the night moves due only by its working part (Mon 16–17 and
        // Tue 08–09): 7 h on Monday, the eighth from Tuesday 09:00.
        let evening = (at("2026-02-02 16:00"), at("2026-02-03 09:00"));
        assert_eq!(clock.due(start, 8 * H, &[]), Some(at("2026-02-02 17:00")));
        assert_eq!(
            clock.due(start, 8 * H, &[evening]),
            Some(at("2026-02-03 10:00"))
        );
        // Around the clock, a pause moves due by its length.
        let always = BusinessCalendar::always("24×7");
        let mut clock = BusinessClock::new(&always, madrid());
        assert_eq!(
            clock.due(start, 4 * H, &[inside]),
            Some(at("2026-02-02 15:00"))
        );
        assert_eq!(
            clock.due(start, 4 * H, &[outside]),
            Some(at("2026-02-02 13:00"))
        );
        assert_eq!(
            clock.due(start, 10 * H, &[outside]),
            Some(at("2026-02-02 21:00"))
        );
    }

    #[test]
    fn madrid_spring_forward_keeps_local_hours_and_counts_real_time() {
        // Sunday 2026-03-29: 02:00 CET becomes 03:00 CEST.
        let office = weekdays(8, 17, &[]);
        let mut clock = BusinessClock::new(&office, madrid());
        let friday = at("2026-03-27 16:00");
        assert_eq!(clock.due(friday, 2 * H, &[]), Some(at("2026-03-30 09:00")));
        assert_eq!(
            at("2026-03-30 09:00").to_rfc3339(),
            "2026-03-30T07:00:00+00:00"
        );
        assert_eq!(
            at("2026-03-27 16:00").to_rfc3339(),
            "2026-03-27T15:00:00+00:00"
        );
        // Around the clock in Madrid and with 00:00–24:00 every day: 47 real hours.
        let all_day = cal(std::array::from_fn(|_| vec![iv(0, 24)]), &[]);
        let always = BusinessCalendar::always("24×7");
        let (from, to) = (at("2026-03-28 12:00"), at("2026-03-30 12:00"));
        for c in [&all_day, &always] {
            let mut clock = BusinessClock::new(c, madrid());
            assert_eq!(clock.business_seconds(from, to, &[]).unwrap(), 47 * H);
            assert_eq!(clock.due(from, 47 * H, &[]), Some(to));
        }
        let mut clock = BusinessClock::new(&all_day, madrid());
        let sunday: i64 = clock
            .working(at("2026-03-29 00:00"), at("2026-03-30 00:00"), &[])
            .unwrap()
            .iter()
            .map(|w| w.seconds)
            .sum();
        assert_eq!(sunday, 23 * H);
        // Working hours through the gap: 01:00–04:00 has two real hours that night.
        let night = cal(std::array::from_fn(|_| vec![iv(1, 4)]), &[]);
        let mut clock = BusinessClock::new(&night, madrid());
        assert_eq!(
            clock
                .business_seconds(at("2026-03-29 00:00"), at("2026-03-29 12:00"), &[])
                .unwrap(),
            2 * H
        );
        assert_eq!(
            clock.due(at("2026-03-29 00:00"), 90 * 60, &[]),
            Some(at("2026-03-29 03:30"))
        );
    }

    #[test]
    fn madrid_fall_back_counts_the_repeated_hour() {
        // Sunday 2026-10-25: 03:00 CEST becomes 02:00 CET.
        let all_day = cal(std::array::from_fn(|_| vec![iv(0, 24)]), &[]);
        let always = BusinessCalendar::always("24×7");
        let (from, to) = (at("2026-10-24 12:00"), at("2026-10-26 12:00"));
        for c in [&all_day, &always] {
            let mut clock = BusinessClock::new(c, madrid());
            assert_eq!(clock.business_seconds(from, to, &[]).unwrap(), 49 * H);
            assert_eq!(clock.due(from, 49 * H, &[]), Some(to));
            assert_eq!(clock.due(from, 24 * H, &[]), Some(at("2026-10-25 11:00")));
        }
        let night = cal(std::array::from_fn(|_| vec![iv(1, 4)]), &[]);
        let mut clock = BusinessClock::new(&night, madrid());
        assert_eq!(
            clock
                .business_seconds(at("2026-10-25 00:00"), at("2026-10-25 12:00"), &[])
                .unwrap(),
            4 * H
        );
        // Office hours: local 08:00 on Monday after the change is 07:00 UTC.
        let office = weekdays(8, 17, &[]);
        let mut clock = BusinessClock::new(&office, madrid());
        let due = clock.due(at("2026-10-23 16:00"), 2 * H, &[]).unwrap();
        assert_eq!(due.to_rfc3339(), "2026-10-26T08:00:00+00:00");
        assert_eq!(clock.local(due), wall("2026-10-26 09:00"));
    }

    #[test]
    fn zero_and_reversed_ranges() {
        let office = weekdays(8, 17, &[]);
        let mut clock = BusinessClock::new(&office, Tz(chrono_tz::UTC));
        let t = at("2026-02-02 09:00");
        assert_eq!(clock.business_seconds(t, t, &[]).unwrap(), 0);
        assert_eq!(
            clock
                .business_seconds(t, at("2026-02-01 09:00"), &[])
                .unwrap(),
            0
        );
        assert_eq!(clock.due(t, 0, &[]), Some(t));
        assert!(clock.working(t, t, &[]).unwrap().is_empty());
    }

    #[test]
    fn ranges_too_long_for_the_table_are_walked() {
        let office = weekdays(8, 17, &["2026-02-06"]);
        let mut clock = BusinessClock::new(&office, madrid());
        let mut walker = BusinessClock::new(&office, madrid());
        let start = at("2026-02-02 09:00");
        // Mon 8 h, Tue–Thu 27 h, Friday a holiday, Monday 5 h.
        assert_eq!(clock.due(start, 40 * H, &[]), Some(at("2026-02-09 13:00")));
        // 46 years before what the table holds: more than it may hold at once.
        let (old, older) = (at("1980-03-03 09:00"), at("1980-03-10 09:00"));
        let walked = walker
            .walk_seconds(old.timestamp(), older.timestamp(), &[])
            .unwrap();
        assert_eq!(walked, 8 * H + 4 * 9 * H + H);
        assert_eq!(clock.business_seconds(old, older, &[]).unwrap(), walked);
        assert_eq!(clock.due(old, walked, &[]), Some(older));
        // 19 years: too long for the table, walked.
        let far = at("2045-01-01 00:00");
        assert_eq!(
            clock.business_seconds(start, far, &[]).unwrap(),
            walker
                .walk_seconds(start.timestamp(), far.timestamp(), &[])
                .unwrap()
        );
        // The table still answers near its days.
        assert_eq!(clock.due(start, 41 * H, &[]), Some(at("2026-02-09 14:00")));
    }

    #[test]
    fn more_than_twenty_years_is_an_error_not_a_count_stopped_at_the_horizon() {
        let office = weekdays(8, 17, &[]);
        let always = BusinessCalendar::always("24×7");
        let start = at("2026-01-01 00:00");
        let last_day = at("2045-12-31 23:00"); // 7,304 local days later
        let past = at("2046-01-01 00:00"); // 7,305
        for c in [&office, &always] {
            let mut clock = BusinessClock::new(c, madrid());
            assert!(clock.business_seconds(start, last_day, &[]).unwrap() > 0);
            assert_eq!(
                clock.business_seconds(start, past, &[]),
                Err(BusinessTimeError::TooLong { days: 7305 })
            );
            assert_eq!(
                clock.working(start, past, &[]),
                Err(BusinessTimeError::TooLong { days: 7305 })
            );
            // The year-9999 case of the report: no silent 41,736 h.
            let far = at("2200-12-31 00:00");
            assert!(matches!(
                clock.business_seconds(start, far, &[]),
                Err(BusinessTimeError::TooLong { days }) if days > 63_000
            ));
        }
        // Office hours over 7,304 days: every weekday counted (no cap inside reach).
        let mut clock = BusinessClock::new(&office, madrid());
        let weekdays_in_reach = (0..7305)
            .filter(|d| {
                let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(*d);
                chrono::Datelike::weekday(&date).num_days_from_monday() < 5
            })
            .count() as i64;
        assert_eq!(
            clock.business_seconds(start, last_day, &[]).unwrap(),
            weekdays_in_reach * 9 * H
        );
    }

    #[test]
    fn no_working_time_in_reach_gives_no_due_time() {
        let office = weekdays(8, 17, &[]);
        let mut holidays = office.clone();
        let mut d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut all = BTreeSet::new();
        for _ in 0..(MAX_DAYS + 10) {
            all.insert(d);
            d = d.succ_opt().unwrap();
        }
        holidays.add_holidays(all);
        let mut clock = BusinessClock::new(&holidays, madrid());
        assert_eq!(clock.due(at("2026-01-02 09:00"), H, &[]), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::domain::tickets::calendar::WorkingInterval;
    use crate::domain::tickets::test_zones::madrid;
    use crate::domain::Id;
    use proptest::prelude::*;

    fn calendars() -> Vec<BusinessCalendar> {
        let iv = |a, b, c, d| WorkingInterval::hm(a, b, c, d).unwrap();
        let office = BusinessCalendar::weekdays(
            Id::new("o").unwrap(),
            "Office",
            "Europe/Madrid",
            &[iv(8, 0, 12, 0), iv(13, 0, 17, 0)],
            ["2026-03-19".parse().unwrap(), "2026-10-12".parse().unwrap()].into(),
        )
        .unwrap();
        let night = BusinessCalendar::new(
            Id::new("n").unwrap(),
            "Night",
            "Europe/Madrid",
            std::array::from_fn(|i| {
                if i % 2 == 0 {
                    vec![iv(0, 0, 3, 30), iv(22, 15, 24, 0)]
                } else {
                    vec![iv(1, 59, 2, 1)]
                }
            }),
            Default::default(),
        )
        .unwrap();
        vec![office, night, BusinessCalendar::always("24×7")]
    }

    /// Instants in 2026 around both Madrid changes (March and October).
    fn instants() -> impl Strategy<Value = i64> {
        let march = 1_774_400_000_i64; // 2026-03-25
        let october = 1_792_800_000_i64; // 2026-10-24
        prop_oneof![march..march + 12 * 86_400, october..october + 12 * 86_400]
    }

    /// Instants from 2024 to 2028, to make the span table grow both ways.
    fn wide_instants() -> impl Strategy<Value = i64> {
        1_704_067_200_i64..1_830_297_600_i64
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn the_span_table_answers_like_the_day_by_day_walk(
            queries in proptest::collection::vec(
                (
                    prop_oneof![instants(), wide_instants()],
                    0..40 * 86_400_i64,
                    0..400_000_i64,
                    proptest::collection::vec((0..30 * 86_400_i64, 0..100_000_i64), 0..3),
                ),
                1..12,
            ),
            which in 0..2_usize,
        ) {
            let cals = calendars();
            // One clock answers every query (its table grows as needed); the walk
            // answers each afresh.
            let mut clock = BusinessClock::new(&cals[which], madrid());
            for (from, length, target, p) in queries {
                let to = from + length;
                let pauses: Vec<Pause> = p
                    .iter()
                    .map(|&(at, len)| (instant(from + at - 86_400), instant(from + at - 86_400 + len)))
                    .collect();
                let merged = merge_pauses(&pauses);
                let mut walker = BusinessClock::new(&cals[which], madrid());
                prop_assert_eq!(
                    clock.business_seconds(instant(from), instant(to), &pauses).unwrap(),
                    walker.walk_seconds(from, to, &merged).unwrap()
                );
                prop_assert_eq!(
                    clock.due(instant(from), target, &pauses).map(|t| t.timestamp()),
                    if target <= 0 { Some(from) } else { walker.walk_due(from, target, &merged) }
                );
            }
        }

        #[test]
        fn additive_over_a_split_and_never_negative(
            a in instants(), b in instants(), m in instants(),
            p in proptest::collection::vec((instants(), 0..20_000_i64), 0..3),
            which in 0..3_usize,
        ) {
            let cals = calendars();
            let mut clock = BusinessClock::new(&cals[which], madrid());
            let (from, to) = (a.min(b), a.max(b));
            let mid = m.clamp(from, to);
            let pauses: Vec<Pause> = p.iter().map(|&(s, len)| (instant(s), instant(s + len))).collect();
            let whole = clock.business_seconds(instant(from), instant(to), &pauses).unwrap();
            let left = clock.business_seconds(instant(from), instant(mid), &pauses).unwrap();
            let right = clock.business_seconds(instant(mid), instant(to), &pauses).unwrap();
            prop_assert!(whole >= 0 && left >= 0 && right >= 0);
            prop_assert_eq!(whole, left + right);
            prop_assert!(whole <= to - from);
            let listed: i64 = clock.working(instant(from), instant(to), &pauses).unwrap().iter().map(|w| w.seconds).sum();
            prop_assert_eq!(listed, whole);
            prop_assert_eq!(clock.business_seconds(instant(to), instant(from), &pauses).unwrap(), 0);
        }

        #[test]
        fn due_after_the_business_time_used_lands_consistently(
            a in instants(), b in instants(),
            p in proptest::collection::vec((instants(), 0..20_000_i64), 0..3),
            which in 0..3_usize,
        ) {
            let cals = calendars();
            let mut clock = BusinessClock::new(&cals[which], madrid());
            let (from, to) = (instant(a.min(b)), instant(a.max(b)));
            let pauses: Vec<Pause> = p.iter().map(|&(s, len)| (instant(s), instant(s + len))).collect();
            let used = clock.business_seconds(from, to, &pauses).unwrap();
            let due = clock.due(from, used, &pauses);
            prop_assert!(due.is_some());
            let due = due.unwrap_or(from);
            // Due is no later than `to` and the same business time lies before it.
            prop_assert!(due <= to);
            prop_assert_eq!(clock.business_seconds(from, due, &pauses).unwrap(), used);
            // Nothing counts between due and `to`.
            prop_assert_eq!(clock.business_seconds(due, to, &pauses).unwrap(), 0);
            if used > 0 {
                let later = clock.due(from, used + 1, &pauses);
                prop_assert!(later.is_some_and(|l| l > due));
            }
        }
    }
}
