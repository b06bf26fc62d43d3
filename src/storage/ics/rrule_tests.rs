//! The recurrence examples of RFC 5545, section 3.8.5.3, that use the parts holidays
//! need (the expected dates are the RFC's), then holiday rules and the limits.

use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// Every date of `rule` from `start` (`19970902T090000`) up to the end of `last_year`.
fn until_year(rule: &str, start: &str, last_year: i32) -> Vec<NaiveDate> {
    let (day, time) = date_time(start).expect("start");
    let rule = Rule::parse(rule).expect("rule");
    let end = NaiveDate::from_ymd_opt(last_year, 12, 31).expect("end");
    rule.expand(day, time, d("1970-01-01"), end, 5000).dates
}

/// Every date of a rule that ends by itself (COUNT or UNTIL).
fn all(rule: &str, start: &str) -> Vec<NaiveDate> {
    until_year(rule, start, 2200)
}

/// The first `n` dates of a rule that never ends.
fn first(rule: &str, start: &str, n: usize) -> Vec<NaiveDate> {
    let mut dates = until_year(rule, start, 2010);
    dates.truncate(n);
    dates
}

/// Dates written as the RFC does: a year, a month and its days.
fn on(groups: &[(i32, u32, &[u32])]) -> Vec<NaiveDate> {
    groups
        .iter()
        .flat_map(|&(y, m, days)| {
            days.iter()
                .map(move |&day| NaiveDate::from_ymd_opt(y, m, day).expect("day"))
        })
        .collect()
}

fn range(y: i32, m: u32, from: u32, to: u32) -> (i32, u32, Vec<u32>) {
    (y, m, (from..=to).collect())
}

fn ranges(groups: &[(i32, u32, Vec<u32>)]) -> Vec<NaiveDate> {
    let borrowed: Vec<(i32, u32, &[u32])> = groups
        .iter()
        .map(|(y, m, d)| (*y, *m, d.as_slice()))
        .collect();
    on(&borrowed)
}

const START: &str = "19970902T090000";

#[test]
fn daily_for_10_occurrences_and_until_december_24() {
    assert_eq!(
        all("FREQ=DAILY;COUNT=10", START),
        ranges(&[range(1997, 9, 2, 11)])
    );
    // UNTIL=19971224T000000Z: the 09:00 occurrence of December 24 is after it.
    assert_eq!(
        all("FREQ=DAILY;UNTIL=19971224T000000Z", START),
        ranges(&[
            range(1997, 9, 2, 30),
            range(1997, 10, 1, 31),
            range(1997, 11, 1, 30),
            range(1997, 12, 1, 23)
        ])
    );
}

#[test]
fn every_other_day_and_every_10_days() {
    assert_eq!(
        first("FREQ=DAILY;INTERVAL=2", START, 20),
        on(&[
            (
                1997,
                9,
                &[2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]
            ),
            (1997, 10, &[2, 4, 6, 8, 10])
        ])
    );
    assert_eq!(
        all("FREQ=DAILY;INTERVAL=10;COUNT=5", START),
        on(&[(1997, 9, &[2, 12, 22]), (1997, 10, &[2, 12])])
    );
}

#[test]
fn every_day_in_january_for_3_years_yearly_or_daily() {
    let january = ranges(&[
        range(1998, 1, 1, 31),
        range(1999, 1, 1, 31),
        range(2000, 1, 1, 31),
    ]);
    let start = "19980101T090000";
    assert_eq!(
        all(
            "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA",
            start
        ),
        january
    );
    assert_eq!(
        all("FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", start),
        january
    );
}

#[test]
fn weekly_for_10_occurrences_until_and_every_other_week() {
    assert_eq!(
        all("FREQ=WEEKLY;COUNT=10", START),
        on(&[
            (1997, 9, &[2, 9, 16, 23, 30]),
            (1997, 10, &[7, 14, 21, 28]),
            (1997, 11, &[4])
        ])
    );
    assert_eq!(
        all("FREQ=WEEKLY;UNTIL=19971224T000000Z", START),
        on(&[
            (1997, 9, &[2, 9, 16, 23, 30]),
            (1997, 10, &[7, 14, 21, 28]),
            (1997, 11, &[4, 11, 18, 25]),
            (1997, 12, &[2, 9, 16, 23])
        ])
    );
    assert_eq!(
        first("FREQ=WEEKLY;INTERVAL=2;WKST=SU", START, 13),
        on(&[
            (1997, 9, &[2, 16, 30]),
            (1997, 10, &[14, 28]),
            (1997, 11, &[11, 25]),
            (1997, 12, &[9, 23]),
            (1998, 1, &[6, 20]),
            (1998, 2, &[3, 17])
        ])
    );
}

