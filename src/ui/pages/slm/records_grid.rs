//! The records grid of a service page: one table per period kind of the service's
//! targets, a row per period (newest first, the last 12 up to the current one, more on
//! request) and a column per target. Each cell records, changes or removes the achieved
//! value of its target in its period when committed (change, Enter, leaving the cell)
//! and shows the period's status by symbol and name. Only the rows shown are rendered,
//! and each cell follows its own value, so recording one value redraws one cell.

use super::charts::target_text;
use super::names;
use super::service_context::Ctx;
use super::today;
use crate::domain::slm::{
    cell_edit, decimal_text, grid_columns, grid_kinds, grid_periods, Attainment, GridColumn,
    Period, PeriodKind, ServiceEdit, GRID_PERIODS,
};
use crate::i18n::Lang;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The last message of a grid: a refused entry (an alert) or what was changed.
#[derive(Debug, Clone, PartialEq)]
enum Notice {
    Invalid(String),
    Done(String),
}

/// The decimal mark users of `lang` type.
fn separator(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Es | Lang::Ru => ',',
    }
}

/// The DOM id of a cell's input.
fn cell_id(column: &GridColumn, period: Period) -> String {
    format!("cell-{}-{period}", column.target)
}

/// Every records grid of the service, under one heading.
#[component]
pub(super) fn RecordsGrids() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let kinds = Memo::new(move |_| {
        ctx.service
            .with(|s| s.as_ref().map(grid_kinds).unwrap_or_default())
    });
    view! {
        <Show when=move || kinds.with(|k| !k.is_empty())>
            <section aria-labelledby="grid-title">
                <h2 id="grid-title">{move || texts().slm.grid_heading}</h2>
                <p class="hint">{move || texts().slm.grid_hint}</p>
                <For each=move || kinds.get() key=|k| *k children=move |kind| view! { <RecordsGrid kind/> }/>
            </section>
        </Show>
    }
}

/// The grid of the targets measured per `kind`.
#[component]
fn RecordsGrid(kind: PeriodKind) -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let count = RwSignal::new(GRID_PERIODS);
    let notice = RwSignal::new(None::<Notice>);
    let columns = Memo::new(move |_| {
        ctx.service.with(|s| {
            s.as_ref()
                .map(|s| grid_columns(s, kind))
                .unwrap_or_default()
        })
    });
    let periods = Memo::new(move |_| {
        let n = count.get();
        ctx.service.with(|s| {
            s.as_ref()
                .map(|s| grid_periods(s, kind, today(), n))
                .unwrap_or_default()
        })
    });
    let key = |c: &GridColumn| (c.target.clone(), c.name.clone());
    let message = move || {
        notice.get().map(|n| match n {
            Notice::Invalid(m) => {
                view! { <p class="notice notice-error" role="alert">{m}</p> }.into_any()
            }
            Notice::Done(m) => {
                view! { <p class="notice notice-status" role="status">{m}</p> }.into_any()
            }
        })
    };
    view! {
        <div class="records-grid">
            {message}
            <div class="table-scroll">
                <table class="records-grid">
                    <caption>{move || names::grid_caption(texts().slm, kind)}</caption>
                    <thead><tr>
                        <th scope="col">{move || texts().slm.col_period}</th>
                        <For each=move || columns.get() key=key children=move |c| view! { <ColumnHead column=c/> }/>
                    </tr></thead>
                    <tbody>
                        <For each=move || periods.get() key=|p| *p children=move |period| view! {
                            <tr>
                                <th scope="row">{period.to_string()}</th>
                                <For each=move || columns.get() key=key children=move |column| view! {
                                    <GridCell column period periods notice/>
                                }/>
                            </tr>
                        }/>
                    </tbody>
                </table>
            </div>
            <button type="button" on:click=move |_| count.update(|n| *n += GRID_PERIODS)>
                {move || texts().slm.grid_earlier}
            </button>
        </div>
    }
}

