use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn years(first: i32, last: i32) -> Years {
    Years::new(first, last).expect("years")
}

fn read(text: &str, first: i32, last: i32) -> IcsHolidays {
    read_holidays(text, years(first, last)).expect("calendar")
}

/// A calendar around `events` (lines joined with LF).
fn calendar(events: &[&str]) -> String {
    let mut text = String::from("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n");
    for e in events {
        text.push_str(e);
        text.push('\n');
    }
    text.push_str("END:VCALENDAR\n");
    text
}

const SPAIN: &str = "BEGIN:VCALENDAR\r\n\
VERSION:2.0\r\n\
PRODID:-//Test//EN\r\n\
BEGIN:VEVENT\r\n\
UID:1\r\n\
DTSTART;VALUE=DATE:20261012\r\n\
DTEND;VALUE=DATE:20261013\r\n\
SUMMARY:Fiesta Nacional de Espa\r\n \u{f1}a\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:2\r\n\
DTSTART;VALUE=DATE:20261224\r\n\
DTEND;VALUE=DATE:20261226\r\n\
SUMMARY:Christmas\\, two days\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:3\r\n\
DTSTART;TZID=Europe/Madrid:20261208T000000\r\n\
SUMMARY:Inmaculada\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:4\r\n\
DTSTART:20260101T000000Z\r\n\
RRULE:FREQ=YEARLY\r\n\
SUMMARY:New Year\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
SUMMARY:No date\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
DTSTART;VALUE=DATE:2026-05-01\r\n\
END:VEVENT\r\n\
END:VCALENDAR\r\n";

#[test]
fn reads_all_day_and_date_time_events_and_expands_a_yearly_rule() {
    let h = read(SPAIN, 2026, 2027);
    assert_eq!(
        h.dates,
        [
            "2026-01-01",
            "2026-10-12",
            "2026-12-08",
            "2026-12-24",
            "2026-12-25",
            "2027-01-01"
        ]
        .map(d)
    );
    assert_eq!(
        h.notes,
        [IcsNote::Expanded {
            summary: "New Year".into(),
            freq: Some(Freq::Yearly),
            years: years(2026, 2027),
            dates: 2
        }]
    );
    assert_eq!(
        h.warnings,
        [
            IcsWarning::NoStart {
                line: 28,
                summary: "No date".into()
            },
            IcsWarning::BadDate {
                line: 32,
                text: "2026-05-01".into()
            },
        ]
    );
}

#[test]
fn lines_may_end_in_crlf_lf_or_a_lone_cr_and_are_unfolded() {
    let lf = SPAIN.replace("\r\n", "\n");
    let cr = SPAIN.replace("\r\n", "\r");
    let crlf = read(SPAIN, 2026, 2027);
    assert_eq!(crlf.dates.len(), 6);
    assert_eq!(read(&lf, 2026, 2027), crlf);
    assert_eq!(read(&cr, 2026, 2027), crlf);
    let lines = unfold("A:1\r\n B\r\n\tC\r\nD:2\n\rE:3\rF:4");
    assert_eq!(
        lines,
        [
            (1, "A:1BC".to_owned()),
            (4, "D:2".to_owned()),
            (5, String::new()),
            (6, "E:3".to_owned()),
            (7, "F:4".to_owned())
        ]
    );
    let h = read(
        "BEGIN:VCALENDAR\rBEGIN:VEVENT\rDTSTART;VALUE=DATE:2026\r 0106\rEND:VEVENT\rEND:VCALENDAR\r",
        2026,
        2026,
    );
    assert_eq!(h.dates, [d("2026-01-06")]);
}

#[test]
fn long_events_are_capped_and_non_calendars_refused() {
    let text = calendar(&[
        "BEGIN:VEVENT\nSUMMARY:Summer\nDTSTART;VALUE=DATE:20260701\nDTEND;VALUE=DATE:20260901\nEND:VEVENT",
    ]);
    let h = read(&text, 2026, 2026);
    assert_eq!(h.dates.len(), 31);
    assert_eq!(h.dates.last(), Some(&d("2026-07-31")));
    assert_eq!(
        h.warnings,
        [IcsWarning::TooLong {
            line: 4,
            summary: "Summer".into()
        }]
    );
    assert_eq!(
        read_holidays("id,service\n", years(2026, 2026)),
        Err(IcsError::NotACalendar)
    );
}

