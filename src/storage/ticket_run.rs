//! The stored text of a run of tickets (one storage key per
//! [`TICKETS_PER_DOC`](super::keys::TICKETS_PER_DOC) tickets), written straight into
//! one buffer.
//!
//! It is exactly the text `envelope::wrap(&ticket_set::encode(run))` would give (a test
//! holds the two equal), without building the JSON values in between: a run of 5,000
//! tickets would otherwise pass through some 30,000 of them. The bench's ticket-import
//! figures measure it (`docs/performance.md`).

use super::envelope;
use crate::domain::tickets::{ticket_set, Ticket};

/// The stored text of a run of tickets: the same text as
/// `envelope::wrap(&ticket_set::encode(run))`, written straight into one buffer (a
/// run of 5,000 tickets would otherwise pass through some 30,000 JSON values).
pub fn text(run: &[Ticket]) -> Result<String, serde_json::Error> {
    use std::io::Write;
    let (services, priorities, indexes) = ticket_set::name_indexes(run);
    let mut out: Vec<u8> = Vec::with_capacity(64 + run.len() * 48);
    let names = |out: &mut Vec<u8>, list: &[&str]| -> Result<(), serde_json::Error> {
        out.push(b'[');
        for (i, name) in list.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            serde_json::to_writer(&mut *out, name)?;
        }
        out.push(b']');
        Ok(())
    };
    // serde_json writes an object's keys sorted: priorities, rows, services, statuses.
    write!(
        out,
        "{{\"v\":{},\"body\":{{\"priorities\":",
        envelope::SCHEMA_VERSION
    )
    .map_err(serde_json::Error::io)?;
    names(&mut out, priorities.names())?;
    out.extend_from_slice(b",\"rows\":[");
    let mut times = String::with_capacity(64);
    let mut statuses = ticket_set::NameList::default();
    for (i, (ticket, (s, p))) in run.iter().zip(indexes).enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.push(b'[');
        serde_json::to_writer(&mut out, ticket.id())?;
        out.push(b',');
        push_decimal(s, &mut out);
        out.push(b',');
        push_decimal(p, &mut out);
        out.push(b',');
        times.clear();
        ticket_set::push_times(ticket, &mut times, &mut statuses);
        serde_json::to_writer(&mut out, &times)?;
        out.push(b']');
    }
    out.extend_from_slice(b"],\"services\":");
    names(&mut out, services.names())?;
    // Written only when a pause names its status (runs without are as before).
    if !statuses.names().is_empty() {
        out.extend_from_slice(b",\"statuses\":");
        names(&mut out, statuses.names())?;
    }
    out.extend_from_slice(b"}}");
    String::from_utf8(out).map_err(|e| serde::ser::Error::custom(e.to_string()))
}

/// Appends `n` in decimal digits.
fn push_decimal(n: u32, out: &mut Vec<u8>) {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    let mut v = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::tickets::Timestamp;

    /// `n` open tickets `INC-0`, `INC-1`, … of "E-mail" P1, all created at one instant.
    pub(crate) fn open_tickets(n: usize) -> Vec<Ticket> {
        let created = Timestamp::parse("2026-03-02T09:00:00+01:00").unwrap();
        (0..n)
            .map(|i| {
                Ticket::new(
                    format!("INC-{i}"),
                    "E-mail",
                    "P1",
                    created,
                    None,
                    None,
                    vec![],
                )
                .unwrap()
            })
            .collect()
    }

    #[test]
    fn ticket_runs_are_written_as_the_envelope_would_write_them() {
        use crate::domain::tickets::TicketPause;
        let ts = |s: &str| Timestamp::parse(s).unwrap();
        let mut tickets = open_tickets(30);
        tickets.push(
            Ticket::new(
                "INC \"quoted\", \\ back\n\u{1}",
                "Привет",
                "",
                ts("1969-12-31 23:00"),
                None,
                Some(ts("2026-01-01T00:00:59-03:30")),
                vec![
                    TicketPause::new(ts("2026-01-01 10:00"), ts("2026-01-01T11:00:00Z")),
                    TicketPause::in_status(
                        ts("2026-01-01 12:00"),
                        ts("2026-01-01 13:00"),
                        "Espera \"cliente\"",
                    ),
                ],
            )
            .unwrap(),
        );
        for run in [&tickets[..], &tickets[..0], &tickets[30..]] {
            let text = text(run).unwrap();
            assert_eq!(text, envelope::wrap(&ticket_set::encode(run)).unwrap());
        }
    }
}
