//! The workspace repository: loads the workspace document by document, saves only
//! what changed, quarantines unreadable entries and refuses to overwrite another
//! tab's newer save.

use super::envelope::{self, ReadError, Subject};
use super::keys::{self, DocKind};
use super::settings::Settings;
use super::store::{KeyValueStore, StoreError};
use super::ticket_run;
use crate::domain::tickets::ticket_set::{self, CompactTickets};
use crate::domain::tickets::{Ticket, TicketSet};
use crate::domain::Workspace;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

/// A stored entry that could not be read. It is kept untouched in storage until the
/// user downloads or discards it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
    pub error: ReadError,
}

/// What a successful save did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SaveOutcome {
    pub written: usize,
    pub removed: usize,
}

/// Why a save did not complete. The in-memory workspace is never touched by a failed
/// save, and whatever was stored before stays readable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The quota is full; the change exists only in memory.
    QuotaFull,
    /// Another tab saved since this tab last read; nothing was written.
    Conflict,
    /// A document would overwrite an unreadable entry the user has not dealt with yet.
    Blocked { key: String },
    /// Storage failed otherwise.
    Store(StoreError),
    /// The workspace could not be serialized.
    Serialize(String),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::QuotaFull => f.write_str("the storage quota is full"),
            Self::Conflict => f.write_str("another tab saved changes first"),
            Self::Blocked { key } => write!(f, "the unreadable entry {key} is in the way"),
            Self::Store(e) => e.fmt(f),
            Self::Serialize(e) => write!(f, "could not serialize: {e}"),
        }
    }
}

impl std::error::Error for SaveError {}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::QuotaExceeded => Self::QuotaFull,
            other => Self::Store(other),
        }
    }
}

/// The index: a revision counter bumped by every save, and the order of documents.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Index {
    revision: u64,
    #[serde(default)]
    order: Vec<String>,
}

/// One step of a save: write `value` under `key`, or remove `key` when `None`.
#[derive(Debug)]
struct Step {
    key: String,
    value: Option<String>,
}

/// Loads and saves a [`Workspace`] in a [`KeyValueStore`].
#[derive(Debug)]
pub struct Repository<S> {
    store: S,
    /// Raw text of each document key as last read or written by this repository.
    known: HashMap<String, String>,
    /// Raw text of the index as last read or written (`None`: absent).
    seen_index: Option<String>,
    revision: u64,
    unreadable: Vec<Unreadable>,
    /// The ticket runs last serialised, with the stamp of the tickets they hold, so a
    /// save that did not touch the tickets does not serialise them again.
    ticket_docs: Option<(u64, Vec<(String, String)>)>,
}

impl<S: KeyValueStore> Repository<S> {
    /// Opens the store and loads the workspace. Unreadable entries are reported by
    /// [`Repository::unreadable`], never fatal. Fails only when the store cannot be listed.
    pub fn open(store: S) -> Result<(Self, Workspace), StoreError> {
        let mut repo = Self {
            store,
            known: HashMap::new(),
            seen_index: None,
            revision: 0,
            unreadable: Vec::new(),
            ticket_docs: None,
        };
        let workspace = repo.reload()?;
        Ok((repo, workspace))
    }

    /// The underlying store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Entries that could not be read at the last load.
    pub fn unreadable(&self) -> &[Unreadable] {
        &self.unreadable
    }

    /// Reads everything again from the store, forgetting what this tab knew.
    pub fn reload(&mut self) -> Result<Workspace, StoreError> {
        self.known.clear();
        self.unreadable.clear();
        self.seen_index = self.store.get(keys::INDEX)?;
        let index = match self.seen_index.clone() {
            None => Index::default(),
            Some(raw) => match envelope::read::<Index>(Subject::Index, &raw) {
                Ok(index) => index,
                Err(e) => {
                    self.quarantine(keys::INDEX, &raw, &e);
                    Index::default()
                }
            },
        };
        self.revision = index.revision;
        if let Some(raw) = self.store.get(keys::SETTINGS)? {
            if let Err(e) = envelope::read::<Settings>(Subject::Settings, &raw) {
                self.quarantine(keys::SETTINGS, &raw, &e);
            }
        }

        let mut doc_keys: Vec<String> = self
            .store
            .keys()?
            .into_iter()
            .filter(|k| keys::doc_kind(k).is_some())
            .collect();
        let position: HashMap<&str, usize> = index
            .order
            .iter()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        doc_keys.sort_by(|a, b| {
            let pa = position.get(a.as_str()).copied().unwrap_or(usize::MAX);
            let pb = position.get(b.as_str()).copied().unwrap_or(usize::MAX);
            pa.cmp(&pb).then_with(|| a.cmp(b))
        });

        let mut workspace = Workspace::default();
        let mut tickets = Vec::new();
        for key in doc_keys {
            let Some(kind) = keys::doc_kind(&key) else {
                continue;
            };
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            match add_document(&mut workspace, &mut tickets, kind, &raw) {
                Ok(()) => {
                    self.known.insert(key, raw);
                }
                Err(e) => self.quarantine(&key, &raw, &e),
            }
        }
        workspace.tickets = TicketSet::new(tickets);
        Ok(workspace)
    }

