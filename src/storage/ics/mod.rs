//! Holidays from an iCalendar (.ics) file: the dates of its events, repeating ones
//! expanded over the years the user chooses.
//!
//! All-day events (`DTSTART;VALUE=DATE:20261225`) give their date, and every further
//! day up to an exclusive `DTEND` or a `DURATION` of days or weeks (at most 31 days);
//! events with a date-time give the date as written (`20261225T090000Z` → 2026-12-25,
//! no zone conversion). Lines may end in CRLF, LF or CR alone; folded lines are
//! unfolded. A repeating event's set of dates is `DTSTART`, its `RRULE`s (the subset of
//! [`rrule`]), its `RDATE`s, less its `EXDATE`s and the instances another event of the
//! same `UID` moves or cancels (`RECURRENCE-ID`), kept within the chosen [`Years`].
//!
//! What is not a holiday: an event with `STATUS:CANCELLED`, and a timed event shown as
//! free (`TRANSP:TRANSPARENT`). An all-day event shown as free is a holiday: Google and
//! Outlook holiday feeds mark every holiday so. Both are told as [`IcsNote`]s.

pub mod rrule;

use crate::domain::IMPORT_YEARS;
use chrono::{Datelike, NaiveDate, NaiveTime};
use rrule::{Freq, Rule, RuleError};
use std::collections::BTreeSet;
use std::fmt;

/// Longest all-day event expanded into holidays, in days.
const MAX_EVENT_DAYS: i64 = 31;

/// Most dates one repeating event gives.
pub const MAX_DATES: usize = 1000;

/// Why a text is not an iCalendar file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IcsError {
    /// No `BEGIN:VCALENDAR`.
    NotACalendar,
}

impl fmt::Display for IcsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotACalendar => f.write_str("the file is not an iCalendar (.ics) file"),
        }
    }
}

impl std::error::Error for IcsError {}

/// The years repeating events are expanded over: within 1970–2200, first ≤ last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Years {
    first: i32,
    last: i32,
}

/// Years outside 1970–2200, or the first after the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadYears {
    pub first: i32,
    pub last: i32,
}

impl fmt::Display for BadYears {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}–{} is not a range of years from {} to {}",
            self.first,
            self.last,
            IMPORT_YEARS.start(),
            IMPORT_YEARS.end()
        )
    }
}

impl std::error::Error for BadYears {}

impl Years {
    /// From `first` to `last`, both included.
    pub fn new(first: i32, last: i32) -> Result<Self, BadYears> {
        if first <= last && IMPORT_YEARS.contains(&first) && IMPORT_YEARS.contains(&last) {
            Ok(Self { first, last })
        } else {
            Err(BadYears { first, last })
        }
    }

    /// The default range: from the year of the first ticket (this year when there
    /// are none) to five years after this year (or after that first year, if later).
    ///
    /// ```
    /// use dsv_studio::storage::ics::Years;
    /// let y = Years::around(Some(2024), 2026);
    /// assert_eq!((y.first(), y.last()), (2024, 2031));
    /// ```
    pub fn around(first_ticket_year: Option<i32>, this_year: i32) -> Self {
        let clamp = |y: i32| y.clamp(*IMPORT_YEARS.start(), *IMPORT_YEARS.end());
        let first = clamp(first_ticket_year.unwrap_or(this_year));
        let last = clamp(first.max(this_year).saturating_add(5));
        Self { first, last }
    }

    pub fn first(&self) -> i32 {
        self.first
    }

    pub fn last(&self) -> i32 {
        self.last
    }

    fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.first, 1, 1).unwrap_or(NaiveDate::MIN)
    }

    fn last_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.last, 12, 31).unwrap_or(NaiveDate::MAX)
    }

    fn contains(&self, day: NaiveDate) -> bool {
        (self.first..=self.last).contains(&day.year())
    }
}

