use super::ProblemTexts;
use crate::i18n::plural_en;

pub static TEXTS: ProblemTexts = ProblemTexts {
    json_ends_early: "the file ends in the middle of a value (it may have been cut short)",
    json_bad_character_escape:
        "a \\u escape does not name a whole character (half of a surrogate pair)",
    json_number_too_large: "a number is too large to read",
    json_control_character:
        "a text contains a raw control character (a tab or line break must be written as an escape)",
    json_bad_escape: "a backslash is followed by a letter JSON does not allow",
    json_trailing_text: "more text follows the end of the JSON",
    json_too_deep: "lists or objects are nested too deeply",
    json_syntax: "a character stands where none of its kind may",
    shape_version_missing: "the format version is missing or not a whole number",
    shape_workspace_missing: "the workspace is missing",
    shape_workspace_not_object: "the workspace is not an object",
    shape_not_a_list: "it is not a list",
    shape_wrong_type: "a value has the wrong type (text where a number is expected, say)",
    shape_bad_value: "a value breaks a rule (an id with a space, a number out of range, say)",
    tickets_section: "the tickets",
    response_no_respondent: "A response has no respondent id.",
    service_empty_name: "The service has no name.",
    json_at: |line, column, what| format!("Line {line}, column {column}: {what}."),
    item_kinds: [
        "journey",
        "touchpoint",
        "stakeholder",
        "persona",
        "survey",
        "response set",
        "service",
        "agreement",
        "target",
        "review",
        "improvement",
        "calendar",
        "ticket SLA",
    ],
    item_place: |kind, n| format!("{kind} {n}"),
    collection_place: |kind| format!("the {kind} list"),
    placed: |place, what| format!("{place}: {what}."),
    shape_missing_field: |field| format!("the field “{field}” is missing"),
    shape_unknown_value: |value| format!("“{value}” is not one of the allowed values"),
    duplicate_id: |kind, id| format!("Two {kind} items share the id “{id}”."),
    missing_reference: |kind, id, other, missing| {
        format!("{kind} “{id}” refers to {other} “{missing}”, which does not exist.")
    },
    in_survey: |id, what| format!("Survey “{id}”: {what}"),
    in_responses: |id, what| format!("Responses to survey “{id}”: {what}"),
    in_service: |id, what| format!("Service “{id}”: {what}"),
    in_agreement: |id, what| format!("Agreement “{id}”: {what}"),
    in_target: |id, what| format!("Target “{id}”: {what}"),
    response_unknown_feature: |r, f| {
        format!("Respondent “{r}” answered feature “{f}”, which the survey does not have.")
    },
    response_answered_twice: |r, f| format!("Respondent “{r}” answered feature “{f}” twice."),
    response_unknown_segment: |r, s| {
        format!("Respondent “{r}” chose “{s}”, which is not one of the survey's choices.")
    },
    response_already_counted: |r| format!("Respondent “{r}” appears twice."),
    service_missing_review: |i, r| {
        format!("Improvement “{i}” refers to review “{r}”, which does not exist.")
    },
    service_duplicate_satisfaction: |p| format!("Two satisfaction entries for {p}."),
    more_problems: |n, count| {
        format!(
            "… and {n} more {}.",
            plural_en(count, "problem", "problems")
        )
    },
};
