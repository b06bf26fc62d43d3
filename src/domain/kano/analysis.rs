//! Kano analysis per feature, exactly as the results export defines it: counts,
//! category with the M, O, A, I, R, Q tie-break, the M>O>A>I rule, total and category
//! strength, Fong's test, better/worse coefficients, mean importance, and the
//! continuous analysis (mean functional and dysfunctional scores).
//!
//! Counting runs over plain arrays, without allocating per answer, so 2,000
//! respondents × 40 features take a few milliseconds.

use super::answer::{DYSFUNCTIONAL_SCORES, FUNCTIONAL_SCORES};
use super::evaluation::{evaluate_index, Category};
use super::response::Response;
use super::survey::Survey;
use crate::domain::Id;
use std::collections::HashMap;

/// The counts of A, O, M, I, R and Q for one feature, in [`Category::ALL`] order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CategoryCounts(pub [u32; 6]);

impl CategoryCounts {
    /// The count of `category`.
    pub fn get(&self, category: Category) -> u32 {
        self.0.get(category.index()).copied().unwrap_or(0)
    }

    /// Number of answer pairs (Q included).
    pub fn total(&self) -> u32 {
        self.0.iter().sum()
    }
}

/// Which responses an analysis counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnalysisOptions {
    /// Only respondents in this segment (compared trimmed); `None` counts everyone.
    pub segment: Option<String>,
    /// Leave out respondents whose share of Q answers is above this fraction (0–1);
    /// `None` keeps everyone.
    pub max_questionable_share: Option<f64>,
}

/// The analysis of one feature.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureResult {
    pub feature_id: Id,
    pub name: String,
    /// Number of answer pairs (Q included).
    pub n: u32,
    pub counts: CategoryCounts,
    /// Most frequent category (ties: M, O, A, I, R, Q); `None` without answers.
    pub category: Option<Category>,
    /// The M>O>A>I rule: when `category_strength` < 0.05, the first of the two most
    /// frequent categories in the order M, O, A, I, R, Q; otherwise `category`.
    pub rule_category: Option<Category>,
    /// (A+O+M)/n.
    pub total_strength: Option<f64>,
    /// (top count − second count)/n.
    pub category_strength: Option<f64>,
    /// Fong's test on the two most frequent counts.
    pub fong_significant: bool,
    /// (A+O)/(A+O+M+I); `None` when A+O+M+I is 0.
    pub better: Option<f64>,
    /// −(O+M)/(A+O+M+I); `None` when A+O+M+I is 0.
    pub worse: Option<f64>,
    /// 95 % Wilson score interval of `better`; `None` when A+O+M+I is 0.
    pub better_interval: Option<Interval>,
    /// 95 % Wilson score interval of `worse` (negative, `low` the more negative end);
    /// `None` when A+O+M+I is 0.
    pub worse_interval: Option<Interval>,
    /// Mean self-stated importance; `None` when nobody gave one.
    pub importance: Option<f64>,
    /// Mean functional score (Like 4 … Dislike −2).
    pub mean_functional: Option<f64>,
    /// Mean dysfunctional score (Like −2 … Dislike 4).
    pub mean_dysfunctional: Option<f64>,
}

/// A closed interval `low ..= high` around an estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// The 97.5th percentile of the standard normal distribution: a 95 % interval.
const Z_95: f64 = 1.959_963_984_540_054;

/// The 95 % Wilson score interval of the proportion `successes / trials`; `None`
/// when there are no trials or more successes than trials.
///
/// ```
/// use dsv_studio::domain::kano::wilson_interval;
/// let i = wilson_interval(8, 18).unwrap();
/// assert!((i.low - 0.2456).abs() < 1e-4 && (i.high - 0.6628).abs() < 1e-4);
/// ```
pub fn wilson_interval(successes: u32, trials: u32) -> Option<Interval> {
    if trials == 0 || successes > trials {
        return None;
    }
    let n = f64::from(trials);
    let p = f64::from(successes) / n;
    let z2 = Z_95 * Z_95;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z_95 / denominator * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Some(Interval {
        low: (centre - half).max(0.0),
        high: (centre + half).min(1.0),
    })
}

