//! Per-ticket evaluation: business time used to first response and to resolution,
//! due times, outcome (met, breached, warning, open) at a report instant and the share
//! of the target used.
//!
//! Conventions: the clock runs from creation; a ticket resolved without a recorded
//! first response counts as responded when resolved; a response or resolution after
//! the report instant is not yet known (the ticket is judged open); the target itself
//! counts as met (used ≤ target).

use super::business_time::{BusinessClock, BusinessTimeError, Pause};
use super::calendar::{BusinessCalendar, ALWAYS_ID};
use super::ticket::Ticket;
use super::ticket_sla::{match_key, TicketSla};
use super::zone::ZoneRules;
use crate::domain::slm::Service;
use crate::domain::Id;
use chrono::{DateTime, NaiveDate, Utc};
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;
use std::collections::HashMap;

/// Which SLA clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Clock {
    /// Creation to first response.
    Response,
    /// Creation to resolution.
    Resolution,
}

/// How a clock stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Stopped within the target.
    Met,
    /// Stopped after the target, or still open past it (`still_open`).
    Breached { still_open: bool },
    /// Still open, at or past the warning level but within the target.
    Warning,
    /// Still open, below the warning level.
    Open,
}

/// One clock of one ticket.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClockResult {
    /// Business seconds allowed.
    pub target_seconds: i64,
    /// Business seconds used up to the stop (or the report instant when open).
    pub used_seconds: i64,
    /// When the target runs out (`None`: no working time within reach).
    pub due: Option<DateTime<Utc>>,
    /// When the clock stopped; `None` while open at the report instant.
    pub stopped: Option<DateTime<Utc>>,
    /// The calendar's local date of the stop, which decides the period.
    pub stopped_on: Option<NaiveDate>,
    pub outcome: Outcome,
}

impl ClockResult {
    /// Used ÷ target (1.0 = the whole target; above 1 when breached).
    pub fn share_used(&self) -> f64 {
        self.used_seconds as f64 / self.target_seconds.max(1) as f64
    }
}

/// A ticket's instants, naive ones read in the calendar's zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketTimes {
    pub created: DateTime<Utc>,
    pub first_response: Option<DateTime<Utc>>,
    pub resolved: Option<DateTime<Utc>>,
    pub pauses: Vec<Pause>,
}

impl TicketTimes {
    /// Resolves `ticket`'s timestamps in `zone`, keeping the pauses that stop the
    /// clock under `sla` (see [`TicketSla::stops_clock`]).
    pub fn of(ticket: &Ticket, sla: &TicketSla, zone: &impl ZoneRules) -> Self {
        Self {
            created: ticket.created().resolve(zone),
            first_response: ticket.first_response().map(|t| t.resolve(zone)),
            resolved: ticket.resolved().map(|t| t.resolve(zone)),
            pauses: ticket
                .pauses()
                .iter()
                .filter(|p| sla.stops_clock(p))
                .map(|p| (p.start.resolve(zone), p.end.resolve(zone)))
                .collect(),
        }
    }

    /// When `clock` stops, if it has (response falls back to resolution).
    pub fn stop(&self, clock: Clock) -> Option<DateTime<Utc>> {
        match clock {
            Clock::Response => self.first_response.or(self.resolved),
            Clock::Resolution => self.resolved,
        }
    }
}

/// The instant a report dated `date` judges tickets at: the last second of that day
/// (23:59:59 UTC), so a ticket resolved on the report date counts as resolved and one
/// still open then is judged open.
pub fn report_instant(date: NaiveDate) -> DateTime<Utc> {
    date.and_hms_opt(23, 59, 59)
        .unwrap_or_else(|| date.and_time(chrono::NaiveTime::MIN))
        .and_utc()
}

