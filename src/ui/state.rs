//! The app's reactive state, provided as context: the workspace, the language and
//! what the user must be told about storage. Every change to the workspace goes
//! through one door, [`AppState::apply`], with a [`WorkspaceEdit`] and a [`Save`]
//! that says when it is written: at once, or shortly after for typing (and at the
//! latest when the page is hidden or left). A multi-document save is all or nothing.

use crate::domain::{Applied, Workspace, WorkspaceEdit, WorkspaceEditError};
use crate::i18n::Lang;
use crate::storage::{self, BrowserStore, Repository, SaveError, Settings, Unreadable};
use leptos::prelude::*;

/// A confirmation shown in the `role="status"` region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Imported,
    Reset,
    UpdatedFromOtherTab,
}

/// When [`AppState::apply`] writes a change to storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Save {
    /// At once (adds, deletes, imports, restores): the caller may then tell whether
    /// it is stored ([`AppState::saved`]).
    Now,
    /// After the short delay used for typing and map edits, off the input's frame.
    AfterTyping,
}

/// How long [`Save::AfterTyping`] waits before saving.
const SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(300);

/// Shared state of the app; cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub workspace: RwSignal<Workspace>,
    /// The last save problem, until a save succeeds or the user resolves it.
    pub save_problem: RwSignal<Option<SaveError>>,
    /// Why the last settings change could not be stored, until one is stored.
    pub settings_problem: RwSignal<Option<SaveError>>,
    /// Stored entries that could not be read and are kept untouched.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    pub status: RwSignal<Option<Status>>,
    /// False when the browser refuses local storage altogether.
    pub storage_available: bool,
    /// True while the in-memory workspace holds changes not yet stored.
    dirty: RwSignal<bool>,
    /// True while a deferred save is scheduled.
    save_scheduled: StoredValue<bool>,
    /// A settings change in effect for this page that storage refused.
    unsaved_settings: StoredValue<Option<Settings>>,
    repo: StoredValue<Option<Repository<BrowserStore>>>,
}

impl AppState {
    /// Opens local storage, loads the workspace and settings, and picks the language
    /// (saved choice, else the browser's).
    pub fn load() -> Self {
        let opened = BrowserStore::open().and_then(Repository::open);
        let (repo, workspace) = match opened {
            Ok((repo, workspace)) => (Some(repo), workspace),
            Err(_) => (None, Workspace::default()),
        };
        let saved_lang = repo.as_ref().and_then(|r| r.settings().language());
        let lang = saved_lang.unwrap_or_else(browser_language);
        let unreadable = repo
            .as_ref()
            .map(|r| r.unreadable().to_vec())
            .unwrap_or_default();
        Self::with(lang, workspace, unreadable, repo)
    }

    /// A state for `workspace` that is never stored (saving it does nothing), for a
    /// page rendered off screen.
    pub(crate) fn detached(lang: Lang, workspace: Workspace) -> Self {
        Self::with(lang, workspace, Vec::new(), None)
    }

    /// A state with nothing unsaved, no problem and no message yet; storage is
    /// available when there is a repository.
    fn with(
        lang: Lang,
        workspace: Workspace,
        unreadable: Vec<Unreadable>,
        repo: Option<Repository<BrowserStore>>,
    ) -> Self {
        Self {
            lang: RwSignal::new(lang),
            workspace: RwSignal::new(workspace),
            save_problem: RwSignal::new(None),
            settings_problem: RwSignal::new(None),
            unreadable: RwSignal::new(unreadable),
            status: RwSignal::new(None),
            storage_available: repo.is_some(),
            dirty: RwSignal::new(false),
            save_scheduled: StoredValue::new(false),
            unsaved_settings: StoredValue::new(None),
            repo: StoredValue::new(repo),
        }
    }

