//! The [`Texts`] struct: one field per visible string.

macro_rules! texts {
    (
        strings { $( $(#[$doc:meta])* $name:ident, )* }
        formatters { $( $(#[$fdoc:meta])* $fname:ident: $fty:ty, )* }
    ) => {
        /// Every visible string of the app in one language.
        #[derive(Debug)]
        pub struct Texts {
            $( $(#[$doc])* pub $name: &'static str, )*
            $( $(#[$fdoc])* pub $fname: $fty, )*
        }

        impl Texts {
            /// Every plain string with its field name (for completeness tests).
            pub fn all_static(&self) -> Vec<(&'static str, &'static str)> {
                vec![ $( (stringify!($name), self.$name), )* ]
            }
        }
    };
}

texts! {
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
        import_done,
        import_error_not_json,
        import_error_foreign,
        import_error_unmigratable,
        import_error_invalid,
        import_error_inconsistent,
        import_error_unreadable_file,
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
        retry_save,
        conflict,
        use_other_tab,
        keep_this_tab,
        updated_from_other_tab,
        storage_unavailable,
        blocked_by_unreadable,
        dismiss,
        // Not found
        not_found_title,
        not_found_body,
        go_home,
        // Failure screen
        crash_title,
        crash_body,
        crash_download,
        crash_reload,
    }
    formatters {
        /// "Schema N is newer than this version reads (up to M)".
        import_error_too_new: fn(u32, u32) -> String,
        /// "Written by a newer version (schema N)".
        unreadable_too_new: fn(u32) -> String,
        /// Line of the unreadable list: key and reason.
        unreadable_entry: fn(&str, &str) -> String,
        /// "Could not save: …".
        save_failed: fn(&str) -> String,
        /// "Exported on …" with a formatted date.
        exported_on: fn(&str) -> String,
        /// "Upgraded from version N".
        migrated_from: fn(u32) -> String,
    }
}
