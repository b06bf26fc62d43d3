//! "Load example workspace": one story across the three workspaces for one service,
//! Workplace IT. The journey of new employees (seven steps, two personas, a
//! stakeholder map), a Kano survey of the service's features with sixty responses,
//! and the service's levels with twelve months of records, reviews and improvements.
//! The service is a watermelon (every target met, new employees ever less happy), and
//! two improvements answer pain points of the journey's touchpoints.

use super::connected_text::connected_text_for;
use super::journey::example_journey;
use super::services::{build, ServiceShape};
use super::survey::survey_from;
use crate::domain::persona::Persona;
use crate::domain::slm::{
    AgreementKind, Direction, ImprovementAim, ImprovementStatus, Period, PeriodKind, ReviewKind,
    ReviewTrigger, SatisfactionSource, TouchpointRef,
};
use crate::domain::{Id, RelationshipType, Workspace};

use Direction::{AtLeast, AtMost};

/// Index in the example journey's touchpoints of "Laptop ready on the first day".
pub const LAPTOP_READY_TOUCHPOINT: usize = 9;
/// Index in the example journey's touchpoints of "First login and MFA set-up".
pub const FIRST_LOGIN_TOUCHPOINT: usize = 10;

/// The Workplace IT service: SLA with the HR director, OLA with the service desk,
/// underpinning contract with the logistics partner; every target met all year while
/// new employees' satisfaction sinks to 2.
const SHAPE: ServiceShape = ServiceShape {
    relationship: RelationshipType::Cooperative,
    tailored: true,
    agreements: &[
        (AgreementKind::Sla, 3),
        (AgreementKind::Ola, 6),
        (AgreementKind::UnderpinningContract, 12),
    ],
    targets: &[
        (
            0,
            AtLeast,
            95.0,
            Some(97.0),
            [
                97.5, 98.0, 97.8, 98.4, 98.1, 98.6, 98.9, 99.0, 98.7, 99.2, 99.4, 99.5,
            ],
        ),
        (
            0,
            AtLeast,
            70.0,
            Some(75.0),
            [
                78.0, 79.0, 81.0, 80.0, 82.0, 83.0, 84.0, 85.0, 86.0, 86.0, 87.0, 88.0,
            ],
        ),
        (
            1,
            AtMost,
            4.0,
            Some(3.0),
            [2.0, 1.9, 1.8, 1.7, 1.6, 1.5, 1.5, 1.4, 1.3, 1.3, 1.2, 1.2],
        ),
        (
            2,
            AtMost,
            5.0,
            Some(4.0),
            [3.0, 3.2, 2.8, 3.1, 2.9, 3.0, 2.7, 2.8, 3.3, 2.9, 3.0, 2.8],
        ),
    ],
    user: [4, 4, 4, 4, 3, 3, 3, 3, 3, 2, 2, 2],
    customer: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3],
    source: SatisfactionSource::TransactionSurvey,
    reviews: &[
        (7, ReviewKind::Interval, None),
        (
            0,
            ReviewKind::Event,
            Some(ReviewTrigger::ChangedBusinessNeeds),
        ),
    ],
    improvements: &[
        (
            Some(1),
            ImprovementAim::RaiseUserSatisfaction,
            ImprovementStatus::InProgress,
            45,
        ),
        (
            Some(1),
            ImprovementAim::ImprovePractice,
            ImprovementStatus::Approved,
            60,
        ),
        (
            None,
            ImprovementAim::RaiseUserSatisfaction,
            ImprovementStatus::Proposed,
            30,
        ),
    ],
};

/// Which improvement answers which journey touchpoint, by index.
const FIXES: [(usize, usize); 2] = [(0, LAPTOP_READY_TOUCHPOINT), (2, FIRST_LOGIN_TOUCHPOINT)];

