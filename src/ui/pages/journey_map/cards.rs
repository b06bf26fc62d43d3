//! The per-card signal cache: one signal per lane of each card, kept in step with
//! the journey, so an edit re-renders only the lanes of the card it touches.

use crate::domain::journey::{Actor, Channel, Journey, Touchpoint};
use crate::domain::Id;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

/// A card's touchpoint as one signal per lane, so an edit re-renders only the lanes it
/// changes (an emotion edit: the emotion options and the card's colour, not every
/// field's value and label).
#[derive(Clone)]
pub(super) struct Lanes {
    /// The whole touchpoint, the base of the card's next edit.
    pub(super) touchpoint: ArcStoredValue<Touchpoint>,
    pub(super) title: ArcRwSignal<String>,
    pub(super) action: ArcRwSignal<String>,
    pub(super) channel: ArcRwSignal<Channel>,
    pub(super) actor: ArcRwSignal<Actor>,
    pub(super) emotion: ArcRwSignal<i8>,
    /// One pain point a line, as the field shows them.
    pub(super) pains: ArcRwSignal<String>,
    pub(super) moment: ArcRwSignal<bool>,
    pub(super) ideas: ArcRwSignal<String>,
    pub(super) indicators: ArcRwSignal<String>,
    pub(super) backstage: ArcRwSignal<String>,
}

impl Lanes {
    pub(super) fn new(t: &Touchpoint) -> Self {
        Self {
            touchpoint: ArcStoredValue::new(t.clone()),
            title: ArcRwSignal::new(t.title.clone()),
            action: ArcRwSignal::new(t.customer_action.clone()),
            channel: ArcRwSignal::new(t.channel),
            actor: ArcRwSignal::new(t.actor),
            emotion: ArcRwSignal::new(t.emotion.get()),
            pains: ArcRwSignal::new(t.pain_points.join("\n")),
            moment: ArcRwSignal::new(t.moment_of_truth),
            ideas: ArcRwSignal::new(t.improvement_ideas.join("\n")),
            indicators: ArcRwSignal::new(t.value_indicators.join("\n")),
            backstage: ArcRwSignal::new(t.backstage.clone()),
        }
    }

    /// Takes `t` as the card's touchpoint and sets the lanes that changed.
    pub(super) fn set(&self, t: &Touchpoint) {
        fn lane<T: PartialEq + Send + Sync + 'static>(signal: &ArcRwSignal<T>, value: T) {
            if signal.with_untracked(|v| *v != value) {
                signal.set(value);
            }
        }
        // Lists are shown joined: joined only when they changed.
        let (pains, ideas, indicators) = self.touchpoint.with_value(|old| {
            (
                old.pain_points != t.pain_points,
                old.improvement_ideas != t.improvement_ideas,
                old.value_indicators != t.value_indicators,
            )
        });
        self.touchpoint.set_value(t.clone());
        lane(&self.title, t.title.clone());
        lane(&self.action, t.customer_action.clone());
        lane(&self.channel, t.channel);
        lane(&self.actor, t.actor);
        lane(&self.emotion, t.emotion.get());
        if pains {
            lane(&self.pains, t.pain_points.join("\n"));
        }
        lane(&self.moment, t.moment_of_truth);
        if ideas {
            lane(&self.ideas, t.improvement_ideas.join("\n"));
        }
        if indicators {
            lane(&self.indicators, t.value_indicators.join("\n"));
        }
        lane(&self.backstage, t.backstage.clone());
    }
}

/// The lanes of every card, kept in step with the journey, so an edit re-renders
/// only the card it touches (a map may hold hundreds of cards).
#[derive(Clone, Copy)]
pub(super) struct Cards {
    pub(super) lanes: StoredValue<HashMap<Id, Lanes>>,
    /// Touchpoints the journey memo copied since the cards were last brought up to
    /// date, in order; `None` when there were too many to list (check every card).
    pub(super) changed: StoredValue<Option<Vec<Touchpoint>>>,
}

impl Cards {
    /// Beyond this many changed touchpoints (a move, an undo across steps, a reload)
    /// every card is checked instead.
    const LISTED: usize = 16;

    pub(super) fn new() -> Self {
        Self {
            lanes: StoredValue::new(HashMap::new()),
            changed: StoredValue::new(Some(Vec::new())),
        }
    }

    /// The lanes of touchpoint `id`, made from `journey` on first use.
    pub(super) fn lanes(&self, journey: &Journey, id: &Id) -> Option<Lanes> {
        if let Some(lanes) = self.lanes.with_value(|cards| cards.get(id).cloned()) {
            return Some(lanes);
        }
        let lanes = Lanes::new(journey.touchpoint(id)?);
        self.lanes.update_value(|cards| {
            cards.insert(id.clone(), lanes.clone());
        });
        Some(lanes)
    }

    /// Notes a touchpoint the journey memo copied.
    pub(super) fn note(&self, touchpoint: &Touchpoint) {
        self.changed.update_value(|changed| {
            if let Some(list) = changed {
                if list.len() < Self::LISTED {
                    list.push(touchpoint.clone());
                } else {
                    *changed = None;
                }
            }
        });
    }

    /// Notes that every card may have changed.
    pub(super) fn note_all(&self) {
        self.changed.set_value(None);
    }

    /// Updates the cards whose touchpoint changed (those noted, or all) and forgets
    /// deleted ones.
    pub(super) fn sync(&self, journey: &Journey) {
        let noted = self
            .changed
            .try_update_value(|c| c.replace(Vec::new()))
            .flatten();
        let mut updates = Vec::new();
        self.lanes.update_value(|cards| {
            let mut update = |touchpoint: &Touchpoint| {
                if let Some(lanes) = cards.get(&touchpoint.id) {
                    if lanes.touchpoint.with_value(|t| t != touchpoint) {
                        updates.push((lanes.clone(), touchpoint.clone()));
                    }
                }
            };
            match &noted {
                Some(list) => list.iter().for_each(&mut update),
                None => journey.touchpoints.iter().for_each(&mut update),
            }
            if noted.is_none() && cards.len() > journey.touchpoints.len() {
                let ids: HashSet<&Id> = journey.touchpoints.iter().map(|t| &t.id).collect();
                cards.retain(|id, _| ids.contains(id));
            }
        });
        for (lanes, touchpoint) in updates {
            lanes.set(&touchpoint);
        }
    }
}
