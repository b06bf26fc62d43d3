//! The strings of the ticket SLA page (business calendars, definitions, ticket
//! import, per-ticket and per-period attainment).

mod en;
mod es;
mod ru;

pub(super) use en::TEXTS as EN;
pub(super) use es::TEXTS as ES;
pub(super) use ru::TEXTS as RU;

super::texts::texts! {
    /// Every visible string of the ticket SLA page in one language.
    struct TicketTexts;
    strings {
        link,
        intro,
        calendars_heading,
        calendar_name,
        calendar_zone,
        calendar_zone_hint,
        calendar_intervals_hint,
        calendar_holidays,
        import_ics,
        // Details of inconsistent times in a ticket row.
        row_no_id,
        row_no_service,
        row_response_before_created,
        row_resolved_before_created,
        ics_not_calendar,
        ics_check,
        ics_heading,
        ics_years_hint,
        ics_year_from,
        ics_year_to,
        ics_bad_years,
        ics_notes_label,
        ics_untitled,
        save_calendar,
        new_calendar,
        builtin_always,
        calendar_in_use,
        calendar_saved,
        cal_empty_name,
        cal_no_time,
        definitions_heading,
        def_service,
        def_priority,
        def_response_hours,
        def_resolution_hours,
        def_calendar,
        def_warning,
        def_pauses,
        def_response_target,
        def_resolution_target,
        no_target,
        add_definition,
        no_definitions,
        no_services,
        bad_hours,
        bad_warning,
        bad_priority,
        duplicate_definition,
        col_service,
        col_priority,
        col_response,
        col_resolution,
        col_calendar,
        col_warning,
        col_links,
        col_pauses,
        import_heading,
        import_hint,
        import_csv,
        mapping_heading,
        mapping_intro,
        mapping_automatic,
        mapping_apply,
        file_not_read,
        clear_tickets,
        add_example,
        results_heading,
        report_date,
        period_heading,
        col_period,
        col_clock,
        col_met,
        col_breached,
        col_met_pct,
        open_breaches_heading,
        no_open_breaches,
        col_used,
        apply_targets,
        no_links,
        tickets_heading,
        col_id,
        col_time_response,
        col_time_resolution,
        col_due_response,
        col_due_resolution,
        col_status_response,
        col_status_resolution,
        col_share,
        show_working,
        col_date,
        col_from,
        col_to,
        col_counted,
        working_total,
        page_prev,
        page_next,
        show_more_breaches,
        no_tickets,
        none,
        delete,
        /// Outcomes of a clock: met, breached, breached and still open, warning, open.
        outcome_met,
        outcome_breached,
        outcome_breached_open,
        outcome_warning,
        outcome_open,
        /// The two clocks: to first response, to resolution.
        clock_response,
        clock_resolution,
    }
    formatters {
        /// Business seconds as hours and minutes.
        duration: fn(i64) -> String,
        /// The zone name is unknown to the browser.
        bad_zone: fn(&str) -> String,
        /// A weekday's intervals cannot be read (weekday name).
        bad_intervals: fn(&str) -> String,
        /// Two intervals of a weekday overlap (weekday name).
        overlap: fn(&str) -> String,
        /// A holiday line is not a date.
        bad_date: fn(&str) -> String,
        /// Working intervals of a weekday (label).
        day_intervals: fn(&str) -> String,
        /// Holidays read from an .ics file (count).
        ics_added: fn(usize) -> String,
        /// Events of an .ics file not fully used (line, summary or text): no start, a
        /// start that is not a date, a date outside 1970–2200, longer than 31 days (only
        /// the first 31 taken), no END:VEVENT; a rule part not supported or not readable
        /// (line, summary, part); too many dates (line, summary, dates kept); then "and
        /// N more".
        ics_no_start: fn(usize, &str) -> String,
        ics_bad_start: fn(usize, &str) -> String,
        ics_bad_year: fn(usize, &str) -> String,
        ics_too_long: fn(usize, &str) -> String,
        ics_unterminated: fn(usize, &str) -> String,
        ics_rule_unsupported: fn(usize, &str, &str) -> String,
        ics_rule_unreadable: fn(usize, &str, &str) -> String,
        ics_too_many: fn(usize, &str, usize) -> String,
        /// Rule frequencies as adjectives of "rule": yearly, monthly, weekly, daily.
        ics_freqs: [&'static str; 4],
        /// A repeating event expanded (summary, frequency, years, dates).
        ics_expanded: fn(&str, &str, &str, usize) -> String,
        /// An event repeating on listed dates only (summary, years, dates).
        ics_listed: fn(&str, &str, usize) -> String,
        /// Left out as not a holiday (line, summary): cancelled; timed and shown free.
        ics_cancelled: fn(usize, &str) -> String,
        ics_free: fn(usize, &str) -> String,
        ics_more: fn(usize) -> String,
        /// Required columns missing (list).
        missing_columns: fn(&str) -> String,
        /// A mapped column is not in the file (header).
        mapped_missing: fn(&str) -> String,
        /// Tickets imported (added, replaced).
        imported: fn(usize, usize) -> String,
        /// Bad rows found, nothing imported yet (bad rows, good rows).
        bad_rows_found: fn(usize, usize) -> String,
        /// Column for a field, in the mapping step.
        column_for: fn(&str) -> String,
        /// Values written into targets (count).
        applied: fn(usize) -> String,
        /// Tickets whose service or priority has no definition (count).
        unmatched: fn(usize) -> String,
        /// A ticket whose business time cannot be counted: id, days open (formatted).
        too_long: fn(&str, &str) -> String,
        /// Tickets that cannot be counted beyond those named (count).
        too_long_more: fn(usize) -> String,
        /// "Page N of M (T tickets)".
        page_of: fn(usize, usize, usize) -> String,
        /// Open breaches listed so far (shown, total).
        open_breaches_shown: fn(usize, usize) -> String,
        /// Heading of a ticket's working (id).
        working_heading: fn(&str) -> String,
        /// "Show the working of TICKET".
        show_working_of: fn(&str) -> String,
        /// Delete a definition (service, priority).
        delete_definition: fn(&str, &str) -> String,
        /// Delete a calendar (name).
        delete_calendar: fn(&str) -> String,
        /// Row problems: empty field; bad time (field, text); bad pause; extra fields
        /// (found, expected); duplicate id; inconsistent values (detail).
        row_empty: fn(&str) -> String,
        row_bad_time: fn(&str, &str) -> String,
        /// A timestamp outside the years 1970 to 2200.
        row_bad_year: fn(&str, &str) -> String,
        row_bad_pause: fn(&str) -> String,
        row_extra: fn(usize, usize) -> String,
        row_duplicate: fn(&str) -> String,
        row_inconsistent: fn(&str) -> String,
        /// A pause that ends before it starts (start, end), a detail of inconsistent
        /// times.
        row_pause_reversed: fn(&str, &str) -> String,
        /// Example tickets added (count).
        examples_added: fn(usize) -> String,
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    #[test]
    fn every_ticket_string_is_filled_and_translated() {
        for lang in Lang::ALL {
            let t = lang.texts().tickets;
            for (name, text) in t.all_static() {
                assert!(
                    !text.trim().is_empty(),
                    "{name} is empty in {}",
                    lang.code()
                );
            }
            assert!((t.bad_zone)("Mars/Olympus").contains("Mars/Olympus"));
            assert!((t.imported)(12, 3).contains("12"));
            assert!((t.page_of)(2, 7, 300).contains('7'));
            assert!((t.open_breaches_shown)(50, 2500).contains("2500"));
        }
        let (en, es, ru) = (
            Lang::En.texts().tickets,
            Lang::Es.texts().tickets,
            Lang::Ru.texts().tickets,
        );
        for ((name, a), ((_, b), (_, c))) in en
            .all_static()
            .into_iter()
            .zip(es.all_static().into_iter().zip(ru.all_static()))
        {
            assert!(a != b && a != c && b != c, "{name} is not translated");
        }
        assert_eq!((en.duration)(3 * 3600 + 5 * 60), "3 h 05 min");
        assert_eq!((ru.duration)(90 * 60), "1 ч 30 мин");
    }
}
