//! SLA records as CSV, both ways (the contract in `design.md`, "SLA records"):
//!
//! ```text
//! service,agreement,metric,unit,direction,target,period,achieved
//! E-mail,SLA-001,Availability,%,>=,99.5,2026-01,99.82
//! ```
//!
//! Columns are matched by name in any order, case-insensitive (`unit` may be absent).
//! Import is two steps: [`plan_import`] reads the file into good rows and bad rows (with
//! line numbers and reasons), then [`apply_import`] applies the good rows. Rows create
//! the service, agreement and target when missing (matched by trimmed, case-insensitive
//! name); a record for a period already stored replaces it. Numbers may use a decimal
//! comma in quoted fields (`"99,5"`); export always writes dots.

use super::csv::{self, CsvError, Row, Writer};
use crate::domain::slm::{
    parse_decimal, Agreement, AgreementKind, Direction, Period, PeriodError, PeriodKind, Service,
    Target,
};
use crate::domain::Id;
use crate::domain::IMPORT_YEARS;
use std::collections::HashMap;
use std::fmt;

/// The header written on export, in this order.
pub const HEADER: [&str; 8] = [
    "service",
    "agreement",
    "metric",
    "unit",
    "direction",
    "target",
    "period",
    "achieved",
];

/// Columns an import needs (`unit` is optional).
const REQUIRED: [&str; 7] = [
    "service",
    "agreement",
    "metric",
    "direction",
    "target",
    "period",
    "achieved",
];

/// Why a file cannot be imported at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlaCsvError {
    /// Not readable as CSV.
    Csv(CsvError),
    /// Required columns are missing from the header.
    MissingColumns(Vec<&'static str>),
}

impl fmt::Display for SlaCsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Csv(e) => e.fmt(f),
            Self::MissingColumns(names) => {
                let list: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
                write!(
                    f,
                    "the file has no column {} (expected {})",
                    list.join(", "),
                    HEADER.join(",")
                )
            }
        }
    }
}

impl std::error::Error for SlaCsvError {}

/// What is wrong with one row.
#[derive(Debug, Clone, PartialEq)]
pub enum RowProblem {
    /// A required field is blank.
    Empty { column: &'static str },
    /// `direction` is not `>=` or `<=`.
    BadDirection(String),
    /// `target` or `achieved` is not a number.
    BadNumber { column: &'static str, text: String },
    /// `period` is not a month, ISO week or quarter.
    BadPeriod(PeriodError),
    /// The period's year is outside [`IMPORT_YEARS`].
    PeriodYear(Period),
    /// The row's direction or target value differs from the stored target (or an
    /// earlier row of the file).
    ConflictingTarget {
        metric: String,
        stored_direction: Direction,
        stored_target: f64,
        direction: Direction,
        target: f64,
    },
    /// More fields than the header has columns, e.g. an unquoted decimal comma.
    ExtraFields { found: usize, expected: usize },
    /// The period's kind differs from the one the target is measured in.
    WrongPeriodKind {
        metric: String,
        period: Period,
        expected: PeriodKind,
    },
}

fn kind_name(kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Month => "a month",
        PeriodKind::IsoWeek => "an ISO week",
        PeriodKind::Quarter => "a quarter",
    }
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty { column } => write!(f, "column '{column}' is empty"),
            Self::BadDirection(text) => write!(f, "direction '{text}' is not >= or <="),
            Self::BadNumber { column, text } => {
                write!(f, "{column} '{text}' is not a number (e.g. 99.5 or \"99,5\")")
            }
            Self::BadPeriod(e) => e.fmt(f),
            Self::PeriodYear(p) => write!(
                f,
                "period '{p}' is outside the years {} to {}",
                IMPORT_YEARS.start(),
                IMPORT_YEARS.end()
            ),
            Self::ExtraFields { found, expected } => write!(
                f,
                "the row has {found} fields but the header has {expected} (a decimal comma must be quoted: \"99,5\")"
            ),
            Self::ConflictingTarget {
                metric,
                stored_direction,
                stored_target,
                direction,
                target,
            } => write!(
                f,
                "target '{metric}' is {stored_direction} {stored_target}, but this row says {direction} {target}"
            ),
            Self::WrongPeriodKind {
                metric,
                period,
                expected,
            } => write!(
                f,
                "period '{period}' is {} but target '{metric}' is measured per {}",
                kind_name(period.kind()),
                match expected {
                    PeriodKind::Month => "month",
                    PeriodKind::IsoWeek => "ISO week",
                    PeriodKind::Quarter => "quarter",
                }
            ),
        }
    }
}