/// What was done with an event, for the user to know (not a problem).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IcsNote {
    /// A repeating event gave `dates` dates in `years`; `freq` is its rule's (the
    /// first one's), `None` when it only lists dates (`RDATE`).
    Expanded {
        summary: String,
        freq: Option<Freq>,
        years: Years,
        dates: usize,
    },
    /// `STATUS:CANCELLED`: not a holiday.
    Cancelled { line: usize, summary: String },
    /// A timed event shown as free (`TRANSP:TRANSPARENT`): not a holiday.
    Free { line: usize, summary: String },
}

/// Something read but not fully used; `line` is the file line of the property (or of
/// `BEGIN:VEVENT` for the event as a whole), folded lines counted as in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IcsWarning {
    /// The event has no `DTSTART`.
    NoStart { line: usize, summary: String },
    /// A `DTSTART`, `RDATE` or `EXDATE` value that is not a date or date-time.
    BadDate { line: usize, text: String },
    /// A date outside the years 1970 to 2200 (a year 0000 from a broken export).
    BadYear { line: usize, text: String },
    /// An all-day event longer than 31 days: only its first 31 days were taken.
    TooLong { line: usize, summary: String },
    /// The event has no `END:VEVENT` (the file is cut off): it was left out.
    Unterminated { line: usize, summary: String },
    /// The rule has a part the expander does not handle; its start date was kept.
    RuleUnsupported {
        line: usize,
        summary: String,
        part: String,
    },
    /// The rule cannot be read; its start date was kept.
    RuleUnreadable {
        line: usize,
        summary: String,
        part: String,
    },
    /// The event gives more dates than a limit allows; the first `kept` were taken.
    TooMany {
        line: usize,
        summary: String,
        kept: usize,
    },
}

impl fmt::Display for IcsWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoStart { line, summary } => {
                write!(f, "line {line}: '{summary}' has no start date")
            }
            Self::BadDate { line, text } => write!(f, "line {line}: '{text}' is not a date"),
            Self::BadYear { line, text } => write!(
                f,
                "line {line}: '{text}' is outside the years {} to {}",
                IMPORT_YEARS.start(),
                IMPORT_YEARS.end()
            ),
            Self::TooLong { line, summary } => write!(
                f,
                "line {line}: '{summary}' lasts more than {MAX_EVENT_DAYS} days; only the first {MAX_EVENT_DAYS} were taken"
            ),
            Self::Unterminated { line, summary } => {
                write!(f, "line {line}: '{summary}' has no END:VEVENT")
            }
            Self::RuleUnsupported {
                line,
                summary,
                part,
            } => write!(
                f,
                "line {line}: '{summary}': the rule part '{part}' is not supported"
            ),
            Self::RuleUnreadable {
                line,
                summary,
                part,
            } => write!(f, "line {line}: '{summary}': the rule '{part}' cannot be read"),
            Self::TooMany {
                line,
                summary,
                kept,
            } => write!(
                f,
                "line {line}: '{summary}' repeats too often; only {kept} dates were taken"
            ),
        }
    }
}

/// The holiday dates found (sorted, unique), what was done and what was not used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IcsHolidays {
    pub dates: Vec<NaiveDate>,
    pub notes: Vec<IcsNote>,
    pub warnings: Vec<IcsWarning>,
}

/// The lines of `text`, ended by CRLF, LF or a CR alone.
fn physical_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let s = rest?;
        match s.find(['\r', '\n']) {
            Some(i) => {
                let end = if s[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = Some(&s[i + end..]);
                Some(&s[..i])
            }
            None => {
                rest = None;
                (!s.is_empty()).then_some(s)
            }
        }
    })
}

/// Unfolds lines (a line starting with a space or tab continues the previous one),
/// keeping the file line each logical line starts on.
fn unfold(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, raw) in physical_lines(text).enumerate() {
        match raw.strip_prefix([' ', '\t']) {
            Some(rest) if !out.is_empty() => {
                if let Some(last) = out.last_mut() {
                    last.1.push_str(rest);
                }
            }
            _ => out.push((i + 1, raw.to_owned())),
        }
    }
    out
}

