//! Attainment: per period (service, priority, clock), open tickets already breached,
//! writing met % into the linked targets, and the per-ticket table (one page of 50
//! rows at a time) with the working of one ticket, day by day.

use super::unmatched_tickets::UnmatchedTickets;
use super::{calendar_of, say, service_name, when, Messages};
use crate::domain::slm::{PeriodKind, Service, ServiceEdit};
use crate::domain::tickets::feed::{target_updates, working_of};
use crate::domain::tickets::{
    evaluate_all, report_instant, summarise, BusinessCalendar, Clock, ClockResult, TicketSet,
    TicketSla, ALWAYS_ID,
};
use crate::domain::{Applied, Id, WorkspaceEdit};
use crate::i18n::{format_date, format_number};
use crate::ui::intl_zone::cached_zone;
use crate::ui::labels::{clock_name, outcome_name};
use crate::ui::perf::measured;
use crate::ui::period_kind_select::PeriodKindSelect;
use crate::ui::state::{use_state, use_texts, Save};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::sync::Arc;

const PAGE: usize = 50;
/// Open breaches listed at first, and added by each "Show 50 more".
const BREACHES_PAGE: usize = 50;

/// What the evaluation reads from the workspace.
#[derive(Debug, Clone, PartialEq)]
struct Inputs {
    tickets: TicketSet,
    /// Id and name of each service (nothing else of them is read).
    services: Vec<Service>,
    definitions: Vec<TicketSla>,
    calendars: Vec<BusinessCalendar>,
}

/// The zone of the calendar with `id` (the built-in 24×7 calendar's is UTC).
fn calendar_zone<'a>(calendars: &'a [BusinessCalendar], id: &Id) -> Option<&'a str> {
    calendars
        .iter()
        .find(|c| c.id() == id)
        .map(BusinessCalendar::zone)
        .or_else(|| (id.as_str() == ALWAYS_ID).then_some("UTC"))
}

