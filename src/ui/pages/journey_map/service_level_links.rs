//! Links from a journey to the service level pages of its services.

use crate::domain::journey::Journey;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// Links to the service level pages of the services named as the journey's service.
#[component]
pub(super) fn ServiceLevelLinks() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let journey = expect_context::<Memo<Option<Journey>>>();
    let services = Memo::new(move |_| {
        journey.with(|j| {
            j.as_ref()
                .map(|j| {
                    state.workspace.with(|ws| {
                        ws.services_of_journey(j)
                            .map(|s| (s.id.to_string(), s.name.clone()))
                            .collect::<Vec<_>>()
                    })
                })
                .unwrap_or_default()
        })
    });
    move || {
        services
            .get()
            .into_iter()
            .map(|(id, name)| {
                view! {
                    <a class="cross-link" href=Route::Service(id).href()>
                        {move || format!("{}: {name}", texts().learn.journey_service_levels)}
                    </a>
                }
            })
            .collect_view()
    }
}
