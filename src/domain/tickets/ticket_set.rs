//! The imported tickets of a workspace, shared cheaply (clones share one list) and
//! stored compactly: service and priority names once, then per ticket its id, two
//! small indexes and its times as base-36 seconds, the later ones relative to the
//! creation (about 40 characters a ticket instead of about 200 as CSV or objects).
//!
//! Time tokens: `<seconds>` then an optional `~n` (naive) or `~<offset seconds>`
//! (aware, base 36). The creation holds absolute seconds (a naive time's wall clock
//! read as UTC, an aware time's instant) and no suffix means naive; every later time
//! holds seconds relative to the creation's and no suffix means "same kind and
//! offset as the creation". `-` stands for a missing time. A pause is
//! `<start>/<end>`, then `@<index>` (base 36) into the status names when it names the
//! status it was spent in; runs without such pauses have no status list at all.

use super::ticket::{Ticket, TicketPause, Timestamp};
use chrono::{DateTime, FixedOffset};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::hash_map::Entry;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

static NEXT_STAMP: AtomicU64 = AtomicU64::new(1);

fn fresh_stamp() -> u64 {
    NEXT_STAMP.fetch_add(1, Ordering::Relaxed)
}

/// Every imported ticket, in import order. Each distinct content carries its own
/// stamp, so storage can tell "unchanged" without comparing 50,000 tickets.
#[derive(Debug, Clone)]
pub struct TicketSet {
    tickets: Arc<Vec<Ticket>>,
    stamp: u64,
}

impl Default for TicketSet {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl PartialEq for TicketSet {
    fn eq(&self, other: &Self) -> bool {
        self.stamp == other.stamp || self.tickets == other.tickets
    }
}

impl TicketSet {
    /// A set holding `tickets`.
    pub fn new(tickets: Vec<Ticket>) -> Self {
        Self {
            tickets: Arc::new(tickets),
            stamp: fresh_stamp(),
        }
    }

    /// The tickets, in import order.
    pub fn tickets(&self) -> &[Ticket] {
        &self.tickets
    }

    /// The shared list (cheap to hand to a computation).
    pub fn shared(&self) -> Arc<Vec<Ticket>> {
        Arc::clone(&self.tickets)
    }

    /// Number of tickets.
    pub fn len(&self) -> usize {
        self.tickets.len()
    }

    /// True without tickets.
    pub fn is_empty(&self) -> bool {
        self.tickets.is_empty()
    }

    /// Identifies this content: equal stamps mean equal tickets.
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// Adds `incoming`: a ticket whose id is already present replaces it (a newer
    /// export of the same ticket), the others are appended. Returns (added, replaced).
    pub fn merge(&mut self, incoming: Vec<Ticket>) -> (usize, usize) {
        /// Where an incoming ticket goes: over a ticket already in the set, or to the
        /// n-th appended place.
        enum Slot {
            Existing(usize),
            Appended(usize),
        }
        let (mut added, mut replaced) = (0, 0);
        let slots: Vec<Slot> = {
            let present: FxHashMap<&str, usize> = self
                .tickets
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id(), i))
                .collect();
            let mut appended: FxHashMap<&str, usize> =
                FxHashMap::with_capacity_and_hasher(incoming.len(), Default::default());
            incoming
                .iter()
                .map(|t| {
                    if let Some(&i) = present.get(t.id()) {
                        replaced += 1;
                        return Slot::Existing(i);
                    }
                    let next = appended.len();
                    match appended.entry(t.id()) {
                        Entry::Occupied(at) => {
                            replaced += 1;
                            Slot::Appended(*at.get())
                        }
                        Entry::Vacant(at) => {
                            added += 1;
                            Slot::Appended(*at.insert(next))
                        }
                    }
                })
                .collect()
        };
        // The list is copied only when something else still holds it.
        let mut list = std::mem::take(&mut self.tickets);
        let list_mut = Arc::make_mut(&mut list);
        let first_appended = list_mut.len();
        list_mut.reserve(added);
        for (ticket, slot) in incoming.into_iter().zip(slots) {
            let at = match slot {
                Slot::Existing(i) => i,
                Slot::Appended(n) => first_appended + n,
            };
            match list_mut.get_mut(at) {
                Some(place) => *place = ticket,
                None => list_mut.push(ticket),
            }
        }
        *self = Self {
            tickets: list,
            stamp: fresh_stamp(),
        };
        (added, replaced)
    }

    /// Removes every ticket.
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

/// The stored form of a run of tickets (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompactTickets {
    services: Vec<String>,
    priorities: Vec<String>,
    rows: Vec<(String, u32, u32, String)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    statuses: Vec<String>,
}

