//! DSV Studio: a browser-only workbench for the ITIL 4 Drive Stakeholder Value practices.
//!
//! - [`domain`]: pure Rust types and calculations, tested natively.
//! - [`storage`]: local storage, schema versions, migrations, import and export.
//! - [`charts`]: plotters drawing code generic over `DrawingBackend`.
//! - [`i18n`]: languages, strings, number and date formats.
//! - [`ui`]: Leptos components.

pub mod charts;
pub mod domain;
pub mod i18n;
pub mod storage;
pub mod ui;
