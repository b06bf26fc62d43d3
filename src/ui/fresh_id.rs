//! Fresh identifiers from the browser's random numbers.

use crate::domain::Id;

/// A new random identifier such as `tp-1k3x9…`.
pub fn fresh_id(prefix: &str) -> Id {
    let half = || (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    Id::from_random(prefix, (half() << 32) | half())
}