#[test]
fn an_event_without_end_is_reported_not_dropped_silently() {
    // Cut off by the next event, by the end of the calendar, by the end of the file.
    let text = "BEGIN:VCALENDAR\n\
BEGIN:VEVENT\nSUMMARY:First\nDTSTART;VALUE=DATE:20260101\n\
BEGIN:VEVENT\nSUMMARY:Second\nDTSTART;VALUE=DATE:20260102\nEND:VEVENT\n\
BEGIN:VEVENT\nSUMMARY:Third\nDTSTART;VALUE=DATE:20260103\n\
END:VCALENDAR\n\
BEGIN:VEVENT\nSUMMARY:Fourth\nDTSTART;VALUE=DATE:20260104\n";
    let h = read(text, 2026, 2026);
    assert_eq!(h.dates, [d("2026-01-02")]);
    assert_eq!(
        h.warnings,
        [
            IcsWarning::Unterminated {
                line: 2,
                summary: "First".into()
            },
            IcsWarning::Unterminated {
                line: 9,
                summary: "Third".into()
            },
            IcsWarning::Unterminated {
                line: 13,
                summary: "Fourth".into()
            },
        ]
    );
}

#[test]
fn dates_outside_1970_to_2200_are_refused_by_line() {
    let text = calendar(&[
        "BEGIN:VEVENT\nSUMMARY:Year zero\nDTSTART;VALUE=DATE:00000101\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Far\nDTSTART:99991231T000000Z\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Listed\nDTSTART;VALUE=DATE:20260105\nRDATE;VALUE=DATE:19691231,20260106\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Edges\nDTSTART;VALUE=DATE:19700101\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Edges\nDTSTART;VALUE=DATE:22001231\nEND:VEVENT",
    ]);
    let h = read(&text, 2026, 2026);
    assert_eq!(
        h.dates,
        ["1970-01-01", "2026-01-05", "2026-01-06", "2200-12-31"].map(d)
    );
    assert_eq!(
        h.warnings,
        [
            IcsWarning::BadYear {
                line: 6,
                text: "00000101".into()
            },
            IcsWarning::BadYear {
                line: 10,
                text: "99991231T000000Z".into()
            },
            IcsWarning::BadYear {
                line: 15,
                text: "19691231".into()
            },
        ]
    );
}

#[test]
fn exdates_and_rdates_in_lists_on_several_lines_and_as_date_times() {
    let text = calendar(&[
        "BEGIN:VEVENT",
        "SUMMARY:Month-end closing",
        "DTSTART;VALUE=DATE:20260131",
        "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=6",
        "EXDATE;VALUE=DATE:20260331,20260430",
        "EXDATE:20260531T000000",
        "RDATE;VALUE=DATE:20261231",
        "RDATE;TZID=Europe/Madrid:20261130T090000,20261015T090000",
        "RDATE;VALUE=PERIOD:20260901T090000Z/20260901T170000Z",
        "END:VEVENT",
    ]);
    let h = read(&text, 2026, 2026);
    assert_eq!(
        h.dates,
        [
            "2026-01-31",
            "2026-02-28",
            "2026-06-30",
            "2026-09-01",
            "2026-10-15",
            "2026-11-30",
            "2026-12-31"
        ]
        .map(d)
    );
    assert_eq!(
        h.notes,
        [IcsNote::Expanded {
            summary: "Month-end closing".into(),
            freq: Some(Freq::Monthly),
            years: years(2026, 2026),
            dates: 7
        }]
    );
    assert_eq!(h.warnings, []);
    // Only listed dates: the start and each RDATE within the years.
    let listed = calendar(&[
        "BEGIN:VEVENT\nSUMMARY:Team day\nDTSTART;VALUE=DATE:20260115\nRDATE;VALUE=DATE:20260415,20250415,20270415\nEND:VEVENT",
    ]);
    let h = read(&listed, 2026, 2027);
    assert_eq!(h.dates, ["2026-01-15", "2026-04-15", "2027-04-15"].map(d));
    assert_eq!(
        h.notes,
        [IcsNote::Expanded {
            summary: "Team day".into(),
            freq: None,
            years: years(2026, 2027),
            dates: 3
        }]
    );
}