    /// The one door for every workspace change: applies `edit` (see
    /// [`Workspace::apply`]) and saves as `save` says. A refused edit changes nothing
    /// and saves nothing. Whether the change is stored: [`AppState::saved`].
    pub fn apply(&self, edit: WorkspaceEdit, save: Save) -> Result<Applied, WorkspaceEditError> {
        let result = self
            .workspace
            .try_maybe_update(|ws| {
                let result = ws.apply(edit);
                (result.is_ok(), result)
            })
            .unwrap_or(Ok(Applied::Done));
        if result.is_ok() {
            self.dirty.set(true);
            match save {
                Save::Now => self.save(),
                Save::AfterTyping => self.save_soon(),
            }
        }
        result
    }

    /// True when storage holds every change made (or there is no storage to hold
    /// them); false while a change waits for its save or storage refused it.
    pub fn saved(&self) -> bool {
        !self.dirty.get_untracked()
    }

    /// Saves shortly after, off the input's frame: serialising a large journey takes
    /// milliseconds. The page's hide, blur and visibility events save anything still
    /// pending.
    fn save_soon(&self) {
        if self.save_scheduled.get_value() {
            return;
        }
        self.save_scheduled.set_value(true);
        let state = *self;
        set_timeout(
            move || {
                state.save_scheduled.set_value(false);
                state.save();
            },
            SAVE_DELAY,
        );
    }

    /// Saves pending changes; on failure the change stays in memory and the problem
    /// is shown. Does nothing while a conflict waits for the user's choice.
    pub fn save(&self) {
        let _ = self.store_pending();
    }

    /// [`AppState::save`], telling whether nothing is left unsaved.
    fn store_pending(&self) -> bool {
        if !self.dirty.get_untracked() {
            return true;
        }
        if matches!(self.save_problem.get_untracked(), Some(SaveError::Conflict)) {
            return false;
        }
        let workspace = self.workspace;
        let result = self.repo.try_update_value(|repo| {
            repo.as_mut()
                .map(|repo| workspace.with_untracked(|ws| repo.save(ws)))
        });
        self.after_save(result.flatten())
    }

    /// Records the outcome of a save; true when it stored the workspace (or there is
    /// no storage to store it in).
    fn after_save(&self, result: Option<Result<storage::SaveOutcome, SaveError>>) -> bool {
        match result {
            Some(Ok(_)) => {
                self.dirty.set(false);
                self.save_problem.set(None);
                // The team sync pushes what was just stored.
                super::team_sync::wake();
                true
            }
            Some(Err(problem)) => {
                self.save_problem.set(Some(problem));
                false
            }
            None => true,
        }
    }

    /// Another tab changed stored data: take its version when this tab has nothing
    /// unsaved, otherwise ask the user which version to keep. Every save writes the
    /// index last, so a document key alone is a save still under way (or one being
    /// undone): only the index, the settings or a cleared storage are acted on.
    pub fn external_change(&self, key: Option<&str>) {
        if key.is_some_and(|k| k != storage::keys::INDEX && k != storage::keys::SETTINGS) {
            return;
        }
        if key == Some(storage::keys::SETTINGS) {
            if let Some(lang) = self
                .repo
                .with_value(|r| r.as_ref().and_then(|r| r.settings().language()))
            {
                self.lang.set(lang);
            }
            return;
        }
        if self.dirty.get_untracked() {
            self.save_problem.set(Some(SaveError::Conflict));
        } else if self.reload() {
            self.status.set(Some(Status::UpdatedFromOtherTab));
        }
    }

    /// Conflict resolved by taking the other tab's version (this tab's unsaved change
    /// is dropped; the user was told before choosing).
    pub fn use_other_tab(&self) {
        if self.reload() {
            self.dirty.set(false);
            self.save_problem.set(None);
            self.status.set(Some(Status::UpdatedFromOtherTab));
        }
    }

    /// Conflict resolved by keeping this tab's version.
    pub fn keep_this_tab(&self) {
        let workspace = self.workspace;
        let result = self.repo.try_update_value(|repo| {
            repo.as_mut()
                .map(|repo| workspace.with_untracked(|ws| repo.save_overwriting(ws)))
        });
        let _ = self.after_save(result.flatten());
    }

