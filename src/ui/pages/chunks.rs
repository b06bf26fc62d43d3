//! The workspaces' code, each in a wasm chunk of its own, fetched when first opened.
//!
//! The first download holds the shell, the home page, the trainer's guide and what
//! every page shares (state, storage, sync, texts); the journeys, the Kano surveys,
//! the service levels and the settings each live behind one split point, in the
//! workbench's binary (`src/main.rs`, see [`Chunks`]). The build (`.ci/split-wasm`)
//! cuts the wasm at these points. Within a workspace, pages after the first render at
//! once: the chunk is loaded and the split function's future is ready when polled.
//!
//! A chunk that cannot be fetched (offline before this build was ever cached, or a
//! deploy that replaced it on the server) shows a message and a retry button in
//! place of the page, and nothing else is affected: a failed load is not
//! remembered, so the retry fetches again.

use super::super::app::focus_arrived_page;
use super::super::deferred::after_next_frame;
use super::super::route::Route;
use super::super::state::use_texts;
use super::super::state::AppState;
use super::super::team_sync::{use_sync, SyncUi};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

/// A workspace's chunk could not be fetched or instantiated (the loader logs why
/// to the console).
#[derive(Debug)]
pub struct ChunkUnavailable;

impl From<SplitLoaderError> for ChunkUnavailable {
    fn from(_: SplitLoaderError) -> Self {
        Self
    }
}

/// Which chunk a page's code is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    /// The customer journeys: the list, a map, its presentation, shared journeys
    /// and personas ([`journeys_view`]).
    Journeys,
    /// The Kano surveys: the list, a survey's tabs, its presentation, kiosk mode and
    /// the questionnaire of an old-form link served here ([`kano_view`]).
    Kano,
    /// The service levels: the dashboard, a service, its report, improvements and
    /// ticket SLAs ([`slm_view`]).
    Slm,
    /// Settings: language, backups, import, the example workspace and team sync
    /// ([`settings_view`]).
    Settings,
}

/// A future that stays on the page's thread.
pub type LocalFuture<T> = Pin<Box<dyn Future<Output = T>>>;

/// The split points, which live in the workbench's binary (`src/main.rs`): there,
/// and only there, the pages of a chunk are called, so the respondent page's binary,
/// which shares this library, carries none of them.
#[derive(Clone, Copy)]
pub struct Chunks {
    /// Loads `chunk` if need be, then renders the page of `route` from it.
    pub page: fn(Chunk, Route) -> LocalFuture<Result<AnyView, ChunkUnavailable>>,
    /// Loads `chunk` if need be.
    pub preload: fn(Chunk) -> LocalFuture<Result<(), ChunkUnavailable>>,
    /// Loads the team sync's chunk if need be, then resumes syncing
    /// ([`SyncUi::resume`]).
    pub resume_sync: fn(AppState, SyncUi) -> LocalFuture<Result<(), ChunkUnavailable>>,
    /// Loads the team sync's chunk if need be, then renders its status badge and
    /// conflict dialog ([`team_sync::views`](crate::ui::team_sync::views)).
    pub sync_views: fn() -> LocalFuture<Result<AnyView, ChunkUnavailable>>,
}

static CHUNKS: OnceLock<Chunks> = OnceLock::new();

/// Sets the split points, once, before the app mounts.
pub(crate) fn install(chunks: Chunks) {
    let _ = CHUNKS.set(chunks);
}

/// The installed split points; none before [`install`] (nothing loads then).
fn installed() -> Result<&'static Chunks, ChunkUnavailable> {
    CHUNKS.get().ok_or(ChunkUnavailable)
}

async fn load(chunk: Chunk, route: Route) -> Result<AnyView, ChunkUnavailable> {
    (installed()?.page)(chunk, route).await
}

/// Fetches `chunk`'s code, for a warm-up before its first visit.
pub(super) async fn preload(chunk: Chunk) -> Result<(), ChunkUnavailable> {
    (installed()?.preload)(chunk).await
}

/// Resumes the team sync from its chunk (see [`SyncUi::provide`]).
pub(crate) async fn resume_sync(state: AppState, ui: SyncUi) -> Result<(), ChunkUnavailable> {
    (installed()?.resume_sync)(state, ui).await
}

/// The team sync's badge and conflict dialog while this device is connected,
/// from the sync's chunk (nothing while it loads or if it cannot be fetched).
#[component]
pub(crate) fn SyncViews() -> impl IntoView {
    let sync = use_sync();
    let connected = Memo::new(move |_| sync.status.with(Option::is_some));
    move || {
        connected.get().then(|| {
            let load = SendWrapper::new(async { (installed()?.sync_views)().await });
            Suspend::new(async move { load.await.ok() })
        })
    }
}

/// A page of the journeys' chunk: call it from that chunk's split point only.
pub fn journeys_view(route: Route) -> AnyView {
    super::journeys_view(route)
}

/// A page of the Kano surveys' chunk: call it from that chunk's split point only.
pub fn kano_view(route: Route) -> AnyView {
    super::kano_view(route)
}

/// A page of the service levels' chunk: call it from that chunk's split point only.
pub fn slm_view(route: Route) -> AnyView {
    super::slm_view(route)
}

/// The settings' chunk's page: call it from that chunk's split point only.
pub fn settings_view(route: Route) -> AnyView {
    super::settings_view(route)
}

/// The page for `route` from `chunk`: at once when the chunk is loaded, else a
/// loading note until it is, or a message with a retry button if it cannot be.
pub(super) fn page_in(chunk: Chunk, route: Route) -> AnyView {
    let attempt = RwSignal::new(0u32);
    let texts = use_texts();
    // Whether the loading note was shown: the page then arrives after the app moved
    // focus for the navigation, and takes it over (see `focus_arrived_page`).
    let waited = Arc::new(AtomicBool::new(false));
    let note_shown = waited.clone();
    let page = move || {
        attempt.track();
        // The loader's futures are not `Send`; this one stays on the page's thread.
        let load = SendWrapper::new(load(chunk, route.clone()));
        let waited = waited.clone();
        Suspend::new(async move {
            let page = match load.await {
                Ok(page) => page,
                Err(ChunkUnavailable) => unavailable(attempt).into_any(),
            };
            if waited.load(Ordering::Relaxed) {
                after_next_frame(focus_arrived_page);
            }
            page
        })
    };
    view! {
        <Suspense fallback=move || {
            note_shown.store(true, Ordering::Relaxed);
            view! { <p class="page-loading" role="status">{move || texts().page_loading}</p> }
        }>
            {page}
        </Suspense>
    }
    .into_any()
}

/// Says that the page's code could not be fetched, with a button to try again.
fn unavailable(attempt: RwSignal<u32>) -> impl IntoView {
    let texts = use_texts();
    view! {
        <section class="page-unavailable">
            <h1 tabindex="-1">{move || texts().page_unavailable_title}</h1>
            <p role="alert">{move || texts().page_unavailable_body}</p>
            <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                {move || texts().page_unavailable_retry}
            </button>
        </section>
    }
}
