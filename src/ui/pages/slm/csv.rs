//! SLA records CSV: import with a preview of good and bad rows (nothing changes until
//! the user imports the good rows) and export of every record.

use super::names;
use crate::domain::slm::PeriodError;
use crate::domain::WorkspaceEdit;
use crate::i18n::Texts;
use crate::storage::sla_csv::{self, ImportPlan, RowError, RowProblem, SlaCsvError};
use crate::ui::download::download_text;
use crate::ui::fresh_id::fresh_id;
use crate::ui::import_flow::{read_chosen, FilePicker, GoodRowsChoice};
use crate::ui::labels::csv_problem;
use crate::ui::perf::measured;
use crate::ui::state::{use_state, use_texts, Save};
use leptos::prelude::*;

/// A bad row in the reader's language (the reason keeps the file's own words).
fn row_error(t: &Texts, e: &RowError) -> String {
    let s = t.slm;
    let number = |detail: String| format!("{} ({detail})", s.invalid_number);
    let period = |detail: String| format!("{} ({detail})", s.invalid_period);
    let reason = match &e.problem {
        RowProblem::Empty { column } => (s.row_empty)(column),
        RowProblem::BadDirection(text) => (s.row_bad_direction)(text),
        RowProblem::BadNumber { column, text } => number((s.row_not_number)(column, text)),
        RowProblem::ExtraFields { found, expected } => {
            number((s.row_extra_fields)(*found, *expected))
        }
        RowProblem::BadPeriod(PeriodError::Unrecognised(text)) => period((s.row_not_period)(text)),
        RowProblem::BadPeriod(PeriodError::NoWeek53 { year }) => period((s.row_no_week_53)(*year)),
        RowProblem::PeriodYear(found) => period((s.row_period_year)(&found.to_string())),
        RowProblem::WrongPeriodKind {
            metric,
            period: found,
            expected,
        } => period((s.row_wrong_kind)(
            &found.to_string(),
            metric,
            names::period_kind_name(s, *expected),
        )),
        RowProblem::ConflictingTarget {
            metric,
            stored_direction,
            stored_target,
            direction,
            target,
        } => (s.row_conflicting_target)(
            metric,
            &format!("{stored_direction} {stored_target}"),
            &format!("{direction} {target}"),
        ),
    };
    (s.row_line)(e.line, &reason)
}