    fn quarantine(&mut self, key: &str, raw: &str, error: &ReadError) {
        self.unreadable.push(Unreadable {
            key: key.to_owned(),
            raw: raw.to_owned(),
            error: error.clone(),
        });
    }

    fn is_quarantined(&self, key: &str) -> bool {
        self.unreadable.iter().any(|u| u.key == key)
    }

    /// True when another tab (or anything else) has saved since this tab last read or wrote.
    pub fn changed_elsewhere(&self) -> Result<bool, StoreError> {
        Ok(self.store.get(keys::INDEX)? != self.seen_index)
    }

    /// Saves the documents of `workspace` that differ from what is stored and removes
    /// those that are gone. Refuses with [`SaveError::Conflict`] when another tab saved
    /// first, so its work is never overwritten with stale data.
    pub fn save(&mut self, workspace: &Workspace) -> Result<SaveOutcome, SaveError> {
        if self.changed_elsewhere()? {
            return Err(SaveError::Conflict);
        }
        self.write(workspace)
    }

    /// Saves `workspace` even though another tab saved first (the user chose to keep
    /// this tab's version). Documents only the other tab has are removed.
    pub fn save_overwriting(&mut self, workspace: &Workspace) -> Result<SaveOutcome, SaveError> {
        self.seen_index = self.store.get(keys::INDEX)?;
        self.known.clear();
        for key in self.store.keys()? {
            if keys::doc_kind(&key).is_some() && !self.is_quarantined(&key) {
                if let Some(raw) = self.store.get(&key)? {
                    self.known.insert(key, raw);
                }
            }
        }
        self.write(workspace)
    }

    /// Writes the documents of `workspace` that changed as one transaction: removals
    /// first (they free room), then the changed documents, then the index. When any
    /// step fails, every step already taken is undone in reverse order, so storage
    /// holds exactly what it held before and the error is returned. Undoing in reverse
    /// only ever returns storage to a state it was already in, so it fits the quota.
    fn write(&mut self, workspace: &Workspace) -> Result<SaveOutcome, SaveError> {
        let documents = documents(workspace, &mut self.ticket_docs)
            .map_err(|e| SaveError::Serialize(e.to_string()))?;
        let present: HashSet<&String> = documents.iter().map(|(k, _)| k).collect();
        let mut steps: Vec<Step> = self
            .known
            .keys()
            .filter(|k| !present.contains(k))
            .map(|key| Step {
                key: key.clone(),
                value: None,
            })
            .collect();
        steps.sort_by(|a, b| a.key.cmp(&b.key));
        let removed = steps.len();
        for (key, text) in &documents {
            if self.known.get(key) == Some(text) {
                continue;
            }
            if self.is_quarantined(key) {
                return Err(SaveError::Blocked { key: key.clone() });
            }
            steps.push(Step {
                key: key.clone(),
                value: Some(text.clone()),
            });
        }
        if steps.is_empty() {
            return Ok(SaveOutcome::default());
        }
        let outcome = SaveOutcome {
            written: steps.len() - removed,
            removed,
        };
        let index = Index {
            revision: self.revision + 1,
            order: documents.into_iter().map(|(k, _)| k).collect(),
        };
        let index_text = if self.is_quarantined(keys::INDEX) {
            None
        } else {
            Some(envelope::wrap(&index).map_err(|e| SaveError::Serialize(e.to_string()))?)
        };
        if let Some(text) = &index_text {
            steps.push(Step {
                key: keys::INDEX.to_owned(),
                value: Some(text.clone()),
            });
        }
        // The team sync pushes what changed here (nothing while not connected). Noted
        // before the documents are written, so the tab that syncs, woken by their
        // storage events, already reads the ledger that names them (a failed write
        // then only costs a push of what the server has).
        super::sync::local::mark_changed(
            &self.store,
            steps
                .iter()
                .map(|s| s.key.as_str())
                .filter(|k| *k != keys::INDEX),
        );
        self.apply_all(&steps)?;
        for step in steps {
            if step.key == keys::INDEX {
                continue;
            }
            match step.value {
                Some(text) => self.known.insert(step.key, text),
                None => self.known.remove(&step.key),
            };
        }
        if index_text.is_some() {
            self.revision = index.revision;
            self.seen_index = index_text;
        }
        Ok(outcome)
    }

