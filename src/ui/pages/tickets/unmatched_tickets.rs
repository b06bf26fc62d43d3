//! What an evaluation could not use: tickets matching no definition (counted), and
//! tickets matched but too long to count in business time (named, as a warning).

use crate::domain::tickets::{BusinessTimeError, Evaluations, Unmatched};
use crate::i18n::format_number;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;
use std::sync::Arc;

/// Tickets that cannot be counted named one by one, at most.
const UNCOUNTABLE_SHOWN: usize = 20;

/// The notes under the report controls for the tickets `evaluations` left out.
#[component]
pub(super) fn UnmatchedTickets(evaluations: Memo<Arc<Evaluations>>) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let unmatched = move || {
        let n = evaluations.with(|e| {
            e.unmatched
                .iter()
                .filter(|(_, why)| !why.is_matched())
                .count()
        });
        (n > 0).then(|| view! { <p>{(texts().tickets.unmatched)(n)}</p> })
    };
    let uncountable = move || {
        let t = texts();
        let lang = state.lang.get();
        let (items, total) = evaluations.with(|e| {
            // The ids only: the evaluation changes whenever the tickets do.
            state.workspace.with_untracked(|ws| {
                let mut items = Vec::new();
                let mut total = 0;
                for (index, why) in &e.unmatched {
                    let Unmatched::Uncountable(BusinessTimeError::TooLong { days }) = why else {
                        continue;
                    };
                    total += 1;
                    if items.len() < UNCOUNTABLE_SHOWN {
                        let id = ws.tickets.tickets().get(*index).map_or("", |t| t.id());
                        items.push((t.tickets.too_long)(
                            id,
                            &format_number(lang, *days as f64, 0),
                        ));
                    }
                }
                (items, total)
            })
        });
        (total > 0).then(|| {
            let more = total - items.len();
            view! {
                <div role="alert" class="notice notice-error">
                    <ul>{items.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    {(more > 0).then(|| view! { <p>{(t.tickets.too_long_more)(more)}</p> })}
                </div>
            }
        })
    };
    view! { {unmatched} {uncountable} }
}
