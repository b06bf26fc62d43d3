//! Ticket exports as CSV (issue #6):
//!
//! ```text
//! id,service,priority,created,first_response,resolved,pauses
//! INC-1,E-mail,P1,2026-03-02T09:00:00+01:00,2026-03-02T09:20:00+01:00,,2026-03-02T10:00/2026-03-02T11:00
//! ```
//!
//! Timestamps are ISO 8601 with an offset or `Z`, or naive (read later in the
//! calendar's zone). `pauses` is optional: `start/end` intervals separated by `;`,
//! each may name the status it was spent in (`Waiting for customer@start/end`); such
//! a pause stops the clock only under definitions listing that status.
//! Columns are found through a [`ColumnMapping`] (our field → the file's header name),
//! remembered by the app for a ticket tool's own export; unmapped fields are matched by
//! their own name or a few common aliases, case-insensitive. Bad rows come back with
//! their line and a typed reason; nothing is dropped silently.

use super::csv::{self, CsvError};
use crate::domain::tickets::{
    BadTimestamp, Ticket, TicketError, TicketPause, Timestamp, IMPORT_YEARS,
};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// A field of a ticket that a column provides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketField {
    Id,
    Service,
    Priority,
    Created,
    FirstResponse,
    Resolved,
    Pauses,
}

impl TicketField {
    /// Every field, in header order.
    pub const ALL: [Self; 7] = [
        Self::Id,
        Self::Service,
        Self::Priority,
        Self::Created,
        Self::FirstResponse,
        Self::Resolved,
        Self::Pauses,
    ];

    /// The header name in our own format.
    pub fn name(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::Service => "service",
            Self::Priority => "priority",
            Self::Created => "created",
            Self::FirstResponse => "first_response",
            Self::Resolved => "resolved",
            Self::Pauses => "pauses",
        }
    }

    /// True when a file must have this column (`pauses` may be absent).
    pub fn required(self) -> bool {
        self != Self::Pauses
    }

    /// Other header names matched automatically when the field is not mapped and the
    /// file has no column of our own name.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Self::Id => &[
                "key",
                "issue key",
                "number",
                "ticket",
                "ticket id",
                "ticket number",
            ],
            Self::Service => &["business service", "affected service", "service name"],
            Self::Priority => &["prio", "priority name"],
            Self::Created => &[
                "created at",
                "created_at",
                "opened",
                "opened at",
                "opened_at",
            ],
            Self::FirstResponse => &[
                "first response",
                "first response at",
                "first_response_at",
                "first response time",
            ],
            Self::Resolved => &["resolved at", "resolved_at", "resolution date", "solved at"],
            Self::Pauses => &["paused", "pause intervals"],
        }
    }
}

impl fmt::Display for TicketField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Our field → the file's header name. Empty means automatic matching for every field.
/// Serialised as `{"created": "Created", "id": "Issue key", …}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ColumnMapping {
    columns: BTreeMap<TicketField, String>,
}

impl ColumnMapping {
    /// Every field matched automatically by name.
    pub fn automatic() -> Self {
        Self::default()
    }

    /// True when every field is matched automatically.
    pub fn is_automatic(&self) -> bool {
        self.columns.is_empty()
    }

    /// Reads `field` from the column called `header` (a blank header: automatic).
    pub fn set(&mut self, field: TicketField, header: impl Into<String>) {
        let header = header.into().trim().to_owned();
        if header.is_empty() {
            self.columns.remove(&field);
        } else {
            self.columns.insert(field, header);
        }
    }

    /// The header chosen for `field`, if one was.
    pub fn get(&self, field: TicketField) -> Option<&str> {
        self.columns.get(&field).map(String::as_str)
    }

