//! "Add example tickets": a month of service desk tickets for the example services,
//! with an office-hours calendar in Madrid (two intervals a day, Spanish national
//! holidays), response and resolution targets per priority, some tickets paused while
//! waiting for the customer, some breached and some still open at the month's end.

use super::dice::Dice;
use super::services_text::text_for;
use crate::domain::slm::{Period, Service};
use crate::domain::tickets::find_definition;
use crate::domain::tickets::{
    BusinessCalendar, BusinessClock, Pause, Ticket, TicketPause, TicketSla, Timestamp,
    WorkingInterval, ALWAYS_ID,
};
use crate::domain::{Id, Workspace, WorkspaceEdit};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};

/// What "Add example tickets" adds.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleTickets {
    pub calendar: BusinessCalendar,
    pub definitions: Vec<TicketSla>,
    pub tickets: Vec<Ticket>,
}

/// The edit that adds the example tickets for `month` to `workspace`: the example
/// services first when the workspace has none to attach them to, the calendar when a
/// definition uses it, each definition the workspace lacks, and the tickets. Returns
/// the edit and how many tickets it adds.
pub fn example_tickets_edit(
    lang: &str,
    workspace: &Workspace,
    month: Period,
    mut fresh: impl FnMut(&str) -> Id,
) -> (WorkspaceEdit, usize) {
    let mut edits = Vec::new();
    let mut example = example_tickets(lang, &workspace.services, month, &mut fresh);
    if example.definitions.is_empty() {
        let services = super::example_services(lang, month, &mut fresh);
        let all: Vec<Service> = workspace
            .services
            .iter()
            .chain(&services)
            .cloned()
            .collect();
        example = example_tickets(lang, &all, month, &mut fresh);
        edits.push(WorkspaceEdit::AddServices(services));
    }
    let calendar = example.calendar;
    if example
        .definitions
        .iter()
        .any(|d| d.calendar() == calendar.id())
    {
        edits.push(WorkspaceEdit::PutCalendar(calendar));
    }
    let mut held = workspace.ticket_slas.clone();
    for d in example.definitions {
        if find_definition(&held, d.service(), d.priority()).is_none() {
            held.push(d.clone());
            edits.push(WorkspaceEdit::AddTicketSla(d));
        }
    }
    let added = example.tickets.len();
    edits.push(WorkspaceEdit::MergeTickets(example.tickets));
    (WorkspaceEdit::Batch(edits), added)
}

/// Words shown to users: calendar name and the pause status.
fn words(lang: &str) -> (&'static str, &'static str) {
    match lang {
        "es" => ("Horario de oficina (Madrid)", "Esperando al cliente"),
        "ru" => ("Рабочие часы (Мадрид)", "Ожидание ответа клиента"),
        _ => ("Office hours (Madrid)", "Waiting for customer"),
    }
}

/// Spanish national holidays (month, day).
const HOLIDAYS: [(u32, u32); 9] = [
    (1, 1),
    (1, 6),
    (5, 1),
    (8, 15),
    (10, 12),
    (11, 1),
    (12, 6),
    (12, 8),
    (12, 25),
];

const MINUTE: i64 = 60;
const HOUR: i64 = 3600;

/// Priority, share of tickets (per mille), response and resolution targets.
const PRIORITIES: [(&str, u64, i64, i64); 4] = [
    ("P1", 60, 30 * MINUTE, 4 * HOUR),
    ("P2", 200, HOUR, 8 * HOUR),
    ("P3", 500, 4 * HOUR, 24 * HOUR),
    ("P4", 240, 8 * HOUR, 40 * HOUR),
];

/// Tickets per example service.
const PER_SERVICE: usize = 110;