/// Splits `NAME;PARAM=X:VALUE` into upper-cased name, parameters and value; a `:`
/// inside a quoted parameter (`TZID="(UTC+01:00) Madrid"`) is not the separator.
fn property(line: &str) -> Option<(String, &str, &str)> {
    let mut quoted = false;
    let colon = line.char_indices().find_map(|(i, c)| {
        if c == '"' {
            quoted = !quoted;
        }
        (c == ':' && !quoted).then_some(i)
    })?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let (name, params) = head.split_once(';').unwrap_or((head, ""));
    Some((name.trim().to_ascii_uppercase(), params, value.trim()))
}

/// An iCalendar `DATE` or `DATE-TIME` value (`20261225`, `20261225T090000Z`): the date
/// and, when readable, the time of day as written.
pub(crate) fn date_time(value: &str) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let v = value.trim().as_bytes();
    let digits = |from: usize, to: usize| -> Option<u32> {
        let part = v.get(from..to)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
    };
    let year = i32::try_from(digits(0, 4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, digits(4, 6)?, digits(6, 8)?)?;
    match v.get(8) {
        None => Some((date, None)),
        Some(b'T' | b't') => {
            let time = || NaiveTime::from_hms_opt(digits(9, 11)?, digits(11, 13)?, digits(13, 15)?);
            Some((date, time()))
        }
        Some(_) => None,
    }
}

/// `\,` `\;` `\\` and `\n` of a text value.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
        } else if let Some(next) = chars.next() {
            out.push(if matches!(next, 'n' | 'N') { ' ' } else { next });
        }
    }
    out
}

/// The value of parameter `key` (`VALUE` in `VALUE=DATE;TZID=…`).
fn param<'a>(params: &'a str, key: &str) -> Option<&'a str> {
    params.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case(key).then_some(v.trim())
    })
}

/// One property kept for later: its line, parameters and value.
#[derive(Default)]
struct Prop {
    line: usize,
    params: String,
    value: String,
}

#[derive(Default)]
struct Event {
    line: usize,
    uid: String,
    summary: String,
    start: Option<Prop>,
    end: Option<String>,
    duration: Option<String>,
    rules: Vec<Prop>,
    rdates: Vec<Prop>,
    exdates: Vec<Prop>,
    recurrence_id: Option<NaiveDate>,
    cancelled: bool,
    transparent: bool,
}

/// The events of the file; an event cut off before `END:VEVENT` is a warning.
fn read_events(lines: &[(usize, String)], warnings: &mut Vec<IcsWarning>) -> Vec<Event> {
    let mut events = Vec::new();
    let mut event: Option<Event> = None;
    // Components nested in the event (VALARM): their properties are not the event's.
    let mut depth = 0usize;
    for (line, text) in lines {
        let Some((name, params, value)) = property(text) else {
            continue;
        };
        let begin_event = name == "BEGIN" && value.eq_ignore_ascii_case("VEVENT");
        let Some(e) = event.as_mut() else {
            if begin_event {
                event = Some(Event {
                    line: *line,
                    ..Event::default()
                });
                depth = 0;
            }
            continue;
        };
        if begin_event || (name == "END" && value.eq_ignore_ascii_case("VCALENDAR")) {
            warnings.push(IcsWarning::Unterminated {
                line: e.line,
                summary: std::mem::take(&mut e.summary),
            });
            event = begin_event.then(|| Event {
                line: *line,
                ..Event::default()
            });
            depth = 0;
            continue;
        }
        let prop = || Prop {
            line: *line,
            params: params.to_owned(),
            value: value.to_owned(),
        };
        match name.as_str() {
            "BEGIN" => depth += 1,
            "END" if depth > 0 => depth -= 1,
            "END" if value.eq_ignore_ascii_case("VEVENT") => events.extend(event.take()),
            _ if depth > 0 => {}
            "SUMMARY" => e.summary = unescape(value),
            "UID" => e.uid = value.to_owned(),
            "DTSTART" => e.start = Some(prop()),
            "DTEND" => e.end = Some(value.to_owned()),
            "DURATION" => e.duration = Some(value.to_owned()),
            "RRULE" => e.rules.push(prop()),
            "RDATE" => e.rdates.push(prop()),
            "EXDATE" => e.exdates.push(prop()),
            "RECURRENCE-ID" => e.recurrence_id = date_time(value).map(|(d, _)| d),
            "STATUS" => e.cancelled = value.eq_ignore_ascii_case("CANCELLED"),
            "TRANSP" => e.transparent = value.eq_ignore_ascii_case("TRANSPARENT"),
            _ => {}
        }
    }
    if let Some(e) = event {
        warnings.push(IcsWarning::Unterminated {
            line: e.line,
            summary: e.summary,
        });
    }
    events
}