/// The analysis of a survey's responses.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// Respondents counted.
    pub respondents: usize,
    /// Respondents left out for too many Q answers.
    pub excluded: usize,
    /// One result per survey feature, in survey order.
    pub features: Vec<FeatureResult>,
}

/// Two analyses side by side, one per segment.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentComparison {
    pub first: Analysis,
    pub second: Analysis,
}

#[derive(Clone, Copy, Default)]
struct Tally {
    counts: [u32; 6],
    functional: f64,
    dysfunctional: f64,
    importance_sum: u32,
    importance_n: u32,
}

/// Analyses `responses` to `survey`. Answers to features the survey does not have are
/// ignored.
pub fn analyze(survey: &Survey, responses: &[Response], options: &AnalysisOptions) -> Analysis {
    let features = &survey.features;
    let index: HashMap<&str, usize> = features
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.as_str(), i))
        .collect();
    let segment = options.segment.as_deref().map(str::trim);
    let max_q = options.max_questionable_share;
    let mut tallies = vec![Tally::default(); features.len()];
    // (feature index, functional, dysfunctional, importance or 0), reused per respondent.
    let mut pairs: Vec<(usize, usize, usize, u8)> = Vec::with_capacity(features.len());
    let (mut respondents, mut excluded) = (0, 0);
    for response in responses {
        if let Some(wanted) = segment {
            if response.segment.as_deref().map(str::trim) != Some(wanted) {
                continue;
            }
        }
        pairs.clear();
        let mut questionable = 0usize;
        for (k, answer) in response.answers.iter().enumerate() {
            // Answers usually come in survey order: try the same position first.
            let fi = match features.get(k) {
                Some(f) if f.id == answer.feature_id => k,
                _ => match index.get(answer.feature_id.as_str()) {
                    Some(&i) => i,
                    None => continue,
                },
            };
            let (f, d) = (answer.functional.index(), answer.dysfunctional.index());
            if evaluate_index(f, d) == Category::Q {
                questionable += 1;
            }
            let importance = answer.importance.map_or(0, |i| i.get().max(0) as u8);
            pairs.push((fi, f, d, importance));
        }
        if let Some(max) = max_q {
            if !pairs.is_empty() && questionable as f64 / pairs.len() as f64 > max {
                excluded += 1;
                continue;
            }
        }
        respondents += 1;
        for &(fi, f, d, importance) in &pairs {
            let Some(t) = tallies.get_mut(fi) else {
                continue;
            };
            if let Some(c) = t.counts.get_mut(evaluate_index(f, d).index()) {
                *c += 1;
            }
            t.functional += FUNCTIONAL_SCORES.get(f).copied().unwrap_or(0.0);
            t.dysfunctional += DYSFUNCTIONAL_SCORES.get(d).copied().unwrap_or(0.0);
            if importance > 0 {
                t.importance_sum += u32::from(importance);
                t.importance_n += 1;
            }
        }
    }
    Analysis {
        respondents,
        excluded,
        features: features
            .iter()
            .zip(&tallies)
            .map(|(f, t)| feature_result(f.id.clone(), f.name.clone(), t))
            .collect(),
    }
}

/// Analyses the respondents of segment `first` and of segment `second` side by side.
pub fn compare_segments(
    survey: &Survey,
    responses: &[Response],
    first: &str,
    second: &str,
    max_questionable_share: Option<f64>,
) -> SegmentComparison {
    let run = |segment: &str| {
        analyze(
            survey,
            responses,
            &AnalysisOptions {
                segment: Some(segment.to_owned()),
                max_questionable_share,
            },
        )
    };
    SegmentComparison {
        first: run(first),
        second: run(second),
    }
}

/// The result for one feature from its counts alone (no scores or importance).
pub fn result_from_counts(feature_id: Id, name: String, counts: CategoryCounts) -> FeatureResult {
    let tally = Tally {
        counts: counts.0,
        ..Tally::default()
    };
    feature_result(feature_id, name, &tally)
}