/// A column's heading: the target's name and goal ("≥ 99.5 %").
#[component]
fn ColumnHead(column: GridColumn) -> impl IntoView {
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let id = column.target.clone();
    let goal = move || {
        let lang = state.lang.get();
        ctx.service.with(|s| {
            s.as_ref()
                .and_then(|s| s.targets().find(|(_, t)| t.id == id))
                .map(|(_, t)| target_text(lang, t))
        })
    };
    view! {
        <th scope="col">{column.name}<br/><span class="meta">{goal}</span></th>
    }
}

/// One cell: the value of `column`'s target in `period`, editable, with its status.
#[component]
fn GridCell(
    column: GridColumn,
    period: Period,
    periods: Memo<Vec<Period>>,
    notice: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let column = StoredValue::new(column);
    let cell = Memo::new(move |_| {
        column.with_value(|c| {
            ctx.service.with(|s| {
                s.as_ref()
                    .and_then(|s| s.targets().find(|(_, t)| t.id == c.target))
                    .map(|(_, t)| {
                        let achieved = t.achieved(period);
                        (achieved, t.status_of(achieved))
                    })
                    .unwrap_or((None, Attainment::NoData))
            })
        })
    });
    let invalid = RwSignal::new(false);
    let text = move || {
        let sep = separator(state.lang.get());
        cell.with(|(a, _)| a.map(|v| decimal_text(v, sep)).unwrap_or_default())
    };
    let name = move || column.with_value(|c| c.name.clone());
    let label = move || (texts().slm.grid_cell_label)(&name(), &period.to_string());
    let commit = move |typed: String| {
        let t = texts().slm;
        let stored = cell.with_untracked(|c| c.0);
        let target = column.with_value(|c| c.target.clone());
        let p = period.to_string();
        match cell_edit(&target, period, stored, &typed) {
            Err(_) => {
                invalid.set(true);
                notice.set(Some(Notice::Invalid((t.grid_invalid)(
                    &name(),
                    &p,
                    typed.trim(),
                ))));
            }
            Ok(None) => {
                if invalid.get_untracked() {
                    invalid.set(false);
                    notice.set(None);
                }
            }
            Ok(Some(edit)) => {
                let done = match &edit {
                    ServiceEdit::RecordValue { achieved, .. } => (t.grid_recorded)(
                        &decimal_text(*achieved, separator(state.lang.get_untracked())),
                        &name(),
                        &p,
                    ),
                    _ => (t.grid_removed)(&name(), &p),
                };
                match ctx.try_apply(edit) {
                    Ok(()) => {
                        invalid.set(false);
                        notice.set(Some(Notice::Done(done)));
                    }
                    Err(_) => {
                        invalid.set(true);
                        notice.set(Some(Notice::Invalid(t.edit_refused.to_owned())));
                    }
                }
            }
        }
    };
    let move_to = move |step: isize| {
        let target = periods.with_untracked(|ps| {
            ps.iter()
                .position(|p| *p == period)
                .and_then(|i| i.checked_add_signed(step))
                .and_then(|i| ps.get(i).copied())
        });
        if let Some(next) = target {
            let id = column.with_value(|c| cell_id(c, next));
            if let Some(el) = document()
                .get_element_by_id(&id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        }
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            commit(event_target_value(&ev));
        }
        // Rows are newest first: up is the later period.
        "ArrowUp" => {
            ev.prevent_default();
            move_to(-1);
        }
        "ArrowDown" => {
            ev.prevent_default();
            move_to(1);
        }
        _ => {}
    };
    let id = column.with_value(|c| cell_id(c, period));
    let status_id = format!("{id}-status");
    let status = move || cell.with(|(_, s)| *s);
    view! {
        <td class=move || names::class(status())>
            <input id=id type="text" inputmode="decimal" size="7" autocomplete="off"
                aria-label=label
                aria-describedby=status_id.clone()
                aria-invalid=move || invalid.get().then_some("true")
                prop:value=text
                on:change=move |ev| commit(event_target_value(&ev))
                on:keydown=keydown/>
            <span class="cell-status" id=status_id>
                {move || {
                    let s = status();
                    (s != Attainment::NoData).then(|| format!("{} {}", names::symbol(s), names::status(texts().slm, s)))
                }}
            </span>
        </td>
    }
}
