//! The services, each with its link and a delete button.

use super::service_row::{ServiceRow, ServiceSummary};
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// The services with links and delete.
#[component]
pub(super) fn ServiceList() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let rows = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.services
                .iter()
                .map(|s| ServiceSummary {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    provider: s.provider.clone(),
                    consumer: s.consumer.clone(),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="service-list" aria-labelledby="services-title">
            <h2 id="services-title">{move || texts().slm.services_heading}</h2>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p class="empty">{move || texts().slm_empty}</p> }>
                <ul class="journey-list">
                    <For each=move || rows.get() key=|r| r.clone() children=move |service| {
                        view! { <ServiceRow service/> }
                    }/>
                </ul>
            </Show>
        </section>
    }
}
