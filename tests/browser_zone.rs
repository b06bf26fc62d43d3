//! Zone rules read from the browser's `Intl` API, in headless Chromium
//! (`wasm-bindgen-test`): offsets across daylight-saving changes, fractional offsets,
//! and the tab-wide cache giving the same answers as the browser.
#![cfg(target_arch = "wasm32")]

use chrono::{Datelike, NaiveDate, Weekday};
use dsv_studio::domain::tickets::ZoneRules;
use dsv_studio::ui::intl_zone::{cached_zone, IntlZone};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// 01:00 UTC on the last Sunday of `month` (the EU's change instant), Unix seconds.
fn last_sunday_0100(year: i32, month: u32) -> i64 {
    let mut day = NaiveDate::from_ymd_opt(year, month + 1, 1)
        .and_then(|d| d.pred_opt())
        .expect("date");
    while day.weekday() != Weekday::Sun {
        day = day.pred_opt().expect("date");
    }
    day.and_hms_opt(1, 0, 0)
        .expect("time")
        .and_utc()
        .timestamp()
}

#[wasm_bindgen_test]
fn madrid_offsets_follow_the_eu_rule_around_every_change() {
    let zone = IntlZone::new("Europe/Madrid").expect("Madrid");
    let cached = cached_zone("Europe/Madrid");
    for year in 2000..2031 {
        let spring = last_sunday_0100(year, 3);
        let autumn = last_sunday_0100(year, 10);
        for (at, before, after) in [(spring, 3600, 7200), (autumn, 7200, 3600)] {
            for delta in [-86_400, -3600, -1, 0, 1, 3599, 86_400] {
                let t = at + delta;
                let expected = if delta < 0 { before } else { after };
                assert_eq!(zone.offset_at(t), expected, "{year} {t}");
                assert_eq!(cached.offset_at(t), expected, "cached {year} {t}");
            }
        }
        // Mid-winter and mid-summer.
        assert_eq!(zone.offset_at(spring - 60 * 86_400), 3600);
        assert_eq!(cached.offset_at(spring + 60 * 86_400), 7200);
    }
}

#[wasm_bindgen_test]
fn fractional_and_negative_offsets() {
    let kathmandu = cached_zone("Asia/Kathmandu");
    let new_york = IntlZone::new("America/New_York").expect("New York");
    // 2026-03-08 07:00 UTC: 02:00 EST becomes 03:00 EDT.
    let change = 1_772_953_200;
    // +05:45 since 1986 (+05:30 before).
    assert_eq!(kathmandu.offset_at(0), 5 * 3600 + 30 * 60);
    for t in [1_000_000_000, change - 1, change, 1_800_000_000] {
        assert_eq!(kathmandu.offset_at(t), 5 * 3600 + 45 * 60, "{t}");
    }
    assert_eq!(new_york.offset_at(change - 1), -5 * 3600);
    assert_eq!(new_york.offset_at(change), -4 * 3600);
    assert!(IntlZone::new("Mars/Olympus").is_err());
}
