//! The state a survey's tabs share: provided by the survey page as context, read by
//! each tab, so no tab imports the page that holds it.

use crate::domain::kano::{Response, Survey};
use crate::domain::{Id, Workspace};
use crate::ui::state::AppState;
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
    /// Changes the survey (saved shortly after: for text edits).
    pub fn edit(&self, change: impl FnOnce(&mut Survey)) {
        let id = self.id.get_value();
        self.state.edit_workspace(|ws| {
            if let Some(survey) = ws.surveys.iter_mut().find(|s| s.id == id) {
                change(survey);
            }
        });
    }

    /// Changes the workspace around this survey and saves at once.
    pub fn update(&self, change: impl FnOnce(&mut Workspace, &Id)) {
        let id = self.id.get_value();
        self.state.update_workspace(|ws| change(ws, &id));
    }
}
