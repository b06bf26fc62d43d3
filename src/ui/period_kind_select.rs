//! The `<select>` of a period kind (month, ISO week, quarter), used wherever figures
//! are grouped by period.

use crate::domain::slm::PeriodKind;
use crate::ui::labels::period_kind_name;
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// A `<select>` over [`PeriodKind::ALL`] writing the chosen kind into `kind`. Its
/// accessible name comes from the `<label>` it is placed in.
#[component]
pub fn PeriodKindSelect(kind: RwSignal<PeriodKind>) -> impl IntoView {
    let texts = use_texts();
    view! {
        <select on:change=move |ev| {
            if let Some(k) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| PeriodKind::ALL.get(i)) {
                kind.set(*k);
            }
        }>
            {PeriodKind::ALL.into_iter().enumerate().map(|(i, k)| view! {
                <option value=i.to_string() prop:selected=move || kind.get() == k>{move || period_kind_name(texts().slm, k)}</option>
            }).collect_view()}
        </select>
    }
}
