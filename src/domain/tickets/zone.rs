//! Time zone rules as the business-time code needs them: the UTC offset at an instant,
//! local wall time to UTC (gaps and folds resolved) and back, plus a per-day cache for
//! slow backends such as the browser's `Intl` API.
//!
//! Instants are whole seconds since the Unix epoch (UTC), the unit all business-time
//! arithmetic works in.

use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast hasher for day numbers (multiplicative, as in FxHash): the keys are small
/// integers chosen by the program, so no protection against crafted keys is needed.
#[derive(Debug, Default, Clone, Copy)]
pub struct DayHasher(u64);

impl Hasher for DayHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }

    fn write_i32(&mut self, n: i32) {
        self.write_u64(n as u64);
    }
}

/// A `HashMap` keyed by day numbers.
pub(crate) type DayMap<V> = HashMap<i64, V, BuildHasherDefault<DayHasher>>;

const DAY: i64 = 86_400;

/// The rules of one time zone: how far local wall time is ahead of UTC at any instant.
///
/// Only [`offset_at`](ZoneRules::offset_at) must be written; conversions are provided.
///
/// ```
/// use chrono::{FixedOffset, NaiveDate};
/// use dsv_studio::domain::tickets::ZoneRules;
/// let plus_one = FixedOffset::east_opt(3600).unwrap();
/// let local = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap().and_hms_opt(9, 0, 0).unwrap();
/// assert_eq!(plus_one.to_utc_seconds(local), local.and_utc().timestamp() - 3600);
/// ```
pub trait ZoneRules {
    /// Seconds local time is ahead of UTC at the UTC instant `utc` (Unix seconds).
    fn offset_at(&self, utc: i64) -> i32;

    /// The UTC instant of the local wall time `local`. A time skipped by a
    /// spring-forward change is moved forward by the gap (02:30 becomes 03:30); a time
    /// that occurs twice in an autumn fold gives the earlier instant.
    fn to_utc_seconds(&self, local: NaiveDateTime) -> i64 {
        let l = local.and_utc().timestamp();
        let before = i64::from(self.offset_at(l - DAY));
        let after = i64::from(self.offset_at(l + DAY));
        let valid = |offset: i64| i64::from(self.offset_at(l - offset)) == offset;
        match (valid(before), valid(after)) {
            // Fold (or no change): the earlier of the valid instants.
            (true, true) => (l - before).min(l - after),
            (true, false) => l - before,
            (false, true) => l - after,
            // Gap: read with the offset in force before it, which lands after the gap.
            (false, false) => l - before,
        }
    }

    /// The local wall time at the UTC instant `utc` (Unix seconds).
    fn to_local(&self, utc: i64) -> NaiveDateTime {
        let local = utc.saturating_add(i64::from(self.offset_at(utc)));
        DateTime::from_timestamp(local, 0)
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
            .naive_utc()
    }
}

/// Coordinated Universal Time: offset zero.
impl ZoneRules for Utc {
    fn offset_at(&self, _utc: i64) -> i32 {
        0
    }
}

/// A fixed offset such as `+01:00`, with no daylight-saving changes.
impl ZoneRules for FixedOffset {
    fn offset_at(&self, _utc: i64) -> i32 {
        self.local_minus_utc()
    }
}

impl<Z: ZoneRules + ?Sized> ZoneRules for &Z {
    fn offset_at(&self, utc: i64) -> i32 {
        (**self).offset_at(utc)
    }
}

/// The offsets of one UTC day: at its start, at its last second, and the first
/// instant of the later offset when they differ (one change per day at most).
#[derive(Debug, Clone, Copy)]
struct DayOffsets {
    start: i32,
    end: i32,
    change: i64,
}

impl DayOffsets {
    fn at(&self, utc: i64) -> i32 {
        if utc < self.change {
            self.start
        } else {
            self.end
        }
    }
}

/// Memoises a zone's offsets per UTC day, so a slow backend is asked about once per
/// day touched (the offset at each UTC midnight, shared by the days on either side),
/// plus a binary search of about 17 calls on a day with a change.
///
/// Assumes at most one offset change per UTC day, true of every zone in use.
#[derive(Debug)]
pub struct ZoneCache<Z> {
    inner: Z,
    days: RefCell<DayMap<DayOffsets>>,
    /// The offset at the first second of each UTC day asked about.
    midnights: RefCell<DayMap<i32>>,
    last: Cell<Option<(i64, DayOffsets)>>,
}

impl<Z: ZoneRules> ZoneCache<Z> {
    /// Wraps `inner`; nothing is asked until an offset is needed.
    pub fn new(inner: Z) -> Self {
        Self {
            inner,
            days: RefCell::new(DayMap::default()),
            midnights: RefCell::new(DayMap::default()),
            last: Cell::new(None),
        }
    }

    /// The wrapped zone.
    pub fn inner(&self) -> &Z {
        &self.inner
    }

    /// Number of UTC days whose offsets are cached.
    pub fn cached_days(&self) -> usize {
        self.days.borrow().len()
    }

    fn day(&self, day: i64) -> DayOffsets {
        if let Some((d, offsets)) = self.last.get() {
            if d == day {
                return offsets;
            }
        }
        let cached = self.days.borrow().get(&day).copied();
        let offsets = cached.unwrap_or_else(|| {
            let offsets = self.compute(day);
            self.days.borrow_mut().insert(day, offsets);
            offsets
        });
        self.last.set(Some((day, offsets)));
        offsets
    }

