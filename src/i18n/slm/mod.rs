//! The strings of the service level workspace.

mod en;
mod es;
mod ru;

pub(super) use en::TEXTS as EN;
pub(super) use es::TEXTS as ES;
pub(super) use ru::TEXTS as RU;

super::texts::texts! {
    /// Every visible string of the service level workspace in one language.
    struct SlmTexts;
    strings {
        // Dashboard
        add_example,
        new_service_label,
        new_service_default,
        create_service,
        dashboard_heading,
        heat_caption,
        heat_target,
        heat_share,
        heat_legend,
        no_targets,
        period_from,
        period_to,
        period_kind,
        watermelon_heading,
        watermelon_intro,
        no_watermelons,
        services_heading,
        all_services,
        service_not_found,
        improvements_link,
        // CSV
        csv_heading,
        csv_hint,
        import_csv,
        export_csv,
        csv_imported,
        cancel,
        csv_not_read,
        // Service page
        details_heading,
        service_name,
        service_description,
        service_consumer,
        service_provider,
        service_relationship,
        service_tailored,
        agreements_heading,
        agreement_name,
        agreement_kind,
        agreement_parties,
        agreement_start,
        agreement_end,
        agreement_interval,
        agreement_status,
        add_agreement,
        new_agreement,
        targets_heading,
        target_metric,
        target_unit,
        target_direction,
        target_value,
        target_warning,
        target_period_kind,
        add_target,
        no_agreements,
        record_period,
        // Records grid
        grid_heading,
        grid_hint,
        grid_earlier,
        // Editing and deleting agreements and targets
        edit,
        save_changes,
        col_actions,
        agreement_saved,
        agreement_deleted,
        target_saved,
        target_deleted,
        agreement_name_required,
        agreement_dates_reversed,
        agreement_interval_invalid,
        target_metric_required,
        target_value_invalid,
        target_warning_invalid,
        target_warning_side,
        target_kind_locked,
        attainment_heading,
        col_period,
        col_achieved,
        col_status,
        chart_target,
        chart_warning,
        chart_breached,
        chart_no_data,
        satisfaction_heading,
        satisfaction_user,
        satisfaction_customer,
        satisfaction_source,
        satisfaction_save,
        satisfaction_hint,
        none_given,
        // Reviews
        reviews_heading,
        review_date,
        review_kind,
        review_trigger,
        review_consumer,
        review_provider,
        review_findings,
        review_decisions,
        add_review,
        no_reviews,
        review_due_label,
        review_not_due_label,
        // Improvements
        improvements_heading,
        improvement_title,
        improvement_review,
        improvement_aim,
        improvement_owner,
        improvement_status,
        improvement_benefit,
        improvement_due,
        add_improvement,
        no_improvements,
        no_review,
        filter_status,
        filter_aim,
        filter_service,
        sort_by,
        sort_due,
        sort_status,
        sort_title,
        any,
        col_service,
        // Report
        report_link,
        report_heading,
        report_print,
        report_period,
        // Problems
        invalid_number,
        invalid_period,
        invalid_date,
        edit_refused,
        availability_heading,
        availability_convention,
        // Availability helper
        avail_heading,
        avail_intro,
        avail_target,
        avail_hours,
        avail_from,
        avail_to,
        avail_hours_hint,
        avail_save_hours,
        avail_hours_saved,
        avail_bad_hours,
        avail_outages,
        avail_outage_start,
        avail_outage_end,
        avail_outage_planned,
        avail_add_outage,
        avail_bad_outage,
        avail_no_outages,
        avail_col_start,
        avail_col_end,
        avail_col_kind,
        avail_col_duration,
        avail_delete,
        avail_results_caption,
        avail_col_agreed,
        avail_col_planned,
        avail_col_unplanned,
        avail_col_achieved,
        avail_record,
        avail_record_hint,
        avail_nothing_to_record,
        avail_not_at_least,
    }
    formatters {
        /// Why an SLA records CSV row was refused: a field is empty (column); the
        /// direction is not >= or <= (text); a value is not a number (column, text);
        /// more fields than columns (found, expected); not a period (text); no week 53
        /// in that year; a period of another kind than the target's (period, metric,
        /// the target's kind); the row's target differs from the stored one (metric,
        /// stored "direction value", this row's).
        row_empty: fn(&str) -> String,
        row_bad_direction: fn(&str) -> String,
        row_not_number: fn(&str, &str) -> String,
        row_extra_fields: fn(usize, usize) -> String,
        row_not_period: fn(&str) -> String,
        row_no_week_53: fn(i32) -> String,
        /// A period outside the years 1970 to 2200.
        row_period_year: fn(&str) -> String,
        row_wrong_kind: fn(&str, &str, &str) -> String,
        row_conflicting_target: fn(&str, &str, &str) -> String,
        /// Whose satisfaction: user, customer (start of a watermelon reason).
        sides: [&'static str; 2],
        /// Names of Met, Warning, Breached, No data.
        statuses: [&'static str; 4],
        /// SLA, OLA, underpinning contract.
        agreement_kinds: [&'static str; 3],
        /// Draft, agreed, expired.
        agreement_statuses: [&'static str; 3],
        /// Month, ISO week, quarter.
        period_kinds: [&'static str; 3],
        /// Interval, event.
        review_kinds: [&'static str; 2],
        /// Major incident, significant change, changed business needs, other.
        review_triggers: [&'static str; 4],
        /// Transaction survey, periodic survey, review discussion.
        satisfaction_sources: [&'static str; 3],
        /// Meet the agreed level, raise user satisfaction, raise customer satisfaction,
        /// improve the practice.
        aims: [&'static str; 4],
        /// Proposed, approved, in progress, done, rejected.
        improvement_statuses: [&'static str; 5],
        /// "N of M periods met" (formatted numbers).
        share_met: fn(&str, &str) -> String,
        /// Watermelon reason: satisfaction (user/customer name) below 3 in a period.
        reason_low: fn(&str, &str, &str) -> String,
        /// Watermelon reason: satisfaction fell (side, from, to, previous period).
        reason_fell: fn(&str, &str, &str, &str) -> String,
        /// "SERVICE, PERIOD: all targets met, but …".
        watermelon_flag: fn(&str, &str) -> String,
        /// "Review due on DATE" / overdue.
        review_due: fn(&str, bool) -> String,
        /// "N rows ready, M with errors".
        csv_summary: fn(usize, usize) -> String,
        /// "Line N: reason".
        row_line: fn(usize, &str) -> String,
        /// "Imported: N services, M targets, K records".
        import_counts: fn(usize, usize, usize) -> String,
        /// Accessible name of a service's delete button.
        delete_service: fn(&str) -> String,
        /// "Show all N targets".
        show_all_targets: fn(usize) -> String,
        /// 24×7, the same hours Monday to Friday, hours per weekday.
        avail_hours_modes: [&'static str; 3],
        /// Monday to Sunday.
        avail_weekdays: [&'static str; 7],
        /// Unplanned, planned maintenance.
        avail_kinds: [&'static str; 2],
        /// Label of a weekday's "from" time.
        avail_day_from: fn(&str) -> String,
        /// Label of a weekday's "to" time.
        avail_day_to: fn(&str) -> String,
        /// Accessible name of an outage's delete button (start, end).
        avail_delete_outage: fn(&str, &str) -> String,
        /// "PERIOD (in progress)".
        avail_in_progress: fn(&str) -> String,
        /// Downtime budget left in PERIOD: DURATION.
        avail_budget_left: fn(&str, &str) -> String,
        /// Over the downtime budget of PERIOD by DURATION.
        avail_over_budget: fn(&str, &str) -> String,
        /// A duration from formatted hours and minutes.
        avail_duration: fn(&str, &str) -> String,
        /// "Values recorded: N".
        avail_recorded: fn(usize) -> String,
        /// Caption of the records grid of months, ISO weeks, quarters.
        grid_captions: [&'static str; 3],
        /// Accessible name of a grid cell: "TARGET PERIOD achieved".
        grid_cell_label: fn(&str, &str) -> String,
        /// A cell's text is not a number (target, period, text); nothing was changed.
        grid_invalid: fn(&str, &str, &str) -> String,
        /// A value was recorded (value, target, period).
        grid_recorded: fn(&str, &str, &str) -> String,
        /// A value was removed (target, period).
        grid_removed: fn(&str, &str) -> String,
        /// Accessible name of an agreement's edit button.
        edit_agreement: fn(&str) -> String,
        /// Accessible name of an agreement's delete button.
        delete_agreement: fn(&str) -> String,
        /// What deleting an agreement also deletes (name, targets, records).
        confirm_delete_agreement: fn(&str, usize, usize) -> String,
        /// Accessible name of a target's edit button (and the edit form's heading).
        edit_target: fn(&str) -> String,
        /// Accessible name of a target's delete button.
        delete_target: fn(&str) -> String,
        /// What deleting a target also deletes (metric, records).
        confirm_delete_target: fn(&str, usize) -> String,
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    #[test]
    fn every_service_level_string_is_filled_in_every_language() {
        for lang in Lang::ALL {
            let t = lang.texts().slm;
            for (name, text) in t.all_static() {
                assert!(
                    !text.trim().is_empty(),
                    "{name} is empty in {}",
                    lang.code()
                );
            }
            for text in t.grid_captions {
                assert!(!text.trim().is_empty());
            }
            let cell = (t.grid_cell_label)("Availability", "2026-01");
            assert!(cell.contains("Availability") && cell.contains("2026-01"));
            let confirm = (t.confirm_delete_agreement)("SLA-001", 2, 14);
            assert!(confirm.contains("SLA-001") && confirm.contains('2') && confirm.contains("14"));
        }
        let (en, es, ru) = (
            Lang::En.texts().slm,
            Lang::Es.texts().slm,
            Lang::Ru.texts().slm,
        );
        for ((name, a), ((_, b), (_, c))) in en
            .all_static()
            .into_iter()
            .zip(es.all_static().into_iter().zip(ru.all_static()))
            .filter(|((n, _), _)| {
                n.starts_with("grid_") || n.starts_with("target_") || n.starts_with("agreement_")
            })
        {
            assert!(a != b && a != c, "{name} is not translated");
        }
    }
}
