//! The state a survey's tabs share: provided by the survey page as context, read by
//! each tab, so no tab imports the page that holds it.

use crate::domain::kano::{Response, Survey, SurveyEdit};
use crate::domain::{Id, WorkspaceEdit};
use crate::ui::state::{AppState, Save};
use leptos::prelude::*;

/// The survey being shown and how to change it; provided as context to the tabs.
#[derive(Clone, Copy)]
pub(super) struct SurveyCtx {
    pub state: AppState,
    pub id: StoredValue<Id>,
    pub survey: Memo<Option<Survey>>,
    /// The survey's responses (empty when none were collected).
    pub responses: Memo<Vec<Response>>,
}

impl SurveyCtx {
    /// Changes the survey's design (saved shortly after: for text edits).
    pub fn edit(&self, edit: SurveyEdit) {
        let edit = WorkspaceEdit::Survey(self.id.get_value(), edit);
        let _ = self.state.apply(edit, Save::AfterTyping);
    }
}
