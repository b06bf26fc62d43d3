//! The [`Texts`] struct: one field per visible string.

/// Declares a struct of visible strings: plain `strings` (checked non-empty in every
/// language by a test) and `formatters` (functions, arrays and nested groups).
macro_rules! texts {
    (
        $(#[$sdoc:meta])*
        struct $struct:ident;
        strings { $( $(#[$doc:meta])* $name:ident, )* }
        formatters { $( $(#[$fdoc:meta])* $fname:ident: $fty:ty, )* }
    ) => {
        $(#[$sdoc])*
        #[derive(Debug)]
        pub struct $struct {
            $( $(#[$doc])* pub $name: &'static str, )*
            $( $(#[$fdoc])* pub $fname: $fty, )*
        }

        impl $struct {
            /// Every plain string with its field name (for completeness tests).
            pub fn all_static(&self) -> Vec<(&'static str, &'static str)> {
                vec![ $( (stringify!($name), self.$name), )* ]
            }
        }
    };
}

pub(crate) use texts;

texts! {
    /// Every visible string of the app in one language.
    struct Texts;
    strings {
        app_name,
        tagline,
        skip_to_content,
        nav_label,
        nav_home,
        nav_journeys,
        nav_kano,
        nav_slm,
        nav_settings,
        language_label,
        footer_privacy,
        // Home
        home_title,
        home_intro,
        home_journeys_title,
        home_journeys_body,
        home_kano_title,
        home_kano_body,
        home_slm_title,
        home_slm_body,
        open_journeys,
        open_kano,
        open_slm,
        kano_model_title,
        kano_model_intro,
        chart_fulfilment,
        chart_not_fulfilled,
        chart_fully_fulfilled,
        chart_satisfaction,
        chart_delighted,
        chart_dissatisfied,
        kano_must_be,
        kano_one_dimensional,
        kano_attractive,
        kano_table_caption,
        kano_table_category,
        kano_table_absent,
        kano_table_present,
        kano_must_be_absent,
        kano_must_be_present,
        kano_one_dimensional_absent,
        kano_one_dimensional_present,
        kano_attractive_absent,
        kano_attractive_present,
        // Workspaces
        journeys_intro,
        journeys_empty,
        kano_intro,
        kano_empty,
        slm_intro,
        slm_empty,
        // Settings and backup
        settings_title,
        language_help,
        backup_title,
        backup_help,
        export_button,
        import_label,
        import_help,
        import_preview_title,
        import_file_holds,
        import_replaces,
        import_replace_button,
        cancel,
        /// Heading of the rows an import cannot take.
        import_bad_rows,
        import_done,
        import_error_not_json,
        import_error_foreign,
        import_error_unmigratable,
        import_error_invalid,
        import_error_inconsistent,
        import_error_unreadable_file,
        /// The summary over a problem's technical detail, which is in English.
        technical_detail,
        reset_title,
        reset_help,
        reset_button,
        reset_question,
        reset_confirm,
        reset_done,
        count_journeys,
        count_personas,
        count_stakeholders,
        count_touchpoints,
        count_surveys,
        count_responses,
        count_services,
        count_agreements,
        count_targets,
        count_records,
        count_reviews,
        count_improvements,
        count_item,
        count_number,
        // Storage notices
        unreadable_title,
        unreadable_help,
        unreadable_corrupt,
        unreadable_unmigratable,
        unreadable_invalid,
        download_raw,
        discard,
        discard_confirm,
        quota_full,
        settings_not_remembered,
        retry_save,
        conflict,
        use_other_tab,
        keep_this_tab,
        updated_from_other_tab,
        storage_unavailable,
        blocked_by_unreadable,
        dismiss,
        // App updates (the service worker)
        update_ready,
        update_reload,
        // Journeys
        journey_untitled,
        journey_new_label,
        journey_create,
        journey_add_example,
        journey_search,
        journey_no_match,
        duplicate,
        delete,
        delete_confirm,
        journey_back,
        map_toolbar,
        undo,
        redo,
        density_compact,
        journey_not_found,
        journey_name,
        journey_service,
        journey_description,
        journey_relationship,
        journey_state,
        state_current,
        state_future,
        rel_basic,
        rel_cooperative,
        rel_partnership,
        rel_basic_help,
        rel_cooperative_help,
        rel_partnership_help,
        curve_title,
        curve_positive,
        curve_negative,
        curve_compare,
        curve_compare_none,
        lane_title,
        lane_action,
        lane_channel,
        lane_actor,
        lane_emotion,
        lane_pain,
        lane_moment,
        lane_ideas,
        lane_indicators,
        lane_visibility,
        lane_backstage,
        new_touchpoint,
        drag_to_move,
        prompt_action,
        prompt_pain,
        prompt_ideas,
        prompt_indicators,
        prompt_backstage,
        insights_title,
        insights_per_step,
        insights_step,
        insights_count,
        insights_average,
        insights_lowest,
        insights_moments,
        insights_pains,
        insights_none,
        journey_export,
        journey_share,
        journey_print,
        journey_png,
        journey_svg,
        share_link_label,
        share_copy,
        share_copied,
        journey_import_label,
        share_error_foreign,
        share_error_too_new,
        share_error_corrupt,
        shared_title,
        shared_save,
        personas_title,
        personas_intro,
        persona_new_label,
        persona_create,
        personas_empty,
        persona_name,
        persona_archetype,
        persona_goals,
        persona_needs,
        persona_frustrations,
        persona_journeys,
        persona_no_journeys,
        persona_not_found,
        personas_back,
        persona_delete,
        journey_personas,
        journey_personas_none,
        personas_link,
        stakeholders_title,
        stakeholders_help,
        stakeholders_table,
        stakeholders_empty,
        stakeholder_new_label,
        stakeholder_add,
        stakeholder_name,
        stakeholder_role,
        stakeholder_side,
        stakeholder_influence,
        stakeholder_interest,
        stakeholder_quadrant,
        stakeholder_notes,
        // Not found
        not_found_title,
        not_found_body,
        go_home,
        // Failure screen
        crash_title,
        crash_body,
        crash_download,
        crash_reload,
        // A workspace's code loading, or not arriving
        page_loading,
        page_unavailable_title,
        page_unavailable_body,
        page_unavailable_retry,
        // CSV files
        csv_empty,
    }
    formatters {
        /// "Schema N is newer than this version reads (up to M)".
        import_error_too_new: fn(u32, u32) -> String,
        /// "Import the good rows (N)", the count formatted.
        import_good_rows: fn(&str) -> String,
        /// Rows with errors beyond those listed (count).
        import_more_bad_rows: fn(usize) -> String,
        /// "Written by a newer version (schema N)".
        unreadable_too_new: fn(u32) -> String,
        /// Line of the unreadable list: key and reason.
        unreadable_entry: fn(&str, &str) -> String,
        /// "Could not save: …".
        save_failed: fn(&str) -> String,
        /// "Exported on …" with a formatted date.
        exported_on: fn(&str) -> String,
        /// Why a file is not readable CSV: a quoted field never closed (line where it
        /// opens), text after a closing quote (line), a column named twice (name),
        /// required columns missing (their names, listed).
        csv_unclosed_quote: fn(usize) -> String,
        csv_text_after_quote: fn(usize) -> String,
        csv_duplicate_column: fn(&str) -> String,
        csv_missing_columns: fn(&str) -> String,
        /// "Upgraded from version N".
        migrated_from: fn(u32) -> String,
        /// "Copy of NAME".
        journey_copy_of: fn(&str) -> String,
        /// Accessible name of a journey's duplicate button.
        journey_duplicate: fn(&str) -> String,
        /// Accessible name of a journey's delete button.
        journey_delete: fn(&str) -> String,
        /// "N touchpoints" (formatted number, count for the plural form).
        touchpoint_count: fn(&str, usize) -> String,
        /// "Add touchpoint to STEP".
        add_touchpoint: fn(&str) -> String,
        /// "Move TITLE earlier".
        move_earlier: fn(&str) -> String,
        /// "Move TITLE later".
        move_later: fn(&str) -> String,
        /// "Delete TITLE".
        delete_touchpoint: fn(&str) -> String,
        /// The seven steps, in order.
        steps: [&'static str; 7],
        /// What happens in each step.
        step_hints: [&'static str; 7],
        /// Channel names, in `Channel` order.
        channels: [&'static str; 8],
        /// Actor names, in `Actor` order.
        actors: [&'static str; 5],
        /// Emotions −2..=+2.
        emotions: [&'static str; 5],
        /// "N characters" (length of a share link).
        share_length: fn(&str) -> String,
        /// Accessible name of a stakeholder's delete button.
        stakeholder_delete: fn(&str) -> String,
        /// Stakeholder roles, in `StakeholderRole` order.
        roles: [&'static str; 7],
        /// Consumer, provider.
        sides: [&'static str; 2],
        /// The Kano survey workspace.
        kano: &'static super::KanoTexts,
        /// The respondent's page (also the kiosk and the questionnaire preview).
        answer: &'static super::AnswerTexts,
        /// The service level workspace.
        slm: &'static super::SlmTexts,
        /// The trainer kit: concept guide, example workspace, cross-links.
        learn: &'static super::LearnTexts,
        /// The ticket SLA page.
        tickets: &'static super::TicketTexts,
        /// Presentation mode.
        present: &'static super::PresentTexts,
        /// Team sync (Settings, status badge, conflicts).
        sync: &'static super::SyncTexts,
        /// Why a backup or a workspace is refused.
        problems: &'static super::ProblemTexts,
        /// Manage closely, keep satisfied, keep informed, monitor.
        quadrants: [&'static str; 4],
    }
}