    /// The offset at the first second of UTC day `day`.
    fn midnight(&self, day: i64) -> i32 {
        if let Some(&offset) = self.midnights.borrow().get(&day) {
            return offset;
        }
        let offset = self.inner.offset_at(day.saturating_mul(DAY));
        self.midnights.borrow_mut().insert(day, offset);
        offset
    }

    fn compute(&self, day: i64) -> DayOffsets {
        let first = day.saturating_mul(DAY);
        let next = first.saturating_add(DAY);
        let start = self.midnight(day);
        let end = self.midnight(day.saturating_add(1));
        if start == end {
            return DayOffsets {
                start,
                end,
                change: i64::MAX,
            };
        }
        // Invariant: offset(lo) == start, offset(hi) != start. A change at the next
        // midnight itself belongs to the next day: `hi` then is `next`.
        let (mut lo, mut hi) = (first, next);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if self.inner.offset_at(mid) == start {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        DayOffsets {
            start,
            end,
            change: hi,
        }
    }
}

impl<Z: ZoneRules> ZoneRules for ZoneCache<Z> {
    fn offset_at(&self, utc: i64) -> i32 {
        self.day(utc.div_euclid(DAY)).at(utc)
    }
}

/// Counts how often a zone is asked for an offset (for benches and tests).
#[derive(Debug, Default)]
pub struct CountingZone<Z> {
    inner: Z,
    calls: Cell<u64>,
}

impl<Z: ZoneRules> CountingZone<Z> {
    /// Wraps `inner` with a zero count.
    pub fn new(inner: Z) -> Self {
        Self {
            inner,
            calls: Cell::new(0),
        }
    }

    /// Offsets asked so far.
    pub fn calls(&self) -> u64 {
        self.calls.get()
    }
}

impl<Z: ZoneRules> ZoneRules for CountingZone<Z> {
    fn offset_at(&self, utc: i64) -> i32 {
        self.calls.set(self.calls.get().saturating_add(1));
        self.inner.offset_at(utc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tickets::test_zones::{madrid, utc_of};

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn madrid_offsets_around_both_changes() {
        let z = madrid();
        // 2026-03-29 01:00 UTC: CET -> CEST.
        assert_eq!(z.offset_at(utc_of("2026-03-29T00:59:59Z")), 3600);
        assert_eq!(z.offset_at(utc_of("2026-03-29T01:00:00Z")), 7200);
        // 2026-10-25 01:00 UTC: CEST -> CET.
        assert_eq!(z.offset_at(utc_of("2026-10-25T00:59:59Z")), 7200);
        assert_eq!(z.offset_at(utc_of("2026-10-25T01:00:00Z")), 3600);
    }

    #[test]
    fn local_to_utc_resolves_gap_forward_and_fold_to_the_earlier_instant() {
        let z = madrid();
        assert_eq!(
            z.to_utc_seconds(local("2026-03-29 01:30")),
            utc_of("2026-03-29T00:30:00Z")
        );
        // 02:30 does not exist: moved forward by the hour, to 03:30 CEST.
        assert_eq!(
            z.to_utc_seconds(local("2026-03-29 02:30")),
            utc_of("2026-03-29T01:30:00Z")
        );
        assert_eq!(
            z.to_utc_seconds(local("2026-03-29 03:00")),
            utc_of("2026-03-29T01:00:00Z")
        );
        // 02:30 happens twice: the earlier one, still CEST.
        assert_eq!(
            z.to_utc_seconds(local("2026-10-25 02:30")),
            utc_of("2026-10-25T00:30:00Z")
        );
        assert_eq!(
            z.to_utc_seconds(local("2026-10-25 03:00")),
            utc_of("2026-10-25T02:00:00Z")
        );
        assert_eq!(
            z.to_local(utc_of("2026-10-25T01:30:00Z")),
            local("2026-10-25 02:30")
        );
    }

    #[test]
    fn cache_gives_the_same_offsets_with_few_calls() {
        let counting = CountingZone::new(madrid());
        let cached = ZoneCache::new(&counting);
        let plain = madrid();
        let from = utc_of("2026-03-27T00:00:00Z");
        for step in 0..(4 * 24 * 12) {
            let t = from + step * 300;
            assert_eq!(cached.offset_at(t), plain.offset_at(t), "{t}");
        }
        for step in 0..(3 * 24 * 12) {
            let t = utc_of("2026-10-24T00:00:00Z") + step * 300 + 7;
            assert_eq!(cached.offset_at(t), plain.offset_at(t), "{t}");
        }
        assert_eq!(cached.cached_days(), 7);
        // One per UTC midnight (27–31 March, 24–27 October), plus a binary search over
        // 86,400 seconds (17 steps) on each change day.
        assert_eq!(counting.calls(), 9 + 2 * 17);
    }

    #[test]
    fn fixed_offsets_and_utc() {
        let plus2 = FixedOffset::east_opt(7200).unwrap();
        assert_eq!(
            plus2.to_utc_seconds(local("2026-01-01 10:00")),
            utc_of("2026-01-01T08:00:00Z")
        );
        assert_eq!(Utc.to_local(0), local("1970-01-01 00:00"));
    }
}
