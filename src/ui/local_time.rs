//! This device's local date and time, read from the browser's `Date`.

use chrono::{NaiveDate, NaiveDateTime};

/// `date` as this device's local date and time, to the second; `None` for an
/// invalid date.
pub fn local_date_time(date: &js_sys::Date) -> Option<NaiveDateTime> {
    if date.get_time().is_nan() {
        return None;
    }
    NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )?
    .and_hms_opt(date.get_hours(), date.get_minutes(), date.get_seconds())
}

/// Now, as this device's local date and time.
pub fn now() -> NaiveDateTime {
    local_date_time(&js_sys::Date::new_0()).unwrap_or_default()
}
