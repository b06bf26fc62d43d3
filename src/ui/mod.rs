//! Leptos components. They stay thin: read state, call the domain or storage, render.

mod app;
mod chart_canvas;
mod clipboard;
pub mod concepts;
mod confirm_delete;
mod deferred;
pub mod download;
mod failure_page;
mod file_input;
pub mod fresh_id;
mod import_flow;
pub mod intl_zone;
mod labels;
mod local_time;
mod notices;
pub mod pages;
pub mod panic_screen;
pub(crate) mod perf;
mod period_kind_select;
pub mod problem_text;
pub mod respondent;
pub mod route;
mod shell;
pub mod state;
pub mod team_sync;
mod technical_detail;
mod update_notice;

pub use app::App;

/// The non-blank lines of a multi-line text field, trimmed: one list item per line.
pub fn text_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Starts the app: installs the failure screen and the workspaces' split points
/// (`chunks`), then mounts [`App`] on `<body>`.
pub fn start(chunks: pages::chunks::Chunks) {
    panic_screen::install();
    pages::chunks::install(chunks);
    if let Some(loading) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        loading.remove();
    }
    leptos::mount::mount_to_body(App);
    // The benchmark reads this mark: time from navigation start to the first render.
    perf::mark("dsv:first-render");
}