    /// The column index of each field in `headers` (order of [`TicketField::ALL`]).
    pub fn columns(&self, headers: &[String]) -> Result<[Option<usize>; 7], TicketCsvError> {
        let find = |name: &str| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
        };
        let mut out = [None; 7];
        let mut missing = Vec::new();
        for (slot, field) in out.iter_mut().zip(TicketField::ALL) {
            *slot = match self.get(field) {
                Some(header) => match find(header) {
                    Some(i) => Some(i),
                    None => {
                        return Err(TicketCsvError::MappedColumnMissing {
                            field,
                            header: header.to_owned(),
                        })
                    }
                },
                None => find(field.name()).or_else(|| field.aliases().iter().find_map(|a| find(a))),
            };
            if slot.is_none() && field.required() {
                missing.push(field);
            }
        }
        if missing.is_empty() {
            Ok(out)
        } else {
            Err(TicketCsvError::MissingColumns(missing))
        }
    }
}

/// Why a file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TicketCsvError {
    /// Not readable as CSV.
    Csv(CsvError),
    /// Required fields have no column (neither mapped nor found by name).
    MissingColumns(Vec<TicketField>),
    /// The mapping names a header the file does not have.
    MappedColumnMissing { field: TicketField, header: String },
}

impl fmt::Display for TicketCsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Csv(e) => e.fmt(f),
            Self::MissingColumns(fields) => {
                let list: Vec<String> = fields.iter().map(|n| format!("'{n}'")).collect();
                write!(
                    f,
                    "the file has no column for {} (choose one in the column mapping)",
                    list.join(", ")
                )
            }
            Self::MappedColumnMissing { field, header } => write!(
                f,
                "the column '{header}' chosen for '{field}' is not in the file"
            ),
        }
    }
}

impl std::error::Error for TicketCsvError {}

/// What is wrong with one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// A required field is blank.
    Empty { field: TicketField },
    /// A timestamp is not ISO 8601.
    BadTimestamp { field: TicketField, text: String },
    /// A timestamp's year is outside [`IMPORT_YEARS`].
    YearOutOfRange { field: TicketField, text: String },
    /// A pause is not `start/end` with two timestamps.
    BadPause { text: String },
    /// More fields than the header has columns.
    ExtraFields { found: usize, expected: usize },
    /// An earlier row has the same ticket id.
    DuplicateId(String),
    /// The values contradict each other (e.g. resolved before created).
    Ticket(TicketError),
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty { field } => write!(f, "column '{field}' is empty"),
            Self::BadTimestamp { field, text } => {
                write!(f, "{field}: {}", BadTimestamp(text.clone()))
            }
            Self::YearOutOfRange { field, text } => write!(
                f,
                "{field}: '{text}' is outside the years {} to {}",
                IMPORT_YEARS.start(),
                IMPORT_YEARS.end()
            ),
            Self::BadPause { text } => write!(
                f,
                "pause '{text}' is not start/end or status@start/end (two ISO 8601 times separated by '/')"
            ),
            Self::ExtraFields { found, expected } => write!(
                f,
                "the row has {found} fields but the header has {expected}"
            ),
            Self::DuplicateId(id) => write!(f, "ticket '{id}' appears on an earlier line"),
            Self::Ticket(e) => e.fmt(f),
        }
    }
}

/// A bad row: its line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub problem: RowProblem,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

impl std::error::Error for RowError {}

/// The good tickets (with the line each came from) and the bad rows, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TicketImport {
    pub tickets: Vec<Ticket>,
    pub lines: Vec<usize>,
    pub errors: Vec<RowError>,
}

/// The header row of `text`, to offer in the column mapping.
pub fn file_headers(text: &str) -> Result<Vec<String>, CsvError> {
    csv::open(text).map(|(headers, _)| headers)
}

/// One shared copy of each service and priority name of a file.
#[derive(Debug, Default)]
struct Names(FxHashMap<String, Arc<str>>);

impl Names {
    fn shared(&mut self, name: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(name) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(name);
        self.0.insert(name.to_owned(), Arc::clone(&shared));
        shared
    }
}

/// Most rows room is made for before reading them.
const MAX_RESERVED_ROWS: usize = 100_000;

