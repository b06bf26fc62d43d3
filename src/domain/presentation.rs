//! Presentation mode: the slides a trainer steps through for a journey (a title,
//! one slide per ITIL 4 step, the insights) and for Kano results (a title, one
//! slide per feature, Better/Worse, the features by category), and where in a deck
//! the presenter is. The UI only renders what this model says a slide holds.

use super::journey::{Journey, Step, Touchpoint};
use super::kano::{Analysis, Category, FeatureResult};

/// One slide of a journey presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JourneySlide {
    /// The journey's name, service and description.
    Title,
    /// One of the seven steps (index into [`Step::ALL`]) with its touchpoints.
    Step(usize),
    /// Lowest moments, moments of truth and pain points of the whole journey.
    Insights,
}

impl JourneySlide {
    /// Every slide of a journey presentation, in order: title, seven steps, insights.
    pub fn deck() -> [Self; 9] {
        let mut deck = [Self::Title; 9];
        for (i, slide) in deck.iter_mut().skip(1).take(Step::ALL.len()).enumerate() {
            *slide = Self::Step(i);
        }
        deck[8] = Self::Insights;
        deck
    }

    /// How many steps of the experience curve this slide shows: none on the title,
    /// the steps so far on a step slide, all seven on the insights.
    pub fn steps_shown(self) -> usize {
        match self {
            Self::Title => 0,
            Self::Step(i) => (i + 1).min(Step::ALL.len()),
            Self::Insights => Step::ALL.len(),
        }
    }

    /// The step of a step slide.
    pub fn step(self) -> Option<Step> {
        match self {
            Self::Step(i) => Step::ALL.get(i).copied(),
            _ => None,
        }
    }
}

/// The touchpoints of the first `steps` steps, in journey order: what the curve and
/// its table show so far.
pub fn touchpoints_up_to(journey: &Journey, steps: usize) -> Vec<&Touchpoint> {
    Step::ALL
        .iter()
        .take(steps)
        .flat_map(|&step| journey.touchpoints_in(step))
        .collect()
}

/// One slide of a Kano results presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KanoSlide {
    /// The survey's title and how many respondents were analysed.
    Title,
    /// One feature (index into the analysis' features): its category, counts and
    /// Better/Worse, with the category chart grown to this feature.
    Feature(usize),
    /// The Better against |Worse| chart of every feature.
    BetterWorse,
    /// The features grouped by category.
    Summary,
}

impl KanoSlide {
    /// Every slide for an analysis of `features` features, in order.
    pub fn deck(features: usize) -> Vec<Self> {
        std::iter::once(Self::Title)
            .chain((0..features).map(Self::Feature))
            .chain([Self::BetterWorse, Self::Summary])
            .collect()
    }

    /// How many features the category chart shows on this slide.
    pub fn features_shown(self, features: usize) -> usize {
        match self {
            Self::Title => 0,
            Self::Feature(i) => (i + 1).min(features),
            Self::BetterWorse | Self::Summary => features,
        }
    }
}

/// The features of an analysis with only the first `shown` revealed: the others
/// keep their name (so the chart keeps its rows and scale) but no answers, and
/// draw as empty bars.
pub fn revealed_features(features: &[FeatureResult], shown: usize) -> Vec<FeatureResult> {
    features
        .iter()
        .enumerate()
        .map(|(i, f)| if i < shown { f.clone() } else { hidden(f) })
        .collect()
}

/// `feature` with its name only.
fn hidden(feature: &FeatureResult) -> FeatureResult {
    FeatureResult {
        feature_id: feature.feature_id.clone(),
        name: feature.name.clone(),
        n: 0,
        counts: Default::default(),
        category: None,
        rule_category: None,
        total_strength: None,
        category_strength: None,
        fong_significant: false,
        better: None,
        worse: None,
        better_interval: None,
        worse_interval: None,
        importance: None,
        mean_functional: None,
        mean_dysfunctional: None,
    }
}

