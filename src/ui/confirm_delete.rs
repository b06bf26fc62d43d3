//! A delete button that asks once more before it deletes.

use crate::ui::state::use_texts;
use leptos::prelude::*;

/// "Delete" (named by `label` for assistive technology), then "Delete for good" and
/// "Cancel". `warning`, when given, says what will be lost.
#[component]
pub fn ConfirmDelete(
    label: Signal<String>,
    #[prop(optional)] warning: Option<Signal<String>>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let texts = use_texts();
    let confirming = RwSignal::new(false);
    view! {
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button class="danger" on:click=move |_| confirming.set(true) aria-label=move || label.get()>
                    {move || texts().delete}
                </button>
            }
        >
            {warning.map(|w| view! { <p role="alert">{move || w.get()}</p> })}
            <button class="danger" on:click=move |_| on_confirm.run(())>{move || texts().delete_confirm}</button>
            <button on:click=move |_| confirming.set(false)>{move || texts().cancel}</button>
        </Show>
    }
}