#[test]
fn weekly_on_tuesday_and_thursday_for_five_weeks_both_ways() {
    let expected = on(&[
        (1997, 9, &[2, 4, 9, 11, 16, 18, 23, 25, 30]),
        (1997, 10, &[2]),
    ]);
    assert_eq!(
        all(
            "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH",
            START
        ),
        expected
    );
    assert_eq!(
        all("FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", START),
        expected
    );
}

#[test]
fn every_other_week_on_monday_wednesday_friday_until_december_24() {
    assert_eq!(
        all(
            "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
            "19970901T090000"
        ),
        on(&[
            (1997, 9, &[1, 3, 5, 15, 17, 19, 29]),
            (1997, 10, &[1, 3, 13, 15, 17, 27, 29, 31]),
            (1997, 11, &[10, 12, 14, 24, 26, 28]),
            (1997, 12, &[8, 10, 12, 22])
        ])
    );
    // Every other week on Tuesday and Thursday, for 8 occurrences.
    assert_eq!(
        all("FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", START),
        on(&[(1997, 9, &[2, 4, 16, 18, 30]), (1997, 10, &[2, 14, 16])])
    );
}

#[test]
fn monthly_on_the_first_friday_and_first_and_last_sunday() {
    assert_eq!(
        all("FREQ=MONTHLY;COUNT=10;BYDAY=1FR", "19970905T090000"),
        on(&[
            (1997, 9, &[5]),
            (1997, 10, &[3]),
            (1997, 11, &[7]),
            (1997, 12, &[5]),
            (1998, 1, &[2]),
            (1998, 2, &[6]),
            (1998, 3, &[6]),
            (1998, 4, &[3]),
            (1998, 5, &[1]),
            (1998, 6, &[5])
        ])
    );
    assert_eq!(
        all(
            "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR",
            "19970905T090000"
        ),
        on(&[
            (1997, 9, &[5]),
            (1997, 10, &[3]),
            (1997, 11, &[7]),
            (1997, 12, &[5])
        ])
    );
    assert_eq!(
        all(
            "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU",
            "19970907T090000"
        ),
        on(&[
            (1997, 9, &[7, 28]),
            (1997, 11, &[2, 30]),
            (1998, 1, &[4, 25]),
            (1998, 3, &[1, 29]),
            (1998, 5, &[3, 31])
        ])
    );
}

#[test]
fn monthly_on_the_second_to_last_monday_and_third_to_last_day() {
    assert_eq!(
        all("FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", "19970922T090000"),
        on(&[
            (1997, 9, &[22]),
            (1997, 10, &[20]),
            (1997, 11, &[17]),
            (1997, 12, &[22]),
            (1998, 1, &[19]),
            (1998, 2, &[16])
        ])
    );
    assert_eq!(
        first("FREQ=MONTHLY;BYMONTHDAY=-3", "19970928T090000", 6),
        on(&[
            (1997, 9, &[28]),
            (1997, 10, &[29]),
            (1997, 11, &[28]),
            (1997, 12, &[29]),
            (1998, 1, &[29]),
            (1998, 2, &[26])
        ])
    );
}