    /// Applies `steps` in order; on the first failure undoes the applied ones in
    /// reverse and returns that failure.
    fn apply_all(&mut self, steps: &[Step]) -> Result<(), SaveError> {
        for (done, step) in steps.iter().enumerate() {
            if let Err(error) = self.apply(step) {
                for undo in steps[..done].iter().rev() {
                    let before = Step {
                        key: undo.key.clone(),
                        value: self.before(&undo.key),
                    };
                    // Returning to an earlier state fits wherever that state fitted;
                    // if the store fails anyway, forget what this tab knew so the
                    // next save starts from what is really stored.
                    if self.apply(&before).is_err() {
                        self.known.clear();
                        self.seen_index = None;
                    }
                }
                return Err(error.into());
            }
        }
        Ok(())
    }

    /// The value `key` held before the transaction, as this tab last read or wrote it.
    fn before(&self, key: &str) -> Option<String> {
        if key == keys::INDEX {
            self.seen_index.clone()
        } else {
            self.known.get(key).cloned()
        }
    }

    fn apply(&self, step: &Step) -> Result<(), StoreError> {
        match &step.value {
            Some(text) => self.store.set(&step.key, text),
            None => self.store.remove(&step.key),
        }
    }

    /// Writes documents pulled from the team sync server (`writes` by CouchDB `_id`)
    /// as one transaction with a new index, without marking them changed here, and
    /// reloads: `Ok(None)` when there was nothing to write. An unreadable entry in
    /// the way is left as it is. Call it with nothing unsaved in memory.
    pub fn apply_synced(
        &mut self,
        writes: &[super::sync::conflict::LocalWrite],
    ) -> Result<Option<Workspace>, SaveError> {
        use super::sync::conflict::LocalWrite;
        let mut steps = Vec::new();
        for write in writes {
            let (id, value) = match write {
                LocalWrite::Put { id, envelope } => (
                    id,
                    Some(
                        serde_json::to_string(envelope)
                            .map_err(|e| SaveError::Serialize(e.to_string()))?,
                    ),
                ),
                LocalWrite::Remove { id } => (id, None),
            };
            let Some(doc) = super::sync::doc_id::DocId::from_remote(id) else {
                continue;
            };
            let key = doc.local_key();
            if !self.is_quarantined(&key) {
                steps.push(Step { key, value });
            }
        }
        if steps.is_empty() {
            return Ok(None);
        }
        let stored = self.store.get(keys::INDEX)?;
        let mut index = stored
            .as_deref()
            .and_then(|raw| envelope::read::<Index>(Subject::Index, raw).ok())
            .unwrap_or_default();
        index.revision = index.revision.max(self.revision) + 1;
        self.seen_index = stored;
        if !self.is_quarantined(keys::INDEX) {
            let text = envelope::wrap(&index).map_err(|e| SaveError::Serialize(e.to_string()))?;
            steps.push(Step {
                key: keys::INDEX.to_owned(),
                value: Some(text),
            });
        }
        self.apply_all(&steps)?;
        Ok(Some(self.reload()?))
    }

    /// Removes an unreadable entry for good (the user chose to discard it).
    pub fn discard_unreadable(&mut self, key: &str) -> Result<(), StoreError> {
        self.store.remove(key)?;
        self.unreadable.retain(|u| u.key != key);
        if key == keys::INDEX {
            self.seen_index = None;
        }
        Ok(())
    }

    /// Reads the settings; unreadable settings yield the defaults (and are listed in
    /// [`Repository::unreadable`] after a load).
    pub fn settings(&self) -> Settings {
        self.store
            .get(keys::SETTINGS)
            .ok()
            .flatten()
            .and_then(|raw| envelope::read(Subject::Settings, &raw).ok())
            .unwrap_or_default()
    }

