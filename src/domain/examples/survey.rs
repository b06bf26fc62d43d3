//! "Add example survey": a ten-feature Kano survey about an IT service desk with about
//! sixty deterministic responses that show every category (must-be, one-dimensional,
//! attractive, indifferent and a little reverse and questionable), a department
//! segment question and importance.

use super::dice::Dice;
use super::survey_text::{survey_text_for, SurveyText};
use crate::domain::bounded::Importance;
use crate::domain::kano::{
    Category, Feature, FeatureAnswer, KanoAnswer, Response, ResponseSet, SegmentQuestion, Survey,
};
use crate::domain::Id;

/// Number of example respondents.
pub const EXAMPLE_RESPONDENTS: usize = 60;

/// Per feature: weights of A, O, M, I, R, Q and the typical importance.
const PROFILES: [([u32; 6], u32); 10] = [
    ([4, 10, 70, 12, 2, 2], 8),  // password reset: must-be
    ([5, 15, 55, 20, 3, 2], 7),  // status updates: must-be
    ([10, 55, 15, 15, 3, 2], 7), // 24/7 phone: one-dimensional
    ([12, 60, 18, 6, 2, 2], 8),  // first response: one-dimensional
    ([40, 30, 5, 20, 3, 2], 6),  // live chat: attractive / one-dimensional
    ([10, 10, 25, 50, 3, 2], 5), // knowledge base: indifferent
    ([65, 12, 5, 14, 2, 2], 6),  // outage notices: attractive
    ([5, 5, 5, 55, 25, 5], 3),   // satisfaction survey: indifferent, some reverse
    ([35, 5, 3, 35, 17, 5], 4),  // chatbot: attractive / indifferent, some reverse
    ([55, 20, 5, 15, 3, 2], 7),  // remote fixes: attractive
];

/// The answer pairs that give each category, by scale position (functional, dysfunctional).
fn pairs_of(category: Category) -> &'static [(usize, usize)] {
    match category {
        Category::A => &[(0, 1), (0, 2), (0, 3)],
        Category::O => &[(0, 4)],
        Category::M => &[(1, 4), (2, 4), (3, 4)],
        Category::I => &[
            (1, 1),
            (1, 2),
            (1, 3),
            (2, 1),
            (2, 2),
            (2, 3),
            (3, 1),
            (3, 2),
            (3, 3),
        ],
        Category::R => &[(4, 0), (4, 1), (4, 2), (4, 3), (1, 0), (2, 0)],
        Category::Q => &[(0, 0), (4, 4)],
    }
}

/// The example survey and its responses in `lang` (`en`, `es` or `ru`; anything else
/// gives English). `fresh` makes a new id from a prefix.
pub fn example_survey(lang: &str, fresh: impl FnMut(&str) -> Id) -> (Survey, ResponseSet) {
    survey_from(survey_text_for(lang), lang, fresh)
}

