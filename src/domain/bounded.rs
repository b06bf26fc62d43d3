//! Small integer scales whose range is enforced at construction.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A value outside a scale's range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfRange {
    pub value: i64,
    pub min: i64,
    pub max: i64,
}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is outside the range {}..={}",
            self.value, self.min, self.max
        )
    }
}

impl std::error::Error for OutOfRange {}

macro_rules! bounded_scale {
    ($(#[$doc:meta])* $name:ident, $min:expr, $max:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "i64", into = "i64")]
        pub struct $name(i8);

        impl $name {
            /// Smallest value on the scale.
            pub const MIN: i8 = $min;
            /// Largest value on the scale.
            pub const MAX: i8 = $max;

            /// Checks that `value` lies on the scale.
            pub fn new(value: i64) -> Result<Self, OutOfRange> {
                if (Self::MIN as i64..=Self::MAX as i64).contains(&value) {
                    Ok(Self(value as i8))
                } else {
                    Err(OutOfRange { value, min: Self::MIN as i64, max: Self::MAX as i64 })
                }
            }

            /// The value as a plain number.
            pub fn get(self) -> i8 {
                self.0
            }
        }

        impl TryFrom<i64> for $name {
            type Error = OutOfRange;
            fn try_from(value: i64) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl From<$name> for i64 {
            fn from(value: $name) -> Self {
                value.0 as i64
            }
        }
    };
}

bounded_scale!(
    /// The customer's emotion at a touchpoint: −2 very negative … +2 very positive.
    Emotion, -2, 2
);
bounded_scale!(
    /// A 1–5 rating: stakeholder influence or interest, satisfaction scores.
    Rating5, 1, 5
);
bounded_scale!(
    /// Self-stated importance of a Kano feature, 1 (not important) to 9.
    Importance, 1, 9
);

impl Emotion {
    /// Neither positive nor negative.
    pub const NEUTRAL: Self = Self(0);
}

impl Default for Emotion {
    fn default() -> Self {
        Self::NEUTRAL
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_accept_their_range_only() {
        assert_eq!(Emotion::new(-2).map(Emotion::get), Ok(-2));
        assert!(Emotion::new(3).is_err());
        assert!(Rating5::new(0).is_err());
        assert_eq!(Importance::new(9).map(Importance::get), Ok(9));
        assert!(Importance::new(10).is_err());
    }

    #[test]
    fn deserializing_enforces_range() {
        assert!(serde_json::from_str::<Rating5>("6").is_err());
        assert_eq!(
            serde_json::from_str::<Emotion>("-1").map(Emotion::get).ok(),
            Some(-1)
        );
    }
}
