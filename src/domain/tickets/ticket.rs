//! Tickets as exported by a ticket tool: creation, first response, resolution and
//! pauses, with ISO 8601 timestamps that carry an offset or are naive (read in the
//! calendar's zone when evaluated).

use super::zone::ZoneRules;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use std::fmt;
use std::sync::Arc;

/// A timestamp as written in the file: with an offset (or `Z`), or naive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Timestamp {
    /// `2026-03-02T11:00:00+01:00` or `…Z`: one instant.
    Aware(DateTime<FixedOffset>),
    /// `2026-03-02 11:00`: a local wall time, read in the calendar's zone.
    Naive(NaiveDateTime),
}

/// Why a text is not an ISO 8601 timestamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadTimestamp(pub String);

impl fmt::Display for BadTimestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is not a date and time like 2026-03-02T11:00:00+01:00, …Z or 2026-03-02 11:00",
            self.0
        )
    }
}

impl std::error::Error for BadTimestamp {}

/// The value of the ASCII digit at `at`.
fn digit(b: &[u8], at: usize) -> Option<u32> {
    let c = *b.get(at)?;
    c.is_ascii_digit().then(|| u32::from(c - b'0'))
}

/// The two-digit number at `at`.
fn two_digits(b: &[u8], at: usize) -> Option<u32> {
    Some(digit(b, at)? * 10 + digit(b, at + 1)?)
}

/// The offset after the time: nothing (`None`: naive), `Z`, `±HH`, `±HHMM` or `±HH:MM`.
fn offset_seconds(rest: &[u8]) -> Option<Option<i32>> {
    let (sign, tail) = match rest {
        [] => return Some(None),
        [b'Z' | b'z'] => return Some(Some(0)),
        [b'+', tail @ ..] => (1, tail),
        [b'-', tail @ ..] => (-1, tail),
        _ => return None,
    };
    let (h, m) = match tail.len() {
        2 => (two_digits(tail, 0)?, 0),
        4 => (two_digits(tail, 0)?, two_digits(tail, 2)?),
        5 if tail[2] == b':' => (two_digits(tail, 0)?, two_digits(tail, 3)?),
        _ => return None,
    };
    if h > 23 || m > 59 {
        return None;
    }
    Some(Some(sign * (h * 3600 + m * 60) as i32))
}

pub use crate::domain::IMPORT_YEARS;

impl Timestamp {
    /// The calendar year as written (before any offset is applied).
    pub fn year(&self) -> i32 {
        use chrono::Datelike;
        match self {
            Self::Aware(t) => t.year(),
            Self::Naive(t) => t.year(),
        }
    }

    /// Whether the year is within [`IMPORT_YEARS`].
    pub fn in_ticket_years(&self) -> bool {
        IMPORT_YEARS.contains(&self.year())
    }