/// Reads every row of `text` with `mapping`.
pub fn read_tickets(text: &str, mapping: &ColumnMapping) -> Result<TicketImport, TicketCsvError> {
    let (headers, mut reader) = csv::open(text).map_err(TicketCsvError::Csv)?;
    let columns = mapping.columns(&headers)?;
    let width = headers.len();
    let id_column = columns.get(TicketField::Id as usize).copied().flatten();
    let mut seen: FxHashSet<Cow<'_, str>> = FxHashSet::default();
    let mut names = Names::default();
    let mut fields: Vec<Cow<'_, str>> = Vec::new();
    let mut out = TicketImport::default();
    while let Some(line) = reader.next_row(&mut fields).map_err(TicketCsvError::Csv)? {
        if out.tickets.is_empty() && out.errors.is_empty() {
            // Room for as many rows as the file holds if they are like the first
            // (the lists then grow without copying 50,000 tickets over and over),
            // within reason for a file whose first row is unusually short.
            let row_bytes: usize = fields.iter().map(|f| f.len() + 1).sum();
            let rows = (text.len() / row_bytes.max(32) + 1).min(MAX_RESERVED_ROWS);
            out.tickets.reserve(rows);
            out.lines.reserve(rows);
            seen.reserve(rows);
        }
        let extra = fields.iter().skip(width).any(|f| !f.trim().is_empty());
        let read = if extra {
            Err(RowProblem::ExtraFields {
                found: fields.len(),
                expected: width,
            })
        } else {
            read_row(&fields, &columns, &mut names)
        };
        let read = read.and_then(|t| {
            // The id as read (borrowed from the file when it was not re-quoted).
            let id = match id_column.and_then(|i| fields.get(i)) {
                Some(Cow::Borrowed(field)) => Cow::Borrowed(csv::cell(field)),
                _ => Cow::Owned(t.id().to_owned()),
            };
            if seen.insert(id) {
                Ok(t)
            } else {
                Err(RowProblem::DuplicateId(t.id().to_owned()))
            }
        });
        match read {
            Ok(ticket) => {
                out.tickets.push(ticket);
                out.lines.push(line);
            }
            Err(problem) => out.errors.push(RowError { line, problem }),
        }
    }
    Ok(out)
}

