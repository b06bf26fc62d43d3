//! The form that adds an outage (planned or not) to the chosen target.

use super::super::service_context::{draft_problem, problem_view, Ctx, Problem};
use crate::domain::slm::{OutageDraft, ServiceEdit, Target};
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// Adds an outage to target `current`.
#[component]
pub(super) fn OutageForm(current: Memo<Option<Target>>) -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let planned = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = current.with_untracked(|t| t.as_ref().map(|t| t.id.clone())) else {
            return;
        };
        let draft = OutageDraft {
            start: start.get_untracked(),
            end: end.get_untracked(),
            planned: planned.get_untracked(),
        };
        let outage = match draft.parse() {
            Ok(outage) => outage,
            Err(e) => {
                problem.set(Some(draft_problem(texts().slm, &e)));
                return;
            }
        };
        if ctx.apply(ServiceEdit::AddOutage { target, outage }, problem) {
            start.set(String::new());
            end.set(String::new());
            planned.set(false);
        }
    };
    view! {
        <form class="card" on:submit=add>
            <h3>{move || texts().slm.avail_outages}</h3>
            {problem_view(problem)}
            <div class="form-grid">
                <div class="field">
                    <label for="av-start">{move || texts().slm.avail_outage_start}</label>
                    <input id="av-start" type="datetime-local" prop:value=move || start.get() on:input=move |ev| start.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="av-end">{move || texts().slm.avail_outage_end}</label>
                    <input id="av-end" type="datetime-local" prop:value=move || end.get() on:input=move |ev| end.set(event_target_value(&ev))/>
                </div>
                <label class="inline-check wide">
                    <input type="checkbox" prop:checked=move || planned.get() on:change=move |ev| planned.set(event_target_checked(&ev))/>
                    {move || texts().slm.avail_outage_planned}
                </label>
            </div>
            <button type="submit">{move || texts().slm.avail_add_outage}</button>
        </form>
    }
}
