//! Header with navigation and language picker, and the footer.

use super::pages;
use super::route::Route;
use super::state::{use_state, use_texts};
use super::update_notice::UpdateNotice;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The header: product name, main navigation, language; under it, the notice of a
/// new version when one is waiting.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let route = expect_context::<ReadSignal<Route>>();
    let links = Route::NAV
        .into_iter()
        .map(|target| {
            let href = target.href();
            let current = target.clone();
            view! {
                <li>
                    <a
                        href=href
                        aria-current=move || {
                            let here = route.get();
                            let inside = matches!(
                                (&here, &current),
                                (Route::Journey(_) | Route::Personas | Route::Persona(_), Route::Journeys)
                                    | (Route::Survey(..) | Route::Kiosk(_), Route::Kano)
                                    | (
                                        Route::Service(_) | Route::ServiceReport(_) | Route::Improvements | Route::TicketSlas,
                                        Route::ServiceLevels
                                    )
                                    | (Route::Learn(_), Route::Learn(_))
                            );
                            (here == current || inside).then_some("page")
                        }
                    >
                        {move || pages::title(&target, texts())}
                    </a>
                </li>
            }
        })
        .collect_view();
    let on_lang = move |ev| {
        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
            state.set_lang(lang);
        }
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <a class="brand-name" href="#/">{move || texts().app_name}</a>
                <span class="tagline">{move || texts().tagline}</span>
            </div>
            <nav aria-label=move || texts().nav_label>
                <ul class="nav-list">{links}</ul>
            </nav>
            <label class="lang-picker">
                <span>{move || texts().language_label}</span>
                <select on:change=on_lang>
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <option
                                    value=lang.code()
                                    lang=lang.code()
                                    prop:selected=move || state.lang.get() == lang
                                >
                                    {lang.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </header>
        <UpdateNotice/>
    }
}

/// The footer: where the data lives.
#[component]
pub fn Footer() -> impl IntoView {
    let texts = use_texts();
    view! {
        <footer class="app-footer">
            <p>{move || texts().footer_privacy}</p>
        </footer>
    }
}
