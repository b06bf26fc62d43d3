//! The storage key layout: one key per document, plus an index and settings, all
//! under the `dsv:` prefix.

use crate::domain::Id;

/// Prefix of every key DSV Studio writes.
pub const PREFIX: &str = "dsv:";
/// Key of the user's settings.
pub const SETTINGS: &str = "dsv:settings";
/// Key of the index: save revision and document order.
pub const INDEX: &str = "dsv:index";

/// The kinds of stored documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    Journey,
    Persona,
    Survey,
    /// The responses of one survey, kept apart so a large collection never forces
    /// rewriting the survey.
    Responses,
    Service,
    /// One business calendar of the ticket SLAs.
    Calendar,
    /// One ticket SLA definition.
    TicketSla,
    /// A run of imported tickets (see [`TICKETS_PER_DOC`]), so an import rewrites
    /// only the runs it changed and a corrupt run loses only its own tickets.
    Tickets,
}

/// Tickets per stored run.
pub const TICKETS_PER_DOC: usize = 5_000;

impl DocKind {
    /// Every document kind.
    pub const ALL: [Self; 8] = [
        Self::Journey,
        Self::Persona,
        Self::Survey,
        Self::Responses,
        Self::Service,
        Self::Calendar,
        Self::TicketSla,
        Self::Tickets,
    ];

    fn segment(self) -> &'static str {
        match self {
            Self::Journey => "journey",
            Self::Persona => "persona",
            Self::Survey => "survey",
            Self::Responses => "responses",
            Self::Service => "service",
            Self::Calendar => "calendar",
            Self::TicketSla => "ticket-sla",
            Self::Tickets => "tickets",
        }
    }
}

/// The key of a document.
pub fn doc_key(kind: DocKind, id: &Id) -> String {
    format!("{PREFIX}{}:{id}", kind.segment())
}

/// The key of the `n`-th run of tickets (`dsv:tickets:r0000`, sorting in run order).
pub fn tickets_key(n: usize) -> String {
    format!("{PREFIX}tickets:r{n:04}")
}

/// The kind of document stored under `key`, if it is a document key.
pub fn doc_kind(key: &str) -> Option<DocKind> {
    let rest = key.strip_prefix(PREFIX)?;
    let (segment, id) = rest.split_once(':')?;
    if id.is_empty() {
        return None;
    }
    DocKind::ALL.into_iter().find(|k| k.segment() == segment)
}

/// Prefix of the team sync's own keys (ledger, settings, tab lock): not workspace
/// data, so a change to one never reloads the workspace.
pub const SYNC_PREFIX: &str = "dsv:sync:";

/// True for keys that belong to DSV Studio.
pub fn is_ours(key: &str) -> bool {
    key.starts_with(PREFIX)
}

/// True for DSV Studio's keys other than the team sync's own.
pub fn is_workspace_key(key: &str) -> bool {
    is_ours(key) && !key.starts_with(SYNC_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_keys_round_trip_their_kind() {
        let id = Id::new("j1").unwrap();
        for kind in DocKind::ALL {
            assert_eq!(doc_kind(&doc_key(kind, &id)), Some(kind));
        }
        assert_eq!(doc_kind(INDEX), None);
        assert_eq!(doc_kind(SETTINGS), None);
        assert_eq!(doc_kind("other:journey:x"), None);
    }
}
