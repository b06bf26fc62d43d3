//! Time zone rules read from the browser's `Intl.DateTimeFormat`, so any IANA zone
//! works without shipping zone tables in the bundle. Wrapped in a
//! [`ZoneCache`], the browser is asked about twice
//! per day a computation touches.

use crate::domain::tickets::{ZoneCache, ZoneRules};
use js_sys::{Array, Date, Function, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// The rules of one IANA zone, as the browser knows them.
#[derive(Debug, Clone)]
pub struct IntlZone {
    format: js_sys::Intl::DateTimeFormat,
    /// `format.format`, bound to it: one call and one string per offset asked.
    format_text: Function,
}

/// The browser does not know a zone of this name (its `Intl` threw a `RangeError`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownZone(pub String);

fn constructor() -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    Reflect::get(&intl, &JsValue::from_str("DateTimeFormat"))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

impl IntlZone {
    /// The zone called `name` (`Europe/Madrid`, `UTC`, …), or why not.
    pub fn new(name: &str) -> Result<Self, UnknownZone> {
        let unknown = || UnknownZone(name.to_owned());
        let ctor = constructor().ok_or_else(unknown)?;
        let options = Object::new();
        let set = |key: &str, value: &str| {
            Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value))
        };
        for (key, value) in [
            ("timeZone", name),
            ("hourCycle", "h23"),
            ("year", "numeric"),
            ("month", "numeric"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "numeric"),
            ("second", "numeric"),
        ] {
            set(key, value).map_err(|_| unknown())?;
        }
        let args = Array::of2(&JsValue::from_str("en-US"), &options);
        // `Reflect.construct` turns the RangeError for an unknown zone into `Err`.
        let format: js_sys::Intl::DateTimeFormat = Reflect::construct(&ctor, &args)
            .map_err(|_| unknown())?
            .unchecked_into();
        Ok(Self {
            format_text: format.format(),
            format,
        })
    }

    /// Local wall-clock fields at `utc` (Unix seconds): year, month, day, h, m, s.
    /// Read from the formatted text (`3/29/2026, 03:00:00`), or from its parts when
    /// the text is not shaped as expected.
    fn fields(&self, utc: i64) -> Option<[i64; 6]> {
        let date = Date::new(&JsValue::from_f64(utc as f64 * 1000.0));
        self.format_text
            .call1(&JsValue::UNDEFINED, &date)
            .ok()
            .and_then(|text| text.as_string())
            .and_then(|text| us_fields(&text))
            .or_else(|| self.fields_from_parts(&date))
    }

    /// [`IntlZone::fields`] through `formatToParts`.
    fn fields_from_parts(&self, date: &Date) -> Option<[i64; 6]> {
        let parts = self.format.format_to_parts(date);
        let mut out = [0i64; 6];
        let mut found = 0;
        for part in parts.iter() {
            let kind = Reflect::get(&part, &JsValue::from_str("type"))
                .ok()?
                .as_string()?;
            let slot = match kind.as_str() {
                "year" => 0,
                "month" => 1,
                "day" => 2,
                "hour" => 3,
                "minute" => 4,
                "second" => 5,
                _ => continue,
            };
            let value = Reflect::get(&part, &JsValue::from_str("value"))
                .ok()?
                .as_string()?;
            out[slot] = value.trim().parse().ok()?;
            found += 1;
        }
        (found == 6).then_some(out)
    }
}