/// Why stored tickets could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompactError(pub String);

impl fmt::Display for CompactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "stored tickets: {}", self.0)
    }
}

impl std::error::Error for CompactError {}

/// Appends `n` in base 36 (lower-case digits, `-` before a negative number).
fn push_base36(n: i64, out: &mut String) {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut v = n.unsigned_abs();
    // 13 digits hold any u64 in base 36.
    let mut buf = [0u8; 14];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = DIGITS[(v % 36) as usize];
        v /= 36;
        if v == 0 {
            break;
        }
    }
    if n < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    for &b in &buf[at..] {
        out.push(char::from(b));
    }
}

fn parse36(text: &str) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if digits.is_empty() || digits.len() > 13 {
        return None;
    }
    let value = i64::from_str_radix(digits, 36).ok()?;
    Some(if negative { -value } else { value })
}

/// Seconds of a timestamp (wall clock as UTC when naive) and its offset if aware.
fn raw(t: Timestamp) -> (i64, Option<i32>) {
    match t {
        Timestamp::Aware(a) => (a.timestamp(), Some(a.offset().local_minus_utc())),
        Timestamp::Naive(n) => (n.and_utc().timestamp(), None),
    }
}

fn from_raw(seconds: i64, offset: Option<i32>) -> Option<Timestamp> {
    let utc = DateTime::from_timestamp(seconds, 0)?;
    Some(match offset {
        Some(o) => Timestamp::Aware(utc.with_timezone(&FixedOffset::east_opt(o)?)),
        None => Timestamp::Naive(utc.naive_utc()),
    })
}

fn token(t: Timestamp, base: (i64, Option<i32>), out: &mut String) {
    let (seconds, offset) = raw(t);
    push_base36(seconds.saturating_sub(base.0), out);
    if offset != base.1 {
        out.push('~');
        match offset {
            Some(o) => push_base36(i64::from(o), out),
            None => out.push('n'),
        }
    }
}

/// Appends the time tokens of `t` (see the module documentation), as stored; the
/// statuses of its pauses are numbered in `statuses`.
pub fn push_times<'a>(t: &'a Ticket, out: &mut String, statuses: &mut NameList<'a>) {
    let (created, created_offset) = raw(t.created());
    push_base36(created, out);
    if let Some(o) = created_offset {
        out.push('~');
        push_base36(i64::from(o), out);
    }
    let base = (created, created_offset);
    for later in [t.first_response(), t.resolved()] {
        out.push(' ');
        match later {
            Some(x) => token(x, base, out),
            None => out.push('-'),
        }
    }
    for pause in t.pauses() {
        out.push(' ');
        token(pause.start, base, out);
        out.push('/');
        token(pause.end, base, out);
        if let Some(status) = &pause.status {
            out.push('@');
            push_base36(i64::from(statuses.index(status)), out);
        }
    }
}

/// Names, each once in order of first use, and their numbers.
#[derive(Debug, Default)]
pub struct NameList<'a> {
    names: Vec<&'a str>,
    at: FxHashMap<&'a str, u32>,
}

impl<'a> NameList<'a> {
    /// The number of `name`, given the next one when it is new.
    pub fn index(&mut self, name: &'a str) -> u32 {
        let next = self.names.len() as u32;
        let names = &mut self.names;
        *self.at.entry(name).or_insert_with(|| {
            names.push(name);
            next
        })
    }

    /// The names in order of their numbers.
    pub fn names(&self) -> &[&'a str] {
        &self.names
    }
}

/// The service and priority names of `tickets`, each once in order of first use, and
/// the numbers of each ticket's service and priority in them.
pub fn name_indexes(tickets: &[Ticket]) -> (NameList<'_>, NameList<'_>, Vec<(u32, u32)>) {
    let (mut services, mut priorities) = (NameList::default(), NameList::default());
    let indexes = tickets
        .iter()
        .map(|t| (services.index(t.service()), priorities.index(t.priority())))
        .collect();
    (services, priorities, indexes)
}

fn read_token(text: &str, base: (i64, Option<i32>)) -> Option<Timestamp> {
    let (number, kind) = match text.split_once('~') {
        Some((n, k)) => (n, Some(k)),
        None => (text, None),
    };
    let offset = match kind {
        None => base.1,
        Some("n") => None,
        Some(o) => Some(i32::try_from(parse36(o)?).ok()?),
    };
    from_raw(base.0.checked_add(parse36(number)?)?, offset)
}

