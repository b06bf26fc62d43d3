//! "Add example journey": a complete journey for a workplace IT service, with a
//! persona and five stakeholders, ready to show in class.

use super::journey_text::{text_for, ExampleText};
use crate::domain::bounded::{Emotion, Rating5};
use crate::domain::journey::{Actor, Channel, Journey, JourneyState, Step, Touchpoint};
use crate::domain::persona::Persona;
use crate::domain::stakeholder::{Side, Stakeholder, StakeholderRole};
use crate::domain::{Id, RelationshipType};

/// What does not change between languages, one row per touchpoint.
const SHAPE: [(Step, Channel, Actor, i64, bool); 15] = [
    (Step::Explore, Channel::Web, Actor::Customer, 0, false),
    (Step::Explore, Channel::InPerson, Actor::Customer, 1, false),
    (Step::Engage, Channel::InPerson, Actor::Sponsor, 1, false),
    (Step::Engage, Channel::Email, Actor::Customer, -1, false),
    (Step::Offer, Channel::Email, Actor::Customer, 1, false),
    (Step::Offer, Channel::Phone, Actor::Customer, -1, false),
    (Step::Agree, Channel::InPerson, Actor::Sponsor, 0, false),
    (
        Step::Agree,
        Channel::SelfServicePortal,
        Actor::Sponsor,
        1,
        false,
    ),
    (
        Step::Onboard,
        Channel::SelfServicePortal,
        Actor::Customer,
        0,
        false,
    ),
    (Step::Onboard, Channel::InPerson, Actor::User, -2, true),
    (Step::Onboard, Channel::InPerson, Actor::User, -1, false),
    (Step::CoCreate, Channel::Chat, Actor::User, 1, false),
    (
        Step::CoCreate,
        Channel::SelfServicePortal,
        Actor::User,
        0,
        false,
    ),
    (Step::Realize, Channel::InPerson, Actor::Sponsor, 1, false),
    (Step::Realize, Channel::Other, Actor::Customer, 2, false),
];

/// Role, side, influence, interest and relationship of the five stakeholders.
const STAKEHOLDERS: [(StakeholderRole, Side, i64, i64, RelationshipType); 5] = [
    (
        StakeholderRole::Customer,
        Side::Consumer,
        5,
        5,
        RelationshipType::Partnership,
    ),
    (
        StakeholderRole::User,
        Side::Consumer,
        2,
        5,
        RelationshipType::Basic,
    ),
    (
        StakeholderRole::Sponsor,
        Side::Consumer,
        5,
        2,
        RelationshipType::Cooperative,
    ),
    (
        StakeholderRole::ProviderTeam,
        Side::Provider,
        3,
        4,
        RelationshipType::Cooperative,
    ),
    (
        StakeholderRole::SupplierPartner,
        Side::Provider,
        2,
        2,
        RelationshipType::Basic,
    ),
];

fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// The example journey and its persona in `lang` (`en`, `es` or `ru`; anything else
/// gives English). `fresh` makes a new id from a prefix.
pub fn example_journey(lang: &str, mut fresh: impl FnMut(&str) -> Id) -> (Journey, Persona) {
    let text: &ExampleText = text_for(lang);
    let persona = Persona {
        id: fresh("persona"),
        name: text.persona.0.to_owned(),
        archetype: text.persona.1.to_owned(),
        goals: owned(text.persona.2),
        needs: owned(text.persona.3),
        frustrations: owned(text.persona.4),
    };
    let touchpoints = SHAPE
        .iter()
        .zip(text.touchpoints.iter())
        .map(|(&(step, channel, actor, emotion, moment), t)| Touchpoint {
            id: fresh("tp"),
            step,
            title: t.title.to_owned(),
            customer_action: t.action.to_owned(),
            channel,
            actor,
            emotion: Emotion::new(emotion).unwrap_or_default(),
            pain_points: owned(t.pains),
            moment_of_truth: moment,
            improvement_ideas: owned(t.ideas),
            value_indicators: owned(t.indicators),
            backstage: t.backstage.to_owned(),
        })
        .collect();
    let stakeholders = STAKEHOLDERS
        .iter()
        .zip(text.stakeholders.iter())
        .filter_map(
            |(&(role, side, influence, interest, relationship), (name, notes))| {
                Some(Stakeholder {
                    id: fresh("sh"),
                    name: (*name).to_owned(),
                    role,
                    side,
                    influence: Rating5::new(influence).ok()?,
                    interest: Rating5::new(interest).ok()?,
                    relationship,
                    notes: (*notes).to_owned(),
                })
            },
        )
        .collect();
    let journey = Journey {
        id: fresh("journey"),
        name: text.name.to_owned(),
        service: text.service.to_owned(),
        description: text.description.to_owned(),
        relationship: RelationshipType::Cooperative,
        state: JourneyState::Current,
        persona_ids: vec![persona.id.clone()],
        touchpoints,
        stakeholders,
    };
    (journey, persona)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journey_insights;
    use crate::domain::Workspace;

    fn build(lang: &str) -> (Journey, Persona) {
        let mut n = 0;
        example_journey(lang, |prefix| {
            n += 1;
            Id::from_random(prefix, n)
        })
    }

    #[test]
    fn example_is_complete_in_every_language() {
        for lang in ["en", "es", "ru"] {
            let (journey, persona) = build(lang);
            for step in Step::ALL {
                let n = journey.touchpoints_in(step).count();
                assert!((2..=4).contains(&n), "{lang}: {step:?} has {n}");
            }
            assert_eq!(journey.stakeholders.len(), 5, "{lang}");
            let insights = journey_insights(&journey);
            assert_eq!(insights.moments_of_truth.len(), 1, "{lang}");
            assert!(insights.with_pain_points.len() >= 3, "{lang}");
            assert!(journey
                .touchpoints
                .iter()
                .any(|t| !t.improvement_ideas.is_empty()));
            assert!(journey
                .touchpoints
                .iter()
                .all(|t| !t.title.is_empty() && !t.customer_action.is_empty()));
            let ws = Workspace {
                journeys: vec![journey],
                personas: vec![persona],
                ..Default::default()
            };
            assert_eq!(ws.validate(), Ok(()), "{lang}");
        }
    }

    #[test]
    fn languages_differ_and_unknown_falls_back_to_english() {
        assert_ne!(build("en").0.name, build("es").0.name);
        assert_ne!(build("en").0.name, build("ru").0.name);
        assert_eq!(build("fr").0.name, build("en").0.name);
    }
}
