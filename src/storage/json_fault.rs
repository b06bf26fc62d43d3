//! Where and why a text is not JSON, in terms a translated message can use.

use std::fmt;

/// What the JSON reader found wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonFaultKind {
    /// The text stops in the middle of a value.
    EndsEarly,
    /// A `\u` escape names half of a UTF-16 pair (a lone surrogate) or no character.
    BadCharacterEscape,
    /// A number too large for a 64-bit float (such as `1e400`).
    NumberTooLarge,
    /// A raw control character (a tab or line break) inside a string.
    ControlCharacter,
    /// A backslash followed by a letter JSON does not know.
    BadEscape,
    /// More text after the end of the JSON value.
    TrailingText,
    /// Arrays or objects nested too deeply to read.
    TooDeep,
    /// Any other character where none of its kind may stand.
    Syntax,
}

/// A JSON reading problem: its place (1-based line and column) and kind, with the
/// reader's own English message kept for a technical detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonFault {
    pub line: usize,
    pub column: usize,
    pub kind: JsonFaultKind,
    /// The JSON reader's message (English).
    pub detail: String,
}

impl JsonFault {
    /// Sorts a `serde_json` reading error into a kind, keeping its place.
    pub fn from_serde(error: &serde_json::Error) -> Self {
        let detail = error.to_string();
        let kind = if error.is_eof() {
            JsonFaultKind::EndsEarly
        } else if detail.contains("surrogate")
            || detail.contains("unicode code point")
            || detail.contains("hex escape")
        {
            JsonFaultKind::BadCharacterEscape
        } else if detail.contains("number out of range") {
            JsonFaultKind::NumberTooLarge
        } else if detail.contains("control character") {
            JsonFaultKind::ControlCharacter
        } else if detail.contains("invalid escape") {
            JsonFaultKind::BadEscape
        } else if detail.contains("trailing characters") {
            JsonFaultKind::TrailingText
        } else if detail.contains("recursion limit") {
            JsonFaultKind::TooDeep
        } else {
            JsonFaultKind::Syntax
        };
        Self {
            line: error.line(),
            column: error.column(),
            kind,
            detail,
        }
    }
}

impl fmt::Display for JsonFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.detail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(text: &str) -> JsonFault {
        JsonFault::from_serde(&serde_json::from_str::<serde_json::Value>(text).unwrap_err())
    }

    #[test]
    fn each_kind_is_recognised_with_its_place() {
        let cases = [
            ("{\"a\": [1, 2", JsonFaultKind::EndsEarly, 1, 11),
            (
                "{\"a\":\n \"\\ud800x\"}",
                JsonFaultKind::BadCharacterEscape,
                2,
                9,
            ),
            ("{\"a\": 1e400}", JsonFaultKind::NumberTooLarge, 1, 11),
            ("{\"a\": \"x\ty\"}", JsonFaultKind::ControlCharacter, 1, 9),
            ("{\"a\": \"\\q\"}", JsonFaultKind::BadEscape, 1, 9),
            ("{} {}", JsonFaultKind::TrailingText, 1, 4),
            ("{\"a\" 1}", JsonFaultKind::Syntax, 1, 6),
        ];
        for (text, kind, line, column) in cases {
            let f = fault(text);
            assert_eq!(
                (f.kind, f.line, f.column),
                (kind, line, column),
                "{text}: {}",
                f.detail
            );
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert_eq!(fault(&deep).kind, JsonFaultKind::TooDeep);
    }
}