    /// Saves the settings, unless an unreadable settings entry is in the way.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<(), SaveError> {
        if self.is_quarantined(keys::SETTINGS) {
            return Err(SaveError::Blocked {
                key: keys::SETTINGS.to_owned(),
            });
        }
        let text = envelope::wrap(settings).map_err(|e| SaveError::Serialize(e.to_string()))?;
        Ok(self.store.set(keys::SETTINGS, &text)?)
    }
}

/// Deserializes one document and adds it to the workspace.
fn add_document(
    workspace: &mut Workspace,
    tickets: &mut Vec<Ticket>,
    kind: DocKind,
    raw: &str,
) -> Result<(), ReadError> {
    let body: Value = envelope::unwrap(Subject::Doc(kind), raw)?;
    fn parse<T: serde::de::DeserializeOwned>(body: Value) -> Result<T, ReadError> {
        serde_json::from_value(body).map_err(|e| ReadError::Invalid(e.to_string()))
    }
    match kind {
        DocKind::Journey => workspace.journeys.push(parse(body)?),
        DocKind::Persona => workspace.personas.push(parse(body)?),
        DocKind::Survey => workspace.surveys.push(parse(body)?),
        DocKind::Responses => workspace.responses.push(parse(body)?),
        DocKind::Service => workspace.services.push(parse(body)?),
        DocKind::Calendar => workspace.calendars.push(parse(body)?),
        DocKind::TicketSla => workspace.ticket_slas.push(parse(body)?),
        DocKind::Tickets => {
            let compact: CompactTickets = parse(body)?;
            let run =
                ticket_set::decode(&compact).map_err(|e| ReadError::Invalid(e.to_string()))?;
            tickets.extend(run);
        }
    }
    Ok(())
}

