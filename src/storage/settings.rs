//! User settings kept beside the workspace.

use super::ticket_csv::ColumnMapping;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// Preferences that outlive a session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Chosen language code; `None` until the user picks one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The columns of the user's ticket tool export, chosen once and remembered.
    #[serde(default, skip_serializing_if = "ColumnMapping::is_automatic")]
    pub ticket_columns: ColumnMapping,
}

impl Settings {
    /// The chosen language, if it is one this build ships.
    pub fn language(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::from_code)
    }

    /// Settings with `lang` chosen.
    pub fn with_language(lang: Lang) -> Self {
        Self {
            lang: Some(lang.code().to_owned()),
            ..Self::default()
        }
    }
}