/// Reads the holidays of an .ics text, repeating events expanded over `years`.
pub fn read_holidays(text: &str, years: Years) -> Result<IcsHolidays, IcsError> {
    let lines = unfold(text.strip_prefix('\u{feff}').unwrap_or(text));
    if !lines
        .iter()
        .any(|(_, l)| l.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR"))
    {
        return Err(IcsError::NotACalendar);
    }
    let mut out = IcsHolidays::default();
    let events = read_events(&lines, &mut out.warnings);
    // Instances another event moves or cancels (same UID, RECURRENCE-ID), sorted so
    // each series finds its own by binary search: linear in the events overall.
    let mut replaced: Vec<(&str, NaiveDate)> = events
        .iter()
        .filter(|e| !e.uid.is_empty())
        .filter_map(|e| Some((e.uid.as_str(), e.recurrence_id?)))
        .collect();
    replaced.sort_unstable();
    let mut dates = BTreeSet::new();
    for e in &events {
        add_event(e, years, &replaced, &mut dates, &mut out);
    }
    out.dates = dates.into_iter().collect();
    Ok(out)
}

/// A date value of `line`, refused with a warning when unreadable or outside
/// 1970–2200.
fn checked(
    line: usize,
    value: &str,
    warnings: &mut Vec<IcsWarning>,
) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let text = || value.trim().to_owned();
    match date_time(value) {
        Some(found) if IMPORT_YEARS.contains(&found.0.year()) => Some(found),
        Some(_) => {
            warnings.push(IcsWarning::BadYear { line, text: text() });
            None
        }
        None => {
            warnings.push(IcsWarning::BadDate { line, text: text() });
            None
        }
    }
}

/// Days an all-day event lasts: to its exclusive `DTEND`, or its `DURATION` in days
/// or weeks (`P2D`, `P1W`); one day otherwise.
fn span(e: &Event, start: NaiveDate) -> i64 {
    if let Some((end, _)) = e.end.as_deref().and_then(date_time) {
        return (end - start).num_days();
    }
    let Some(d) = e.duration.as_deref() else {
        return 1;
    };
    let d = d.trim().trim_start_matches('+');
    let Some(d) = d.strip_prefix(['P', 'p']) else {
        return 1;
    };
    let (n, per) = match d.strip_suffix(['D', 'd']) {
        Some(n) => (n, 1),
        None => match d.strip_suffix(['W', 'w']) {
            Some(n) => (n, 7),
            None => return 1,
        },
    };
    n.parse::<i64>().map_or(1, |n| n.saturating_mul(per))
}

