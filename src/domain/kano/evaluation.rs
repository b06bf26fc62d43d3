//! The Kano evaluation table: a functional and a dysfunctional answer give a category.

use super::answer::KanoAnswer;
use serde::{Deserialize, Serialize};

/// A Kano category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    /// Attractive: delights when present, not missed when absent.
    A,
    /// One-dimensional: the more the better.
    O,
    /// Must-be: taken for granted, strongly missed when absent.
    M,
    /// Indifferent.
    I,
    /// Reverse: the respondent prefers the feature absent.
    R,
    /// Questionable: contradictory answers.
    Q,
}

impl Category {
    /// The six categories in counting order A, O, M, I, R, Q.
    pub const ALL: [Self; 6] = [Self::A, Self::O, Self::M, Self::I, Self::R, Self::Q];

    /// The tie-break order of the design: M, O, A, I, R, Q.
    pub const PRIORITY: [Self; 6] = [Self::M, Self::O, Self::A, Self::I, Self::R, Self::Q];

    /// Position in [`Category::ALL`] (A 0 … Q 5).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The letter written in CSV files and link codes: `A`, `O`, `M`, `I`, `R` or `Q`.
    pub fn letter(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::O => "O",
            Self::M => "M",
            Self::I => "I",
            Self::R => "R",
            Self::Q => "Q",
        }
    }
}

use Category::{A, I, M, O, Q, R};

/// Rows: functional answer; columns: dysfunctional answer (Like … Dislike).
const TABLE: [[Category; 5]; 5] = [
    [Q, A, A, A, O],
    [R, I, I, I, M],
    [R, I, I, I, M],
    [R, I, I, I, M],
    [R, R, R, R, Q],
];

/// The category of an answer pair by the standard Kano evaluation table.
///
/// ```
/// use dsv_studio::domain::kano::{evaluate, Category, KanoAnswer};
/// assert_eq!(evaluate(KanoAnswer::Like, KanoAnswer::Dislike), Category::O);
/// ```
pub fn evaluate(functional: KanoAnswer, dysfunctional: KanoAnswer) -> Category {
    TABLE[functional.index()][dysfunctional.index()]
}

/// The category by scale positions, for the counting loops (positions above 4 count as 4).
pub(crate) fn evaluate_index(functional: usize, dysfunctional: usize) -> Category {
    TABLE[functional.min(4)][dysfunctional.min(4)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use KanoAnswer::{Dislike, Expect, Like, Neutral, Tolerate};

    #[test]
    fn all_twenty_five_cells() {
        let expected = [
            (Like, Like, Q),
            (Like, Expect, A),
            (Like, Neutral, A),
            (Like, Tolerate, A),
            (Like, Dislike, O),
            (Expect, Like, R),
            (Expect, Expect, I),
            (Expect, Neutral, I),
            (Expect, Tolerate, I),
            (Expect, Dislike, M),
            (Neutral, Like, R),
            (Neutral, Expect, I),
            (Neutral, Neutral, I),
            (Neutral, Tolerate, I),
            (Neutral, Dislike, M),
            (Tolerate, Like, R),
            (Tolerate, Expect, I),
            (Tolerate, Neutral, I),
            (Tolerate, Tolerate, I),
            (Tolerate, Dislike, M),
            (Dislike, Like, R),
            (Dislike, Expect, R),
            (Dislike, Neutral, R),
            (Dislike, Tolerate, R),
            (Dislike, Dislike, Q),
        ];
        assert_eq!(expected.len(), 25);
        for (f, d, c) in expected {
            assert_eq!(evaluate(f, d), c, "{f:?}/{d:?}");
            assert_eq!(evaluate_index(f.index(), d.index()), c);
        }
    }

    #[test]
    fn letters_and_orders() {
        let letters: String = Category::ALL.iter().map(|c| c.letter()).collect();
        assert_eq!(letters, "AOMIRQ");
        assert_eq!(Category::PRIORITY[0], M);
        assert_eq!(Q.index(), 5);
    }
}