/// Every document of the workspace as (key, envelope text), in workspace order; the
/// ticket runs come from `ticket_docs` when the tickets have not changed since.
fn documents(
    workspace: &Workspace,
    ticket_docs: &mut Option<(u64, Vec<(String, String)>)>,
) -> Result<Vec<(String, String)>, serde_json::Error> {
    let mut out = BTreeMap::new();
    let mut order = Vec::new();
    let mut push = |kind: DocKind, id: &crate::domain::Id, text: String| {
        let key = keys::doc_key(kind, id);
        order.push(key.clone());
        out.insert(key, text);
    };
    for j in &workspace.journeys {
        push(DocKind::Journey, &j.id, envelope::wrap(j)?);
    }
    for p in &workspace.personas {
        push(DocKind::Persona, &p.id, envelope::wrap(p)?);
    }
    for s in &workspace.surveys {
        push(DocKind::Survey, &s.id, envelope::wrap(s)?);
    }
    for r in &workspace.responses {
        push(DocKind::Responses, &r.survey_id, envelope::wrap(r)?);
    }
    for s in &workspace.services {
        push(DocKind::Service, &s.id, envelope::wrap(s)?);
    }
    for c in &workspace.calendars {
        push(DocKind::Calendar, c.id(), envelope::wrap(c)?);
    }
    for d in &workspace.ticket_slas {
        push(DocKind::TicketSla, d.id(), envelope::wrap(d)?);
    }
    let stamp = workspace.tickets.stamp();
    let runs = match ticket_docs.take() {
        Some((cached, runs)) if cached == stamp => runs,
        _ => workspace
            .tickets
            .tickets()
            .chunks(keys::TICKETS_PER_DOC)
            .enumerate()
            .map(|(n, run)| Ok((keys::tickets_key(n), ticket_run::text(run)?)))
            .collect::<Result<Vec<_>, serde_json::Error>>()?,
    };
    for (key, text) in &runs {
        order.push(key.clone());
        out.insert(key.clone(), text.clone());
    }
    *ticket_docs = Some((stamp, runs));
    Ok(order
        .into_iter()
        .filter_map(|k| out.remove(&k).map(|text| (k, text)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::persona::Persona;
    use crate::domain::Id;
    use crate::storage::MemoryStore;

    fn ticket_workspace(n: usize) -> Workspace {
        use crate::domain::tickets::{BusinessCalendar, TicketSla, WorkingInterval};
        let tickets = crate::storage::ticket_run::tests::open_tickets(n);
        let calendar = BusinessCalendar::weekdays(
            Id::new("cal").unwrap(),
            "Office",
            "Europe/Madrid",
            &[WorkingInterval::hm(9, 0, 17, 0).unwrap()],
            Default::default(),
        )
        .unwrap();
        let sla = TicketSla::new(
            Id::new("d1").unwrap(),
            Id::new("svc").unwrap(),
            "P1",
            3600,
            4 * 3600,
            Id::new("cal").unwrap(),
        )
        .unwrap();
        Workspace {
            calendars: vec![calendar],
            ticket_slas: vec![sla],
            tickets: TicketSet::new(tickets),
            ..Default::default()
        }
    }

    #[test]
    fn tickets_calendars_and_definitions_round_trip_in_their_own_keys() {
        let store = MemoryStore::new();
        let ws = ticket_workspace(keys::TICKETS_PER_DOC + 10);
        let (mut repo, _) = Repository::open(&store).unwrap();
        assert_eq!(repo.save(&ws).unwrap().written, 4);
        let stored = store.keys().unwrap();
        for key in [
            "dsv:calendar:cal",
            "dsv:ticket-sla:d1",
            "dsv:tickets:r0000",
            "dsv:tickets:r0001",
        ] {
            assert!(stored.iter().any(|k| k == key), "{key}");
        }
        let (_, again) = Repository::open(&store).unwrap();
        assert_eq!(again, ws);
        assert_eq!(again.tickets.len(), keys::TICKETS_PER_DOC + 10);
    }

    #[test]
    fn a_change_elsewhere_does_not_rewrite_tickets_and_one_new_ticket_rewrites_one_run() {
        let store = MemoryStore::new();
        let mut ws = ticket_workspace(keys::TICKETS_PER_DOC + 10);
        let (mut repo, _) = Repository::open(&store).unwrap();
        repo.save(&ws).unwrap();
        ws.personas.push(persona("p", "Pat"));
        assert_eq!(repo.save(&ws).unwrap().written, 1);
        let extra = ticket_workspace(1).tickets.tickets()[0].clone();
        let extra = Ticket::new(
            "INC-new",
            extra.service(),
            extra.priority(),
            extra.created(),
            None,
            None,
            vec![],
        )
        .unwrap();
        ws.tickets.merge(vec![extra]);
        assert_eq!(repo.save(&ws).unwrap().written, 1);
    }

    #[test]
    fn a_corrupt_ticket_run_loses_only_its_own_tickets() {
        let store = MemoryStore::new();
        let ws = ticket_workspace(keys::TICKETS_PER_DOC + 10);
        let (mut repo, _) = Repository::open(&store).unwrap();
        repo.save(&ws).unwrap();
        store
            .set(
                "dsv:tickets:r0000",
                r#"{"v":4,"body":{"services":[],"priorities":[],"rows":[["x",3,0,"0 - -"]]}}"#,
            )
            .unwrap();
        let (repo, again) = Repository::open(&store).unwrap();
        assert_eq!(again.tickets.len(), 10);
        assert_eq!(again.calendars, ws.calendars);
        assert_eq!(again.ticket_slas, ws.ticket_slas);
        assert_eq!(repo.unreadable().len(), 1);
        assert_eq!(repo.unreadable()[0].key, "dsv:tickets:r0000");
    }

    #[test]
    fn the_ticket_column_mapping_is_remembered_beside_the_language() {
        use crate::storage::ticket_csv::TicketField;
        let store = MemoryStore::new();
        let (mut repo, _) = Repository::open(&store).unwrap();
        let mut settings = repo.settings();
        settings.ticket_columns.set(TicketField::Id, "Issue key");
        repo.save_settings(&settings).unwrap();
        let (repo, _) = Repository::open(&store).unwrap();
        let mut back = repo.settings();
        assert_eq!(back.ticket_columns.get(TicketField::Id), Some("Issue key"));
        back.lang = Some("es".into());
        assert_eq!(back.ticket_columns.get(TicketField::Id), Some("Issue key"));
        assert_eq!(back.language(), Some(crate::i18n::Lang::Es));
    }

    fn persona(id: &str, name: &str) -> Persona {
        Persona {
            id: Id::new(id).unwrap(),
            name: name.into(),
            archetype: String::new(),
            goals: vec![],
            needs: vec![],
            frustrations: vec![],
        }
    }

    fn workspace(names: &[(&str, &str)]) -> Workspace {
        Workspace {
            personas: names.iter().map(|(id, n)| persona(id, n)).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn round_trip_keeps_order_and_content() {
        let store = MemoryStore::new();
        let ws = workspace(&[("b", "Bea"), ("a", "Ann")]);
        let (mut repo, loaded) = Repository::open(&store).unwrap();
        assert!(loaded.is_empty());
        assert_eq!(
            repo.save(&ws),
            Ok(SaveOutcome {
                written: 2,
                removed: 0
            })
        );
        let (_, again) = Repository::open(&store).unwrap();
        assert_eq!(again, ws);
    }

    #[test]
    fn save_writes_only_changed_documents_and_removes_deleted_ones() {
        let store = MemoryStore::new();
        let (mut repo, _) = Repository::open(&store).unwrap();
        repo.save(&workspace(&[("a", "Ann"), ("b", "Bea")]))
            .unwrap();
        let outcome = repo.save(&workspace(&[("a", "Ann"), ("c", "Cy")])).unwrap();
        assert_eq!(
            outcome,
            SaveOutcome {
                written: 1,
                removed: 1
            }
        );
        assert_eq!(
            repo.save(&workspace(&[("a", "Ann"), ("c", "Cy")])).unwrap(),
            SaveOutcome::default()
        );
        assert_eq!(store.get("dsv:persona:b").unwrap(), None);
    }

    #[test]
    fn corrupt_document_is_reported_kept_and_never_overwritten() {
        let store = MemoryStore::new();
        store.set("dsv:persona:a", "{broken").unwrap();
        let (mut repo, ws) = Repository::open(&store).unwrap();
        assert!(ws.personas.is_empty());
        assert_eq!(repo.unreadable().len(), 1);
        assert_eq!(repo.unreadable()[0].key, "dsv:persona:a");
        assert_eq!(repo.unreadable()[0].raw, "{broken");
        // Saving other data leaves it in place.
        repo.save(&workspace(&[("b", "Bea")])).unwrap();
        assert_eq!(
            store.get("dsv:persona:a").unwrap().as_deref(),
            Some("{broken")
        );
        // A document that would overwrite it is refused.
        assert_eq!(
            repo.save(&workspace(&[("a", "Ann")])),
            Err(SaveError::Blocked {
                key: "dsv:persona:a".into()
            })
        );
        assert_eq!(
            store.get("dsv:persona:a").unwrap().as_deref(),
            Some("{broken")
        );
        // Once the user discards it, it is gone.
        repo.discard_unreadable("dsv:persona:a").unwrap();
        assert!(repo.unreadable().is_empty());
        assert_eq!(store.get("dsv:persona:a").unwrap(), None);
    }

    #[test]
    fn json_of_the_wrong_shape_is_not_in_the_expected_form_and_stays_untouched() {
        let store = MemoryStore::new();
        store.set("dsv:persona:a", "[]").unwrap();
        store.set("dsv:persona:b", "null").unwrap();
        store.set(keys::SETTINGS, "[]").unwrap();
        let (mut repo, ws) = Repository::open(&store).unwrap();
        assert!(ws.personas.is_empty());
        let found: Vec<(&str, bool)> = repo
            .unreadable()
            .iter()
            .map(|u| (u.key.as_str(), matches!(u.error, ReadError::Invalid(_))))
            .collect();
        assert_eq!(
            found,
            [
                (keys::SETTINGS, true),
                ("dsv:persona:a", true),
                ("dsv:persona:b", true)
            ]
        );
        repo.save(&workspace(&[("c", "Cai")])).unwrap();
        assert!(repo.save_settings(&Settings::default()).is_err());
        for (key, raw) in [
            ("dsv:persona:a", "[]"),
            ("dsv:persona:b", "null"),
            (keys::SETTINGS, "[]"),
        ] {
            assert_eq!(store.get(key).unwrap().as_deref(), Some(raw), "{key}");
        }
    }

    #[test]
    fn quota_full_keeps_the_previous_value() {
        let store = MemoryStore::with_quota(400);
        let (mut repo, _) = Repository::open(&store).unwrap();
        repo.save(&workspace(&[("a", "Ann")])).unwrap();
        let before = store.get("dsv:persona:a").unwrap();
        let big = "x".repeat(500);
        assert_eq!(
            repo.save(&workspace(&[("a", &big)])),
            Err(SaveError::QuotaFull)
        );
        assert_eq!(store.get("dsv:persona:a").unwrap(), before);
        let (_, reloaded) = Repository::open(&store).unwrap();
        assert_eq!(reloaded.personas[0].name, "Ann");
    }

    fn snapshot(store: &MemoryStore) -> Vec<(String, Option<String>)> {
        store
            .keys()
            .unwrap()
            .into_iter()
            .map(|k| {
                let v = store.get(&k).unwrap();
                (k, v)
            })
            .collect()
    }

    #[test]
    fn a_replace_that_does_not_fit_leaves_storage_exactly_as_it_was() {
        let store = MemoryStore::with_quota(6_000);
        let (mut repo, _) = Repository::open(&store).unwrap();
        let old = workspace(&[("old-1", "Ann"), ("old-2", "Bea")]);
        repo.save(&old).unwrap();
        let before = snapshot(&store);
        // Twelve documents of about 700 units: the first few fit, the rest do not.
        let big = "y".repeat(700);
        let names: Vec<(String, String)> = (0..12)
            .map(|i| (format!("new-{i:02}"), format!("{big}{i}")))
            .collect();
        let refs: Vec<(&str, &str)> = names
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let backup = workspace(&refs);
        assert_eq!(repo.save(&backup), Err(SaveError::QuotaFull));
        assert_eq!(snapshot(&store), before);
        let (_, reloaded) = Repository::open(&store).unwrap();
        assert_eq!(reloaded, old);
        // The repository still knows what is stored: a smaller change saves normally.
        let next = workspace(&[("old-1", "Ann"), ("old-3", "Cy")]);
        assert_eq!(
            repo.save(&next),
            Ok(SaveOutcome {
                written: 1,
                removed: 1
            })
        );
        assert_eq!(Repository::open(&store).unwrap().1, next);
    }

    #[test]
    fn a_failed_index_write_undoes_the_documents_written_before_it() {
        let store = MemoryStore::new();
        let (mut repo, _) = Repository::open(&store).unwrap();
        repo.save(&workspace(&[("a", "Ann")])).unwrap();
        let before = snapshot(&store);
        // Room for the new document but not for the longer index after it.
        let used: usize = before
            .iter()
            .map(|(k, v)| k.len() + v.as_ref().map_or(0, String::len))
            .sum();
        let doc = envelope::wrap(&persona("b", "Bea")).unwrap();
        let tight = MemoryStore::with_quota(used + "dsv:persona:b".len() + doc.len() + 5);
        for (k, v) in &before {
            tight.set(k, v.as_deref().unwrap()).unwrap();
        }
        let (mut repo, _) = Repository::open(&tight).unwrap();
        assert_eq!(
            repo.save(&workspace(&[("a", "Ann"), ("b", "Bea")])),
            Err(SaveError::QuotaFull)
        );
        assert_eq!(snapshot(&tight), before);
    }

    #[test]
    fn clearing_many_documents_is_all_or_nothing_and_frees_room_first() {
        // Removals go first: a replace that frees as much as it adds fits.
        let store = MemoryStore::with_quota(1_800);
        let (mut repo, _) = Repository::open(&store).unwrap();
        let big = "z".repeat(1_000);
        repo.save(&workspace(&[("a", &big)])).unwrap();
        let other = format!("{big}!");
        assert!(repo.save(&workspace(&[("b", &other)])).is_ok());
        assert_eq!(
            Repository::open(&store).unwrap().1,
            workspace(&[("b", &other)])
        );
    }

    #[test]
    fn a_blocked_save_writes_nothing_at_all() {
        let store = MemoryStore::new();
        store.set("dsv:persona:z", "{broken").unwrap();
        let (mut repo, _) = Repository::open(&store).unwrap();
        let before = snapshot(&store);
        assert_eq!(
            repo.save(&workspace(&[("a", "Ann"), ("z", "Zoe")])),
            Err(SaveError::Blocked {
                key: "dsv:persona:z".into()
            })
        );
        assert_eq!(snapshot(&store), before);
    }

    #[test]
    fn a_stale_tab_cannot_overwrite_another_tabs_save() {
        let store = MemoryStore::new();
        let (mut tab1, _) = Repository::open(&store).unwrap();
        let (mut tab2, _) = Repository::open(&store).unwrap();
        tab1.save(&workspace(&[("a", "From tab 1")])).unwrap();
        assert!(tab2.changed_elsewhere().unwrap());
        assert_eq!(
            tab2.save(&workspace(&[("b", "From tab 2")])),
            Err(SaveError::Conflict)
        );
        assert_eq!(tab2.reload().unwrap(), workspace(&[("a", "From tab 1")]));
        tab2.save(&workspace(&[("a", "From tab 1"), ("b", "Tab 2")]))
            .unwrap();
        assert_eq!(tab1.save(&workspace(&[])), Err(SaveError::Conflict));
    }

    #[test]
    fn keeping_this_tabs_version_overwrites_on_request() {
        let store = MemoryStore::new();
        let (mut tab1, _) = Repository::open(&store).unwrap();
        let (mut tab2, _) = Repository::open(&store).unwrap();
        tab1.save(&workspace(&[("a", "Ann")])).unwrap();
        let mine = workspace(&[("b", "Bea")]);
        tab2.save_overwriting(&mine).unwrap();
        assert_eq!(Repository::open(&store).unwrap().1, mine);
    }

    #[test]
    fn v1_journey_document_is_migrated_on_load_and_upgraded_on_save() {
        let store = MemoryStore::new();
        let v1 = include_str!("../../tests/fixtures/v1-journey-doc.json");
        store.set("dsv:journey:j-onboarding", v1).unwrap();
        let (mut repo, ws) = Repository::open(&store).unwrap();
        assert!(repo.unreadable().is_empty(), "{:?}", repo.unreadable());
        let emotions: Vec<i8> = ws.journeys[0]
            .touchpoints
            .iter()
            .map(|t| t.emotion.get())
            .collect();
        assert_eq!(emotions, vec![1, -2, 0]);
        // Saving writes the migrated document at the current schema.
        repo.save(&ws).unwrap();
        let stored = store.get("dsv:journey:j-onboarding").unwrap().unwrap();
        let current = format!("{{\"v\":{},", crate::storage::envelope::SCHEMA_VERSION);
        assert!(stored.starts_with(&current), "{stored}");
    }

    #[test]
    fn v1_settings_are_migrated() {
        let store = MemoryStore::new();
        store
            .set(keys::SETTINGS, r#"{"v":1,"body":{"locale":"ru-RU"}}"#)
            .unwrap();
        let (repo, _) = Repository::open(&store).unwrap();
        assert_eq!(repo.settings().language(), Some(crate::i18n::Lang::Ru));
    }

    #[test]
    fn a_document_from_a_newer_version_is_quarantined() {
        let store = MemoryStore::new();
        store.set("dsv:persona:p", r#"{"v":7,"body":{}}"#).unwrap();
        let (repo, _) = Repository::open(&store).unwrap();
        assert_eq!(repo.unreadable()[0].error, ReadError::TooNew { found: 7 });
    }

    #[test]
    fn saves_mark_changed_documents_for_the_sync_and_pulled_writes_do_not() {
        use crate::storage::sync::conflict::LocalWrite;
        use crate::storage::sync::local::{load_ledger, save_ledger};
        use crate::storage::sync::revisions::SyncLedger;
        let store = MemoryStore::new();
        let (mut repo, _) = Repository::open(&store).unwrap();
        let mut ws = Workspace::default();
        ws.personas.push(persona("p1", "Ana"));
        repo.save(&ws).unwrap();
        save_ledger(&store, &SyncLedger::default()).unwrap();
        ws.personas.push(persona("p2", "Bo"));
        repo.save(&ws).unwrap();
        let dirty = |store: &MemoryStore| -> Vec<String> {
            let ledger = load_ledger(store).unwrap();
            ledger.dirty_ids().map(str::to_owned).collect()
        };
        assert_eq!(dirty(&store), ["persona:p2"]);

        let pulled = persona("p3", "<script>x</script>");
        let envelope = crate::storage::envelope::Envelope {
            v: crate::storage::envelope::SCHEMA_VERSION,
            body: serde_json::to_value(&pulled).unwrap(),
        };
        let writes = [
            LocalWrite::Put {
                id: "persona:p3".into(),
                envelope,
            },
            LocalWrite::Remove {
                id: "persona:p1".into(),
            },
            LocalWrite::Remove {
                id: "invoice-1".into(),
            },
        ];
        let now = repo.apply_synced(&writes).unwrap().unwrap();
        let names: Vec<&str> = now.personas.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Bo", "<script>x</script>"]);
        assert_eq!(
            dirty(&store),
            ["persona:p2"],
            "pulled writes are not changes here"
        );
        assert!(!repo.changed_elsewhere().unwrap());
        assert_eq!(repo.apply_synced(&[]).unwrap(), None);
        // The next save from this state writes nothing back.
        assert_eq!(repo.save(&now).unwrap(), SaveOutcome::default());
    }
}