/// A bad row: its line and what is wrong (`line 7: period '2026-13' is not …`).
#[derive(Debug, Clone, PartialEq)]
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

/// A good row, ready to apply.
#[derive(Debug, Clone, PartialEq)]
pub struct SlaRow {
    pub line: usize,
    pub service: String,
    pub agreement: String,
    pub metric: String,
    pub unit: String,
    pub direction: Direction,
    pub target: f64,
    pub period: Period,
    pub achieved: f64,
}

/// The outcome of reading a file: good rows and bad rows, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportPlan {
    pub rows: Vec<SlaRow>,
    pub errors: Vec<RowError>,
}

/// What applying a plan changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub services_created: usize,
    pub agreements_created: usize,
    pub targets_created: usize,
    pub records_added: usize,
    pub records_replaced: usize,
    /// Rows that no longer fit the services passed to [`apply_import`] (only when those
    /// differ from the ones the plan was made against).
    pub rows_skipped: usize,
}

/// The services an import changed or created (whole, to store) and the counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportOutcome {
    /// Changed services first in their original order, then new ones in file order.
    pub changed: Vec<Service>,
    pub counts: ImportCounts,
}

/// Trimmed, lower-cased name used for matching.
fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

type TargetKey = (String, String, String);

/// What is known about a target while planning: stored or defined by an earlier row.
#[derive(Clone, Copy)]
struct KnownTarget {
    direction: Direction,
    target: f64,
    kind: PeriodKind,
}

/// Reads `text` and checks every row against `services` (and earlier rows).
pub fn plan_import(text: &str, services: &[Service]) -> Result<ImportPlan, SlaCsvError> {
    let table = csv::parse(text).map_err(SlaCsvError::Csv)?;
    let missing = table.missing_columns(&REQUIRED);
    if !missing.is_empty() {
        return Err(SlaCsvError::MissingColumns(missing));
    }
    let col = |name: &str| table.column(name);
    let columns = Columns {
        service: col("service"),
        agreement: col("agreement"),
        metric: col("metric"),
        unit: col("unit"),
        direction: col("direction"),
        target: col("target"),
        period: col("period"),
        achieved: col("achieved"),
    };
    let mut known: HashMap<TargetKey, KnownTarget> = HashMap::new();
    for service in services {
        for (agreement, target) in service.targets() {
            known
                .entry((
                    key(&service.name),
                    key(&agreement.name),
                    key(&target.metric),
                ))
                .or_insert(KnownTarget {
                    direction: target.direction,
                    target: target.target,
                    kind: target.period_kind,
                });
        }
    }
    let mut plan = ImportPlan::default();
    let width = table.headers().len();
    for row in table.rows() {
        let extra = row.fields.iter().skip(width).any(|f| !f.trim().is_empty());
        let read = if extra {
            Err(RowProblem::ExtraFields {
                found: row.fields.len(),
                expected: width,
            })
        } else {
            read_row(row, &columns)
        };
        match read.and_then(|r| check_known(r, &mut known)) {
            Ok(good) => plan.rows.push(good),
            Err(problem) => plan.errors.push(RowError {
                line: row.line,
                problem,
            }),
        }
    }
    Ok(plan)
}

struct Columns {
    service: Option<usize>,
    agreement: Option<usize>,
    metric: Option<usize>,
    unit: Option<usize>,
    direction: Option<usize>,
    target: Option<usize>,
    period: Option<usize>,
    achieved: Option<usize>,
}