/// The feature names of each category that has any, in the order a trainer tells
/// them (must-be, one-dimensional, attractive, indifferent, reverse, questionable),
/// by the M>O>A>I rule category; features without answers are left out.
pub fn features_by_category(analysis: &Analysis) -> Vec<(Category, Vec<String>)> {
    Category::PRIORITY
        .into_iter()
        .filter_map(|category| {
            let names: Vec<String> = analysis
                .features
                .iter()
                .filter(|f| f.rule_category == Some(category))
                .map(|f| f.name.clone())
                .collect();
            (!names.is_empty()).then_some((category, names))
        })
        .collect()
}

/// A move through a deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    First,
    Last,
    /// Leave presentation mode.
    Exit,
}

impl Move {
    /// The move a key stands for (`KeyboardEvent.key`): arrows, a clicker's Page
    /// Up/Down, Space (Shift+Space goes back), Home, End and Escape.
    pub fn from_key(key: &str, shift: bool) -> Option<Self> {
        Some(match key {
            "ArrowRight" | "ArrowDown" | "PageDown" => Self::Next,
            " " | "Spacebar" if shift => Self::Previous,
            " " | "Spacebar" => Self::Next,
            "ArrowLeft" | "ArrowUp" | "PageUp" => Self::Previous,
            "Home" => Self::First,
            "End" => Self::Last,
            "Escape" | "Esc" => Self::Exit,
            _ => return None,
        })
    }

