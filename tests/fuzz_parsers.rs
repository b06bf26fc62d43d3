//! Fuzz and property harness over every parser of outside input: share links, survey
//! links, response codes, the Kano responses CSV, the SLA records CSV, the ticket CSV
//! (automatic and explicit mapping), backup JSON (every schema version), `.ics`
//! (the fixtures mutated, and generated repeating events: "ics rules") and the
//! entries of local storage ("stored entries": never overwritten once unreadable).
//!
//! Inputs are the real fixtures (and freshly encoded links and codes) mutated by
//! proptest: bytes flipped, inserted (from characters parsers care about), deleted,
//! duplicated, lines swapped and the text cut. No input may panic; every refusal is a
//! typed error whose message is not empty (the backup's reasons are also rendered in
//! each language). Round trips (export then import) must give back what was exported.
//!
//! `cargo test` runs a quick pass (`FUZZ_CASES`, default 400 per parser); `make fuzz`
//! runs a long one (25,000 per parser: over 200,000 inputs) and prints the count and
//! the time of each parser.
#![cfg(not(target_arch = "wasm32"))]

use dsv_studio::domain::bounded::Importance;
use dsv_studio::domain::kano::{Feature, FeatureAnswer, KanoAnswer, Response, Survey};
use dsv_studio::domain::Id;
use dsv_studio::i18n::Lang;
use dsv_studio::storage::{
    backup, ics, kano_csv, kano_link, response_code, share, sla_csv, ticket_csv, KeyValueStore,
    MemoryStore, Repository,
};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::cell::Cell;
use std::time::Instant;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}{name}")).expect("fixture")
}

/// Cases per parser: `FUZZ_CASES`, or a quick 400.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400)
}

/// One edit of a seed text.
#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize),
    Duplicate(usize, usize),
    SwapLines(usize, usize),
    Cut(usize),
}

/// Bytes that parsers of these formats treat specially.
const INTERESTING: &[u8] = b",;\"'\n\r\t{}[]:\\/@.-+=0129eEzZTt \x00\x7f\xc3\xa9\xff";

fn edit() -> impl Strategy<Value = Edit> {
    let byte = prop_oneof![
        3 => proptest::sample::select(INTERESTING),
        1 => any::<u8>(),
    ];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(at, b)| Edit::Flip(at, b)),
        (any::<usize>(), byte).prop_map(|(at, b)| Edit::Insert(at, b)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), 1usize..64).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        any::<usize>().prop_map(Edit::Cut),
    ]
}

