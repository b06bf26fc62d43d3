//! The workspace backup file: one JSON document with `"format": "dsv-studio"`, a
//! schema `"version"`, the export time and the whole workspace.
//!
//! ```json
//! {"format": "dsv-studio", "version": 4, "exported_at": "2026-11-23T10:00:00Z",
//!  "workspace": {"journeys": [], "personas": [], "surveys": [], "responses": [], "services": [],
//!                "calendars": [], "ticket_slas": [],
//!                "tickets": {"services": [], "priorities": [], "rows": []}}}
//! ```

use super::envelope::{self, ReadError, Subject, SCHEMA_VERSION};
use super::json_fault::JsonFault;
use super::keys::DocKind;
use crate::domain::journey::Journey;
use crate::domain::kano::{ResponseSet, Survey};
use crate::domain::persona::Persona;
use crate::domain::slm::Service;
use crate::domain::tickets::{BusinessCalendar, TicketSet, TicketSla};
use crate::domain::workspace::ValidationError;
use crate::domain::{ItemKind, Workspace};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The `format` marker of a backup file.
pub const FORMAT: &str = "dsv-studio";

/// A backup file that passed every check, ready to replace the workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub workspace: Workspace,
    /// Schema version the file was written with (older ones were migrated).
    pub version: u32,
    /// When the file was exported, as written in it.
    pub exported_at: Option<String>,
}

/// Why a file cannot be imported. Nothing is changed when any of these occurs.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// The file is not JSON: where and why.
    NotJson(JsonFault),
    /// JSON, but not a DSV Studio backup.
    Foreign,
    /// A backup from a newer DSV Studio.
    TooNew { found: u32 },
    /// A backup whose version or content cannot be upgraded.
    Unmigratable(String),
    /// A backup whose content does not match the schema.
    Invalid(ShapeFault),
    /// A backup that breaks workspace rules (duplicate ids, dangling references).
    Inconsistent(Vec<ValidationError>),
}

/// Where in a backup a value does not fit the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The `number`th (1-based) item of a collection.
    Item { kind: ItemKind, number: usize },
    /// A whole collection (the journeys, say).
    Collection(ItemKind),
    /// The imported tickets.
    Tickets,
}

/// What does not fit the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeFaultKind {
    /// `"version"` is missing or not a whole number.
    VersionMissing,
    /// `"workspace"` is missing.
    WorkspaceMissing,
    /// `"workspace"` is not an object.
    WorkspaceNotObject,
    /// A collection that should be a list is not one.
    NotAList,
    /// A required field is missing (its name).
    MissingField(String),
    /// A value that is not one of the names allowed (the value).
    UnknownValue(String),
    /// A value of the wrong type (text for a number, say).
    WrongType,
    /// A value of the right type that breaks a rule (an id with a space, a rating out of range).
    BadValue,
}

/// A backup value that does not fit the schema: where, what, and the reader's own
/// English message for a technical detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeFault {
    pub section: Option<Section>,
    pub kind: ShapeFaultKind,
    pub detail: String,
}

impl ShapeFault {
    fn plain(kind: ShapeFaultKind, detail: &str) -> Self {
        Self {
            section: None,
            kind,
            detail: detail.to_owned(),
        }
    }

    /// Sorts a deserialization message from serde into a kind.
    fn from_serde(section: Option<Section>, error: &serde_json::Error) -> Self {
        let detail = error.to_string();
        let quoted = |prefix: &str| {
            detail
                .strip_prefix(prefix)
                .and_then(|rest| rest.split('`').next())
                .map(str::to_owned)
        };
        let kind = if let Some(field) = quoted("missing field `") {
            ShapeFaultKind::MissingField(field)
        } else if let Some(value) = quoted("unknown variant `") {
            ShapeFaultKind::UnknownValue(value)
        } else if detail.starts_with("invalid type") || detail.starts_with("invalid length") {
            ShapeFaultKind::WrongType
        } else {
            ShapeFaultKind::BadValue
        };
        Self {
            section,
            kind,
            detail,
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson(fault) => write!(f, "the file is not JSON: {fault}"),
            Self::Foreign => f.write_str("the file is not a DSV Studio backup"),
            Self::TooNew { found } => write!(
                f,
                "the backup is from a newer DSV Studio (version {found}; this one reads up to {SCHEMA_VERSION})"
            ),
            Self::Unmigratable(why) => write!(f, "the backup cannot be upgraded: {why}"),
            Self::Invalid(fault) => {
                f.write_str("the backup's content is not valid: ")?;
                match fault.section {
                    Some(Section::Item { kind, number }) => write!(f, "{kind} {number}: ")?,
                    Some(Section::Collection(kind)) => write!(f, "{kind} list: ")?,
                    Some(Section::Tickets) => f.write_str("tickets: ")?,
                    None => {}
                }
                f.write_str(&fault.detail)
            }
            Self::Inconsistent(errors) => {
                let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
                write!(f, "the backup is inconsistent: {}", list.join("; "))
            }
        }
    }
}

