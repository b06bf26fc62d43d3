//! Business calendars: the built-in 24×7 one, and the user's own (name, IANA zone,
//! working intervals per weekday, holidays typed or imported from an .ics file).

use super::ics_import::IcsImport;
use super::{say, Messages};
use crate::domain::tickets::feed::{intervals_text, parse_dates, parse_intervals};
use crate::domain::tickets::{BusinessCalendar, CalendarError};
use crate::domain::{Id, WorkspaceEdit};
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::fresh_id::fresh_id;
use crate::ui::intl_zone::IntlZone;
use crate::ui::labels::weekday_from_monday;
use crate::ui::state::{use_state, use_texts, Save};
use leptos::prelude::*;

/// The calendar list and editor.
#[component]
pub(super) fn Calendars() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let editing = RwSignal::new(None::<Id>);
    let name = RwSignal::new(String::new());
    let zone = RwSignal::new("Europe/Madrid".to_owned());
    let days: [RwSignal<String>; 7] = std::array::from_fn(|i| {
        RwSignal::new(if i < 5 {
            "09:00-17:00".to_owned()
        } else {
            String::new()
        })
    });
    let holidays = RwSignal::new(String::new());
    // What the last .ics import gave, for the calendar being edited.
    let ics_notes = RwSignal::new(Vec::<String>::new());
    let status = RwSignal::new(None::<String>);
    let alert = RwSignal::new(None::<String>);

    let edit = move |c: BusinessCalendar| {
        editing.set(Some(c.id().clone()));
        ics_notes.set(Vec::new());
        name.set(c.name().to_owned());
        zone.set(c.zone().to_owned());
        for (signal, day) in days.iter().zip(c.week()) {
            signal.set(intervals_text(day));
        }
        holidays.set(
            c.holidays()
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        );
    };

    let start_new = move |_| {
        editing.set(None);
        ics_notes.set(Vec::new());
        name.set(String::new());
        holidays.set(String::new());
        for (i, day) in days.iter().enumerate() {
            day.set(if i < 5 {
                "09:00-17:00".to_owned()
            } else {
                String::new()
            });
        }
        status.set(None);
        alert.set(None);
    };

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = texts();
        let result = (|| {
            let weekday = |i: usize| weekday_from_monday(t.slm, i);
            let zone_name = zone.get_untracked().trim().to_owned();
            if IntlZone::new(&zone_name).is_err() {
                return Err((t.tickets.bad_zone)(&zone_name));
            }
            let mut week: [Vec<_>; 7] = Default::default();
            for (i, slot) in week.iter_mut().enumerate() {
                *slot = parse_intervals(&days[i].get_untracked())
                    .map_err(|_| (t.tickets.bad_intervals)(weekday(i)))?;
            }
            let dates =
                parse_dates(&holidays.get_untracked()).map_err(|l| (t.tickets.bad_date)(&l))?;
            let id = editing.get_untracked().unwrap_or_else(|| fresh_id("cal"));
            let calendar = BusinessCalendar::new(
                id,
                name.get_untracked(),
                zone_name,
                week,
                dates.into_iter().collect(),
            )
            .map_err(|e| match e {
                CalendarError::EmptyName => t.tickets.cal_empty_name.to_owned(),
                CalendarError::NoWorkingTime => t.tickets.cal_no_time.to_owned(),
                CalendarError::Overlap { weekday: w, .. } => (t.tickets.overlap)(weekday(w)),
                CalendarError::BadZone(z) => (t.tickets.bad_zone)(&z),
                CalendarError::BadInterval { .. } => (t.tickets.bad_intervals)(""),
            })?;
            let _ = state.apply(WorkspaceEdit::PutCalendar(calendar.clone()), Save::Now);
            editing.set(Some(calendar.id().clone()));
            Ok(t.tickets.calendar_saved.to_owned())
        })();
        say(status, alert, result);
    };

    let list = move || {
        state.workspace.with(|ws| {
            ws.calendars
                .iter()
                .map(|c| {
                    let c = c.clone();
                    let in_use = ws.ticket_slas.iter().any(|d| d.calendar() == c.id());
                    let id = c.id().clone();
                    let label = (texts().tickets.delete_calendar)(c.name());
                    let summary = format!("{} · {}", c.name(), c.zone());
                    let for_edit = c.clone();
                    view! {
                        <li>
                            <button class="link" on:click=move |_| edit(for_edit.clone())>{summary}</button>
                            " "
                            {if in_use {
                                // Nothing would be deleted: say why, no confirmation needed.
                                view! {
                                    <button class="danger" aria-label=label on:click=move |_| {
                                        say(status, alert, Err(texts().tickets.calendar_in_use.to_owned()));
                                    }>{move || texts().tickets.delete}</button>
                                }.into_any()
                            } else {
                                view! {
                                    <ConfirmDelete label=Signal::derive(move || label.clone()) on_confirm=Callback::new(move |()| {
                                        let id = id.clone();
                                        let _ = state.apply(WorkspaceEdit::DeleteCalendar(id.clone()), Save::Now);
                                    })/>
                                }.into_any()
                            }}
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section aria-labelledby="calendars-title">
            <h2 id="calendars-title">{move || texts().tickets.calendars_heading}</h2>
            <ul>
                <li>{move || texts().tickets.builtin_always}</li>
                {list}
            </ul>
            <form class="stack" on:submit=save>
                <label>{move || texts().tickets.calendar_name}
                    <input type="text" maxlength="120" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </label>
                <label>{move || texts().tickets.calendar_zone}
                    <input type="text" maxlength="64" prop:value=move || zone.get() on:input=move |ev| zone.set(event_target_value(&ev))/>
                </label>
                <p class="hint">{move || texts().tickets.calendar_zone_hint}</p>
                <p class="hint">{move || texts().tickets.calendar_intervals_hint}</p>
                {(0..7).map(|i| {
                    let day = days[i];
                    view! {
                        <label>{move || weekday_from_monday(texts().slm, i)}
                            <input type="text" maxlength="200"
                                aria-label=move || (texts().tickets.day_intervals)(weekday_from_monday(texts().slm, i))
                                prop:value=move || day.get() on:input=move |ev| day.set(event_target_value(&ev))/>
                        </label>
                    }
                }).collect_view()}
                <label>{move || texts().tickets.calendar_holidays}
                    <textarea rows="4" prop:value=move || holidays.get() on:input=move |ev| holidays.set(event_target_value(&ev))></textarea>
                </label>
                <IcsImport holidays notes=ics_notes/>
                <div class="actions">
                    <button type="submit">{move || texts().tickets.save_calendar}</button>
                    <button type="button" on:click=start_new>{move || texts().tickets.new_calendar}</button>
                </div>
            </form>
            <Messages status alert/>
        </section>
    }
}
