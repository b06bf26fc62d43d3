//! Personas: archetypal customers or users a journey is mapped for.

use super::Id;
use serde::{Deserialize, Serialize};

/// A persona from the workspace's persona library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Persona {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub archetype: String,
    #[serde(default)]
    pub goals: Vec<String>,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub frustrations: Vec<String>,
}

impl Persona {
    /// An empty persona called `name`.
    pub fn new(id: Id, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            archetype: String::new(),
            goals: Vec::new(),
            needs: Vec::new(),
            frustrations: Vec::new(),
        }
    }

    /// Up to two initials for a photo-free avatar: first letters of the first and last
    /// words (`"Ana María López"` → `"AL"`), upper-cased.
    pub fn initials(&self) -> String {
        let words: Vec<&str> = self.name.split_whitespace().collect();
        let first = |w: &str| {
            w.chars()
                .next()
                .map(|c| c.to_uppercase().collect::<String>())
        };
        match words.as_slice() {
            [] => String::from("?"),
            [only] => first(only).unwrap_or_default(),
            [head, .., last] => format!(
                "{}{}",
                first(head).unwrap_or_default(),
                first(last).unwrap_or_default()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_take_first_and_last_words() {
        let p = |name: &str| Persona::new(Id::new("p").unwrap(), name).initials();
        assert_eq!(p("Ana María López"), "AL");
        assert_eq!(p("  nadia "), "N");
        assert_eq!(p("Борис Иванов"), "БИ");
        assert_eq!(p(""), "?");
    }
}
