//! What a journey map says at a glance: per-step emotion, the lowest touchpoints,
//! moments of truth, pain points with their improvement ideas, and where each
//! stakeholder sits on the influence × interest grid.

use super::journey::{Journey, Step, Touchpoint};
use super::stakeholder::Stakeholder;

/// Touchpoint count and mean emotion of one step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StepSummary {
    pub step: Step,
    pub touchpoints: usize,
    /// Mean emotion (−2..=2); `None` for a step without touchpoints.
    pub average_emotion: Option<f64>,
}

/// The insights panel of a journey.
#[derive(Debug, Clone, PartialEq)]
pub struct JourneyInsights<'a> {
    /// All seven steps, in order.
    pub steps: Vec<StepSummary>,
    /// Up to three touchpoints with the lowest emotion, lowest first (journey order on ties).
    pub lowest: Vec<&'a Touchpoint>,
    pub moments_of_truth: Vec<&'a Touchpoint>,
    /// Touchpoints with at least one pain point.
    pub with_pain_points: Vec<&'a Touchpoint>,
}

/// Computes the insights of `journey`.
pub fn journey_insights(journey: &Journey) -> JourneyInsights<'_> {
    let steps = Step::ALL
        .into_iter()
        .map(|step| {
            let emotions: Vec<f64> = journey
                .touchpoints_in(step)
                .map(|t| f64::from(t.emotion.get()))
                .collect();
            StepSummary {
                step,
                touchpoints: emotions.len(),
                average_emotion: (!emotions.is_empty())
                    .then(|| emotions.iter().sum::<f64>() / emotions.len() as f64),
            }
        })
        .collect();
    JourneyInsights {
        steps,
        lowest: lowest_touchpoints(journey),
        moments_of_truth: journey
            .touchpoints
            .iter()
            .filter(|t| t.moment_of_truth)
            .collect(),
        with_pain_points: journey
            .touchpoints
            .iter()
            .filter(|t| t.pain_points.iter().any(|p| !p.trim().is_empty()))
            .collect(),
    }
}

/// Up to three touchpoints with the lowest emotion, lowest first (journey order on
/// ties): [`JourneyInsights::lowest`] alone, for the experience curve.
pub fn lowest_touchpoints(journey: &Journey) -> Vec<&Touchpoint> {
    let mut lowest: Vec<&Touchpoint> = journey.touchpoints.iter().collect();
    lowest.sort_by_key(|t| t.emotion);
    lowest.truncate(3);
    lowest
}

/// The four quadrants of the influence × interest grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High influence, high interest.
    ManageClosely,
    /// High influence, low interest.
    KeepSatisfied,
    /// Low influence, high interest.
    KeepInformed,
    /// Low influence, low interest.
    Monitor,
}

impl Quadrant {
    /// Every quadrant.
    pub const ALL: [Self; 4] = [
        Self::ManageClosely,
        Self::KeepSatisfied,
        Self::KeepInformed,
        Self::Monitor,
    ];
}

impl Stakeholder {
    /// The stakeholder's quadrant. On the 1–5 scales, 3 and above count as high: a
    /// stakeholder on the middle line gets the closer attention.
    pub fn quadrant(&self) -> Quadrant {
        let high_influence = self.influence.get() >= 3;
        let high_interest = self.interest.get() >= 3;
        match (high_influence, high_interest) {
            (true, true) => Quadrant::ManageClosely,
            (true, false) => Quadrant::KeepSatisfied,
            (false, true) => Quadrant::KeepInformed,
            (false, false) => Quadrant::Monitor,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bounded::{Emotion, Rating5};
    use crate::domain::journey::Touchpoint;
    use crate::domain::stakeholder::{Side, StakeholderRole};
    use crate::domain::{Id, RelationshipType};

    fn tp(id: &str, step: Step, emotion: i64, moment: bool, pain: &[&str]) -> Touchpoint {
        Touchpoint {
            emotion: Emotion::new(emotion).unwrap(),
            pain_points: pain.iter().map(|s| s.to_string()).collect(),
            moment_of_truth: moment,
            ..Touchpoint::new(Id::new(id).unwrap(), step, id)
        }
    }

    #[test]
    fn summarises_steps_lows_moments_and_pains() {
        let mut j = Journey::new(Id::new("j").unwrap(), "J");
        j.touchpoints = vec![
            tp("a", Step::Explore, 1, false, &[]),
            tp("b", Step::Explore, -1, true, &["slow"]),
            tp("c", Step::Agree, -2, false, &["", "contract too long"]),
            tp("d", Step::Realize, 2, true, &[" "]),
            tp("e", Step::Realize, -1, false, &[]),
        ];
        let i = journey_insights(&j);
        assert_eq!(i.steps.len(), 7);
        assert_eq!(i.steps[0].touchpoints, 2);
        assert_eq!(i.steps[0].average_emotion, Some(0.0));
        assert_eq!(i.steps[1].average_emotion, None);
        assert_eq!(i.steps[6].average_emotion, Some(0.5));
        let ids = |v: &[&Touchpoint]| v.iter().map(|t| t.id.to_string()).collect::<Vec<_>>();
        assert_eq!(ids(&i.lowest), ["c", "b", "e"]);
        assert_eq!(ids(&i.moments_of_truth), ["b", "d"]);
        assert_eq!(ids(&i.with_pain_points), ["b", "c"]);
    }

    #[test]
    fn quadrants_split_at_three() {
        let s = |influence, interest| Stakeholder {
            id: Id::new("s").unwrap(),
            name: "S".into(),
            role: StakeholderRole::Regulator,
            side: Side::Provider,
            influence: Rating5::new(influence).unwrap(),
            interest: Rating5::new(interest).unwrap(),
            relationship: RelationshipType::Basic,
            notes: String::new(),
        };
        assert_eq!(s(5, 5).quadrant(), Quadrant::ManageClosely);
        assert_eq!(s(3, 3).quadrant(), Quadrant::ManageClosely);
        assert_eq!(s(4, 1).quadrant(), Quadrant::KeepSatisfied);
        assert_eq!(s(2, 5).quadrant(), Quadrant::KeepInformed);
        assert_eq!(s(1, 2).quadrant(), Quadrant::Monitor);
    }
}
