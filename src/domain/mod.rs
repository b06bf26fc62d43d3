//! Pure domain model of DSV Studio: journeys, personas, stakeholders, Kano surveys,
//! service levels and the workspace that holds them. No browser APIs live here, so
//! everything is tested with plain `cargo test`.

pub mod bounded;
pub mod examples;
pub mod history;
pub mod id;
pub mod insights;
pub mod item_kind;
pub mod journey;
pub mod journey_edit;
pub mod kano;
pub mod links;
pub mod persona;
pub mod presentation;
pub mod relationship;
pub mod slm;
pub mod stakeholder;
pub mod tickets;
pub mod workspace;

pub use id::Id;
pub use item_kind::ItemKind;
pub use relationship::RelationshipType;
pub use workspace::{Workspace, WorkspaceCounts};