    /// Reads `YYYY-MM-DD(T| )HH:MM[:SS[.fff]]` followed by nothing (naive), `Z`, or an
    /// offset `±HH:MM`, `±HHMM` or `±HH`. Fractions of a second (after `.` or `,`) are
    /// dropped: business time counts whole seconds. Leap seconds (`:60`) are refused.
    ///
    /// ```
    /// use dsv_studio::domain::tickets::Timestamp;
    /// assert!(matches!(Timestamp::parse("2026-03-02T11:00Z"), Ok(Timestamp::Aware(_))));
    /// assert!(matches!(Timestamp::parse("2026-03-02 11:00:30"), Ok(Timestamp::Naive(_))));
    /// assert!(Timestamp::parse("02/03/2026 11:00").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Self, BadTimestamp> {
        let t = text.trim();
        Self::parse_bytes(t.as_bytes()).ok_or_else(|| BadTimestamp(t.to_owned()))
    }

    /// [`Timestamp::parse`] of trimmed text: fixed positions read digit by digit, then
    /// chrono only to check the calendar date and build the value.
    fn parse_bytes(b: &[u8]) -> Option<Self> {
        if b.len() < 16
            || b[4] != b'-'
            || b[7] != b'-'
            || !matches!(b[10], b'T' | b't' | b' ')
            || b[13] != b':'
        {
            return None;
        }
        let year = digit(b, 0)? * 1000 + digit(b, 1)? * 100 + two_digits(b, 2)?;
        let (month, day) = (two_digits(b, 5)?, two_digits(b, 8)?);
        let (hour, minute) = (two_digits(b, 11)?, two_digits(b, 14)?);
        let mut i = 16;
        let mut second = 0;
        if b.get(i) == Some(&b':') {
            second = two_digits(b, i + 1)?;
            i += 3;
            if matches!(b.get(i), Some(b'.' | b',')) {
                let frac = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                if frac == 0 {
                    return None;
                }
                i += 1 + frac;
            }
        }
        let offset = offset_seconds(b.get(i..)?)?;
        let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
        let naive = date.and_time(NaiveTime::from_hms_opt(hour, minute, second)?);
        match offset {
            None => Some(Self::Naive(naive)),
            Some(seconds) => {
                let offset = FixedOffset::east_opt(seconds)?;
                let utc = naive.checked_sub_offset(offset)?;
                Some(Self::Aware(DateTime::from_naive_utc_and_offset(
                    utc, offset,
                )))
            }
        }
    }

    /// The instant, reading a naive timestamp in `zone` (gaps forward, folds earlier).
    pub fn resolve(&self, zone: &impl ZoneRules) -> DateTime<Utc> {
        match self {
            Self::Aware(t) => t.with_timezone(&Utc),
            Self::Naive(t) => super::business_time::instant(zone.to_utc_seconds(*t)),
        }
    }

    /// The ISO 8601 text (`2026-03-02T11:00:00+01:00` or `2026-03-02T11:00:00`).
    pub fn to_iso(&self) -> String {
        match self {
            Self::Aware(t) => t.to_rfc3339(),
            Self::Naive(t) => t.format("%Y-%m-%dT%H:%M:%S").to_string(),
        }
    }

    /// Orders two timestamps when both are aware or both naive.
    fn comparable_le(&self, other: &Self) -> Option<bool> {
        match (self, other) {
            (Self::Aware(a), Self::Aware(b)) => Some(a <= b),
            (Self::Naive(a), Self::Naive(b)) => Some(a <= b),
            _ => None,
        }
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

/// `text` without surrounding whitespace, reusing its buffer when there is none.
fn trimmed_string(text: String) -> String {
    if text.trim().len() == text.len() {
        text
    } else {
        text.trim().to_owned()
    }
}

/// `text` without surrounding whitespace, shared as it is when there is none.
fn trimmed_shared(text: Arc<str>) -> Arc<str> {
    if text.trim().len() == text.len() {
        text
    } else {
        Arc::from(text.trim())
    }
}

/// Which timestamp of a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TicketTime {
    Created,
    FirstResponse,
    Resolved,
}

/// Why ticket values are inconsistent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TicketError {
    /// The ticket has no id.
    EmptyId,
    /// The ticket names no service.
    EmptyService,
    /// A timestamp lies before the creation.
    BeforeCreated(TicketTime),
    /// A pause ends before or when it starts.
    PauseReversed { start: Timestamp, end: Timestamp },
}

impl fmt::Display for TicketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyId => f.write_str("the ticket has no id"),
            Self::EmptyService => f.write_str("the ticket names no service"),
            Self::BeforeCreated(TicketTime::FirstResponse) => {
                f.write_str("the first response is before the ticket was created")
            }
            Self::BeforeCreated(_) => {
                f.write_str("the resolution is before the ticket was created")
            }
            Self::PauseReversed { start, end } => {
                write!(f, "the pause {start}/{end} ends before it starts")
            }
        }
    }
}

impl std::error::Error for TicketError {}

/// A stop of a ticket's clock as exported: from `start` to `end`, and the status the
/// ticket was in when the export says (`Waiting for customer`). A pause with a status
/// stops the clock only under definitions that list that status; one without a status
/// always does (see [`TicketSla::stops_clock`](super::TicketSla::stops_clock)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketPause {
    pub start: Timestamp,
    pub end: Timestamp,
    pub status: Option<Arc<str>>,
}

impl TicketPause {
    /// A pause without a status.
    pub fn new(start: Timestamp, end: Timestamp) -> Self {
        Self {
            start,
            end,
            status: None,
        }
    }

    /// A pause in `status` (trimmed; a blank status is none).
    pub fn in_status(start: Timestamp, end: Timestamp, status: impl Into<Arc<str>>) -> Self {
        let status = trimmed_shared(status.into());
        Self {
            start,
            end,
            status: (!status.is_empty()).then_some(status),
        }
    }
}

