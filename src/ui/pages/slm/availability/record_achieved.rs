//! The button that records the achieved % of the chosen target's completed periods.

use super::super::now;
use super::super::service_context::{problem_view, Ctx, Problem};
use crate::domain::slm::{achieved_values, ServiceEdit, Target};
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// Records the achieved % of target `current`; `recorded` is how many were recorded.
#[component]
pub(super) fn RecordAchieved(
    current: Memo<Option<Target>>,
    recorded: RwSignal<Option<usize>>,
) -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let record = move |_| {
        recorded.set(None);
        problem.set(None);
        let Some(target) = current.get_untracked() else {
            return;
        };
        let values = achieved_values(&target, now());
        if values.is_empty() {
            problem.set(Some(texts().slm.avail_nothing_to_record));
            return;
        }
        let mut count = 0;
        for value in values {
            let edit = ServiceEdit::RecordValue {
                target: target.id.clone(),
                period: value.period,
                achieved: value.achieved,
            };
            if !ctx.apply(edit, problem) {
                break;
            }
            count += 1;
        }
        recorded.set(Some(count));
    };
    view! {
        <p class="hint">{move || texts().slm.avail_record_hint}</p>
        <div class="actions">
            <button type="button" on:click=record>{move || texts().slm.avail_record}</button>
        </div>
        {problem_view(problem)}
        {move || recorded.get().map(|n| view! { <p role="status">{move || (texts().slm.avail_recorded)(n)}</p> })}
    }
}