/// Evaluates one clock of a ticket whose times are `times`; an error when the time
/// from creation to the stop (or the report instant) is too long to count.
pub fn evaluate_clock<Z: ZoneRules>(
    times: &TicketTimes,
    clock: Clock,
    target_seconds: i64,
    warning_percent: u8,
    business: &mut BusinessClock<'_, Z>,
    report_at: DateTime<Utc>,
) -> Result<ClockResult, BusinessTimeError> {
    let created = times.created;
    let due = business.due(created, target_seconds, &times.pauses);
    let stopped = times
        .stop(clock)
        .filter(|&s| s <= report_at)
        .map(|s| s.max(created));
    let until = stopped.unwrap_or(report_at);
    let used_seconds = business.business_seconds(created, until, &times.pauses)?;
    let outcome = match stopped {
        Some(_) if used_seconds <= target_seconds => Outcome::Met,
        Some(_) => Outcome::Breached { still_open: false },
        None if used_seconds > target_seconds => Outcome::Breached { still_open: true },
        None if used_seconds.saturating_mul(100)
            >= target_seconds.saturating_mul(i64::from(warning_percent)) =>
        {
            Outcome::Warning
        }
        None => Outcome::Open,
    };
    Ok(ClockResult {
        target_seconds,
        used_seconds,
        due,
        stopped,
        stopped_on: stopped.map(|s| business.local(s).date()),
        outcome,
    })
}

/// A ticket judged against its definition.
#[derive(Debug, Clone, PartialEq)]
pub struct TicketEvaluation {
    /// Index of the ticket in the slice evaluated.
    pub ticket: usize,
    /// Index of its definition in the definitions evaluated with (service, priority
    /// and links are read there).
    pub definition: usize,
    pub response: ClockResult,
    pub resolution: ClockResult,
}

impl TicketEvaluation {
    /// The result of `clock`.
    pub fn clock(&self, clock: Clock) -> &ClockResult {
        match clock {
            Clock::Response => &self.response,
            Clock::Resolution => &self.resolution,
        }
    }
}

/// Evaluates `ticket` against `sla` (the definition at index `definition`) with
/// `business` (the clock of `sla`'s calendar).
pub fn evaluate_ticket<Z: ZoneRules>(
    index: usize,
    ticket: &Ticket,
    definition: usize,
    sla: &TicketSla,
    business: &mut BusinessClock<'_, Z>,
    report_at: DateTime<Utc>,
) -> Result<TicketEvaluation, BusinessTimeError> {
    let times = TicketTimes::of(ticket, sla, business.zone());
    let warning = sla.warning_percent();
    Ok(TicketEvaluation {
        ticket: index,
        definition,
        response: evaluate_clock(
            &times,
            Clock::Response,
            sla.response_seconds(),
            warning,
            business,
            report_at,
        )?,
        resolution: evaluate_clock(
            &times,
            Clock::Resolution,
            sla.resolution_seconds(),
            warning,
            business,
            report_at,
        )?,
    })
}

/// Why a ticket could not be evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unmatched {
    /// No service has this name (or id).
    UnknownService(String),
    /// The service has no definition for this priority.
    NoDefinition { service: Id, priority: String },
    /// The definition names a calendar that does not exist.
    UnknownCalendar(Id),
    /// Matched, but its business time cannot be counted (too long a time open).
    Uncountable(BusinessTimeError),
}

impl Unmatched {
    /// True when the ticket found its definition and calendar (and the count failed).
    pub fn is_matched(&self) -> bool {
        matches!(self, Self::Uncountable(_))
    }
}

/// Every ticket evaluated, and those that could not be, by index.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evaluations {
    pub tickets: Vec<TicketEvaluation>,
    pub unmatched: Vec<(usize, Unmatched)>,
}

/// How the tickets of one service and priority (as written in the file) are judged:
/// with a definition (by index) in a clock (by index), or not, and why.
type Route = Result<(usize, usize), Unmatched>;

