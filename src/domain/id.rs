//! Identifiers of workspace items.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An identifier: 1 to 64 characters of ASCII letters, digits, `-` or `_`.
///
/// Identifiers become parts of storage keys and links, so the character set is
/// restricted at construction; anything else is rejected.
///
/// ```
/// use dsv_studio::domain::Id;
/// assert!(Id::new("journey-1").is_ok());
/// assert!(Id::new("has space").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Id(String);

/// Why a text is not a valid [`Id`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidId(pub String);

impl fmt::Display for InvalidId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is not a valid identifier (1-64 letters, digits, '-' or '_')",
            self.0
        )
    }
}

impl std::error::Error for InvalidId {}

impl Id {
    /// Longest accepted identifier.
    pub const MAX_LEN: usize = 64;

    /// Validates `text` as an identifier.
    pub fn new(text: impl Into<String>) -> Result<Self, InvalidId> {
        let text = text.into();
        let valid = !text.is_empty()
            && text.len() <= Self::MAX_LEN
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if valid {
            Ok(Self(text))
        } else {
            Err(InvalidId(text))
        }
    }

    /// The identifier as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Id {
    type Error = InvalidId;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Id> for String {
    fn from(id: Id) -> Self {
        id.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_letters_digits_dash_underscore() {
        assert_eq!(Id::new("a-B_9").map(|i| i.to_string()), Ok("a-B_9".into()));
    }

    #[test]
    fn rejects_empty_long_and_odd_characters() {
        assert!(Id::new("").is_err());
        assert!(Id::new("x".repeat(65)).is_err());
        assert!(Id::new("a/b").is_err());
        assert!(Id::new("é").is_err());
    }

    #[test]
    fn deserializing_checks_the_invariant() {
        assert!(serde_json::from_str::<Id>("\"ok-1\"").is_ok());
        assert!(serde_json::from_str::<Id>("\"not ok\"").is_err());
    }
}

impl Id {
    /// A fresh identifier from random bits: `prefix` followed by the bits in base 36
    /// (`tp-3k9x0q2b1`). The caller supplies the randomness, so the domain stays pure.
    pub fn from_random(prefix: &str, bits: u64) -> Self {
        const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut text: String = prefix
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .take(16)
            .collect();
        text.push('-');
        let mut n = bits;
        let mut digits = Vec::new();
        loop {
            digits.push(DIGITS[(n % 36) as usize]);
            n /= 36;
            if n == 0 {
                break;
            }
        }
        text.extend(digits.iter().rev().map(|&b| b as char));
        Self(text)
    }
}

#[cfg(test)]
mod random_tests {
    use super::*;

    #[test]
    fn random_ids_are_valid_and_distinct() {
        let a = Id::from_random("tp", 0);
        let b = Id::from_random("tp", u64::MAX);
        assert_eq!(a.as_str(), "tp-0");
        assert_eq!(b.as_str(), "tp-3w5e11264sgsf");
        assert!(Id::new(b.as_str()).is_ok());
        assert_eq!(Id::from_random("a b/c", 35).as_str(), "abc-z");
    }
}
