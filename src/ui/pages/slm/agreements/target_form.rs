//! The form that adds a target to an agreement, or edits one.

use super::super::names::{self, index_of};
use super::super::service_context::{choice, problem_view, Ctx, Problem};
use super::{input, Done};
use crate::domain::slm::{decimal_text, parse_decimal, Direction, ServiceEdit, Target};
use crate::domain::Id;
use crate::i18n::Lang;
use crate::ui::fresh_id::fresh_id;
use crate::ui::problem_text::target_problem;
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
            .map_or(0, |t| usize::from(t.direction == Direction::AtMost)),
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
    let kind = RwSignal::new(
        existing
            .as_ref()
            .map_or(0, |t| index_of(&names::PERIOD_KINDS, &t.period_kind)),
    );
    let editing = existing.as_ref().map(|t| (t.id.clone(), t.metric.clone()));
    let edit_id = editing.as_ref().map(|(id, _)| id.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = state.lang.get_untracked();
        let t = lang.texts().slm;
        let Ok(target) = parse_decimal(&value.get_untracked()) else {
            problem.set(Some(t.target_value_invalid));
            return;
        };
        let warn = warning.get_untracked();
        let warn = if warn.trim().is_empty() {
            None
        } else {
            match parse_decimal(&warn) {
                Ok(w) => Some(w),
                Err(_) => {
                    problem.set(Some(t.target_warning_invalid));
                    return;
                }
            }
        };
        let direction = Direction::ALL
            .get(direction.get_untracked())
            .copied()
            .unwrap_or(Direction::AtLeast);
        let kind = names::PERIOD_KINDS
            .get(kind.get_untracked())
            .copied()
            .unwrap_or_default();
        let target = match Target::new(
            edit_id.clone().unwrap_or_else(|| fresh_id("tgt")),
            metric.get_untracked(),
            unit.get_untracked(),
            direction,
            target,
            warn,
            kind,
        ) {
            Ok(target) => target,
            Err(e) => {
                problem.set(Some(target_problem(t, &e)));
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
    let is_edit = editing.is_some();
    let heading = {
        let editing = editing.clone();
        move || match &editing {
            Some((_, m)) => (texts().slm.edit_target)(m),
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
                    <select id=dom("dir") on:change=move |ev| direction.set(event_target_value(&ev).parse().unwrap_or(0))>
                        <option value="0" prop:selected=move || direction.get() == 0>"≥"</option>
                        <option value="1" prop:selected=move || direction.get() == 1>"≤"</option>
                    </select>
                </div>
                {input(dom("value"), |t| t.target_value, "text", value)}
                {input(dom("warning"), |t| t.target_warning, "text", warning)}
                <div class="field">
                    <label for=dom("kind")>{move || texts().slm.target_period_kind}</label>
                    {choice(dom("kind"), 3, |t, i| t.period_kinds[i], kind)}
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
