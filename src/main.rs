//! Browser entry point of the workbench: `trunk build` compiles this to WebAssembly.
//!
//! The split points of the workspaces' chunks live here, not in the library: the
//! respondent page's binary (`src/bin/answer.rs`) links the same library and must
//! carry none of the workbench's pages. `.ci/split-wasm` cuts the wasm at these
//! points; in a native build they are plain calls.

use dsv_studio::ui::pages::chunks::{
    journeys_view, kano_view, settings_view, slm_view, Chunk, ChunkUnavailable, Chunks, LocalFuture,
};
use dsv_studio::ui::route::Route;
use dsv_studio::ui::state::AppState;
use dsv_studio::ui::team_sync::{self, SyncUi};
use leptos::prelude::AnyView;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

#[wasm_split(journeys, fallible, wasm_split_path = leptos::wasm_split, preload(journeys_preload))]
fn journeys_page(route: Route) -> Result<AnyView, ChunkUnavailable> {
    Ok(journeys_view(route))
}

#[wasm_split(kano, fallible, wasm_split_path = leptos::wasm_split, preload(kano_preload))]
fn kano_page(route: Route) -> Result<AnyView, ChunkUnavailable> {
    Ok(kano_view(route))
}

#[wasm_split(slm, fallible, wasm_split_path = leptos::wasm_split, preload(slm_preload))]
fn slm_page(route: Route) -> Result<AnyView, ChunkUnavailable> {
    Ok(slm_view(route))
}

#[wasm_split(settings, fallible, wasm_split_path = leptos::wasm_split, preload(settings_preload))]
fn settings_page(route: Route) -> Result<AnyView, ChunkUnavailable> {
    Ok(settings_view(route))
}

#[wasm_split(sync, fallible, wasm_split_path = leptos::wasm_split)]
fn sync_resume(state: AppState, ui: SyncUi) -> Result<(), ChunkUnavailable> {
    ui.resume(state);
    Ok(())
}

#[wasm_split(sync, fallible, wasm_split_path = leptos::wasm_split)]
fn sync_views() -> Result<AnyView, ChunkUnavailable> {
    Ok(team_sync::views())
}

fn page(chunk: Chunk, route: Route) -> LocalFuture<Result<AnyView, ChunkUnavailable>> {
    match chunk {
        Chunk::Journeys => Box::pin(journeys_page(route)),
        Chunk::Kano => Box::pin(kano_page(route)),
        Chunk::Slm => Box::pin(slm_page(route)),
        Chunk::Settings => Box::pin(settings_page(route)),
    }
}

fn preload(chunk: Chunk) -> LocalFuture<Result<(), ChunkUnavailable>> {
    async fn loaded(
        load: impl std::future::Future<Output = Result<(), SplitLoaderError>>,
    ) -> Result<(), ChunkUnavailable> {
        Ok(load.await?)
    }
    match chunk {
        Chunk::Journeys => Box::pin(loaded(journeys_preload())),
        Chunk::Kano => Box::pin(loaded(kano_preload())),
        Chunk::Slm => Box::pin(loaded(slm_preload())),
        Chunk::Settings => Box::pin(loaded(settings_preload())),
    }
}

fn main() {
    dsv_studio::ui::start(Chunks {
        page,
        preload,
        resume_sync: |state, ui| Box::pin(sync_resume(state, ui)),
        sync_views: || Box::pin(sync_views()),
    });
}