/// Encodes `tickets` compactly.
pub fn encode(tickets: &[Ticket]) -> CompactTickets {
    let (services, priorities, indexes) = name_indexes(tickets);
    let mut statuses = NameList::default();
    let rows = tickets
        .iter()
        .zip(indexes)
        .map(|(t, (s, p))| {
            let mut times = String::with_capacity(24);
            push_times(t, &mut times, &mut statuses);
            (t.id().to_owned(), s, p, times)
        })
        .collect();
    let owned = |list: &NameList<'_>| list.names().iter().map(|n| (*n).to_owned()).collect();
    CompactTickets {
        services: owned(&services),
        priorities: owned(&priorities),
        rows,
        statuses: owned(&statuses),
    }
}

/// Decodes tickets written by [`encode`]; any bad row fails the whole run.
pub fn decode(compact: &CompactTickets) -> Result<Vec<Ticket>, CompactError> {
    let shared = |names: &[String]| -> Vec<Arc<str>> {
        names.iter().map(|n| Arc::from(n.as_str())).collect()
    };
    let (services, priorities) = (shared(&compact.services), shared(&compact.priorities));
    let statuses = shared(&compact.statuses);
    let mut out = Vec::with_capacity(compact.rows.len());
    for (row, (id, s, p, times)) in compact.rows.iter().enumerate() {
        let bad = |why: &str| CompactError(format!("row {}: {why}", row + 1));
        let service = services
            .get(*s as usize)
            .ok_or_else(|| bad("unknown service index"))?;
        let priority = priorities
            .get(*p as usize)
            .ok_or_else(|| bad("unknown priority index"))?;
        let mut parts = times.split(' ');
        let created = parts
            .next()
            .and_then(|c| read_token(c, (0, None)))
            .ok_or_else(|| bad("bad creation time"))?;
        let base = raw(created);
        let mut later = || -> Result<Option<Timestamp>, CompactError> {
            match parts.next() {
                Some("-") => Ok(None),
                Some(x) => read_token(x, base).map(Some).ok_or_else(|| bad("bad time")),
                None => Err(bad("missing time")),
            }
        };
        let first_response = later()?;
        let resolved = later()?;
        let mut pauses = Vec::new();
        for pause in parts {
            let (interval, status) = match pause.split_once('@') {
                Some((interval, n)) => {
                    let status = parse36(n)
                        .and_then(|n| statuses.get(usize::try_from(n).ok()?))
                        .ok_or_else(|| bad("unknown pause status"))?;
                    (interval, Some(Arc::clone(status)))
                }
                None => (pause, None),
            };
            let (start, end) = interval
                .split_once('/')
                .and_then(|(a, b)| Some((read_token(a, base)?, read_token(b, base)?)))
                .ok_or_else(|| bad("bad pause"))?;
            pauses.push(match status {
                Some(status) => TicketPause::in_status(start, end, status),
                None => TicketPause::new(start, end),
            });
        }
        let ticket = Ticket::new(
            id.as_str(),
            Arc::clone(service),
            Arc::clone(priority),
            created,
            first_response,
            resolved,
            pauses,
        )
        .map_err(|e| bad(&e.to_string()))?;
        out.push(ticket);
    }
    Ok(out)
}

