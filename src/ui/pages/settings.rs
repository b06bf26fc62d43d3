//! Settings: workspace backup (export, import with preview) and reset.

use crate::domain::{Workspace, WorkspaceCounts, WorkspaceEdit};
use crate::i18n::{format_date, format_number, Pick, Texts};
use crate::storage::backup::{self, ImportError, Imported};
use crate::ui::download::download_text;
use crate::ui::import_flow::{read_chosen, FilePicker};
use crate::ui::problem_text::backup_reasons;
use crate::ui::state::{use_state, use_texts, Save, Status};
use crate::ui::technical_detail::TechnicalDetail;
use leptos::prelude::*;

/// What went wrong with an import, ready to show.
#[derive(Debug, Clone, PartialEq)]
enum ImportProblem {
    FileUnreadable,
    Rejected(ImportError),
}

fn problem_message(problem: &ImportProblem, t: &Texts) -> String {
    match problem {
        ImportProblem::FileUnreadable => t.import_error_unreadable_file.to_owned(),
        ImportProblem::Rejected(error) => match error {
            ImportError::NotJson(_) => t.import_error_not_json.to_owned(),
            ImportError::Foreign => t.import_error_foreign.to_owned(),
            ImportError::TooNew { found } => {
                (t.import_error_too_new)(*found, crate::storage::envelope::SCHEMA_VERSION)
            }
            ImportError::Unmigratable(_) => t.import_error_unmigratable.to_owned(),
            ImportError::Invalid(_) => t.import_error_invalid.to_owned(),
            ImportError::Inconsistent(_) => t.import_error_inconsistent.to_owned(),
        },
    }
}

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <h1 tabindex="-1">{move || texts().settings_title}</h1>
        <BackupSection/>
        <crate::ui::team_sync::settings::TeamSyncSection/>
        <super::example_workspace::ExampleWorkspace/>
        <ResetSection/>
    }
}

#[component]
fn BackupSection() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let preview = RwSignal::new(None::<Imported>);
    let problem = RwSignal::new(None::<ImportProblem>);

    let export = move |_| {
        if let Ok((name, text)) = state.export_backup() {
            let _ = download_text(&name, "application/json", &text);
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        preview.set(None);
        problem.set(None);
        state.status.set(None);
        read_chosen(&ev, move |text| match text {
            None => problem.set(Some(ImportProblem::FileUnreadable)),
            Some(text) => match backup::parse(&text) {
                Ok(imported) => preview.set(Some(imported)),
                Err(error) => problem.set(Some(ImportProblem::Rejected(error))),
            },
        });
    };

    let replace = move |_| {
        if let Some(imported) = preview.get_untracked() {
            let edit = WorkspaceEdit::Replace(Box::new(imported.workspace));
            let stored = state.apply(edit, Save::Now).is_ok() && state.saved();
            preview.set(None);
            // When the backup does not fit, storage keeps the old workspace whole and
            // the storage notice says so: no "imported" beside it.
            if stored {
                state.status.set(Some(Status::Imported));
            }
        }
    };
    let cancel = move |_| {
        preview.set(None);
    };

    let problem_view = move || {
        problem.get().map(|p| {
            let t = texts();
            let (detail, reasons) = match &p {
                ImportProblem::Rejected(e) => {
                    (e.to_string(), backup_reasons(t, state.lang.get(), e))
                }
                ImportProblem::FileUnreadable => (String::new(), Vec::new()),
            };
            view! {
                <div class="notice notice-error" role="alert">
                    <p>{problem_message(&p, t)}</p>
                    {reasons.into_iter().map(|r| view! { <p>{r}</p> }).collect_view()}
                    <TechnicalDetail text=detail/>
                </div>
            }
        })
    };

    let preview_view = move || {
        preview.get().map(|imported| {
            let lang = state.lang.get();
            let t = texts();
            let exported = imported
                .exported_at
                .as_deref()
                .and_then(|s| s.get(..10))
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(|d| (t.exported_on)(&format_date(lang, d)));
            let migrated = (imported.version < crate::storage::envelope::SCHEMA_VERSION)
                .then(|| (t.migrated_from)(imported.version));
            let incoming = imported.workspace.counts();
            let current = state.workspace.with(Workspace::counts);
            view! {
                <section class="import-preview" aria-labelledby="import-preview-title">
                    <h3 id="import-preview-title">{t.import_preview_title}</h3>
                    {exported.map(|e| view! { <p>{e}</p> })}
                    {migrated.map(|m| view! { <p>{m}</p> })}
                    <CountsTable incoming current/>
                    <div class="actions">
                        <button class="danger" on:click=replace>{t.import_replace_button}</button>
                        <button on:click=cancel>{t.cancel}</button>
                    </div>
                </section>
            }
        })
    };

    view! {
        <section class="panel" aria-labelledby="backup-title">
            <h2 id="backup-title">{move || texts().backup_title}</h2>
            <p>{move || texts().backup_help}</p>
            <div class="actions">
                <button on:click=export>{move || texts().export_button}</button>
            </div>
            // The native file input is visually replaced by its label, styled as a
            // button, so its text follows the app's language, not the browser's.
            <FilePicker id="import-file" accept=".json,application/json" label=Signal::derive(move || texts().import_label) on_file/>
            <p class="hint">{move || texts().import_help}</p>
            {problem_view}
            {preview_view}
        </section>
    }
}