#[test]
fn rfc_5545_every_friday_the_13th_with_its_start_removed_by_exdate() {
    let text = calendar(&[
        "BEGIN:VEVENT",
        "SUMMARY:Friday the 13th",
        "DTSTART;TZID=America/New_York:19970902T090000",
        "EXDATE;TZID=America/New_York:19970902T090000",
        "RRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
        "END:VEVENT",
    ]);
    let h = read(&text, 1997, 2000);
    assert_eq!(
        h.dates,
        [
            "1998-02-13",
            "1998-03-13",
            "1998-11-13",
            "1999-08-13",
            "2000-10-13"
        ]
        .map(d)
    );
    assert!(matches!(h.notes[..], [IcsNote::Expanded { dates: 5, .. }]));
}

#[test]
fn repeating_multi_day_events_and_durations() {
    let text = calendar(&[
        "BEGIN:VEVENT\nSUMMARY:Christmas\nDTSTART;VALUE=DATE:20201224\nDTEND;VALUE=DATE:20201226\nRRULE:FREQ=YEARLY\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Thanksgiving\nDTSTART;VALUE=DATE:20201126\nDURATION:P2D\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Carnival\nDTSTART;VALUE=DATE:20260216\nDURATION:P1W\nEND:VEVENT",
    ]);
    let h = read(&text, 2026, 2027);
    let mut expected: Vec<NaiveDate> = [
        "2026-11-26",
        "2026-11-27",
        "2026-12-24",
        "2026-12-25",
        "2027-11-25",
        "2027-11-26",
        "2027-12-24",
        "2027-12-25",
    ]
    .map(d)
    .to_vec();
    expected.extend((16..=22).map(|day| NaiveDate::from_ymd_opt(2026, 2, day).expect("day")));
    expected.sort();
    assert_eq!(h.dates, expected);
    assert_eq!(
        h.notes[1],
        IcsNote::Expanded {
            summary: "Thanksgiving".into(),
            freq: Some(Freq::Yearly),
            years: years(2026, 2027),
            dates: 2
        }
    );
}

#[test]
fn cancelled_and_free_timed_events_are_not_holidays_free_all_day_ones_are() {
    let text = calendar(&[
        "BEGIN:VEVENT\nSUMMARY:Company picnic\nDTSTART;VALUE=DATE:20260612\nSTATUS:CANCELLED\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Team call\nDTSTART:20260105T150000Z\nRRULE:FREQ=WEEKLY\nTRANSP:TRANSPARENT\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Epiphany\nDTSTART;VALUE=DATE:20260106\nTRANSP:TRANSPARENT\nX-MICROSOFT-CDO-BUSYSTATUS:FREE\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Offsite\nDTSTART:20260305T090000\nSTATUS:CONFIRMED\nTRANSP:OPAQUE\nEND:VEVENT",
    ]);
    let h = read(&text, 2026, 2026);
    assert_eq!(h.dates, ["2026-01-06", "2026-03-05"].map(d));
    assert_eq!(
        h.notes,
        [
            IcsNote::Cancelled {
                line: 4,
                summary: "Company picnic".into()
            },
            IcsNote::Free {
                line: 9,
                summary: "Team call".into()
            },
        ]
    );
    assert_eq!(h.warnings, []);
}

#[test]
fn an_instance_moved_or_cancelled_by_recurrence_id_replaces_the_rule_date() {
    // As Google exports it: the series, one instance cancelled, one moved.
    let text = calendar(&[
        "BEGIN:VEVENT\nUID:standup@x\nSUMMARY:Quarter day\nDTSTART;VALUE=DATE:20260102\nRRULE:FREQ=MONTHLY;INTERVAL=3\nEND:VEVENT",
        "BEGIN:VEVENT\nUID:standup@x\nRECURRENCE-ID;VALUE=DATE:20260402\nSUMMARY:Quarter day\nDTSTART;VALUE=DATE:20260402\nSTATUS:CANCELLED\nEND:VEVENT",
        "BEGIN:VEVENT\nUID:standup@x\nRECURRENCE-ID;VALUE=DATE:20260702\nSUMMARY:Quarter day\nDTSTART;VALUE=DATE:20260703\nEND:VEVENT",
        "BEGIN:VEVENT\nUID:other@x\nRECURRENCE-ID;VALUE=DATE:20261002\nDTSTART;VALUE=DATE:20261002\nSTATUS:CANCELLED\nEND:VEVENT",
    ]);
    let h = read(&text, 2026, 2026);
    assert_eq!(h.dates, ["2026-01-02", "2026-07-03", "2026-10-02"].map(d));
    assert!(
        matches!(h.notes[0], IcsNote::Expanded { dates: 2, .. }),
        "{:?}",
        h.notes
    );
}

