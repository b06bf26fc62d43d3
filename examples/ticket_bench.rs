//! Native benchmark of ticket SLA attainment: `cargo run --release --example ticket_bench`.
//!
//! Builds a 50,000-row ticket CSV (a quarter of tickets over 3 services × 4 priorities,
//! offset-aware and naive timestamps, some pauses, some open), then prints the median
//! of several runs for parsing it, evaluating every ticket (office hours Mon–Fri
//! 08–12 and 13–17 with holidays, in a fixed +01:00 zone behind a `ZoneCache`), and
//! summarising per month; plus how many zone offset lookups one evaluation made.

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use dsv_studio::domain::slm::{PeriodKind, Service};
use dsv_studio::domain::tickets::{
    evaluate_all, summarise, BusinessCalendar, CountingZone, TicketSla, WorkingInterval, ZoneCache,
};
use dsv_studio::domain::Id;
use dsv_studio::storage::ticket_csv::{read_tickets, ColumnMapping};
use std::hint::black_box;
use std::time::{Duration, Instant};

const RUNS: usize = 11;
const TICKETS: usize = 50_000;

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

fn csv(services: &[&str]) -> String {
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let base = Utc
        .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp();
    let iso = |t: i64, naive: bool| {
        let t = DateTime::from_timestamp(t, 0).unwrap();
        if naive {
            (t + chrono::TimeDelta::hours(1))
                .format("%Y-%m-%d %H:%M:%S")
                .to_string()
        } else {
            t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
        }
    };
    let mut out = String::from("id,service,priority,created,first_response,resolved,pauses\n");
    for i in 0..TICKETS {
        let created = base + next(90 * 86_400) as i64;
        let naive = i % 2 == 0;
        let response = created + 60 + next(8 * 3600) as i64;
        let resolved = response + next(5 * 86_400) as i64;
        let open = next(20) == 0;
        let pauses = if next(6) == 0 {
            let s = response + 600;
            format!(
                "{}/{}",
                iso(s, naive),
                iso(s + next(20_000) as i64 + 60, naive)
            )
        } else {
            String::new()
        };
        out.push_str(&format!(
            "INC-{i},{},P{},{},{},{},{}\n",
            services[i % services.len()],
            1 + next(4),
            iso(created, naive),
            iso(response, naive),
            if open {
                String::new()
            } else {
                iso(resolved, naive)
            },
            pauses
        ));
    }
    out
}

fn main() {
    let id = |s: &str| Id::new(s).expect("id");
    let names = ["E-mail", "Service desk", "Payroll"];
    let services: Vec<Service> = names
        .iter()
        .enumerate()
        .map(|(i, n)| Service::new(id(&format!("svc-{i}")), *n))
        .collect();
    let iv = |a, b| WorkingInterval::hm(a, 0, b, 0).expect("interval");
    let calendar = BusinessCalendar::weekdays(
        id("office"),
        "Office",
        "Europe/Madrid",
        &[iv(8, 12), iv(13, 17)],
        ["2026-01-01", "2026-01-06", "2026-04-03"]
            .iter()
            .map(|d| d.parse().expect("date"))
            .collect(),
    )
    .expect("calendar");
    let mut definitions = Vec::new();
    for s in &services {
        for p in 1..=4_i64 {
            definitions.push(
                TicketSla::new(
                    id(&format!("{}-p{p}", s.id)),
                    s.id.clone(),
                    format!("P{p}"),
                    p * 1800,
                    p * 4 * 3600,
                    id("office"),
                )
                .expect("definition"),
            );
        }
    }
    let text = csv(&names);
    let report = Utc.with_ymd_and_hms(2026, 4, 1, 0, 0, 0).unwrap();
    let plus_one = FixedOffset::east_opt(3600).expect("offset");

    let parse = time(|| read_tickets(&text, &ColumnMapping::automatic()));
    let import = read_tickets(&text, &ColumnMapping::automatic()).expect("csv");
    assert!(import.errors.is_empty(), "{:?}", import.errors.first());
    let evaluate = time(|| {
        evaluate_all(
            &import.tickets,
            &services,
            &definitions,
            std::slice::from_ref(&calendar),
            |_| ZoneCache::new(plus_one),
            report,
        )
    });
    let counting = CountingZone::new(plus_one);
    let evaluations = evaluate_all(
        &import.tickets,
        &services,
        &definitions,
        std::slice::from_ref(&calendar),
        |_| ZoneCache::new(&counting),
        report,
    );
    assert_eq!(evaluations.tickets.len(), TICKETS);
    let summary = time(|| summarise(&evaluations.tickets, &definitions, PeriodKind::Month));
    println!("tickets: {TICKETS} ({} KiB of CSV)", text.len() / 1024);
    println!("parse CSV:        {parse:?}");
    println!("evaluate tickets: {evaluate:?}");
    println!("summarise months: {summary:?}");
    println!("total:            {:?}", parse + evaluate + summary);
    println!(
        "zone offset lookups behind the cache in one evaluation: {}",
        counting.calls()
    );
}
