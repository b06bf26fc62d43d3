//! One service in the list: its link, its parties and a delete button.

use crate::domain::{Id, WorkspaceEdit};
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts, Save};
use leptos::prelude::*;

/// What the list shows of a service.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct ServiceSummary {
    pub id: Id,
    pub name: String,
    pub provider: String,
    pub consumer: String,
}

/// One service of the list.
#[component]
pub(super) fn ServiceRow(service: ServiceSummary) -> impl IntoView {
    let ServiceSummary {
        id,
        name,
        provider,
        consumer,
    } = service;
    let state = use_state();
    let texts = use_texts();
    let href = Route::Service(id.to_string()).href();
    let delete = Callback::new(move |()| {
        let _ = state.apply(WorkspaceEdit::DeleteService(id.clone()), Save::Now);
    });
    let label = {
        let name = name.clone();
        Signal::derive(move || (texts().slm.delete_service)(&name))
    };
    let parties = [provider, consumer]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" → ");
    view! {
        <li class="journey-row">
            <div>
                <a href=href class="journey-link">{name.clone()}</a>
                <span class="meta">{parties}</span>
            </div>
            <div class="actions">
                <ConfirmDelete label on_confirm=delete/>
            </div>
        </li>
    }
}