/// One ticket. Invariants (checked by [`Ticket::new`] where the timestamps can be
/// compared, i.e. both aware or both naive): id and service present, response and
/// resolution not before creation, pauses not reversed. Mixed aware/naive pairs are
/// checked when evaluated: business time is then never negative.
///
/// Service and priority names are shared (`Arc<str>`): 50,000 tickets of a few
/// services hold a few names, not 100,000 copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    id: String,
    service: Arc<str>,
    priority: Arc<str>,
    created: Timestamp,
    first_response: Option<Timestamp>,
    resolved: Option<Timestamp>,
    pauses: Vec<TicketPause>,
}

impl Ticket {
    /// A ticket; `service` is the service's name as in the file, `priority` as written
    /// (all three trimmed).
    pub fn new(
        id: impl Into<String>,
        service: impl Into<Arc<str>>,
        priority: impl Into<Arc<str>>,
        created: Timestamp,
        first_response: Option<Timestamp>,
        resolved: Option<Timestamp>,
        pauses: Vec<TicketPause>,
    ) -> Result<Self, TicketError> {
        let id = trimmed_string(id.into());
        if id.is_empty() {
            return Err(TicketError::EmptyId);
        }
        let service = trimmed_shared(service.into());
        if service.is_empty() {
            return Err(TicketError::EmptyService);
        }
        for (time, which) in [
            (first_response, TicketTime::FirstResponse),
            (resolved, TicketTime::Resolved),
        ] {
            if time.is_some_and(|t| created.comparable_le(&t) == Some(false)) {
                return Err(TicketError::BeforeCreated(which));
            }
        }
        for pause in &pauses {
            if pause.end.comparable_le(&pause.start) == Some(true) {
                return Err(TicketError::PauseReversed {
                    start: pause.start,
                    end: pause.end,
                });
            }
        }
        Ok(Self {
            id,
            service,
            priority: trimmed_shared(priority.into()),
            created,
            first_response,
            resolved,
            pauses,
        })
    }

    /// The ticket tool's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The service name as in the file.
    pub fn service(&self) -> &str {
        &self.service
    }

    /// The priority as in the file (matched trimmed, case-insensitive).
    pub fn priority(&self) -> &str {
        &self.priority
    }

    /// The service name, shared with the other tickets that name it.
    pub fn shared_service(&self) -> &Arc<str> {
        &self.service
    }

    /// The priority, shared with the other tickets that name it.
    pub fn shared_priority(&self) -> &Arc<str> {
        &self.priority
    }

    /// When the ticket was raised.
    pub fn created(&self) -> Timestamp {
        self.created
    }

    /// The first response, if any.
    pub fn first_response(&self) -> Option<Timestamp> {
        self.first_response
    }

    /// The resolution, if any.
    pub fn resolved(&self) -> Option<Timestamp> {
        self.resolved
    }