#[test]
fn monthly_on_month_days_first_and_last_and_every_18_months() {
    assert_eq!(
        all("FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", START),
        on(&[
            (1997, 9, &[2, 15]),
            (1997, 10, &[2, 15]),
            (1997, 11, &[2, 15]),
            (1997, 12, &[2, 15]),
            (1998, 1, &[2, 15])
        ])
    );
    assert_eq!(
        all("FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", "19970930T090000"),
        on(&[
            (1997, 9, &[30]),
            (1997, 10, &[1, 31]),
            (1997, 11, &[1, 30]),
            (1997, 12, &[1, 31]),
            (1998, 1, &[1, 31]),
            (1998, 2, &[1])
        ])
    );
    assert_eq!(
        all(
            "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15",
            "19970910T090000"
        ),
        on(&[
            (1997, 9, &[10, 11, 12, 13, 14, 15]),
            (1999, 3, &[10, 11, 12, 13])
        ])
    );
    assert_eq!(
        first("FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", START, 18),
        on(&[
            (1997, 9, &[2, 9, 16, 23, 30]),
            (1997, 11, &[4, 11, 18, 25]),
            (1998, 1, &[6, 13, 20, 27]),
            (1998, 3, &[3, 10, 17, 24, 31])
        ])
    );
}

#[test]
fn yearly_in_june_and_july_and_every_other_year_in_the_first_quarter() {
    // No BYDAY or BYMONTHDAY: the day comes from DTSTART.
    assert_eq!(
        all("FREQ=YEARLY;COUNT=10;BYMONTH=6,7", "19970610T090000"),
        (1997..=2001)
            .flat_map(|y| on(&[(y, 6, &[10]), (y, 7, &[10])]))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        all(
            "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3",
            "19970310T090000"
        ),
        on(&[
            (1997, 3, &[10]),
            (1999, 1, &[10]),
            (1999, 2, &[10]),
            (1999, 3, &[10]),
            (2001, 1, &[10]),
            (2001, 2, &[10]),
            (2001, 3, &[10]),
            (2003, 1, &[10]),
            (2003, 2, &[10]),
            (2003, 3, &[10])
        ])
    );
}

#[test]
fn yearly_by_weekday_twentieth_monday_thursdays_in_march_and_in_summer() {
    assert_eq!(
        first("FREQ=YEARLY;BYDAY=20MO", "19970519T090000", 3),
        on(&[(1997, 5, &[19]), (1998, 5, &[18]), (1999, 5, &[17])])
    );
    assert_eq!(
        first("FREQ=YEARLY;BYMONTH=3;BYDAY=TH", "19970313T090000", 11),
        on(&[
            (1997, 3, &[13, 20, 27]),
            (1998, 3, &[5, 12, 19, 26]),
            (1999, 3, &[4, 11, 18, 25])
        ])
    );
    assert_eq!(
        first("FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", "19970605T090000", 39),
        on(&[
            (1997, 6, &[5, 12, 19, 26]),
            (1997, 7, &[3, 10, 17, 24, 31]),
            (1997, 8, &[7, 14, 21, 28]),
            (1998, 6, &[4, 11, 18, 25]),
            (1998, 7, &[2, 9, 16, 23, 30]),
            (1998, 8, &[6, 13, 20, 27]),
            (1999, 6, &[3, 10, 17, 24]),
            (1999, 7, &[1, 8, 15, 22, 29]),
            (1999, 8, &[5, 12, 19, 26])
        ])
    );
}

#[test]
fn friday_the_13th_first_saturday_after_sunday_and_election_day() {
    // The RFC's DTSTART (not a Friday the 13th) is removed by an EXDATE; here: skip it.
    let fridays = first("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", START, 6);
    assert_eq!(fridays[0], d("1997-09-02"));
    assert_eq!(
        fridays[1..],
        on(&[
            (1998, 2, &[13]),
            (1998, 3, &[13]),
            (1998, 11, &[13]),
            (1999, 8, &[13]),
            (2000, 10, &[13])
        ])
    );
    assert_eq!(
        first(
            "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13",
            "19970913T090000",
            10
        ),
        on(&[
            (1997, 9, &[13]),
            (1997, 10, &[11]),
            (1997, 11, &[8]),
            (1997, 12, &[13]),
            (1998, 1, &[10]),
            (1998, 2, &[7]),
            (1998, 3, &[7]),
            (1998, 4, &[11]),
            (1998, 5, &[9]),
            (1998, 6, &[13])
        ])
    );
    assert_eq!(
        first(
            "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
            "19961105T090000",
            3
        ),
        on(&[(1996, 11, &[5]), (2000, 11, &[7]), (2004, 11, &[2])])
    );
}

