//! The strings of the Kano survey workspace, and of the questionnaire respondents see
//! (shown in the survey's language, whatever the owner's).

mod en;
mod es;
mod ru;

pub(super) use en::TEXTS as EN;
pub(super) use es::TEXTS as ES;
pub(super) use ru::TEXTS as RU;

use crate::domain::kano::SurveyText;

super::texts::texts! {
    /// Every visible string of the Kano workspace in one language.
    struct KanoTexts;
    strings {
        // Survey list
        new_survey_label,
        new_survey_default,
        create_survey,
        add_example,
        example_added,
        surveys_heading,
        all_surveys,
        // Tabs
        tabs_label,
        tab_design,
        tab_share,
        tab_collect,
        tab_analyse,
        survey_not_found,
        // Design
        design_heading,
        survey_title,
        survey_introduction,
        survey_language,
        ask_importance,
        segment_question,
        segment_question_hint,
        segment_choices,
        segment_choices_hint,
        features_heading,
        feature_name,
        feature_description,
        functional_question,
        dysfunctional_question,
        regenerate_questions,
        add_feature,
        new_feature,
        no_features,
        preview_heading,
        preview_note,
        responses_lock_note,
        // Share
        share_heading,
        share_intro,
        share_link_label,
        copy_link,
        link_copied,
        open_questionnaire,
        qr_heading,
        qr_too_long,
        qr_alt,
        share_needs_features,
        share_fix_first,
        kiosk_start,
        kiosk_intro,
        // Kiosk
        kiosk_saved,
        kiosk_next,
        kiosk_leave,
        // Collect
        collect_heading,
        paste_codes,
        paste_codes_hint,
        add_codes,
        code_accepted,
        reject_corrupt,
        reject_foreign,
        reject_no_answers,
        reject_too_long,
        paste_too_long,
        reject_other_survey,
        reject_duplicate,
        reject_version,
        csv_heading,
        csv_format_hint,
        import_csv,
        csv_not_csv,
        csv_missing_columns,
        csv_imported,
        export_responses,
        responses_heading,
        filter_responses,
        col_respondent,
        col_segment,
        col_answered,
        no_responses,
        // Analyse
        analyse_heading,
        segment_filter,
        all_segments,
        compare_with,
        compare_none,
        max_questionable,
        max_questionable_hint,
        export_results,
        results_table_caption,
        col_feature,
        col_n,
        col_category,
        col_rule_category,
        col_total_strength,
        col_category_strength,
        col_fong,
        col_better,
        col_worse,
        col_better_interval,
        col_worse_interval,
        col_worse_abs_interval,
        col_importance,
        yes,
        no,
        bars_title,
        bars_caption,
        bars_share,
        scatter_title,
        scatter_caption,
        scatter_x,
        scatter_y,
        continuous_title,
        continuous_caption,
        col_mean_functional,
        col_mean_dysfunctional,
        continuous_x,
        continuous_y,
        explain_heading,
        explain_categories,
        explain_better_worse,
        explain_rule,
        explain_fong,
        not_enough_data,
        // Survey problems
        error_empty_title,
        error_language,
        error_empty_feature,
        error_duplicate_feature,
        error_segment,
        error_choice,
        kiosk_failed,
        row_no_respondent,
    }
    formatters {
        /// "N features" (formatted number, count for the plural).
        feature_count: fn(&str, usize) -> String,
        /// "N responses".
        response_count: fn(&str, usize) -> String,
        /// Accessible name of a survey's delete button.
        delete_survey: fn(&str) -> String,
        /// Confirmation before deleting a survey and its N responses.
        confirm_delete_survey: fn(&str, usize) -> String,
        /// Accessible name of a feature's delete button.
        delete_feature: fn(&str) -> String,
        /// Heading of a feature card: "Feature N".
        feature_heading: fn(usize) -> String,
        /// "The link is N characters long."
        link_length: fn(&str) -> String,
        /// "QR code, version N".
        qr_version: fn(u8) -> String,
        /// Line N of the pasted codes, and what happened.
        code_line: fn(usize, &str) -> String,
        /// "N accepted, M rejected".
        codes_summary: fn(usize, usize) -> String,
        /// What a responses file holds: rows read, answers and respondents ready, rows
        /// with errors.
        csv_summary: fn(&ResponsesTally) -> String,
        /// Accessible name of a response's delete button.
        delete_response: fn(&str) -> String,
        /// "N respondents analysed, M left out".
        analysed: fn(&str, &str) -> String,
        /// Category names in A, O, M, I, R, Q order.
        categories: [&'static str; 6],
        /// Better/Worse quadrants: attractive, one-dimensional, must-be, indifferent.
        quadrants: [&'static str; 4],
        /// "A text has N characters; at most M fit."
        error_too_long: fn(&str, usize, usize) -> String,
        survey_text: fn(SurveyText) -> &'static str,
        /// "N features; at most 60 fit in a survey."
        error_too_many_features: fn(usize) -> String,
        /// "N segment choices; at most 12."
        error_too_many_choices: fn(usize) -> String,
        /// A CSV row names a feature the survey does not have.
        row_unknown_feature: fn(&str) -> String,
        /// A CSV row has an unknown answer (value, column).
        row_bad_answer: fn(&str, &str) -> String,
        /// A CSV row has an importance outside 1–9.
        row_bad_importance: fn(&str) -> String,
        /// A CSV row has a segment that is not a choice.
        row_unknown_segment: fn(&str) -> String,
        /// "the row has N fields but the header has M".
        row_extra_fields: fn(usize, usize) -> String,
        /// A respondent answered a feature twice (respondent, feature, first line).
        row_twice: fn(&str, &str, usize) -> String,
    }
}

/// The counts of a responses file read for import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponsesTally {
    /// Data rows read, good and bad.
    pub rows: usize,
    /// Answers (one per good row) ready to import.
    pub answers: usize,
    /// Distinct respondents among them.
    pub respondents: usize,
    /// Rows that cannot be imported.
    pub bad: usize,
}

#[cfg(test)]
mod tests {
    use super::ResponsesTally;
    use crate::i18n::Lang;

    #[test]
    fn the_import_summary_says_what_is_counted_in_each_language() {
        let tally = ResponsesTally {
            rows: 1480,
            answers: 1479,
            respondents: 296,
            bad: 1,
        };
        let summary = |lang: Lang| (lang.texts().kano.csv_summary)(&tally);
        assert_eq!(
            summary(Lang::En),
            "1,480 rows read: 1,479 answers from 296 respondents ready; 1 row with errors."
        );
        assert_eq!(
            summary(Lang::Es),
            "1480 filas leídas: 1479 respuestas de 296 encuestados listas; 1 fila con errores."
        );
        assert_eq!(
            summary(Lang::Ru),
            "Прочитано строк: 1\u{a0}480; готово ответов: 1\u{a0}479 (респондентов: 296); строк с ошибками: 1."
        );
    }
}
