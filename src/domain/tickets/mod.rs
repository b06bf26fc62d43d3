//! SLA attainment from ticket exports: business calendars (working hours in a time
//! zone, holidays, 24×7), business time with pauses, ticket SLA definitions per service
//! and priority, per-ticket evaluation and per-period summaries that feed the service
//! level targets.
//!
//! Zone rules come from the caller through [`ZoneRules`] (the app reads the browser's
//! `Intl` API), so no time zone tables are compiled into the bundle.

pub mod business_time;
pub mod calendar;
pub mod evaluation;
pub mod feed;
pub mod period_summary;
pub mod ticket;
pub mod ticket_set;
pub mod ticket_sla;
pub mod zone;

pub use business_time::{instant, BusinessClock, BusinessTimeError, CountedInterval, Pause};
pub use calendar::{BusinessCalendar, CalendarError, WorkingInterval, ALWAYS_ID};
pub use evaluation::{
    evaluate_all, evaluate_clock, evaluate_ticket, report_instant, Clock, ClockResult, Evaluations,
    Outcome, TicketEvaluation, TicketTimes, Unmatched,
};
pub use period_summary::{summarise, target_values, OpenBreach, PeriodSummary, PeriodTally};
pub use ticket::{
    BadTimestamp, Ticket, TicketError, TicketPause, TicketTime, Timestamp, IMPORT_YEARS,
};
pub use ticket_set::TicketSet;
pub use ticket_sla::{
    find_definition, find_service, TicketSla, TicketSlaError, DEFAULT_WARNING_PERCENT,
};
pub use zone::{CountingZone, ZoneCache, ZoneRules};

/// Real zone rules for native tests (chrono-tz is a dev-dependency only).
#[cfg(test)]
pub(crate) mod test_zones {
    use super::ZoneRules;
    use chrono::{DateTime, NaiveDateTime, Offset, TimeZone};

    /// IANA rules from chrono-tz.
    #[derive(Debug, Clone, Copy)]
    pub struct Tz(pub chrono_tz::Tz);

    impl ZoneRules for Tz {
        fn offset_at(&self, utc: i64) -> i32 {
            match DateTime::from_timestamp(utc, 0) {
                Some(t) => self
                    .0
                    .offset_from_utc_datetime(&t.naive_utc())
                    .fix()
                    .local_minus_utc(),
                None => 0,
            }
        }
    }

    /// Europe/Madrid: CET, CEST from the last Sunday of March to the last of October.
    pub fn madrid() -> Tz {
        Tz(chrono_tz::Europe::Madrid)
    }

    /// Unix seconds of an RFC 3339 text.
    pub fn utc_of(text: &str) -> i64 {
        DateTime::parse_from_rfc3339(text).unwrap().timestamp()
    }

    /// A local wall time `YYYY-MM-DD HH:MM`.
    pub fn wall(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }
}