fn read_row(row: &Row, c: &Columns) -> Result<SlaRow, RowProblem> {
    let required = |index, column| {
        let value = row.get(index);
        if value.is_empty() {
            Err(RowProblem::Empty { column })
        } else {
            Ok(value.to_owned())
        }
    };
    let number = |index, column| -> Result<f64, RowProblem> {
        let text = required(index, column)?;
        parse_decimal(&text).map_err(|_| RowProblem::BadNumber { column, text })
    };
    let service = required(c.service, "service")?;
    let agreement = required(c.agreement, "agreement")?;
    let metric = required(c.metric, "metric")?;
    let direction_text = required(c.direction, "direction")?;
    let direction =
        Direction::parse(&direction_text).ok_or(RowProblem::BadDirection(direction_text))?;
    let target = number(c.target, "target")?;
    let period = Period::parse(&required(c.period, "period")?).map_err(RowProblem::BadPeriod)?;
    if !IMPORT_YEARS.contains(&period.year()) {
        return Err(RowProblem::PeriodYear(period));
    }
    let achieved = number(c.achieved, "achieved")?;
    Ok(SlaRow {
        line: row.line,
        service,
        agreement,
        metric,
        unit: row.get(c.unit).to_owned(),
        direction,
        target,
        period,
        achieved,
    })
}

fn check_known(
    row: SlaRow,
    known: &mut HashMap<TargetKey, KnownTarget>,
) -> Result<SlaRow, RowProblem> {
    let k = (key(&row.service), key(&row.agreement), key(&row.metric));
    match known.get(&k) {
        Some(stored) => {
            if stored.direction != row.direction || stored.target != row.target {
                return Err(RowProblem::ConflictingTarget {
                    metric: row.metric,
                    stored_direction: stored.direction,
                    stored_target: stored.target,
                    direction: row.direction,
                    target: row.target,
                });
            }
            if stored.kind != row.period.kind() {
                return Err(RowProblem::WrongPeriodKind {
                    metric: row.metric,
                    period: row.period,
                    expected: stored.kind,
                });
            }
        }
        None => {
            known.insert(
                k,
                KnownTarget {
                    direction: row.direction,
                    target: row.target,
                    kind: row.period.kind(),
                },
            );
        }
    }
    Ok(row)
}

/// Applies good `rows` to `services` without changing them: returns copies of the
/// services that changed and the new ones. `fresh` makes ids from a prefix (`svc`,
/// `agr`, `tgt`).
pub fn apply_import(
    services: &[Service],
    rows: &[SlaRow],
    mut fresh: impl FnMut(&str) -> Id,
) -> ImportOutcome {
    let mut all: Vec<Service> = services.to_vec();
    let mut changed = vec![false; all.len()];
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, s) in all.iter().enumerate().rev() {
        by_name.insert(key(&s.name), i);
    }
    let mut counts = ImportCounts::default();
    for row in rows {
        let index = match by_name.get(&key(&row.service)) {
            Some(&i) => i,
            None => {
                all.push(Service::new(fresh("svc"), row.service.trim()));
                changed.push(true);
                counts.services_created += 1;
                let i = all.len() - 1;
                by_name.insert(key(&row.service), i);
                i
            }
        };
        let Some(service) = all.get_mut(index) else {
            counts.rows_skipped += 1;
            continue;
        };
        let agreement_key = key(&row.agreement);
        let a = match service
            .agreements
            .iter()
            .position(|a| key(&a.name) == agreement_key)
        {
            Some(a) => a,
            None => {
                service.agreements.push(Agreement {
                    id: fresh("agr"),
                    name: row.agreement.trim().to_owned(),
                    kind: AgreementKind::Sla,
                    parties: Vec::new(),
                    start: None,
                    end: None,
                    review_interval_months: None,
                    status: Default::default(),
                    targets: Vec::new(),
                });
                counts.agreements_created += 1;
                service.agreements.len() - 1
            }
        };
        let Some(agreement) = service.agreements.get_mut(a) else {
            counts.rows_skipped += 1;
            continue;
        };
        let metric_key = key(&row.metric);
        let t = match agreement
            .targets
            .iter()
            .position(|t| key(&t.metric) == metric_key)
        {
            Some(t) => t,
            None => match Target::new(
                fresh("tgt"),
                row.metric.trim(),
                row.unit.trim(),
                row.direction,
                row.target,
                None,
                row.period.kind(),
            ) {
                Ok(target) => {
                    agreement.targets.push(target);
                    counts.targets_created += 1;
                    agreement.targets.len() - 1
                }
                Err(_) => {
                    counts.rows_skipped += 1;
                    continue;
                }
            },
        };
        let Some(target) = agreement.targets.get_mut(t) else {
            counts.rows_skipped += 1;
            continue;
        };
        if target.direction != row.direction || target.target != row.target {
            counts.rows_skipped += 1;
            continue;
        }
        match target.set_record(row.period, row.achieved) {
            Ok(Some(_)) => counts.records_replaced += 1,
            Ok(None) => counts.records_added += 1,
            Err(_) => {
                counts.rows_skipped += 1;
                continue;
            }
        }
        if let Some(flag) = changed.get_mut(index) {
            *flag = true;
        }
    }
    let changed = all
        .into_iter()
        .zip(changed)
        .filter_map(|(s, c)| c.then_some(s))
        .collect();
    ImportOutcome { changed, counts }
}

