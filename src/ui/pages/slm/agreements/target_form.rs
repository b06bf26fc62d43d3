//! The form that adds a target to an agreement, or edits one.

use super::super::names;
use super::super::service_context::{choice, draft_problem, problem_view, Ctx, Problem};
use super::{input, Done};
use crate::domain::slm::{decimal_text, Direction, PeriodKind, ServiceEdit, Target, TargetDraft};
use crate::domain::Id;
use crate::i18n::Lang;
use crate::ui::fresh_id::fresh_id;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// The form that adds a target to `agreement`, or (with `existing`) edits one.
#[component]
pub(super) fn TargetForm(
    agreement: Id,
    done: Done,
    #[prop(optional)] existing: Option<Target>,
    #[prop(optional)] on_close: Option<Callback<()>>,
) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let prefix = existing.as_ref().map_or_else(
        || format!("tgt-new-{agreement}"),
        |t| format!("tgt-{}", t.id),
    );
    let dom = move |what: &str| format!("{prefix}-{what}");
    let sep = match state.lang.get_untracked() {
        Lang::En => '.',
        Lang::Es | Lang::Ru => ',',
    };
    let metric = RwSignal::new(
        existing
            .as_ref()
            .map(|t| t.metric.clone())
            .unwrap_or_default(),
    );
    let unit = RwSignal::new(
        existing
            .as_ref()
            .map(|t| t.unit.clone())
            .unwrap_or_default(),
    );
    let direction = RwSignal::new(
        existing
            .as_ref()
            .map_or(Direction::AtLeast, |t| t.direction),
    );
    let value = RwSignal::new(
        existing
            .as_ref()
            .map(|t| decimal_text(t.target, sep))
            .unwrap_or_default(),
    );
    let warning = RwSignal::new(
        existing
            .as_ref()
            .and_then(|t| t.warning)
            .map(|w| decimal_text(w, sep))
            .unwrap_or_default(),
    );
    let kind = RwSignal::new(existing.as_ref().map(|t| t.period_kind).unwrap_or_default());
    // The metric of the target being edited (none when adding one).
    let editing_metric = existing.as_ref().map(|t| t.metric.clone());
    let edit_id = existing.as_ref().map(|t| t.id.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = state.lang.get_untracked();
        let t = lang.texts().slm;
        let draft = TargetDraft {
            metric: metric.get_untracked(),
            unit: unit.get_untracked(),
            direction: direction.get_untracked(),
            value: value.get_untracked(),
            warning: warning.get_untracked(),
            period_kind: kind.get_untracked(),
        };
        let target = match draft.parse(edit_id.clone().unwrap_or_else(|| fresh_id("tgt"))) {
            Ok(target) => target,
            Err(e) => {
                problem.set(Some(draft_problem(t, &e)));
                return;
            }
        };
        let edit = if edit_id.is_some() {
            ServiceEdit::UpdateTarget(target)
        } else {
            ServiceEdit::AddTarget {
                agreement: agreement.clone(),
                target,
            }
        };
        if ctx.apply_explained(edit, problem, lang) {
            done.set(Some(|t| t.target_saved));
            if edit_id.is_none() {
                metric.set(String::new());
                value.set(String::new());
                warning.set(String::new());
            }
            if let Some(close) = on_close {
                close.run(());
            }
        }
    };
    let heading_id = dom("title");
    let labelled_by = heading_id.clone();
    let is_edit = editing_metric.is_some();
    let heading = {
        let editing = editing_metric.clone();
        move || match &editing {
            Some(m) => (texts().slm.edit_target)(m),
            None => texts().slm.add_target.to_owned(),
        }
    };
    view! {
        <form aria-labelledby=labelled_by on:submit=submit>
            <h4 id=heading_id>{heading}</h4>
            {problem_view(problem)}
            <div class="form-grid">
                {input(dom("metric"), |t| t.target_metric, "text", metric)}
                {input(dom("unit"), |t| t.target_unit, "text", unit)}
                <div class="field">
                    <label for=dom("dir")>{move || texts().slm.target_direction}</label>
                    {choice(dom("dir"), &Direction::ALL, names::direction_symbol, direction)}
                </div>
                {input(dom("value"), |t| t.target_value, "text", value)}
                {input(dom("warning"), |t| t.target_warning, "text", warning)}
                <div class="field">
                    <label for=dom("kind")>{move || texts().slm.target_period_kind}</label>
                    {choice(dom("kind"), &PeriodKind::ALL, names::period_kind_name, kind)}
                </div>
            </div>
            <div class="actions">
                <button type="submit">{move || if is_edit { texts().slm.save_changes } else { texts().slm.add_target }}</button>
                {on_close.map(|close| view! {
                    <button type="button" on:click=move |_| close.run(())>{move || texts().slm.cancel}</button>
                })}
            </div>
        </form>
    }
}