fn feature_result(feature_id: Id, name: String, t: &Tally) -> FeatureResult {
    let counts = CategoryCounts(t.counts);
    let n = counts.total();
    let nf = f64::from(n);
    let ratio = |num: u32, den: u32| (den > 0).then(|| f64::from(num) / f64::from(den));
    let get = |c: Category| counts.get(c);
    let (a, o, m, i) = (
        get(Category::A),
        get(Category::O),
        get(Category::M),
        get(Category::I),
    );

    // The most frequent category (first in priority order among ties), then the most
    // frequent of the rest.
    let pick = |skip: Option<Category>| {
        Category::PRIORITY
            .iter()
            .copied()
            .filter(|&c| Some(c) != skip)
            .fold(None, |best: Option<Category>, c| match best {
                Some(b) if get(b) >= get(c) => Some(b),
                _ => Some(c),
            })
    };
    let (category, rule_category, category_strength, fong_significant) = match pick(None) {
        Some(top) if n > 0 => {
            let second = pick(Some(top)).unwrap_or(top);
            let (x, y) = (f64::from(get(top)), f64::from(get(second)));
            let strength = (x - y) / nf;
            let rule = if strength < 0.05 {
                Category::PRIORITY
                    .iter()
                    .copied()
                    .find(|&c| c == top || c == second)
                    .unwrap_or(top)
            } else {
                top
            };
            let fong = (x - y).abs() >= 1.65 * ((x + y) * (2.0 * nf - x - y) / (2.0 * nf)).sqrt();
            (Some(top), Some(rule), Some(strength), fong)
        }
        _ => (None, None, None, false),
    };
    let aomi = a + o + m + i;
    FeatureResult {
        feature_id,
        name,
        n,
        counts,
        category,
        rule_category,
        total_strength: ratio(a + o + m, n),
        category_strength,
        fong_significant,
        better: ratio(a + o, aomi),
        worse: ratio(o + m, aomi).map(|w| if w == 0.0 { 0.0 } else { -w }),
        better_interval: wilson_interval(a + o, aomi),
        worse_interval: wilson_interval(o + m, aomi).map(|i| Interval {
            low: -i.high,
            high: if i.low == 0.0 { 0.0 } else { -i.low },
        }),
        importance: ratio(t.importance_sum, t.importance_n),
        mean_functional: (n > 0).then(|| t.functional / nf),
        mean_dysfunctional: (n > 0).then(|| t.dysfunctional / nf),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bounded::Importance;
    use crate::domain::kano::answer::KanoAnswer::{self, *};
    use crate::domain::kano::response::FeatureAnswer;
    use crate::domain::kano::survey::Feature;

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn counts(c: [u32; 6]) -> FeatureResult {
        result_from_counts(id("f"), "F".into(), CategoryCounts(c))
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn hand_checked_counts() {
        // A5 O3 M6 I4 R1 Q1: n 20, M leads A by 1 → strength 0.05, not below → rule M.
        let r = counts([5, 3, 6, 4, 1, 1]);
        assert_eq!(r.n, 20);
        assert_eq!(r.category, Some(Category::M));
        assert_eq!(r.rule_category, Some(Category::M));
        assert!(close(r.category_strength, 0.05));
        assert!(close(r.total_strength, 0.7));
        assert!(close(r.better, 8.0 / 18.0));
        assert!(close(r.worse, -0.5));
        // |6−5| = 1 < 1.65·√(11·29/40) ≈ 4.66
        assert!(!r.fong_significant);
    }

    #[test]
    fn rule_prefers_must_be_when_the_lead_is_small() {
        // A10 O2 M9 I3: n 24, strength 1/24 < 0.05 → rule M although A is most frequent.
        let r = counts([10, 2, 9, 3, 0, 0]);
        assert_eq!(r.category, Some(Category::A));
        assert_eq!(r.rule_category, Some(Category::M));
        assert!(close(r.category_strength, 1.0 / 24.0));
    }

    #[test]
    fn ties_break_m_o_a_i_r_q() {
        assert_eq!(counts([4, 0, 4, 0, 0, 0]).category, Some(Category::M));
        assert_eq!(counts([4, 4, 0, 0, 0, 0]).category, Some(Category::O));
        assert_eq!(counts([3, 0, 0, 3, 0, 0]).category, Some(Category::A));
        assert_eq!(counts([0, 0, 0, 0, 2, 2]).category, Some(Category::R));
        assert!(close(counts([4, 0, 4, 0, 0, 0]).category_strength, 0.0));
    }

    #[test]
    fn fong_significance_hand_checked() {
        // a 15, b 3, n 20: 12 ≥ 1.65·√(18·22/40) = 1.65·3.146 = 5.19 → significant.
        assert!(counts([15, 3, 0, 1, 1, 0]).fong_significant);
        // a 8, b 5, n 20: 3 < 1.65·√(13·27/40) = 4.87 → not.
        assert!(!counts([8, 5, 4, 3, 0, 0]).fong_significant);
    }

    #[test]
    fn undefined_values_are_none() {
        let r = counts([0; 6]);
        assert_eq!(
            (r.n, r.category, r.better, r.worse, r.total_strength),
            (0, None, None, None, None)
        );
        let only_r = counts([0, 0, 0, 0, 3, 1]);
        assert_eq!((only_r.better, only_r.worse), (None, None));
        assert_eq!(counts([2, 0, 0, 1, 0, 0]).worse, Some(0.0));
    }

    fn survey() -> Survey {
        let mut s = Survey::new(id("k"), "T", "en").unwrap();
        for (i, n) in [("f1", "One"), ("f2", "Two")] {
            s.add_feature(Feature::new(id(i), n, "").unwrap()).unwrap();
        }
        s
    }

    fn response(
        who: &str,
        seg: Option<&str>,
        answers: &[(&str, KanoAnswer, KanoAnswer, Option<i64>)],
    ) -> Response {
        Response {
            respondent: who.into(),
            segment: seg.map(Into::into),
            answers: answers
                .iter()
                .map(|&(f, a, b, i)| FeatureAnswer {
                    feature_id: id(f),
                    functional: a,
                    dysfunctional: b,
                    importance: i.and_then(|i| Importance::new(i).ok()),
                })
                .collect(),
        }
    }

    fn sample() -> Vec<Response> {
        vec![
            // f2 listed first to exercise the lookup off the fast path.
            response(
                "r1",
                Some("IT"),
                &[("f2", Like, Like, None), ("f1", Like, Dislike, Some(9))],
            ),
            response(
                "r2",
                Some("HR"),
                &[
                    ("f1", Expect, Dislike, Some(6)),
                    ("f2", Like, Neutral, None),
                    ("ghost", Like, Like, None),
                ],
            ),
            response(
                "r3",
                Some("IT"),
                &[("f1", Like, Neutral, None), ("f2", Like, Like, None)],
            ),
        ]
    }

    #[test]
    fn analysis_of_responses_hand_checked() {
        let a = analyze(&survey(), &sample(), &AnalysisOptions::default());
        assert_eq!((a.respondents, a.excluded), (3, 0));
        let f1 = &a.features[0];
        // r1 O, r2 M, r3 A.
        assert_eq!(f1.counts, CategoryCounts([1, 1, 1, 0, 0, 0]));
        assert_eq!(f1.category, Some(Category::M));
        assert!(close(f1.importance, 7.5));
        // functional 4 + 2 + 4 = 10 → 3.3333; dysfunctional 4 + 4 + 0 = 8 → 2.6667.
        assert!(close(f1.mean_functional, 10.0 / 3.0));
        assert!(close(f1.mean_dysfunctional, 8.0 / 3.0));
        let f2 = &a.features[1];
        // Q, A, Q.
        assert_eq!(f2.counts, CategoryCounts([1, 0, 0, 0, 0, 2]));
        assert_eq!(f2.category, Some(Category::Q));
        assert_eq!(f2.importance, None);
    }

    #[test]
    fn segment_filter_and_questionable_threshold() {
        let it = AnalysisOptions {
            segment: Some(" IT ".into()),
            ..Default::default()
        };
        let a = analyze(&survey(), &sample(), &it);
        assert_eq!(a.respondents, 2);
        assert_eq!(a.features[0].counts, CategoryCounts([1, 1, 0, 0, 0, 0]));
        // r1 and r3 answered half their pairs Q: above 0.4 they are left out.
        let strict = AnalysisOptions {
            max_questionable_share: Some(0.4),
            ..Default::default()
        };
        let a = analyze(&survey(), &sample(), &strict);
        assert_eq!((a.respondents, a.excluded), (1, 2));
        let lenient = AnalysisOptions {
            max_questionable_share: Some(0.5),
            ..Default::default()
        };
        assert_eq!(analyze(&survey(), &sample(), &lenient).excluded, 0);
        let cmp = compare_segments(&survey(), &sample(), "IT", "HR", None);
        assert_eq!((cmp.first.respondents, cmp.second.respondents), (2, 1));
        assert_eq!(cmp.second.features[0].category, Some(Category::M));
    }

    #[test]
    fn empty_input_gives_empty_results() {
        let a = analyze(&survey(), &[], &AnalysisOptions::default());
        assert_eq!(a.respondents, 0);
        assert!(a.features.iter().all(|f| f.n == 0 && f.category.is_none()));
    }

    #[test]
    fn wilson_intervals_match_hand_computed_values() {
        // Closed forms: x = 0 gives high = z²/n / (1 + z²/n); x = n gives
        // low = 1 / (1 + z²/n); the others from p ± z·√(p(1−p)/n + z²/4n²).
        let cases = [
            ((8, 18), (0.245595, 0.662836)),
            ((9, 18), (0.290310, 0.709690)),
            ((0, 10), (0.0, 0.277533)),
            ((10, 10), (0.722467, 1.0)),
            ((1, 1), (0.206549, 1.0)),
            ((30, 60), (0.377350, 0.622650)),
        ];
        for ((x, n), (low, high)) in cases {
            let i = wilson_interval(x, n).unwrap();
            assert!((i.low - low).abs() < 1e-6, "{x}/{n}: low {}", i.low);
            assert!((i.high - high).abs() < 1e-6, "{x}/{n}: high {}", i.high);
        }
        assert_eq!(wilson_interval(0, 0), None);
        assert_eq!(wilson_interval(3, 2), None);
    }

    #[test]
    fn better_and_worse_carry_their_intervals() {
        // A 5, O 3, M 6, I 4: Better 8/18, Worse −9/18.
        let r = result_from_counts(
            Id::new("f").unwrap(),
            "F".into(),
            CategoryCounts([5, 3, 6, 4, 0, 0]),
        );
        let b = r.better_interval.unwrap();
        assert!((b.low - 0.245595).abs() < 1e-6 && (b.high - 0.662836).abs() < 1e-6);
        let w = r.worse_interval.unwrap();
        assert!((w.low + 0.709690).abs() < 1e-6 && (w.high + 0.290310).abs() < 1e-6);
        assert!(w.low <= r.worse.unwrap() && r.worse.unwrap() <= w.high);
        // No O or M: Worse 0, its interval from about −0.28 up to exactly 0.
        let r = result_from_counts(
            Id::new("g").unwrap(),
            "G".into(),
            CategoryCounts([6, 0, 0, 4, 0, 0]),
        );
        let w = r.worse_interval.unwrap();
        assert_eq!(w.high, 0.0);
        assert!((w.low + 0.277533).abs() < 1e-6);
        // Only Q: no coefficients, no intervals.
        let r = result_from_counts(
            Id::new("h").unwrap(),
            "H".into(),
            CategoryCounts([0, 0, 0, 0, 0, 3]),
        );
        assert_eq!((r.better_interval, r.worse_interval), (None, None));
    }
}
