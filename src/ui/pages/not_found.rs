//! The view for an address that matches no page.

use crate::ui::route::Route;
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// "Page not found", with a way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <h1 tabindex="-1">{move || texts().not_found_title}</h1>
        <p>{move || texts().not_found_body}</p>
        <p><a href=Route::Home.href()>{move || texts().go_home}</a></p>
    }
}
