//! The page shown for a journey id that is not in the workspace.

use crate::ui::route::Route;
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// A journey that does not exist: a heading and the way back.
#[component]
pub(super) fn NotFound() -> impl IntoView {
    let texts = use_texts();
    view! {
        <h1 tabindex="-1">{move || texts().journey_not_found}</h1>
        <p><a href=Route::Journeys.href()>{move || texts().journey_back}</a></p>
    }
}
