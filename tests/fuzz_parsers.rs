//! Fuzz and property harness over every parser of outside input: share links, survey
//! links, response codes, the Kano responses CSV, the SLA records CSV, the ticket CSV
//! (automatic and explicit mapping), backup JSON (every schema version) and `.ics`.
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
    backup, ics, kano_csv, kano_link, response_code, share, sla_csv, ticket_csv,
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
    let count = Cell::new(0u64);
    let start = Instant::now();
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (0..seeds.len(), vec(edit(), 0..12));
    let outcome = runner.run(&strategy, |(i, edits)| {
        check(&mutate(&seeds[i], &edits));
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
    let cr_only = ics.replace("\r\n", "\r");
    fuzz("ics", &[ics, cr_only], |text| {
        let years = ics::Years::around(None, 2026);
        if let Err(e) = ics::read_holidays(text, years) {
            refused(e);
        }
    });
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