impl std::error::Error for ImportError {}

#[derive(Serialize)]
struct BackupOut<'a> {
    format: &'static str,
    version: u32,
    exported_at: &'a str,
    workspace: &'a Workspace,
}

/// Writes the backup file for `workspace`; `exported_at` is an RFC 3339 time.
pub fn export(workspace: &Workspace, exported_at: &str) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(&BackupOut {
        format: FORMAT,
        version: SCHEMA_VERSION,
        exported_at,
        workspace,
    })
}

/// A file name for a backup exported on `date` (`YYYY-MM-DD`).
pub fn file_name(date: &str) -> String {
    format!("dsv-studio-backup-{date}.json")
}

/// Reads, migrates and validates a backup file without touching any stored data.
pub fn parse(text: &str) -> Result<Imported, ImportError> {
    let root: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| ImportError::NotJson(JsonFault::from_serde(&e)))?;
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::Foreign);
    }
    let version = root
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| {
            ImportError::Invalid(ShapeFault::plain(
                ShapeFaultKind::VersionMissing,
                "\"version\" is missing or not a whole number",
            ))
        })?;
    if version > SCHEMA_VERSION {
        return Err(ImportError::TooNew { found: version });
    }
    let exported_at = root
        .get("exported_at")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let mut workspace = root.get("workspace").cloned().ok_or_else(|| {
        ImportError::Invalid(ShapeFault::plain(
            ShapeFaultKind::WorkspaceMissing,
            "\"workspace\" is missing",
        ))
    })?;
    let Some(collections) = workspace.as_object_mut() else {
        return Err(ImportError::Invalid(ShapeFault::plain(
            ShapeFaultKind::WorkspaceNotObject,
            "\"workspace\" is not an object",
        )));
    };
    for (name, kind, item, _) in COLLECTIONS {
        let Some(items) = collections.get_mut(name) else {
            continue;
        };
        let Some(items) = items.as_array_mut() else {
            return Err(ImportError::Invalid(ShapeFault {
                section: Some(Section::Collection(item)),
                kind: ShapeFaultKind::NotAList,
                detail: format!("\"{name}\" is not a list"),
            }));
        };
        for item in items.iter_mut() {
            *item = envelope::migrate(Subject::Doc(kind), version, item.take()).map_err(
                |e| match e {
                    ReadError::TooNew { found } => ImportError::TooNew { found },
                    other => ImportError::Unmigratable(other.to_string()),
                },
            )?;
        }
    }
    let workspace: Workspace = match serde_json::from_value(workspace.clone()) {
        Ok(workspace) => workspace,
        Err(error) => return Err(ImportError::Invalid(locate(&workspace, &error))),
    };
    workspace.validate().map_err(ImportError::Inconsistent)?;
    Ok(Imported {
        workspace,
        version,
        exported_at,
    })
}

/// The backup's collections of documents: field name, stored kind, item kind, and the
/// check that one item deserializes.
const COLLECTIONS: [(&str, DocKind, ItemKind, ItemCheck); 7] = [
    (
        "journeys",
        DocKind::Journey,
        ItemKind::Journey,
        check::<Journey>,
    ),
    (
        "personas",
        DocKind::Persona,
        ItemKind::Persona,
        check::<Persona>,
    ),
    (
        "surveys",
        DocKind::Survey,
        ItemKind::Survey,
        check::<Survey>,
    ),
    (
        "responses",
        DocKind::Responses,
        ItemKind::ResponseSet,
        check::<ResponseSet>,
    ),
    (
        "services",
        DocKind::Service,
        ItemKind::Service,
        check::<Service>,
    ),
    (
        "calendars",
        DocKind::Calendar,
        ItemKind::Calendar,
        check::<BusinessCalendar>,
    ),
    (
        "ticket_slas",
        DocKind::TicketSla,
        ItemKind::TicketSla,
        check::<TicketSla>,
    ),
];