fn read_row(
    fields: &[Cow<'_, str>],
    columns: &[Option<usize>; 7],
    names: &mut Names,
) -> Result<Ticket, RowProblem> {
    let get = |field: TicketField| {
        columns
            .get(field as usize)
            .copied()
            .flatten()
            .and_then(|i| fields.get(i))
            .map_or("", |f| csv::cell(f))
    };
    let required = |field: TicketField| {
        let value = get(field);
        if value.is_empty() {
            Err(RowProblem::Empty { field })
        } else {
            Ok(value)
        }
    };
    let time = |field: TicketField, text: &str| match Timestamp::parse(text) {
        Ok(t) if t.in_ticket_years() => Ok(t),
        Ok(_) => Err(RowProblem::YearOutOfRange {
            field,
            text: text.trim().to_owned(),
        }),
        Err(_) => Err(RowProblem::BadTimestamp {
            field,
            text: text.to_owned(),
        }),
    };
    let optional_time = |field: TicketField| {
        let text = get(field);
        if text.is_empty() {
            Ok(None)
        } else {
            time(field, text).map(Some)
        }
    };
    let id = required(TicketField::Id)?;
    let service = required(TicketField::Service)?;
    let priority = get(TicketField::Priority);
    let created = time(TicketField::Created, required(TicketField::Created)?)?;
    let first_response = optional_time(TicketField::FirstResponse)?;
    let resolved = optional_time(TicketField::Resolved)?;
    let mut pauses = Vec::new();
    for part in get(TicketField::Pauses).split(';') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let bad = || RowProblem::BadPause {
            text: part.to_owned(),
        };
        // `status@start/end`: times never hold '@', a status may.
        let (status, interval) = match part.rsplit_once('@') {
            Some((status, interval)) => (status.trim(), interval),
            None => ("", part),
        };
        let (start, end) = interval.split_once('/').ok_or_else(bad)?;
        let start = Timestamp::parse(start)
            .ok()
            .filter(Timestamp::in_ticket_years)
            .ok_or_else(bad)?;
        let end = Timestamp::parse(end)
            .ok()
            .filter(Timestamp::in_ticket_years)
            .ok_or_else(bad)?;
        pauses.push(if status.is_empty() {
            TicketPause::new(start, end)
        } else {
            TicketPause::in_status(start, end, names.shared(status))
        });
    }
    Ticket::new(
        id,
        names.shared(service),
        names.shared(priority),
        created,
        first_response,
        resolved,
        pauses,
    )
    .map_err(RowProblem::Ticket)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tickets::TicketTime;

    const GOOD: &str = "\
id,service,priority,created,first_response,resolved,pauses
INC-1,E-mail,P1,2026-03-02T09:00:00+01:00,2026-03-02T09:20:00+01:00,2026-03-02T12:00:00+01:00,2026-03-02T10:00:00+01:00/2026-03-02T11:00:00+01:00
INC-2,E-mail,P2,2026-03-02 09:00,,,
\"INC-3\",\"Service desk\",p1,2026-03-02T08:00Z,2026-03-02T08:05Z,,\"2026-03-02T08:10Z/2026-03-02T08:20Z; 2026-03-02T09:00Z/2026-03-02T09:30Z\"
";

    #[test]
    fn reads_a_good_file_with_naive_and_offset_times_and_pauses() {
        let import = read_tickets(GOOD, &ColumnMapping::automatic()).unwrap();
        assert_eq!(import.errors, []);
        assert_eq!(import.lines, [2, 3, 4]);
        let t = &import.tickets;
        assert_eq!(t[0].id(), "INC-1");
        assert!(matches!(t[0].created(), Timestamp::Aware(_)));
        assert_eq!(t[0].created().to_iso(), "2026-03-02T09:00:00+01:00");
        assert_eq!(t[0].pauses().len(), 1);
        assert!(matches!(t[1].created(), Timestamp::Naive(_)));
        assert_eq!(t[1].first_response(), None);
        assert_eq!(t[1].resolved(), None);
        assert_eq!(t[2].service(), "Service desk");
        assert_eq!(t[2].pauses().len(), 2);
        assert_eq!(t[2].pauses()[1].end.to_iso(), "2026-03-02T09:30:00+00:00");
    }

    #[test]
    fn guarded_cells_read_as_the_text_before_the_guard() {
        // A file written by a tool that guards formula cells the same way (issue 16.10).
        let text = "id,service,priority,created,first_response,resolved\n\
            '-1,'+cmd,'@P1,2026-03-02T09:00Z,,\n\
            -1x,''=x,'hello,2026-03-02T09:00Z,,\n\
            -1,E-mail,P1,2026-03-02T09:00Z,,\n";
        let import = read_tickets(text, &ColumnMapping::automatic()).unwrap();
        let read: Vec<(&str, &str, &str)> = import
            .tickets
            .iter()
            .map(|t| (t.id(), t.service(), t.priority()))
            .collect();
        assert_eq!(read, [("-1", "+cmd", "@P1"), ("-1x", "'=x", "'hello")]);
        // `'-1` reads as `-1`, so the third row repeats the first row's id.
        assert_eq!(
            import.errors,
            [RowError {
                line: 4,
                problem: RowProblem::DuplicateId("-1".into())
            }]
        );
    }

    #[test]
    fn pauses_may_name_the_status_they_were_spent_in() {
        let text = "id,service,priority,created,first_response,resolved,pauses\n\
            S-1,E-mail,P1,2026-03-02T09:00Z,,,\"Waiting for customer@2026-03-02T10:00Z/2026-03-02T11:00Z; \
            2026-03-02T12:00Z/2026-03-02T12:30Z;On hold @ vendor@2026-03-02T13:00Z/2026-03-02T14:00Z; \
            @2026-03-02T15:00Z/2026-03-02T15:10Z\"\n\
            S-2,E-mail,P1,2026-03-02T09:00Z,,,Waiting for customer@2026-03-02T10:00Z\n";
        let import = read_tickets(text, &ColumnMapping::automatic()).unwrap();
        let statuses: Vec<Option<&str>> = import.tickets[0]
            .pauses()
            .iter()
            .map(|p| p.status.as_deref())
            .collect();
        assert_eq!(
            statuses,
            [
                Some("Waiting for customer"),
                None,
                Some("On hold @ vendor"),
                None
            ]
        );
        assert_eq!(
            import.tickets[0].pauses()[2].start.to_iso(),
            "2026-03-02T13:00:00+00:00"
        );
        assert_eq!(
            import.errors,
            [RowError {
                line: 3,
                problem: RowProblem::BadPause {
                    text: "Waiting for customer@2026-03-02T10:00Z".into()
                }
            }]
        );
    }

    #[test]
    fn pauses_column_is_optional_and_columns_may_come_in_any_order() {
        let text = "Resolved,CREATED,priority,Service,ID,first_response\n\
                    ,2026-03-02T09:00Z,P3,E-mail,A-1,\n";
        let import = read_tickets(text, &ColumnMapping::automatic()).unwrap();
        assert_eq!(import.tickets.len(), 1);
        assert_eq!(import.tickets[0].priority(), "P3");
    }

    #[test]
    fn a_mapping_reads_another_tools_headers_and_is_remembered_as_json() {
        let jira = "Issue key,Summary,Customer Request Type,Priority,Created,Time to first response,Resolved\n\
                    SD-7,Printer,Printing,High,2026-03-02 09:00,2026-03-02 09:30,2026-03-02 10:00\n";
        // Automatic: Issue key, Priority, Created and Resolved are found; service is not.
        assert_eq!(
            read_tickets(jira, &ColumnMapping::automatic()),
            Err(TicketCsvError::MissingColumns(vec![
                TicketField::Service,
                TicketField::FirstResponse
            ]))
        );
        let mut mapping = ColumnMapping::automatic();
        mapping.set(TicketField::Service, "customer request type");
        mapping.set(TicketField::FirstResponse, "Time to first response");
        let json = serde_json::to_string(&mapping).unwrap();
        assert_eq!(
            json,
            r#"{"service":"customer request type","first_response":"Time to first response"}"#
        );
        let mapping: ColumnMapping = serde_json::from_str(&json).unwrap();
        let import = read_tickets(jira, &mapping).unwrap();
        assert_eq!(import.errors, []);
        assert_eq!(import.tickets[0].id(), "SD-7");
        assert_eq!(import.tickets[0].service(), "Printing");
        let mut wrong = mapping.clone();
        wrong.set(TicketField::Priority, "Urgency");
        assert_eq!(
            read_tickets(jira, &wrong),
            Err(TicketCsvError::MappedColumnMissing {
                field: TicketField::Priority,
                header: "Urgency".into()
            })
        );
        assert_eq!(
            file_headers(jira).unwrap()[..2],
            ["Issue key".to_owned(), "Summary".to_owned()]
        );
    }

    #[test]
    fn bad_rows_come_with_line_numbers_and_typed_reasons() {
        let text = "\
id,service,priority,created,first_response,resolved,pauses
A,E-mail,P1,2026-03-02T09:00Z,,,
B,,P1,2026-03-02T09:00Z,,,
C,E-mail,P1,02/03/2026 09:00,,,
D,E-mail,P1,2026-03-02T09:00Z,,2026-03-02T08:00Z,
E,E-mail,P1,2026-03-02T09:00Z,,,2026-03-02T10:00Z-2026-03-02T11:00Z
A,E-mail,P1,2026-03-02T09:00Z,,,

F,E-mail,P1,2026-03-02T09:00Z,,,,extra
G,E-mail,P1,2026-03-02T09:00Z,,,2026-03-02T11:00Z/2026-03-02T10:00Z
H,E-mail,P1,2026-03-02T09:00Z,yesterday,,
";
        let import = read_tickets(text, &ColumnMapping::automatic()).unwrap();
        assert_eq!(import.lines, [2]);
        let errors: Vec<(usize, RowProblem)> = import
            .errors
            .into_iter()
            .map(|e| (e.line, e.problem))
            .collect();
        assert_eq!(
            errors,
            [
                (
                    3,
                    RowProblem::Empty {
                        field: TicketField::Service
                    }
                ),
                (
                    4,
                    RowProblem::BadTimestamp {
                        field: TicketField::Created,
                        text: "02/03/2026 09:00".into()
                    }
                ),
                (
                    5,
                    RowProblem::Ticket(TicketError::BeforeCreated(TicketTime::Resolved))
                ),
                (
                    6,
                    RowProblem::BadPause {
                        text: "2026-03-02T10:00Z-2026-03-02T11:00Z".into()
                    }
                ),
                (7, RowProblem::DuplicateId("A".into())),
                (
                    9,
                    RowProblem::ExtraFields {
                        found: 8,
                        expected: 7
                    }
                ),
                (
                    10,
                    RowProblem::Ticket(TicketError::PauseReversed {
                        start: Timestamp::parse("2026-03-02T11:00Z").unwrap(),
                        end: Timestamp::parse("2026-03-02T10:00Z").unwrap()
                    })
                ),
                (
                    11,
                    RowProblem::BadTimestamp {
                        field: TicketField::FirstResponse,
                        text: "yesterday".into()
                    }
                ),
            ]
        );
        let shown = RowError {
            line: 4,
            problem: RowProblem::Empty {
                field: TicketField::Created,
            },
        };
        assert_eq!(shown.to_string(), "line 4: column 'created' is empty");
    }

    #[test]
    fn years_outside_1970_to_2200_are_refused_by_line() {
        let text = "\
id,service,priority,created,first_response,resolved,pauses
A,E-mail,P1,0000-03-02T09:00Z,,,
B,E-mail,P1,2026-03-02T09:00Z,,9999-03-02T10:00Z,
C,E-mail,P1,1970-01-01T00:00Z,,2200-12-31T23:59Z,
D,E-mail,P1,2026-03-02T09:00Z,,,2026-03-02T10:00Z/9999-01-01T00:00Z
";
        let import = read_tickets(text, &ColumnMapping::automatic()).unwrap();
        assert_eq!(import.lines, [4]);
        let errors: Vec<(usize, RowProblem)> = import
            .errors
            .into_iter()
            .map(|e| (e.line, e.problem))
            .collect();
        assert_eq!(
            errors,
            [
                (
                    2,
                    RowProblem::YearOutOfRange {
                        field: TicketField::Created,
                        text: "0000-03-02T09:00Z".into()
                    }
                ),
                (
                    3,
                    RowProblem::YearOutOfRange {
                        field: TicketField::Resolved,
                        text: "9999-03-02T10:00Z".into()
                    }
                ),
                (
                    5,
                    RowProblem::BadPause {
                        text: "2026-03-02T10:00Z/9999-01-01T00:00Z".into()
                    }
                ),
            ]
        );
    }

    #[test]
    fn files_that_are_not_ticket_exports_are_refused() {
        assert_eq!(
            read_tickets("", &ColumnMapping::automatic()),
            Err(TicketCsvError::Csv(CsvError::Empty))
        );
        assert!(matches!(
            read_tickets("a,b\n1,2\n", &ColumnMapping::automatic()),
            Err(TicketCsvError::MissingColumns(_))
        ));
    }
}
