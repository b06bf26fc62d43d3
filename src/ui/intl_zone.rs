//! Time zone rules read from the browser's `Intl.DateTimeFormat`, so any IANA zone
//! works without shipping zone tables in the bundle. Wrapped in a
//! [`ZoneCache`](crate::domain::tickets::ZoneCache), the browser is asked about twice
//! per day a computation touches.

use crate::domain::tickets::{ZoneCache, ZoneRules};
use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The rules of one IANA zone, as the browser knows them.
#[derive(Debug, Clone)]
pub struct IntlZone {
    format: js_sys::Intl::DateTimeFormat,
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
        let format = Reflect::construct(&ctor, &args).map_err(|_| unknown())?;
        Ok(Self {
            format: format.unchecked_into(),
        })
    }

    /// Local wall-clock fields at `utc` (Unix seconds): year, month, day, h, m, s.
    fn fields(&self, utc: i64) -> Option<[i64; 6]> {
        let date = Date::new(&JsValue::from_f64(utc as f64 * 1000.0));
        let parts = self.format.format_to_parts(&date);
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

/// The cached rules of the zone called `name`.
pub fn cached_zone(name: &str) -> ZoneCache<BrowserZone> {
    ZoneCache::new(BrowserZone::named(name))
}
