//! Ticket CSV import: columns matched by name or through a remembered mapping, bad
//! rows listed with line and reason (nothing imported until the user chooses to
//! import the good rows), and "Add example tickets".

use super::{say, Messages};
use crate::domain::examples::example_tickets_edit;
use crate::domain::tickets::{TicketError, TicketTime};
use crate::domain::{Applied, WorkspaceEdit};
use crate::i18n::TicketTexts;
use crate::storage::ticket_csv::{
    file_headers, read_tickets, ColumnMapping, RowError, RowProblem, TicketCsvError, TicketField,
    TicketImport,
};
use crate::ui::fresh_id::fresh_id;
use crate::ui::import_flow::{read_chosen, FilePicker, GoodRowsChoice};
use crate::ui::labels::csv_problem;
use crate::ui::perf::measured;
use crate::ui::state::{use_state, use_texts, AppState, Save};
use leptos::prelude::*;

/// A bad row in the reader's language.
fn row_error(t: &crate::i18n::Texts, e: &RowError) -> String {
    let tt = t.tickets;
    let reason = match &e.problem {
        RowProblem::Empty { field } => (tt.row_empty)(field.name()),
        RowProblem::BadTimestamp { field, text } => (tt.row_bad_time)(field.name(), text),
        RowProblem::YearOutOfRange { field, text } => (tt.row_bad_year)(field.name(), text),
        RowProblem::BadPause { text } => (tt.row_bad_pause)(text),
        RowProblem::ExtraFields { found, expected } => (tt.row_extra)(*found, *expected),
        RowProblem::DuplicateId(id) => (tt.row_duplicate)(id),
        RowProblem::Ticket(detail) => (tt.row_inconsistent)(&ticket_problem(tt, detail)),
    };
    (t.slm.row_line)(e.line, &reason)
}

/// What is inconsistent in a ticket, in the reader's language.
fn ticket_problem(tt: &TicketTexts, e: &TicketError) -> String {
    match e {
        TicketError::EmptyId => tt.row_no_id.to_owned(),
        TicketError::EmptyService => tt.row_no_service.to_owned(),
        TicketError::BeforeCreated(TicketTime::FirstResponse) => {
            tt.row_response_before_created.to_owned()
        }
        TicketError::BeforeCreated(_) => tt.row_resolved_before_created.to_owned(),
        TicketError::PauseReversed { start, end } => {
            (tt.row_pause_reversed)(&start.to_string(), &end.to_string())
        }
    }
}

/// Adds `tickets` and tells how many were added and replaced.
fn merge(state: AppState, import: TicketImport) -> String {
    let applied = measured("dsv:tickets-merge", || {
        state.apply(WorkspaceEdit::MergeTickets(import.tickets), Save::Now)
    });
    let (added, replaced) = match applied {
        Ok(Applied::TicketsMerged { added, replaced }) => (added, replaced),
        _ => (0, 0),
    };
    (state.lang.get_untracked().texts().tickets.imported)(added, replaced)
}