fn add_event(
    e: &Event,
    years: Years,
    // Sorted by UID.
    replaced: &[(&str, NaiveDate)],
    dates: &mut BTreeSet<NaiveDate>,
    out: &mut IcsHolidays,
) {
    let summary = || e.summary.clone();
    let warnings = &mut out.warnings;
    if e.cancelled {
        out.notes.push(IcsNote::Cancelled {
            line: e.line,
            summary: summary(),
        });
        return;
    }
    let Some(start) = &e.start else {
        warnings.push(IcsWarning::NoStart {
            line: e.line,
            summary: summary(),
        });
        return;
    };
    let Some((day, time)) = checked(start.line, &start.value, warnings) else {
        return;
    };
    let all_day = param(&start.params, "VALUE").map_or(start.value.trim().len() == 8, |v| {
        v.eq_ignore_ascii_case("DATE")
    });
    if e.transparent && !all_day {
        out.notes.push(IcsNote::Free {
            line: e.line,
            summary: summary(),
        });
        return;
    }
    let mut days = 1;
    if all_day {
        days = span(e, day);
        if days > MAX_EVENT_DAYS {
            warnings.push(IcsWarning::TooLong {
                line: e.line,
                summary: summary(),
            });
            days = MAX_EVENT_DAYS;
        }
    }
    let repeats = !e.rules.is_empty() || !e.rdates.is_empty();
    let mut set = Vec::new();
    let mut freq = None;
    if !repeats || (e.rules.is_empty() && years.contains(day)) {
        set.push(day);
    }
    for r in &e.rules {
        match Rule::parse(&r.value) {
            Ok(rule) => {
                freq = freq.or(Some(rule.freq));
                let x = rule.expand(day, time, years.first_day(), years.last_day(), MAX_DATES);
                if x.capped {
                    warnings.push(IcsWarning::TooMany {
                        line: r.line,
                        summary: summary(),
                        kept: x.dates.len(),
                    });
                }
                set.extend(x.dates);
            }
            Err(error) => {
                let (line, summary) = (r.line, summary());
                warnings.push(match error {
                    RuleError::Unsupported(part) => IcsWarning::RuleUnsupported {
                        line,
                        summary,
                        part,
                    },
                    RuleError::Unreadable(part) => IcsWarning::RuleUnreadable {
                        line,
                        summary,
                        part,
                    },
                });
                set.push(day);
            }
        }
    }
    for p in &e.rdates {
        for value in p.value.split(',') {
            // A PERIOD value (start/end) gives its start.
            let value = value.split('/').next().unwrap_or(value);
            if let Some((d, _)) = checked(p.line, value, warnings) {
                if years.contains(d) {
                    set.push(d);
                }
            }
        }
    }
    let mut removed = Vec::new();
    for p in &e.exdates {
        for value in p.value.split(',') {
            if let Some((d, _)) = checked(p.line, value, warnings) {
                removed.push(d);
            }
        }
    }
    if e.recurrence_id.is_none() {
        let uid = e.uid.as_str();
        let first = replaced.partition_point(|(u, _)| *u < uid);
        let own = replaced.iter().skip(first).take_while(|(u, _)| *u == uid);
        removed.extend(own.map(|(_, d)| *d));
    }
    removed.sort();
    set.sort();
    set.dedup();
    set.retain(|d| removed.binary_search(d).is_err());
    if set.len() > MAX_DATES {
        warnings.push(IcsWarning::TooMany {
            line: e.line,
            summary: summary(),
            kept: MAX_DATES,
        });
    }
    // A rule that could not be read already has its warning.
    if freq.is_some() || !e.rdates.is_empty() {
        out.notes.push(IcsNote::Expanded {
            summary: summary(),
            freq,
            years,
            dates: set.len().min(MAX_DATES),
        });
    }
    for first in set.into_iter().take(MAX_DATES) {
        let mut d = first;
        dates.insert(d);
        for _ in 1..days {
            match d.succ_opt() {
                Some(next) => {
                    d = next;
                    dates.insert(d);
                }
                None => break,
            }
        }
    }
}

#[cfg(test)]
mod tests;
