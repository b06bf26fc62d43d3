//! Fresh identifiers from the browser's random numbers.

use crate::domain::Id;

/// A new random identifier such as `tp-1k3x9…`.
pub fn fresh_id(prefix: &str) -> Id {
    Id::from_random(prefix, random_u64())
}

/// 64 random bits from the browser's random numbers.
pub fn random_u64() -> u64 {
    let half = || (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    (half() << 32) | half()
}
