//! The journey's editor: applies edits to the workspace and keeps their undo and redo.

use crate::domain::history::History;
use crate::domain::journey_edit::JourneyEdit;
use crate::domain::{Applied, Id, WorkspaceEdit};
use crate::ui::state::{AppState, Save};
use leptos::prelude::*;

/// Applies journey edits with undo and redo.
/// Whether the journey's history can step back (undo) or forward (redo).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct UndoRedo {
    pub(super) undo: bool,
    pub(super) redo: bool,
}

#[derive(Clone, Copy)]
pub(super) struct Editor {
    pub(super) state: AppState,
    pub(super) id: StoredValue<Id>,
    /// For each change, the edit that takes it back (see [`Journey::apply_undoable`]).
    pub(super) history: StoredValue<History<WorkspaceEdit>>,
    /// Whether undo and redo are possible now.
    pub(super) can: RwSignal<UndoRedo>,
}

impl Editor {
    pub(super) fn apply(&self, edit: JourneyEdit) {
        let edit = WorkspaceEdit::Journey(self.id.get_value(), edit);
        if let Some(undo) = self
            .state
            .apply(edit, Save::AfterTyping)
            .ok()
            .and_then(Applied::undo)
        {
            self.history.update_value(|h| h.record(undo));
        }
        self.refresh();
    }

    pub(super) fn travel(&self, back: bool) {
        let state = self.state;
        let apply = |edit| {
            state
                .apply(edit, Save::AfterTyping)
                .ok()
                .and_then(Applied::undo)
        };
        self.history.update_value(|h| {
            if back {
                h.undo(apply);
            } else {
                h.redo(apply);
            }
        });
        self.refresh();
    }

    pub(super) fn refresh(&self) {
        let can = self.history.with_value(|h| UndoRedo {
            undo: h.can_undo(),
            redo: h.can_redo(),
        });
        self.can.set(can);
    }
}