type ItemCheck = fn(&Value) -> Result<(), serde_json::Error>;

fn check<T: serde::de::DeserializeOwned>(value: &Value) -> Result<(), serde_json::Error> {
    T::deserialize(value).map(drop)
}

/// Finds the first item that does not deserialize on its own, so the message can say
/// which one; the whole workspace's error when no single item is to blame.
fn locate(workspace: &Value, whole: &serde_json::Error) -> ShapeFault {
    for (name, _, kind, check) in COLLECTIONS {
        let Some(items) = workspace.get(name).and_then(Value::as_array) else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            if let Err(error) = check(item) {
                let section = Section::Item {
                    kind,
                    number: i + 1,
                };
                return ShapeFault::from_serde(Some(section), &error);
            }
        }
    }
    if let Some(tickets) = workspace.get("tickets") {
        if let Err(error) = TicketSet::deserialize(tickets) {
            return ShapeFault::from_serde(Some(Section::Tickets), &error);
        }
    }
    ShapeFault::from_serde(None, whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The connected example's improvement → touchpoint links survive a backup file
    /// and local storage (the domain's example is checked where storage lives).
    #[test]
    fn the_connected_example_keeps_its_links_through_a_backup_and_local_storage() {
        use crate::domain::examples::example_workspace;
        use crate::domain::Id;
        use crate::storage::{MemoryStore, Repository};
        let mut n = 0;
        let ws = example_workspace("ru", "2026-10".parse().unwrap(), |prefix| {
            n += 1;
            Id::from_random(prefix, n)
        });
        let file = export(&ws, "2026-11-01T00:00:00Z").unwrap();
        assert_eq!(parse(&file).unwrap().workspace, ws);
        let store = MemoryStore::new();
        let (mut repo, _) = Repository::open(&store).unwrap();
        repo.save(&ws).unwrap();
        let (_, again) = Repository::open(&store).unwrap();
        assert_eq!(again, ws);
        assert!(again.services[0].improvements[0].touchpoint.is_some());
    }

    fn sample() -> Workspace {
        parse(include_str!("../../tests/fixtures/v2-backup.json"))
            .expect("fixture is valid")
            .workspace
    }

    #[test]
    fn older_backups_import_with_no_ticket_slas_and_v4_round_trips_tickets() {
        for text in [
            include_str!("../../tests/fixtures/v1-backup.json"),
            include_str!("../../tests/fixtures/v2-backup.json"),
        ] {
            let imported = parse(text).unwrap();
            assert!(imported.version < SCHEMA_VERSION);
            assert!(imported.workspace.calendars.is_empty());
            assert!(imported.workspace.ticket_slas.is_empty());
            assert!(imported.workspace.tickets.is_empty());
        }
        let mut ws = sample();
        let calendar = crate::domain::tickets::BusinessCalendar::always("Always");
        let ticket = crate::domain::tickets::Ticket::new(
            "INC-1",
            "E-mail",
            "P1",
            crate::domain::tickets::Timestamp::parse("2026-03-02 09:00").unwrap(),
            None,
            None,
            vec![],
        )
        .unwrap();
        ws.calendars.push(calendar);
        ws.tickets = crate::domain::tickets::TicketSet::new(vec![ticket]);
        let text = export(&ws, "2026-11-23T10:00:00Z").unwrap();
        assert!(text.contains("\"rows\""));
        let back = parse(&text).unwrap();
        assert_eq!(back.version, 4);
        assert_eq!(back.workspace, ws);
    }

    #[test]
    fn export_then_parse_round_trips() {
        let ws = sample();
        let text = export(&ws, "2026-11-23T10:00:00Z").unwrap();
        let back = parse(&text).unwrap();
        assert_eq!(back.workspace, ws);
        assert_eq!(back.version, SCHEMA_VERSION);
        assert_eq!(back.exported_at.as_deref(), Some("2026-11-23T10:00:00Z"));
    }

    #[test]
    fn v2_backup_responses_are_migrated_to_compact_codes() {
        let imported = parse(include_str!("../../tests/fixtures/v2-backup.json")).unwrap();
        assert_eq!(imported.version, 2);
        let answer = &imported.workspace.responses[0].responses[0].answers[0];
        assert_eq!(answer.feature_id.as_str(), "f1");
        assert_eq!(answer.importance.map(|i| i.get()), Some(8));
        let text = export(&imported.workspace, "2026-11-23T10:00:00Z").unwrap();
        assert!(
            text.contains(r#""r001","158""#) || text.contains("\"158\""),
            "{text}"
        );
    }

    #[test]
    fn v1_backup_is_migrated() {
        let imported = parse(include_str!("../../tests/fixtures/v1-backup.json")).unwrap();
        assert_eq!(imported.version, 1);
        let emotions: Vec<i8> = imported.workspace.journeys[0]
            .touchpoints
            .iter()
            .map(|t| t.emotion.get())
            .collect();
        assert_eq!(emotions, vec![-1, 2]);
    }

    #[test]
    fn refuses_non_json_foreign_newer_and_invalid_files() {
        assert!(matches!(parse("hello"), Err(ImportError::NotJson(_))));
        assert_eq!(parse(r#"{"journeys":[]}"#), Err(ImportError::Foreign));
        assert_eq!(
            parse(r#"{"format":"dsv-studio","version":5,"workspace":{}}"#),
            Err(ImportError::TooNew { found: 5 })
        );
        assert!(matches!(
            parse(
                r#"{"format":"dsv-studio","version":2,"workspace":{"personas":[{"id":"bad id","name":"x"}]}}"#
            ),
            Err(ImportError::Invalid(_))
        ));
        assert!(matches!(
            parse(r#"{"format":"dsv-studio","version":2}"#),
            Err(ImportError::Invalid(_))
        ));
    }

    #[test]
    fn a_value_that_does_not_fit_is_located_and_sorted() {
        let shape = |workspace: &str| {
            let text = format!(r#"{{"format":"dsv-studio","version":4,"workspace":{workspace}}}"#);
            match parse(&text) {
                Err(ImportError::Invalid(fault)) => (fault.section, fault.kind),
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(
            shape(r#"{"personas":[{"id":"p1","name":"A"},{"id":"p2"}]}"#),
            (
                Some(Section::Item {
                    kind: ItemKind::Persona,
                    number: 2
                }),
                ShapeFaultKind::MissingField("name".into())
            )
        );
        assert_eq!(
            shape(r#"{"personas":[{"id":"has space","name":"x"}]}"#).1,
            ShapeFaultKind::BadValue
        );
        assert_eq!(
            shape(r#"{"journeys":[{"id":"j1","name":7}]}"#),
            (
                Some(Section::Item {
                    kind: ItemKind::Journey,
                    number: 1
                }),
                ShapeFaultKind::WrongType
            )
        );
        assert_eq!(
            shape(r#"{"services":{}}"#),
            (
                Some(Section::Collection(ItemKind::Service)),
                ShapeFaultKind::NotAList
            )
        );
        assert_eq!(shape("[]"), (None, ShapeFaultKind::WorkspaceNotObject));
        assert!(matches!(
            parse(r#"{"format":"dsv-studio","version":"4","workspace":{}}"#),
            Err(ImportError::Invalid(ShapeFault {
                kind: ShapeFaultKind::VersionMissing,
                ..
            }))
        ));
    }

    #[test]
    fn a_file_that_is_not_json_says_what_is_wrong_and_where() {
        use super::super::json_fault::JsonFaultKind;
        let fault = |text: &str| match parse(text) {
            Err(ImportError::NotJson(f)) => (f.kind, f.line, f.column),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            fault("{\"format\": \"dsv-studio\",\n \"exported_at\": \"\\udc00\"}"),
            (JsonFaultKind::BadCharacterEscape, 2, 23)
        );
        assert_eq!(
            fault("{\"format\": \"dsv-studio\", \"version\": 1e400}"),
            (JsonFaultKind::NumberTooLarge, 1, 41)
        );
    }

    #[test]
    fn refuses_inconsistent_workspace() {
        let text = r#"{"format":"dsv-studio","version":2,"workspace":{"personas":[
            {"id":"p","name":"A"},{"id":"p","name":"B"}]}}"#;
        assert!(matches!(parse(text), Err(ImportError::Inconsistent(e)) if e.len() == 1));
    }

    #[test]
    fn accepts_a_byte_order_mark() {
        let text = "\u{feff}{\"format\":\"dsv-studio\",\"version\":2,\"workspace\":{}}";
        assert!(parse(text).is_ok());
    }
}