/// Year, month, day, hour, minute and second of an en-US numeric date and time with
/// a 24-hour clock (`3/29/2026, 03:00:00`): six numbers, apart only by `/`, `,`,
/// spaces and `:` in that shape; `None` for anything else (an era, another layout).
fn us_fields(text: &str) -> Option<[i64; 6]> {
    let mut out = [0i64; 6];
    let mut rest = text.trim();
    // The separator expected after each number (any whitespace matches ' ').
    for (slot, after) in out.iter_mut().zip(["/", "/", ", ", ":", ":", ""]) {
        let end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if end == 0 || end > 4 {
            return None;
        }
        *slot = rest.get(..end)?.parse().ok()?;
        rest = rest.get(end..)?;
        for expected in after.chars() {
            let c = rest.chars().next()?;
            let fits = if expected == ' ' {
                c.is_whitespace()
            } else {
                c == expected
            };
            if !fits {
                return None;
            }
            rest = rest.get(c.len_utf8()..)?;
        }
    }
    let [month, day, year, hour, minute, second] = out;
    let sane = rest.is_empty()
        && year >= 1000
        && (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && hour <= 24
        && minute <= 59
        && second <= 59;
    sane.then_some([year, month, day, hour, minute, second])
}

impl ZoneRules for IntlZone {
    fn offset_at(&self, utc: i64) -> i32 {
        let Some([y, mo, d, h, mi, s]) = self.fields(utc) else {
            return 0;
        };
        let local_ms = Date::utc(y as f64, (mo - 1) as f64)
            + ((d - 1) * 86_400_000 + (h % 24) * 3_600_000 + mi * 60_000 + s * 1000) as f64;
        let offset = (local_ms / 1000.0) as i64 - utc;
        i32::try_from(offset).unwrap_or(0)
    }
}

/// A calendar's zone for computations: the browser's rules, or UTC when the stored
/// name is unknown to this browser (the calendar editor says so).
#[derive(Debug, Clone)]
pub enum BrowserZone {
    Intl(IntlZone),
    Utc,
}

impl BrowserZone {
    /// The zone called `name`, UTC when unknown.
    pub fn named(name: &str) -> Self {
        IntlZone::new(name).map_or(Self::Utc, Self::Intl)
    }
}

impl ZoneRules for BrowserZone {
    fn offset_at(&self, utc: i64) -> i32 {
        match self {
            Self::Intl(zone) => zone.offset_at(utc),
            Self::Utc => 0,
        }
    }
}

/// The rules of one zone with the offsets asked so far, shared by every computation
/// of this tab (zone rules do not change while it is open).
#[derive(Debug, Clone)]
pub struct SharedZone(Rc<ZoneCache<BrowserZone>>);

impl ZoneRules for SharedZone {
    fn offset_at(&self, utc: i64) -> i32 {
        self.0.offset_at(utc)
    }
}

thread_local! {
    static ZONES: RefCell<HashMap<String, SharedZone>> = RefCell::new(HashMap::new());
}

/// The cached rules of the zone called `name`: one cache per zone for the whole tab,
/// so a new evaluation, or a row of the ticket table, asks the browser nothing it
/// already answered (making an `Intl.DateTimeFormat` alone costs about a millisecond).
pub fn cached_zone(name: &str) -> SharedZone {
    ZONES.with(|zones| {
        zones
            .borrow_mut()
            .entry(name.to_owned())
            .or_insert_with(|| SharedZone(Rc::new(ZoneCache::new(BrowserZone::named(name)))))
            .clone()
    })
}

#[cfg(test)]
mod tests {
    use super::us_fields;

    #[test]
    fn us_dates_are_read_and_other_shapes_refused() {
        assert_eq!(
            us_fields("3/29/2026, 03:00:00"),
            Some([2026, 3, 29, 3, 0, 0])
        );
        assert_eq!(
            us_fields("12/31/1999,\u{202f}23:59:59"),
            Some([1999, 12, 31, 23, 59, 59])
        );
        // Some engines write midnight as 24 with h23 asked; the offset code folds it.
        assert_eq!(
            us_fields("1/2/2026, 24:00:05"),
            Some([2026, 1, 2, 24, 0, 5])
        );
        for other in [
            "",
            "3/29/2026",
            "29.3.2026, 03:00:00",
            "3/29/2026, 03:00:00 AM",
            "3/29/26, 03:00:00",
            "3/29/2026 BC, 03:00:00",
            "13/29/2026, 03:00:00",
            "3/29/12026, 03:00:00",
            "3/29/2026, 03:00",
        ] {
            assert_eq!(us_fields(other), None, "{other:?}");
        }
    }
}
