//! Two versions of a document side by side, for the conflict dialog: its title and
//! the fields whose values differ, as text (shown as text, never as markup).

use crate::storage::envelope::Envelope;
use serde_json::Value;

/// Most differences listed for one conflict (the rest are summed up by the count).
pub const MAX_DIFFERENCES: usize = 40;

/// One field that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// Where, as a path of field names and positions (`touchpoints 3 › title`).
    pub path: String,
    /// This device's value (`None`: absent).
    pub local: Option<String>,
    /// The server's value (`None`: absent).
    pub remote: Option<String>,
}

/// The document's name or title, if its body has one.
pub fn title(envelope: &Envelope) -> Option<String> {
    ["name", "title"]
        .iter()
        .find_map(|f| envelope.body.get(*f).and_then(Value::as_str))
        .map(str::to_owned)
}

/// The fields that differ between two versions (an absent version has no fields),
/// at most [`MAX_DIFFERENCES`], and how many there are in all.
pub fn differences(
    local: Option<&Envelope>,
    remote: Option<&Envelope>,
) -> (Vec<Difference>, usize) {
    let mut out = Vec::new();
    let mut total = 0;
    let null = Value::Null;
    walk(
        &mut Vec::new(),
        local.map_or(&null, |e| &e.body),
        remote.map_or(&null, |e| &e.body),
        &mut out,
        &mut total,
    );
    (out, total)
}

fn walk(
    path: &mut Vec<String>,
    a: &Value,
    b: &Value,
    out: &mut Vec<Difference>,
    total: &mut usize,
) {
    if a == b {
        return;
    }
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let only_y = y.keys().filter(|k| !x.contains_key(*k));
            for k in x.keys().chain(only_y) {
                walk_into(path, k.clone(), x.get(k), y.get(k), out, total);
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for i in 0..x.len().max(y.len()) {
                walk_into(path, (i + 1).to_string(), x.get(i), y.get(i), out, total);
            }
        }
        _ => {
            *total += 1;
            if out.len() < MAX_DIFFERENCES {
                out.push(Difference {
                    path: path.join(" › "),
                    local: text(a),
                    remote: text(b),
                });
            }
        }
    }
}

/// Walks one member or item, named `segment` in the path; a side without it reads as
/// `null`.
fn walk_into(
    path: &mut Vec<String>,
    segment: String,
    a: Option<&Value>,
    b: Option<&Value>,
    out: &mut Vec<Difference>,
    total: &mut usize,
) {
    path.push(segment);
    walk(
        path,
        a.unwrap_or(&Value::Null),
        b.unwrap_or(&Value::Null),
        out,
        total,
    );
    path.pop();
}

fn text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn env(body: Value) -> Envelope {
        Envelope { v: 4, body }
    }

    #[test]
    fn lists_only_the_fields_that_differ_with_both_texts() {
        let here = env(json!({"id": "j1", "name": "Onboarding",
            "touchpoints": [{"title": "Sign up"}, {"title": "<b>Mine</b>", "emotion": 1}]}));
        let there = env(json!({"id": "j1", "name": "Onboarding",
            "touchpoints": [{"title": "Sign up"}, {"title": "Theirs", "emotion": 1}, {"title": "New"}]}));
        let (diffs, total) = differences(Some(&here), Some(&there));
        assert_eq!(total, 2);
        assert_eq!(
            diffs,
            [
                Difference {
                    path: "touchpoints › 2 › title".into(),
                    local: Some("<b>Mine</b>".into()),
                    remote: Some("Theirs".into())
                },
                Difference {
                    path: "touchpoints › 3".into(),
                    local: None,
                    remote: Some(r#"{"title":"New"}"#.into())
                },
            ]
        );
        assert_eq!(title(&here).as_deref(), Some("Onboarding"));
        assert_eq!(
            title(&env(json!({"title": "Kano"}))).as_deref(),
            Some("Kano")
        );
        assert_eq!(title(&env(json!([1]))), None);
    }

    #[test]
    fn a_deleted_side_shows_every_field_of_the_other_and_long_lists_are_cut() {
        let there = env(json!({"name": "P", "goals": ["a", "b"]}));
        let (diffs, total) = differences(None, Some(&there));
        assert_eq!(total, 1);
        assert_eq!(diffs[0].local, None);
        let many = env(json!({"xs": (0..100).collect::<Vec<_>>()}));
        let (diffs, total) = differences(Some(&many), Some(&env(json!({"xs": []}))));
        assert_eq!((diffs.len(), total), (MAX_DIFFERENCES, 100));
    }
}
