//! Storage messages: problems in `role="alert"` regions, confirmations in the
//! `role="status"` region.

use super::download::download_text;
use super::state::{use_state, use_texts, Status};
use crate::storage::{ReadError, SaveError};
use leptos::prelude::*;

/// Every storage message, shown under the header on every page.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();

    let unavailable = move || {
        (!state.storage_available).then(|| {
            view! { <div class="notice notice-error" role="alert"><p>{texts().storage_unavailable}</p></div> }
        })
    };

    let save_problem = move || {
        let problem = state.save_problem.get()?;
        let t = texts();
        let body = match problem {
            SaveError::QuotaFull => view! {
                <p>{t.quota_full}</p>
                <div class="actions">
                    <button on:click=move |_| state.save()>{t.retry_save}</button>
                </div>
            }
            .into_any(),
            SaveError::Conflict => view! {
                <p>{t.conflict}</p>
                <div class="actions">
                    <button on:click=move |_| state.use_other_tab()>{t.use_other_tab}</button>
                    <button on:click=move |_| state.keep_this_tab()>{t.keep_this_tab}</button>
                </div>
            }
            .into_any(),
            SaveError::Blocked { .. } => view! { <p>{t.blocked_by_unreadable}</p> }.into_any(),
            other => view! {
                <p>{(t.save_failed)(&other.to_string())}</p>
                <div class="actions">
                    <button on:click=move |_| state.save()>{t.retry_save}</button>
                </div>
            }
            .into_any(),
        };
        Some(view! { <div class="notice notice-error" role="alert">{body}</div> })
    };

    let settings_problem = move || {
        let problem = state.settings_problem.get()?;
        let t = texts();
        let text = match &problem {
            SaveError::QuotaFull => t.settings_not_remembered.to_owned(),
            SaveError::Blocked { .. } => t.blocked_by_unreadable.to_owned(),
            other => (t.save_failed)(&other.to_string()),
        };
        Some(view! {
            <div class="notice notice-error" role="alert">
                <p>{text}</p>
                <div class="actions">
                    <button on:click=move |_| state.retry_settings()>{t.retry_save}</button>
                </div>
            </div>
        })
    };

    let unreadable = move || {
        let list = state.unreadable.get();
        if list.is_empty() {
            return None;
        }
        let entries = list
            .into_iter()
            .map(|entry| view! { <UnreadableEntry key=entry.key error=entry.error raw=entry.raw/> })
            .collect_view();
        Some(view! {
            <div class="notice notice-error" role="alert">
                <h2>{move || texts().unreadable_title}</h2>
                <p>{move || texts().unreadable_help}</p>
                <ul class="unreadable-list">{entries}</ul>
            </div>
        })
    };

    let status = move || {
        let t = texts();
        state.status.get().map(|status| {
            let text = match status {
                Status::Imported => t.import_done,
                Status::Reset => t.reset_done,
                Status::UpdatedFromOtherTab => t.updated_from_other_tab,
            };
            view! {
                <p>
                    {text}
                    " "
                    <button class="link-button" on:click=move |_| state.status.set(None)>
                        {t.dismiss}
                    </button>
                </p>
            }
        })
    };

    view! {
        <div class="notices">
            {unavailable}
            {unreadable}
            {save_problem}
            {settings_problem}
            <div class="notice notice-status" role="status">{status}</div>
        </div>
    }
}

/// One unreadable entry with its download and discard actions.
#[component]
fn UnreadableEntry(key: String, error: ReadError, raw: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let confirming = RwSignal::new(false);
    let file_name = format!("{}.txt", key.replace(':', "-"));
    let line = {
        let key = key.clone();
        move || {
            let t = texts();
            let reason = match &error {
                ReadError::Corrupt(_) => t.unreadable_corrupt.to_owned(),
                ReadError::TooNew { found } => (t.unreadable_too_new)(*found),
                ReadError::Unmigratable { .. } => t.unreadable_unmigratable.to_owned(),
                ReadError::Invalid(_) => t.unreadable_invalid.to_owned(),
            };
            (t.unreadable_entry)(&key, &reason)
        }
    };
    let discard_key = key.clone();
    view! {
        <li>
            <code>{line}</code>
            <div class="actions">
                <button on:click=move |_| {
                    let _ = download_text(&file_name, "text/plain;charset=utf-8", &raw);
                }>{move || texts().download_raw}</button>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button on:click=move |_| confirming.set(true)>{move || texts().discard}</button>
                    }
                >
                    {
                        let discard_key = discard_key.clone();
                        view! {
                            <button class="danger" on:click=move |_| state.discard_unreadable(&discard_key)>
                                {move || texts().discard_confirm}
                            </button>
                            <button on:click=move |_| confirming.set(false)>{move || texts().cancel}</button>
                        }
                    }
                </Show>
            </div>
        </li>
    }
}
