//! Native benchmark of the service level computations the browser runs:
//! `cargo run --release --example slm_bench`.
//!
//! Prints the median of several runs for the dashboard model (30 services × 5 targets
//! × 60 months) and its watermelon flags, a 10,000-row SLA CSV import (parse + plan + apply) and its export.

use dsv_studio::domain::slm::{
    heat_map, last_periods, watermelon_flags, Agreement, AgreementKind, Direction, Period,
    PeriodKind, Service, Target,
};
use dsv_studio::domain::Id;
use dsv_studio::storage::sla_csv::{apply_import, export_csv, plan_import};
use std::hint::black_box;
use std::time::{Duration, Instant};

const RUNS: usize = 21;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs.get(runs.len() / 2).copied().unwrap_or_default()
}

fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

/// `services` services, each with one agreement of 5 targets and `months` monthly records
/// ending at `end`; values from a fixed xorshift sequence.
fn workspace(services: usize, months: i32, end: Period) -> Vec<Service> {
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % 10_000) as f64 / 10_000.0
    };
    (0..services)
        .map(|s| {
            let mut service =
                Service::new(Id::from_random("svc", s as u64), format!("Service {s}"));
            let mut agreement = Agreement::new(
                Id::from_random("agr", s as u64),
                format!("SLA-{s:03}"),
                AgreementKind::Sla,
                None,
                None,
                Some(3),
            )
            .expect("valid agreement");
            for t in 0..5 {
                let (direction, target, warning) = if t % 2 == 0 {
                    (Direction::AtLeast, 99.5, Some(99.7))
                } else {
                    (Direction::AtMost, 4.0, Some(3.0))
                };
                let mut target = Target::new(
                    Id::from_random("tgt", (s * 5 + t) as u64),
                    format!("Metric {t}"),
                    "%",
                    direction,
                    target,
                    warning,
                    PeriodKind::Month,
                )
                .expect("valid target");
                for m in 0..months {
                    if let Some(p) = end.offset(m - months + 1) {
                        let v = if t % 2 == 0 {
                            99.0 + next()
                        } else {
                            2.0 + 3.0 * next()
                        };
                        let _ = target.set_record(p, v);
                    }
                }
                agreement.targets.push(target);
            }
            service.agreements.push(agreement);
            service
        })
        .collect()
}

fn main() {
    let end: Period = "2026-12".parse().expect("period");
    let services = workspace(30, 60, end);
    let from = end.offset(-59).expect("period");
    let dashboard = time(|| heat_map(&services, from, end));
    let map = heat_map(&services, from, end);
    println!(
        "dashboard model, {} services x 5 targets x {} months ({} cells): median {:.3} ms",
        services.len(),
        map.periods.len(),
        map.rows.len() * map.periods.len(),
        dashboard.as_secs_f64() * 1e3
    );

    // The dashboard's watermelon list: the last 12 months.
    let periods = last_periods(end, 12);
    let flags = time(|| watermelon_flags(&services, &periods));
    println!(
        "watermelon flags, last 12 months: median {:.3} ms",
        flags.as_secs_f64() * 1e3
    );

    let big = workspace(40, 50, end);
    let text = export_csv(&big);
    let rows = text.lines().count() - 1;
    let fresh = || {
        let mut n = 0u64;
        move |prefix: &str| {
            n += 1;
            Id::from_random(prefix, n)
        }
    };
    let import_new = time(|| {
        let plan = plan_import(&text, &[]).expect("csv");
        apply_import(&[], &plan.rows, fresh())
    });
    let import_replace = time(|| {
        let plan = plan_import(&text, &big).expect("csv");
        apply_import(&big, &plan.rows, fresh())
    });
    let plan = plan_import(&text, &[]).expect("csv");
    assert!(plan.errors.is_empty() && plan.rows.len() == rows);
    println!(
        "CSV import of {rows} rows (parse + plan + apply): median {:.3} ms into an empty workspace, {:.3} ms replacing existing records",
        import_new.as_secs_f64() * 1e3,
        import_replace.as_secs_f64() * 1e3
    );
    let export = time(|| export_csv(&big));
    println!(
        "CSV export of {rows} rows: median {:.3} ms ({} KB)",
        export.as_secs_f64() * 1e3,
        text.len() / 1024
    );
}
