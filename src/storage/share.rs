//! Share links and single-journey files. A shared journey travels inside the URL
//! fragment, never sent to a server: `#/share/j3.<payload>`, where the payload is
//! the journey document's JSON, raw-DEFLATE compressed (miniz_oxide) and written in
//! URL-safe base64 without padding. `j` is the kind, `3` the schema version.

use super::envelope::{self, Subject, SCHEMA_VERSION};
use super::keys::DocKind;
use crate::domain::journey::Journey;
use crate::domain::persona::Persona;
use crate::domain::{Workspace, WorkspaceEdit};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// Longest payload accepted from a link (a very large journey compresses well below this).
pub const MAX_PAYLOAD: usize = 200_000;
/// Largest decompressed document accepted.
const MAX_JSON: usize = 4_000_000;

/// The `format` marker of a single-journey file.
pub const JOURNEY_FORMAT: &str = "dsv-studio-journey";

/// A journey with the personas attached to it, as shared or exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedJourney {
    pub journey: Journey,
    #[serde(default)]
    pub personas: Vec<Persona>,
}

/// Why a link or file could not be read; nothing is changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Not a DSV Studio journey link or file.
    Foreign,
    /// Made by a newer DSV Studio.
    TooNew { found: u32 },
    /// Damaged: bad characters, truncated, or not the expected content.
    Corrupt(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Foreign => f.write_str("not a DSV Studio journey"),
            Self::TooNew { found } => write!(f, "made by a newer DSV Studio (version {found})"),
            Self::Corrupt(why) => write!(f, "damaged: {why}"),
        }
    }
}

impl std::error::Error for ShareError {}

/// The journey `id` of `workspace` with its personas.
pub fn collect(workspace: &Workspace, journey: &Journey) -> SharedJourney {
    SharedJourney {
        journey: journey.clone(),
        personas: workspace
            .personas
            .iter()
            .filter(|p| journey.persona_ids.contains(&p.id))
            .cloned()
            .collect(),
    }
}

/// The link payload (after `#/share/`) for `shared`.
pub fn encode_link(shared: &SharedJourney) -> Result<String, serde_json::Error> {
    let json = serde_json::to_vec(shared)?;
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    Ok(format!("j{SCHEMA_VERSION}.{}", base64url::encode(&packed)))
}

/// Reads a link payload back, migrating older versions and validating the content.
pub fn decode_link(payload: &str) -> Result<SharedJourney, ShareError> {
    let payload = payload.trim();
    let (head, body) = payload.split_once('.').ok_or(ShareError::Foreign)?;
    let version: u32 = head
        .strip_prefix('j')
        .and_then(|v| v.parse().ok())
        .ok_or(ShareError::Foreign)?;
    if version > SCHEMA_VERSION {
        return Err(ShareError::TooNew { found: version });
    }
    if body.len() > MAX_PAYLOAD {
        return Err(ShareError::Corrupt("the link is too long".into()));
    }
    let packed =
        base64url::decode(body).ok_or_else(|| ShareError::Corrupt("invalid characters".into()))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_JSON)
        .map_err(|_| ShareError::Corrupt("cannot be decompressed".into()))?;
    let value: Value =
        serde_json::from_slice(&json).map_err(|e| ShareError::Corrupt(e.to_string()))?;
    from_value(value, version)
}

#[derive(Serialize)]
struct JourneyFileOut<'a> {
    format: &'static str,
    version: u32,
    #[serde(flatten)]
    shared: &'a SharedJourney,
}

/// The single-journey JSON file.
pub fn export_file(shared: &SharedJourney) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(&JourneyFileOut {
        format: JOURNEY_FORMAT,
        version: SCHEMA_VERSION,
        shared,
    })
}

/// Reads a single-journey JSON file.
pub fn parse_file(text: &str) -> Result<SharedJourney, ShareError> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| ShareError::Corrupt(e.to_string()))?;
    if value.get("format").and_then(Value::as_str) != Some(JOURNEY_FORMAT) {
        return Err(ShareError::Foreign);
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| ShareError::Corrupt("no version".into()))?;
    if version > SCHEMA_VERSION {
        return Err(ShareError::TooNew { found: version });
    }
    from_value(value, version)
}

