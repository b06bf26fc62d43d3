//! One agreement of the page's service: its details, review due date, targets (each
//! editable and deletable) and the form that adds a target.

use super::super::charts::target_text;
use super::super::names;
use super::super::service_context::Ctx;
use super::super::today;
use super::agreement_form::AgreementForm;
use super::target_form::TargetForm;
use super::Done;
use crate::domain::slm::{review_due, Agreement, Service, ServiceEdit};
use crate::domain::Id;
use crate::i18n::format_date;
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// Record counts of the live service: of target `id`, or of every target of agreement
/// `id` (with the number of targets).
fn counts(ctx: Ctx, agreement: Option<&Id>, target: Option<&Id>) -> (usize, usize) {
    ctx.service.with(|s| {
        s.as_ref().map_or((0, 0), |s| {
            let ts: Vec<_> = s
                .targets()
                .filter(|(a, t)| Some(&a.id) == agreement || Some(&t.id) == target)
                .collect();
            (ts.len(), ts.iter().map(|(_, t)| t.records.len()).sum())
        })
    })
}

/// The card of `agreement`.
#[component]
pub(super) fn AgreementCard(agreement: Agreement, service: Service, done: Done) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let editing = RwSignal::new(false);
    let editing_target = RwSignal::new(None::<Id>);
    let due = review_due(&service, &agreement, today());
    let lang = state.lang;
    let agreement_id = agreement.id.clone();
    let name = agreement.name.clone();
    let delete_label = {
        let name = name.clone();
        Signal::derive(move || (texts().slm.delete_agreement)(&name))
    };
    let delete_warning = {
        let name = name.clone();
        let id = agreement_id.clone();
        Signal::derive(move || {
            let (targets, records) = counts(ctx, Some(&id), None);
            (texts().slm.confirm_delete_agreement)(&name, targets, records)
        })
    };
    let delete = {
        let id = agreement_id.clone();
        Callback::new(move |()| {
            if ctx
                .try_apply(ServiceEdit::DeleteAgreement(id.clone()))
                .is_ok()
            {
                done.set(Some(|t| t.agreement_deleted));
            }
        })
    };
    let edit_label = {
        let name = name.clone();
        move || (texts().slm.edit_agreement)(&name)
    };
    let form_agreement = agreement.clone();
    let targets = agreement.targets.clone();
    let edit_targets = StoredValue::new(agreement.targets.clone());
    let target_rows = targets
        .into_iter()
        .map(|t| {
            let goal = target_text(lang.get_untracked(), &t);
            let warn = t
                .warning
                .map(|w| crate::i18n::format_number(lang.get_untracked(), w, 2))
                .unwrap_or_default();
            let k = t.period_kind;
            let id = t.id.clone();
            let metric = t.metric.clone();
            let edit_label = {
                let metric = metric.clone();
                move || (texts().slm.edit_target)(&metric)
            };
            let del_label = {
                let metric = metric.clone();
                Signal::derive(move || (texts().slm.delete_target)(&metric))
            };
            let del_warning = {
                let metric = metric.clone();
                let id = id.clone();
                Signal::derive(move || {
                    let (_, records) = counts(ctx, None, Some(&id));
                    (texts().slm.confirm_delete_target)(&metric, records)
                })
            };
            let delete = {
                let id = id.clone();
                Callback::new(move |()| {
                    if ctx.try_apply(ServiceEdit::DeleteTarget(id.clone())).is_ok() {
                        done.set(Some(|t| t.target_deleted));
                    }
                })
            };
            view! {
                <tr>
                    <th scope="row">{t.metric.clone()}</th>
                    <td>{goal}</td>
                    <td>{warn}</td>
                    <td>{move || names::period_kind_name(texts().slm, k)}</td>
                    <td class="row-actions">
                        <button type="button" aria-label=edit_label on:click=move |_| {
                            done.set(None);
                            editing_target.set(Some(id.clone()));
                        }>{move || texts().slm.edit}</button>
                        <ConfirmDelete label=del_label warning=del_warning on_confirm=delete/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let target_form = move || {
        editing_target.get().and_then(|id| {
            edit_targets
                .with_value(|ts| ts.iter().find(|t| t.id == id).cloned())
                .map(|t| {
                    let close = Callback::new(move |()| editing_target.set(None));
                    let agreement = agreement_id.clone();
                    view! { <TargetForm agreement existing=t done on_close=close/> }
                })
        })
    };
    let add_target_to = agreement.id.clone();
    view! {
        <article class="card agreement">
            <h3>{agreement.name.clone()}</h3>
            <p class="meta">
                {move || names::agreement_kind(texts().slm, agreement.kind)}
                " · "
                {move || names::agreement_status(texts().slm, agreement.status)}
                {(!agreement.parties.is_empty()).then(|| format!(" · {}", agreement.parties.join(", ")))}
            </p>
            {due.map(|d| view! {
                <p class=if d.is_due { "notice notice-error" } else { "hint" } role=if d.is_due { "alert" } else { "note" }>
                    {move || (texts().slm.review_due)(&format_date(lang.get(), d.due), d.is_due)}
                </p>
            })}
            <div class="actions">
                <button type="button" aria-label=edit_label aria-expanded=move || editing.get().to_string()
                    on:click=move |_| { done.set(None); editing.update(|e| *e = !*e); }>
                    {move || texts().slm.edit}
                </button>
                <ConfirmDelete label=delete_label warning=delete_warning on_confirm=delete/>
            </div>
            {move || editing.get().then(|| {
                let close = Callback::new(move |()| editing.set(false));
                view! { <AgreementForm done existing=form_agreement.clone() on_close=close/> }
            })}
            <table>
                <caption>{move || texts().slm.targets_heading}</caption>
                <thead><tr>
                    <th scope="col">{move || texts().slm.target_metric}</th>
                    <th scope="col">{move || texts().slm.target_value}</th>
                    <th scope="col">{move || texts().slm.target_warning}</th>
                    <th scope="col">{move || texts().slm.target_period_kind}</th>
                    <th scope="col">{move || texts().slm.col_actions}</th>
                </tr></thead>
                <tbody>{target_rows}</tbody>
            </table>
            {target_form}
            <TargetForm agreement=add_target_to done/>
        </article>
    }
}
