//! Undo and redo by keeping earlier states.

/// Past and future states of a value, for undo and redo.
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

    /// Records `before`, the state an edit is about to change. Clears redo.
    pub fn record(&mut self, before: T) {
        if self.past.len() == self.limit {
            self.past.remove(0);
        }
        self.past.push(before);
        self.future.clear();
    }

    /// Steps back: returns the previous state and keeps `current` for redo.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        Some(previous)
    }

    /// Steps forward again: returns the next state and keeps `current` for undo.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        Some(next)
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

    #[test]
    fn undo_and_redo_walk_the_states() {
        let mut h = History::default();
        let mut state = 1;
        h.record(state);
        state = 2;
        h.record(state);
        state = 3;
        state = h.undo(state).unwrap();
        assert_eq!(state, 2);
        state = h.undo(state).unwrap();
        assert_eq!(state, 1);
        assert_eq!(h.undo(state), None);
        state = h.redo(state).unwrap();
        assert_eq!(state, 2);
        h.record(state);
        assert!(!h.can_redo(), "a new edit clears redo");
    }

    #[test]
    fn keeps_at_most_the_limit() {
        let mut h = History::with_limit(2);
        for i in 0..5 {
            h.record(i);
        }
        assert_eq!(h.undo(9), Some(4));
        assert_eq!(h.undo(4), Some(3));
        assert_eq!(h.undo(3), None);
    }
}
