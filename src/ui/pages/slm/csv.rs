//! SLA records CSV: import with a preview of good and bad rows (nothing changes until
//! the user imports the good rows) and export of every record.

use crate::storage::sla_csv::{self, ImportPlan, RowError, RowProblem, SlaCsvError};
use crate::ui::download::download_text;
use crate::ui::file_input::{chosen_file, read_text};
use crate::ui::fresh_id::fresh_id;
use crate::ui::perf::measured;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A bad row in the reader's language (the reason keeps the file's own words).
fn row_error(t: &crate::i18n::Texts, e: &RowError) -> String {
    let reason = match &e.problem {
        RowProblem::BadNumber { .. } | RowProblem::ExtraFields { .. } => {
            format!("{} ({})", t.slm.invalid_number, e.problem)
        }
        RowProblem::BadPeriod(_) | RowProblem::WrongPeriodKind { .. } => {
            format!("{} ({})", t.slm.invalid_period, e.problem)
        }
        _ => e.problem.to_string(),
    };
    (t.slm.row_line)(e.line, &reason)
}

fn file_error(t: &crate::i18n::Texts, e: &SlaCsvError) -> String {
    format!("{} {e}", t.slm.csv_not_read)
}

/// Import and export of SLA records.
#[component]
pub(super) fn SlaCsv() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let plan = RwSignal::new(None::<ImportPlan>);
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let on_file = move |ev: leptos::ev::Event| {
        problem.set(None);
        done.set(None);
        plan.set(None);
        let Some((input, file)) = chosen_file(&ev) else {
            return;
        };
        spawn_local(async move {
            let text = read_text(file).await.unwrap_or_default();
            input.set_value("");
            let planned = measured("dsv:sla-plan", || {
                state
                    .workspace
                    .with_untracked(|ws| sla_csv::plan_import(&text, &ws.services))
            });
            match planned {
                Ok(p) => plan.set(Some(p)),
                Err(e) => problem.set(Some(file_error(texts(), &e))),
            }
        });
    };
    let import = move |_| {
        let Some(p) = plan.get_untracked() else {
            return;
        };
        let mut counts = None;
        state.update_workspace(|ws| {
            let outcome = measured("dsv:sla-apply", || {
                sla_csv::apply_import(&ws.services, &p.rows, fresh_id)
            });
            for service in outcome.changed {
                match ws.services.iter_mut().find(|s| s.id == service.id) {
                    Some(slot) => *slot = service,
                    None => ws.services.push(service),
                }
            }
            counts = Some(outcome.counts);
        });
        plan.set(None);
        if let Some(c) = counts {
            done.set(Some((texts().slm.import_counts)(
                c.services_created,
                c.targets_created,
                c.records_added + c.records_replaced,
            )));
        }
    };
    let export = move |_| {
        let text = state
            .workspace
            .with_untracked(|ws| sla_csv::export_csv(&ws.services));
        let _ = download_text("sla-records.csv", "text/csv", &text);
    };
    view! {
        <section aria-labelledby="sla-csv-title">
            <h2 id="sla-csv-title">{move || texts().slm.csv_heading}</h2>
            <p class="hint">{move || texts().slm.csv_hint}</p>
            <div class="actions">
                <div class="file-field">
                    <input id="import-sla" class="file-input" type="file" accept=".csv,text/csv" on:change=on_file/>
                    <label for="import-sla" class="button">{move || texts().slm.import_csv}</label>
                </div>
                <button on:click=export>{move || texts().slm.export_csv}</button>
            </div>
            {move || problem.get().map(|p| view! { <p class="notice notice-error" role="alert">{p}</p> })}
            {move || done.get().map(|d| view! { <p class="notice" role="status">{move || texts().slm.csv_imported}" "{d}</p> })}
            {move || plan.get().map(|p| {
                let good = p.rows.len();
                let bad = p.errors.len();
                let t = texts();
                let rows = p.errors.iter().map(|e| view! { <li>{row_error(t, e)}</li> }).collect_view();
                let (class, role) = if bad > 0 { ("notice notice-error", "alert") } else { ("notice", "status") };
                view! {
                    <div class=class role=role>
                        <p>{(t.slm.csv_summary)(good, bad)}</p>
                        {(bad > 0).then(|| view! { <ul class="row-errors">{rows}</ul> })}
                    </div>
                    <div class="actions">
                        <button class="primary" on:click=import disabled=good == 0>{t.slm.import_good_rows}</button>
                        <button on:click=move |_| plan.set(None)>{t.slm.cancel}</button>
                    </div>
                }
            })}
        </section>
    }
}