/// The connected example in `lang` (`en`, `es`, `ru`; English otherwise), with twelve
/// monthly records ending at the month of `end`. `fresh` makes a new id from a prefix,
/// so the example can be added beside the user's own data.
pub fn example_workspace(lang: &str, end: Period, mut fresh: impl FnMut(&str) -> Id) -> Workspace {
    let text = connected_text_for(lang);
    let (mut journey, persona) = example_journey(lang, &mut fresh);
    let (name, archetype, goals, needs, frustrations) = text.sponsor;
    let sponsor = Persona {
        id: fresh("persona"),
        name: name.to_owned(),
        archetype: archetype.to_owned(),
        goals: goals.iter().map(|s| (*s).to_owned()).collect(),
        needs: needs.iter().map(|s| (*s).to_owned()).collect(),
        frustrations: frustrations.iter().map(|s| (*s).to_owned()).collect(),
    };
    journey.persona_ids.push(sponsor.id.clone());
    let (survey, responses) = survey_from(&text.survey, lang, &mut fresh);
    let end = Period::containing(PeriodKind::Month, end.last_day());
    let mut service = build(&SHAPE, &text.service, end, &mut fresh);
    for (improvement, touchpoint) in FIXES {
        let link = journey.touchpoints.get(touchpoint).map(|t| TouchpointRef {
            journey: journey.id.clone(),
            touchpoint: t.id.clone(),
        });
        if let Some(item) = service.improvements.get_mut(improvement) {
            item.touchpoint = link;
        }
    }
    Workspace {
        journeys: vec![journey],
        personas: vec![persona, sponsor],
        surveys: vec![survey],
        responses: vec![responses],
        services: vec![service],
        ..Workspace::default()
    }
}

