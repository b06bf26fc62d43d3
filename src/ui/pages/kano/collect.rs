//! The collect tab: paste response codes (each line accepted or rejected with its
//! reason), import a responses CSV (bad rows listed, good rows imported only when
//! asked), list, filter and delete responses, and export them as CSV.

use super::survey_ctx::SurveyCtx;
use crate::domain::kano::{Response, ResponseSet};
use crate::domain::WorkspaceEdit;
use crate::i18n::{format_number, KanoTexts, ResponsesTally, Texts};
use crate::storage::kano_csv::{self, KanoCsvError, ResponsesImport, RowError, RowProblem};
use crate::storage::response_code::{self, CodeError};
use crate::ui::download::download_text;
use crate::ui::import_flow::{read_chosen, FilePicker, GoodRowsChoice};
use crate::ui::labels::csv_problem;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts, Save};
use leptos::prelude::*;

/// The reason a pasted code was refused, in the owner's language.
fn rejection(k: &KanoTexts, r: &CodeError) -> &'static str {
    match r {
        CodeError::Corrupt | CodeError::TooManyFeatures => k.reject_corrupt,
        CodeError::Foreign => k.reject_foreign,
        CodeError::NoAnswers => k.reject_no_answers,
        CodeError::TooLong => k.reject_too_long,
        CodeError::AnotherSurvey => k.reject_other_survey,
        CodeError::AlreadyCounted { .. } => k.reject_duplicate,
        CodeError::WrongVersion { .. } => k.reject_version,
    }
}

/// A bad CSV row in the owner's language.
fn row_error(k: &KanoTexts, e: &RowError) -> String {
    let what = match &e.problem {
        RowProblem::NoRespondent => k.row_no_respondent.to_owned(),
        RowProblem::UnknownFeature(f) => (k.row_unknown_feature)(f),
        RowProblem::BadAnswer { column, error } => (k.row_bad_answer)(&error.0, column),
        RowProblem::BadImportance(v) => (k.row_bad_importance)(v),
        RowProblem::UnknownSegment(s) => (k.row_unknown_segment)(s),
        RowProblem::AnsweredTwice {
            respondent,
            feature,
            first_line,
        } => (k.row_twice)(respondent, feature, *first_line),
        RowProblem::ExtraFields { found, expected } => (k.row_extra_fields)(*found, *expected),
    };
    (k.code_line)(e.line, &what)
}

/// Why a whole file was refused, in the owner's language.
fn file_error(t: &Texts, e: &KanoCsvError) -> String {
    let k = t.kano;
    match e {
        KanoCsvError::Csv(e) => format!("{} {}", k.csv_not_csv, csv_problem(t, e)),
        KanoCsvError::MissingColumns(names) => {
            format!("{} {}", k.csv_missing_columns, names.join(", "))
        }
    }
}

/// Collecting responses.
#[component]
pub(super) fn CollectTab() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<SurveyCtx>();
    let pasted = RwSignal::new(String::new());
    // (line, None when accepted or the rejection)
    let outcome = RwSignal::new(Vec::<(usize, Option<CodeError>)>::new());
    let too_long = RwSignal::new(false);
    let add_codes = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = pasted.get_untracked();
        if text.chars().count() >= response_code::MAX_PASTE_CHARS {
            too_long.set(true);
            return;
        }
        too_long.set(false);
        let id = ctx.id.get_value();
        let read = ctx.state.workspace.with_untracked(|ws| {
            let survey = ws.survey(&id)?;
            let mut set = ws
                .responses_of(&id)
                .cloned()
                .unwrap_or_else(|| ResponseSet::new(id.clone()));
            let held = set.responses.len();
            let lines = response_code::add_codes(&mut set, survey, &text);
            Some((lines, set.responses.split_off(held)))
        });
        let Some((lines, responses)) = read else {
            return;
        };
        let results: Vec<_> = lines
            .into_iter()
            .map(|l| (l.line, l.outcome.err()))
            .collect();
        if !responses.is_empty() {
            let edit = WorkspaceEdit::AddResponses {
                survey: id,
                responses,
            };
            let _ = ctx.state.apply(edit, Save::Now);
        }
        if results.iter().all(|(_, r)| r.is_none()) {
            pasted.set(String::new());
        }
        outcome.set(results);
    };
    let summary = move || {
        outcome.with(|o| {
            let ok = o.iter().filter(|(_, r)| r.is_none()).count();
            (!o.is_empty()).then(|| (texts().kano.codes_summary)(ok, o.len() - ok))
        })
    };
    let kiosk = move || Route::Kiosk(ctx.id.get_value().to_string()).href();
    view! {
        <section aria-labelledby="collect-title">
            <h2 id="collect-title">{move || texts().kano.collect_heading}</h2>
            <form on:submit=add_codes>
                <div class="field">
                    <label for="codes">{move || texts().kano.paste_codes}</label>
                    <textarea id="codes" rows="5" aria-describedby="codes-hint" spellcheck="false"
                        maxlength=response_code::MAX_PASTE_CHARS
                        prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))/>
                    <p class="hint" id="codes-hint">{move || texts().kano.paste_codes_hint}</p>
                </div>
                <button type="submit">{move || texts().kano.add_codes}</button>
            </form>
            {move || too_long.get().then(|| view! {
                <p class="notice notice-error" role="alert">{move || texts().kano.paste_too_long}</p>
            })}
            {move || summary().map(|s| {
                let rejected = outcome.with(|o| o.iter().any(|(_, r)| r.is_some()));
                let lines = move || {
                    let k = texts().kano;
                    outcome.with(|o| o.iter().map(|(line, r)| {
                        let what = r.as_ref().map_or(k.code_accepted, |r| rejection(k, r));
                        view! { <li class:rejected=r.is_some()>{(k.code_line)(*line, what)}</li> }
                    }).collect_view())
                };
                view! {
                    <div class="code-results" role=if rejected { "alert" } else { "status" }>
                        <p>{s}</p>
                        <ul>{lines}</ul>
                    </div>
                }
            })}
            <p><a href=kiosk>{move || texts().kano.kiosk_start}</a></p>
        </section>
        <CsvImport/>
        <ResponseList/>
    }
}

