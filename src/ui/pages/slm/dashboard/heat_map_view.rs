//! The heat map table: its first rows at once, the rest on request (see the
//! dashboard's module doc for the plan).

use super::heat_rows;
use crate::domain::slm::HeatMap;
use crate::i18n::Lang;
use crate::ui::deferred::first_paint;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// Heat-map rows shown before "show all".
const FIRST_ROWS: usize = 25;

/// The heat map of `map`: its first rows at once, the rest on request.
///
/// The frame that shows the dashboard lays out and paints only the rows the window
/// has room for ([`heat_rows::rows_in_view`]); the rest of the first rows are added in
/// the task after that frame, and "show all" adds the others below them. A change of
/// language rebuilds the rows shown.
#[component]
pub(super) fn HeatMapView(map: HeatMap) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    if map.rows.is_empty() {
        return view! { <p class="empty">{move || texts().slm.no_targets}</p> }.into_any();
    }
    let total = map.rows.len();
    let map = StoredValue::new(map);
    // A large workspace shows its first rows at once and the rest on request, so the
    // dashboard opens quickly.
    let shown = RwSignal::new(FIRST_ROWS.min(total));
    let painted = first_paint();
    // The language and the number of rows in the body.
    let built = StoredValue::new(None::<(Lang, usize)>);
    let body = NodeRef::<leptos::html::Tbody>::new();
    Effect::new(move |_| {
        let t = texts();
        let lang = state.lang.get();
        let shown = shown.get();
        let painted = painted.get();
        let Some(body) = body.get() else {
            return;
        };
        let (replace, from) = match built.get_value() {
            Some((built_lang, rows)) if built_lang == lang => (false, rows),
            _ => (true, 0),
        };
        let to = if painted {
            shown
        } else {
            heat_rows::rows_in_view(&body).min(shown)
        };
        if !replace && to <= from {
            return;
        }
        let filled = map.with_value(|map| heat_rows::fill(&body, map, from..to, t, lang, replace));
        if filled.is_ok() {
            built.set_value(Some((lang, to)));
        } else {
            body.set_text_content(Some(t.slm.no_targets));
            built.set_value(None);
        }
    });
    let heads = map.with_value(|m| {
        m.periods
            .iter()
            .map(|p| view! { <th scope="col">{p.to_string()}</th> })
            .collect_view()
    });
    view! {
        <div class="table-scroll">
            <table class="heat-map">
                <caption>{move || texts().slm.heat_caption}</caption>
                <thead><tr>
                    <th scope="col">{move || texts().slm.heat_target}</th>
                    {heads}
                    <th scope="col">{move || texts().slm.heat_share}</th>
                </tr></thead>
                <tbody node_ref=body></tbody>
            </table>
        </div>
        <Show when=move || { shown.get() < total }>
            <button on:click=move |_| shown.set(total)>{move || (texts().slm.show_all_targets)(total)}</button>
        </Show>
        <p class="hint">{move || texts().slm.heat_legend}</p>
    }
    .into_any()
}