fn from_value(mut value: Value, version: u32) -> Result<SharedJourney, ShareError> {
    let journey = value
        .get_mut("journey")
        .map(Value::take)
        .ok_or_else(|| ShareError::Corrupt("no journey".into()))?;
    let journey = envelope::migrate(Subject::Doc(DocKind::Journey), version, journey)
        .map_err(|e| ShareError::Corrupt(e.to_string()))?;
    if let Some(obj) = value.as_object_mut() {
        obj.insert("journey".into(), journey);
    }
    let shared: SharedJourney =
        serde_json::from_value(value).map_err(|e| ShareError::Corrupt(e.to_string()))?;
    let check = Workspace {
        journeys: vec![shared.journey.clone()],
        personas: shared.personas.clone(),
        ..Default::default()
    };
    check.validate().map_err(|errors| {
        ShareError::Corrupt(
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    Ok(shared)
}

/// The edit that adds a shared journey as a copy with fresh ids, so it never
/// overwrites anything; its personas come along, also with fresh ids. Returns the
/// edit and the id of the journey it adds.
pub fn copy_edit(
    shared: SharedJourney,
    mut fresh: impl FnMut(&str) -> crate::domain::Id,
) -> (WorkspaceEdit, crate::domain::Id) {
    let mut journey = shared
        .journey
        .duplicate(shared.journey.name.clone(), &mut fresh);
    journey.persona_ids.clear();
    let mut edits = Vec::new();
    for mut persona in shared.personas {
        persona.id = fresh("persona");
        journey.persona_ids.push(persona.id.clone());
        edits.push(WorkspaceEdit::AddPersona(persona));
    }
    let id = journey.id.clone();
    edits.push(WorkspaceEdit::AddJourney {
        journey: Box::new(journey),
        after: None,
    });
    (WorkspaceEdit::Batch(edits), id)
}

/// URL-safe base64 without padding (RFC 4648 §5).
pub(crate) mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// Encodes `bytes` without padding.
    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..=chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out
    }

    /// Decodes unpadded text; `None` on a character outside the alphabet or a dangling one.
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(text.len() * 3 / 4);
        let values: Option<Vec<u32>> = text
            .bytes()
            .map(|c| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32))
            .collect();
        for chunk in values?.chunks(4) {
            if chunk.len() == 1 {
                return None;
            }
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |acc, (i, v)| acc | (v << (18 - 6 * i)));
            for i in 0..chunk.len() - 1 {
                out.push((n >> (16 - 8 * i)) as u8);
            }
        }
        Some(out)
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn matches_rfc_4648_vectors() {
            let cases = [
                ("", ""),
                ("f", "Zg"),
                ("fo", "Zm8"),
                ("foo", "Zm9v"),
                ("foob", "Zm9vYg"),
                ("fooba", "Zm9vYmE"),
                ("foobar", "Zm9vYmFy"),
            ];
            for (plain, coded) in cases {
                assert_eq!(super::encode(plain.as_bytes()), coded);
                assert_eq!(super::decode(coded).as_deref(), Some(plain.as_bytes()));
            }
            assert_eq!(super::encode(&[0xfb, 0xff]), "-_8");
            assert_eq!(super::decode("a"), None);
            assert_eq!(super::decode("ab+c"), None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::examples::example_journey;
    use crate::domain::Id;

    fn example() -> SharedJourney {
        let mut n = 0;
        let (journey, persona) = example_journey("ru", |p| {
            n += 1;
            Id::from_random(p, n)
        });
        SharedJourney {
            journey,
            personas: vec![persona],
        }
    }

    #[test]
    fn link_round_trips_and_stays_short() {
        let shared = example();
        let link = encode_link(&shared).unwrap();
        assert!(link.starts_with(&format!("j{SCHEMA_VERSION}.")));
        assert!(link
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        assert!(link.len() < 8_000, "{} characters", link.len());
        assert_eq!(decode_link(&link), Ok(shared));
    }

    #[test]
    fn bad_links_are_refused() {
        assert_eq!(decode_link("hello"), Err(ShareError::Foreign));
        assert_eq!(decode_link("k2.abc"), Err(ShareError::Foreign));
        assert_eq!(decode_link("j9.abc"), Err(ShareError::TooNew { found: 9 }));
        assert!(matches!(decode_link("j2.!!!"), Err(ShareError::Corrupt(_))));
        assert!(matches!(
            decode_link("j2.AAAA"),
            Err(ShareError::Corrupt(_))
        ));
        let mut link = encode_link(&example()).unwrap();
        link.truncate(link.len() / 2);
        assert!(matches!(decode_link(&link), Err(ShareError::Corrupt(_))));
    }

    #[test]
    fn file_round_trips_and_foreign_files_are_refused() {
        let shared = example();
        let text = export_file(&shared).unwrap();
        assert_eq!(parse_file(&text), Ok(shared));
        assert_eq!(
            parse_file(r#"{"format":"dsv-studio","version":2}"#),
            Err(ShareError::Foreign)
        );
        assert!(matches!(parse_file("{oops"), Err(ShareError::Corrupt(_))));
        assert_eq!(
            parse_file(r#"{"format":"dsv-studio-journey","version":5,"journey":{}}"#),
            Err(ShareError::TooNew { found: 5 })
        );
    }

    #[test]
    fn adding_a_copy_never_overwrites() {
        let shared = example();
        let mut ws = Workspace {
            journeys: vec![shared.journey.clone()],
            personas: shared.personas.clone(),
            ..Default::default()
        };
        let mut n = 100;
        let (edit, id) = copy_edit(shared.clone(), |p| {
            n += 1;
            Id::from_random(p, n)
        });
        ws.apply(edit).unwrap();
        assert_eq!(ws.journeys.len(), 2);
        assert_eq!(ws.personas.len(), 2);
        assert_ne!(id, shared.journey.id);
        assert_eq!(ws.journeys[1].name, shared.journey.name);
        assert_eq!(ws.validate(), Ok(()));
    }
}