/// A survey with the example's answer profiles (feature by feature, in order) and the
/// words of `text`.
pub(super) fn survey_from(
    text: &SurveyText,
    lang: &str,
    mut fresh: impl FnMut(&str) -> Id,
) -> (Survey, ResponseSet) {
    let lang = if ["es", "ru"].contains(&lang) {
        lang
    } else {
        "en"
    };
    let features: Vec<Feature> = text
        .features
        .iter()
        .map(|(name, description)| Feature {
            id: fresh("feature"),
            name: (*name).to_owned(),
            description: (*description).to_owned(),
            functional_question: String::new(),
            dysfunctional_question: String::new(),
        })
        .collect();
    let survey = Survey {
        id: fresh("survey"),
        title: text.title.to_owned(),
        introduction: text.introduction.to_owned(),
        language: lang.to_owned(),
        features,
        ask_importance: true,
        segment_question: Some(SegmentQuestion {
            question: text.segment_question.to_owned(),
            choices: text.segments.iter().map(|s| (*s).to_owned()).collect(),
        }),
    };
    let mut rng = Dice::new(0x5eed_ca11_ab1e_2026);
    let responses = (0..EXAMPLE_RESPONDENTS)
        .map(|i| {
            let segment = (rng.below(4)) as usize;
            let answers = survey
                .features
                .iter()
                .zip(PROFILES.iter())
                .enumerate()
                .filter_map(|(k, (feature, (weights, importance)))| {
                    // A few respondents skip a feature.
                    if rng.below(40) == 0 {
                        return None;
                    }
                    let mut weights = *weights;
                    // Sales staff value live chat more: one-dimensional for them.
                    if k == 4 && segment == 1 {
                        weights = [15, 65, 10, 8, 1, 1];
                    }
                    let total: u32 = weights.iter().sum();
                    let mut pick = rng.below(u64::from(total)) as u32;
                    let category = Category::ALL
                        .iter()
                        .zip(weights)
                        .find_map(|(&c, w)| {
                            if pick < w {
                                Some(c)
                            } else {
                                pick -= w;
                                None
                            }
                        })
                        .unwrap_or(Category::I);
                    let options = pairs_of(category);
                    let &(f, d) = options
                        .get(rng.below(options.len() as u64) as usize)
                        .unwrap_or(&(2, 2));
                    let spread = rng.below(5) as i64 - 2;
                    let importance = (rng.below(8) != 0)
                        .then(|| {
                            Importance::new((i64::from(*importance) + spread).clamp(1, 9)).ok()
                        })
                        .flatten();
                    Some(FeatureAnswer {
                        feature_id: feature.id.clone(),
                        functional: KanoAnswer::from_index(f)?,
                        dysfunctional: KanoAnswer::from_index(d)?,
                        importance,
                    })
                })
                .collect();
            Response {
                respondent: format!("r{:03}", i + 1),
                segment: text.segments.get(segment).map(|s| (*s).to_owned()),
                answers,
            }
        })
        .collect();
    let set = ResponseSet {
        survey_id: survey.id.clone(),
        responses,
    };
    (survey, set)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kano::{analyze, AnalysisOptions};
    use crate::domain::Workspace;

    fn build(lang: &str) -> (Survey, ResponseSet) {
        let mut n = 0;
        example_survey(lang, |prefix| {
            n += 1;
            Id::from_random(prefix, n)
        })
    }

    #[test]
    fn example_is_valid_and_shows_every_kind_of_feature() {
        for lang in ["en", "es", "ru"] {
            let (survey, set) = build(lang);
            assert_eq!(survey.features.len(), 10);
            assert_eq!(set.responses.len(), EXAMPLE_RESPONDENTS);
            let ws = Workspace {
                surveys: vec![survey.clone()],
                responses: vec![set.clone()],
                ..Default::default()
            };
            assert_eq!(ws.validate(), Ok(()), "{lang}");
            let analysis = analyze(&survey, &set.responses, &AnalysisOptions::default());
            let categories: Vec<_> = analysis
                .features
                .iter()
                .filter_map(|f| f.category)
                .collect();
            for c in [Category::M, Category::O, Category::A, Category::I] {
                assert!(
                    categories.contains(&c),
                    "{lang}: no {c:?} in {categories:?}"
                );
            }
            let reverse: u32 = analysis
                .features
                .iter()
                .map(|f| f.counts.get(Category::R))
                .sum();
            let questionable: u32 = analysis
                .features
                .iter()
                .map(|f| f.counts.get(Category::Q))
                .sum();
            assert!(
                reverse > 5 && questionable > 0,
                "R {reverse} Q {questionable}"
            );
            assert!(analysis.features.iter().all(|f| f.importance.is_some()));
        }
    }

    #[test]
    fn the_example_is_the_same_every_time_and_translated() {
        assert_eq!(build("en"), build("en"));
        assert_ne!(build("en").0.title, build("ru").0.title);
        assert_eq!(build("fr").0.title, build("en").0.title);
        assert_eq!(build("es").1.responses[7].answers, {
            let (_, set) = build("es");
            set.responses[7].answers.clone()
        });
    }
}
