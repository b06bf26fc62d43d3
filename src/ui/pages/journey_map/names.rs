//! Step and channel names and keys shown on the map.

use crate::domain::journey::{Channel, Step};
use crate::i18n::Texts;

/// A short, stable key per step for the ids of its help tooltip.
pub(super) fn step_key(step: Step) -> &'static str {
    ["-1", "-2", "-3", "-4", "-5", "-6", "-7"]
        [Step::ALL.iter().position(|s| *s == step).unwrap_or(0)]
}

/// The step's name.
pub(super) fn step_name(t: &Texts, step: Step) -> &'static str {
    t.steps[Step::ALL.iter().position(|s| *s == step).unwrap_or(0)]
}

/// The step's one-line hint.
pub(super) fn step_hint(t: &Texts, step: Step) -> &'static str {
    t.step_hints[Step::ALL.iter().position(|s| *s == step).unwrap_or(0)]
}

/// The channel's name.
pub(super) fn channel_name(t: &Texts, c: Channel) -> &'static str {
    t.channels[Channel::ALL.iter().position(|x| *x == c).unwrap_or(0)]
}