/// The example tickets for `month` in `lang` (`en`, `es`, `ru`; English otherwise),
/// for those of `services` that are example services (matched by their name in
/// `lang`). Timestamps are naive Madrid wall times. Deterministic; `fresh` makes ids.
pub fn example_tickets(
    lang: &str,
    services: &[Service],
    month: Period,
    mut fresh: impl FnMut(&str) -> Id,
) -> ExampleTickets {
    let (calendar_name, pause_status) = words(lang);
    let first = month.first_day();
    let intervals: Vec<WorkingInterval> = [(8, 12), (13, 17)]
        .iter()
        .filter_map(|&(a, b)| WorkingInterval::hm(a, 0, b, 0).ok())
        .collect();
    let holidays = [first.year(), first.year() + 1]
        .iter()
        .flat_map(|&y| {
            HOLIDAYS
                .iter()
                .filter_map(move |&(m, d)| NaiveDate::from_ymd_opt(y, m, d))
        })
        .collect();
    let calendar_id = fresh("cal");
    let calendar = BusinessCalendar::weekdays(
        calendar_id.clone(),
        calendar_name,
        "Europe/Madrid",
        &intervals,
        holidays,
    )
    .unwrap_or_else(|_| BusinessCalendar::always(calendar_name));

    let names = text_for(lang);
    let matched: Vec<&Service> = names
        .iter()
        .filter_map(|t| {
            services
                .iter()
                .find(|s| s.name.trim().eq_ignore_ascii_case(t.name))
        })
        .collect();

    let mut definitions = Vec::new();
    for (i, service) in matched.iter().enumerate() {
        for (p, &(priority, _, response, resolution)) in PRIORITIES.iter().enumerate() {
            // E-mail's P1 runs around the clock; everything else in office hours.
            let cal = if i == 0 && p == 0 {
                Id::new(ALWAYS_ID).unwrap_or_else(|_| calendar_id.clone())
            } else {
                calendar_id.clone()
            };
            if let Ok(mut d) = TicketSla::new(
                fresh("tsla"),
                service.id.clone(),
                priority,
                response,
                resolution,
                cal,
            ) {
                d.set_pause_statuses([pause_status.to_owned()]);
                definitions.push(d);
            }
        }
    }

    // Wall-time arithmetic: the calendar read as UTC gives Madrid wall times exactly,
    // as no working interval crosses a daylight-saving change (at 02:00–03:00).
    let mut wall_calendar = calendar.clone();
    let wall = BusinessCalendar::new(
        calendar.id().clone(),
        calendar.name(),
        "UTC",
        calendar.week().clone(),
        calendar.holidays().clone(),
    );
    if let Ok(w) = wall {
        wall_calendar = w;
    }
    let always = BusinessCalendar::always("24×7");
    let mut office_clock = BusinessClock::new(&wall_calendar, Utc);
    let mut always_clock = BusinessClock::new(&always, Utc);

    let mut dice =
        Dice::new(0x2545_f491_4f6c_dd1d ^ u64::from(month.index()) << 32 ^ month.year() as u64);
    let days = month.days().max(1) as u64;
    let mut tickets = Vec::new();
    let mut number = 0;
    for (i, service) in matched.iter().enumerate() {
        for _ in 0..PER_SERVICE {
            number += 1;
            let roll = dice.below(1000);
            let mut acc = 0;
            let p = PRIORITIES
                .iter()
                .position(|&(_, share, _, _)| {
                    acc += share;
                    roll < acc
                })
                .unwrap_or(2);
            let (priority, _, response_target, resolution_target) = PRIORITIES[p];
            let clock = if i == 0 && p == 0 {
                &mut always_clock
            } else {
                &mut office_clock
            };
            let mut day = first + TimeDelta::days(dice.below(days) as i64);
            // Fewer tickets at weekends: most move to the Friday before.
            let weekday = day.weekday().num_days_from_monday();
            if weekday >= 5 && !dice.chance(200) {
                day -= TimeDelta::days(i64::from(weekday) - 4);
                if day < first {
                    day += TimeDelta::days(3);
                }
            }
            let minute = 7 * 60 + dice.below(13 * 60) as u32;
            let Some(created) = NaiveTime::from_num_seconds_from_midnight_opt(minute * 60, 0)
                .map(|t| day.and_time(t).and_utc())
            else {
                continue;
            };
            // Share of the target used: most within, about one in eight over.
            let mut share = |breach_per_mille| {
                if dice.chance(breach_per_mille) {
                    1050 + dice.below(900) as i64
                } else {
                    100 + dice.below(850) as i64
                }
            };
            let response_used = response_target * share(100) / 1000;
            let resolution_used = resolution_target * share(130) / 1000;
            let response = clock.due(created, response_used.max(MINUTE), &[]);
            let mut pauses: Vec<Pause> = Vec::new();
            if let Some(r) = response {
                if dice.chance(150) {
                    let start = r + TimeDelta::minutes(10 + dice.below(120) as i64);
                    let end = start + TimeDelta::minutes(60 + dice.below(26 * 60) as i64);
                    pauses.push((start, end));
                }
            }
            let mut resolved = clock.due(created, resolution_used.max(2 * MINUTE), &pauses);
            let last_days = (month.last_day() - day).num_days() < 3;
            if dice.chance(if last_days { 450 } else { 30 }) {
                resolved = None;
            }
            // A quick fix may come before the first reply: then both are the same.
            let response = match (response, resolved) {
                (Some(r), Some(v)) => Some(r.min(v)),
                (r, _) => r,
            };
            let naive = |t: chrono::DateTime<Utc>| -> NaiveDateTime { t.naive_utc() };
            let ticket = Ticket::new(
                format!("INC-{number:04}"),
                service.name.clone(),
                priority,
                Timestamp::Naive(naive(created)),
                response.map(|t| Timestamp::Naive(naive(t))),
                resolved.map(|t| Timestamp::Naive(naive(t))),
                pauses
                    .iter()
                    .map(|&(s, e)| {
                        TicketPause::in_status(
                            Timestamp::Naive(naive(s)),
                            Timestamp::Naive(naive(e)),
                            pause_status,
                        )
                    })
                    .collect(),
            );
            if let Ok(t) = ticket {
                tickets.push(t);
            }
        }
    }
    ExampleTickets {
        calendar,
        definitions,
        tickets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::examples::example_services;
    use crate::domain::slm::PeriodKind;
    use crate::domain::tickets::test_zones::madrid;
    use crate::domain::tickets::{evaluate_all, summarise, Outcome};

    fn build(lang: &str, month: &str) -> (Vec<Service>, ExampleTickets) {
        let mut n = 0;
        let mut fresh = |prefix: &str| {
            n += 1;
            Id::from_random(prefix, n)
        };
        let services = example_services(lang, month.parse().unwrap(), &mut fresh);
        let example = example_tickets(lang, &services, month.parse().unwrap(), &mut fresh);
        (services, example)
    }

    #[test]
    fn a_realistic_month_in_every_language() {
        for lang in ["en", "es", "ru"] {
            let (services, ex) = build(lang, "2026-10");
            assert_eq!(ex.tickets.len(), 3 * PER_SERVICE, "{lang}");
            assert_eq!(ex.definitions.len(), 12);
            assert_eq!(ex.calendar.name(), words(lang).0);
            assert_eq!(ex.definitions[0].pause_statuses(), [words(lang).1]);
            assert!(ex
                .calendar
                .holidays()
                .contains(&"2026-10-12".parse().unwrap()));
            let report = Timestamp::parse("2026-11-01 00:00")
                .unwrap()
                .resolve(&madrid());
            let out = evaluate_all(
                &ex.tickets,
                &services,
                &ex.definitions,
                std::slice::from_ref(&ex.calendar),
                |_| madrid(),
                report,
            );
            assert!(out.unmatched.is_empty(), "{lang}: {:?}", out.unmatched);
            let count = |f: &dyn Fn(Outcome) -> bool| {
                out.tickets
                    .iter()
                    .filter(|e| f(e.resolution.outcome))
                    .count()
            };
            let met = count(&|o| o == Outcome::Met);
            let breached = count(&|o| o == Outcome::Breached { still_open: false });
            let open = count(&|o| {
                matches!(
                    o,
                    Outcome::Open | Outcome::Warning | Outcome::Breached { still_open: true }
                )
            });
            assert!(
                met > 200 && breached > 20 && open > 5,
                "{lang}: {met} {breached} {open}"
            );
            assert!(ex.tickets.iter().filter(|t| !t.pauses().is_empty()).count() > 20);
            let summary = summarise(&out.tickets, &ex.definitions, PeriodKind::Month);
            assert!(summary
                .tallies
                .iter()
                .any(|t| t.period.to_string() == "2026-10"));
        }
    }

    #[test]
    fn deterministic_and_only_for_example_services() {
        assert_eq!(build("en", "2026-03").1, build("en", "2026-03").1);
        let (_, es) = build("es", "2026-03");
        assert_eq!(es.tickets[0].service(), "Correo electrónico");
        let (services, _) = build("en", "2026-03");
        let none = example_tickets("ru", &services, "2026-03".parse().unwrap(), |p| {
            Id::from_random(p, 1)
        });
        assert!(none.tickets.is_empty() && none.definitions.is_empty());
    }
}
