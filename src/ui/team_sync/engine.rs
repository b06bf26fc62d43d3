//! The sync loop: in one tab of the browser (the lock in `storage::sync::local`), it
//! merges on the first connect, then pushes what changed here and pulls the server's
//! changes, long-polling while the page is visible and backing off while the server
//! is down. Every step reads the ledger again after each request, so a change made
//! meanwhile (in this tab or another) is never lost.

use super::SyncUi;
use crate::storage::sync::conflict::LocalWrite;
use crate::storage::sync::http::{Client, HttpError};
use crate::storage::sync::local::{self, Problem, SyncStatus};
use crate::storage::sync::merge;
use crate::storage::sync::remote_doc::Saved;
use crate::storage::sync::revisions::{RemoteOutcome, SyncLedger};
use crate::storage::BrowserStore;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Documents per `_bulk_docs` request.
const PUSH_BATCH: usize = 500;
/// How often a tab that does not sync looks whether it should.
const FOLLOW_MS: i32 = 3_000;
/// The wait between pulls while the page is hidden (a local change still wakes it).
const HIDDEN_MS: i32 = 30_000;
/// The longest wait between retries while the server is down.
const MAX_BACKOFF_MS: i32 = 30_000;

/// Why one round stopped.
enum Stop {
    Http(HttpError),
    /// Local storage refused the server's documents, or an unsaved edit is in the way.
    Local,
}

impl From<HttpError> for Stop {
    fn from(e: HttpError) -> Self {
        Self::Http(e)
    }
}

thread_local! {
    static WAKE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Ends the current [`sleep`] now.
pub(super) fn wake_sleep() {
    if let Some(resolve) = WAKE.with(|w| w.borrow_mut().take()) {
        let _ = resolve.call0(&JsValue::NULL);
    }
}

/// Waits `ms`, or less when [`wake_sleep`] is called.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
        WAKE.with(|w| *w.borrow_mut() = Some(resolve));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}

/// Runs until the user disconnects (or connects anew: `generation` is then old).
/// Without a `client` (no password in this tab), it only shows whether another tab
/// syncs.
pub(super) async fn run(state: AppState, ui: SyncUi, client: Option<Client>, generation: u64) {
    let Ok(store) = BrowserStore::open() else {
        return;
    };
    let tab = ui.tab.get_value();
    let can_sync = client.is_some();
    let heartbeat = {
        let (store, tab) = (store, tab.clone());
        Closure::<dyn Fn()>::new(move || {
            if can_sync && ui.running(generation) && !ui.other_tab.get_untracked() {
                local::claim(&store, &tab, js_sys::Date::now());
            }
        })
    };
    let timer = web_sys::window().and_then(|w| {
        w.set_interval_with_callback_and_timeout_and_arguments_0(
            heartbeat.as_ref().unchecked_ref(),
            FOLLOW_MS,
        )
        .ok()
    });
    let mut backoff = 1_000;
    while ui.running(generation) && local::load_config(&store).is_some() {
        if !local::claim(&store, &tab, js_sys::Date::now()) {
            // Another tab syncs; this one shows that, and the conflicts.
            if !ui.other_tab.get_untracked() {
                ui.other_tab.set(true);
            }
            set_status(&ui, SyncStatus::Synced);
            refresh_lists(&ui, &store);
            sleep(FOLLOW_MS).await;
            continue;
        }
        if ui.other_tab.get_untracked() {
            ui.other_tab.set(false);
        }
        let Some(client) = &client else {
            local::release(&store, &tab);
            set_status(&ui, SyncStatus::Error(Problem::NoPassword));
            sleep(FOLLOW_MS).await;
            continue;
        };
        match round(&state, &ui, client, &store).await {
            Ok(()) | Err(Stop::Http(HttpError::Aborted)) => backoff = 1_000,
            Err(stop) => {
                if !ui.running(generation) {
                    break;
                }
                let waiting = local::load_ledger(&store).map_or(0, |l| l.waiting());
                set_status(&ui, status_of(&stop, waiting, client.endpoint().db()));
                sleep(backoff).await;
                backoff = (backoff * 2).min(MAX_BACKOFF_MS);
            }
        }
    }
    if let (Some(w), Some(t)) = (web_sys::window(), timer) {
        w.clear_interval_with_handle(t);
    }
    drop(heartbeat);
    if ui.running(generation) {
        ui.status.set(None);
    }
}

fn status_of(stop: &Stop, waiting: usize, db: &str) -> SyncStatus {
    match stop {
        Stop::Http(HttpError::Unreachable | HttpError::Aborted) => SyncStatus::Offline { waiting },
        Stop::Http(HttpError::Unauthorized) => SyncStatus::Error(Problem::Unauthorized),
        Stop::Http(HttpError::Forbidden) => SyncStatus::Error(Problem::Forbidden),
        Stop::Http(HttpError::NotFound) => SyncStatus::Error(Problem::NoDatabase(db.to_owned())),
        Stop::Http(HttpError::Status(code, _)) => SyncStatus::Error(Problem::Server(*code)),
        Stop::Http(HttpError::Protocol(_)) => SyncStatus::Error(Problem::Protocol),
        Stop::Local => SyncStatus::Error(Problem::LocalStorage),
    }
}

fn set_status(ui: &SyncUi, status: SyncStatus) {
    if ui.status.get_untracked().as_ref() != Some(&status) {
        ui.status.set(Some(status));
    }
}

/// Shows the ledger's conflicts and unreadable documents.
fn refresh_lists(ui: &SyncUi, store: &BrowserStore) {
    let ledger = local::load_ledger(store).unwrap_or_default();
    ui.show_lists(&ledger);
}

