//! Personas: archetypal customers or users a journey is mapped for.

use super::Id;
use serde::{Deserialize, Serialize};

/// A persona from the workspace's persona library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Persona {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub archetype: String,
    #[serde(default)]
    pub goals: Vec<String>,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub frustrations: Vec<String>,
}
