//! Native measurements for the Kano feature: analysis time, stored size of responses,
//! survey link length and QR version, response code length.
//!
//! Run with `cargo run --release --example kano_bench`.

use dsv_studio::charts::qr_code::encode_qr;
use dsv_studio::domain::bounded::Importance;
use dsv_studio::domain::kano::{
    analyze, AnalysisOptions, Feature, FeatureAnswer, KanoAnswer, Response, ResponseSet,
    SegmentQuestion, Survey,
};
use dsv_studio::domain::Id;
use dsv_studio::storage::envelope;
use dsv_studio::storage::kano_link::encode_survey_link;
use dsv_studio::storage::response_code::{encode_response, PositionalAnswer};
use std::time::Instant;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn id(text: &str) -> Id {
    Id::new(text).expect("valid id")
}

fn survey(names: &[&str]) -> Survey {
    let mut s = Survey::new(id("survey-3k9x0q2b1"), "Service desk features 2026", "en")
        .expect("valid survey");
    s.introduction = "How would you feel about these features? About 5 minutes.".into();
    s.ask_importance = true;
    s.segment_question = SegmentQuestion::new(
        "Your department",
        &["Finance", "Sales", "Operations", "IT", "Other"],
    )
    .ok();
    for (i, name) in names.iter().enumerate() {
        let feature = Feature::new(Id::from_random("feature", 0x9e37_79b9 + i as u64), name, "")
            .expect("valid feature");
        s.add_feature(feature).expect("feature fits");
    }
    s
}

fn main() {
    // 2,000 respondents × 40 features.
    let names: Vec<String> = (1..=40).map(|i| format!("Feature number {i}")).collect();
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let big = survey(&name_refs);
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let segments = ["Finance", "Sales", "Operations", "IT", "Other"];
    let responses: Vec<Response> = (0..2_000)
        .map(|i| Response {
            respondent: format!("r-{i:06x}"),
            segment: Some(segments[rng.below(5) as usize].to_owned()),
            answers: big
                .features
                .iter()
                .map(|f| FeatureAnswer {
                    feature_id: f.id.clone(),
                    functional: KanoAnswer::ALL[rng.below(5) as usize],
                    dysfunctional: KanoAnswer::ALL[rng.below(5) as usize],
                    importance: Importance::new(1 + rng.below(9) as i64).ok(),
                })
                .collect(),
        })
        .collect();
    let mut times = Vec::new();
    for _ in 0..15 {
        let start = Instant::now();
        let analysis = analyze(&big, &responses, &AnalysisOptions::default());
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(analysis.respondents, 2_000);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "analysis 2,000 x 40: median {:.2} ms (min {:.2}, max {:.2}, 15 runs)",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1]
    );
    let filtered = Instant::now();
    analyze(
        &big,
        &responses,
        &AnalysisOptions {
            segment: Some("Sales".into()),
            max_questionable_share: Some(0.2),
        },
    );
    println!(
        "analysis with segment and Q filter: {:.2} ms",
        filtered.elapsed().as_secs_f64() * 1000.0
    );

    let set = ResponseSet {
        survey_id: big.id.clone(),
        responses,
    };
    let stored = envelope::wrap(&set).expect("serializes");
    println!(
        "stored responses 2,000 x 40: {} bytes ({:.0} kB, {:.1} bytes per respondent)",
        stored.len(),
        stored.len() as f64 / 1024.0,
        stored.len() as f64 / 2_000.0
    );
    let parse = Instant::now();
    let back: ResponseSet = envelope::read(
        envelope::Subject::Doc(dsv_studio::storage::keys::DocKind::Responses),
        &stored,
    )
    .expect("reads back");
    println!(
        "loading them back: {:.1} ms",
        parse.elapsed().as_secs_f64() * 1000.0
    );
    assert_eq!(back, set);

    let fifteen = survey(&[
        "Self-service password reset",
        "Live chat with an agent",
        "Ticket status by e-mail",
        "Knowledge base",
        "Remote desktop support",
        "Same-day laptop swap",
        "Survey after each ticket",
        "Mobile app",
        "24/7 phone line",
        "Software catalogue",
        "Outage notices",
        "Named contact for VIPs",
        "Chatbot",
        "Walk-up IT desk",
        "Monthly service report",
    ]);
    let link = encode_survey_link(&fifteen);
    let url = format!("https://dsv-studio.example/#/k/{link}");
    let qr = encode_qr(&url).expect("fits a QR code");
    println!(
        "survey link, 15 features: payload {} characters, URL {} characters, QR version {} ({:?})",
        link.len(),
        url.len(),
        qr.version,
        qr.level
    );
    let answers: Vec<Option<PositionalAnswer>> = (0..15)
        .map(|i| {
            Some(PositionalAnswer {
                functional: KanoAnswer::ALL[i % 5],
                dysfunctional: KanoAnswer::ALL[(i * 3) % 5],
                importance: Importance::new(1 + (i % 9) as i64).ok(),
            })
        })
        .collect();
    let code = encode_response(
        fifteen.tag(),
        fifteen.fingerprint(),
        0xdead_beef_cafe,
        Some(1),
        &answers,
    )
    .expect("encodes");
    println!(
        "response code, 15 features with importance: {} characters ({code})",
        code.len()
    );
}
