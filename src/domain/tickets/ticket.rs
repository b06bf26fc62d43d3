//! Tickets as exported by a ticket tool: creation, first response, resolution and
//! pauses, with ISO 8601 timestamps that carry an offset or are naive (read in the
//! calendar's zone when evaluated).

use super::zone::ZoneRules;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use std::fmt;

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

fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(bytes.iter().fold(0u32, |n, b| {
        n.saturating_mul(10).saturating_add(u32::from(b - b'0'))
    }))
}

impl Timestamp {
    /// Reads `YYYY-MM-DD(T| )HH:MM[:SS[.fff]]` followed by nothing (naive), `Z`, or an
    /// offset `±HH:MM`, `±HHMM` or `±HH`.
    ///
    /// ```
    /// use dsv_studio::domain::tickets::Timestamp;
    /// assert!(matches!(Timestamp::parse("2026-03-02T11:00Z"), Ok(Timestamp::Aware(_))));
    /// assert!(matches!(Timestamp::parse("2026-03-02 11:00:30"), Ok(Timestamp::Naive(_))));
    /// assert!(Timestamp::parse("02/03/2026 11:00").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Self, BadTimestamp> {
        let t = text.trim();
        let bad = || BadTimestamp(t.to_owned());
        let b = t.as_bytes();
        if b.len() < 16 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(bad());
        }
        if !matches!(b.get(10), Some(b'T' | b't' | b' ')) || b.get(13) != Some(&b':') {
            return Err(bad());
        }
        let num = |range: std::ops::Range<usize>| b.get(range).and_then(digits);
        let date = NaiveDate::from_ymd_opt(
            num(0..4).ok_or_else(bad)? as i32,
            num(5..7).ok_or_else(bad)?,
            num(8..10).ok_or_else(bad)?,
        )
        .ok_or_else(bad)?;
        let (hour, minute) = (num(11..13).ok_or_else(bad)?, num(14..16).ok_or_else(bad)?);
        let mut i = 16;
        let mut second = 0;
        if b.get(i) == Some(&b':') {
            second = num(i + 1..i + 3).ok_or_else(bad)?;
            i += 3;
            if matches!(b.get(i), Some(b'.' | b',')) {
                let frac = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                if frac == 0 {
                    return Err(bad());
                }
                // Fractions of a second are dropped: business time counts whole seconds.
                i += 1 + frac;
            }
        }
        let time = NaiveTime::from_hms_opt(hour, minute, second).ok_or_else(bad)?;
        let naive = date.and_time(time);
        let rest = b.get(i..).unwrap_or(&[]);
        let offset = match rest {
            [] => return Ok(Self::Naive(naive)),
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), tail @ ..] => {
                let (h, m) = match tail {
                    [h1, h2] => (digits(&[*h1, *h2]), Some(0)),
                    [h1, h2, m1, m2] => (digits(&[*h1, *h2]), digits(&[*m1, *m2])),
                    [h1, h2, b':', m1, m2] => (digits(&[*h1, *h2]), digits(&[*m1, *m2])),
                    _ => (None, None),
                };
                let (h, m) = (h.ok_or_else(bad)?, m.ok_or_else(bad)?);
                if h > 23 || m > 59 {
                    return Err(bad());
                }
                let secs = (h * 3600 + m * 60) as i32;
                if *sign == b'-' {
                    -secs
                } else {
                    secs
                }
            }
            _ => return Err(bad()),
        };
        let offset = FixedOffset::east_opt(offset).ok_or_else(bad)?;
        naive
            .and_local_timezone(offset)
            .single()
            .map(Self::Aware)
            .ok_or_else(bad)
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

/// One ticket. Invariants (checked by [`Ticket::new`] where the timestamps can be
/// compared, i.e. both aware or both naive): id and service present, response and
/// resolution not before creation, pauses not reversed. Mixed aware/naive pairs are
/// checked when evaluated: business time is then never negative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    id: String,
    service: String,
    priority: String,
    created: Timestamp,
    first_response: Option<Timestamp>,
    resolved: Option<Timestamp>,
    pauses: Vec<(Timestamp, Timestamp)>,
}

impl Ticket {
    /// A ticket; `service` is the service's name as in the file, `priority` as written.
    pub fn new(
        id: impl Into<String>,
        service: impl Into<String>,
        priority: impl Into<String>,
        created: Timestamp,
        first_response: Option<Timestamp>,
        resolved: Option<Timestamp>,
        pauses: Vec<(Timestamp, Timestamp)>,
    ) -> Result<Self, TicketError> {
        let id = id.into().trim().to_owned();
        if id.is_empty() {
            return Err(TicketError::EmptyId);
        }
        let service = service.into().trim().to_owned();
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
        for (start, end) in &pauses {
            if end.comparable_le(start) == Some(true) {
                return Err(TicketError::PauseReversed {
                    start: *start,
                    end: *end,
                });
            }
        }
        Ok(Self {
            id,
            service,
            priority: priority.into().trim().to_owned(),
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
    pub fn pauses(&self) -> &[(Timestamp, Timestamp)] {
        &self.pauses
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tickets::test_zones::madrid;

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
                vec![(ts("2026-03-02 12:00"), ts("2026-03-02 12:00"))]
            ),
            Err(TicketError::PauseReversed { .. })
        ));
    }
}
