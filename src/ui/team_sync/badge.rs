//! The sync status, always visible while connected: synced, syncing, offline with
//! the changes waiting, or the error and its reason. It never blocks the page.

use super::use_sync;
use crate::i18n::SyncTexts;
use crate::storage::sync::local::{Problem, SyncStatus};
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// The badge's words for `status`.
fn status_text(status: &SyncStatus, t: &SyncTexts) -> String {
    match status {
        SyncStatus::Synced => t.synced.into(),
        SyncStatus::Syncing => t.syncing.into(),
        SyncStatus::Offline { waiting } => (t.offline)(*waiting),
        SyncStatus::Error(problem) => (t.error)(&problem_text(problem, t)),
    }
}

fn problem_text(problem: &Problem, t: &SyncTexts) -> String {
    match problem {
        Problem::NoPassword => t.password_again.into(),
        Problem::Unauthorized => t.unauthorized.into(),
        Problem::Forbidden => t.forbidden.into(),
        Problem::NoDatabase(db) => (t.no_database)(db),
        Problem::Server(code) => (t.server_error)(*code),
        Problem::Protocol => t.not_couchdb.into(),
        Problem::LocalStorage => t.local_storage.into(),
    }
}

/// The status badge (nothing while not connected).
#[component]
pub fn SyncBadge() -> impl IntoView {
    let sync = use_sync();
    let texts = use_texts();
    move || {
        sync.status.get().map(|status| {
            let t = texts().sync;
            let class = match status {
                SyncStatus::Synced => "sync-badge synced",
                SyncStatus::Syncing => "sync-badge syncing",
                SyncStatus::Offline { .. } => "sync-badge offline",
                SyncStatus::Error(_) => "sync-badge error",
            };
            let text = if sync.other_tab.get() {
                t.other_tab.to_owned()
            } else {
                status_text(&status, t)
            };
            view! {
                <div class=class role="status" aria-label=t.badge_label>
                    <a href="#/settings">{text}</a>
                </div>
            }
        })
    }
}
