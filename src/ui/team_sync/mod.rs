//! Team sync in the page (issue 19): the shared [`SyncUi`] state, started from the
//! stored settings at load; the loop (`engine`), the Settings section
//! ([`settings`]), the status badge ([`badge`]) and the conflict dialog
//! ([`conflicts`]). The protocol and bookkeeping live in `storage::sync`.

pub mod badge;
pub mod conflicts;
mod engine;
pub mod settings;

use crate::storage::sync::conflict::Conflict;
use crate::storage::sync::endpoint::Endpoint;
use crate::storage::sync::http::{self, Client};
use crate::storage::sync::local::{self, SyncStatus};
use crate::storage::sync::remote_doc::ForeignReason;
use crate::storage::sync::revisions::SyncLedger;
use crate::storage::sync::secret;
use crate::storage::BrowserStore;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What the page shows of the sync; cheap to copy, provided as context.
#[derive(Clone, Copy)]
pub struct SyncUi {
    /// `None` while not connected (the badge is hidden).
    pub status: RwSignal<Option<SyncStatus>>,
    /// True when another tab of this browser syncs (this one shows its status).
    pub other_tab: RwSignal<bool>,
    /// Conflicts waiting for the user.
    pub conflicts: RwSignal<Vec<Conflict>>,
    /// Server documents the app cannot read, left alone.
    pub foreign: RwSignal<Vec<(String, ForeignReason)>>,
    /// Bumped by every start and stop: a loop of an older generation ends.
    generation: StoredValue<u64>,
    /// This tab's name in the lock.
    tab: StoredValue<String>,
}

impl SyncUi {
    /// Creates the sync state and, when this device has sync settings, fetches the
    /// sync's code (its own chunk: most workspaces never sync) and resumes syncing.
    /// Should that code not arrive, nothing syncs in this page and every edit stays
    /// stored here, to be pushed by the next page that loads it.
    pub fn provide(state: AppState) -> Self {
        let ui = Self {
            status: RwSignal::new(None),
            other_tab: RwSignal::new(false),
            conflicts: RwSignal::new(Vec::new()),
            foreign: RwSignal::new(Vec::new()),
            generation: StoredValue::new(0),
            tab: StoredValue::new(format!("{:016x}", crate::ui::fresh_id::random_u64())),
        };
        provide_context(ui);
        let configured = BrowserStore::open().is_ok_and(|store| local::has_config(&store));
        if configured {
            leptos::task::spawn_local(async move {
                let _ = crate::ui::pages::chunks::resume_sync(state, ui).await;
            });
        }
        let _ = window_event_listener(leptos::ev::pagehide, move |_| ui.release());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| wake());
        ui
    }

    /// Resumes syncing from the stored settings when the password is known (else
    /// shows that it is needed), and shows the stored conflicts and unreadable
    /// documents. Runs in the sync's chunk: call it from its split point only.
    pub fn resume(self, state: AppState) {
        let Ok(store) = BrowserStore::open() else {
            return;
        };
        let Some(config) = local::load_config(&store) else {
            return;
        };
        let endpoint = Endpoint::new(&config.server, &config.db);
        // Without the password this tab still shows whether another one syncs.
        let client = match (endpoint, secret::load()) {
            (Ok(endpoint), Some(password)) => Some(Client::new(endpoint, &config.user, &password)),
            _ => None,
        };
        self.start(state, client);
        if let Some(ledger) = local::load_ledger(&store) {
            self.show_lists(&ledger);
        }
    }

    /// Starts the loop with `client` (stopping any running one).
    pub fn start(&self, state: AppState, client: Option<Client>) {
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        self.status.set(Some(SyncStatus::Syncing));
        wake();
        let ui = *self;
        leptos::task::spawn_local(engine::run(state, ui, client, generation));
    }

    /// Stops syncing and forgets the settings, the password and the ledger; every
    /// local document stays.
    pub fn disconnect(&self) {
        self.generation.update_value(|g| *g += 1);
        wake();
        self.release();
        if let Ok(store) = BrowserStore::open() {
            local::forget(&store);
        }
        secret::forget();
        self.status.set(None);
        self.other_tab.set(false);
        self.conflicts.set(Vec::new());
        self.foreign.set(Vec::new());
    }

    /// Shows `ledger`'s conflicts and unreadable documents, where they changed.
    fn show_lists(&self, ledger: &SyncLedger) {
        let conflicts: Vec<_> = ledger.conflicts().cloned().collect();
        if self.conflicts.with_untracked(|c| *c != conflicts) {
            self.conflicts.set(conflicts);
        }
        let foreign: Vec<_> = ledger
            .foreign()
            .map(|(id, why)| (id.clone(), why.clone()))
            .collect();
        if self.foreign.with_untracked(|f| *f != foreign) {
            self.foreign.set(foreign);
        }
    }

    fn running(&self, generation: u64) -> bool {
        self.generation.try_get_value() == Some(generation)
    }

    fn release(&self) {
        if let Ok(store) = BrowserStore::open() {
            local::release(&store, &self.tab.get_value());
        }
    }
}

/// The status badge and the conflict dialog, shown while connected. In the sync's
/// chunk: call it from its split point only.
pub fn views() -> AnyView {
    view! {
        <badge::SyncBadge/>
        <conflicts::ConflictDialog/>
    }
    .into_any()
}

/// The sync state from context.
pub fn use_sync() -> SyncUi {
    expect_context::<SyncUi>()
}

/// Something changed here (or the page became visible): cut the long poll or the
/// wait short, so the change is pushed now.
pub fn wake() {
    http::abort_poll();
    engine::wake_sleep();
}