    /// Periods when the clock stood still (e.g. waiting for the customer).
    pub fn pauses(&self) -> &[TicketPause] {
        &self.pauses
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tickets::test_zones::madrid;
    use chrono::Timelike;

    fn ts(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    #[test]
    fn parses_offsets_z_and_naive_forms() {
        assert_eq!(
            ts("2026-03-02T11:00:00+01:00").to_iso(),
            "2026-03-02T11:00:00+01:00"
        );
        assert_eq!(
            ts("2026-03-02T10:00Z").to_iso(),
            "2026-03-02T10:00:00+00:00"
        );
        assert_eq!(
            ts("2026-03-02 11:00:00.123-0330").to_iso(),
            "2026-03-02T11:00:00-03:30"
        );
        assert_eq!(
            ts("2026-03-02t11:00+05").to_iso(),
            "2026-03-02T11:00:00+05:00"
        );
        assert_eq!(ts(" 2026-03-02 11:00 ").to_iso(), "2026-03-02T11:00:00");
        for bad in [
            "",
            "2026-03-02",
            "2026-03-02T25:00",
            "2026-02-30T10:00",
            "2026-03-02T10:00+24:00",
            "2026-03-02T10:00 CET",
            "02/03/2026 10:00",
            "2026-03-02T10:00:5",
            "2026-03-02T10:00:00.",
        ] {
            assert_eq!(
                Timestamp::parse(bad),
                Err(BadTimestamp(bad.trim().into())),
                "{bad}"
            );
        }
    }

    /// The first parser of this module, kept to check the fast one against it.
    fn first_parser(text: &str) -> Option<Timestamp> {
        fn digits(bytes: &[u8]) -> Option<u32> {
            if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
                return None;
            }
            Some(bytes.iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
        }
        let b = text.trim().as_bytes();
        if b.len() < 16 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        if !matches!(b.get(10), Some(b'T' | b't' | b' ')) || b.get(13) != Some(&b':') {
            return None;
        }
        let num = |range: std::ops::Range<usize>| b.get(range).and_then(digits);
        let date = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)?;
        let (hour, minute) = (num(11..13)?, num(14..16)?);
        let mut i = 16;
        let mut second = 0;
        if b.get(i) == Some(&b':') {
            second = num(i + 1..i + 3)?;
            i += 3;
            if matches!(b.get(i), Some(b'.' | b',')) {
                let frac = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                if frac == 0 {
                    return None;
                }
                i += 1 + frac;
            }
        }
        let naive = date.and_time(NaiveTime::from_hms_opt(hour, minute, second)?);
        let offset = match b.get(i..).unwrap_or(&[]) {
            [] => return Some(Timestamp::Naive(naive)),
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), tail @ ..] => {
                let (h, m) = match tail {
                    [h1, h2] => (digits(&[*h1, *h2])?, 0),
                    [h1, h2, m1, m2] | [h1, h2, b':', m1, m2] => {
                        (digits(&[*h1, *h2])?, digits(&[*m1, *m2])?)
                    }
                    _ => return None,
                };
                if h > 23 || m > 59 {
                    return None;
                }
                let secs = (h * 3600 + m * 60) as i32;
                if *sign == b'-' {
                    -secs
                } else {
                    secs
                }
            }
            _ => return None,
        };
        let offset = FixedOffset::east_opt(offset)?;
        naive
            .and_local_timezone(offset)
            .single()
            .map(Timestamp::Aware)
    }

    /// A small deterministic generator (xorshift).
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }

        fn pick<'a>(&mut self, options: &[&'a str]) -> &'a str {
            options[self.below(options.len() as u64) as usize]
        }
    }

    /// Random timestamps in every accepted form, some with impossible values, and
    /// what chrono reads in the same date and time written as RFC 3339 (`None` when
    /// the values are impossible).
    fn generated(rng: &mut Rng) -> (String, Option<Timestamp>) {
        let year = if rng.below(10) == 0 {
            rng.below(10_000)
        } else {
            1960 + rng.below(140)
        };
        let (month, day) = (rng.below(14), rng.below(33));
        let (hour, minute) = (rng.below(26), rng.below(62));
        let second = (rng.below(3) > 0).then(|| rng.below(62));
        let digits = 1 + rng.below(9) as usize;
        let fraction = (second.is_some() && rng.below(3) == 0)
            .then(|| (rng.pick(&[".", ","]), &"123456789"[..digits]));
        let zone = rng.below(7);
        let (oh, om, sign) = (rng.below(26), rng.below(62), rng.pick(&["+", "-"]));
        let mut text = format!(
            "{}{year:04}-{month:02}-{day:02}{}{hour:02}:{minute:02}",
            rng.pick(&["", " "]),
            rng.pick(&["T", "t", " "])
        );
        if let Some(s) = second {
            text.push_str(&format!(":{s:02}"));
        }
        if let Some((mark, digits)) = fraction {
            text.push_str(mark);
            text.push_str(digits);
        }
        let offset = match zone {
            0 | 1 => None,
            2 => {
                text.push_str(rng.pick(&["Z", "z"]));
                Some((0, 0, "+"))
            }
            3 => {
                text.push_str(&format!("{sign}{oh:02}"));
                Some((oh, 0, sign))
            }
            4 => {
                text.push_str(&format!("{sign}{oh:02}{om:02}"));
                Some((oh, om, sign))
            }
            _ => {
                text.push_str(&format!("{sign}{oh:02}:{om:02}"));
                Some((oh, om, sign))
            }
        };
        text.push_str(rng.pick(&["", " ", "\t"]));
        let mut canonical = format!(
            "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{:02}",
            second.unwrap_or(0)
        );
        if let Some((_, digits)) = fraction {
            canonical.push('.');
            canonical.push_str(digits);
        }
        // Leap seconds and offsets of 24 h or more are refused; chrono reads both.
        let refused =
            second.is_some_and(|s| s > 59) || offset.is_some_and(|(h, m, _)| h > 23 || m > 59);
        let expected = match offset {
            _ if refused => None,
            None => NaiveDateTime::parse_from_str(&canonical, "%Y-%m-%dT%H:%M:%S%.f")
                .ok()
                .map(|t| Timestamp::Naive(t.with_nanosecond(0).unwrap_or(t))),
            Some((h, m, sign)) => {
                canonical.push_str(&format!("{sign}{h:02}:{m:02}"));
                DateTime::parse_from_rfc3339(&canonical)
                    .ok()
                    .map(|t| Timestamp::Aware(t.with_nanosecond(0).unwrap_or(t)))
            }
        };
        (text, expected)
    }

    #[test]
    fn the_fast_parser_reads_what_chrono_reads() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let (mut valid, mut invalid) = (0, 0);
        for _ in 0..50_000 {
            let (text, expected) = generated(&mut rng);
            assert_eq!(Timestamp::parse(&text).ok(), expected, "{text:?}");
            if expected.is_some() {
                valid += 1;
            } else {
                invalid += 1;
            }
        }
        // Both kinds are well represented.
        assert!(
            valid > 10_000 && invalid > 10_000,
            "{valid} valid, {invalid} invalid"
        );
    }

    #[test]
    fn the_fast_parser_agrees_with_the_first_one_on_damaged_text() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let junk = [
            "", "0", "9", "-", "+", ":", "T", " ", "Z", ".", ",", "x", "é", "12",
        ];
        for _ in 0..50_000 {
            let (text, _) = generated(&mut rng);
            let mut chars: Vec<char> = text.chars().collect();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(chars.len() as u64 + 1) as usize;
                let piece: Vec<char> = rng.pick(&junk).chars().collect();
                match rng.below(3) {
                    0 if at < chars.len() => {
                        chars.remove(at);
                    }
                    1 if at < chars.len() => {
                        chars.splice(at..=at, piece);
                    }
                    _ => {
                        chars.splice(at..at, piece);
                    }
                }
            }
            let damaged: String = chars.into_iter().collect();
            assert_eq!(
                Timestamp::parse(&damaged).ok(),
                first_parser(&damaged),
                "{damaged:?}"
            );
        }
    }

    #[test]
    fn naive_times_are_read_in_the_calendar_zone() {
        let z = madrid();
        assert_eq!(
            ts("2026-03-02 11:00").resolve(&z).to_rfc3339(),
            "2026-03-02T10:00:00+00:00"
        );
        assert_eq!(
            ts("2026-07-02 11:00").resolve(&z).to_rfc3339(),
            "2026-07-02T09:00:00+00:00"
        );
        assert_eq!(
            ts("2026-07-02T11:00Z").resolve(&z).to_rfc3339(),
            "2026-07-02T11:00:00+00:00"
        );
    }

    #[test]
    fn construction_checks_order_where_comparable() {
        let t = |c: &str, r: Option<&str>| {
            Ticket::new("T-1", "E-mail", " P1 ", ts(c), None, r.map(ts), vec![])
        };
        assert_eq!(t("2026-03-02 11:00", None).unwrap().priority(), "P1");
        assert_eq!(
            t("2026-03-02 11:00", Some("2026-03-02 10:00")),
            Err(TicketError::BeforeCreated(TicketTime::Resolved))
        );
        assert!(
            t("2026-03-02 11:00", Some("2026-03-02T10:30Z")).is_ok(),
            "mixed: later"
        );
        assert!(t("2026-03-02T11:00Z", Some("2026-03-02T11:00Z")).is_ok());
        assert_eq!(
            Ticket::new(
                " ",
                "E-mail",
                "P1",
                ts("2026-03-02 11:00"),
                None,
                None,
                vec![]
            ),
            Err(TicketError::EmptyId)
        );
        assert!(matches!(
            Ticket::new(
                "T",
                "E-mail",
                "P1",
                ts("2026-03-02 11:00"),
                None,
                None,
                vec![TicketPause::new(
                    ts("2026-03-02 12:00"),
                    ts("2026-03-02 12:00")
                )]
            ),
            Err(TicketError::PauseReversed { .. })
        ));
    }
}