impl Serialize for TicketSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        encode(&self.tickets).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for TicketSet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let compact = CompactTickets::deserialize(deserializer)?;
        decode(&compact)
            .map(Self::new)
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    fn sample() -> Vec<Ticket> {
        vec![
            Ticket::new(
                "INC-1",
                "E-mail",
                "P1",
                ts("2026-03-02T09:00:00+01:00"),
                Some(ts("2026-03-02T09:20:00+01:00")),
                Some(ts("2026-03-02T08:30:00Z")),
                vec![
                    TicketPause::new(ts("2026-03-02 10:00"), ts("2026-03-02T11:00:00-05:00")),
                    TicketPause::in_status(
                        ts("2026-03-02T09:05:00+01:00"),
                        ts("2026-03-02T09:10:00+01:00"),
                        "Waiting for customer",
                    ),
                    TicketPause::in_status(
                        ts("2026-03-02 11:00"),
                        ts("2026-03-02 11:30"),
                        "En espera @ proveedor",
                    ),
                ],
            )
            .unwrap(),
            Ticket::new(
                "INC-2",
                "Payroll",
                "",
                ts("1969-12-31 23:00"),
                None,
                Some(ts("2026-01-01 00:00:59")),
                vec![],
            )
            .unwrap(),
            Ticket::new(
                "INC,\"3\"",
                "E-mail",
                "P1",
                ts("2026-03-02T09:00:00Z"),
                None,
                None,
                vec![],
            )
            .unwrap(),
        ]
    }

    #[test]
    fn encoding_round_trips_aware_naive_and_mixed_times() {
        let tickets = sample();
        let compact = encode(&tickets);
        assert_eq!(compact.services, ["E-mail", "Payroll"]);
        assert_eq!(
            compact.statuses,
            ["Waiting for customer", "En espera @ proveedor"]
        );
        assert_eq!(decode(&compact).unwrap(), tickets);
        let set = TicketSet::new(tickets.clone());
        let json = serde_json::to_string(&set).unwrap();
        let back: TicketSet = serde_json::from_str(&json).unwrap();
        assert_eq!(back.tickets(), tickets.as_slice());
    }

    #[test]
    fn runs_without_pause_statuses_are_stored_as_before() {
        let plain: Vec<Ticket> = sample()
            .into_iter()
            .map(|t| {
                let pauses = t
                    .pauses()
                    .iter()
                    .map(|p| TicketPause::new(p.start, p.end))
                    .collect();
                Ticket::new(
                    t.id(),
                    t.shared_service().clone(),
                    t.shared_priority().clone(),
                    t.created(),
                    t.first_response(),
                    t.resolved(),
                    pauses,
                )
                .unwrap()
            })
            .collect();
        let json = serde_json::to_string(&encode(&plain)).unwrap();
        assert!(!json.contains("statuses"), "{json}");
        // A run written before statuses existed reads the same.
        let back: CompactTickets = serde_json::from_str(&json).unwrap();
        assert_eq!(decode(&back).unwrap(), plain);
    }

    #[test]
    fn encoding_is_compact() {
        let tickets: Vec<Ticket> = (0..1000)
            .map(|i| {
                Ticket::new(
                    format!("INC-{i:05}"),
                    "Service desk",
                    "P3",
                    ts("2026-03-02T09:00:00+01:00"),
                    Some(ts("2026-03-02T09:42:00+01:00")),
                    Some(ts("2026-03-03T16:10:00+01:00")),
                    vec![],
                )
                .unwrap()
            })
            .collect();
        let json = serde_json::to_string(&encode(&tickets)).unwrap();
        assert!(json.len() < 45 * 1000, "{} bytes", json.len());
    }

    #[test]
    fn bad_rows_are_errors_not_panics() {
        for times in [
            "",
            "zz~",
            "10 - ",
            "10 -",
            "10 - - 5",
            "10 5 - 9/1",
            "10 ~q -",
            "10 - - 1/2@1",
            "10 - - 1/2@",
            "10 - - 1/2@-1",
        ] {
            let compact = CompactTickets {
                services: vec!["S".into()],
                priorities: vec!["P".into()],
                rows: vec![("X".into(), 0, 0, times.into())],
                statuses: vec!["Waiting".into()],
            };
            assert!(decode(&compact).is_err(), "{times:?}");
        }
        let compact = CompactTickets {
            services: vec![],
            priorities: vec!["P".into()],
            rows: vec![("X".into(), 0, 0, "0 - -".into())],
            statuses: vec![],
        };
        assert!(decode(&compact).is_err());
    }

    #[test]
    fn merge_replaces_by_id_and_changes_the_stamp() {
        let mut set = TicketSet::new(sample());
        let before = set.stamp();
        let again = sample().into_iter().take(1).collect();
        assert_eq!(set.merge(again), (0, 1));
        assert_ne!(set.stamp(), before);
        let copy = set.clone();
        assert_eq!(copy.stamp(), set.stamp());
        assert_eq!(set.len(), 3);
    }

    #[test]
    fn merge_keeps_the_last_of_repeated_ids_and_leaves_clones_alone() {
        let mut set = TicketSet::new(sample());
        let copy = set.clone();
        let mut incoming = sample();
        let newer = Ticket::new(
            "INC-9",
            "Payroll",
            "P2",
            ts("2026-03-05T09:00:00Z"),
            None,
            None,
            vec![],
        )
        .unwrap();
        let newest = Ticket::new(
            " INC-9 ",
            "Payroll",
            "P3",
            ts("2026-03-06T09:00:00Z"),
            None,
            None,
            vec![],
        )
        .unwrap();
        incoming.insert(1, newer);
        incoming.push(newest.clone());
        // Three present ids replaced, INC-9 added once then replaced by its later row.
        assert_eq!(set.merge(incoming), (1, 4));
        let ids: Vec<&str> = set.tickets().iter().map(Ticket::id).collect();
        assert_eq!(ids, ["INC-1", "INC-2", "INC,\"3\"", "INC-9"]);
        assert_eq!(set.tickets()[3], newest);
        assert_eq!(
            copy.tickets(),
            sample().as_slice(),
            "the clone is untouched"
        );
        let mut empty = TicketSet::default();
        assert_eq!(empty.merge(sample()), (3, 0));
        assert_eq!(empty.tickets(), sample().as_slice());
    }
}