fn file_error(t: &Texts, e: &SlaCsvError) -> String {
    let why = match e {
        SlaCsvError::Csv(e) => csv_problem(t, e),
        SlaCsvError::MissingColumns(names) => (t.csv_missing_columns)(&names.join(", ")),
    };
    format!("{} {why}", t.slm.csv_not_read)
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
        read_chosen(&ev, move |text| {
            let text = text.unwrap_or_default();
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
    let import = move |()| {
        let Some(p) = plan.get_untracked() else {
            return;
        };
        let outcome = state.workspace.with_untracked(|ws| {
            measured("dsv:sla-apply", || {
                sla_csv::apply_import(&ws.services, &p.rows, fresh_id)
            })
        });
        let c = outcome.counts;
        let stored = state.apply(WorkspaceEdit::PutServices(outcome.changed), Save::Now);
        plan.set(None);
        if stored.is_ok() {
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
                <FilePicker id="import-sla" accept=".csv,text/csv" label=Signal::derive(move || texts().slm.import_csv) on_file/>
                <button on:click=export>{move || texts().slm.export_csv}</button>
            </div>
            {move || problem.get().map(|p| view! { <p class="notice notice-error" role="alert">{p}</p> })}
            {move || done.get().map(|d| view! { <p class="notice" role="status">{move || texts().slm.csv_imported}" "{d}</p> })}
            {move || plan.get().map(|p| {
                let t = texts();
                let good = p.rows.len();
                let summary = (t.slm.csv_summary)(good, p.errors.len());
                let problems = p.errors.iter().map(|e| row_error(t, e)).collect();
                view! {
                    <GoodRowsChoice summary good problems on_import=import on_cancel=move |()| plan.set(None)/>
                }
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slm::{Direction, Period, PeriodKind};
    use crate::i18n::Lang;
    use crate::storage::csv::CsvError;

    fn told(lang: Lang, line: usize, problem: RowProblem) -> String {
        row_error(lang.texts(), &RowError { line, problem })
    }

    #[test]
    fn every_row_problem_is_told_in_the_language_of_the_page() {
        let week: Period = "2026-W05".parse().unwrap();
        let problems = || {
            vec![
                RowProblem::Empty { column: "metric" },
                RowProblem::BadDirection("=>".into()),
                RowProblem::BadNumber {
                    column: "achieved",
                    text: "n/a".into(),
                },
                RowProblem::ExtraFields {
                    found: 9,
                    expected: 8,
                },
                RowProblem::BadPeriod(PeriodError::Unrecognised("2026-13".into())),
                RowProblem::BadPeriod(PeriodError::NoWeek53 { year: 2026 }),
                RowProblem::WrongPeriodKind {
                    metric: "Availability".into(),
                    period: week,
                    expected: PeriodKind::Month,
                },
                RowProblem::ConflictingTarget {
                    metric: "Availability".into(),
                    stored_direction: Direction::AtLeast,
                    stored_target: 99.5,
                    direction: Direction::AtMost,
                    target: 4.0,
                },
            ]
        };
        let en: Vec<String> = problems()
            .into_iter()
            .map(|p| told(Lang::En, 8, p))
            .collect();
        assert_eq!(en[0], "Line 8: column “metric” is empty.");
        assert_eq!(en[1], "Line 8: direction “=>” is not >= or <=.");
        assert!(
            en[2].starts_with(
                "Line 8: Enter a number such as 99.5. (achieved “n/a” is not a number"
            ),
            "{}",
            en[2]
        );
        assert!(
            en[3].contains("the row has 9 fields but the header has 8"),
            "{}",
            en[3]
        );
        assert!(
            en[4].starts_with("Line 8: Enter a period such as 2026-01")
                && en[4].contains("(“2026-13” is not a month"),
            "{}",
            en[4]
        );
        assert!(en[5].ends_with("(2026 has no ISO week 53)"), "{}", en[5]);
        assert!(
            en[6].ends_with(
                "(2026-W05 is not a period of the kind of target “Availability”: Month)"
            ),
            "{}",
            en[6]
        );
        assert_eq!(
            en[7],
            "Line 8: target “Availability” is >= 99.5, but this row says <= 4."
        );
        // No English is left in the other languages' reasons.
        for lang in [Lang::Es, Lang::Ru] {
            for (problem, english) in problems().into_iter().zip(&en) {
                let text = told(lang, 8, problem);
                assert_ne!(&text, english);
                for word in [
                    "is empty",
                    "is not",
                    "fields but",
                    "has no",
                    "the kind of",
                    "this row says",
                ] {
                    assert!(!text.contains(word), "{lang:?}: {text}");
                }
            }
        }
        assert_eq!(
            told(Lang::Es, 3, RowProblem::Empty { column: "metric" }),
            "Línea 3: la columna «metric» está vacía."
        );
    }

    #[test]
    fn file_problems_are_told_in_the_language_of_the_page() {
        let es = Lang::Es.texts();
        assert_eq!(
            file_error(es, &SlaCsvError::Csv(CsvError::UnclosedQuote { line: 4 })),
            format!(
                "{} línea 4: un campo entre comillas nunca se cierra.",
                es.slm.csv_not_read
            )
        );
        assert_eq!(
            file_error(es, &SlaCsvError::MissingColumns(vec!["period", "achieved"])),
            format!("{} faltan columnas: period, achieved.", es.slm.csv_not_read)
        );
    }
}