/// The attainment section.
#[component]
pub(super) fn Results() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let report = RwSignal::new(crate::ui::pages::slm::today());
    let kind = RwSignal::new(PeriodKind::Month);
    let page = RwSignal::new(0usize);
    let selected = RwSignal::new(None::<usize>);
    let status = RwSignal::new(None::<String>);
    let alert = RwSignal::new(None::<String>);

    // What the evaluation reads, compared cheaply: a change elsewhere in the
    // workspace (a journey, a target's records) leaves it equal, so 50,000 tickets are
    // not evaluated again. Services are kept as id and name only, all that matching
    // tickets to them reads.
    let inputs = Memo::new(move |_| {
        state.workspace.with(|ws| Inputs {
            tickets: ws.tickets.clone(),
            services: ws
                .services
                .iter()
                .map(|s| Service::new(s.id.clone(), s.name.clone()))
                .collect(),
            definitions: ws.ticket_slas.clone(),
            calendars: ws.calendars.clone(),
        })
    });
    let evaluations = Memo::new_with_compare(
        move |_| {
            let at = report_instant(report.get());
            inputs.with(|i| {
                Arc::new(measured("dsv:tickets-evaluate", || {
                    evaluate_all(
                        i.tickets.tickets(),
                        &i.services,
                        &i.definitions,
                        &i.calendars,
                        |c| cached_zone(c.zone()),
                        at,
                    )
                }))
            })
        },
        // A new evaluation is a new value; comparing 50,000 results would cost more
        // than it could save.
        |old, new| !matches!((old, new), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
    );
    let summary = Memo::new_with_compare(
        move |_| {
            let k = kind.get();
            evaluations
                .with(|e| inputs.with(|i| Arc::new(summarise(&e.tickets, &i.definitions, k))))
        },
        |old, new| !matches!((old, new), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
    );

    let apply = move |_| {
        let t = texts();
        let updates = state.workspace.with_untracked(|ws| {
            inputs.with_untracked(|i| {
                evaluations
                    .with_untracked(|e| target_updates(&e.tickets, &i.definitions, &ws.services))
            })
        });
        if updates.is_empty() {
            say(status, alert, Err(t.tickets.no_links.to_owned()));
            return;
        }
        let edits = updates
            .into_iter()
            .map(|u| {
                let edit = ServiceEdit::RecordValue {
                    target: u.target,
                    period: u.period,
                    achieved: u.achieved,
                };
                WorkspaceEdit::Service(u.service, edit)
            })
            .collect();
        let written = match state.apply(WorkspaceEdit::Batch(edits), Save::Now) {
            Ok(Applied::Batch(each)) => each.iter().filter(|r| r.is_ok()).count(),
            _ => 0,
        };
        say(status, alert, Ok((t.tickets.applied)(written)));
    };

    let period_rows = move || {
        let t = texts();
        let lang = state.lang.get();
        let s = summary.get();
        inputs.with(|ws| {
            s.tallies
                .iter()
                .map(|tally| {
                    let pct = tally.met_percent().map_or_else(
                        || "–".to_owned(),
                        |p| format!("{} %", format_number(lang, p, 2)),
                    );
                    view! {
                        <tr>
                            <td>{service_name(&ws.services, &tally.service)}</td>
                            <td>{tally.priority.clone()}</td>
                            <td>{clock_name(t, tally.clock)}</td>
                            <td>{tally.period.to_string()}</td>
                            <td>{tally.met}</td>
                            <td>{tally.breached}</td>
                            <td>{pct}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };

    // Open breaches: the first 50, more on request (thousands of lines would cost
    // their building and layout on every evaluation).
    let breaches_shown = RwSignal::new(BREACHES_PAGE);
    let open_breaches = move || {
        let t = texts();
        let s = summary.get();
        if s.open_breaches.is_empty() {
            return view! { <p>{t.tickets.no_open_breaches}</p> }.into_any();
        }
        let total = s.open_breaches.len();
        let shown = breaches_shown.get().min(total);
        let items = inputs.with(|i| {
            s.open_breaches
                .iter()
                .take(shown)
                .map(|b| {
                    let id = i.tickets.tickets().get(b.ticket).map_or("", |x| x.id());
                    format!(
                        "{} · {} · {}: {} / {}",
                        id,
                        b.priority,
                        clock_name(t, b.clock),
                        (t.tickets.duration)(b.used_seconds),
                        (t.tickets.duration)(b.target_seconds)
                    )
                })
                .map(|line| view! { <li>{line}</li> })
                .collect_view()
        });
        view! {
            <ul>{items}</ul>
            {(shown < total).then(|| view! {
                <p class="actions">
                    <span>{(t.tickets.open_breaches_shown)(shown, total)}</span>
                    <button on:click=move |_| breaches_shown.update(|n| *n += BREACHES_PAGE)>{t.tickets.show_more_breaches}</button>
                </p>
            })}
        }
        .into_any()
    };

    let ticket_rows = move || {
        let t = texts();
        let lang = state.lang.get();
        let e = evaluations.get();
        let pages = e.tickets.len().div_ceil(PAGE).max(1);
        let start = page.get().min(pages - 1) * PAGE;
        inputs.with(|ws| {
            e.tickets
                .iter()
                .enumerate()
                .skip(start)
                .take(PAGE)
                .filter_map(|(i, ev)| {
                    let definition = ws.definitions.get(ev.definition)?;
                    let ticket_id = ws.tickets.tickets().get(ev.ticket)?.id().to_owned();
                    let zone = cached_zone(
                        calendar_zone(&ws.calendars, definition.calendar()).unwrap_or("UTC"),
                    );
                    let due = |r: &ClockResult| r.due.map_or_else(|| "–".to_owned(), |d| when(lang, d, &zone));
                    let used = |r: &ClockResult| (t.tickets.duration)(r.used_seconds);
                    let outcome = |r: &ClockResult| outcome_name(t, r.outcome);
                    let share = format!("{} %", format_number(lang, ev.resolution.share_used() * 100.0, 0));
                    let label = (t.tickets.show_working_of)(&ticket_id);
                    Some(view! {
                        <tr>
                            <th scope="row">{ticket_id}</th>
                            <td>{service_name(&ws.services, definition.service())}</td>
                            <td>{definition.priority().to_owned()}</td>
                            <td>{used(&ev.response)}</td>
                            <td>{due(&ev.response)}</td>
                            <td>{outcome(&ev.response)}</td>
                            <td>{used(&ev.resolution)}</td>
                            <td>{due(&ev.resolution)}</td>
                            <td>{outcome(&ev.resolution)}</td>
                            <td>{share}</td>
                            <td><button aria-label=label on:click=move |_| selected.set(Some(i))>{t.tickets.show_working}</button></td>
                        </tr>
                    })
                })
                .collect_view()
        })
    };

    let working = move || {
        let i = selected.get()?;
        let t = texts();
        let lang = state.lang.get();
        let e = evaluations.get();
        let ev = e.tickets.get(i)?;
        let at = report_instant(report.get());
        inputs.with(|ws| {
            let ticket = ws.tickets.tickets().get(ev.ticket)?;
            let definition = ws.definitions.get(ev.definition)?;
            let calendar = calendar_of(&ws.calendars, definition.calendar())?;
            let tables = [Clock::Response, Clock::Resolution]
                .into_iter()
                .map(|clock| {
                    // The ticket was counted, so the same range walks (empty if not).
                    let pieces = working_of(ticket, definition, clock, &calendar, cached_zone(calendar.zone()), at)
                        .unwrap_or_default();
                    let total: i64 = pieces.iter().map(|p| p.seconds).sum();
                    let rows = pieces
                        .iter()
                        .map(|p| {
                            view! {
                                <tr>
                                    <td>{format_date(lang, p.date)}</td>
                                    <td>{p.local_start.format("%H:%M").to_string()}</td>
                                    <td>{p.local_end.format("%H:%M").to_string()}</td>
                                    <td>{(t.tickets.duration)(p.seconds)}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <table>
                            <caption>{format!("{} · {}", clock_name(t, clock), calendar.name())}</caption>
                            <thead><tr>
                                <th scope="col">{t.tickets.col_date}</th>
                                <th scope="col">{t.tickets.col_from}</th>
                                <th scope="col">{t.tickets.col_to}</th>
                                <th scope="col">{t.tickets.col_counted}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                            <tfoot><tr><th scope="row" colspan="3">{t.tickets.working_total}</th><td>{(t.tickets.duration)(total)}</td></tr></tfoot>
                        </table>
                    }
                })
                .collect_view();
            Some(view! {
                <section aria-labelledby="working-title">
                    <h3 id="working-title">{(t.tickets.working_heading)(ticket.id())}</h3>
                    {tables}
                </section>
            })
        })
    };

    let pages = move || evaluations.with(|e| e.tickets.len().div_ceil(PAGE).max(1));
    // Named, not written inline: a `>` in a `view!` attribute would end the tag.
    // The page shown, kept in range when a new run has fewer tickets.
    let current = move || page.get().min(pages() - 1);
    let on_first_page = move || current() == 0;
    let on_last_page = move || current() + 1 >= pages();

    view! {
        <section aria-labelledby="attainment-title">
            <h2 id="attainment-title">{move || texts().tickets.results_heading}</h2>
            <Show when=move || state.workspace.with(|ws| !ws.tickets.is_empty())
                fallback=move || view! { <p class="empty">{move || texts().tickets.no_tickets}</p> }>
                <div class="actions">
                    <label>{move || texts().tickets.report_date}
                        <input type="date" prop:value=move || report.get().to_string() on:change=move |ev| {
                            if let Ok(d) = NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d") {
                                report.set(d);
                            }
                        }/>
                    </label>
                    <label>{move || texts().slm.period_kind}
                        <PeriodKindSelect kind/>
                    </label>
                </div>
                <UnmatchedTickets evaluations/>
                <h3>{move || texts().tickets.period_heading}</h3>
                <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{move || texts().tickets.col_service}</th>
                        <th scope="col">{move || texts().tickets.col_priority}</th>
                        <th scope="col">{move || texts().tickets.col_clock}</th>
                        <th scope="col">{move || texts().tickets.col_period}</th>
                        <th scope="col">{move || texts().tickets.col_met}</th>
                        <th scope="col">{move || texts().tickets.col_breached}</th>
                        <th scope="col">{move || texts().tickets.col_met_pct}</th>
                    </tr></thead>
                    <tbody>{period_rows}</tbody>
                </table>
                </div>
                <h3>{move || texts().tickets.open_breaches_heading}</h3>
                {open_breaches}
                <div class="actions">
                    <button on:click=apply>{move || texts().tickets.apply_targets}</button>
                </div>
                <Messages status alert/>
                <h3>{move || texts().tickets.tickets_heading}</h3>
                <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{move || texts().tickets.col_id}</th>
                        <th scope="col">{move || texts().tickets.col_service}</th>
                        <th scope="col">{move || texts().tickets.col_priority}</th>
                        <th scope="col">{move || texts().tickets.col_time_response}</th>
                        <th scope="col">{move || texts().tickets.col_due_response}</th>
                        <th scope="col">{move || texts().tickets.col_status_response}</th>
                        <th scope="col">{move || texts().tickets.col_time_resolution}</th>
                        <th scope="col">{move || texts().tickets.col_due_resolution}</th>
                        <th scope="col">{move || texts().tickets.col_status_resolution}</th>
                        <th scope="col">{move || texts().tickets.col_share}</th>
                        <th scope="col"><span class="visually-hidden">{move || texts().tickets.show_working}</span></th>
                    </tr></thead>
                    <tbody>{ticket_rows}</tbody>
                </table>
                </div>
                <div class="actions">
                    <button disabled=on_first_page on:click=move |_| page.set(current().saturating_sub(1))>{move || texts().tickets.page_prev}</button>
                    <span>{move || (texts().tickets.page_of)(current() + 1, pages(), evaluations.with(|e| e.tickets.len()))}</span>
                    <button disabled=on_last_page on:click=move |_| page.set(current() + 1)>{move || texts().tickets.page_next}</button>
                </div>
                {working}
            </Show>
        </section>
    }
}
