//! The agreements of a service page with their targets: add, edit (a form prefilled
//! with the current values) and delete (after a confirmation that says what else goes).
//! Each component is in a file of its own.

mod agreement_card;
mod agreement_form;
mod target_form;

use super::service_context::{Ctx, Problem};
use crate::domain::slm::{Service, ServiceEdit, ServiceEditError, ServiceError};
use crate::i18n::{Lang, SlmTexts};
use crate::ui::problem_text::{agreement_problem, target_problem};
use crate::ui::state::use_texts;
use agreement_card::AgreementCard;
use agreement_form::AgreementForm;
use leptos::prelude::*;

/// What was saved or deleted last, shown in role="status" above the cards (which are
/// rebuilt when the service changes).
type Done = RwSignal<Option<fn(&SlmTexts) -> &'static str>>;

/// Why the service refused an edit, in words the user can act on.
fn refusal(t: &SlmTexts, e: &ServiceEditError) -> &'static str {
    match e {
        ServiceEditError::Invalid(ServiceError::Agreement { error, .. }) => {
            agreement_problem(t, error)
        }
        ServiceEditError::Invalid(ServiceError::Target { error, .. }) => target_problem(t, error),
        _ => t.edit_refused,
    }
}

impl Ctx {
    /// Applies `edit`; on refusal puts the reason in `problem`. True when applied.
    pub(super) fn apply_explained(&self, edit: ServiceEdit, problem: Problem, lang: Lang) -> bool {
        match self.try_apply(edit) {
            Ok(()) => {
                problem.set(None);
                true
            }
            Err(e) => {
                problem.set(Some(refusal(lang.texts().slm, &e)));
                false
            }
        }
    }
}

/// The service without what the agreement cards do not show (records, satisfaction,
/// improvements), so recording a value does not rebuild them.
fn outline(s: &Service) -> Service {
    let mut s = s.clone();
    for a in &mut s.agreements {
        for t in &mut a.targets {
            t.records.clear();
            t.availability = None;
        }
    }
    s.satisfaction.clear();
    s.improvements.clear();
    s
}

#[component]
pub(super) fn Agreements() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let done: Done = RwSignal::new(None);
    let shown = Memo::new(move |_| ctx.service.with(|s| s.as_ref().map(outline)));
    let list = move || {
        shown.get().map(|s| {
            if s.agreements.is_empty() {
                return view! { <p class="empty">{texts().slm.no_agreements}</p> }.into_any();
            }
            s.agreements
                .iter()
                .map(|a| view! { <AgreementCard agreement=a.clone() service=s.clone() done/> })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <section aria-labelledby="agreements-title">
            <h2 id="agreements-title">{move || texts().slm.agreements_heading}</h2>
            {move || done.get().map(|f| view! { <p class="notice notice-status" role="status">{f(texts().slm)}</p> })}
            {list}
            <AgreementForm done/>
        </section>
    }
}

/// A labelled text input bound to `value`.
pub(super) fn input(
    id: String,
    label: fn(&SlmTexts) -> &'static str,
    kind: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    let texts = use_texts();
    view! {
        <div class="field">
            <label for=id.clone()>{move || label(texts().slm)}</label>
            <input id=id type=kind prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}