/// Importing a responses CSV with a preview of good and bad rows.
#[component]
fn CsvImport() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<SurveyCtx>();
    let pending = RwSignal::new(None::<ResponsesImport>);
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        problem.set(None);
        done.set(false);
        pending.set(None);
        read_chosen(&ev, move |text| {
            let text = text.unwrap_or_default();
            let parsed = ctx
                .survey
                .with_untracked(|s| s.as_ref().map(|s| kano_csv::import_responses(s, &text)));
            match parsed {
                Some(Ok(import)) => pending.set(Some(import)),
                Some(Err(e)) => problem.set(Some(file_error(texts(), &e))),
                None => {}
            }
        });
    };
    let import = move |()| {
        let Some(import) = pending.get_untracked() else {
            return;
        };
        let edit = WorkspaceEdit::AddResponses {
            survey: ctx.id.get_value(),
            responses: import.responses,
        };
        let _ = ctx.state.apply(edit, Save::Now);
        pending.set(None);
        done.set(true);
    };
    view! {
        <section aria-labelledby="csv-title">
            <h2 id="csv-title">{move || texts().kano.csv_heading}</h2>
            <p class="hint">{move || texts().kano.csv_format_hint}</p>
            <FilePicker id="import-responses" accept=".csv,text/csv" label=Signal::derive(move || texts().kano.import_csv) on_file/>
            {move || problem.get().map(|p| view! { <p class="notice notice-error" role="alert">{p}</p> })}
            {move || done.get().then(|| view! { <p role="status">{move || texts().kano.csv_imported}</p> })}
            {move || pending.get().map(|preview| {
                let tally = ResponsesTally {
                    rows: preview.rows,
                    answers: preview.answers(),
                    respondents: preview.responses.len(),
                    bad: preview.errors.len(),
                };
                let good = tally.answers;
                let problems = preview.errors.iter().map(|e| row_error(texts().kano, e)).collect();
                view! {
                    <GoodRowsChoice summary=Signal::derive(move || (texts().kano.csv_summary)(&tally)) good problems
                        on_import=import on_cancel=move |()| pending.set(None)/>
                }
            })}
        </section>
    }
}

/// The responses with a filter, delete and CSV export.
#[component]
fn ResponseList() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<SurveyCtx>();
    let query = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        let needle = query.get().trim().to_lowercase();
        ctx.responses.with(|r| {
            r.iter()
                .filter(|r| {
                    needle.is_empty()
                        || r.respondent.to_lowercase().contains(&needle)
                        || r.segment
                            .as_deref()
                            .is_some_and(|s| s.to_lowercase().contains(&needle))
                })
                .map(|r| {
                    (
                        r.respondent.clone(),
                        r.segment.clone().unwrap_or_default(),
                        r.answers.len(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let export = move |_| {
        let text = ctx.survey.with_untracked(|s| {
            s.as_ref().map(|s| {
                ctx.responses
                    .with_untracked(|r: &Vec<Response>| kano_csv::export_responses(s, r))
            })
        });
        if let Some(text) = text {
            let _ = download_text("kano-responses.csv", "text/csv", &text);
        }
    };
    let total = move || ctx.responses.with(Vec::len);
    view! {
        <section aria-labelledby="responses-title">
            <h2 id="responses-title">{move || texts().kano.responses_heading}</h2>
            <p>{move || (texts().kano.response_count)(&format_number(state.lang.get(), total() as f64, 0), total())}</p>
            <Show when=move || { total() > 0 } fallback=move || view! { <p class="empty">{move || texts().kano.no_responses}</p> }>
                <div class="actions">
                    <button on:click=export>{move || texts().kano.export_responses}</button>
                </div>
                <div class="field search">
                    <label for="response-filter">{move || texts().kano.filter_responses}</label>
                    <input id="response-filter" type="search" prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))/>
                </div>
                <div class="table-scroll">
                    <table>
                        <thead><tr>
                            <th scope="col">{move || texts().kano.col_respondent}</th>
                            <th scope="col">{move || texts().kano.col_segment}</th>
                            <th scope="col">{move || texts().kano.col_answered}</th>
                            <th scope="col"><span class="visually-hidden">{move || texts().delete}</span></th>
                        </tr></thead>
                        <tbody>
                            <For each=move || shown.get() key=|row| row.clone() children=move |(who, segment, answered)| {
                                let label = who.clone();
                                let delete = {
                                    let who = who.clone();
                                    move |_| {
                                        let edit = WorkspaceEdit::DeleteResponse { survey: ctx.id.get_value(), respondent: who.clone() };
                                        let _ = ctx.state.apply(edit, Save::Now);
                                    }
                                };
                                view! {
                                    <tr>
                                        <td>{who.clone()}</td>
                                        <td>{segment}</td>
                                        <td>{answered}</td>
                                        <td><button class="icon danger" on:click=delete
                                            aria-label=move || (texts().kano.delete_response)(&label)>"✕"</button></td>
                                    </tr>
                                }
                            }/>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
