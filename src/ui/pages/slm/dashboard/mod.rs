//! The service level dashboard: services, a heat map of every target over a range of
//! periods (symbol and name in each cell, never colour alone), watermelon warnings,
//! and the SLA records CSV.
//!
//! # How it opens quickly
//!
//! A workspace of 150 targets over 12 periods is thousands of heat-map cells. Four
//! pieces keep the first visit and every later one quick; each lives in its own file:
//!
//! 1. **A model kept for the session** ([`model`]): the heat map and the watermelon
//!    flags are computed once and again only when the workspace or the period kind
//!    changes, not on every visit.
//! 2. **A warm-up while idle** ([`warm_up`]): after start, when the browser is idle,
//!    the page is rendered once off screen (for example services) so the browser has
//!    compiled its code, and then the real model is computed, so the first visit finds
//!    both ready.
//! 3. **Rows built with plain DOM calls** ([`heat_rows`]): cells never change on their
//!    own, so the table body is built directly (cloned template cells, text set as text,
//!    never as HTML) rather than as a reactive view per cell.
//! 4. **Deferred rows and sections** ([`heat_map_view`], [`service_levels_page`]): the
//!    frame that shows the page paints only the rows the window has room for; the rest
//!    of the first rows come in the task after it, the others on "show all"; the
//!    sections below the heat map are rendered a frame later.
//!
//! The figures these choices hold are printed by `make bench` (see
//! `docs/performance.md`); they are not kept in comments.

mod heat_map_table;
mod heat_map_view;
mod heat_rows;
mod model;
mod service_levels_page;
mod service_list;
mod service_row;
mod warm_up;
mod watermelon_list;
mod watermelons;

pub(super) use heat_map_table::HeatMapTable;
pub use model::DashboardModel;
pub use service_levels_page::ServiceLevelsPage;
pub use warm_up::warm_up_dashboard;
pub(super) use watermelons::Watermelons;
