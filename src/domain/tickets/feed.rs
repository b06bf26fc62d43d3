//! What the ticket SLA page needs beyond evaluation: the achieved values to write
//! into the linked service level targets (each summarised with its target's own
//! period kind), the working of one ticket, and reading the calendar form's fields.

use super::business_time::{BusinessClock, BusinessTimeError, CountedInterval};
use super::calendar::{BusinessCalendar, CalendarError, WorkingInterval};
use super::evaluation::{Clock, TicketEvaluation, TicketTimes};
use super::period_summary::{summarise, target_values};
use super::ticket::Ticket;
use super::ticket_sla::TicketSla;
use super::zone::ZoneRules;
use crate::domain::slm::{Period, Service};
use crate::domain::Id;
use chrono::{DateTime, NaiveDate, Utc};

/// One achieved value for a service level target.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetUpdate {
    pub service: Id,
    pub target: Id,
    pub period: Period,
    pub achieved: f64,
}

/// The met % per period for every target linked from `definitions`, summarised with
/// that target's period kind (a monthly target gets monthly values). Links to
/// targets that no longer exist are skipped.
pub fn target_updates(
    evaluations: &[TicketEvaluation],
    definitions: &[TicketSla],
    services: &[Service],
) -> Vec<TargetUpdate> {
    let mut out = Vec::new();
    let mut kinds = Vec::new();
    for service in services {
        for (_, target) in service.targets() {
            let linked = definitions.iter().any(|d| {
                d.response_target() == Some(&target.id) || d.resolution_target() == Some(&target.id)
            });
            if linked && !kinds.contains(&target.period_kind) {
                kinds.push(target.period_kind);
            }
        }
    }
    for kind in kinds {
        let summary = summarise(evaluations, definitions, kind);
        for (target, period, achieved) in target_values(&summary, definitions) {
            let owner = services.iter().find_map(|s| {
                s.targets()
                    .find(|(_, t)| t.id == target && t.period_kind == kind)
                    .map(|_| s.id.clone())
            });
            if let Some(service) = owner {
                out.push(TargetUpdate {
                    service,
                    target,
                    period,
                    achieved,
                });
            }
        }
    }
    out
}

/// The counted intervals of one clock of `ticket` under `sla` (whose pause statuses
/// decide which pauses count), day by day, up to its stop (or `report_at` while open).
pub fn working_of<Z: ZoneRules>(
    ticket: &Ticket,
    sla: &TicketSla,
    clock: Clock,
    calendar: &BusinessCalendar,
    zone: Z,
    report_at: DateTime<Utc>,
) -> Result<Vec<CountedInterval>, BusinessTimeError> {
    let mut business = BusinessClock::new(calendar, zone);
    let times = TicketTimes::of(ticket, sla, business.zone());
    let until = times
        .stop(clock)
        .filter(|&s| s <= report_at)
        .unwrap_or(report_at);
    business.working(times.created, until, &times.pauses)
}

/// Reads `08:00-12:00, 13:00-17:00` (commas or semicolons; `–` also accepted; `24:00`
/// ends the day). A blank text is a day off.
pub fn parse_intervals(text: &str) -> Result<Vec<WorkingInterval>, CalendarError> {
    let mut out = Vec::new();
    for part in text.split([',', ';']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let bad = || CalendarError::BadInterval { start: 0, end: 0 };
        let (a, b) = part.split_once(['-', '–']).ok_or_else(bad)?;
        let minute = |t: &str| -> Option<u16> {
            let (h, m) = t.trim().split_once(':')?;
            let (h, m): (u16, u16) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
            (m < 60 && h <= 24).then(|| h * 60 + m)
        };
        let (start, end) = (minute(a).ok_or_else(bad)?, minute(b).ok_or_else(bad)?);
        out.push(WorkingInterval::new(start, end)?);
    }
    Ok(out)
}