/// `seed` with `edits` applied, as text (invalid UTF-8 replaced, as a browser's
/// `FileReader.readAsText` does).
fn mutate(seed: &str, edits: &[Edit]) -> String {
    let mut bytes = seed.as_bytes().to_vec();
    for e in edits {
        let len = bytes.len().max(1);
        match *e {
            Edit::Flip(at, b) if !bytes.is_empty() => bytes[at % len] = b,
            Edit::Insert(at, b) => bytes.insert(at % (bytes.len() + 1), b),
            Edit::Delete(at) if !bytes.is_empty() => {
                bytes.remove(at % len);
            }
            Edit::Duplicate(at, n) if !bytes.is_empty() => {
                let from = at % len;
                let to = (from + n).min(bytes.len());
                let copy = bytes[from..to].to_vec();
                bytes.splice(from..from, copy);
            }
            Edit::SwapLines(a, b) => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let mut lines: Vec<&str> = text.split('\n').collect();
                let n = lines.len();
                lines.swap(a % n, b % n);
                bytes = lines.join("\n").into_bytes();
            }
            Edit::Cut(at) => bytes.truncate(at % (bytes.len() + 1)),
            _ => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Runs `check` on `cases()` mutations of `seeds` and prints the count and time.
fn fuzz(name: &str, seeds: &[String], check: impl Fn(&str)) {
    fuzz_seeds(name, seeds, |_, text| check(text));
}

/// [`fuzz`], telling `check` which seed the input was made from.
fn fuzz_seeds(name: &str, seeds: &[String], check: impl Fn(usize, &str)) {
    let count = Cell::new(0u64);
    let start = Instant::now();
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (0..seeds.len(), vec(edit(), 0..12));
    let outcome = runner.run(&strategy, |(i, edits)| {
        check(i, &mutate(&seeds[i], &edits));
        count.set(count.get() + 1);
        Ok(())
    });
    if let Err(e) = outcome {
        panic!("{name}: {e}");
    }
    eprintln!(
        "fuzz {name}: {} inputs in {:.2} s, 0 panics",
        count.get(),
        start.elapsed().as_secs_f64()
    );
}

fn id(s: &str) -> Id {
    Id::new(s).expect("id")
}

fn survey() -> Survey {
    let mut s = Survey::new(id("fuzz-survey"), "Fixture", "en").expect("survey");
    for (i, name) in ["Offline mode", "Dark theme", "Live chat"]
        .iter()
        .enumerate()
    {
        s.add_feature(Feature::new(id(&format!("f{i}")), name, "").expect("feature"))
            .expect("add");
    }
    s
}

fn refused(e: impl std::fmt::Display) {
    assert!(
        !e.to_string().trim().is_empty(),
        "an error without a message"
    );
}

#[test]
fn backup_files_of_every_version() {
    let seeds = [fixture("v1-backup.json"), fixture("v2-backup.json")];
    fuzz("backup JSON", &seeds, |text| {
        if let Err(e) = backup::parse(text) {
            refused(&e);
            for lang in [Lang::En, Lang::Es, Lang::Ru] {
                let reasons = dsv_studio::ui::problem_text::backup_reasons(lang.texts(), lang, &e);
                assert!(reasons.iter().all(|r| !r.trim().is_empty()), "{e}");
            }
        }
    });
}

/// Stored entries (each key of a saved workspace) mutated, and valid JSON of the wrong
/// shape (`[]`, `null`, a lone surrogate, `1e400`): opening never panics, an entry that
/// cannot be read is reported with its raw text, and the next save leaves it as it was.
#[test]
fn stored_entries() {
    let workspace = backup::parse(&fixture("v2-backup.json"))
        .expect("fixture")
        .workspace;
    let saved = MemoryStore::new();
    let (mut repo, _) = Repository::open(&saved).expect("open");
    repo.save(&workspace).expect("save");
    let mut entries: Vec<(String, String)> = saved
        .keys()
        .expect("keys")
        .into_iter()
        .map(|k| {
            let v = saved.get(&k).expect("get").unwrap_or_default();
            (k, v)
        })
        .collect();
    entries.sort();
    let key_of_first_doc = entries
        .iter()
        .find(|(k, _)| k.starts_with("dsv:journey:"))
        .map(|(k, _)| k.clone())
        .expect("a journey key");
    for odd in [
        "[]",
        "null",
        "{\"v\":2,\"body\":\"\\ud800\"}",
        "{\"v\":1e400}",
    ] {
        entries.push((key_of_first_doc.clone(), odd.to_owned()));
    }
    let seeds: Vec<String> = entries.iter().map(|(_, v)| v.clone()).collect();
    fuzz_seeds("stored entries", &seeds, |i, text| {
        let store = MemoryStore::new();
        for (k, v) in &entries[..entries.len() - 4] {
            store.set(k, v).expect("set");
        }
        let key = &entries[i].0;
        store.set(key, text).expect("set");
        let Ok((mut repo, read)) = Repository::open(&store) else {
            return;
        };
        let unreadable: Vec<(String, String)> = repo
            .unreadable()
            .iter()
            .map(|u| {
                refused(&u.error);
                (u.key.clone(), u.raw.clone())
            })
            .collect();
        for (k, raw) in &unreadable {
            assert_eq!(store.get(k).expect("get").as_deref(), Some(raw.as_str()));
        }
        // The next save (of what was read, and of one change) leaves them untouched.
        let _ = repo.save(&read);
        let mut changed = read.clone();
        changed.personas.clear();
        let _ = repo.save(&changed);
        for (k, raw) in &unreadable {
            assert_eq!(
                store.get(k).expect("get").as_deref(),
                Some(raw.as_str()),
                "{k} was overwritten"
            );
        }
    });
}

#[test]
fn journey_share_links_and_files() {
    let doc = fixture("v1-journey-doc.json");
    let imported = backup::parse(&fixture("v2-backup.json")).expect("fixture");
    let ws = imported.workspace;
    let journey = ws.journeys.first().expect("a journey");
    let shared = share::collect(&ws, journey);
    let link = share::encode_link(&shared).expect("link");
    let file = share::export_file(&shared).expect("file");
    assert_eq!(share::decode_link(&link).as_ref(), Ok(&shared));
    fuzz("journey link", std::slice::from_ref(&link), |text| {
        if let Err(e) = share::decode_link(text) {
            refused(e);
        }
    });
    fuzz("journey file", &[file, doc], |text| {
        if let Err(e) = share::parse_file(text) {
            refused(e);
        }
    });
}

#[test]
fn survey_links_and_response_codes() {
    let survey = survey();
    let link = kano_link::encode_survey_link(&survey);
    let shared = kano_link::decode_survey_link(&link).expect("round trip");
    assert_eq!(shared.survey.features.len(), 3);
    let old = "k1.ASgA1__bIXCz21UiBQEAAQBPbGQgbGluawAATW9kbyBzaW4gY29uZXhpw7Nu".to_owned();
    fuzz("survey link", &[link, old], |text| {
        if let Err(e) = kano_link::decode_survey_link(text) {
            refused(e);
        }
    });
    let answers: Vec<_> = (0..3)
        .map(|i| {
            Some(response_code::PositionalAnswer {
                functional: KanoAnswer::ALL[i],
                dysfunctional: KanoAnswer::ALL[4 - i],
                importance: Importance::new(i as i64 + 1).ok(),
            })
        })
        .collect();
    let code = response_code::encode_response(
        survey.tag(),
        survey.fingerprint(),
        0x1234_5678_9abc,
        None,
        &answers,
    )
    .expect("code");
    let pasted = format!("{code}\n{code}\nr1.AAAA\n\n{code}");
    fuzz("response code", &[code, pasted], |text| {
        let mut set = dsv_studio::domain::kano::ResponseSet::new(survey.id.clone());
        for line in response_code::add_codes(&mut set, &survey, text) {
            if let Err(e) = line.outcome {
                refused(e);
            }
        }
        assert!(set.responses.iter().all(|r| r.check(&survey).is_ok()));
    });
}

#[test]
fn kano_response_csv() {
    let survey = survey();
    fuzz(
        "Kano responses CSV",
        &[fixture("kano-responses.csv")],
        |text| match kano_csv::import_responses(&survey, text) {
            Ok(import) => {
                assert!(import.errors.len() <= import.rows);
                assert!(import.answers() + import.errors.len() <= import.rows);
                for e in &import.errors {
                    refused(e);
                }
            }
            Err(e) => refused(e),
        },
    );
}

#[test]
fn sla_records_csv() {
    let seeds = [fixture("sla-records.csv"), fixture("ticket-targets.csv")];
    fuzz(
        "SLA records CSV",
        &seeds,
        |text| match sla_csv::plan_import(text, &[]) {
            Ok(plan) => {
                for e in &plan.errors {
                    refused(e);
                }
                let mut n = 0;
                let out = sla_csv::apply_import(&[], &plan.rows, |p| {
                    n += 1;
                    id(&format!("{p}-{n}"))
                });
                assert!(out.changed.iter().all(|s| !s.name.trim().is_empty()));
            }
            Err(e) => refused(e),
        },
    );
}

#[test]
fn ticket_csv_with_automatic_and_explicit_mapping() {
    let seeds = [
        fixture("tickets.csv"),
        fixture("tickets-jira.csv"),
        fixture("tickets-statuses.csv"),
    ];
    let automatic = ticket_csv::ColumnMapping::automatic();
    fuzz("ticket CSV", &seeds, |text| {
        match ticket_csv::read_tickets(text, &automatic) {
            Ok(import) => {
                for e in &import.errors {
                    refused(e);
                }
            }
            Err(e) => refused(e),
        }
        if let Ok(headers) = ticket_csv::file_headers(text) {
            let _ = headers.len();
        }
    });
}

#[test]
fn ics_calendars() {
    let ics = fixture("holidays.ics");
    let rules = fixture("holidays-rules.ics");
    let seeds = [
        ics.replace("\r\n", "\r"),
        ics,
        rules.replace("\r\n", "\n"),
        rules.replace("\r\n", "\r"),
        rules,
    ];
    let years = ics::Years::around(None, 2026);
    fuzz("ics", &seeds, |text| {
        match ics::read_holidays(text, years) {
            Ok(found) => {
                assert!(found.dates.windows(2).all(|w| w[0] < w[1]));
                for w in &found.warnings {
                    refused(w);
                }
            }
            Err(e) => refused(e),
        }
    });
}

/// One `RRULE` part, mostly valid: every part the expander reads, sometimes with values
/// out of range, and parts it refuses.
fn rule_part() -> impl Strategy<Value = String> {
    prop_oneof![4 => valid_rule_part(), 1 => odd_rule_part()]
}

fn numbers(v: Vec<i32>) -> String {
    v.into_iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

fn freq_part() -> impl Strategy<Value = String> {
    proptest::sample::select(vec!["YEARLY", "MONTHLY", "WEEKLY", "DAILY"])
        .prop_map(|f| format!("FREQ={f}"))
}

fn valid_rule_part() -> impl Strategy<Value = String> {
    let weekday = proptest::sample::select(WEEKDAYS.to_vec());
    let signed = |max: i32| prop_oneof![1..=max, -max..=-1];
    prop_oneof![
        freq_part(),
        (1i32..12).prop_map(|n| format!("INTERVAL={n}")),
        (1i32..60).prop_map(|n| format!("COUNT={n}")),
        (1970i32..2100, 1u32..13, 1u32..29, any::<bool>()).prop_map(|(y, m, d, t)| {
            format!(
                "UNTIL={y:04}{m:02}{d:02}{}",
                if t { "T000000Z" } else { "" }
            )
        }),
        vec(1i32..=12, 1..4).prop_map(|v| format!("BYMONTH={}", numbers(v))),
        vec(signed(31), 1..4).prop_map(|v| format!("BYMONTHDAY={}", numbers(v))),
        vec((prop_oneof![Just(0), signed(5)], weekday.clone()), 1..4).prop_map(|v| {
            let items: Vec<String> = v
                .into_iter()
                .map(|(n, w)| {
                    if n == 0 {
                        w.to_owned()
                    } else {
                        format!("{n}{w}")
                    }
                })
                .collect();
            format!("BYDAY={}", items.join(","))
        }),
        vec(signed(6), 1..3).prop_map(|v| format!("BYSETPOS={}", numbers(v))),
        weekday.prop_map(|w| format!("WKST={w}")),
    ]
}

fn odd_rule_part() -> impl Strategy<Value = String> {
    let weekday = proptest::sample::select(vec!["MO", "XX", "é", "", "+", "1"]);
    prop_oneof![
        proptest::sample::select(vec!["HOURLY", "MINUTELY", "FORTNIGHTLY", "yearly", ""])
            .prop_map(|f| format!("FREQ={f}")),
        prop_oneof![-2i64..1, Just(2_147_483_647), Just(4_294_967_296)]
            .prop_map(|n| format!("INTERVAL={n}")),
        prop_oneof![-2i64..1, 900i64..3000].prop_map(|n| format!("COUNT={n}")),
        (0i32..10000, 0u32..14, 0u32..33)
            .prop_map(|(y, m, d)| format!("UNTIL={y:04}{m:02}{d:02}T")),
        vec(-1i32..14, 1..4).prop_map(|v| format!("BYMONTH={}", numbers(v))),
        vec(-40i32..40, 1..4).prop_map(|v| format!("BYMONTHDAY={}", numbers(v))),
        (-60i32..60, weekday.clone()).prop_map(|(n, w)| format!("BYDAY={n:+}{w}")),
        vec(-400i32..400, 1..3).prop_map(|v| format!("BYSETPOS={}", numbers(v))),
        weekday.prop_map(|w| format!("WKST={w}")),
        proptest::sample::select(vec![
            "BYWEEKNO=20",
            "BYYEARDAY=100",
            "BYHOUR=9",
            "X-NAME=1",
            "=",
            "FREQ",
            ""
        ])
        .prop_map(str::to_owned),
    ]
}

/// A calendar of one repeating event: a rule (usually starting with its FREQ), a
/// start in or out of 1970–2200, sometimes EXDATE and RDATE lines, and the years.
fn rule_calendar() -> impl Strategy<Value = (String, i32, i32)> {
    let start = (1965i32..2230, 1u32..13, 1u32..29, any::<bool>());
    let dates = vec((1965i32..2240, 1u32..13, 1u32..29), 0..4);
    (
        prop_oneof![8 => freq_part(), 1 => rule_part()],
        vec(rule_part(), 0..5),
        start,
        dates.clone(),
        dates,
        1970i32..2200,
        0i32..40,
    )
        .prop_map(
            |(freq, parts, (y, m, d, all_day), exdates, rdates, first, span)| {
                let rule = std::iter::once(freq)
                    .chain(parts)
                    .collect::<Vec<_>>()
                    .join(";");
                let start = if all_day {
                    format!("DTSTART;VALUE=DATE:{y:04}{m:02}{d:02}")
                } else {
                    format!("DTSTART;TZID=Europe/Madrid:{y:04}{m:02}{d:02}T090000")
                };
                let list = |v: Vec<(i32, u32, u32)>| {
                    v.into_iter()
                        .map(|(y, m, d)| format!("{y:04}{m:02}{d:02}"))
                        .collect::<Vec<_>>()
                        .join(",")
                };
                let mut text = format!(
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Rule\r\n{start}\r\nRRULE:{rule}\r\n"
            );
                if !exdates.is_empty() {
                    text.push_str(&format!("EXDATE;VALUE=DATE:{}\r\n", list(exdates)));
                }
                if !rdates.is_empty() {
                    text.push_str(&format!("RDATE;VALUE=DATE:{}\r\n", list(rdates)));
                }
                text.push_str("END:VEVENT\r\nEND:VCALENDAR\r\n");
                (text, first, (first + span).min(2200))
            },
        )
}

#[test]
fn ics_rules() {
    let count = Cell::new(0u64);
    let expanded = Cell::new(0u64);
    let slowest = Cell::new(0f64);
    let start = Instant::now();
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let outcome = runner.run(&rule_calendar(), |(text, first, last)| {
        let years = ics::Years::new(first, last).expect("years");
        let one = Instant::now();
        let found = ics::read_holidays(&text, years).expect("a calendar");
        slowest.set(slowest.get().max(one.elapsed().as_secs_f64()));
        prop_assert!(found.dates.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(found.dates.len() <= ics::MAX_DATES);
        for w in &found.warnings {
            refused(w);
        }
        let rule_refused = found.warnings.iter().any(|w| {
            matches!(
                w,
                ics::IcsWarning::RuleUnsupported { .. } | ics::IcsWarning::RuleUnreadable { .. }
            )
        });
        // A rule that was read gives dates within the years asked for only.
        if !rule_refused {
            prop_assert!(
                found
                    .dates
                    .iter()
                    .all(|d| (first..=last).contains(&chrono::Datelike::year(d))),
                "{text} {first}-{last}: {:?}",
                found.dates
            );
        }
        if found
            .notes
            .iter()
            .any(|n| matches!(n, ics::IcsNote::Expanded { dates, .. } if *dates > 1))
        {
            expanded.set(expanded.get() + 1);
        }
        count.set(count.get() + 1);
        Ok(())
    });
    if let Err(e) = outcome {
        panic!("ics rules: {e}");
    }
    eprintln!(
        "fuzz ics rules: {} inputs in {:.2} s ({} expanded to several dates, slowest {:.1} ms), 0 panics",
        count.get(),
        start.elapsed().as_secs_f64(),
        expanded.get(),
        slowest.get() * 1000.0
    );
}

/// Texts that trip CSV writers: separators, quotes, line breaks, formula starts.
fn awkward_text() -> impl Strategy<Value = String> {
    "[A-Za-z0-9=+@,;\"'ñé-][A-Za-z0-9=+@,;\"' ñé\t-]{0,10}[A-Za-z0-9=+@,;\"'ñé-]"
}

proptest! {
    #![proptest_config(Config { cases: cases().min(2_000), failure_persistence: None, ..Config::default() })]

    /// Responses exported to CSV read back as the same responses.
    #[test]
    fn kano_responses_round_trip(
        names in vec(awkward_text(), 1..6),
        picks in vec((0usize..5, 0usize..5, 0i64..10), 3),
    ) {
        let survey = survey();
        let mut names = names;
        names.sort();
        names.dedup();
        let responses: Vec<Response> = names
            .iter()
            .map(|name| Response {
                respondent: name.clone(),
                segment: None,
                answers: survey
                    .features
                    .iter()
                    .zip(&picks)
                    .map(|(f, &(a, b, imp))| FeatureAnswer {
                        feature_id: f.id.clone(),
                        functional: KanoAnswer::ALL[a],
                        dysfunctional: KanoAnswer::ALL[b],
                        importance: Importance::new(imp).ok(),
                    })
                    .collect(),
            })
            .collect();
        let text = kano_csv::export_responses(&survey, &responses);
        let import = kano_csv::import_responses(&survey, &text).expect("own export");
        prop_assert_eq!(import.errors, vec![]);
        prop_assert_eq!(import.responses, responses);
    }

    /// A backup exported and read back holds the same workspace.
    #[test]
    fn backup_round_trip(title in awkward_text()) {
        let mut ws = backup::parse(&fixture("v2-backup.json")).expect("fixture").workspace;
        if let Some(j) = ws.journeys.first_mut() {
            j.name = title;
        }
        let text = backup::export(&ws, "2026-12-06T10:00:00.000Z").expect("export");
        let back = backup::parse(&text).expect("own export");
        prop_assert_eq!(back.workspace, ws);
    }
}
