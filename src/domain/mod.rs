//! Pure domain model of DSV Studio: journeys, personas, stakeholders, Kano surveys,
//! service levels and the workspace that holds them. No browser APIs live here, so
//! everything is tested with plain `cargo test`.

/// The years an imported date may fall in (ticket times, SLA periods): anything
/// outside is a typing or export mistake (year 0, 9999), refused by line.
pub const IMPORT_YEARS: std::ops::RangeInclusive<i32> = 1970..=2200;

pub mod bounded;
pub mod examples;
pub mod history;
pub mod id;
pub mod insights;
pub mod item_kind;
pub mod journey;
pub mod journey_edit;
pub mod journey_search;
pub mod kano;
pub mod links;
pub mod persona;
pub mod presentation;
pub mod relationship;
pub mod slm;
pub mod stakeholder;
pub mod tickets;
pub mod workspace;
pub mod workspace_edit;

pub use id::Id;
pub use item_kind::ItemKind;
pub use relationship::RelationshipType;
pub use workspace::{Workspace, WorkspaceCounts};
pub use workspace_edit::{Applied, WorkspaceEdit, WorkspaceEditError};
