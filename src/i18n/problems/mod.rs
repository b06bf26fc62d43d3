//! Why a backup file or a workspace is refused, in words: the translated form of the
//! storage and domain problems ([`crate::storage::backup::ImportError`] and
//! [`crate::domain::workspace::ValidationError`]).

mod en;
mod es;
mod ru;

pub(super) use en::TEXTS as EN;
pub(super) use es::TEXTS as ES;
pub(super) use ru::TEXTS as RU;

super::texts::texts! {
    /// The problem texts in one language.
    struct ProblemTexts;
    strings {
        // What a JSON reader found
        json_ends_early,
        json_bad_character_escape,
        json_number_too_large,
        json_control_character,
        json_bad_escape,
        json_trailing_text,
        json_too_deep,
        json_syntax,
        // Values that do not fit the schema
        shape_version_missing,
        shape_workspace_missing,
        shape_workspace_not_object,
        shape_not_a_list,
        shape_wrong_type,
        shape_bad_value,
        tickets_section,
        // Rules of responses and services
        response_no_respondent,
        service_empty_name,
    }
    formatters {
        /// "Line L, column C: WHAT." (formatted numbers).
        json_at: fn(&str, &str, &str) -> String,
        /// Names of [`crate::domain::ItemKind`], in the order of `ItemKind::ALL`.
        item_kinds: [&'static str; 13],
        /// "KIND N": the Nth item of a collection (formatted number).
        item_place: fn(&str, &str) -> String,
        /// A whole collection, by the kind of its items.
        collection_place: fn(&str) -> String,
        /// "PLACE: WHAT".
        placed: fn(&str, &str) -> String,
        /// A required field is missing (its name).
        shape_missing_field: fn(&str) -> String,
        /// A value that is not one of the allowed names (the value).
        shape_unknown_value: fn(&str) -> String,
        /// Two items of KIND share the id ID.
        duplicate_id: fn(&str, &str) -> String,
        /// KIND ID refers to a missing OTHER-KIND MISSING-ID.
        missing_reference: fn(&str, &str, &str, &str) -> String,
        /// "survey ID: WHAT", "responses to survey ID: WHAT", "service ID: WHAT",
        /// "agreement ID: WHAT", "target ID: WHAT".
        in_survey: fn(&str, &str) -> String,
        in_responses: fn(&str, &str) -> String,
        in_service: fn(&str, &str) -> String,
        in_agreement: fn(&str, &str) -> String,
        in_target: fn(&str, &str) -> String,
        /// Respondent R answered feature F, which the survey does not have.
        response_unknown_feature: fn(&str, &str) -> String,
        /// Respondent R answered feature F twice.
        response_answered_twice: fn(&str, &str) -> String,
        /// Respondent R gave segment S, which is not one of the choices.
        response_unknown_segment: fn(&str, &str) -> String,
        /// Respondent R appears twice.
        response_already_counted: fn(&str) -> String,
        /// Improvement I refers to a missing review R.
        service_missing_review: fn(&str, &str) -> String,
        /// Two satisfaction entries for period P.
        service_duplicate_satisfaction: fn(&str) -> String,
        /// "… and N more problems" (formatted number, count for the plural).
        more_problems: fn(&str, usize) -> String,
    }
}
