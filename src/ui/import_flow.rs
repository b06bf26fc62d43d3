//! One import flow for every file the app reads: pick a file, read it, parse it,
//! preview what it holds, then import (the good rows) or cancel.
//!
//! The pieces, shared by the Kano responses CSV, the SLA records CSV, the ticket CSV,
//! `.ics` holidays and the workspace backup:
//! - [`FilePicker`]: a button-styled file input named by its label;
//! - [`read_chosen`]: the chosen file's text (or `None` when the browser cannot read
//!   it), the input cleared so the same file can be chosen again;
//! - [`GoodRowsChoice`]: the preview of a file of rows, some good and some bad: a
//!   summary (an alert when rows are bad, a status otherwise), the bad rows by line,
//!   and "Import the good rows (N)" / "Cancel". Nothing is imported until chosen.
//!
//! What is parsed and what a preview says stay with each import; the flow and its
//! common words are written once here.

use crate::i18n::format_number;
use crate::ui::file_input::{chosen_file, read_text};
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Bad rows listed one by one before "… and N more".
const LISTED_BAD_ROWS: usize = 200;

/// Reads the file chosen in the input that `event` came from and hands its text to
/// `then` (`None` when the browser cannot read it), then clears the input so that
/// choosing the same file again reads it again. Does nothing when no file was chosen.
pub fn read_chosen(event: &web_sys::Event, then: impl FnOnce(Option<String>) + 'static) {
    let Some((input, file)) = chosen_file(event) else {
        return;
    };
    spawn_local(async move {
        let text = read_text(file).await;
        input.set_value("");
        then(text);
    });
}

/// A file input shown as a button, named by its label.
#[component]
pub fn FilePicker<F>(
    /// The input's id (unique in the page).
    id: &'static str,
    /// File types offered, as the `accept` attribute.
    accept: &'static str,
    /// The button's text, which names the input.
    #[prop(into)]
    label: Signal<&'static str>,
    /// Called on `change`: pass the event to [`read_chosen`].
    on_file: F,
) -> impl IntoView
where
    F: Fn(leptos::ev::Event) + 'static,
{
    view! {
        <div class="field file-field">
            <input id=id class="file-input" type="file" accept=accept on:change=on_file/>
            <label for=id class="button">{move || label.get()}</label>
        </div>
    }
}

/// The choice a file of good and bad rows waits for: its summary, the bad rows and
/// the buttons that import the good ones or cancel.
#[component]
pub fn GoodRowsChoice(
    /// What the file holds, in the import's own words.
    #[prop(into)]
    summary: Signal<String>,
    /// Rows (or answers) that would be imported.
    good: usize,
    /// Each bad row, told by line.
    problems: Vec<String>,
    #[prop(into)] on_import: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let bad = problems.len();
    let more = bad.saturating_sub(LISTED_BAD_ROWS);
    let listed = problems
        .into_iter()
        .take(LISTED_BAD_ROWS)
        .map(|p| view! { <li>{p}</li> })
        .collect_view();
    let (class, role) = if bad > 0 {
        ("notice notice-error", "alert")
    } else {
        ("notice", "status")
    };
    let count = move || format_number(state.lang.get(), good as f64, 0);
    view! {
        <div class=class role=role>
            <p>{move || summary.get()}</p>
            {(bad > 0).then(|| view! {
                <h3>{move || texts().import_bad_rows}</h3>
                <ul class="row-errors">{listed}</ul>
                {(more > 0).then(|| view! { <p>{move || (texts().import_more_bad_rows)(more)}</p> })}
            })}
        </div>
        <div class="actions">
            <button class="primary" on:click=move |_| on_import.run(()) disabled=good == 0>
                {move || (texts().import_good_rows)(&count())}
            </button>
            <button on:click=move |_| on_cancel.run(())>{move || texts().cancel}</button>
        </div>
    }
}
