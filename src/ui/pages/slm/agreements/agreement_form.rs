//! The form that adds an agreement to the page's service, or edits one.

use super::super::names;
use super::super::service_context::{choice, draft_problem, problem_view, Ctx, Problem};
use super::{input, Done};
use crate::domain::slm::{Agreement, AgreementDraft, AgreementKind, AgreementStatus, ServiceEdit};
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::fresh_id::fresh_id;
use crate::ui::state::{use_state, use_texts};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The form that adds an agreement, or (with `existing`) edits one.
#[component]
pub(super) fn AgreementForm(
    done: Done,
    #[prop(optional)] existing: Option<Agreement>,
    #[prop(optional)] on_close: Option<Callback<()>>,
) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let prefix = existing
        .as_ref()
        .map_or_else(|| "agr-new".to_owned(), |a| format!("agr-{}", a.id));
    let dom = move |what: &str| format!("{prefix}-{what}");
    let date_text = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|a| a.name.clone())
            .unwrap_or_default(),
    );
    let kind = RwSignal::new(existing.as_ref().map_or(AgreementKind::Sla, |a| a.kind));
    let status = RwSignal::new(existing.as_ref().map(|a| a.status).unwrap_or_default());
    let start = RwSignal::new(
        existing
            .as_ref()
            .and_then(|a| date_text(a.start))
            .unwrap_or_default(),
    );
    let end = RwSignal::new(
        existing
            .as_ref()
            .and_then(|a| date_text(a.end))
            .unwrap_or_default(),
    );
    let interval = RwSignal::new(existing.as_ref().map_or_else(
        || "12".to_owned(),
        |a| {
            a.review_interval_months
                .map(|m| m.to_string())
                .unwrap_or_default()
        },
    ));
    let parties = RwSignal::new(
        existing
            .as_ref()
            .map(|a| a.parties.join("\n"))
            .unwrap_or_default(),
    );
    // The name of the agreement being edited (none when adding one).
    let editing_name = existing.as_ref().map(|a| a.name.clone());
    let edit_id = existing.as_ref().map(|a| a.id.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = state.lang.get_untracked();
        let t = lang.texts().slm;
        let typed = name.get_untracked();
        let draft = AgreementDraft {
            name: if typed.trim().is_empty() && edit_id.is_none() {
                t.new_agreement.to_owned()
            } else {
                typed
            },
            kind: kind.get_untracked(),
            status: status.get_untracked(),
            start: start.get_untracked(),
            end: end.get_untracked(),
            interval: interval.get_untracked(),
            parties: parties.get_untracked(),
        };
        let a = match draft.parse(edit_id.clone().unwrap_or_else(|| fresh_id("agr"))) {
            Ok(a) => a,
            Err(e) => {
                problem.set(Some(draft_problem(t, &e)));
                return;
            }
        };
        let edit = if edit_id.is_some() {
            ServiceEdit::UpdateAgreement(a)
        } else {
            ServiceEdit::AddAgreement(a)
        };
        if ctx.apply_explained(edit, problem, lang) {
            done.set(Some(|t| t.agreement_saved));
            if edit_id.is_none() {
                name.set(String::new());
                parties.set(String::new());
            }
            if let Some(close) = on_close {
                close.run(());
            }
        }
    };
    let heading_id = dom("title");
    let labelled_by = heading_id.clone();
    let is_edit = editing_name.is_some();
    let heading = {
        let editing = editing_name.clone();
        move || match &editing {
            Some(n) => (texts().slm.edit_agreement)(n),
            None => texts().slm.add_agreement.to_owned(),
        }
    };
    view! {
        <form class="card" aria-labelledby=labelled_by on:submit=submit>
            <h3 id=heading_id>{heading}</h3>
            {problem_view(problem)}
            <div class="form-grid">
                {input(dom("name"), |t| t.agreement_name, "text", name)}
                <div class="field">
                    <label for=dom("kind")>{move || texts().slm.agreement_kind}</label>
                    {choice(dom("kind"), &AgreementKind::ALL, names::agreement_kind, kind)}
                    <HelpLink concept=Concept::Agreements key=dom("kind")/>
                </div>
                <div class="field">
                    <label for=dom("status")>{move || texts().slm.agreement_status}</label>
                    {choice(dom("status"), &AgreementStatus::ALL, names::agreement_status, status)}
                </div>
                {input(dom("start"), |t| t.agreement_start, "date", start)}
                {input(dom("end"), |t| t.agreement_end, "date", end)}
                {input(dom("interval"), |t| t.agreement_interval, "number", interval)}
                <div class="field">
                    <label for=dom("parties")>{move || texts().slm.agreement_parties}</label>
                    <textarea id=dom("parties") rows="2" prop:value=move || parties.get() on:input=move |ev| parties.set(event_target_value(&ev))/>
                </div>
            </div>
            <div class="actions">
                <button type="submit">{move || if is_edit { texts().slm.save_changes } else { texts().slm.add_agreement }}</button>
                {on_close.map(|close| view! {
                    <button type="button" on:click=move |_| close.run(())>{move || texts().slm.cancel}</button>
                })}
            </div>
        </form>
    }
}