#[test]
fn many_series_each_find_their_own_cancelled_instances() {
    // 300 weekly series (one UID each, in an order unlike the sorted one), each with
    // its first instance cancelled: only their own instance goes.
    let mut events = Vec::new();
    for i in (0..300).rev() {
        events.push(format!(
            "BEGIN:VEVENT\nUID:s{i}@x\nDTSTART;VALUE=DATE:20260105\nRRULE:FREQ=WEEKLY;COUNT=2\nEND:VEVENT"
        ));
        events.push(format!(
            "BEGIN:VEVENT\nUID:s{i}@x\nRECURRENCE-ID;VALUE=DATE:20260105\nDTSTART;VALUE=DATE:20260105\nSTATUS:CANCELLED\nEND:VEVENT"
        ));
    }
    // One series whose UID sorts between others keeps both dates.
    events.push(
        "BEGIN:VEVENT\nUID:s15@x-kept\nDTSTART;VALUE=DATE:20260106\nRRULE:FREQ=WEEKLY;COUNT=2\nEND:VEVENT".into(),
    );
    let refs: Vec<&str> = events.iter().map(String::as_str).collect();
    let h = read(&calendar(&refs), 2026, 2026);
    assert_eq!(h.dates, ["2026-01-06", "2026-01-12", "2026-01-13"].map(d));
}

#[test]
fn alarms_do_not_rename_the_event_and_quoted_colons_are_not_separators() {
    let text = calendar(&[
        "BEGIN:VEVENT\nSUMMARY:Labour Day\nDTSTART;VALUE=DATE:20260501\nBEGIN:VALARM\nACTION:DISPLAY\nSUMMARY:Reminder\nDTSTART:20990101T000000\nEND:VALARM\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Outlook\\nholiday\nDTSTART;TZID=\"(UTC+01:00) Amsterdam, Berlin\":20260525T000000\nRRULE:FREQ=YEARLY;COUNT=2\nEND:VEVENT",
    ]);
    let h = read(&text, 2026, 2027);
    assert_eq!(h.dates, ["2026-05-01", "2026-05-25", "2027-05-25"].map(d));
    assert_eq!(h.warnings, []);
    assert!(
        matches!(&h.notes[0], IcsNote::Expanded { summary, dates: 2, .. } if summary == "Outlook holiday"),
        "{:?}",
        h.notes
    );
}

#[test]
fn an_unsupported_or_unreadable_rule_keeps_the_start_and_names_event_and_line() {
    let text = calendar(&[
        "BEGIN:VEVENT\nSUMMARY:Week 20 Monday\nDTSTART;VALUE=DATE:20260511\nRRULE:FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Broken\nDTSTART;VALUE=DATE:20260601\nRRULE:FREQ=YEARLY;INTERVAL=0\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Daily\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=DAILY\nEND:VEVENT",
    ]);
    let h = read(&text, 2026, 2031);
    assert_eq!(h.dates.len(), 1000);
    assert!(h.dates.contains(&d("2026-05-11")) && h.dates.contains(&d("2026-06-01")));
    assert_eq!(
        h.warnings,
        [
            IcsWarning::RuleUnsupported {
                line: 7,
                summary: "Week 20 Monday".into(),
                part: "BYWEEKNO=20".into()
            },
            IcsWarning::RuleUnreadable {
                line: 12,
                summary: "Broken".into(),
                part: "INTERVAL=0".into()
            },
            IcsWarning::TooMany {
                line: 17,
                summary: "Daily".into(),
                kept: MAX_DATES
            },
        ]
    );
    for w in &h.warnings {
        assert!(w.to_string().starts_with("line "), "{w}");
    }
}