/// What a file holds beside what the browser holds now.
#[component]
fn CountsTable(incoming: WorkspaceCounts, current: WorkspaceCounts) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let rows: [(Pick, usize, usize); 12] = [
        (|t| t.count_journeys, incoming.journeys, current.journeys),
        (
            |t| t.count_touchpoints,
            incoming.touchpoints,
            current.touchpoints,
        ),
        (|t| t.count_personas, incoming.personas, current.personas),
        (
            |t| t.count_stakeholders,
            incoming.stakeholders,
            current.stakeholders,
        ),
        (|t| t.count_surveys, incoming.surveys, current.surveys),
        (|t| t.count_responses, incoming.responses, current.responses),
        (|t| t.count_services, incoming.services, current.services),
        (
            |t| t.count_agreements,
            incoming.agreements,
            current.agreements,
        ),
        (|t| t.count_targets, incoming.targets, current.targets),
        (|t| t.count_records, incoming.records, current.records),
        (|t| t.count_reviews, incoming.reviews, current.reviews),
        (
            |t| t.count_improvements,
            incoming.improvements,
            current.improvements,
        ),
    ];
    // Only the kinds either side holds, unless both are empty.
    let any = rows.iter().any(|(_, file, now)| file + now > 0);
    let rows = rows
        .into_iter()
        .filter(move |(_, file, now)| !any || file + now > 0);
    let number = move |n: usize| format_number(state.lang.get(), n as f64, 0);
    view! {
        <table class="counts">
            <thead>
                <tr>
                    <th scope="col">{move || texts().count_item}</th>
                    <th scope="col">{move || texts().import_file_holds}</th>
                    <th scope="col">{move || texts().import_replaces}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .map(|(label, file, now)| {
                        view! {
                            <tr>
                                <th scope="row">{move || label(texts())}</th>
                                <td>{move || number(file)}</td>
                                <td>{move || number(now)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn ResetSection() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let asking = RwSignal::new(false);
    let confirm = move |_| {
        let edit = WorkspaceEdit::Replace(Box::default());
        let stored = state.apply(edit, Save::Now).is_ok() && state.saved();
        asking.set(false);
        if stored {
            state.status.set(Some(Status::Reset));
        }
    };
    view! {
        <section class="panel" aria-labelledby="reset-title">
            <h2 id="reset-title">{move || texts().reset_title}</h2>
            <p>{move || texts().reset_help}</p>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <div class="actions">
                        <button class="danger" on:click=move |_| asking.set(true)>{move || texts().reset_button}</button>
                    </div>
                }
            >
                <div class="confirm" role="group" aria-labelledby="reset-question">
                    <p id="reset-question">{move || texts().reset_question}</p>
                    <div class="actions">
                        <button class="danger" on:click=confirm>{move || texts().reset_confirm}</button>
                        <button on:click=move |_| asking.set(false)>{move || texts().cancel}</button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
