//! Ticket SLA definitions per service and priority: targets in business hours, the
//! calendar, the warning level, pause statuses and the linked service level targets.

use super::{say, service_name, Messages};
use crate::domain::tickets::feed::hours_to_seconds;
use crate::domain::tickets::{
    find_definition, Clock, TicketSla, ALWAYS_ID, DEFAULT_WARNING_PERCENT,
};
use crate::domain::{Id, WorkspaceEdit};
use crate::i18n::format_number;
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::fresh_id::fresh_id;
use crate::ui::labels::clock_name;
use crate::ui::state::{use_state, use_texts, Save};
use leptos::prelude::*;

/// The definitions table and the form that adds one.
#[component]
pub(super) fn Definitions() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let service = RwSignal::new(String::new());
    let priority = RwSignal::new(String::new());
    let response = RwSignal::new("4".to_owned());
    let resolution = RwSignal::new("16".to_owned());
    let calendar = RwSignal::new(ALWAYS_ID.to_owned());
    let warning = RwSignal::new(DEFAULT_WARNING_PERCENT.to_string());
    let pauses = RwSignal::new(String::new());
    let response_target = RwSignal::new(String::new());
    let resolution_target = RwSignal::new(String::new());
    let status = RwSignal::new(None::<String>);
    let alert = RwSignal::new(None::<String>);

    let services = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.services
                .iter()
                .map(|s| (s.id.to_string(), s.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    // The chosen service, else the first.
    let chosen = move || {
        let s = service.get();
        services.with(|list| {
            list.iter()
                .find(|(id, _)| *id == s)
                .or_else(|| list.first())
                .map(|(id, _)| id.clone())
        })
    };
    let targets = Memo::new(move |_| {
        let chosen = chosen();
        state.workspace.with(|ws| {
            ws.services
                .iter()
                .filter(|s| Some(s.id.to_string()) == chosen)
                .flat_map(|s| s.targets())
                .map(|(a, t)| (t.id.to_string(), format!("{} · {}", a.name, t.metric)))
                .collect::<Vec<_>>()
        })
    });
    let calendars = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.calendars
                .iter()
                .map(|c| (c.id().to_string(), c.name().to_owned()))
                .collect::<Vec<_>>()
        })
    });

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = texts();
        let result = (|| {
            let service_id = chosen()
                .and_then(|s| Id::new(s).ok())
                .ok_or_else(|| t.tickets.no_services.to_owned())?;
            let prio = priority.get_untracked().trim().to_owned();
            if prio.is_empty() {
                return Err(t.tickets.bad_priority.to_owned());
            }
            let (Some(resp), Some(reso)) = (
                hours_to_seconds(&response.get_untracked()),
                hours_to_seconds(&resolution.get_untracked()),
            ) else {
                return Err(t.tickets.bad_hours.to_owned());
            };
            let warn: u8 = warning
                .get_untracked()
                .trim()
                .parse()
                .map_err(|_| t.tickets.bad_warning.to_owned())?;
            let cal =
                Id::new(calendar.get_untracked()).map_err(|_| t.tickets.bad_hours.to_owned())?;
            let exists = state.workspace.with_untracked(|ws| {
                find_definition(&ws.ticket_slas, &service_id, &prio).is_some()
            });
            if exists {
                return Err(t.tickets.duplicate_definition.to_owned());
            }
            let mut sla = TicketSla::new(fresh_id("tsla"), service_id, prio, resp, reso, cal)
                .map_err(|_| t.tickets.bad_hours.to_owned())?;
            sla.set_warning_percent(warn)
                .map_err(|_| t.tickets.bad_warning.to_owned())?;
            sla.set_pause_statuses(pauses.get_untracked().split(',').map(str::to_owned));
            let link = |s: String| Id::new(s).ok();
            sla.link_targets(
                link(response_target.get_untracked()),
                link(resolution_target.get_untracked()),
            );
            let _ = state.apply(WorkspaceEdit::AddTicketSla(sla), Save::Now);
            priority.set(String::new());
            Ok(String::new())
        })();
        say(status, alert, result);
    };

    let rows = move || {
        let t = texts();
        let lang = state.lang.get();
        state.workspace.with(|ws| {
            ws.ticket_slas
                .iter()
                .map(|d| {
                    let svc = service_name(&ws.services, d.service());
                    let cal = super::calendar_of(&ws.calendars, d.calendar())
                        .map_or_else(|| d.calendar().to_string(), |c| c.name().to_owned());
                    let target_name = |id: Option<&Id>| {
                        id.and_then(|id| {
                            ws.services
                                .iter()
                                .flat_map(|s| s.targets())
                                .find(|(_, t)| &t.id == id)
                                .map(|(_, t)| t.metric.clone())
                        })
                        .unwrap_or_else(|| "–".to_owned())
                    };
                    let links = format!(
                        "{}: {} · {}: {}",
                        clock_name(t, Clock::Response),
                        target_name(d.response_target()),
                        clock_name(t, Clock::Resolution),
                        target_name(d.resolution_target())
                    );
                    let pauses_text = if d.pause_statuses().is_empty() {
                        "–".to_owned()
                    } else {
                        d.pause_statuses().join(", ")
                    };
                    let label = (t.tickets.delete_definition)(&svc, d.priority());
                    let id = d.id().clone();
                    view! {
                        <tr>
                            <td>{svc}</td>
                            <td>{d.priority().to_owned()}</td>
                            <td>{(t.tickets.duration)(d.response_seconds())}</td>
                            <td>{(t.tickets.duration)(d.resolution_seconds())}</td>
                            <td>{cal}</td>
                            <td>{format!("{} %", format_number(lang, f64::from(d.warning_percent()), 0))}</td>
                            <td>{pauses_text}</td>
                            <td>{links}</td>
                            <td><ConfirmDelete label=Signal::derive(move || label.clone()) on_confirm=Callback::new(move |()| {
                                let id = id.clone();
                                let _ = state.apply(WorkspaceEdit::DeleteTicketSla(id.clone()), Save::Now);
                            })/></td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };

    let text_input = move |label: fn(&crate::i18n::TicketTexts) -> &'static str,
                           signal: RwSignal<String>,
                           mode: &'static str| {
        view! {
            <label>{move || label(texts().tickets)}
                <input type="text" inputmode=mode prop:value=move || signal.get() on:input=move |ev| signal.set(event_target_value(&ev))/>
            </label>
        }
    };
    let target_select = move |label: fn(&crate::i18n::TicketTexts) -> &'static str,
                              signal: RwSignal<String>| {
        view! {
            <label>{move || label(texts().tickets)}
                <select on:change=move |ev| signal.set(event_target_value(&ev))>
                    <option value="" prop:selected=move || signal.get().is_empty()>{move || texts().tickets.no_target}</option>
                    {move || targets.get().into_iter().map(|(id, name)| {
                        let value = id.clone();
                        view! { <option value=id prop:selected=move || signal.get() == value>{name}</option> }
                    }).collect_view()}
                </select>
            </label>
        }
    };

    view! {
        <section aria-labelledby="definitions-title">
            <h2 id="definitions-title">{move || texts().tickets.definitions_heading}</h2>
            <Show when=move || state.workspace.with(|ws| !ws.ticket_slas.is_empty())
                fallback=move || view! { <p class="empty">{move || texts().tickets.no_definitions}</p> }>
                <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{move || texts().tickets.col_service}</th>
                        <th scope="col">{move || texts().tickets.col_priority}</th>
                        <th scope="col">{move || texts().tickets.col_response}</th>
                        <th scope="col">{move || texts().tickets.col_resolution}</th>
                        <th scope="col">{move || texts().tickets.col_calendar}</th>
                        <th scope="col">{move || texts().tickets.col_warning}</th>
                        <th scope="col">{move || texts().tickets.col_pauses}</th>
                        <th scope="col">{move || texts().tickets.col_links}</th>
                        <th scope="col"><span class="visually-hidden">{move || texts().tickets.delete}</span></th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            </Show>
            <Show when=move || services.with(|s| !s.is_empty())
                fallback=move || view! { <p>{move || texts().tickets.no_services}</p> }>
                <form class="stack" on:submit=add>
                    <label>{move || texts().tickets.def_service}
                        <select on:change=move |ev| {
                            service.set(event_target_value(&ev));
                            response_target.set(String::new());
                            resolution_target.set(String::new());
                        }>
                            {move || services.get().into_iter().map(|(id, name)| {
                                let value = id.clone();
                                view! { <option value=id prop:selected=move || chosen() == Some(value.clone())>{name}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    {text_input(|t| t.def_priority, priority, "text")}
                    {text_input(|t| t.def_response_hours, response, "decimal")}
                    {text_input(|t| t.def_resolution_hours, resolution, "decimal")}
                    <label>{move || texts().tickets.def_calendar}
                        <select on:change=move |ev| calendar.set(event_target_value(&ev))>
                            <option value=ALWAYS_ID prop:selected=move || calendar.get() == ALWAYS_ID>"24×7"</option>
                            {move || calendars.get().into_iter().map(|(id, name)| {
                                let value = id.clone();
                                view! { <option value=id prop:selected=move || calendar.get() == value>{name}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    {text_input(|t| t.def_warning, warning, "numeric")}
                    {text_input(|t| t.def_pauses, pauses, "text")}
                    {target_select(|t| t.def_response_target, response_target)}
                    {target_select(|t| t.def_resolution_target, resolution_target)}
                    <button type="submit">{move || texts().tickets.add_definition}</button>
                </form>
            </Show>
            <Messages status alert/>
        </section>
    }
}