#[test]
fn the_fixture_of_holidays_with_rules_gives_the_expected_dates_and_notes() {
    let text = include_str!("../../../tests/fixtures/holidays-rules.ics");
    let h = read(text, 2026, 2027);
    assert_eq!(
        h.dates,
        [
            "2026-01-01",
            "2026-01-31",
            "2026-02-28",
            "2026-04-30",
            "2026-05-11",
            "2026-05-25",
            "2026-05-31",
            "2026-06-30",
            "2026-11-26",
            "2026-11-27",
            "2026-12-31",
            "2027-01-01",
            "2027-05-31",
            "2027-11-25",
            "2027-11-26",
        ]
        .map(d)
    );
    let expanded = |summary: &str, freq, dates| IcsNote::Expanded {
        summary: summary.into(),
        freq: Some(freq),
        years: years(2026, 2027),
        dates,
    };
    assert_eq!(
        h.notes,
        [
            expanded("New Year's Day", Freq::Yearly, 2),
            expanded("Memorial Day", Freq::Yearly, 2),
            expanded("Thanksgiving", Freq::Yearly, 2),
            expanded("Month-end closing", Freq::Monthly, 6),
            IcsNote::Cancelled {
                line: 32,
                summary: "Company picnic".into()
            },
            IcsNote::Free {
                line: 38,
                summary: "Team call".into()
            },
        ]
    );
    assert_eq!(
        h.warnings,
        [IcsWarning::RuleUnsupported {
            line: 50,
            summary: "Week 20 Monday".into(),
            part: "BYWEEKNO=20".into()
        }]
    );
}

#[test]
fn the_default_years_run_from_the_first_ticket_to_five_years_ahead() {
    let y = |first, this| {
        let y = Years::around(first, this);
        (y.first(), y.last())
    };
    assert_eq!(y(None, 2026), (2026, 2031));
    assert_eq!(y(Some(2023), 2026), (2023, 2031));
    assert_eq!(y(Some(2029), 2026), (2029, 2034));
    assert_eq!(y(Some(2198), 2198), (2198, 2200));
    assert_eq!(y(None, 1900), (1970, 1975));
    assert_eq!(
        Years::new(2031, 2026),
        Err(BadYears {
            first: 2031,
            last: 2026
        })
    );
    assert!(Years::new(1969, 2026).is_err() && Years::new(2026, 2201).is_err());
    assert!(Years::new(2026, 2026).is_ok());
}

/// Issue 16.7: where service-desk tools differ, a calendar entry marked inactive is
/// not a holiday. In an .ics file that is a cancelled event (`STATUS:CANCELLED`), a
/// cancelled instance of a series (`RECURRENCE-ID` + `STATUS:CANCELLED`) and a timed
/// event shown as free; an all-day event shown as free stays a holiday (holiday feeds
/// mark every holiday free).
mod conventions {
    use super::*;
    use crate::domain::tickets::{BusinessCalendar, BusinessClock, WorkingInterval};
    use crate::domain::Id;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_calendar_entry_marked_inactive_is_not_a_holiday() {
        let text = calendar(&[
            "BEGIN:VEVENT\nSUMMARY:Picnic\nDTSTART;VALUE=DATE:20260608\nSTATUS:CANCELLED\nEND:VEVENT",
            "BEGIN:VEVENT\nUID:s\nSUMMARY:Series\nDTSTART;VALUE=DATE:20260602\nRRULE:FREQ=WEEKLY;COUNT=3\nEND:VEVENT",
            "BEGIN:VEVENT\nUID:s\nRECURRENCE-ID;VALUE=DATE:20260609\nDTSTART;VALUE=DATE:20260609\nSTATUS:CANCELLED\nEND:VEVENT",
            "BEGIN:VEVENT\nSUMMARY:Call\nDTSTART:20260610T000000Z\nTRANSP:TRANSPARENT\nEND:VEVENT",
            "BEGIN:VEVENT\nSUMMARY:Holiday\nDTSTART;VALUE=DATE:20260611\nTRANSP:TRANSPARENT\nEND:VEVENT",
        ]);
        let h = read(&text, 2026, 2026);
        assert_eq!(h.dates, ["2026-06-02", "2026-06-11", "2026-06-16"].map(d));
        let nine_to_five = WorkingInterval::hm(9, 0, 17, 0).expect("interval");
        let office = BusinessCalendar::weekdays(
            Id::new("office").expect("id"),
            "Office",
            "UTC",
            &[nine_to_five],
            h.dates.iter().copied().collect(),
        )
        .expect("calendar");
        let mut clock = BusinessClock::new(&office, Utc);
        let at = |day| Utc.with_ymd_and_hms(2026, 6, day, 0, 0, 0).unwrap();
        // Monday 8 to Friday 12: the cancelled picnic (8th), the cancelled instance
        // (9th) and the free call (10th) are working days; the free all-day holiday
        // (11th) is not. Three days of 8 h.
        assert_eq!(
            clock.business_seconds(at(8), at(12), &[]).unwrap(),
            3 * 8 * 3600
        );
        assert!(office.intervals_on(d("2026-06-11")).is_empty());
    }
}
