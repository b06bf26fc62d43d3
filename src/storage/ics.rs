//! Holidays from an iCalendar (.ics) file: the date of each event's `DTSTART`.
//!
//! All-day events (`DTSTART;VALUE=DATE:20261225`) give their date, and every further
//! day up to an exclusive `DTEND` (at most 31 days); events with a date-time give the
//! date as written (`20261225T090000Z` → 2026-12-25, no zone conversion). Folded lines
//! are unfolded. Recurrence rules (`RRULE`, `RDATE`) are not expanded: such events give
//! their first date and a warning, so a yearly holiday must be listed per year.

use chrono::NaiveDate;
use std::collections::BTreeSet;
use std::fmt;

/// Longest all-day event expanded into holidays, in days.
const MAX_EVENT_DAYS: i64 = 31;

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

/// Something read but not fully used; `line` is where the event begins (unfolded
/// lines counted as in the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IcsWarning {
    /// The event repeats (`RRULE`/`RDATE`); only its first date was taken.
    RecurrenceIgnored { line: usize, summary: String },
    /// The event has no `DTSTART`.
    NoStart { line: usize, summary: String },
    /// `DTSTART` is not a date or date-time.
    BadDate { line: usize, text: String },
    /// An all-day event longer than 31 days: only its first 31 days were taken.
    TooLong { line: usize, summary: String },
}

impl fmt::Display for IcsWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::RecurrenceIgnored { line, summary } => write!(
                f,
                "line {line}: '{summary}' repeats; only its first date was taken"
            ),
            Self::NoStart { line, summary } => {
                write!(f, "line {line}: '{summary}' has no start date")
            }
            Self::BadDate { line, text } => write!(f, "line {line}: '{text}' is not a date"),
            Self::TooLong { line, summary } => write!(
                f,
                "line {line}: '{summary}' lasts more than {MAX_EVENT_DAYS} days; only the first {MAX_EVENT_DAYS} were taken"
            ),
        }
    }
}

/// The holiday dates found (sorted, unique) and the warnings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IcsHolidays {
    pub dates: Vec<NaiveDate>,
    pub warnings: Vec<IcsWarning>,
}

