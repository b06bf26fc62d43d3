//! The records grid of a service page: one grid per period kind, its columns (the
//! targets), its rows (the periods shown) and what committing a cell's text changes.

use super::decimal::{parse_decimal, NotADecimal};
use super::period::{last_periods, Period, PeriodKind};
use super::service::Service;
use super::service_edit::ServiceEdit;
use crate::domain::Id;
use chrono::NaiveDate;

/// Periods a grid shows at first, and how many more each "show earlier" adds.
pub const GRID_PERIODS: usize = 12;

/// The order grids are shown in.
const GRID_KINDS: [PeriodKind; 3] = [PeriodKind::Month, PeriodKind::IsoWeek, PeriodKind::Quarter];

/// The period kinds the service's targets are measured in: month, ISO week, quarter
/// (each once, in that order).
pub fn grid_kinds(service: &Service) -> Vec<PeriodKind> {
    GRID_KINDS
        .into_iter()
        .filter(|k| service.targets().any(|(_, t)| t.period_kind == *k))
        .collect()
}

/// One column of a grid: a target.
#[derive(Debug, Clone, PartialEq)]
pub struct GridColumn {
    pub target: Id,
    /// The metric, or "agreement · metric" when another target of the service is
    /// measured under the same metric name.
    pub name: String,
}

/// The targets of `kind`, in agreement and target order.
pub fn grid_columns(service: &Service, kind: PeriodKind) -> Vec<GridColumn> {
    let shared = |metric: &str| {
        service
            .targets()
            .filter(|(_, t)| t.metric.eq_ignore_ascii_case(metric))
            .count()
            > 1
    };
    service
        .targets()
        .filter(|(_, t)| t.period_kind == kind)
        .map(|(a, t)| GridColumn {
            target: t.id.clone(),
            name: if shared(&t.metric) {
                format!("{} · {}", a.name, t.metric)
            } else {
                t.metric.clone()
            },
        })
        .collect()
}

/// The rows of the grid of `kind`, newest first: `count` periods ending with the period
/// containing `today`, or with the latest record of a target of this kind when that
/// one is later.
pub fn grid_periods(
    service: &Service,
    kind: PeriodKind,
    today: NaiveDate,
    count: usize,
) -> Vec<Period> {
    let current = Period::containing(kind, today);
    let latest = service
        .targets()
        .filter(|(_, t)| t.period_kind == kind)
        .flat_map(|(_, t)| t.records.iter().map(|r| r.period))
        .max();
    let to = latest.map_or(current, |l| l.max(current));
    let mut periods = last_periods(to, count.max(1));
    periods.reverse();
    periods
}

/// The edit that committing `text` in the cell of `target` and `period` makes, given
/// the value stored there: a blank cell removes the record, a number records it, and
/// `None` when nothing changes. A text that is not a number is an error (nothing
/// changes either).
///
/// ```
/// use dsv_studio::domain::slm::{cell_edit, ServiceEdit};
/// use dsv_studio::domain::Id;
/// let t = Id::new("t").unwrap();
/// let p = "2026-01".parse().unwrap();
/// assert!(matches!(cell_edit(&t, p, None, "99,5"), Ok(Some(ServiceEdit::RecordValue { achieved, .. })) if achieved == 99.5));
/// assert_eq!(cell_edit(&t, p, Some(99.5), "99.50"), Ok(None));
/// ```
pub fn cell_edit(
    target: &Id,
    period: Period,
    stored: Option<f64>,
    text: &str,
) -> Result<Option<ServiceEdit>, NotADecimal> {
    if text.trim().is_empty() {
        return Ok(stored.map(|_| ServiceEdit::RemoveRecord {
            target: target.clone(),
            period,
        }));
    }
    let achieved = parse_decimal(text)?;
    Ok(
        (stored != Some(achieved)).then(|| ServiceEdit::RecordValue {
            target: target.clone(),
            period,
            achieved,
        }),
    )
}

