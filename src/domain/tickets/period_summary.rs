//! Attainment per service, priority and period: tickets met, breached and met %, for
//! response and for resolution, counted in the period their clock stopped (local date
//! of the calendar). Open tickets already breached are listed apart, never mixed into
//! the history of resolved tickets. Linked service level targets get the met % as
//! their achieved value.

use super::evaluation::{Clock, Outcome, TicketEvaluation};
use super::ticket_sla::TicketSla;
use crate::domain::slm::{Period, PeriodKind};
use crate::domain::Id;
use chrono::{DateTime, Utc};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// Met and breached counts of one definition, clock and period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodTally {
    pub service: Id,
    pub definition: Id,
    pub priority: String,
    pub clock: Clock,
    pub period: Period,
    pub met: usize,
    pub breached: usize,
}

impl PeriodTally {
    /// Tickets counted.
    pub fn total(&self) -> usize {
        self.met + self.breached
    }

    /// Share met in percent, two decimals; `None` without tickets.
    pub fn met_percent(&self) -> Option<f64> {
        met_percent(self.met, self.total())
    }
}

fn met_percent(met: usize, total: usize) -> Option<f64> {
    (total > 0).then(|| (met as f64 * 10_000.0 / total as f64).round() / 100.0)
}

/// An open ticket past its target at the report instant.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenBreach {
    /// Index of the ticket in the slice evaluated.
    pub ticket: usize,
    pub service: Id,
    pub priority: String,
    pub clock: Clock,
    pub due: Option<DateTime<Utc>>,
    pub used_seconds: i64,
    pub target_seconds: i64,
}

/// The tallies (sorted by service, priority, clock, period) and the open breaches.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeriodSummary {
    pub tallies: Vec<PeriodTally>,
    pub open_breaches: Vec<OpenBreach>,
}

/// Counts the stopped clocks of `evaluations` per period of `kind`; `definitions` are
/// those the tickets were evaluated with.
pub fn summarise(
    evaluations: &[TicketEvaluation],
    definitions: &[TicketSla],
    kind: PeriodKind,
) -> PeriodSummary {
    let mut counts: FxHashMap<(usize, Clock, Period), (usize, usize)> = FxHashMap::default();
    let mut open_breaches = Vec::new();
    for e in evaluations {
        let Some(definition) = definitions.get(e.definition) else {
            continue;
        };
        for clock in [Clock::Response, Clock::Resolution] {
            let r = e.clock(clock);
            let met = match r.outcome {
                Outcome::Met => true,
                Outcome::Breached { still_open: false } => false,
                Outcome::Breached { still_open: true } => {
                    open_breaches.push(OpenBreach {
                        ticket: e.ticket,
                        service: definition.service().clone(),
                        priority: definition.priority().to_owned(),
                        clock,
                        due: r.due,
                        used_seconds: r.used_seconds,
                        target_seconds: r.target_seconds,
                    });
                    continue;
                }
                Outcome::Warning | Outcome::Open => continue,
            };
            let Some(date) = r.stopped_on else {
                continue;
            };
            let count = counts
                .entry((e.definition, clock, Period::containing(kind, date)))
                .or_default();
            if met {
                count.0 += 1;
            } else {
                count.1 += 1;
            }
        }
    }
    let mut tallies: Vec<PeriodTally> = counts
        .into_iter()
        .filter_map(|((d, clock, period), (met, breached))| {
            let definition = definitions.get(d)?;
            Some(PeriodTally {
                service: definition.service().clone(),
                definition: definition.id().clone(),
                priority: definition.priority().to_owned(),
                clock,
                period,
                met,
                breached,
            })
        })
        .collect();
    tallies.sort_by(|a, b| {
        (&a.service, &a.priority, a.clock, a.period).cmp(&(
            &b.service,
            &b.priority,
            b.clock,
            b.period,
        ))
    });
    PeriodSummary {
        tallies,
        open_breaches,
    }
}

