//! Everything that touches the browser's local storage: the key layout, a versioned
//! envelope with migrations, the workspace repository, settings and backups.
//!
//! The logic is written against the small [`KeyValueStore`] trait, so native tests run
//! it on a [`MemoryStore`] and the app on [`BrowserStore`].

pub mod backup;
mod browser;
pub mod csv;
pub mod envelope;
pub mod ics;
pub mod json_fault;
pub mod kano_csv;
pub mod kano_link;
pub mod keys;
pub mod repository;
pub mod response_code;
pub mod settings;
pub mod share;
pub mod sla_csv;
mod store;
pub mod sync;
pub mod ticket_csv;
pub mod ticket_run;

pub use browser::{watch_external_changes, BrowserStore};
pub use envelope::ReadError;
pub use repository::{Repository, SaveError, SaveOutcome, Unreadable};
pub use settings::Settings;
pub use store::{KeyValueStore, MemoryStore, StoreError};