    fn reload(&self) -> bool {
        let reloaded = self
            .repo
            .try_update_value(|repo| {
                repo.as_mut()
                    .and_then(|r| r.reload().ok().map(|ws| (ws, r.unreadable().to_vec())))
            })
            .flatten();
        match reloaded {
            Some((workspace, unreadable)) => {
                self.workspace.set(workspace);
                self.unreadable.set(unreadable);
                true
            }
            None => false,
        }
    }

    /// Takes in documents pulled by the team sync: stores pending edits first, then
    /// writes `writes` (not marked as changed here) and shows the new workspace.
    /// False when nothing could be written (an unsaved edit or a full quota is in
    /// the way): the caller keeps the pull for later.
    pub fn apply_synced(&self, writes: &[storage::sync::conflict::LocalWrite]) -> bool {
        if !self.store_pending() {
            return false;
        }
        let result = self
            .repo
            .try_update_value(|repo| {
                repo.as_mut().map(|r| {
                    let done = r.apply_synced(writes);
                    done.map(|ws| ws.map(|ws| (ws, r.unreadable().to_vec())))
                })
            })
            .flatten();
        match result {
            Some(Ok(Some((workspace, unreadable)))) => {
                self.workspace.set(workspace);
                self.unreadable.set(unreadable);
                true
            }
            Some(Ok(None)) => true,
            _ => false,
        }
    }

    /// Removes an unreadable stored entry after the user confirmed.
    pub fn discard_unreadable(&self, key: &str) {
        let done = self
            .repo
            .try_update_value(|repo| repo.as_mut().map(|r| r.discard_unreadable(key)))
            .flatten();
        if let Some(Ok(())) = done {
            self.unreadable.update(|list| list.retain(|u| u.key != key));
            if matches!(
                self.save_problem.get_untracked(),
                Some(SaveError::Blocked { .. })
            ) {
                self.save_problem.set(None);
                self.save();
            }
        }
    }

    /// Switches the language and remembers the choice.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.update_settings(|settings| settings.lang = Settings::with_language(lang).lang);
    }

    /// The settings in effect: the stored ones, or a change that could not be stored.
    pub fn settings(&self) -> Settings {
        self.unsaved_settings.get_value().unwrap_or_else(|| {
            self.repo
                .with_value(|r| r.as_ref().map(|r| r.settings()))
                .unwrap_or_default()
        })
    }

    /// Changes the settings with `change` and stores them. When they cannot be
    /// stored, the change stays in effect for this page and the user is told it will
    /// not be remembered; [`AppState::retry_settings`] tries again.
    pub fn update_settings(&self, change: impl FnOnce(&mut Settings)) {
        let mut settings = self.settings();
        change(&mut settings);
        self.store_settings(settings);
    }

    /// Tries again to store a settings change that could not be stored.
    pub fn retry_settings(&self) {
        if let Some(settings) = self.unsaved_settings.get_value() {
            self.store_settings(settings);
        }
    }

    fn store_settings(&self, settings: Settings) {
        let result = self
            .repo
            .try_update_value(|repo| repo.as_mut().map(|r| r.save_settings(&settings)))
            .flatten();
        match result {
            Some(Err(problem)) => {
                self.unsaved_settings.set_value(Some(settings));
                self.settings_problem.set(Some(problem));
            }
            _ => {
                self.unsaved_settings.set_value(None);
                self.settings_problem.set(None);
            }
        }
    }

    /// The backup file of the current workspace.
    pub fn export_backup(&self) -> Result<(String, String), serde_json::Error> {
        let now = js_sys::Date::new_0();
        let stamp = String::from(now.to_iso_string());
        let date = stamp.get(..10).unwrap_or("export").to_owned();
        let text = self
            .workspace
            .with_untracked(|ws| storage::backup::export(ws, &stamp))?;
        Ok((storage::backup::file_name(&date), text))
    }
}

/// The browser's preferred language among those shipped, else English.
fn browser_language() -> Lang {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::default();
    };
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(navigator.language())
        .collect();
    Lang::negotiate(tags.iter().map(String::as_str))
}

/// The app state from context.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// The strings of the current language, reactively.
pub fn use_texts() -> impl Fn() -> &'static crate::i18n::Texts + Copy {
    let lang = use_state().lang;
    move || lang.get().texts()
}