impl Workspace {
    /// Adds everything of `other` beside what this workspace holds (the caller makes
    /// sure identifiers are fresh, as the examples' are).
    pub fn add_beside(&mut self, other: Workspace) {
        self.journeys.extend(other.journeys);
        self.personas.extend(other.personas);
        self.surveys.extend(other.surveys);
        self.responses.extend(other.responses);
        self.services.extend(other.services);
        self.calendars.extend(other.calendars);
        self.ticket_slas.extend(other.ticket_slas);
        if !other.tickets.is_empty() {
            self.tickets.merge(other.tickets.tickets().to_vec());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::Step;
    use crate::domain::kano::{analyze, AnalysisOptions, Category};
    use crate::domain::slm::{last_periods, watermelon_flags, WatermelonReason};

    fn build_ws(lang: &str) -> Workspace {
        let mut n = 0;
        example_workspace(lang, "2026-10".parse().unwrap(), |prefix| {
            n += 1;
            Id::from_random(prefix, n)
        })
    }

    #[test]
    fn one_story_across_the_three_workspaces_in_every_language() {
        for lang in ["en", "es", "ru"] {
            let ws = build_ws(lang);
            assert_eq!(ws.validate(), Ok(()), "{lang}");
            let journey = &ws.journeys[0];
            for step in Step::ALL {
                assert!(journey.touchpoints_in(step).count() > 0, "{lang}: {step:?}");
            }
            assert_eq!(journey.persona_ids.len(), 2, "{lang}");
            assert_eq!(ws.personas.len(), 2, "{lang}");
            assert_eq!(journey.stakeholders.len(), 5, "{lang}");
            // The service of the journey is the service with the levels.
            assert_eq!(ws.services.len(), 1);
            let service = &ws.services[0];
            assert_eq!(service.name, journey.service, "{lang}");
            assert!(ws.surveys[0].title.starts_with(&service.name), "{lang}");
            let kinds: Vec<_> = service.agreements.iter().map(|a| a.kind).collect();
            assert_eq!(
                kinds,
                [
                    AgreementKind::Sla,
                    AgreementKind::Ola,
                    AgreementKind::UnderpinningContract
                ]
            );
            for (_, target) in service.targets() {
                assert_eq!(target.records.len(), 12, "{lang} {}", target.metric);
                assert_eq!(target.records[0].period.to_string(), "2025-11");
                assert_eq!(target.records[11].period.to_string(), "2026-10");
            }
            assert_eq!(service.satisfaction.len(), 12);
            assert_eq!(service.reviews.len(), 2);
            assert_eq!(service.improvements.len(), 3);
        }
    }

    #[test]
    fn survey_responses_vary_across_categories() {
        for lang in ["en", "es", "ru"] {
            let ws = build_ws(lang);
            let (survey, set) = (&ws.surveys[0], &ws.responses[0]);
            assert_eq!(set.survey_id, survey.id);
            assert_eq!(set.responses.len(), 60);
            let analysis = analyze(survey, &set.responses, &AnalysisOptions::default());
            let categories: Vec<_> = analysis
                .features
                .iter()
                .filter_map(|f| f.category)
                .collect();
            for c in [Category::M, Category::O, Category::A, Category::I] {
                assert!(categories.contains(&c), "{lang}: no {c:?}");
            }
            assert_eq!(
                analysis.features[0].category,
                Some(Category::M),
                "{lang}: a working laptop on day one is a must-be"
            );
        }
    }

    #[test]
    fn the_service_is_a_watermelon_in_its_last_months() {
        for lang in ["en", "es", "ru"] {
            let ws = build_ws(lang);
            let service = &ws.services[0];
            for (_, t) in service.targets() {
                assert!(
                    t.records
                        .iter()
                        .all(|r| t.status_of(Some(r.achieved)).is_met()),
                    "{lang}: {} met all year",
                    t.metric
                );
            }
            let periods = last_periods("2026-10".parse().unwrap(), 12);
            let flags = watermelon_flags(&ws.services, &periods);
            let last = flags
                .iter()
                .find(|f| f.period.to_string() == "2026-10")
                .expect("the last month is flagged");
            assert_eq!(last.service_id, service.id);
            assert!(last.reasons.contains(&WatermelonReason::Low {
                side: crate::domain::slm::SatisfactionSide::User,
                value: 2
            }));
            // The early months, with content users, are not.
            assert!(flags.iter().all(|f| f.period.to_string() != "2025-11"));
        }
    }

    #[test]
    fn improvements_answer_pain_points_of_existing_touchpoints() {
        for lang in ["en", "es", "ru"] {
            let ws = build_ws(lang);
            let journey = &ws.journeys[0];
            let linked: Vec<_> = ws.services[0]
                .improvements
                .iter()
                .filter_map(|i| i.touchpoint.as_ref())
                .collect();
            assert_eq!(linked.len(), 2, "{lang}");
            for link in linked {
                assert_eq!(link.journey, journey.id);
                let touchpoint = journey
                    .touchpoints
                    .iter()
                    .find(|t| t.id == link.touchpoint)
                    .expect("linked touchpoint exists");
                assert!(!touchpoint.pain_points.is_empty(), "{lang}");
            }
            let first = ws.services[0].improvements[0].touchpoint.as_ref().unwrap();
            let tp = journey
                .touchpoints
                .iter()
                .find(|t| t.id == first.touchpoint);
            assert_eq!(tp.map(|t| t.step), Some(Step::Onboard));
            assert!(tp.is_some_and(|t| t.moment_of_truth));
        }
    }

    #[test]
    fn languages_differ_and_adding_beside_keeps_both() {
        assert_ne!(
            build_ws("en").services[0].name,
            build_ws("es").services[0].name
        );
        assert_ne!(
            build_ws("en").services[0].name,
            build_ws("ru").services[0].name
        );
        assert_eq!(build_ws("fr"), build_ws("en"));
        let mut mine = build_ws("en");
        let mut n = 1000;
        let other = example_workspace("ru", "2026-10".parse().unwrap(), |prefix| {
            n += 1;
            Id::from_random(prefix, n)
        });
        mine.add_beside(other);
        assert_eq!(mine.journeys.len(), 2);
        assert_eq!(mine.services.len(), 2);
        assert_eq!(mine.responses.len(), 2);
        assert_eq!(mine.validate(), Ok(()));
    }
}
