//! Undo and redo by keeping, for each change, the edit that takes it back (not a copy
//! of the document: on a large journey map a copy per keystroke costs time and memory).

/// Undo and redo steps: each is an edit that reverses a change. Applying an undo step
/// yields the step that redoes it, and the other way round.
#[derive(Debug, Clone, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    limit: usize,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        Self::with_limit(100)
    }
}

impl<T> History<T> {
    /// A history that keeps at most `limit` undo steps (at least one).
    pub fn with_limit(limit: usize) -> Self {
        Self {
            past: Vec::new(),
            future: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Records `undo`, the edit that takes back a change just made. Clears redo.
    pub fn record(&mut self, undo: T) {
        if self.past.len() == self.limit {
            self.past.remove(0);
        }
        self.past.push(undo);
        self.future.clear();
    }

    /// Steps back: `apply` performs the last undo step and returns the step that
    /// redoes it (`None` if it could not be applied: the step is dropped). False when
    /// there was nothing to undo.
    pub fn undo(&mut self, apply: impl FnOnce(T) -> Option<T>) -> bool {
        let Some(step) = self.past.pop() else {
            return false;
        };
        if let Some(redo) = apply(step) {
            self.future.push(redo);
        }
        true
    }

    /// Steps forward again: `apply` performs the last redo step and returns the step
    /// that undoes it. False when there was nothing to redo.
    pub fn redo(&mut self, apply: impl FnOnce(T) -> Option<T>) -> bool {
        let Some(step) = self.future.pop() else {
            return false;
        };
        if let Some(undo) = apply(step) {
            self.past.push(undo);
        }
        true
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Forgets every step (after switching to another document).
    pub fn clear(&mut self) {
        self.past.clear();
        self.future.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A counter edited by adding numbers; the undo of `+n` is `-n`.
    fn add(state: &mut i32, n: i32) -> Option<i32> {
        *state += n;
        Some(-n)
    }

    #[test]
    fn undo_and_redo_walk_the_states() {
        let mut h = History::default();
        let mut state = 1;
        let undo = add(&mut state, 1).unwrap();
        h.record(undo);
        let undo = add(&mut state, 1).unwrap();
        h.record(undo);
        assert_eq!(state, 3);
        assert!(h.undo(|n| add(&mut state, n)));
        assert_eq!(state, 2);
        assert!(h.undo(|n| add(&mut state, n)));
        assert_eq!(state, 1);
        assert!(!h.undo(|n| add(&mut state, n)));
        assert_eq!(state, 1);
        assert!(h.redo(|n| add(&mut state, n)));
        assert_eq!(state, 2);
        assert!(h.can_undo() && h.can_redo());
        h.record(5);
        assert!(!h.can_redo(), "a new edit clears redo");
        assert!(!h.redo(|n| add(&mut state, n)));
    }

    #[test]
    fn keeps_at_most_the_limit() {
        let mut h = History::with_limit(2);
        for i in 0..5 {
            h.record(i);
        }
        let mut seen = Vec::new();
        while h.undo(|n| {
            seen.push(n);
            None
        }) {}
        assert_eq!(seen, [4, 3]);
    }

    #[test]
    fn a_step_that_cannot_be_applied_is_dropped() {
        let mut h = History::default();
        h.record(1);
        assert!(h.undo(|_| None));
        assert!(!h.can_undo() && !h.can_redo());
    }
}