/// Writes intervals back as `08:00-12:00, 13:00-17:00`.
pub fn intervals_text(intervals: &[WorkingInterval]) -> String {
    intervals
        .iter()
        .map(|i| {
            format!(
                "{}-{}",
                super::calendar::hhmm(i.start()),
                super::calendar::hhmm(i.end())
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads one `YYYY-MM-DD` date per line (blank lines skipped); the first bad line
/// comes back as `Err` with its text.
pub fn parse_dates(text: &str) -> Result<Vec<NaiveDate>, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| NaiveDate::parse_from_str(l, "%Y-%m-%d").map_err(|_| l.to_owned()))
        .collect()
}

/// Hours written with a dot or comma (`1.5`, `0,5`) as whole seconds, if positive.
pub fn hours_to_seconds(text: &str) -> Option<i64> {
    let hours: f64 = text.trim().replace(',', ".").parse().ok()?;
    let seconds = (hours * 3600.0).round();
    (hours.is_finite() && (1.0..1e12).contains(&seconds)).then_some(seconds as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slm::{Agreement, AgreementKind, Direction, PeriodKind, Target};
    use crate::domain::tickets::{evaluate_all, Timestamp, ALWAYS_ID};
    use chrono::TimeZone;

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    #[test]
    fn intervals_and_hours_are_read_and_written() {
        let v = parse_intervals("08:00-12:00, 13:00–17:30").unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(intervals_text(&v), "08:00-12:00, 13:00-17:30");
        assert_eq!(parse_intervals("  ").unwrap(), vec![]);
        assert!(parse_intervals("9-17").is_err());
        assert!(parse_intervals("17:00-09:00").is_err());
        assert_eq!(
            parse_intervals("00:00-24:00").unwrap(),
            vec![WorkingInterval::ALL_DAY]
        );
        assert_eq!(hours_to_seconds("1,5"), Some(5400));
        assert_eq!(hours_to_seconds("0"), None);
        assert_eq!(hours_to_seconds("x"), None);
        assert_eq!(parse_dates("2026-12-25\n\n2026-01-01").unwrap().len(), 2);
        assert_eq!(parse_dates("25/12/2026"), Err("25/12/2026".into()));
    }

    #[test]
    fn met_percent_goes_to_linked_targets_by_their_period_kind_and_working_adds_up() {
        let mut service = Service::new(id("svc"), "E-mail");
        let mut agreement =
            Agreement::new(id("agr"), "SLA", AgreementKind::Sla, None, None, None).unwrap();
        for (t, kind) in [("resp", PeriodKind::Month), ("reso", PeriodKind::Quarter)] {
            let mut target =
                Target::new(id(t), "Met", "%", Direction::AtLeast, 90.0, None, kind).unwrap();
            target.records.clear();
            agreement.targets.push(target);
        }
        service.agreements.push(agreement);
        let mut sla =
            TicketSla::new(id("d"), id("svc"), "P1", 3600, 4 * 3600, id(ALWAYS_ID)).unwrap();
        sla.link_targets(Some(id("resp")), Some(id("reso")));
        let ts = |s: &str| Timestamp::parse(s).unwrap();
        let tickets = vec![
            Ticket::new(
                "A",
                "E-mail",
                "P1",
                ts("2026-03-02T09:00:00Z"),
                Some(ts("2026-03-02T09:30:00Z")),
                Some(ts("2026-03-02T12:00:00Z")),
                vec![],
            )
            .unwrap(),
            Ticket::new(
                "B",
                "E-mail",
                "P1",
                ts("2026-03-03T09:00:00Z"),
                Some(ts("2026-03-03T11:00:00Z")),
                Some(ts("2026-03-03T20:00:00Z")),
                vec![],
            )
            .unwrap(),
        ];
        let services = vec![service];
        let definitions = vec![sla];
        let report = Utc.with_ymd_and_hms(2026, 4, 1, 0, 0, 0).unwrap();
        let evals = evaluate_all(&tickets, &services, &definitions, &[], |_| Utc, report);
        let updates = target_updates(&evals.tickets, &definitions, &services);
        assert_eq!(
            updates,
            vec![
                TargetUpdate {
                    service: id("svc"),
                    target: id("resp"),
                    period: Period::month(2026, 3).unwrap(),
                    achieved: 50.0
                },
                TargetUpdate {
                    service: id("svc"),
                    target: id("reso"),
                    period: Period::quarter(2026, 1).unwrap(),
                    achieved: 50.0
                },
            ]
        );
        let always = BusinessCalendar::always("24×7");
        let working = working_of(
            &tickets[1],
            &definitions[0],
            Clock::Resolution,
            &always,
            Utc,
            report,
        )
        .unwrap();
        assert_eq!(working.iter().map(|c| c.seconds).sum::<i64>(), 11 * 3600);
    }
}
