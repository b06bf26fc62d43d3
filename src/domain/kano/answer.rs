//! Kano's five-point answer scale and the scores of the continuous analysis.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An answer on Kano's five-point scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KanoAnswer {
    Like,
    Expect,
    Neutral,
    Tolerate,
    Dislike,
}

/// A word or code that is not an answer on the Kano scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownAnswer(pub String);

impl fmt::Display for UnknownAnswer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is not an answer (use like, expect, neutral, tolerate, dislike or 1-5)",
            self.0
        )
    }
}

impl std::error::Error for UnknownAnswer {}

impl KanoAnswer {
    /// The five answers in scale order.
    pub const ALL: [Self; 5] = [
        Self::Like,
        Self::Expect,
        Self::Neutral,
        Self::Tolerate,
        Self::Dislike,
    ];

    /// Position on the scale, 0 (Like) to 4 (Dislike).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The answer at scale position `index` (0..=4).
    pub fn from_index(index: usize) -> Option<Self> {
        Self::ALL.get(index).copied()
    }

    /// The code 1 (Like) … 5 (Dislike) used in CSV files and stored responses.
    pub fn code(self) -> u8 {
        self as u8 + 1
    }

    /// The answer for code 1–5.
    pub fn from_code(code: u8) -> Option<Self> {
        code.checked_sub(1)
            .and_then(|i| Self::from_index(usize::from(i)))
    }

    /// The English word written in CSV files: `like`, `expect`, …
    pub fn word(self) -> &'static str {
        match self {
            Self::Like => "like",
            Self::Expect => "expect",
            Self::Neutral => "neutral",
            Self::Tolerate => "tolerate",
            Self::Dislike => "dislike",
        }
    }

    /// Reads a word (`like`, `expect`, `must-be`, `neutral`, `tolerate`, `live-with`,
    /// `dislike`, any case) or a code `1`–`5`.
    pub fn parse(text: &str) -> Result<Self, UnknownAnswer> {
        let t = text.trim().to_ascii_lowercase();
        let answer = match t.as_str() {
            "like" | "1" => Self::Like,
            "expect" | "must-be" | "2" => Self::Expect,
            "neutral" | "3" => Self::Neutral,
            "tolerate" | "live-with" | "4" => Self::Tolerate,
            "dislike" | "5" => Self::Dislike,
            _ => return Err(UnknownAnswer(text.trim().to_owned())),
        };
        Ok(answer)
    }

    /// Score of a functional answer: Like 4, Expect 2, Neutral 0, Tolerate −1, Dislike −2.
    pub fn functional_score(self) -> f64 {
        FUNCTIONAL_SCORES[self.index()]
    }

    /// Score of a dysfunctional answer: Like −2, Expect −1, Neutral 0, Tolerate 2, Dislike 4.
    pub fn dysfunctional_score(self) -> f64 {
        DYSFUNCTIONAL_SCORES[self.index()]
    }
}

/// Functional scores by scale position.
pub(crate) const FUNCTIONAL_SCORES: [f64; 5] = [4.0, 2.0, 0.0, -1.0, -2.0];
/// Dysfunctional scores by scale position.
pub(crate) const DYSFUNCTIONAL_SCORES: [f64; 5] = [-2.0, -1.0, 0.0, 2.0, 4.0];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_codes_and_synonyms_parse() {
        assert_eq!(KanoAnswer::parse(" Like "), Ok(KanoAnswer::Like));
        assert_eq!(KanoAnswer::parse("MUST-BE"), Ok(KanoAnswer::Expect));
        assert_eq!(KanoAnswer::parse("live-with"), Ok(KanoAnswer::Tolerate));
        assert_eq!(KanoAnswer::parse("5"), Ok(KanoAnswer::Dislike));
        assert_eq!(KanoAnswer::parse("3"), Ok(KanoAnswer::Neutral));
        assert!(KanoAnswer::parse("6").is_err());
        assert_eq!(
            KanoAnswer::parse("maybe").unwrap_err().to_string(),
            "'maybe' is not an answer (use like, expect, neutral, tolerate, dislike or 1-5)"
        );
        for a in KanoAnswer::ALL {
            assert_eq!(KanoAnswer::from_code(a.code()), Some(a));
            assert_eq!(KanoAnswer::parse(a.word()), Ok(a));
        }
        assert_eq!(KanoAnswer::from_code(0), None);
    }

    #[test]
    fn scores_follow_the_design() {
        let f: Vec<f64> = KanoAnswer::ALL
            .iter()
            .map(|a| a.functional_score())
            .collect();
        let d: Vec<f64> = KanoAnswer::ALL
            .iter()
            .map(|a| a.dysfunctional_score())
            .collect();
        assert_eq!(f, [4.0, 2.0, 0.0, -1.0, -2.0]);
        assert_eq!(d, [-2.0, -1.0, 0.0, 2.0, 4.0]);
    }
}