/// Evaluates every ticket: service by name (trimmed, case-insensitive; or by id),
/// definition by service and priority, calendar by id (the built-in 24×7 calendar
/// answers to [`ALWAYS_ID`] when `calendars` has none of that id). `zone_for` gives the
/// zone rules of a calendar (wrap slow ones in a [`ZoneCache`](super::ZoneCache)); it is
/// called once per calendar used. Each distinct service and priority text is matched
/// once, and each calendar's clock serves all its tickets.
pub fn evaluate_all<Z: ZoneRules>(
    tickets: &[Ticket],
    services: &[Service],
    definitions: &[TicketSla],
    calendars: &[BusinessCalendar],
    mut zone_for: impl FnMut(&BusinessCalendar) -> Z,
    report_at: DateTime<Utc>,
) -> Evaluations {
    let builtin = BusinessCalendar::always("24×7");
    let mut by_name: HashMap<String, &Id> = HashMap::new();
    for s in services.iter().rev() {
        by_name.insert(match_key(&s.name), &s.id);
    }
    let by_id: HashMap<&str, &Id> = services.iter().map(|s| (s.id.as_str(), &s.id)).collect();
    let mut by_priority: HashMap<(&Id, String), usize> = HashMap::new();
    for (i, d) in definitions.iter().enumerate().rev() {
        by_priority.insert((d.service(), match_key(d.priority())), i);
    }
    // The definition and calendar for a service and priority as written.
    let match_definition = |service_text: &str,
                            priority_text: &str|
     -> Result<(usize, &BusinessCalendar), Unmatched> {
        let service = by_name
            .get(&match_key(service_text))
            .or_else(|| by_id.get(service_text))
            .copied()
            .ok_or_else(|| Unmatched::UnknownService(service_text.to_owned()))?;
        let (definition, sla) = by_priority
            .get(&(service, match_key(priority_text)))
            .and_then(|&i| Some((i, definitions.get(i)?)))
            .ok_or_else(|| Unmatched::NoDefinition {
                service: service.clone(),
                priority: priority_text.to_owned(),
            })?;
        let calendar = calendars
            .iter()
            .find(|c| c.id() == sla.calendar())
            .or_else(|| (sla.calendar().as_str() == ALWAYS_ID).then_some(&builtin))
            .ok_or_else(|| Unmatched::UnknownCalendar(sla.calendar().clone()))?;
        Ok((definition, calendar))
    };
    let mut clocks: Vec<BusinessClock<'_, Z>> = Vec::new();
    let mut clock_of: HashMap<&Id, usize> = HashMap::new();
    let mut routes: FxHashMap<(&str, &str), Route> = FxHashMap::default();
    let mut out = Evaluations {
        tickets: Vec::with_capacity(tickets.len()),
        unmatched: Vec::new(),
    };
    for (index, ticket) in tickets.iter().enumerate() {
        let key = (ticket.service(), ticket.priority());
        let route = match routes.entry(key) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(new) => {
                let route = match_definition(key.0, key.1).map(|(definition, calendar)| {
                    let clock = *clock_of.entry(calendar.id()).or_insert_with(|| {
                        clocks.push(BusinessClock::new(calendar, zone_for(calendar)));
                        clocks.len() - 1
                    });
                    (definition, clock)
                });
                new.insert(route)
            }
        };
        let (definition, clock) = match route {
            Ok(found) => *found,
            Err(why) => {
                out.unmatched.push((index, why.clone()));
                continue;
            }
        };
        let (Some(sla), Some(business)) = (definitions.get(definition), clocks.get_mut(clock))
        else {
            continue;
        };
        match evaluate_ticket(index, ticket, definition, sla, business, report_at) {
            Ok(evaluation) => out.tickets.push(evaluation),
            Err(why) => out.unmatched.push((index, Unmatched::Uncountable(why))),
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::tickets::calendar::WorkingInterval;
    use crate::domain::tickets::test_zones::{madrid, Tz};
    use crate::domain::tickets::ticket::{TicketPause, Timestamp};

    const H: i64 = 3600;

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    pub(crate) fn office() -> BusinessCalendar {
        BusinessCalendar::weekdays(
            id("office"),
            "Office",
            "Europe/Madrid",
            &[WorkingInterval::hm(8, 0, 17, 0).unwrap()],
            ["2026-02-06".parse().unwrap()].into(),
        )
        .unwrap()
    }

    pub(crate) fn services() -> Vec<Service> {
        vec![Service::new(id("svc-mail"), "E-mail")]
    }

    /// P1: response 1 h, resolution 4 h; P2 (24×7): 2 h / 8 h.
    pub(crate) fn definitions() -> Vec<TicketSla> {
        let mut p1 =
            TicketSla::new(id("d1"), id("svc-mail"), "P1", H, 4 * H, id("office")).unwrap();
        p1.link_targets(Some(id("t-resp")), Some(id("t-res")));
        let mut p2 =
            TicketSla::new(id("d2"), id("svc-mail"), "p2", 2 * H, 8 * H, id(ALWAYS_ID)).unwrap();
        p2.link_targets(None, Some(id("t-res")));
        vec![p1, p2]
    }

    pub(crate) fn ticket(
        tid: &str,
        priority: &str,
        created: &str,
        response: Option<&str>,
        resolved: Option<&str>,
    ) -> Ticket {
        let ts = |s: &str| Timestamp::parse(s).unwrap();
        Ticket::new(
            tid,
            "e-mail ",
            priority,
            ts(created),
            response.map(ts),
            resolved.map(ts),
            vec![],
        )
        .unwrap()
    }

    pub(crate) fn utc(text: &str) -> DateTime<Utc> {
        Timestamp::parse(text).unwrap().resolve(&madrid())
    }

    fn run(tickets: &[Ticket], report: &str) -> Evaluations {
        evaluate_all(
            tickets,
            &services(),
            &definitions(),
            &[office()],
            |_| madrid(),
            utc(report),
        )
    }

    #[test]
    fn met_breached_warning_and_open_at_the_report_instant() {
        let tickets = [
            // Met: response 30 min, resolved after 4 business hours exactly.
            ticket(
                "A",
                "P1",
                "2026-02-02 09:00",
                Some("2026-02-02 09:30"),
                Some("2026-02-02 13:00"),
            ),
            // Breached: resolved Friday-holiday-spanning, 4.5 h used.
            ticket(
                "B",
                "P1",
                "2026-02-05 16:30",
                Some("2026-02-05 16:45"),
                Some("2026-02-09 12:00"),
            ),
            // Open at the report instant: 3 h used of 4 (75 %: warning).
            ticket(
                "C",
                "P1",
                "2026-02-10 09:00",
                Some("2026-02-10 09:10"),
                None,
            ),
            // Open, no response after exactly the 1 h allowed: not yet breached (warning);
            // resolution 1 h used of 4: below warning.
            ticket("D", "P1", "2026-02-10 11:00", None, None),
            // Resolved after the report instant: judged open (and past target).
            ticket(
                "E",
                "P1",
                "2026-02-09 08:00",
                Some("2026-02-09 08:05"),
                Some("2026-02-11 08:00"),
            ),
        ];
        let out = run(&tickets, "2026-02-10 12:00");
        assert!(out.unmatched.is_empty());
        let r: Vec<(Outcome, Outcome, i64)> = out
            .tickets
            .iter()
            .map(|e| {
                (
                    e.response.outcome,
                    e.resolution.outcome,
                    e.resolution.used_seconds,
                )
            })
            .collect();
        assert_eq!(
            r,
            [
                (Outcome::Met, Outcome::Met, 4 * H),
                (
                    Outcome::Met,
                    Outcome::Breached { still_open: false },
                    4 * H + 30 * 60
                ),
                (Outcome::Met, Outcome::Warning, 3 * H),
                (Outcome::Warning, Outcome::Open, H),
                (Outcome::Met, Outcome::Breached { still_open: true }, 13 * H),
            ]
        );
        let b = &out.tickets[1];
        assert_eq!((b.ticket, b.definition), (1, 0));
        assert_eq!(b.resolution.due, Some(utc("2026-02-09 11:30")));
        assert_eq!(b.resolution.share_used(), 1.125);
        assert_eq!(b.resolution.stopped_on, Some("2026-02-09".parse().unwrap()));
        assert_eq!(out.tickets[3].response.due, Some(utc("2026-02-10 12:00")));
        assert_eq!(out.tickets[3].response.stopped, None);
        assert_eq!(out.tickets[2].resolution.share_used(), 0.75);
    }

    #[test]
    fn response_falls_back_to_resolution_and_24x7_is_built_in() {
        let tickets = [ticket(
            "F",
            " P2 ",
            "2026-02-07T10:00:00Z",
            None,
            Some("2026-02-07T12:30:00Z"),
        )];
        let out = run(&tickets, "2026-03-01 00:00");
        let e = &out.tickets[0];
        assert_eq!(definitions()[e.definition].id().as_str(), "d2");
        assert_eq!(e.response.used_seconds, 2 * H + 30 * 60);
        assert_eq!(e.response.outcome, Outcome::Breached { still_open: false });
        assert_eq!(e.resolution.outcome, Outcome::Met);
        assert_eq!(e.resolution.due, Some(utc("2026-02-07T18:00:00Z")));
    }

    #[test]
    fn unmatched_tickets_say_why() {
        let ts = |s: &str| Timestamp::parse(s).unwrap();
        let tickets = [
            Ticket::new(
                "G",
                "Payroll",
                "P1",
                ts("2026-02-02 09:00"),
                None,
                None,
                vec![],
            )
            .unwrap(),
            ticket("H", "P9", "2026-02-02 09:00", None, None),
        ];
        let mut defs = definitions();
        defs.push(TicketSla::new(id("d3"), id("svc-mail"), "P3", H, H, id("nowhere")).unwrap());
        let mut tickets = tickets.to_vec();
        tickets.push(ticket("I", "P3", "2026-02-02 09:00", None, None));
        let out = evaluate_all(
            &tickets,
            &services(),
            &defs,
            &[],
            |_| Tz(chrono_tz::UTC),
            utc("2026-02-03 00:00"),
        );
        assert_eq!(
            out.unmatched,
            [
                (0, Unmatched::UnknownService("Payroll".into())),
                (
                    1,
                    Unmatched::NoDefinition {
                        service: id("svc-mail"),
                        priority: "P9".into()
                    }
                ),
                (2, Unmatched::UnknownCalendar(id("nowhere"))),
            ]
        );
    }

    #[test]
    fn a_report_judges_at_the_last_second_of_its_date() {
        let date: NaiveDate = "2026-03-31".parse().unwrap();
        assert_eq!(
            report_instant(date).to_rfc3339(),
            "2026-03-31T23:59:59+00:00"
        );
        // Resolved at 23:59 on the report date: met; resolved the next day: open.
        let tickets = [
            ticket(
                "A",
                "P2",
                "2026-03-31 20:00",
                None,
                Some("2026-03-31 23:59"),
            ),
            ticket(
                "B",
                "P2",
                "2026-03-31 20:00",
                None,
                Some("2026-04-01 02:00"),
            ),
        ];
        let out = evaluate_all(
            &tickets,
            &services(),
            &definitions(),
            &[office()],
            |_| Tz(chrono_tz::UTC),
            report_instant(date),
        );
        let outcomes: Vec<Outcome> = out.tickets.iter().map(|t| t.resolution.outcome).collect();
        assert_eq!(outcomes, [Outcome::Met, Outcome::Open]);
    }

    #[test]
    fn a_ticket_open_for_more_than_twenty_years_is_left_out_with_its_reason() {
        let tickets = [
            // Open since 1990 at a 2026 report date: 13,000+ days.
            ticket("OLD", "P1", "1990-01-02 09:00", None, None),
            // Resolved 2200, years after creation: the count is refused, not capped.
            ticket(
                "FAR",
                "P1",
                "2026-02-02 09:00",
                None,
                Some("2199-12-31 10:00"),
            ),
            ticket(
                "OK",
                "P1",
                "2026-02-02 09:00",
                None,
                Some("2026-02-02 10:00"),
            ),
        ];
        let out = run(&tickets, "2200-01-01 00:00");
        let ok: Vec<usize> = out.tickets.iter().map(|t| t.ticket).collect();
        assert_eq!(ok, [2]);
        assert!(
            matches!(
                out.unmatched.as_slice(),
                [
                    (0, Unmatched::Uncountable(BusinessTimeError::TooLong { days: d0 })),
                    (1, Unmatched::Uncountable(BusinessTimeError::TooLong { days: d1 })),
                ] if *d0 == 76_700 && *d1 == 63_519
            ),
            "{:?}",
            out.unmatched
        );
        assert!(out.unmatched.iter().all(|(_, why)| why.is_matched()));
        // In reach, the same kind of ticket is counted.
        let out = run(&tickets[..1], "2009-12-31 00:00");
        assert!(out.unmatched.is_empty());
    }

    /// The conventions the README's ticket-SLA section states, one test each, on the
    /// office calendar (weekdays 08:00–17:00, Madrid) and P1 (response 1 h,
    /// resolution 4 h).
    mod conventions {
        use super::*;
        use crate::domain::tickets::Outcome;

        fn resolution(ticket: Ticket, report: &str) -> ClockResult {
            run(&[ticket], report).tickets[0].resolution
        }

        #[test]
        fn a_target_used_up_exactly_at_closing_time_is_due_at_the_close() {
            // Monday 13:00 + 4 h = 17:00 the same day, not Tuesday 08:00.
            let t = ticket(
                "T",
                "P1",
                "2026-02-02 13:00",
                None,
                Some("2026-02-02 17:00"),
            );
            let clock = resolution(t, "2026-02-03 00:00");
            assert_eq!(clock.due, Some(utc("2026-02-02 17:00")));
            assert_eq!(clock.outcome, Outcome::Met);
            // One second after the close, on the next opening, is a breach.
            let late = ticket(
                "L",
                "P1",
                "2026-02-02 13:00",
                None,
                Some("2026-02-03 08:00:01"),
            );
            assert_eq!(
                resolution(late, "2026-02-04 00:00").outcome,
                Outcome::Breached { still_open: false }
            );
        }

        #[test]
        fn a_zero_target_is_refused_and_outside_hours_the_clock_waits_for_the_opening() {
            // A definition's targets must be positive: "0 h" is refused when typed.
            assert!(matches!(
                TicketSla::new(id("d0"), id("svc-mail"), "P1", 0, 0, id("office")),
                Err(
                    crate::domain::tickets::ticket_sla::TicketSlaError::TargetNotPositive {
                        seconds: 0
                    }
                )
            ));
            // Created on Saturday 10:00: the 1 h response runs from Monday 08:00.
            let t = ticket(
                "W",
                "P1",
                "2026-02-07 10:00",
                Some("2026-02-09 08:30"),
                None,
            );
            let e = run(&[t], "2026-02-09 12:00");
            assert_eq!(e.tickets[0].response.due, Some(utc("2026-02-09 09:00")));
            assert_eq!(e.tickets[0].response.used_seconds, 30 * 60);
        }

        #[test]
        fn seconds_are_counted_not_rounded_to_the_minute() {
            let t = ticket(
                "S",
                "P1",
                "2026-02-02 09:00:30",
                None,
                Some("2026-02-02 13:00:29"),
            );
            let clock = resolution(t, "2026-02-03 00:00");
            assert_eq!(clock.used_seconds, 4 * H - 1);
            assert_eq!(clock.due, Some(utc("2026-02-02 13:00:30")));
            assert_eq!(clock.outcome, Outcome::Met);
        }

        #[test]
        fn a_pause_counts_only_where_it_overlaps_working_time() {
            let ts = |s: &str| Timestamp::parse(s).unwrap();
            // Monday 15:00 to Tuesday 12:00 is 2 h + 4 h of working time; the pause,
            // Monday 16:00 to Tuesday 09:00, stops 1 h + 1 h of it.
            let t = Ticket::new(
                "P",
                "E-mail",
                "P1",
                ts("2026-02-02 15:00"),
                None,
                Some(ts("2026-02-03 12:00")),
                vec![TicketPause::new(
                    ts("2026-02-02 16:00"),
                    ts("2026-02-03 09:00"),
                )],
            )
            .unwrap();
            assert_eq!(resolution(t, "2026-02-04 00:00").used_seconds, 4 * H);
        }

        #[test]
        fn a_reopened_ticket_is_judged_by_its_last_resolution_and_its_closed_time_paused_by_status()
        {
            let ts = |s: &str| Timestamp::parse(s).unwrap();
            // Closed Monday 10:00, reopened Monday 14:00, resolved again 15:00: the
            // export gives the last resolution and the closed spell as a pause.
            let t = Ticket::new(
                "R",
                "E-mail",
                "P1",
                ts("2026-02-02 09:00"),
                None,
                Some(ts("2026-02-02 15:00")),
                vec![TicketPause::in_status(
                    ts("2026-02-02 10:00"),
                    ts("2026-02-02 14:00"),
                    "Closed",
                )],
            )
            .unwrap();
            let mut defs = definitions();
            let used = |defs: &[TicketSla]| {
                evaluate_all(
                    std::slice::from_ref(&t),
                    &services(),
                    defs,
                    &[office()],
                    |_| madrid(),
                    utc("2026-02-03 00:00"),
                )
                .tickets[0]
                    .resolution
                    .used_seconds
            };
            // Unless the definition pauses on "Closed", the closed spell counts.
            assert_eq!(used(&defs), 6 * H);
            defs[0].set_pause_statuses(["Closed".into()]);
            assert_eq!(used(&defs), 2 * H);
        }
    }

    #[test]
    fn a_pause_in_a_status_counts_only_where_the_definition_lists_the_status() {
        let ts = |s: &str| Timestamp::parse(s).unwrap();
        // 09:00 to 15:00 is 6 h; each pause is 1 h inside working time.
        let pauses = |status: Option<&str>| {
            let (s, e) = (ts("2026-02-02 10:00"), ts("2026-02-02 11:00"));
            match status {
                Some(status) => TicketPause::in_status(s, e, status),
                None => TicketPause::new(s, e),
            }
        };
        let ticket = |id: &str, status: Option<&str>| {
            Ticket::new(
                id,
                "E-mail",
                "P1",
                ts("2026-02-02 09:00"),
                None,
                Some(ts("2026-02-02 15:00")),
                vec![pauses(status)],
            )
            .unwrap()
        };
        let tickets = [
            ticket("listed", Some("Waiting for customer")),
            ticket("listed-other-case", Some("  WAITING FOR CUSTOMER ")),
            ticket("not-listed", Some("In progress")),
            ticket("no-status", None),
            ticket("cyrillic", Some("ОЖИДАНИЕ КЛИЕНТА")),
        ];
        let mut defs = definitions();
        defs[0].set_pause_statuses(["Waiting for customer".into(), "ожидание клиента".into()]);
        let used = |defs: &[TicketSla]| -> Vec<i64> {
            evaluate_all(
                &tickets,
                &services(),
                defs,
                &[office()],
                |_| madrid(),
                utc("2026-02-03 00:00"),
            )
            .tickets
            .iter()
            .map(|e| e.resolution.used_seconds)
            .collect()
        };
        assert_eq!(used(&defs), [5 * H, 5 * H, 6 * H, 5 * H, 5 * H]);
        // The same pause counts nowhere once the definition lists no status, except
        // the one without a status.
        defs[0].set_pause_statuses(Vec::new());
        assert_eq!(used(&defs), [6 * H, 6 * H, 6 * H, 5 * H, 6 * H]);
        // Show the working leaves out the same hour.
        let working = crate::domain::tickets::feed::working_of(
            &tickets[0],
            &definitions()[0],
            Clock::Resolution,
            &office(),
            madrid(),
            utc("2026-02-03 00:00"),
        )
        .unwrap();
        assert_eq!(working.iter().map(|w| w.seconds).sum::<i64>(), 6 * H);
    }

    #[test]
    fn pauses_stop_the_clock_for_both_targets() {
        let ts = |s: &str| Timestamp::parse(s).unwrap();
        let t = Ticket::new(
            "P",
            "E-mail",
            "P1",
            ts("2026-02-02 09:00"),
            Some(ts("2026-02-02 09:50")),
            Some(ts("2026-02-02 15:00")),
            vec![TicketPause::new(
                ts("2026-02-02 10:00"),
                ts("2026-02-02 12:00"),
            )],
        )
        .unwrap();
        let out = run(&[t], "2026-02-03 00:00");
        let e = &out.tickets[0];
        assert_eq!(e.resolution.used_seconds, 4 * H);
        assert_eq!(e.resolution.due, Some(utc("2026-02-02 15:00")));
        assert_eq!(e.resolution.outcome, Outcome::Met);
        assert_eq!(e.response.used_seconds, 50 * 60);
    }
}