/// Writes every record of every target of `services`, in service, agreement, target and
/// period order, with dot decimals.
pub fn export_csv(services: &[Service]) -> String {
    let mut w = Writer::new();
    w.row(HEADER);
    for service in services {
        for (agreement, target) in service.targets() {
            let mut records: Vec<_> = target.records.iter().collect();
            records.sort_by_key(|r| r.period);
            let target_value = target.target.to_string();
            for record in records {
                w.row([
                    service.name.as_str(),
                    agreement.name.as_str(),
                    target.metric.as_str(),
                    target.unit.as_str(),
                    target.direction.symbol(),
                    target_value.as_str(),
                    &record.period.to_string(),
                    &record.achieved.to_string(),
                ]);
            }
        }
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> impl FnMut(&str) -> Id {
        let mut n = 0;
        move |prefix| {
            n += 1;
            Id::from_random(prefix, n)
        }
    }

    fn import(text: &str, services: &[Service]) -> (ImportPlan, ImportOutcome) {
        let plan = plan_import(text, services).unwrap();
        let outcome = apply_import(services, &plan.rows, fresh());
        (plan, outcome)
    }

    fn errors(plan: &ImportPlan) -> Vec<String> {
        plan.errors.iter().map(ToString::to_string).collect()
    }

    const SAMPLE: &str = "service,agreement,metric,unit,direction,target,period,achieved\n\
        E-mail,SLA-001,Availability,%,>=,99.5,2026-01,99.82\n\
        E-mail,SLA-001,Availability,%,>=,99.5,2026-02,\"99,1\"\n\
        e-mail , sla-001 ,Response time,h,<=,4,2026-W05,3.5\n\
        Payroll,OLA-7,Accuracy,%,>=,99.9,2026-Q1,100\n";

    #[test]
    fn rows_create_services_agreements_and_targets() {
        let (plan, outcome) = import(SAMPLE, &[]);
        assert!(plan.errors.is_empty(), "{:?}", errors(&plan));
        assert_eq!(plan.rows.len(), 4);
        let c = outcome.counts;
        assert_eq!(
            (
                c.services_created,
                c.agreements_created,
                c.targets_created,
                c.records_added
            ),
            (2, 2, 3, 4)
        );
        let email = &outcome.changed[0];
        assert_eq!(email.name, "E-mail");
        assert_eq!(
            email.agreements.len(),
            1,
            "matched case-insensitively, trimmed"
        );
        let targets = &email.agreements[0].targets;
        assert_eq!(targets[0].achieved("2026-02".parse().unwrap()), Some(99.1));
        assert_eq!(targets[1].period_kind, PeriodKind::IsoWeek);
        assert_eq!(targets[1].direction, Direction::AtMost);
        assert_eq!(
            outcome.changed[1].agreements[0].targets[0].period_kind,
            PeriodKind::Quarter
        );
        for s in &outcome.changed {
            assert_eq!(s.validate(), Ok(()));
        }
    }

    #[test]
    fn columns_in_any_order_and_case_and_existing_records_replaced() {
        let (_, first) = import(SAMPLE, &[]);
        let text = "ACHIEVED,Period,Target,Direction,Metric,Agreement,Service\n\
            99.9,2026-01,99.5,>=,availability,SLA-001,E-MAIL\n\
            99.7,2026-03,99.5,>=,availability,SLA-001,E-MAIL\n";
        let (plan, outcome) = import(text, &first.changed);
        assert!(plan.errors.is_empty(), "{:?}", errors(&plan));
        assert_eq!(outcome.counts.records_replaced, 1);
        assert_eq!(outcome.counts.records_added, 1);
        assert_eq!(outcome.changed.len(), 1, "only E-mail changed");
        let t = &outcome.changed[0].agreements[0].targets[0];
        assert_eq!(t.achieved("2026-01".parse().unwrap()), Some(99.9));
        assert_eq!(t.records.len(), 3);
    }

    #[test]
    fn bad_rows_are_reported_with_line_numbers() {
        let (_, stored) = import(SAMPLE, &[]);
        let text = "service,agreement,metric,unit,direction,target,period,achieved\n\
            E-mail,SLA-001,Availability,%,>=,99.5,2026-03,99.9\n\
            E-mail,SLA-001,Availability,%,>=,99.9,2026-04,99.9\n\
            ,SLA-001,Availability,%,>=,99.5,2026-04,99.9\n\
            \n\
            E-mail,SLA-001,Availability,%,=>,99.5,2026-04,99.9\n\
            E-mail,SLA-001,Availability,%,>=,99.5,2026-13,99.9\n\
            E-mail,SLA-001,Availability,%,>=,99.5,2026-05,n/a\n\
            E-mail,SLA-001,Availability,%,>=,99.5,2026-W20,99\n\
            New,X,Y,%,>=,1,2021-W53,1\n\
            New,X,Y,%,>=,1,2026-05,1,5\n\
            New,X,Y,%,<=,1,2026-06,1\n\
            E-mail,SLA-001,Availability,%,>=,NaN,2026-05,99\n\
            New,X,Y,%,>=,1,2026-07,1\n";
        let plan = plan_import(text, &stored.changed).unwrap();
        assert_eq!(plan.rows.len(), 2);
        assert_eq!(plan.rows[0].line, 2);
        assert_eq!(plan.rows[1].line, 12);
        assert_eq!(
            errors(&plan),
            [
                "line 3: target 'Availability' is >= 99.5, but this row says >= 99.9",
                "line 4: column 'service' is empty",
                "line 6: direction '=>' is not >= or <=",
                "line 7: period '2026-13' is not a month, ISO week or quarter",
                "line 8: achieved 'n/a' is not a number (e.g. 99.5 or \"99,5\")",
                "line 9: period '2026-W20' is an ISO week but target 'Availability' is measured per month",
                "line 10: period '2021-W53' does not exist: 2021 has 52 ISO weeks",
                "line 11: the row has 9 fields but the header has 8 (a decimal comma must be quoted: \"99,5\")",

                "line 13: target 'NaN' is not a number (e.g. 99.5 or \"99,5\")",
                "line 14: target 'Y' is <= 1, but this row says >= 1",
            ]
        );
    }

    #[test]
    fn periods_outside_1970_to_2200_are_refused_by_line() {
        let text = "service,agreement,metric,unit,direction,target,period,achieved\n\
            E-mail,SLA-001,Availability,%,>=,99.5,1969-12,99.9\n\
            E-mail,SLA-001,Availability,%,>=,99.5,9999-12,99.9\n\
            E-mail,SLA-001,Availability,%,>=,99.5,1970-01,99.9\n";
        let plan = plan_import(text, &[]).unwrap();
        assert_eq!(plan.rows.len(), 1);
        assert_eq!(plan.rows[0].line, 4);
        assert_eq!(
            errors(&plan),
            [
                "line 2: period '1969-12' is outside the years 1970 to 2200",
                "line 3: period '9999-12' is outside the years 1970 to 2200",
            ]
        );
    }

    #[test]
    fn files_without_required_columns_or_not_csv_are_refused() {
        assert_eq!(
            plan_import("service,agreement,metric\nx,y,z\n", &[])
                .unwrap_err()
                .to_string(),
            "the file has no column 'direction', 'target', 'period', 'achieved' \
             (expected service,agreement,metric,unit,direction,target,period,achieved)"
        );
        assert_eq!(plan_import("", &[]), Err(SlaCsvError::Csv(CsvError::Empty)));
        let plan = plan_import(
            "service,agreement,metric,direction,target,period,achieved\nS,A,M,>=,1,2026-01,2\n",
            &[],
        )
        .unwrap();
        assert_eq!(plan.rows[0].unit, "", "unit is optional");
    }

    #[test]
    fn export_then_import_round_trips() {
        let (_, first) = import(SAMPLE, &[]);
        let text = export_csv(&first.changed);
        assert!(
            text.starts_with(
                "service,agreement,metric,unit,direction,target,period,achieved\r\n\
             E-mail,SLA-001,Availability,%,>=,99.5,2026-01,99.82\r\n\
             E-mail,SLA-001,Availability,%,>=,99.5,2026-02,99.1\r\n\
             E-mail,SLA-001,Response time,h,<=,4,2026-W05,3.5\r\n"
            ),
            "{text}"
        );
        let (plan, again) = import(&text, &[]);
        assert!(plan.errors.is_empty());
        assert_eq!(export_csv(&again.changed), text);
        let (plan, same) = import(&text, &first.changed);
        assert!(plan.errors.is_empty());
        assert_eq!(same.counts.records_replaced, 4);
        assert_eq!(same.counts.records_added, 0);
    }

    /// Issue 16.10: a service called `+cmd` is exported as `'+cmd` and imported back
    /// as `+cmd`; negative targets and values stay plain numbers.
    #[test]
    fn export_guards_formula_cells_and_import_reads_them_back() {
        let mut service = Service::new(Id::new("s1").unwrap(), "+cmd");
        let mut agreement = Agreement::new(
            Id::new("a1").unwrap(),
            "=SUM(A1)",
            AgreementKind::Sla,
            None,
            None,
            None,
        )
        .unwrap();
        let mut target = Target::new(
            Id::new("t1").unwrap(),
            "@cmd",
            "'=x",
            Direction::AtMost,
            -5.0,
            None,
            PeriodKind::Month,
        )
        .unwrap();
        target
            .set_record("2026-01".parse().unwrap(), -0.25)
            .unwrap();
        agreement.targets.push(target);
        service.agreements.push(agreement);
        let text = export_csv(&[service]);
        assert_eq!(
            text,
            "service,agreement,metric,unit,direction,target,period,achieved\r\n\
             '+cmd,'=SUM(A1),'@cmd,''=x,<=,-5,2026-01,-0.25\r\n"
        );
        let (plan, outcome) = import(&text, &[]);
        assert!(plan.errors.is_empty(), "{:?}", errors(&plan));
        let row = &plan.rows[0];
        assert_eq!(
            (
                row.service.as_str(),
                row.agreement.as_str(),
                row.metric.as_str(),
                row.unit.as_str(),
                row.target,
                row.achieved
            ),
            ("+cmd", "=SUM(A1)", "@cmd", "'=x", -5.0, -0.25)
        );
        assert_eq!(outcome.changed[0].name, "+cmd");
        assert_eq!(export_csv(&outcome.changed), text);
    }

    #[test]
    fn arbitrary_input_never_panics() {
        let mut seed = 0x2545_f491_u32;
        let pieces = [
            "service,agreement,metric,direction,target,period,achieved\n",
            "a",
            ",",
            "\"",
            "\n",
            ">=",
            "<=",
            "99,5",
            "2026-W53",
            "2026-Q4",
            "NaN",
            "-1",
            "é",
        ];
        for _ in 0..2000 {
            let mut text = String::from(pieces[0]);
            for _ in 0..(seed % 30) {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                text.push_str(pieces[(seed % pieces.len() as u32) as usize]);
            }
            if let Ok(plan) = plan_import(&text, &[]) {
                let _ = apply_import(&[], &plan.rows, fresh());
            }
        }
    }
}
