//! The touchpoint ids of each step column, as one memo.

use crate::domain::journey::{Journey, Step};
use crate::domain::Id;
use leptos::prelude::*;

/// The touchpoint ids of each step, in order: what the columns hold. Worked out once
/// per change of the journey, without copying when they stay the same, so an edit
/// inside a card re-renders no column.
#[derive(Clone, Copy)]
pub(super) struct Columns(pub(super) Memo<[Vec<Id>; 7]>);

impl Columns {
    pub(super) fn new(journey: Memo<Option<Journey>>) -> Self {
        Self(Memo::new_owning(move |old: Option<[Vec<Id>; 7]>| {
            let first = old.is_none();
            let mut columns = old.unwrap_or_default();
            let changed = journey.with(|j| {
                let touchpoints = j.as_ref().map_or(&[][..], |j| &j.touchpoints[..]);
                // One pass: does each column still list its step's ids in order?
                let mut seen = [0usize; 7];
                let mut differs = [false; 7];
                for t in touchpoints {
                    let column = t.step as usize;
                    let at = seen[column];
                    differs[column] |= columns[column].get(at) != Some(&t.id);
                    seen[column] = at + 1;
                }
                for (column, ids) in columns.iter_mut().enumerate() {
                    if differs[column] || seen[column] != ids.len() {
                        let step = Step::ALL[column];
                        *ids = touchpoints
                            .iter()
                            .filter(|t| t.step == step)
                            .map(|t| t.id.clone())
                            .collect();
                        differs[column] = true;
                    }
                }
                differs.contains(&true)
            });
            (columns, changed || first)
        }))
    }
}