/// The import section.
#[component]
pub(super) fn TicketImport() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let text = StoredValue::new(String::new());
    let headers = RwSignal::new(None::<Vec<String>>);
    let mapping = RwSignal::new(ColumnMapping::automatic());
    let pending = RwSignal::new(None::<TicketImport>);
    let status = RwSignal::new(None::<String>);
    let alert = RwSignal::new(None::<String>);

    // Reads the remembered file with `map`; on missing columns asks for the mapping.
    let read = move |map: ColumnMapping| {
        let t = texts();
        let result = text.with_value(|s| measured("dsv:tickets-read", || read_tickets(s, &map)));
        match result {
            Ok(import) if import.errors.is_empty() => {
                headers.set(None);
                pending.set(None);
                say(status, alert, Ok(merge(state, import)));
            }
            Ok(import) => {
                headers.set(None);
                status.set(None);
                alert.set(None);
                pending.set(Some(import));
            }
            Err(TicketCsvError::Csv(e)) => {
                headers.set(None);
                say(
                    status,
                    alert,
                    Err(format!(
                        "{} {}",
                        t.tickets.file_not_read,
                        csv_problem(t, &e)
                    )),
                );
            }
            Err(e) => {
                let message = match &e {
                    TicketCsvError::MissingColumns(fields) => (t.tickets.missing_columns)(
                        &fields
                            .iter()
                            .map(|f| f.name())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                    TicketCsvError::MappedColumnMissing { header, .. } => {
                        (t.tickets.mapped_missing)(header)
                    }
                    TicketCsvError::Csv(e) => csv_problem(t, e),
                };
                headers.set(text.with_value(|s| file_headers(s).ok()));
                mapping.set(map);
                say(status, alert, Err(message));
            }
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        pending.set(None);
        read_chosen(&ev, move |content| {
            text.set_value(content.unwrap_or_default());
            read(state.settings().ticket_columns);
        });
    };

    let apply_mapping = move |_| {
        let map = mapping.get_untracked();
        state.update_settings(|s| s.ticket_columns = map.clone());
        read(map);
    };

    let import_good = move |()| {
        if let Some(import) = pending.get_untracked() {
            pending.set(None);
            say(status, alert, Ok(merge(state, import)));
        }
    };

    let add_examples = move |_| {
        let lang = state.lang.get_untracked();
        let month = crate::ui::pages::slm::last_month();
        let (edit, added) = state
            .workspace
            .with_untracked(|ws| example_tickets_edit(lang.code(), ws, month, fresh_id));
        let _ = state.apply(edit, Save::Now);
        say(status, alert, Ok((texts().tickets.examples_added)(added)));
    };

    let mapping_form = move || {
        let list = headers.get()?;
        let selects = TicketField::ALL
            .into_iter()
            .map(|field| {
                let options = list.clone();
                view! {
                    <label>{move || (texts().tickets.column_for)(field.name())}
                        <select on:change=move |ev| {
                            let v = event_target_value(&ev);
                            mapping.update(|m| m.set(field, v));
                        }>
                            <option value="" prop:selected=move || mapping.with(|m| m.get(field).is_none())>{move || texts().tickets.mapping_automatic}</option>
                            {options.into_iter().map(|h| {
                                let value = h.clone();
                                let attr = h.clone();
                                view! { <option value=attr prop:selected=move || mapping.with(|m| m.get(field) == Some(value.as_str()))>{h}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                }
            })
            .collect_view();
        Some(view! {
            <div class="stack">
                <h3>{move || texts().tickets.mapping_heading}</h3>
                <p>{move || texts().tickets.mapping_intro}</p>
                {selects}
                <button on:click=apply_mapping>{move || texts().tickets.mapping_apply}</button>
            </div>
        })
    };

    let bad_rows = move || {
        pending.with(|p| {
            p.as_ref().map(|import| {
                let t = texts();
                let summary = (t.tickets.bad_rows_found)(import.errors.len(), import.tickets.len());
                let problems = import.errors.iter().map(|e| row_error(t, e)).collect();
                view! {
                    <GoodRowsChoice summary good=import.tickets.len() problems
                        on_import=import_good on_cancel=move |()| pending.set(None)/>
                }
            })
        })
    };

    view! {
        <section aria-labelledby="ticket-import-title">
            <h2 id="ticket-import-title">{move || texts().tickets.import_heading}</h2>
            <p class="hint">{move || texts().tickets.import_hint}</p>
            <div class="actions">
                <FilePicker id="import-tickets" accept=".csv,text/csv" label=Signal::derive(move || texts().tickets.import_csv) on_file/>
                <button on:click=add_examples>{move || texts().tickets.add_example}</button>
                <Show when=move || state.workspace.with(|ws| !ws.tickets.is_empty())>
                    <button class="danger" on:click=move |_| { let _ = state.apply(WorkspaceEdit::ClearTickets, Save::Now); }>{move || texts().tickets.clear_tickets}</button>
                </Show>
            </div>
            {mapping_form}
            {bad_rows}
            <Messages status alert/>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tickets::Timestamp;
    use crate::i18n::Lang;

    #[test]
    fn inconsistent_times_are_told_in_the_language_of_the_page() {
        let told = |lang: Lang, detail: TicketError| {
            row_error(
                lang.texts(),
                &RowError {
                    line: 6,
                    problem: RowProblem::Ticket(detail),
                },
            )
        };
        assert_eq!(
            told(
                Lang::En,
                TicketError::BeforeCreated(TicketTime::FirstResponse)
            ),
            "Line 6: inconsistent times (the first response is before the ticket was created)"
        );
        assert_eq!(
            told(Lang::Es, TicketError::BeforeCreated(TicketTime::Resolved)),
            "Línea 6: horas incoherentes (la resolución es anterior a la creación de la incidencia)"
        );
        let (start, end) = (
            Timestamp::parse("2026-02-02 12:00").unwrap(),
            Timestamp::parse("2026-02-02 10:00").unwrap(),
        );
        let ru = told(Lang::Ru, TicketError::PauseReversed { start, end });
        assert!(
            ru.starts_with("Строка 6: противоречивое время (пауза "),
            "{ru}"
        );
        assert!(
            ru.ends_with("заканчивается раньше, чем начинается)"),
            "{ru}"
        );
        assert_eq!(
            told(Lang::Ru, TicketError::EmptyId),
            "Строка 6: противоречивое время (у заявки нет id)"
        );
    }
}