/// `value` as typed in a cell: the shortest exact form, no grouping, with `separator`
/// as decimal mark, so [`parse_decimal`] reads it back unchanged.
///
/// ```
/// use dsv_studio::domain::slm::decimal_text;
/// assert_eq!(decimal_text(99.5, ','), "99,5");
/// assert_eq!(decimal_text(1200.0, '.'), "1200");
/// ```
pub fn decimal_text(value: f64, separator: char) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let value = if value == 0.0 { 0.0 } else { value };
    let text = value.to_string();
    if separator == '.' {
        text
    } else {
        text.replace('.', &separator.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slm::{Agreement, AgreementKind, Direction, Target};

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn target(i: &str, metric: &str, kind: PeriodKind) -> Target {
        Target::new(id(i), metric, "%", Direction::AtLeast, 99.0, None, kind).unwrap()
    }

    fn service() -> Service {
        let mut s = Service::new(id("s"), "E-mail");
        let mut a =
            Agreement::new(id("a"), "SLA-001", AgreementKind::Sla, None, None, None).unwrap();
        a.targets
            .push(target("t1", "Availability", PeriodKind::Month));
        a.targets.push(target("t2", "Backups", PeriodKind::Quarter));
        let mut b =
            Agreement::new(id("b"), "OLA-002", AgreementKind::Ola, None, None, None).unwrap();
        b.targets
            .push(target("t3", "availability", PeriodKind::Month));
        b.targets.push(target("t4", "Response", PeriodKind::Month));
        s.agreements = vec![a, b];
        s
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn one_grid_per_period_kind_in_a_fixed_order() {
        let s = service();
        assert_eq!(grid_kinds(&s), [PeriodKind::Month, PeriodKind::Quarter]);
        assert!(grid_kinds(&Service::new(id("x"), "X")).is_empty());
    }

    #[test]
    fn columns_name_the_agreement_only_when_metrics_clash() {
        let names: Vec<String> = grid_columns(&service(), PeriodKind::Month)
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(
            names,
            [
                "SLA-001 · Availability",
                "OLA-002 · availability",
                "Response"
            ]
        );
        let quarter = grid_columns(&service(), PeriodKind::Quarter);
        assert_eq!(quarter.len(), 1);
        assert_eq!(quarter[0].target, id("t2"));
        assert_eq!(quarter[0].name, "Backups");
    }

    #[test]
    fn rows_end_with_the_current_period_newest_first() {
        let s = service();
        let rows = grid_periods(&s, PeriodKind::Month, day(2026, 11, 23), GRID_PERIODS);
        assert_eq!(rows.len(), 12);
        assert_eq!(rows[0].to_string(), "2026-11");
        assert_eq!(rows[11].to_string(), "2025-12");
        let more = grid_periods(&s, PeriodKind::Month, day(2026, 11, 23), 24);
        assert_eq!(more[23].to_string(), "2024-12");
        let weeks = grid_periods(&s, PeriodKind::IsoWeek, day(2027, 1, 1), 2);
        assert_eq!(
            weeks.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            ["2026-W53", "2026-W52"]
        );
    }

    #[test]
    fn rows_reach_a_record_later_than_today() {
        let mut s = service();
        s.apply(ServiceEdit::RecordValue {
            target: id("t4"),
            period: "2027-02".parse().unwrap(),
            achieved: 1.0,
        })
        .unwrap();
        let rows = grid_periods(&s, PeriodKind::Month, day(2026, 11, 23), 3);
        assert_eq!(
            rows.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            ["2027-02", "2027-01", "2026-12"]
        );
        // Other kinds are not affected.
        let q = grid_periods(&s, PeriodKind::Quarter, day(2026, 11, 23), 1);
        assert_eq!(q[0].to_string(), "2026-Q4");
    }

    #[test]
    fn committing_a_cell() {
        let t = id("t");
        let p: Period = "2026-01".parse().unwrap();
        assert_eq!(
            cell_edit(&t, p, None, " 99,5 "),
            Ok(Some(ServiceEdit::RecordValue {
                target: t.clone(),
                period: p,
                achieved: 99.5
            }))
        );
        assert_eq!(
            cell_edit(&t, p, Some(99.0), "99.5"),
            Ok(Some(ServiceEdit::RecordValue {
                target: t.clone(),
                period: p,
                achieved: 99.5
            }))
        );
        assert_eq!(
            cell_edit(&t, p, Some(99.5), "99,50"),
            Ok(None),
            "same value"
        );
        assert_eq!(
            cell_edit(&t, p, Some(99.5), "  "),
            Ok(Some(ServiceEdit::RemoveRecord {
                target: t.clone(),
                period: p
            }))
        );
        assert_eq!(cell_edit(&t, p, None, ""), Ok(None), "nothing to remove");
        for bad in ["abc", "99,5%", "1.234,5", "NaN"] {
            assert!(cell_edit(&t, p, Some(1.0), bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cell_text_reads_back_unchanged() {
        for (value, comma, dot) in [
            (99.5, "99,5", "99.5"),
            (99.5833, "99,5833", "99.5833"),
            (100.0, "100", "100"),
            (-0.0, "0", "0"),
            (-3.25, "-3,25", "-3.25"),
            (12345.5, "12345,5", "12345.5"),
        ] {
            assert_eq!(decimal_text(value, ','), comma);
            assert_eq!(decimal_text(value, '.'), dot);
            assert_eq!(
                parse_decimal(comma),
                Ok(if value == 0.0 { 0.0 } else { value })
            );
        }
        assert_eq!(decimal_text(f64::NAN, '.'), "");
    }
}