/// Unfolds lines (a line starting with a space or tab continues the previous one),
/// keeping the file line each logical line starts on.
fn unfold(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
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

/// Splits `NAME;PARAM=X:VALUE` into upper-cased name, parameters and value.
fn property(line: &str) -> Option<(String, &str, &str)> {
    let (head, value) = line.split_once(':')?;
    let (name, params) = head.split_once(';').unwrap_or((head, ""));
    Some((name.trim().to_ascii_uppercase(), params, value.trim()))
}

/// The date of an iCalendar `DATE` or `DATE-TIME` value (`20261225`, `20261225T090000Z`).
fn date_of(value: &str) -> Option<NaiveDate> {
    let digits = value.get(..8)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = &value[8..];
    if !(rest.is_empty() || rest.starts_with(['T', 't'])) {
        return None;
    }
    NaiveDate::parse_from_str(digits, "%Y%m%d").ok()
}

#[derive(Default)]
struct Event {
    line: usize,
    summary: String,
    start: Option<(String, bool)>,
    end: Option<String>,
    repeats: bool,
}

/// Reads the holidays of an .ics text.
pub fn read_holidays(text: &str) -> Result<IcsHolidays, IcsError> {
    let lines = unfold(text.strip_prefix('\u{feff}').unwrap_or(text));
    if !lines
        .iter()
        .any(|(_, l)| l.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR"))
    {
        return Err(IcsError::NotACalendar);
    }
    let mut dates = BTreeSet::new();
    let mut warnings = Vec::new();
    let mut event: Option<Event> = None;
    for (line, text) in &lines {
        let Some((name, params, value)) = property(text) else {
            continue;
        };
        match (name.as_str(), event.as_mut()) {
            ("BEGIN", None) if value.eq_ignore_ascii_case("VEVENT") => {
                event = Some(Event {
                    line: *line,
                    ..Event::default()
                });
            }
            ("END", Some(_)) if value.eq_ignore_ascii_case("VEVENT") => {
                if let Some(e) = event.take() {
                    finish(e, &mut dates, &mut warnings);
                }
            }
            ("SUMMARY", Some(e)) => e.summary = value.replace("\\,", ",").replace("\\;", ";"),
            ("DTSTART", Some(e)) => {
                let all_day = params.to_ascii_uppercase().contains("VALUE=DATE")
                    && !params.to_ascii_uppercase().contains("VALUE=DATE-TIME");
                e.start = Some((value.to_owned(), all_day || value.len() == 8));
            }
            ("DTEND", Some(e)) => e.end = Some(value.to_owned()),
            ("RRULE" | "RDATE", Some(e)) => e.repeats = true,
            _ => {}
        }
    }
    Ok(IcsHolidays {
        dates: dates.into_iter().collect(),
        warnings,
    })
}

fn finish(e: Event, dates: &mut BTreeSet<NaiveDate>, warnings: &mut Vec<IcsWarning>) {
    let Some((start_text, all_day)) = e.start else {
        warnings.push(IcsWarning::NoStart {
            line: e.line,
            summary: e.summary,
        });
        return;
    };
    let Some(start) = date_of(&start_text) else {
        warnings.push(IcsWarning::BadDate {
            line: e.line,
            text: start_text,
        });
        return;
    };
    dates.insert(start);
    if all_day {
        // DTEND of an all-day event is exclusive.
        if let Some(end) = e.end.as_deref().and_then(date_of) {
            let days = (end - start).num_days();
            if days > MAX_EVENT_DAYS {
                warnings.push(IcsWarning::TooLong {
                    line: e.line,
                    summary: e.summary.clone(),
                });
            }
            let mut d = start;
            for _ in 1..days.min(MAX_EVENT_DAYS) {
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
    if e.repeats {
        warnings.push(IcsWarning::RecurrenceIgnored {
            line: e.line,
            summary: e.summary,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const SPAIN: &str = "BEGIN:VCALENDAR\r\n\
VERSION:2.0\r\n\
PRODID:-//Test//EN\r\n\
BEGIN:VEVENT\r\n\
UID:1\r\n\
DTSTART;VALUE=DATE:20261012\r\n\
DTEND;VALUE=DATE:20261013\r\n\
SUMMARY:Fiesta Nacional de Espa\r\n \u{f1}a\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:2\r\n\
DTSTART;VALUE=DATE:20261224\r\n\
DTEND;VALUE=DATE:20261226\r\n\
SUMMARY:Christmas\\, two days\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:3\r\n\
DTSTART;TZID=Europe/Madrid:20261208T000000\r\n\
SUMMARY:Inmaculada\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:4\r\n\
DTSTART:20260101T000000Z\r\n\
RRULE:FREQ=YEARLY\r\n\
SUMMARY:New Year\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
SUMMARY:No date\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
DTSTART;VALUE=DATE:2026-05-01\r\n\
END:VEVENT\r\n\
END:VCALENDAR\r\n";

    #[test]
    fn reads_all_day_and_date_time_events_with_warnings() {
        let h = read_holidays(SPAIN).unwrap();
        assert_eq!(
            h.dates,
            [
                d("2026-01-01"),
                d("2026-10-12"),
                d("2026-12-08"),
                d("2026-12-24"),
                d("2026-12-25")
            ]
        );
        assert_eq!(
            h.warnings,
            [
                IcsWarning::RecurrenceIgnored {
                    line: 22,
                    summary: "New Year".into()
                },
                IcsWarning::NoStart {
                    line: 28,
                    summary: "No date".into()
                },
                IcsWarning::BadDate {
                    line: 31,
                    text: "2026-05-01".into()
                },
            ]
        );
    }

    #[test]
    fn unfolds_lines_and_keeps_their_first_line_number() {
        let lines = unfold("A:1\r\n B\r\n\tC\r\nD:2\n");
        assert_eq!(lines, [(1, "A:1BC".to_owned()), (4, "D:2".to_owned())]);
        let h = read_holidays("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2026\n 0106\nEND:VEVENT\nEND:VCALENDAR\n").unwrap();
        assert_eq!(h.dates, [d("2026-01-06")]);
    }

    #[test]
    fn long_events_are_capped_and_non_calendars_refused() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Summer\nDTSTART;VALUE=DATE:20260701\nDTEND;VALUE=DATE:20260901\nEND:VEVENT\nEND:VCALENDAR\n";
        let h = read_holidays(text).unwrap();
        assert_eq!(h.dates.len(), 31);
        assert_eq!(h.dates.last(), Some(&d("2026-07-31")));
        assert_eq!(
            h.warnings,
            [IcsWarning::TooLong {
                line: 2,
                summary: "Summer".into()
            }]
        );
        assert_eq!(read_holidays("id,service\n"), Err(IcsError::NotACalendar));
    }
}