#[test]
fn by_set_pos_third_weekday_and_second_to_last_weekday() {
    assert_eq!(
        all(
            "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3",
            "19970904T090000"
        ),
        on(&[(1997, 9, &[4]), (1997, 10, &[7]), (1997, 11, &[6])])
    );
    assert_eq!(
        first(
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2",
            "19970929T090000",
            7
        ),
        on(&[
            (1997, 9, &[29]),
            (1997, 10, &[30]),
            (1997, 11, &[27]),
            (1997, 12, &[30]),
            (1998, 1, &[29]),
            (1998, 2, &[26]),
            (1998, 3, &[30])
        ])
    );
}

#[test]
fn week_start_changes_an_every_other_week_rule_and_february_30_is_ignored() {
    assert_eq!(
        all(
            "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO",
            "19970805T090000"
        ),
        on(&[(1997, 8, &[5, 10, 19, 24])])
    );
    assert_eq!(
        all(
            "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU",
            "19970805T090000"
        ),
        on(&[(1997, 8, &[5, 17, 19, 31])])
    );
    assert_eq!(
        all("FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", "20070115T090000"),
        on(&[(2007, 1, &[15, 30]), (2007, 2, &[15]), (2007, 3, &[15, 30])])
    );
}

/// The dates of `rule` from all-day `start` within `first..=last` years.
fn holidays(rule: &str, start: &str, first: i32, last: i32) -> Expansion {
    at_most(rule, start, first, last, 1000)
}

fn at_most(rule: &str, start: &str, first: i32, last: i32, max: usize) -> Expansion {
    let (day, time) = date_time(start).expect("start");
    let from = NaiveDate::from_ymd_opt(first, 1, 1).expect("from");
    let to = NaiveDate::from_ymd_opt(last, 12, 31).expect("to");
    Rule::parse(rule)
        .expect("rule")
        .expand(day, time, from, to, max)
}