/// Achieved values for the service level targets linked from `definitions`: per
/// target and period, the met % of all tallies of definitions linked to it (so P1 and
/// P2 feeding one target are pooled). Apply each with `ServiceEdit::RecordValue`;
/// summarise with the target's period kind.
pub fn target_values(summary: &PeriodSummary, definitions: &[TicketSla]) -> Vec<(Id, Period, f64)> {
    let mut pooled: BTreeMap<(Id, Period), (usize, usize)> = BTreeMap::new();
    for tally in &summary.tallies {
        let Some(definition) = definitions.iter().find(|d| d.id() == &tally.definition) else {
            continue;
        };
        let target = match tally.clock {
            Clock::Response => definition.response_target(),
            Clock::Resolution => definition.resolution_target(),
        };
        if let Some(target) = target {
            let entry = pooled.entry((target.clone(), tally.period)).or_default();
            entry.0 += tally.met;
            entry.1 += tally.total();
        }
    }
    pooled
        .into_iter()
        .filter_map(|((target, period), (met, total))| {
            met_percent(met, total).map(|p| (target, period, p))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tickets::evaluation::evaluate_all;
    use crate::domain::tickets::evaluation::tests::{definitions, office, services, ticket, utc};
    use crate::domain::tickets::test_zones::madrid;

    fn p(s: &str) -> Period {
        s.parse().unwrap()
    }

    #[test]
    fn tickets_count_in_the_local_period_they_stopped_and_open_breaches_apart() {
        let tickets = [
            // Resolved 2026-01-31 23:30 UTC = 1 February 00:30 in Madrid: February.
            ticket(
                "A",
                "P2",
                "2026-01-31T20:00:00Z",
                Some("2026-01-31T20:30:00Z"),
                Some("2026-01-31T23:30:00Z"),
            ),
            // P2 breached in February (9 h used of 8).
            ticket(
                "B",
                "P2",
                "2026-02-10T08:00:00Z",
                Some("2026-02-10T08:10:00Z"),
                Some("2026-02-10T17:00:00Z"),
            ),
            // P1 met in January.
            ticket(
                "C",
                "P1",
                "2026-01-20 09:00",
                Some("2026-01-20 09:30"),
                Some("2026-01-20 11:00"),
            ),
            // P1 open and breached at the report instant.
            ticket("D", "P1", "2026-02-16 09:00", None, None),
        ];
        let out = evaluate_all(
            &tickets,
            &services(),
            &definitions(),
            &[office()],
            |_| madrid(),
            utc("2026-02-17 12:00"),
        );
        let summary = summarise(&out.tickets, &definitions(), PeriodKind::Month);
        let rows: Vec<(String, Clock, String, usize, usize, Option<f64>)> = summary
            .tallies
            .iter()
            .map(|t| {
                (
                    t.priority.clone(),
                    t.clock,
                    t.period.to_string(),
                    t.met,
                    t.breached,
                    t.met_percent(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "P1".into(),
                    Clock::Response,
                    "2026-01".into(),
                    1,
                    0,
                    Some(100.0)
                ),
                (
                    "P1".into(),
                    Clock::Resolution,
                    "2026-01".into(),
                    1,
                    0,
                    Some(100.0)
                ),
                (
                    "p2".into(),
                    Clock::Response,
                    "2026-01".into(),
                    1,
                    0,
                    Some(100.0)
                ),
                (
                    "p2".into(),
                    Clock::Response,
                    "2026-02".into(),
                    1,
                    0,
                    Some(100.0)
                ),
                (
                    "p2".into(),
                    Clock::Resolution,
                    "2026-02".into(),
                    1,
                    1,
                    Some(50.0)
                ),
            ]
        );
        let open: Vec<(&str, Clock)> = summary
            .open_breaches
            .iter()
            .map(|b| (tickets[b.ticket].id(), b.clock))
            .collect();
        assert_eq!(open, [("D", Clock::Response), ("D", Clock::Resolution)]);

        // Resolution: P1 (January) and P2 (February) both feed t-res; response only P1.
        let values = target_values(&summary, &definitions());
        assert_eq!(
            values,
            [
                (Id::new("t-res").unwrap(), p("2026-01"), 100.0),
                (Id::new("t-res").unwrap(), p("2026-02"), 50.0),
                (Id::new("t-resp").unwrap(), p("2026-01"), 100.0),
            ]
        );
        let weeks = summarise(&out.tickets, &definitions(), PeriodKind::IsoWeek);
        assert!(weeks.tallies.iter().any(|t| t.period == p("2026-W05")));
    }

    #[test]
    fn met_percent_rounds_to_two_decimals() {
        assert_eq!(met_percent(2, 3), Some(66.67));
        assert_eq!(met_percent(0, 0), None);
    }
}
