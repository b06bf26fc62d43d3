//! The map's cards as a reactive store (Leptos's `reactive_stores`): one field per lane
//! of each card, grouped by step and keyed by touchpoint id, so an edit notifies only
//! the lanes it changes (an emotion edit: the emotion options and the card's colour),
//! and a move or an added card changes only the columns whose list of cards changed.

use crate::domain::journey::{Actor, Channel, Journey, Step, Touchpoint};
use crate::domain::Id;
use leptos::prelude::*;
use reactive_stores::{Field, KeyMap, Patch, PatchField, Store, StorePath};

/// What the map shows: the cards of each of the seven steps, in order.
#[derive(Store, Debug, Clone, Default)]
pub(super) struct MapCards {
    /// One entry per step, in the order of [`Step::ALL`], keyed by step: a write
    /// through an unkeyed index would notify every card of every step.
    #[store(key: Step = |s| s.step)]
    steps: Vec<StepCards>,
}

/// The cards of one step, keyed by touchpoint id.
#[derive(Store, Debug, Clone)]
pub(super) struct StepCards {
    step: Step,
    #[store(key: Id = |card| card.id.clone())]
    cards: Vec<Card>,
}

/// A touchpoint as its card shows it: lists joined one item a line, as the fields
/// show them.
#[derive(Store, Patch, Debug, Clone, PartialEq)]
pub(super) struct Card {
    id: Id,
    title: String,
    action: String,
    channel: Channel,
    actor: Actor,
    emotion: i8,
    pains: String,
    moment: bool,
    ideas: String,
    indicators: String,
    backstage: String,
}

/// Domain values a card holds whole: patched by comparison, like the store's own
/// primitives.
macro_rules! patch_by_comparison {
    ($($ty:ty),*) => {
        $(impl PatchField for $ty {
            fn patch_field(
                &mut self,
                new: Self,
                path: &StorePath,
                notify: &mut dyn FnMut(&StorePath),
                _keys: Option<&KeyMap>,
            ) {
                if new != *self {
                    *self = new;
                    notify(path);
                }
            }
        })*
    };
}
patch_by_comparison!(Id, Step, Channel, Actor);

impl Card {
    fn of(t: &Touchpoint) -> Self {
        Self {
            id: t.id.clone(),
            title: t.title.clone(),
            action: t.customer_action.clone(),
            channel: t.channel,
            actor: t.actor,
            emotion: t.emotion.get(),
            pains: t.pain_points.join("\n"),
            moment: t.moment_of_truth,
            ideas: t.improvement_ideas.join("\n"),
            indicators: t.value_indicators.join("\n"),
            backstage: t.backstage.clone(),
        }
    }

    /// Whether the card shows `t` as it is, compared without building a card.
    fn shows(&self, t: &Touchpoint) -> bool {
        fn joined(lines: &str, items: &[String]) -> bool {
            let mut shown = lines.split('\n');
            if items.is_empty() {
                return lines.is_empty();
            }
            items.iter().all(|item| shown.next() == Some(item.as_str())) && shown.next().is_none()
        }
        self.id == t.id
            && self.title == t.title
            && self.action == t.customer_action
            && self.channel == t.channel
            && self.actor == t.actor
            && self.emotion == t.emotion.get()
            && joined(&self.pains, &t.pain_points)
            && self.moment == t.moment_of_truth
            && joined(&self.ideas, &t.improvement_ideas)
            && joined(&self.indicators, &t.value_indicators)
            && self.backstage == t.backstage
    }
}

impl MapCards {
    /// The cards of `journey`, step by step.
    fn of(journey: Option<&Journey>) -> Self {
        let mut steps: Vec<StepCards> = Step::ALL
            .iter()
            .map(|&step| StepCards {
                step,
                cards: Vec::new(),
            })
            .collect();
        for t in journey.map_or(&[][..], |j| &j.touchpoints[..]) {
            steps[t.step as usize].cards.push(Card::of(t));
        }
        Self { steps }
    }

    /// Whether each step lists the same touchpoints in the same order as `journey`.
    fn same_layout(&self, journey: Option<&Journey>) -> bool {
        let touchpoints = journey.map_or(&[][..], |j| &j.touchpoints[..]);
        let mut seen = [0usize; 7];
        for t in touchpoints {
            let column = t.step as usize;
            let listed = self
                .steps
                .get(column)
                .and_then(|s| s.cards.get(seen[column]));
            if listed.map(|c| &c.id) != Some(&t.id) {
                return false;
            }
            seen[column] += 1;
        }
        self.steps.len() == Step::ALL.len()
            && self.steps.iter().zip(seen).all(|(s, n)| s.cards.len() == n)
    }
}

/// The store of the map's cards, made from `journey` and kept in step with it.
pub(super) fn map_store(journey: Memo<Option<Journey>>) -> Store<MapCards> {
    let store = Store::new(journey.with_untracked(|j| MapCards::of(j.as_ref())));
    Effect::new(move |_| journey.with(|j| sync(store, j.as_ref())));
    store
}

