//! The journeys whose service is the page's one.

use super::super::service_context::Ctx;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// The journeys whose service is this one, each a link to its map.
#[component]
pub(super) fn ServiceJourneys() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let journeys = Memo::new(move |_| {
        ctx.service.with(|s| {
            s.as_ref()
                .map(|s| {
                    state.workspace.with(|ws| {
                        ws.journeys_of_service(s)
                            .map(|j| (j.id.to_string(), j.name.clone()))
                            .collect::<Vec<_>>()
                    })
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section aria-labelledby="service-journeys-title">
            <h2 id="service-journeys-title">{move || texts().learn.service_journeys_heading}</h2>
            {move || {
                let list = journeys.get();
                if list.is_empty() {
                    view! { <p class="empty">{move || texts().learn.service_no_journeys}</p> }.into_any()
                } else {
                    view! {
                        <ul>
                            {list.into_iter().map(|(id, name)| view! {
                                <li><a href=Route::Journey(id).href()>{name}</a></li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
