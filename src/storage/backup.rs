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
use super::keys::DocKind;
use crate::domain::workspace::ValidationError;
use crate::domain::Workspace;
use serde::Serialize;
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
    /// The file is not JSON.
    NotJson(String),
    /// JSON, but not a DSV Studio backup.
    Foreign,
    /// A backup from a newer DSV Studio.
    TooNew { found: u32 },
    /// A backup whose version or content cannot be upgraded.
    Unmigratable(String),
    /// A backup whose content does not match the schema.
    Invalid(String),
    /// A backup that breaks workspace rules (duplicate ids, dangling references).
    Inconsistent(Vec<ValidationError>),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson(why) => write!(f, "the file is not JSON: {why}"),
            Self::Foreign => f.write_str("the file is not a DSV Studio backup"),
            Self::TooNew { found } => write!(
                f,
                "the backup is from a newer DSV Studio (version {found}; this one reads up to {SCHEMA_VERSION})"
            ),
            Self::Unmigratable(why) => write!(f, "the backup cannot be upgraded: {why}"),
            Self::Invalid(why) => write!(f, "the backup's content is not valid: {why}"),
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
        .map_err(|e| ImportError::NotJson(e.to_string()))?;
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::Foreign);
    }
    let version = root
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| {
            ImportError::Invalid("\"version\" is missing or not a whole number".into())
        })?;
    if version > SCHEMA_VERSION {
        return Err(ImportError::TooNew { found: version });
    }
    let exported_at = root
        .get("exported_at")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let mut workspace = root
        .get("workspace")
        .cloned()
        .ok_or_else(|| ImportError::Invalid("\"workspace\" is missing".into()))?;
    let Some(collections) = workspace.as_object_mut() else {
        return Err(ImportError::Invalid(
            "\"workspace\" is not an object".into(),
        ));
    };
    for (name, kind) in [
        ("journeys", DocKind::Journey),
        ("personas", DocKind::Persona),
        ("surveys", DocKind::Survey),
        ("responses", DocKind::Responses),
        ("services", DocKind::Service),
        ("calendars", DocKind::Calendar),
        ("ticket_slas", DocKind::TicketSla),
    ] {
        let Some(items) = collections.get_mut(name).and_then(Value::as_array_mut) else {
            continue;
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
    let workspace: Workspace =
        serde_json::from_value(workspace).map_err(|e| ImportError::Invalid(e.to_string()))?;
    workspace.validate().map_err(ImportError::Inconsistent)?;
    Ok(Imported {
        workspace,
        version,
        exported_at,
    })
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