fn save(store: &BrowserStore, ledger: &SyncLedger) -> Result<(), Stop> {
    local::save_ledger(store, ledger).map_err(|_| Stop::Local)
}

/// One round: merge (first connect), push, pull.
async fn round(
    state: &AppState,
    ui: &SyncUi,
    client: &Client,
    store: &BrowserStore,
) -> Result<(), Stop> {
    state.save();
    if local::load_ledger(store).is_none() {
        set_status(ui, SyncStatus::Syncing);
        first_connect(state, client, store).await?;
    }
    push(ui, client, store).await?;
    let ledger = local::load_ledger(store).unwrap_or_default();
    let waiting = ledger.to_push(
        &local::read_docs(store, ledger.dirty_ids())
            .map_err(|_| Stop::Local)?
            .docs,
    );
    if waiting.is_empty() {
        set_status(ui, SyncStatus::Synced);
    }
    refresh_lists(ui, store);
    pull(state, ui, client, store, waiting.is_empty() && visible()).await?;
    refresh_lists(ui, store);
    if !visible() {
        sleep(HIDDEN_MS).await;
    }
    Ok(())
}

/// The first connect: the whole database merged by id with what is here.
async fn first_connect(
    state: &AppState,
    client: &Client,
    store: &BrowserStore,
) -> Result<(), Stop> {
    let changes = client.changes(None, false).await?;
    state.save();
    let docs = local::all_docs(store).map_err(|_| Stop::Local)?;
    let plan = merge::first_connect(&docs.docs, &changes);
    if !state.apply_synced(&plan.writes) {
        return Err(Stop::Local);
    }
    save(store, &plan.ledger)?;
    Ok(())
}

/// Pushes every changed document; refused writes come back as conflicts.
async fn push(ui: &SyncUi, client: &Client, store: &BrowserStore) -> Result<(), Stop> {
    let ledger = local::load_ledger(store).unwrap_or_default();
    let docs = local::read_docs(store, ledger.dirty_ids()).map_err(|_| Stop::Local)?;
    let mut outgoing = docs.to_push(&ledger);
    let saved = Saved {
        by: Some(client.user().to_owned()),
        at: Some(String::from(js_sys::Date::new_0().to_iso_string())),
    };
    for doc in outgoing.iter_mut().filter(|d| !d.deleted) {
        doc.saved = saved.clone();
    }
    let mut refused = false;
    for batch in outgoing.chunks(PUSH_BATCH) {
        set_status(ui, SyncStatus::Syncing);
        let results = client.bulk_docs(batch).await?;
        let mut ledger = local::load_ledger(store).ok_or(Stop::Local)?;
        let ids = batch.iter().map(|d| d.id.as_str());
        let now = local::read_docs(store, ids).map_err(|_| Stop::Local)?;
        let outcome = ledger.apply_push(batch, &results, &now.docs);
        save(store, &ledger)?;
        refused |= !outcome.refused.is_empty();
        for id in outcome.to_fetch {
            let doc = client.doc(&id).await?;
            let mut ledger = local::load_ledger(store).ok_or(Stop::Local)?;
            let here = local::read_docs(store, [id.as_str()]).map_err(|_| Stop::Local)?;
            // The document is changed here, so this records a conflict (or, with
            // the same content on both sides, takes the server's revision).
            let _ = ledger.apply_remote(&doc, &here.docs);
            save(store, &ledger)?;
        }
    }
    if refused {
        return Err(Stop::Http(HttpError::Forbidden));
    }
    Ok(())
}

/// Pulls the server's changes since the last pull and takes them in.
async fn pull(
    state: &AppState,
    ui: &SyncUi,
    client: &Client,
    store: &BrowserStore,
    longpoll: bool,
) -> Result<(), Stop> {
    let since = local::load_ledger(store).and_then(|l| l.last_seq);
    let changes = client.changes(since.as_ref(), longpoll).await?;
    if changes.results.is_empty() {
        if let Some(mut ledger) = local::load_ledger(store) {
            ledger.last_seq = Some(changes.last_seq);
            save(store, &ledger)?;
        }
        return Ok(());
    }
    set_status(ui, SyncStatus::Syncing);
    state.save();
    let mut ledger = local::load_ledger(store).ok_or(Stop::Local)?;
    let ids = changes.results.iter().map(|c| c.id.as_str());
    let docs = local::read_docs(store, ids).map_err(|_| Stop::Local)?;
    let outcome = ledger.apply_pull(&changes, &docs.docs);
    // A document unreadable here is not overwritten (the repository leaves it).
    let writes: Vec<LocalWrite> = outcome.writes;
    if !state.apply_synced(&writes) {
        return Err(Stop::Local);
    }
    save(store, &ledger)?;
    // Revisions the server itself holds in conflict: a conflict with the server's
    // current version, when the document changed here too.
    for (id, _) in outcome.server_conflicts {
        if ledger.entry(&id).is_some_and(|e| e.dirty) {
            let doc = client.doc(&id).await?;
            let mut ledger = local::load_ledger(store).ok_or(Stop::Local)?;
            let here = local::read_docs(store, [id.as_str()]).map_err(|_| Stop::Local)?;
            if let RemoteOutcome::Take(write) = ledger.apply_remote(&doc, &here.docs) {
                if !state.apply_synced(&[write]) {
                    return Err(Stop::Local);
                }
            }
            save(store, &ledger)?;
        }
    }
    Ok(())
}