#[test]
fn holiday_rules_over_the_years_asked_for() {
    // Fourth Thursday of November, last Monday of May, a fixed date.
    let thanksgiving = holidays("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "20201126", 2026, 2031);
    assert_eq!(
        thanksgiving.dates,
        [
            "2026-11-26",
            "2027-11-25",
            "2028-11-23",
            "2029-11-22",
            "2030-11-28",
            "2031-11-27"
        ]
        .map(d)
    );
    assert!(!thanksgiving.capped);
    assert_eq!(
        holidays("FREQ=YEARLY;BYDAY=-1MO;BYMONTH=5", "20200525", 2026, 2028).dates,
        ["2026-05-25", "2027-05-31", "2028-05-29"].map(d)
    );
    assert_eq!(
        holidays("FREQ=YEARLY", "20191225", 2026, 2027).dates,
        ["2026-12-25", "2027-12-25"].map(d)
    );
    // February 29 only in leap years; the start year is the first occurrence.
    assert_eq!(
        holidays("FREQ=YEARLY", "20240229", 2024, 2033).dates,
        ["2024-02-29", "2028-02-29", "2032-02-29"].map(d)
    );
    // Every other year, counted from the start (2021): the odd years.
    assert_eq!(
        holidays("FREQ=YEARLY;INTERVAL=2", "20210501", 2026, 2031).dates,
        ["2027-05-01", "2029-05-01", "2031-05-01"].map(d)
    );
    // A COUNT counts from the start even when the years asked for begin later.
    assert_eq!(
        holidays("FREQ=YEARLY;COUNT=8", "20200101", 2026, 2031).dates,
        ["2026-01-01", "2027-01-01"].map(d)
    );
    // UNTIL as a date is included.
    assert_eq!(
        holidays(
            "FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20260430",
            "20260131",
            2026,
            2031
        )
        .dates,
        ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"].map(d)
    );
    // Lower case and spaces are read too.
    assert_eq!(
        holidays("freq=yearly; bymonth=11; byday=4th", "20201126", 2026, 2026).dates,
        [d("2026-11-26")]
    );
}

#[test]
fn skipping_to_the_years_asked_for_gives_what_walking_from_the_start_gives() {
    let rules = [
        "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR",
        "FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=TU,SU",
        "FREQ=DAILY;INTERVAL=9",
        "FREQ=MONTHLY;INTERVAL=5;BYDAY=2WE",
        "FREQ=MONTHLY;INTERVAL=7;BYMONTHDAY=-1,15",
        "FREQ=YEARLY;INTERVAL=3;BYMONTH=2;BYDAY=-1SU",
        "FREQ=YEARLY;INTERVAL=2;BYMONTHDAY=1;BYSETPOS=-1",
    ];
    for rule in rules {
        let walked: Vec<NaiveDate> = at_most(rule, "19990317", 1999, 2031, usize::MAX)
            .dates
            .into_iter()
            .filter(|day| day.year() >= 2026)
            .collect();
        let skipped = holidays(rule, "19990317", 2026, 2031);
        assert_eq!(skipped.dates, walked, "{rule}");
        assert!(!skipped.dates.is_empty(), "{rule}");
    }
}

#[test]
fn unsupported_and_unreadable_parts_are_named() {
    for (rule, part) in [
        ("FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", "BYWEEKNO=20"),
        (
            "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200",
            "BYYEARDAY=1,100,200",
        ),
        ("FREQ=HOURLY;INTERVAL=3", "FREQ=HOURLY"),
        ("FREQ=DAILY;BYHOUR=9,10", "BYHOUR=9,10"),
        ("FREQ=YEARLY;RSCALE=HEBREW", "RSCALE=HEBREW"),
    ] {
        assert_eq!(
            Rule::parse(rule),
            Err(RuleError::Unsupported(part.into())),
            "{rule}"
        );
    }
    for (rule, part) in [
        ("FREQ=FORTNIGHTLY", "FREQ=FORTNIGHTLY"),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL=0"),
        ("FREQ=DAILY;COUNT=-2", "COUNT=-2"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH=13"),
        ("FREQ=YEARLY;BYMONTHDAY=0", "BYMONTHDAY=0"),
        ("FREQ=YEARLY;BYDAY=54MO", "BYDAY=54MO"),
        ("FREQ=YEARLY;BYDAY=1XX", "BYDAY=1XX"),
        ("FREQ=YEARLY;BYDAY=é", "BYDAY=é"),
        ("FREQ=MONTHLY;BYSETPOS=0", "BYSETPOS=0"),
        ("FREQ=WEEKLY;WKST=XX", "WKST=XX"),
        ("FREQ=WEEKLY;UNTIL=2026", "UNTIL=2026"),
        ("FREQ", "FREQ"),
        ("BYMONTH=1", "BYMONTH=1"),
        ("", ""),
    ] {
        assert_eq!(
            Rule::parse(rule),
            Err(RuleError::Unreadable(part.into())),
            "{rule}"
        );
    }
}

#[test]
fn expansion_is_bounded_by_dates_and_by_periods() {
    // Every day for six years: more than the 1000 dates asked for at most.
    let daily = holidays("FREQ=DAILY", "20260101", 2026, 2031);
    assert!(daily.capped);
    assert_eq!(daily.dates.len(), 1000);
    assert_eq!(daily.dates.last(), Some(&d("2028-09-26")));
    // A daily rule that matches once in four years stops after MAX_PERIODS days.
    let leap = holidays("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29", "19700101", 1970, 2200);
    assert!(leap.capped);
    let last = leap.dates.last().copied().unwrap_or_default();
    assert!(last.year() < 1970 + 50_000 / 365 + 1, "{last}");
    assert_eq!(leap.dates.len(), 34, "{:?}", leap.dates.first());
    // Huge intervals and ends far away neither panic nor loop.
    for rule in [
        "FREQ=YEARLY;INTERVAL=2147483647",
        "FREQ=MONTHLY;INTERVAL=2147483647;COUNT=2147483647",
        "FREQ=WEEKLY;INTERVAL=2147483647",
        "FREQ=DAILY;INTERVAL=2147483647;UNTIL=99991231",
    ] {
        let x = holidays(rule, "22001231", 2200, 2200);
        assert_eq!(x.dates, [d("2200-12-31")], "{rule}");
    }
    // A rule whose dates all lie before the years asked for gives none.
    assert_eq!(
        holidays("FREQ=YEARLY;UNTIL=20151231", "20100101", 2026, 2031),
        Expansion::default()
    );
}
