//! What the sections of a service's page share: the service and how to change it
//! ([`Ctx`]), the problem shown after a form ([`Problem`]) and a small `<select>`
//! builder. Kept apart from the page so that no section imports the page back.

use super::apply;
use crate::domain::slm::{DraftError, Service, ServiceEdit, ServiceEditError};
use crate::domain::Id;
use crate::i18n::SlmTexts;
use crate::ui::problem_text::{agreement_problem, target_problem};
use crate::ui::state::{use_texts, AppState};
use leptos::prelude::*;

/// A problem to show after a form, in the reader's language.
pub(super) type Problem = RwSignal<Option<&'static str>>;

/// The problem of a form in an element with role="alert", when there is one.
pub(super) fn problem_view(problem: Problem) -> impl IntoView {
    move || {
        problem
            .get()
            .map(|p| view! { <p class="notice notice-error" role="alert">{p}</p> })
    }
}

/// The service and how to change it, for the sections of the page.
#[derive(Clone, Copy)]
pub(super) struct Ctx {
    pub(super) state: AppState,
    pub(super) id: StoredValue<Id>,
    pub(super) service: Memo<Option<Service>>,
}

impl Ctx {
    /// Applies `edit`; on refusal sets `problem`. True when applied.
    pub(super) fn apply(&self, edit: ServiceEdit, problem: Problem) -> bool {
        let id = self.id.get_value();
        let ok = apply(self.state, &id, edit).is_ok();
        problem.set((!ok).then(|| self.state.lang.get_untracked().texts().slm.edit_refused));
        ok
    }

    /// Applies `edit` to the service and saves; a refused edit changes nothing.
    pub(super) fn try_apply(&self, edit: ServiceEdit) -> Result<(), ServiceEditError> {
        let id = self.id.get_value();
        apply(self.state, &id, edit)
    }
}

/// A `<select>` over the values `all` (a domain `ALL` list), named by `name`, writing the chosen value.
pub(super) fn choice<T: Copy + PartialEq + Send + Sync + 'static>(
    id: impl Into<String>,
    all: &'static [T],
    name: fn(&crate::i18n::SlmTexts, T) -> &'static str,
    chosen: RwSignal<T>,
) -> impl IntoView {
    let texts = use_texts();
    let id: String = id.into();
    view! {
        <select id=id on:change=move |ev| {
            if let Some(v) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| all.get(i)) {
                chosen.set(*v);
            }
        }>
            {all.iter().enumerate().map(|(i, v)| {
                let v = *v;
                view! {
                    <option value=i.to_string() prop:selected=move || chosen.get() == v>{move || name(texts().slm, v)}</option>
                }
            }).collect_view()}
        </select>
    }
}

pub(super) use crate::domain::slm::parse_form_date as parse_date;

/// Why a form's draft does not parse, in the reader's language.
pub(super) fn draft_problem(t: &SlmTexts, e: &DraftError) -> &'static str {
    match e {
        DraftError::IntervalNotANumber => t.agreement_interval_invalid,
        DraftError::Agreement(e) => agreement_problem(t, e),
        DraftError::TargetValueNotANumber => t.target_value_invalid,
        DraftError::WarningNotANumber => t.target_warning_invalid,
        DraftError::Target(e) => target_problem(t, e),
        DraftError::ServiceHours => t.avail_bad_hours,
        DraftError::Outage => t.avail_bad_outage,
    }
}