    /// The slide index after this move from `index` in a deck of `len` slides
    /// (clamped to the deck); `None` for [`Move::Exit`].
    pub fn apply(self, index: usize, len: usize) -> Option<usize> {
        let last = len.saturating_sub(1);
        Some(match self {
            Self::Next => (index + 1).min(last),
            Self::Previous => index.saturating_sub(1).min(last),
            Self::First => 0,
            Self::Last => last,
            Self::Exit => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bounded::Emotion;
    use crate::domain::kano::{analyze, AnalysisOptions};
    use crate::domain::Id;

    fn journey() -> Journey {
        let mut j = Journey::new(Id::new("j").unwrap(), "J");
        let tp = |id: &str, step, emotion| Touchpoint {
            emotion: Emotion::new(emotion).unwrap(),
            ..Touchpoint::new(Id::new(id).unwrap(), step, id)
        };
        j.touchpoints = vec![
            tp("d", Step::Realize, 2),
            tp("a", Step::Explore, 1),
            tp("b", Step::Agree, -2),
            tp("c", Step::Agree, 0),
        ];
        j
    }

    #[test]
    fn a_journey_deck_is_title_seven_steps_and_insights() {
        let deck = JourneySlide::deck();
        assert_eq!(deck[0], JourneySlide::Title);
        assert_eq!(deck[8], JourneySlide::Insights);
        let steps: Vec<_> = deck.iter().filter_map(|s| s.step()).collect();
        assert_eq!(steps, Step::ALL);
        let shown: Vec<_> = deck.iter().map(|s| s.steps_shown()).collect();
        assert_eq!(shown, [0, 1, 2, 3, 4, 5, 6, 7, 7]);
        assert_eq!(JourneySlide::Step(99).step(), None);
        assert_eq!(JourneySlide::Step(99).steps_shown(), 7);
    }

    #[test]
    fn the_curve_so_far_holds_the_touchpoints_of_the_steps_shown_in_step_order() {
        let j = journey();
        let ids = |steps| -> Vec<&str> {
            touchpoints_up_to(&j, steps)
                .iter()
                .map(|t| t.id.as_str())
                .collect()
        };
        assert!(ids(0).is_empty());
        assert_eq!(ids(1), ["a"]);
        assert_eq!(ids(3), ["a"]);
        assert_eq!(ids(4), ["a", "b", "c"]);
        assert_eq!(ids(7), ["a", "b", "c", "d"]);
        assert_eq!(ids(50), ["a", "b", "c", "d"]);
    }

    fn example_analysis() -> Analysis {
        let mut n = 0;
        let (survey, responses) = crate::domain::examples::survey::example_survey("en", |p| {
            n += 1;
            Id::new(format!("{p}-{n}")).unwrap()
        });
        analyze(&survey, &responses.responses, &AnalysisOptions::default())
    }

    #[test]
    fn a_kano_deck_has_one_slide_per_feature_between_title_and_charts() {
        let deck = KanoSlide::deck(3);
        assert_eq!(
            deck,
            [
                KanoSlide::Title,
                KanoSlide::Feature(0),
                KanoSlide::Feature(1),
                KanoSlide::Feature(2),
                KanoSlide::BetterWorse,
                KanoSlide::Summary,
            ]
        );
        let shown: Vec<_> = deck.iter().map(|s| s.features_shown(3)).collect();
        assert_eq!(shown, [0, 1, 2, 3, 3, 3]);
        assert_eq!(KanoSlide::deck(0).len(), 3);
    }

    #[test]
    fn revealing_features_keeps_every_row_but_empties_the_hidden_ones() {
        let analysis = example_analysis();
        let all = &analysis.features;
        assert!(all.len() >= 3 && all.iter().all(|f| f.n > 0));
        let two = revealed_features(all, 2);
        assert_eq!(two.len(), all.len());
        assert_eq!(&two[..2], &all[..2]);
        for (hidden, full) in two[2..].iter().zip(&all[2..]) {
            assert_eq!(hidden.name, full.name);
            assert_eq!((hidden.n, hidden.counts.total()), (0, 0));
            assert_eq!((hidden.category, hidden.better), (None, None));
        }
        assert_eq!(revealed_features(all, 99), *all);
    }

    #[test]
    fn features_are_grouped_by_rule_category_must_be_first() {
        let analysis = example_analysis();
        let groups = features_by_category(&analysis);
        let listed: usize = groups.iter().map(|(_, names)| names.len()).sum();
        let answered = analysis
            .features
            .iter()
            .filter(|f| f.rule_category.is_some())
            .count();
        assert_eq!(listed, answered);
        let order: Vec<_> = groups.iter().map(|(c, _)| c.index()).collect();
        let priority = |c: usize| Category::PRIORITY.iter().position(|p| p.index() == c);
        assert!(order.windows(2).all(|w| priority(w[0]) < priority(w[1])));
        for (category, names) in &groups {
            for name in names {
                let f = analysis.features.iter().find(|f| &f.name == name);
                assert_eq!(f.and_then(|f| f.rule_category), Some(*category));
            }
        }
    }

    #[test]
    fn keys_move_through_the_deck_and_stop_at_its_ends() {
        let key = |k| Move::from_key(k, false);
        assert_eq!(key("ArrowRight"), Some(Move::Next));
        assert_eq!(key("PageDown"), Some(Move::Next));
        assert_eq!(key(" "), Some(Move::Next));
        assert_eq!(Move::from_key(" ", true), Some(Move::Previous));
        assert_eq!(key("ArrowLeft"), Some(Move::Previous));
        assert_eq!(key("PageUp"), Some(Move::Previous));
        assert_eq!(key("Home"), Some(Move::First));
        assert_eq!(key("End"), Some(Move::Last));
        assert_eq!(key("Escape"), Some(Move::Exit));
        assert_eq!(key("a"), None);
        assert_eq!(key("Enter"), None);

        assert_eq!(Move::Next.apply(0, 9), Some(1));
        assert_eq!(Move::Next.apply(8, 9), Some(8));
        assert_eq!(Move::Previous.apply(0, 9), Some(0));
        assert_eq!(Move::Previous.apply(5, 9), Some(4));
        assert_eq!(Move::Last.apply(2, 9), Some(8));
        assert_eq!(Move::First.apply(7, 9), Some(0));
        assert_eq!(Move::Exit.apply(3, 9), None);
        assert_eq!(Move::Next.apply(0, 0), Some(0));
    }
}