/// Brings the store up to date with `journey`: the cards that changed, or, when
/// cards were added, removed or moved, every step by a keyed patch.
fn sync(store: Store<MapCards>, journey: Option<&Journey>) {
    let touchpoints = journey.map_or(&[][..], |j| &j.touchpoints[..]);
    let changed = store.with_untracked(|m| {
        if !m.same_layout(journey) {
            return None;
        }
        let mut at = [0usize; 7];
        let mut changed = Vec::new();
        for t in touchpoints {
            let column = t.step as usize;
            let card = m.steps.get(column).and_then(|s| s.cards.get(at[column]))?;
            at[column] += 1;
            if !card.shows(t) {
                changed.push(t);
            }
        }
        Some(changed)
    });
    match changed {
        Some(changed) => {
            for t in changed {
                let card = store.steps().at_key(t.step).cards().at_key(t.id.clone());
                set_changed_lanes(card.into(), Card::of(t));
            }
        }
        // Each step by its keyed patch, which also updates the store's keys.
        None => {
            for step in MapCards::of(journey).steps {
                store.steps().at_key(step.step).cards().patch(step.cards);
            }
        }
    }
}

/// Sets each lane of `card` that differs from `new`, field by field: a write to one
/// field notifies only that field's readers. (`Patch::patch` on the keyed item itself,
/// tried with reactive_stores 0.4.4, left no card on the map after one edit.)
fn set_changed_lanes(card: Field<Card>, new: Card) {
    fn lane<T: PartialEq>(field: impl Set<Value = T> + WithUntracked<Value = T>, value: T) {
        if field.with_untracked(|v| *v != value) {
            field.set(value);
        }
    }
    lane(card.title(), new.title);
    lane(card.action(), new.action);
    lane(card.channel(), new.channel);
    lane(card.actor(), new.actor);
    lane(card.emotion(), new.emotion);
    lane(card.pains(), new.pains);
    lane(card.moment(), new.moment);
    lane(card.ideas(), new.ideas);
    lane(card.indicators(), new.indicators);
    lane(card.backstage(), new.backstage);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Id {
        Id::new(s).expect("a valid id")
    }

    fn journey() -> Journey {
        let mut j = Journey::new(id("j"), "Onboarding");
        let mut first = Touchpoint::new(id("a"), Step::Explore, "Ad");
        first.pain_points = vec!["slow".into(), "dear".into()];
        j.touchpoints = vec![
            first,
            Touchpoint::new(id("b"), Step::Agree, "Contract"),
            Touchpoint::new(id("c"), Step::Explore, "Site"),
        ];
        j
    }

    #[test]
    fn cards_are_grouped_by_step_in_journey_order() {
        let j = journey();
        let cards = MapCards::of(Some(&j));
        let ids: Vec<Vec<&str>> = cards
            .steps
            .iter()
            .map(|s| s.cards.iter().map(|c| c.id.as_str()).collect())
            .collect();
        assert_eq!(
            ids,
            [
                vec!["a", "c"],
                vec![],
                vec![],
                vec!["b"],
                vec![],
                vec![],
                vec![]
            ]
        );
        assert_eq!(cards.steps[0].cards[0].pains, "slow\ndear");
        assert!(cards.same_layout(Some(&j)));
        assert!(MapCards::of(None).same_layout(None));
    }

    #[test]
    fn a_move_or_a_new_card_changes_the_layout_an_edit_does_not() {
        let j = journey();
        let cards = MapCards::of(Some(&j));
        let mut edited = j.clone();
        edited.touchpoints[0].title = "Poster".into();
        assert!(cards.same_layout(Some(&edited)));
        assert!(!cards.steps[0].cards[0].shows(&edited.touchpoints[0]));
        assert!(cards.steps[0].cards[1].shows(&edited.touchpoints[2]));

        let mut moved = j.clone();
        moved.touchpoints.swap(0, 2);
        assert!(!cards.same_layout(Some(&moved)));
        let mut added = j.clone();
        added
            .touchpoints
            .push(Touchpoint::new(id("d"), Step::Realize, "Review"));
        assert!(!cards.same_layout(Some(&added)));
        assert!(!cards.same_layout(None));
    }

    #[test]
    fn a_card_shows_lists_line_by_line() {
        let mut t = Touchpoint::new(id("a"), Step::Offer, "Quote");
        let card = Card::of(&t);
        assert!(card.shows(&t));
        t.pain_points = vec![String::new()];
        assert!(card.shows(&t), "one empty line reads as no lines at all");
        t.pain_points = vec!["late".into()];
        assert!(!card.shows(&t));
        let card = Card::of(&t);
        assert!(card.shows(&t));
        t.pain_points = vec!["late".into(), "rude".into()];
        assert!(!card.shows(&t));
    }
}
